//! One source row → one record: each mapped cell is read for its field and set on the record.
//! The same setters update an existing record, so « update the duplicate » changes only the
//! fields the file fills. One file per kind of record; this one holds what they share.

mod action;
mod indicator;
mod mobility;
mod partner;

pub use partner::partner_kind;

use chrono::NaiveDate;

use super::fields::ImportKind;
use super::text::normalise;
use super::value::Value;
use crate::model::Dossier;
use crate::model::action::{Action, ActionStatus};
use crate::model::identifiers::Checked;
use crate::model::ids::{ActionId, IndicatorId, PartnerId};
use crate::model::indicator::{Indicator, IndicatorSource};
use crate::model::mobility::Mobility;
use crate::model::partner::{Partner, PartnerKind};
use crate::model::reference;
use crate::session::Record;

use action::set_action;
use indicator::set_indicator;
use mobility::new_mobility;
use partner::set_partner;

/// The cells of one row, by field key (only mapped, non-empty cells).
pub(super) struct RowValues<'a> {
    pub(super) kind: ImportKind,
    pub(super) cells: Vec<(&'static str, &'a Value)>,
    pub(super) years: Vec<(i32, &'a Value)>,
}

/// What converting a row found: problems that reject it, and remarks that do not.
#[derive(Default)]
pub(super) struct Notes {
    pub(super) errors: Vec<String>,
    pub(super) warnings: Vec<String>,
}

impl RowValues<'_> {
    fn get(&self, key: &str) -> Option<&Value> {
        self.cells.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn text(&self, key: &str) -> Option<String> {
        self.get(key).map(Value::text)
    }

    fn label(&self, key: &str) -> &'static str {
        self.kind.field(key).map_or("?", |f| f.label_fr)
    }

    fn date(&self, key: &str, notes: &mut Notes) -> Option<NaiveDate> {
        let v = self.get(key)?;
        v.date()
            .map_err(|e| notes.errors.push(format!("{} : {e}", self.label(key))))
            .ok()
    }

    fn number(&self, key: &str, notes: &mut Notes) -> Option<f64> {
        let v = self.get(key)?;
        v.number()
            .map_err(|e| notes.errors.push(format!("{} : {e}", self.label(key))))
            .ok()
    }

    fn flag(&self, key: &str, notes: &mut Notes) -> Option<bool> {
        let v = self.get(key)?;
        v.flag()
            .map_err(|e| notes.errors.push(format!("{} : {e}", self.label(key))))
            .ok()
    }
}

/// Builds a new record from a row (its id is set when the import is written).
pub(super) fn build(row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) -> Option<Record> {
    let record = match row.kind {
        ImportKind::Partners => {
            let mut p = Partner {
                id: PartnerId::default(),
                name: String::new(),
                kind: PartnerKind::Entreprise,
                commune: String::new(),
                country: "FR".into(),
                uai: Checked::default(),
                siret: Checked::default(),
                role: String::new(),
                convention_signed_on: None,
                governance: false,
                contacts: Vec::new(),
            };
            set_partner(&mut p, row, true, notes);
            Record::Partner(p)
        }
        ImportKind::Actions => {
            let mut a = Action {
                id: ActionId::default(),
                axis: String::new(),
                title: String::new(),
                description: String::new(),
                lead: None,
                partners: Vec::new(),
                start: None,
                end: None,
                status: ActionStatus::Prevue,
                budget: Vec::new(),
                indicators: Vec::new(),
            };
            set_action(&mut a, row, d, notes);
            Record::Action(a)
        }
        ImportKind::Mobilities => Record::Mobility(new_mobility(row, notes)?),
        ImportKind::Indicators => {
            let mut i = Indicator {
                id: IndicatorId::default(),
                code: String::new(),
                label: String::new(),
                unit: String::new(),
                category: String::new(),
                source: IndicatorSource::Saisie,
                target: None,
                values: std::collections::BTreeMap::new(),
            };
            set_indicator(&mut i, row, notes);
            Record::Indicator(i)
        }
    };
    Some(record)
}

/// Sets the row's fields on an existing record (the « update » of a duplicate).
pub(super) fn update(record: &mut Record, row: &RowValues<'_>, d: &Dossier) {
    let mut notes = Notes::default();
    match record {
        Record::Partner(p) => set_partner(p, row, false, &mut notes),
        Record::Action(a) => set_action(a, row, d, &mut notes),
        Record::Mobility(m) => {
            if let Some(new) = new_mobility(row, &mut notes) {
                *m = Mobility {
                    id: m.id.clone(),
                    ..new
                };
            }
        }
        Record::Indicator(i) => set_indicator(i, row, &mut notes),
        _ => {}
    }
}

/// An ISO country code from a code (`de`, `DE`) or a French name (`Allemagne`).
pub(super) fn country_code(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(t.to_ascii_uppercase());
    }
    let n = normalise(t);
    reference::COUNTRIES
        .iter()
        .find(|c| normalise(c.name_fr) == n)
        .map(|c| c.code.to_owned())
}

/// Why a country cell is rejected.
pub(super) fn unknown_country(text: &str) -> String {
    format!("Pays : « {text} » inconnu (indiquez le code ISO à deux lettres : DE, ES…)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_code_or_french_name() {
        assert_eq!(country_code("Allemagne").as_deref(), Some("DE"));
        assert_eq!(country_code("es").as_deref(), Some("ES"));
        assert_eq!(country_code("Atlantide"), None);
    }
}
