//! Validation of a dossier: every finding at once, each with its field path.
//!
//! The checks are split by what they read, so that an edit recomputes only what it touches
//! ([`Findings`]):
//! - the campus identity (`campus.rs`);
//! - each kind of record (the `Checks` trait, one file per kind): checks of one record alone, checks of
//!   the list as a whole (duplicate ids, a UAI used twice…), and what change of a record can
//!   change the latter;
//! - cross-references between records (`references.rs`): a partner or an indicator named by id.

mod actions;
mod campus;
mod decisions;
mod findings;
mod indicators;
mod milestones;
pub(super) mod mobilities;
mod partners;
mod projects;
mod references;
mod sectors;

use std::collections::HashSet;

use crate::model::{Dossier, ListKind, RecordKind};

use super::{Finding, Issue};

pub use findings::{Findings, Touched};

/// Validates `dossier` and returns every finding, errors and warnings: the campus, then each
/// list in registry order (the list's own findings, then its records'), then references.
pub fn validate(dossier: &Dossier) -> Vec<Finding> {
    Findings::of(dossier).iter().cloned().collect()
}

/// Reports every text of `value` (a record, the campus) longer than
/// [`crate::model::MAX_TEXT_CHARS`], at its field's path under `path`.
pub(crate) fn too_long(value: &impl serde::Serialize, path: &str, out: &mut Vec<Finding>) {
    fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<Finding>) {
        match v {
            serde_json::Value::String(s) if s.len() > crate::model::MAX_TEXT_CHARS => {
                let chars = s.chars().count();
                if chars > crate::model::MAX_TEXT_CHARS {
                    out.push(Finding::error(path.to_owned(), Issue::TooLong { chars }));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, &format!("{path}[{i}]"), out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, item) in fields {
                    walk(item, &format!("{path}.{k}"), out);
                }
            }
            _ => {}
        }
    }
    if let Ok(v) = serde_json::to_value(value) {
        walk(&v, path, out);
    }
}

/// The checks of one kind of record.
pub(crate) trait Checks: RecordKind + serde::Serialize {
    /// Findings about the record at `index` alone (`path` is `list[index]`); they may read
    /// reference tables, never another record.
    fn check_record(index: usize, r: &Self, path: &str, out: &mut Vec<Finding>);

    /// Findings about the list as a whole: by default, ids empty or used twice.
    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, Self::list(d), out);
    }

    /// True when replacing `old` with `new` can change [`Checks::check_list`]'s findings.
    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id() != new.id()
    }

    /// True when records of this kind refer to other records or are referred to: adding or
    /// removing one changes the cross-reference findings.
    const IN_REFERENCES: bool = false;

    /// True when replacing `old` with `new` can change the cross-reference findings.
    fn references_changed(old: &Self, new: &Self) -> bool {
        let _ = (old, new);
        false
    }
}

/// Code that runs for one kind's checks: [`with_checks`] calls `visit::<R>`.
pub(crate) trait ChecksVisitor {
    /// What the visit returns.
    type Output;
    /// Runs for the record type `R`.
    fn visit<R: Checks>(self) -> Self::Output;
}

macro_rules! dispatch_checks {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ; $($rest:tt)* } )*) => {
        /// Runs `v` with the checks of `kind`.
        pub(crate) fn with_checks<V: ChecksVisitor>(kind: ListKind, v: V) -> V::Output {
            match kind {
                $(ListKind::$kind => v.visit::<$ty>(),)*
            }
        }
    };
}

crate::for_each_record_kind!(dispatch_checks);

/// Reports an e-mail address that cannot be one (a warning: it is kept as typed). An empty
/// address is not reported.
fn email(address: &str, path: String, out: &mut Vec<Finding>) {
    let a = address.trim();
    if a.is_empty() {
        return;
    }
    let plausible = a.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !a.contains(char::is_whitespace)
    });
    if !plausible {
        out.push(Finding::warning(
            path,
            Issue::Email {
                email: a.to_owned(),
            },
        ));
    }
}

/// Reports each id empty or used twice in a list (`list[i].id`).
pub(super) fn duplicate_ids<R: RecordKind>(kind: ListKind, records: &[R], out: &mut Vec<Finding>) {
    let mut seen = HashSet::with_capacity(records.len());
    for (i, r) in records.iter().enumerate() {
        let id = r.id();
        if id.trim().is_empty() {
            out.push(Finding::error(
                format!("{}.id", kind.path(i)),
                Issue::IdEmpty,
            ));
        } else if !seen.insert(id) {
            out.push(Finding::error(
                format!("{}.id", kind.path(i)),
                Issue::IdDuplicate { id: id.to_owned() },
            ));
        }
    }
}
