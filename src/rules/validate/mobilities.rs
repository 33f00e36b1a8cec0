//! Checks of Erasmus+ mobilities: dates, duration bounds of the activity type, countries.

use crate::model::mobility::Mobility;
use crate::model::reference;

use super::{Checks, Finding, Issue};

/// First call year of the 2021–2027 programme, whose activity types the model follows.
const FIRST_CALL: u16 = 2021;

impl Checks for Mobility {
    fn check_record(_: usize, m: &Self, path: &str, out: &mut Vec<Finding>) {
        let rule = m.activity.rule();
        if m.end < m.start {
            out.push(Finding::error(
                format!("{path}.end"),
                Issue::DatesInverted {
                    start: m.start,
                    end: m.end,
                },
            ));
        } else {
            let days = m.duration_days();
            if days < rule.min_days || days > rule.max_days {
                out.push(Finding::error(
                    format!("{path}.end"),
                    Issue::MobilityDuration {
                        days,
                        activity: m.activity,
                        min: rule.min_days,
                        max: rule.max_days,
                    },
                ));
            }
        }
        if rule.participant != m.participant {
            out.push(Finding::error(
                format!("{path}.participant"),
                Issue::ActivityPublic {
                    activity: m.activity,
                    reserved_to: rule.participant,
                },
            ));
        }
        if m.participants == 0 {
            out.push(Finding::error(
                format!("{path}.participants"),
                Issue::NoParticipant,
            ));
        }
        if !reference::is_country_code(&m.country) {
            out.push(Finding::error(
                format!("{path}.country"),
                Issue::Country {
                    country: m.country.clone(),
                },
            ));
        }
        if m.project.call_year < FIRST_CALL || m.project.call_year > 2100 {
            out.push(Finding::warning(
                format!("{path}.project.call_year"),
                Issue::CallYear {
                    year: m.project.call_year,
                },
            ));
        }
    }
}
