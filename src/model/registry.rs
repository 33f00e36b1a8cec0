//! The registry of record kinds: every list of a dossier is declared **once**, here.
//!
//! [`for_each_record_kind!`](crate::for_each_record_kind) holds the one list: for each kind its
//! name, its record variant, its field in the file, its record type, what the table shows as a
//! record's title, and what it can do (import, export). From it this module generates
//! [`ListKind`], [`Record`] and the [`RecordKind`] impls; the layers above call the same macro
//! with a callback of their own to dispatch a kind to their per-kind code (validation checks,
//! table sections), so a new kind is one more line here and never one more `match` elsewhere.
//!
//! Paths such as `partners[3].uai` name a field of a record: [`ListKind::of_path`] reads them.

use serde::{Deserialize, Serialize};

use super::Dossier;

/// Calls `$callback!` with every record kind, in menu order. The one list of kinds.
///
/// Each entry: `{ Kind Variant field path::Type, IdType "prefix" ; title field, import bool,
/// export bool, doc "the list's doc" }`, in the order of the lists in a dossier file. The id
/// types are declared from it too, in [`ids`](super::ids).
#[macro_export]
macro_rules! for_each_record_kind {
    ($callback:ident) => {
        $callback! {
            { Decisions Decision label_decisions $crate::model::label::LabelDecision, DecisionId "D" ;
              title reference, import false, export false,
              doc "History of labelling decisions (arrêtés), oldest first." }
            { Partners Partner partners $crate::model::partner::Partner, PartnerId "P" ;
              title name, import true, export true,
              doc "Members of the network." }
            { Sectors Sector sectors $crate::model::sector::Sector, SectorId "S" ;
              title name, import false, export false,
              doc "Sectors and their formations." }
            { Actions Action actions $crate::model::action::Action, ActionId "A" ;
              title title, import true, export true,
              doc "The plan d'actions." }
            { Projects Project projects $crate::model::project::Project, ProjectId "EP" ;
              title reference, import false, export true,
              doc "Erasmus+ projects." }
            { Mobilities Mobility mobilities $crate::model::mobility::Mobility, MobilityId "M" ;
              title activity_id, import true, export true,
              doc "Erasmus+ mobilities, one per participant." }
            { Indicators Indicator indicators $crate::model::indicator::Indicator, IndicatorId "I" ;
              title code, import true, export true,
              doc "Indicators with targets and yearly values." }
            { Milestones Milestone milestones $crate::model::milestone::Milestone, MilestoneId "J" ;
              title title, import false, export true,
              doc "Milestones typed by the referent." }
        }
    };
}

/// A kind of record: its list in a [`Dossier`], its id and title, its wrapping in [`Record`].
/// Implemented for every record type by the registry.
pub trait RecordKind:
    Clone + PartialEq + Default + std::fmt::Debug + Send + Sync + 'static
{
    /// The list this kind of record lives in.
    const KIND: ListKind;
    /// The records of this kind in `d`.
    fn list(d: &Dossier) -> &Vec<Self>;
    /// The records of this kind in `d`, to change.
    fn list_mut(d: &mut Dossier) -> &mut Vec<Self>;
    /// The record's stable id as written in the file (`P12`).
    fn id(&self) -> &str;
    /// Gives the record the id `id`.
    fn set_id(&mut self, id: String);
    /// What a table or a report names the record by (a partner's name, an action's title).
    fn title(&self) -> &str;
    /// The record wrapped for an edit.
    fn into_record(self) -> Record;
    /// The record inside `r`, when `r` is of this kind.
    fn of_record(r: &Record) -> Option<&Self>;
}

/// What a kind of record can do besides being edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Capabilities {
    /// Rows of a spreadsheet can be imported into the list.
    pub import: bool,
    /// The list can be exported as a table (CSV, XLSX).
    pub export: bool,
}

macro_rules! declare_kinds {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
          title $title:ident, import $import:literal, export $export:literal,
          doc $doc:literal } )*) => {
        /// The lists of a dossier that hold records.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum ListKind {
            $(
                #[doc = concat!("The `", stringify!($field), "` list.")]
                $kind,
            )*
        }

        /// One record of one list.
        #[derive(Clone, Debug, PartialEq)]
        pub enum Record {
            $(
                #[doc = concat!("A record of the `", stringify!($field), "` list.")]
                $variant($ty),
            )*
        }

        impl ListKind {
            /// Every kind, in menu order.
            pub const ALL: &'static [Self] = &[$(Self::$kind),*];

            /// The list's field name in a dossier file and in field paths (`partners`).
            pub fn field_name(self) -> &'static str {
                match self {
                    $(Self::$kind => stringify!($field),)*
                }
            }

            /// The prefix of generated ids of this kind (`P`).
            pub fn id_prefix(self) -> &'static str {
                match self {
                    $(Self::$kind => $crate::model::ids::$id::PREFIX,)*
                }
            }

            /// Number of records of this kind in `d`.
            pub fn len(self, d: &Dossier) -> usize {
                match self {
                    $(Self::$kind => d.$field.len(),)*
                }
            }

            /// The id of the record at `index`, if there is one.
            pub fn id_at(self, d: &Dossier, index: usize) -> Option<&str> {
                match self {
                    $(Self::$kind => d.$field.get(index).map(RecordKind::id),)*
                }
            }

            /// The record at `index`, cloned.
            pub fn record_at(self, d: &Dossier, index: usize) -> Option<Record> {
                match self {
                    $(Self::$kind => d.$field.get(index).cloned().map(Record::$variant),)*
                }
            }

            /// Takes the record at `index` out of its list (`None` when there is none).
            pub fn remove(self, d: &mut Dossier, index: usize) -> Option<Record> {
                match self {
                    $(Self::$kind => (index < d.$field.len())
                        .then(|| Record::$variant(d.$field.remove(index))),)*
                }
            }

            /// What the kind can do besides being edited.
            pub fn capabilities(self) -> Capabilities {
                match self {
                    $(Self::$kind => Capabilities { import: $import, export: $export },)*
                }
            }
        }

        impl Record {
            /// The list this record belongs to.
            pub fn kind(&self) -> ListKind {
                match self {
                    $(Self::$variant(_) => ListKind::$kind,)*
                }
            }

            /// The record's stable id.
            pub fn id(&self) -> &str {
                match self {
                    $(Self::$variant(r) => RecordKind::id(r),)*
                }
            }

            /// What the record is named by.
            pub fn title(&self) -> &str {
                match self {
                    $(Self::$variant(r) => RecordKind::title(r),)*
                }
            }

            /// Inserts the record at `index` of its list; false (and nothing inserted) when
            /// `index` is past the end.
            pub fn insert_into(self, d: &mut Dossier, index: usize) -> bool {
                match self {
                    $(Self::$variant(r) if index <= d.$field.len() => {
                        d.$field.insert(index, r);
                        true
                    })*
                    _ => false,
                }
            }

            /// Swaps the record with the one at `index` of its list, in place: afterwards
            /// `self` holds the record that was there. False when there is none.
            pub fn swap_with(&mut self, d: &mut Dossier, index: usize) -> bool {
                match self {
                    $(Self::$variant(r) => match d.$field.get_mut(index) {
                        Some(slot) => {
                            std::mem::swap(slot, r);
                            true
                        }
                        None => false,
                    },)*
                }
            }

            /// True when the record at `index` of its list equals this one.
            pub fn is_at(&self, d: &Dossier, index: usize) -> bool {
                match self {
                    $(Self::$variant(r) => d.$field.get(index) == Some(r),)*
                }
            }

            /// Gives the record the id `id`.
            pub fn set_id(&mut self, id: String) {
                match self {
                    $(Self::$variant(r) => RecordKind::set_id(r, id),)*
                }
            }
        }

        $(
            impl RecordKind for $ty {
                const KIND: ListKind = ListKind::$kind;
                fn list(d: &Dossier) -> &Vec<Self> {
                    &d.$field
                }
                fn list_mut(d: &mut Dossier) -> &mut Vec<Self> {
                    &mut d.$field
                }
                fn id(&self) -> &str {
                    self.id.as_str()
                }
                fn set_id(&mut self, id: String) {
                    self.id.0 = id;
                }
                fn title(&self) -> &str {
                    &self.$title
                }
                fn into_record(self) -> Record {
                    Record::$variant(self)
                }
                fn of_record(r: &Record) -> Option<&Self> {
                    match r {
                        Record::$variant(x) => Some(x),
                        #[allow(unreachable_patterns, reason = "one arm per kind")]
                        _ => None,
                    }
                }
            }
        )*
    };
}

crate::for_each_record_kind!(declare_kinds);

impl ListKind {
    /// The kind whose list has the field name `name` (`partners`).
    pub fn from_field_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.field_name() == name)
    }

    /// The list a field path is in, with the record's index when the path names one:
    /// `partners[3].uai` → (partners, 3); `partners` → (partners, none); `campus.name` → `None`.
    pub fn of_path(path: &str) -> Option<(Self, Option<usize>)> {
        let head = path.split(['.', '[']).next().unwrap_or("");
        let kind = Self::from_field_name(head)?;
        let index = path
            .strip_prefix(head)
            .and_then(|rest| rest.strip_prefix('['))
            .and_then(|rest| rest.split_once(']'))
            .and_then(|(n, _)| n.parse().ok());
        Some((kind, index))
    }

    /// The path of the record at `index` (`partners[3]`).
    pub fn path(self, index: usize) -> String {
        format!("{}[{index}]", self.field_name())
    }

    /// A fresh id for a new record of this kind: the first `PREFIX<n>` above every id in `d`.
    pub fn next_id(self, d: &Dossier) -> String {
        self.fresh_ids(d, 1).pop().unwrap_or_default()
    }

    /// `count` ids of this kind that no record of `d` has (see [`crate::model::ids::fresh_ids`]).
    pub fn fresh_ids(self, d: &Dossier, count: usize) -> Vec<String> {
        let used: Vec<&str> = (0..self.len(d)).filter_map(|i| self.id_at(d, i)).collect();
        crate::model::ids::fresh_ids(self.id_prefix(), &used, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_list_and_record() {
        assert_eq!(
            ListKind::of_path("partners[3].uai"),
            Some((ListKind::Partners, Some(3)))
        );
        assert_eq!(
            ListKind::of_path("sectors[1].formations[2].level"),
            Some((ListKind::Sectors, Some(1)))
        );
        assert_eq!(
            ListKind::of_path("partners"),
            Some((ListKind::Partners, None))
        );
        assert_eq!(ListKind::of_path("campus.name"), None);
        for k in ListKind::ALL {
            assert_eq!(ListKind::from_field_name(k.field_name()), Some(*k));
        }
    }

    #[test]
    fn records_move_in_and_out_of_their_list() {
        let mut d = Dossier::default();
        let mut p = crate::model::partner::Partner::default();
        p.set_id(ListKind::Partners.next_id(&d));
        assert_eq!(p.id.as_str(), "P1");
        assert!(p.clone().into_record().insert_into(&mut d, 0));
        assert_eq!(ListKind::Partners.next_id(&d), "P2");
        assert!(!p.clone().into_record().insert_into(&mut d, 5));
        let mut other = crate::model::partner::Partner {
            name: "Lycée".into(),
            ..p.clone()
        }
        .into_record();
        assert!(other.swap_with(&mut d, 0));
        assert_eq!(d.partners[0].name, "Lycée");
        assert_eq!(other, p.into_record());
        assert_eq!(ListKind::Partners.id_at(&d, 0), Some("P1"));
        assert!(ListKind::Partners.remove(&mut d, 0).is_some());
        assert!(ListKind::Partners.remove(&mut d, 0).is_none());
    }
}
