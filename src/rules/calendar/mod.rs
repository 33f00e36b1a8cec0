//! The calendar engine: from a dossier's label decisions, milestones and actions, every dated
//! item of its life, with a status as seen on a given day. No UI here.
//!
//! Rules are data ([`CalendarRules`]): bilan d'étape offset per regime, renewal lead time,
//! reminder horizons, the « due soon » window.

mod derive;

pub use derive::timeline;

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
    /// The renewal (or evaluation) application is due this many months before the label ends.
    pub renewal_lead_months: u32,
    /// Reminders this many days before each deadline still open.
    pub reminder_days: Vec<u32>,
    /// An open item within this many days is « due soon ».
    pub due_soon_days: i64,
    /// A typed milestone within this many days of a derived one stands for it (a bilan d'étape
    /// held a few weeks late is still the bilan d'étape).
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
            match_window_days: 183,
        }
    }
}

/// Where a timeline item comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Start of a label period (an arrêté).
    LabelStart,
    /// End of the last label period.
    LabelEnd,
    /// Bilan d'étape implied by the rules.
    BilanEtape,
    /// Renewal / evaluation application due before the label ends.
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
    /// The renewal file to submit, so many months before the label ends.
    RenewalDue(u32),
    /// The end of a label of this category.
    LabelEnd(LabelCategory),
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
    /// Submitting the renewal file.
    Renewal,
    /// The end of the label.
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
    /// CMQ or « excellence ».
    pub category: LabelCategory,
    /// Path of the decision (`label_decisions[1]`).
    pub path: String,
}

/// Everything dated about one campus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Label periods, oldest first.
    pub periods: Vec<LabelPeriod>,
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
