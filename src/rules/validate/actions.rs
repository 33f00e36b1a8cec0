//! Checks of the plan d'actions.

use crate::model::action::Action;

use super::{Checks, Finding};

impl Checks for Action {
    fn check_record(_: usize, a: &Self, path: &str, out: &mut Vec<Finding>) {
        if a.title.trim().is_empty() {
            out.push(Finding::error(
                "action-titre",
                format!("{path}.title"),
                "l'action n'a pas de titre",
            ));
        }
        if let (Some(s), Some(e)) = (a.start, a.end)
            && e < s
        {
            out.push(Finding::error(
                "dates-inversees",
                format!("{path}.end"),
                format!("la fin ({e}) précède le début ({s})"),
            ));
        }
        for (j, line) in a.budget.iter().enumerate() {
            if line.amount_cents < 0 {
                out.push(Finding::error(
                    "montant-negatif",
                    format!("{path}.budget[{j}].amount_cents"),
                    "un montant de budget ne peut pas être négatif",
                ));
            }
        }
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.lead != new.lead || old.partners != new.partners || old.indicators != new.indicators
    }
}
