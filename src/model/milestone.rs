//! Milestones of the label's timeline typed by the referent (the derived ones come from rules).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{DecisionId, MilestoneId};

/// A dated event of the campus's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Stable id.
    pub id: MilestoneId,
    /// Kind of event.
    pub kind: MilestoneKind,
    /// Title; required for a custom milestone, a precision otherwise.
    pub title: String,
    /// Date of the event.
    pub date: NaiveDate,
    /// Progress.
    pub status: MilestoneStatus,
    /// Free note.
    pub note: String,
    /// The label decision (period) this milestone belongs to, when the referent says so: it then
    /// settles that period's deadlines of its kind, whatever its date.
    #[serde(default)]
    pub decision: Option<DecisionId>,
}

/// Kinds of milestone (shared/domain.md §1.4).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum MilestoneKind {
    /// Publication of a call for projects or labelling campaign.
    AppelAProjets,
    /// Deadline to submit the application.
    DepotDossier,
    /// Arrêté de labellisation.
    ArreteLabellisation,
    /// Mid-term review.
    BilanEtape,
    /// Final evaluation.
    Evaluation,
    /// Renewal application.
    Renouvellement,
    /// Meeting of the steering committee.
    #[default]
    ComitePilotage,
    /// Anything else.
    Autre,
}

/// Progress of a milestone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum MilestoneStatus {
    /// Planned.
    #[default]
    Prevu,
    /// Done.
    Fait,
    /// Cancelled.
    Annule,
}

impl MilestoneKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 8] = [
        Self::AppelAProjets,
        Self::DepotDossier,
        Self::ArreteLabellisation,
        Self::BilanEtape,
        Self::Evaluation,
        Self::Renouvellement,
        Self::ComitePilotage,
        Self::Autre,
    ];
}

impl MilestoneStatus {
    /// Every status, in display order.
    pub const ALL: [Self; 3] = [Self::Prevu, Self::Fait, Self::Annule];
}
