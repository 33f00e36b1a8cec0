//! Checks of Erasmus+ projects: the project number in one of the two formats, saying the
//! project's call year and action; dates; a short-term project's length; a number recorded
//! twice (`shared/domain.md` §5.5).

use std::collections::HashSet;

use chrono::Datelike;

use crate::model::Dossier;
use crate::model::erasmus;
use crate::model::project::{KeyAction, Project};

use super::{Checks, Finding, Issue, duplicate_ids};

/// First call year of the 2014–2020 programme, the oldest a project number can have.
const FIRST_CALL: u16 = 2014;
/// A short-term project (KA122) lasts 6 to 18 months.
const KA122_MONTHS: std::ops::RangeInclusive<i64> = 6..=18;

impl Checks for Project {
    fn check_record(_: usize, p: &Self, path: &str, out: &mut Vec<Finding>) {
        reference(p, path, out);
        if p.call_year < FIRST_CALL || p.call_year > 2100 {
            out.push(Finding::warning(
                format!("{path}.call_year"),
                Issue::CallYear { year: p.call_year },
            ));
        }
        if let (Some(start), Some(end)) = (p.start, p.end) {
            if end < start {
                out.push(Finding::error(
                    format!("{path}.end"),
                    Issue::DatesInverted { start, end },
                ));
            } else if p.action == KeyAction::Ka122 {
                // Whole months: 1 June to 30 November is 6 months.
                let next = end.succ_opt().unwrap_or(end);
                let months = i64::from(next.year() - start.year()) * 12 + i64::from(next.month())
                    - i64::from(start.month())
                    - i64::from(next.day() < start.day());
                if !KA122_MONTHS.contains(&months) {
                    out.push(Finding::warning(
                        format!("{path}.end"),
                        Issue::ProjectDuration { months },
                    ));
                }
            }
        }
    }

    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(<Self as crate::model::RecordKind>::KIND, &d.projects, out);
        let mut seen = HashSet::new();
        for (i, p) in d.projects.iter().enumerate() {
            let r = p.reference.trim();
            if !r.is_empty() && !seen.insert(r) {
                out.push(Finding::error(
                    format!("projects[{i}].reference"),
                    Issue::ProjectDuplicate {
                        reference: r.to_owned(),
                    },
                ));
            }
        }
    }

    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id || old.reference != new.reference
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id
            || old.reference != new.reference
            || old.action != new.action
            || old.call_year != new.call_year
            || old.start != new.start
            || old.end != new.end
    }
}

/// The project number: one of the two Erasmus+ formats, saying the project's call year and key
/// action.
fn reference(p: &Project, path: &str, out: &mut Vec<Finding>) {
    let reference = p.reference.trim();
    if reference.is_empty() {
        return;
    }
    let at = format!("{path}.reference");
    let Some(number) = erasmus::project_number(reference) else {
        out.push(Finding::error(
            at,
            Issue::ProjectReference {
                reference: reference.to_owned(),
            },
        ));
        return;
    };
    if number.call_year != p.call_year {
        out.push(Finding::error(
            at.clone(),
            Issue::ProjectReferenceMismatch {
                says: number.call_year.to_string(),
                recorded: p.call_year.to_string(),
            },
        ));
    }
    if let Some(code) = p.action.code()
        && number.action != code
    {
        out.push(Finding::error(
            at,
            Issue::ProjectReferenceMismatch {
                says: number.action.clone(),
                recorded: code.to_owned(),
            },
        ));
    }
}
