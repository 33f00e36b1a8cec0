//! The calendar engine: from a dossier's label decisions, milestones and actions, every dated
//! item of its life, with a status as seen on a given day. No UI here.
//!
//! Rules are data ([`CalendarRules`]): bilan d'étape offset per regime, renewal lead time,
//! reminder horizons, the « due soon » window.

mod derive;

pub use derive::{label_periods, timeline};

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::label::{DecisionKind, LabelCategory};
use crate::model::milestone::MilestoneKind;

/// The durations and lead times the calendar is computed with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct CalendarRules {
    /// Bilan d'étape this many years after the label, under the 2014 regime (2).
    pub bilan_2014_years: u32,
    /// Bilan d'étape after the label under the 2019 regime, if the referent wants one (not
    /// confirmed by the texts read: off by default).
    pub bilan_2019_years: Option<u32>,
    /// A reminder to prepare the renewal this many months before the label ends: a setting of
    /// the user's, no text sets it (renewals follow national campaigns, typed as milestones).
    pub renewal_lead_months: u32,
    /// Reminders this many days before each deadline still open.
    pub reminder_days: Vec<u32>,
    /// An open item within this many days is « due soon ».
    pub due_soon_days: i64,
    /// A typed milestone of the same label period within this many days of a derived one
    /// stands for it (a bilan d'étape held a few weeks late is still the bilan d'étape); one that
    /// names its decision stands for it whatever its date.
    pub match_window_days: i64,
}

impl Default for CalendarRules {
    fn default() -> Self {
        Self {
            bilan_2014_years: 2,
            bilan_2019_years: None,
            renewal_lead_months: 6,
            reminder_days: vec![90, 30],
            due_soon_days: 60,
            match_window_days: 42,
        }
    }
}

/// Where a timeline item comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Start of a label period (an arrêté).
    LabelStart,
    /// End of the last label period (or, once past and not renewed, its expiry).
    LabelEnd,
    /// The evaluation of activities and results during the fourth year of a label of the 2014
    /// regime, ahead of its renewal (a period: the fourth year).
    Evaluation,
    /// Bilan d'étape implied by the rules.
    BilanEtape,
    /// The user's reminder to prepare the renewal, so many months before the label ends.
    RenewalDue,
    /// A reminder ahead of a deadline.
    Reminder,
    /// A milestone typed in the dossier.
    Milestone(MilestoneKind),
    /// An action of the plan d'actions (a period).
    Action,
}

/// Status of an item as seen on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Past a deadline and not done.
    Overdue,
    /// Open, within the « due soon » window.
    DueSoon,
    /// Open, later.
    Upcoming,
    /// Done, happened, or cancelled.
    Done,
}

/// One dated item of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// The day (the start, for a period).
    pub date: NaiveDate,
    /// The last day, for a period (an action).
    pub end: Option<NaiveDate>,
    /// What it is.
    pub kind: ItemKind,
    /// What it is called; the faces word it.
    pub title: ItemTitle,
    /// Status on the day the timeline was computed for.
    pub status: ItemStatus,
    /// Path of the record it comes from (`milestones[3]`), to open its form; `None` when derived
    /// from rules alone.
    pub path: Option<String>,
    /// Group (an action's axis).
    pub group: String,
}

/// What a timeline item is called, with its values; the window, the command line and the PDF
/// word it (`crate::i18n`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemTitle {
    /// A labelling decree: what it decides, and the category.
    Decision(DecisionKind, LabelCategory),
    /// The mid-term review, so many years after the label.
    BilanEtape(u32),
    /// The reminder to prepare the renewal, so many months before the label ends (a setting).
    RenewalDue(u32),
    /// The end of a label of this category.
    LabelEnd(LabelCategory),
    /// A label of this category that ended and was not renewed.
    LabelExpired(LabelCategory),
    /// A label of this category withdrawn by a decision.
    LabelWithdrawn(LabelCategory),
    /// The evaluation during the fourth year of a 2014-regime label.
    Evaluation,
    /// A reminder of a deadline, so many days ahead.
    Reminder(Deadline, u32),
    /// A milestone: its kind, and its title (empty when it has none).
    Milestone(MilestoneKind, String),
    /// An action: its title.
    Action(String),
}

/// A deadline a reminder announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Deadline {
    /// The end of the label (the renewal reminder, itself a reminder, has none of its own).
    LabelEnd,
}

/// A period during which the campus holds a label.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabelPeriod {
    /// First day.
    pub start: NaiveDate,
    /// End of the period: the label's end, or the next decision if it came first; `None` when
    /// the duration is unknown.
    pub end: Option<NaiveDate>,
    /// The last day the decision's label covers (start + duration), whatever comes next.
    pub label_end: Option<NaiveDate>,
    /// The date of the next decision that grants or ends a label, if one follows.
    pub next: Option<NaiveDate>,
    /// The next decision ends the label (non-renewal, withdrawal) rather than renewing it.
    pub closed: bool,
    /// That decision is a withdrawal.
    pub withdrawn: bool,
    /// CMQ or « excellence ».
    pub category: LabelCategory,
    /// Path of the decision (`label_decisions[1]`).
    pub path: String,
    /// Index of the decision in the dossier's list.
    #[serde(skip)]
    pub decision: usize,
}

/// Where a campus stands with its label on a given day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LabelStatus {
    /// Labelled that day: the category, and the label's last day (`None`: duration unknown).
    Active {
        /// CMQ or « excellence ».
        category: LabelCategory,
        /// The last day of the label.
        end: Option<NaiveDate>,
    },
    /// The last label ended on `end` and no later decision renewed it.
    Expired {
        /// The category it had.
        category: LabelCategory,
        /// Its last day.
        end: NaiveDate,
        /// It was withdrawn (a decision of withdrawal), not left to run out or not renewed.
        withdrawn: bool,
    },
    /// Between two labels: the earlier one ended on `end`, the next decision dates from `next`.
    Gap {
        /// The last day of the earlier label.
        end: NaiveDate,
        /// The date of the next decision.
        next: NaiveDate,
    },
    /// A decision grants a label but none says when: labelled, since a date to fill in.
    Undated {
        /// The category of the latest decision.
        category: LabelCategory,
    },
    /// Not labelled yet (no decision dated that day or before).
    #[default]
    None,
}

impl LabelStatus {
    /// The status on `today` of a campus with these `periods` (oldest first); `undated` is the
    /// category of a decision that grants a label without a date and comes after the dated
    /// ones, if there is one: a renewal whose date is still to fill in.
    pub fn on(periods: &[LabelPeriod], undated: Option<LabelCategory>, today: NaiveDate) -> Self {
        let Some((n, p)) = periods
            .iter()
            .enumerate()
            .rev()
            .find(|(_, p)| p.start <= today)
        else {
            return undated.map_or(Self::None, |category| Self::Undated { category });
        };
        match p.end {
            Some(end) if today > end => match periods.get(n + 1) {
                Some(next) => Self::Gap {
                    end,
                    next: next.start,
                },
                None => match undated {
                    Some(category) => Self::Undated { category },
                    None => Self::Expired {
                        category: p.category,
                        end,
                        withdrawn: p.withdrawn,
                    },
                },
            },
            _ => Self::Active {
                category: p.category,
                end: p.label_end,
            },
        }
    }

    /// The machine code of `timeline --json`: `active`, `expired`, `gap`, `undated` or `none`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Active { .. } => "active",
            Self::Expired { .. } => "expired",
            Self::Gap { .. } => "gap",
            Self::Undated { .. } => "undated",
            Self::None => "none",
        }
    }

    /// True when the campus is known to hold no label that day (expired, between two labels,
    /// not yet labelled).
    pub fn is_unlabelled(self) -> bool {
        matches!(self, Self::Expired { .. } | Self::Gap { .. } | Self::None)
    }

    /// The category held that day; `None` unless labelled.
    pub fn category(self) -> Option<LabelCategory> {
        match self {
            Self::Active { category, .. } => Some(category),
            _ => None,
        }
    }

    /// The last day of the current label, or of the label that expired or was interrupted.
    pub fn end(self) -> Option<NaiveDate> {
        match self {
            Self::Active { end, .. } => end,
            Self::Expired { end, .. } | Self::Gap { end, .. } => Some(end),
            Self::Undated { .. } | Self::None => None,
        }
    }
}

/// Everything dated about one campus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Label periods, oldest first.
    pub periods: Vec<LabelPeriod>,
    /// Where the campus stands with its label on the day the timeline was computed for.
    pub label: LabelStatus,
    /// Items in date order.
    pub items: Vec<TimelineItem>,
}

impl ItemStatus {
    /// True for an item that still needs doing.
    pub fn is_open(self) -> bool {
        self != Self::Done
    }
}

impl Timeline {
    /// Open items (not done), overdue first, then by date.
    pub fn deadlines(&self) -> Vec<&TimelineItem> {
        let mut open: Vec<&TimelineItem> = self
            .items
            .iter()
            .filter(|i| i.status.is_open() && i.kind != ItemKind::Action)
            .collect();
        open.sort_by_key(|i| (i.status != ItemStatus::Overdue, i.date));
        open
    }
}
