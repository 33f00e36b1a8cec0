//! What differs between two versions of a dossier, record by record and field by field.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use crate::model::{Dossier, RecordKind};

use super::Place;
use super::value::{Step, differences};

/// How a record (or the campus, or the application) differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "change", content = "fields", rename_all = "snake_case")]
pub enum Change {
    /// Only in the second version.
    Added,
    /// Only in the first version.
    Removed,
    /// In both, with these fields changed.
    Changed(Vec<FieldChange>),
}

/// One field that changed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field inside the record.
    pub path: Vec<Step>,
    /// Its value in the first version (`None`: absent).
    pub before: Option<Value>,
    /// Its value in the second version.
    pub after: Option<Value>,
}

/// One record that differs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Difference {
    /// The record.
    #[serde(flatten)]
    pub place: Place,
    /// How.
    #[serde(flatten)]
    pub change: Change,
}

/// What differs from `a` to `b`: the campus, the application, then each list in file order
/// (records in `b`'s order, removed ones after).
pub fn diff(a: &Dossier, b: &Dossier) -> Vec<Difference> {
    let mut out = Vec::new();
    if a.campus != b.campus {
        out.push(Difference {
            place: Place::Campus,
            change: Change::Changed(fields(&a.campus, &b.campus)),
        });
    }
    if a.application != b.application {
        out.push(Difference {
            place: Place::Application,
            change: Change::Changed(fields(&a.application, &b.application)),
        });
    }
    macro_rules! per_kind {
        ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
              $($rest:tt)* } )*) => {
            $( list_diff(&a.$field, &b.$field, &mut out); )*
        };
    }
    crate::for_each_record_kind!(per_kind);
    out
}

fn list_diff<T: RecordKind + Serialize>(a: &[T], b: &[T], out: &mut Vec<Difference>) {
    if a == b {
        return;
    }
    let in_a: HashMap<&str, &T> = a.iter().map(|r| (r.id(), r)).collect();
    let in_b: HashMap<&str, &T> = b.iter().map(|r| (r.id(), r)).collect();
    for r in b {
        match in_a.get(r.id()) {
            None => out.push(Difference {
                place: Place::of(r),
                change: Change::Added,
            }),
            Some(old) if *old != r => out.push(Difference {
                place: Place::of(r),
                change: Change::Changed(fields(*old, r)),
            }),
            Some(_) => {}
        }
    }
    for r in a {
        if !in_b.contains_key(r.id()) {
            out.push(Difference {
                place: Place::of(r),
                change: Change::Removed,
            });
        }
    }
}

/// The fields that differ between two values of one type.
fn fields<T: Serialize>(a: &T, b: &T) -> Vec<FieldChange> {
    let mut raw = Vec::new();
    differences(
        serde_json::to_value(a).ok().as_ref(),
        serde_json::to_value(b).ok().as_ref(),
        &mut Vec::new(),
        &mut raw,
    );
    raw.into_iter()
        .map(|(path, before, after)| FieldChange {
            path,
            before,
            after,
        })
        .collect()
}
