//! Checks of the label decisions: dates, durations under the regime of their date, categories.

use chrono::NaiveDate;

use crate::model::Dossier;
use crate::model::label::{DecisionKind, LabelCategory, LabelDecision};

use super::{Checks, Finding, RecordKind as _, duplicate_ids};

/// The « excellence » category exists since the cahier des charges of 13 December 2018.
const EXCELLENCE_SINCE: Option<NaiveDate> = NaiveDate::from_ymd_opt(2018, 12, 13);

impl Checks for LabelDecision {
    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, &d.label_decisions, out);
        if d.label_decisions.is_empty() {
            out.push(Finding::warning(
                "label-absent",
                "label_decisions",
                "aucune décision de labellisation enregistrée",
            ));
        }
    }

    fn check_record(i: usize, dec: &Self, path: &str, out: &mut Vec<Finding>) {
        match dec.date {
            None => out.push(Finding::warning(
                "label-date",
                format!("{path}.date"),
                "date de l'arrêté non renseignée : la fin du label ne peut pas être calculée",
            )),
            Some(date) => {
                if dec.category == LabelCategory::Excellence
                    && EXCELLENCE_SINCE.is_some_and(|since| date < since)
                {
                    out.push(Finding::error(
                        "excellence-anterieure",
                        format!("{path}.category"),
                        "la catégorie « excellence » n'existe que depuis le cahier des charges du 13 décembre 2018",
                    ));
                }
            }
        }
        match (dec.duration_years, dec.regime()) {
            (None, _) => out.push(Finding::warning(
                "label-duree",
                format!("{path}.duration_years"),
                "durée du label non renseignée : la fin du label ne peut pas être calculée",
            )),
            (Some(0), _) => out.push(Finding::error(
                "label-duree",
                format!("{path}.duration_years"),
                "un label dure au moins un an",
            )),
            (Some(years), Some(regime)) if years > regime.max_years() => {
                out.push(Finding::error(
                    "label-duree",
                    format!("{path}.duration_years"),
                    format!(
                        "{years} ans dépasse la durée maximale de {} ans pour un label accordé {}",
                        regime.max_years(),
                        if regime.max_years() == 4 {
                            "avant le décret du 16 septembre 2019"
                        } else {
                            "depuis le décret du 16 septembre 2019"
                        }
                    ),
                ));
            }
            _ => {}
        }
        if i == 0 && dec.kind != DecisionKind::Creation {
            out.push(Finding::warning(
                "label-historique",
                format!("{path}.kind"),
                "la première décision de l'historique n'est pas une création : l'historique est-il complet ?",
            ));
        }
        if dec.kind == DecisionKind::PassageExcellence && dec.category != LabelCategory::Excellence
        {
            out.push(Finding::error(
                "label-categorie",
                format!("{path}.category"),
                "un passage « excellence » accorde la catégorie « excellence »",
            ));
        }
    }
}
