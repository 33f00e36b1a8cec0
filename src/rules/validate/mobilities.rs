//! Checks of Erasmus+ mobilities: dates, duration bounds of the activity type, countries.

use crate::model::mobility::Mobility;
use crate::model::reference;

use super::{Checks, Finding};

/// First call year of the 2021–2027 programme, whose activity types the model follows.
const FIRST_CALL: u16 = 2021;

impl Checks for Mobility {
    fn check_record(_: usize, m: &Self, path: &str, out: &mut Vec<Finding>) {
        let rule = m.activity.rule();
        if m.end < m.start {
            out.push(Finding::error(
                "dates-inversees",
                format!("{path}.end"),
                format!("la fin ({}) précède le début ({})", m.end, m.start),
            ));
        } else {
            let days = m.duration_days();
            if days < rule.min_days || days > rule.max_days {
                out.push(Finding::error(
                    "duree-mobilite",
                    format!("{path}.end"),
                    format!(
                        "{days} jours : une activité « {} » dure de {} à {} jours",
                        rule.label_fr, rule.min_days, rule.max_days
                    ),
                ));
            }
        }
        if rule.participant != m.participant {
            out.push(Finding::error(
                "activite-public",
                format!("{path}.participant"),
                format!(
                    "l'activité « {} » est réservée aux {}",
                    rule.label_fr,
                    rule.participant.label_fr().to_lowercase()
                ),
            ));
        }
        if m.participants == 0 {
            out.push(Finding::error(
                "participants",
                format!("{path}.participants"),
                "au moins un participant",
            ));
        }
        if !reference::is_country_code(&m.country) {
            out.push(Finding::error(
                "pays-invalide",
                format!("{path}.country"),
                format!(
                    "pays « {} » : indiquez le code ISO à deux lettres (DE, ES…)",
                    m.country
                ),
            ));
        }
        if m.project.call_year < FIRST_CALL || m.project.call_year > 2100 {
            out.push(Finding::warning(
                "appel-annee",
                format!("{path}.project.call_year"),
                format!(
                    "appel {} : les types d'activité suivis sont ceux du programme 2021-2027",
                    m.project.call_year
                ),
            ));
        }
    }
}
