//! Checks of the milestones typed by the referent.

use crate::model::milestone::{Milestone, MilestoneKind};

use super::{Checks, Finding, Issue};

impl Checks for Milestone {
    fn check_record(_: usize, m: &Self, path: &str, out: &mut Vec<Finding>) {
        if m.kind == MilestoneKind::Autre && m.title.trim().is_empty() {
            out.push(Finding::warning(
                format!("{path}.title"),
                Issue::MilestoneTitle,
            ));
        }
    }

    /// A milestone may name the decision (label period) it belongs to.
    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.decision != new.decision
    }
}
