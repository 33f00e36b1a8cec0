//! Checks of the label decisions: dates, durations under the regime of their date, categories.

use chrono::NaiveDate;

use crate::model::Dossier;
use crate::model::label::{DecisionKind, LabelCategory, LabelDecision};

use super::{Checks, Finding, Issue, RecordKind as _, duplicate_ids};

/// The « excellence » category exists since the cahier des charges of 13 December 2018.
const EXCELLENCE_SINCE: Option<NaiveDate> = NaiveDate::from_ymd_opt(2018, 12, 13);

impl Checks for LabelDecision {
    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, &d.label_decisions, out);
        if d.label_decisions.is_empty() {
            out.push(Finding::warning("label_decisions", Issue::LabelMissing));
        }
    }

    fn check_record(i: usize, dec: &Self, path: &str, out: &mut Vec<Finding>) {
        match dec.date {
            None => out.push(Finding::warning(
                format!("{path}.date"),
                Issue::LabelDateMissing,
            )),
            Some(date) => {
                if dec.category == LabelCategory::Excellence
                    && EXCELLENCE_SINCE.is_some_and(|since| date < since)
                {
                    out.push(Finding::error(
                        format!("{path}.category"),
                        Issue::ExcellenceTooEarly,
                    ));
                }
            }
        }
        let duration = format!("{path}.duration_years");
        match (dec.duration_years, dec.regime()) {
            (None, _) => out.push(Finding::warning(duration, Issue::LabelDurationMissing)),
            (Some(0), _) => out.push(Finding::error(duration, Issue::LabelDurationZero)),
            (Some(years), Some(regime)) if years > regime.max_years() => {
                out.push(Finding::error(
                    duration,
                    Issue::LabelDurationTooLong {
                        years,
                        max: regime.max_years(),
                        before_2019: regime.max_years() == 4,
                    },
                ));
            }
            _ => {}
        }
        if i == 0 && dec.kind != DecisionKind::Creation {
            out.push(Finding::warning(
                format!("{path}.kind"),
                Issue::HistoryStartsLate,
            ));
        }
        if dec.kind == DecisionKind::PassageExcellence && dec.category != LabelCategory::Excellence
        {
            out.push(Finding::error(
                format!("{path}.category"),
                Issue::PassageNotExcellence,
            ));
        }
    }
}
