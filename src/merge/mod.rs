//! Three versions of one dossier made one — the common ancestor, ours, theirs — record by record
//! and field by field; and what differs between two versions.
//!
//! Records are matched by id. Edits to different records, or to different fields of one record,
//! merge by themselves; a record added on one side is kept; deleted on one side and untouched on
//! the other, it is deleted. The same field changed both ways, or a record changed on one side
//! and deleted on the other, is a [`Conflict`]: the merged dossier then holds our value (and
//! keeps a record one side changed, never losing it), and the conflict says what theirs was, so
//! a face can let the user choose ([`resolve`]). Ids both sides gave to different new records
//! are renumbered on their side first, with every reference to them. Without an ancestor,
//! every difference is a conflict.
//!
//! Records are compared whole first (the typed `PartialEq`), so merging two versions of a big
//! dossier costs a pass over its records; only records both sides changed go through their
//! serde form, field by field.

mod diff;
mod lists;
mod renumber;
mod resolve;
mod value;

use serde::Serialize;
use serde_json::Value;

use crate::model::{Dossier, ListKind, RecordKind};

pub use diff::{Change, Difference, FieldChange, diff};
pub use resolve::{Choice, ResolveError, resolve};
pub use value::{Step, path_text, scalar_text};

/// Where a conflict or a difference is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "place", rename_all = "snake_case")]
pub enum Place {
    /// The campus's identity.
    Campus,
    /// The free texts of the labelling application.
    Application,
    /// A record of a list.
    Record {
        /// Its list.
        #[serde(serialize_with = "list_name")]
        list: ListKind,
        /// Its id.
        id: String,
        /// What it is named by (a partner's name).
        title: String,
    },
}

impl Place {
    /// The place of a record.
    pub fn of<T: RecordKind>(r: &T) -> Self {
        Self::Record {
            list: T::KIND,
            id: r.id().to_owned(),
            title: r.title().to_owned(),
        }
    }
}

/// A list by its name in the file (`partners`), for JSON.
#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with gives a reference"
)]
fn list_name<S: serde::Serializer>(list: &ListKind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(list.field_name())
}

/// What kind of disagreement a conflict is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The same field changed both ways.
    BothChanged,
    /// We deleted the record (or element) they changed; the merge keeps theirs.
    DeletedByUs,
    /// They deleted the record (or element) we changed; the merge keeps ours.
    DeletedByThem,
    /// No ancestor: the record is on our side only (kept).
    OnlyOurs,
    /// No ancestor: the record is on their side only (kept).
    OnlyTheirs,
}

/// One field (or one record) the two sides disagree on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    /// The record, or the campus, or the application.
    #[serde(flatten)]
    pub place: Place,
    /// The field inside it; empty for the whole record.
    pub path: Vec<Step>,
    /// What kind of disagreement.
    pub kind: ConflictKind,
    /// The value in the ancestor (`None`: absent, or no ancestor).
    pub base: Option<Value>,
    /// Our value (`None`: we deleted it).
    pub ours: Option<Value>,
    /// Their value (`None`: they deleted it).
    pub theirs: Option<Value>,
}

impl Conflict {
    /// The field as text (`contacts[Marie Durand].email`); empty for a whole record.
    pub fn field(&self) -> String {
        path_text(&self.path)
    }

    /// True when the conflict is about a record's presence rather than one of its fields.
    pub fn is_whole_record(&self) -> bool {
        self.path.is_empty() && matches!(self.place, Place::Record { .. })
    }
}

/// A new record of theirs whose id we had given to another new record: it got a fresh id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Renumbered {
    /// Its list.
    #[serde(serialize_with = "list_name")]
    pub list: ListKind,
    /// The id both sides had given.
    pub old: String,
    /// Its id in the merge.
    pub new: String,
    /// What it is named by.
    pub title: String,
}

/// The outcome of a merge.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    /// The merged dossier (our values on conflicting fields).
    pub dossier: Dossier,
    /// What the user has to decide.
    pub conflicts: Vec<Conflict>,
    /// Their new records given a fresh id.
    pub renumbered: Vec<Renumbered>,
}

/// Merges `ours` and `theirs`, two versions of one dossier that both come from `base`; `None`
/// when no common ancestor is known (a two-way comparison: every difference is a conflict).
pub fn merge(base: Option<&Dossier>, ours: &Dossier, theirs: &Dossier) -> Merge {
    let unchanged = |d: &Dossier| Merge {
        dossier: d.clone(),
        conflicts: Vec::new(),
        renumbered: Vec::new(),
    };
    if ours == theirs {
        return unchanged(ours);
    }
    if let Some(b) = base {
        if b == ours {
            return unchanged(theirs);
        }
        if b == theirs {
            return unchanged(ours);
        }
    }
    let mut theirs_renumbered;
    let (theirs, renumbered) = match base {
        Some(b) => {
            let renumbered = renumber::colliding(b, ours, theirs);
            if renumbered.is_empty() {
                (theirs, renumbered)
            } else {
                theirs_renumbered = theirs.clone();
                renumber::apply(&mut theirs_renumbered, &renumbered);
                (&theirs_renumbered, renumbered)
            }
        }
        None => (theirs, Vec::new()),
    };
    let mode = if base.is_some() {
        value::Mode::ThreeWay
    } else {
        value::Mode::TwoWay
    };
    let mut conflicts = Vec::new();
    let campus = merge_single(
        base.map(|b| &b.campus),
        &ours.campus,
        &theirs.campus,
        mode,
        &Place::Campus,
        &mut conflicts,
    );
    let application = merge_single(
        base.map(|b| &b.application),
        &ours.application,
        &theirs.application,
        mode,
        &Place::Application,
        &mut conflicts,
    );
    let mut dossier = Dossier {
        campus,
        application,
        ..Dossier::default()
    };
    macro_rules! merge_lists {
        ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
              $($rest:tt)* } )*) => {
            $(
                dossier.$field = lists::merge_list(
                    base.map(|b| b.$field.as_slice()),
                    &ours.$field,
                    &theirs.$field,
                    &mut conflicts,
                );
            )*
        };
    }
    crate::for_each_record_kind!(merge_lists);
    Merge {
        dossier,
        conflicts,
        renumbered,
    }
}

/// The campus or the application's texts merged.
fn merge_single<T>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    mode: value::Mode,
    place: &Place,
    conflicts: &mut Vec<Conflict>,
) -> T
where
    T: Clone + PartialEq + Serialize + serde::de::DeserializeOwned,
{
    if ours == theirs || (mode == value::Mode::ThreeWay && base == Some(theirs)) {
        return ours.clone();
    }
    if mode == value::Mode::ThreeWay && base == Some(ours) {
        return theirs.clone();
    }
    lists::merge_fields(base, ours, theirs, mode, place, conflicts)
}

/// True when `a` and `b` can be versions of one dossier: the same campus, by its name or its
/// short name (one side may have renamed it, not both of them).
pub fn same_campus(a: &Dossier, b: &Dossier) -> bool {
    let fold = |s: &str| crate::model::text::normalise(s);
    let (x, y) = (&a.campus, &b.campus);
    (!x.name.trim().is_empty() && fold(&x.name) == fold(&y.name))
        || (!x.short_name.trim().is_empty() && fold(&x.short_name) == fold(&y.short_name))
        || (x.name.trim().is_empty() && y.name.trim().is_empty())
}
