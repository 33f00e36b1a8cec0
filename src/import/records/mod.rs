//! One source row → one record: each mapped cell is read for its field and set on the record.
//! The same setters update an existing record, so « update the duplicate » changes only the
//! fields the file fills. One file per kind of record; this one holds what they share.

mod action;
mod indicator;
mod mobility;
mod partner;

pub(super) use mobility::participants;
pub use partner::partner_kind;

use crate::import::plan::{Facets, MatchKey};
use chrono::NaiveDate;

use super::fields::Field;
use super::note::Note;
use super::value::{Value, ValueError};
use crate::model::reference;
use crate::model::text::normalise;
use crate::model::{Dossier, ListKind, RecordKind};

/// A kind of record that rows of a spreadsheet can fill. The registry's `import` flag says which
/// kinds implement it; [`with_importer`] reaches the implementation from a [`ListKind`].
pub(crate) trait Importable: RecordKind {
    /// The fields a source column can fill.
    const FIELDS: &'static [Field];

    /// True when the record takes yearly values from columns named by a year.
    const YEAR_COLUMNS: bool = false;

    /// A new record from a row (its id is set when the import is written), or `None` when the
    /// row cannot make one (`notes` says why).
    fn build(row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) -> Option<Self>;

    /// Sets the row's fields on this existing record (the « update » of a duplicate).
    fn update(&mut self, row: &RowValues<'_>, d: &Dossier);

    /// The keys a new record is recognised by, with what each key is (`UAI`, `nom`…).
    fn keys(&self) -> Vec<(MatchKey, String)>;

    /// Every key of a record already in the dossier, for the index rows are matched against.
    fn all_keys(&self) -> Vec<(MatchKey, String)> {
        self.keys()
    }

    /// What the report names the record by.
    fn label(&self) -> String {
        self.title().to_owned()
    }

    /// The part of the dossier a file of such records covers whole (a participant's project:
    /// a Beneficiary Module file lists all of a project's participants), so that the records of
    /// that part the file does not name are reported as only local. `None`: no such part.
    fn scope(&self) -> Option<String> {
        None
    }
}

/// Code that runs for one importable kind: [`with_importer`] calls `visit::<R>`.
pub(crate) trait ImportVisitor {
    /// What the visit returns.
    type Output;
    /// Runs for the record type `R`.
    fn visit<R: Importable>(self) -> Self::Output;
}

macro_rules! import_arm {
    (true, $v:ident, $ty:path) => {
        Some($v.visit::<$ty>())
    };
    (false, $v:ident, $ty:path) => {
        None
    };
}

macro_rules! dispatch_import {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
          title $title:ident, import $import:tt, export $export:tt, doc $doc:literal } )*) => {
        /// Runs `v` with the import of `kind`; `None` when the registry says it has none.
        pub(crate) fn with_importer<V: ImportVisitor>(kind: ListKind, v: V) -> Option<V::Output> {
            match kind {
                $(ListKind::$kind => import_arm!($import, v, $ty),)*
            }
        }
    };
}

crate::for_each_record_kind!(dispatch_import);

/// The cells of one row, by field key (only mapped, non-empty cells).
pub(crate) struct RowValues<'a> {
    pub(super) fields: &'static [Field],
    pub(super) cells: Vec<(&'static str, &'a Value)>,
    pub(super) years: Vec<(i32, &'a Value)>,
}

/// What converting a row found: problems that reject it, and remarks that do not.
#[derive(Default)]
pub(crate) struct Notes {
    pub(super) errors: Vec<Note>,
    pub(super) warnings: Vec<Note>,
    pub(super) facets: Facets,
    /// How many records the row makes (0 or 1: one).
    pub(super) copies: u32,
    /// A project to create for the row's records.
    pub(super) new_project: Option<crate::model::project::Project>,
}

impl RowValues<'_> {
    fn get(&self, key: &str) -> Option<&Value> {
        self.cells.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn text(&self, key: &str) -> Option<String> {
        self.get(key).map(Value::text)
    }

    fn field(&self, key: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    fn note(&self, key: &str, e: ValueError, notes: &mut Notes) {
        if let Some(f) = self.field(key) {
            notes.errors.push(Note::Value(f, e));
        }
    }

    fn date(&self, key: &str, notes: &mut Notes) -> Option<NaiveDate> {
        let v = self.get(key)?;
        v.date().map_err(|e| self.note(key, e, notes)).ok()
    }

    fn number(&self, key: &str, notes: &mut Notes) -> Option<f64> {
        let v = self.get(key)?;
        v.number().map_err(|e| self.note(key, e, notes)).ok()
    }

    fn flag(&self, key: &str, notes: &mut Notes) -> Option<bool> {
        let v = self.get(key)?;
        v.flag().map_err(|e| self.note(key, e, notes)).ok()
    }
}

/// An ISO country code from a code (`de`, `DE`) or a French or English name (`Allemagne`).
pub(super) fn country_code(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(t.to_ascii_uppercase());
    }
    let n = normalise(t);
    reference::COUNTRIES
        .iter()
        .find(|c| normalise(c.name_fr) == n || normalise(c.name_en) == n)
        .map(|c| c.code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_code_or_french_name() {
        assert_eq!(country_code("Allemagne").as_deref(), Some("DE"));
        assert_eq!(country_code("Germany").as_deref(), Some("DE"));
        assert_eq!(country_code("es").as_deref(), Some("ES"));
        assert_eq!(country_code("Atlantide"), None);
    }
}
