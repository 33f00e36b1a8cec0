//! The plan d'actions: actions grouped by axis, with lead partner, period, budget and indicators.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{ActionId, IndicatorId, PartnerId};

/// One action of the plan d'actions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable id.
    pub id: ActionId,
    /// Strategic axis the action belongs to.
    pub axis: String,
    /// Short title.
    pub title: String,
    /// What the action does.
    pub description: String,
    /// Partner in charge.
    pub lead: Option<PartnerId>,
    /// Other partners involved.
    pub partners: Vec<PartnerId>,
    /// First day, if planned.
    pub start: Option<NaiveDate>,
    /// Last day, if planned.
    pub end: Option<NaiveDate>,
    /// Progress.
    pub status: ActionStatus,
    /// Budget lines, one per funder.
    pub budget: Vec<BudgetLine>,
    /// Indicators that measure the action.
    pub indicators: Vec<IndicatorId>,
}

/// Progress of an action.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum ActionStatus {
    /// Planned, not started.
    #[default]
    Prevue,
    /// Under way.
    EnCours,
    /// Finished.
    Terminee,
    /// Given up.
    Abandonnee,
}

/// An amount a funder brings to an action.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    /// Funder (« Région », « PIA3 », « Entreprises »…).
    pub funder: String,
    /// Amount in euro cents, so sums are exact.
    pub amount_cents: i64,
}

impl Action {
    /// Total budget in euro cents.
    pub fn total_cents(&self) -> i64 {
        self.budget
            .iter()
            .fold(0, |sum, b| sum.saturating_add(b.amount_cents))
    }
}

impl ActionStatus {
    /// Every status, in display order.
    pub const ALL: [Self; 4] = [
        Self::Prevue,
        Self::EnCours,
        Self::Terminee,
        Self::Abandonnee,
    ];
}
