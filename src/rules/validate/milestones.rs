//! Checks of the milestones typed by the referent.

use crate::model::milestone::{Milestone, MilestoneKind};

use super::{Checks, Finding};

impl Checks for Milestone {
    fn check_record(_: usize, m: &Self, path: &str, out: &mut Vec<Finding>) {
        if m.kind == MilestoneKind::Autre && m.title.trim().is_empty() {
            out.push(Finding::warning(
                "jalon-titre",
                format!("{path}.title"),
                "donnez un titre à ce jalon « Autre »",
            ));
        }
    }
}
