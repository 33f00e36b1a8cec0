//! Checks of indicators: codes, values.

use std::collections::HashSet;

use crate::model::Dossier;
use crate::model::indicator::Indicator;

use super::{Checks, Finding, Issue, RecordKind as _, duplicate_ids};

impl Checks for Indicator {
    fn check_record(_: usize, ind: &Self, path: &str, out: &mut Vec<Finding>) {
        if ind.code.trim().is_empty() {
            out.push(Finding::error(
                format!("{path}.code"),
                Issue::IndicatorCodeEmpty,
            ));
        }
        let non_finite = ind.target.is_some_and(|t| !t.is_finite())
            || ind.values.values().any(|v| !v.is_finite());
        if non_finite {
            out.push(Finding::error(format!("{path}.values"), Issue::NotANumber));
        }
    }

    /// Ids and codes are unique.
    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, &d.indicators, out);
        let mut codes = HashSet::new();
        for (i, ind) in d.indicators.iter().enumerate() {
            if !ind.code.trim().is_empty() && !codes.insert(ind.code.as_str()) {
                out.push(Finding::error(
                    format!("indicators[{i}].code"),
                    Issue::IndicatorCodeDuplicate {
                        code: ind.code.clone(),
                    },
                ));
            }
        }
    }

    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id || old.code != new.code
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id
    }
}
