//! Checks of Erasmus+ mobilities, one participant each: dates, countries, cities the gazetteer
//! knows, funded travel days, Mobility activity IDs; and, with their project (cross-record):
//! the activity offered by the action in the call year, its duration bounds and public, the
//! dates inside the project's, the funding agency (`shared/domain.md` §5.5).

use std::collections::HashSet;

use crate::model::Dossier;
use crate::model::erasmus;
use crate::model::mobility::{Direction, Mobility};
use crate::model::reference;
use crate::rules::{activities, gazetteer};

use super::{Checks, Finding, Issue, duplicate_ids};

/// Funded travel days the Beneficiary Module accepts: 2, or 6 travelling green.
const MAX_TRAVEL_DAYS: u8 = 2;
/// Funded travel days travelling green.
const MAX_TRAVEL_DAYS_GREEN: u8 = 6;

impl Checks for Mobility {
    fn check_record(_: usize, m: &Self, path: &str, out: &mut Vec<Finding>) {
        if m.end < m.start {
            out.push(Finding::error(
                format!("{path}.end"),
                Issue::DatesInverted {
                    start: m.start,
                    end: m.end,
                },
            ));
        }
        for (field, country) in [
            ("departure_country", &m.departure_country),
            ("country", &m.country),
        ] {
            if !reference::is_country_code(country) {
                out.push(Finding::error(
                    format!("{path}.{field}"),
                    Issue::Country {
                        country: country.clone(),
                    },
                ));
            }
        }
        // The distance needs both cities, unless the user typed the EC calculator's.
        if m.distance_km.is_none() {
            for (field, city, country) in [
                ("departure_city", &m.departure_city, &m.departure_country),
                ("city", &m.city, &m.country),
            ] {
                if reference::is_country_code(country) && gazetteer::find(city, country).is_none() {
                    out.push(Finding::warning(
                        format!("{path}.{field}"),
                        Issue::UnknownCity {
                            city: city.trim().to_owned(),
                            country: country.clone(),
                        },
                    ));
                }
            }
        }
        let max = if m.green_travel() {
            MAX_TRAVEL_DAYS_GREEN
        } else {
            MAX_TRAVEL_DAYS
        };
        if m.funded_travel_days > max {
            out.push(Finding::error(
                format!("{path}.funded_travel_days"),
                Issue::TravelDays {
                    days: m.funded_travel_days,
                    max,
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
        if m.activity_id.trim().is_empty() {
            out.push(Finding::error(
                format!("{path}.activity_id"),
                Issue::ActivityIdMissing,
            ));
        }
    }

    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(<Self as crate::model::RecordKind>::KIND, &d.mobilities, out);
        let mut seen = HashSet::new();
        for (i, m) in d.mobilities.iter().enumerate() {
            let id = m.activity_id.trim();
            if !id.is_empty() && !seen.insert((&m.project, id)) {
                out.push(Finding::error(
                    format!("mobilities[{i}].activity_id"),
                    Issue::ActivityIdDuplicate { id: id.to_owned() },
                ));
            }
        }
    }

    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id || old.activity_id != new.activity_id || old.project != new.project
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.project != new.project
            || old.activity != new.activity
            || old.participant != new.participant
            || old.start != new.start
            || old.end != new.end
            || old.direction != new.direction
    }
}

/// Checks of each mobility against its project: the project exists; the action offers the
/// activity in the call year, for this participant and this long; the dates lie inside the
/// project's; an outgoing participant is funded by the French agency.
pub(super) fn check_with_projects(d: &Dossier, out: &mut Vec<Finding>) {
    for (i, m) in d.mobilities.iter().enumerate() {
        let path = format!("mobilities[{i}]");
        let project = match &m.project {
            None => {
                out.push(Finding::error(format!("{path}.project"), Issue::NoProject));
                None
            }
            Some(id) => {
                let found = d.projects.iter().find(|p| &p.id == id);
                if found.is_none() {
                    out.push(Finding::error(
                        format!("{path}.project"),
                        Issue::UnknownProject { id: id.0.clone() },
                    ));
                }
                found
            }
        };
        let rule = match project {
            Some(p) => {
                let rule = activities::rule(m.activity, p.action, p.call_year);
                if rule.is_none() && p.action.is_mobility() {
                    out.push(Finding::error(
                        format!("{path}.activity"),
                        Issue::ActivityNotOffered {
                            activity: m.activity,
                            action: p.action,
                            call_year: p.call_year,
                        },
                    ));
                }
                if !p.contains(m.start) || !p.contains(m.end) {
                    let field = if p.contains(m.start) { "end" } else { "start" };
                    out.push(Finding::error(
                        format!("{path}.{field}"),
                        Issue::OutsideProject {
                            start: p.start,
                            end: p.end,
                        },
                    ));
                }
                if m.direction == Direction::Sortante
                    && let Some(number) = erasmus::project_number(&p.reference)
                    && number.agency != "FR01"
                {
                    out.push(Finding::warning(
                        format!("{path}.project"),
                        Issue::ProjectAgency {
                            agency: number.agency,
                        },
                    ));
                }
                rule
            }
            None => activities::current(m.activity),
        };
        let Some(rule) = rule else { continue };
        if !rule.participants.contains(&m.participant) {
            out.push(Finding::error(
                format!("{path}.participant"),
                Issue::ActivityPublic {
                    activity: m.activity,
                    participant: m.participant,
                },
            ));
        }
        let days = m.duration_days();
        if m.end >= m.start && (days < rule.min_days || days > rule.max_days) {
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
}
