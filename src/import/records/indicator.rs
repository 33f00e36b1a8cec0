//! A row → an indicator with its yearly values.

use super::{Importable, Notes, RowValues};
use crate::import::fields::{Field, INDICATOR_FIELDS};
use crate::import::note::Note;
use crate::import::plan::MatchKey;
use crate::model::Dossier;
use crate::model::indicator::{Indicator, IndicatorSource};
use crate::model::text::normalise;

/// Sets the row's indicator fields and yearly values on `i`.
pub(super) fn set_indicator(i: &mut Indicator, row: &RowValues<'_>, notes: &mut Notes) {
    for (key, field) in [
        ("code", &mut i.code),
        ("label", &mut i.label),
        ("unit", &mut i.unit),
        ("category", &mut i.category),
    ] {
        if let Some(t) = row.text(key) {
            *field = t;
        }
    }
    if let Some(t) = row.text("source") {
        let n = normalise(&t);
        i.source = match n.as_str() {
            "saisie" | "manuel" | "manual" => IndicatorSource::Saisie,
            "inserjeunes" | "inser jeunes" => IndicatorSource::InserJeunes,
            "calcul" | "calcule" | "computed" => IndicatorSource::Calcul,
            _ => {
                notes.warnings.push(Note::UnknownSource(t));
                IndicatorSource::Saisie
            }
        };
    }
    if let Some(target) = row.number("target", notes) {
        i.target = Some(target);
    }
    for (year, v) in &row.years {
        match v.number() {
            Ok(n) => {
                i.values.insert(*year, n);
            }
            Err(e) => notes.errors.push(Note::YearValue(*year, e)),
        }
    }
}

impl Importable for Indicator {
    const FIELDS: &'static [Field] = INDICATOR_FIELDS;
    const YEAR_COLUMNS: bool = true;

    fn build(row: &RowValues<'_>, _: &Dossier, notes: &mut Notes) -> Option<Self> {
        let mut i = Self::default();
        set_indicator(&mut i, row, notes);
        Some(i)
    }

    fn update(&mut self, row: &RowValues<'_>, _: &Dossier) {
        set_indicator(self, row, &mut Notes::default());
    }

    fn keys(&self) -> Vec<(MatchKey, String)> {
        vec![(MatchKey::Code, normalise(&self.code))]
    }
}
