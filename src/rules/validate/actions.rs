//! Checks of the plan d'actions.

use crate::model::action::Action;

use super::{Checks, Finding, Issue};

impl Checks for Action {
    fn check_record(_: usize, a: &Self, path: &str, out: &mut Vec<Finding>) {
        if a.title.trim().is_empty() {
            out.push(Finding::error(format!("{path}.title"), Issue::ActionTitle));
        }
        if let (Some(s), Some(e)) = (a.start, a.end)
            && e < s
        {
            out.push(Finding::error(
                format!("{path}.end"),
                Issue::DatesInverted { start: s, end: e },
            ));
        }
        for (j, line) in a.budget.iter().enumerate() {
            if line.amount_cents < 0 {
                out.push(Finding::error(
                    format!("{path}.budget[{j}].amount_cents"),
                    Issue::NegativeAmount,
                ));
            }
        }
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.lead != new.lead || old.partners != new.partners || old.indicators != new.indicators
    }
}
