//! Checks of the label decisions: dates, durations under the regime of their date, categories.

use chrono::NaiveDate;

use crate::model::Dossier;
use crate::model::label::{DECREE_2019, DecisionKind, LabelCategory, LabelDecision};

use super::{Checks, Finding, Issue, RecordKind as _, duplicate_ids};
use crate::rules::calendar::label_periods;

/// The « excellence » category exists since the cahier des charges of 13 December 2018.
const EXCELLENCE_SINCE: Option<NaiveDate> = NaiveDate::from_ymd_opt(2018, 12, 13);

impl Checks for LabelDecision {
    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, &d.label_decisions, out);
        if d.label_decisions.is_empty() {
            out.push(Finding::warning("label_decisions", Issue::LabelMissing));
        }
        // Days no label covered, between one label's last day and the next decision.
        let periods = label_periods(d);
        for pair in periods.windows(2) {
            let [earlier, later] = pair else { continue };
            // A non-renewal or a withdrawal explains the days without a label.
            if let Some(end) = earlier.label_end
                && !earlier.closed
                && end.succ_opt().is_some_and(|day| later.start > day)
            {
                out.push(Finding::warning(
                    format!("{}.date", later.path),
                    Issue::LabelInterruption {
                        end,
                        next: later.start,
                    },
                ));
            }
        }
    }

    /// Dates, durations and order decide the periods, hence the interruptions between them.
    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id
            || old.date != new.date
            || old.duration_years != new.duration_years
            || old.kind != new.kind
    }

    /// Milestones name decisions.
    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id || old.kind != new.kind
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
        if dec.internationale && dec.date.is_some_and(|date| date >= DECREE_2019) {
            out.push(Finding::error(
                format!("{path}.internationale"),
                Issue::InternationaleAfter2019,
            ));
        }
        if dec.category == LabelCategory::AConfirmer && dec.kind.grants() {
            out.push(Finding::warning(
                format!("{path}.category"),
                Issue::CategoryToConfirm,
            ));
        }
        if i == 0
            && !matches!(
                dec.kind,
                DecisionKind::Creation | DecisionKind::Relabellisation
            )
        {
            out.push(Finding::warning(
                format!("{path}.kind"),
                Issue::HistoryStartsLate,
            ));
        }
        if !dec.kind.grants() {
            // An amendment or an end grants no duration.
            return;
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
        if dec.kind == DecisionKind::PassageExcellence && dec.category != LabelCategory::Excellence
        {
            out.push(Finding::error(
                format!("{path}.category"),
                Issue::PassageNotExcellence,
            ));
        }
    }
}
