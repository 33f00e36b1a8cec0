//! Checks of Erasmus+ mobilities: dates, duration bounds of the activity type, countries.

use crate::model::erasmus;
use crate::model::mobility::{Direction, KeyAction, Mobility};
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
        if !m.sending_org.trim().is_empty()
            && m.sending_org
                .trim()
                .eq_ignore_ascii_case(m.receiving_org.trim())
        {
            out.push(Finding::error(
                format!("{path}.receiving_org"),
                Issue::SameOrganisation,
            ));
        }
        project_number(m, path, out);
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

/// The project number: one of the two Erasmus+ formats, saying the project's call year and key
/// action; an outgoing mobility is funded by the French agency.
fn project_number(m: &Mobility, path: &str, out: &mut Vec<Finding>) {
    let reference = m.project.reference.trim();
    if reference.is_empty() {
        return;
    }
    let at = format!("{path}.project.reference");
    let Some(number) = erasmus::project_number(reference) else {
        out.push(Finding::error(
            at,
            Issue::ProjectReference {
                reference: reference.to_owned(),
            },
        ));
        return;
    };
    let action = match m.project.action {
        KeyAction::Ka121 => "KA121",
        KeyAction::Ka122 => "KA122",
    };
    if number.call_year != m.project.call_year {
        out.push(Finding::error(
            at.clone(),
            Issue::ProjectReferenceMismatch {
                says: number.call_year.to_string(),
                recorded: m.project.call_year.to_string(),
            },
        ));
    }
    if number.action != action {
        out.push(Finding::error(
            at.clone(),
            Issue::ProjectReferenceMismatch {
                says: number.action.clone(),
                recorded: action.to_owned(),
            },
        ));
    }
    if m.direction == Direction::Sortante && number.agency != "FR01" {
        out.push(Finding::warning(
            at,
            Issue::ProjectAgency {
                agency: number.agency,
            },
        ));
    }
}
