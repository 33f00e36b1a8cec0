//! Erasmus+ mobilities (KA1 VET), shaped after the EU Beneficiary Module's fields.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::MobilityId;

/// One mobility activity: a group or a person going abroad, or coming to the campus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Mobility {
    /// Stable id.
    pub id: MobilityId,
    /// The Erasmus+ project that funds it.
    pub project: ErasmusProject,
    /// Activity type, which bounds the duration.
    pub activity: ActivityType,
    /// Learners or staff.
    pub participant: ParticipantKind,
    /// Outgoing (from the campus) or incoming.
    pub direction: Direction,
    /// Sending organisation.
    pub sending_org: String,
    /// Receiving organisation.
    pub receiving_org: String,
    /// ISO code of the host country.
    pub country: String,
    /// Host city.
    pub city: String,
    /// First day of the activity.
    pub start: NaiveDate,
    /// Last day of the activity.
    pub end: NaiveDate,
    /// Number of participants.
    pub participants: u32,
    /// Sustainable means of transport (green travel).
    pub green_travel: bool,
    /// Participants with fewer opportunities (inclusion support).
    pub fewer_opportunities: bool,
}

/// The Erasmus+ project a mobility belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ErasmusProject {
    /// KA121 (accredited) or KA122 (short-term).
    pub action: KeyAction,
    /// Call year (grants and rules depend on it).
    pub call_year: u16,
    /// Project number (`2023-1-FR01-KA121-VET-000123456`).
    pub reference: String,
}

/// Erasmus+ key action of a VET mobility project.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum KeyAction {
    /// Accredited projects.
    #[default]
    Ka121,
    /// Short-term projects.
    Ka122,
}

/// Who travels.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum ParticipantKind {
    /// Learners (élèves, apprentis, recent graduates).
    #[default]
    Apprenants,
    /// Staff (teachers, trainers, tutors).
    Personnels,
}

/// Direction of the mobility, seen from the campus.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Direction {
    /// From the campus to abroad.
    #[default]
    Sortante,
    /// From abroad to the campus.
    Entrante,
}

/// KA1 VET activity types (programme guide 2021–2027, shared/domain.md §5.2).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum ActivityType {
    /// Staff: job shadowing.
    JobShadowing,
    /// Staff: teaching or training assignment.
    Enseignement,
    /// Staff: courses and training.
    Formation,
    /// Learners: VET skills competition.
    Competition,
    /// Learners: group mobility.
    MobiliteGroupe,
    /// Learners: short-term learning mobility.
    #[default]
    CourteDuree,
    /// Learners: long-term learning mobility (ErasmusPro).
    ErasmusPro,
}

/// Facts about an activity type: who may take it and how long it may last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityRule {
    /// The activity type.
    pub activity: ActivityType,
    /// Participants it is for.
    pub participant: ParticipantKind,
    /// Shortest duration in days (travel excluded).
    pub min_days: i64,
    /// Longest duration in days.
    pub max_days: i64,
    /// Its name in the Beneficiary Module.
    pub bm_name: &'static str,
    /// Its activity type code in the Beneficiary Module (KA121-VET), when known: the code of
    /// group mobility was not found in a public source.
    pub bm_code: Option<&'static str>,
}

/// Duration bounds per activity type (shared/domain.md §5.2), with the names and codes the
/// Beneficiary Module gives them (§5.5).
pub const ACTIVITY_RULES: &[ActivityRule] = &[
    ActivityRule {
        activity: ActivityType::JobShadowing,
        participant: ParticipantKind::Personnels,
        min_days: 2,
        max_days: 60,
        bm_name: "Job shadowing",
        bm_code: Some("SM-JOB-SHDW"),
    },
    ActivityRule {
        activity: ActivityType::Enseignement,
        participant: ParticipantKind::Personnels,
        min_days: 2,
        max_days: 365,
        bm_name: "Teaching or training assignments",
        bm_code: Some("SM-TTA"),
    },
    ActivityRule {
        activity: ActivityType::Formation,
        participant: ParticipantKind::Personnels,
        min_days: 2,
        max_days: 30,
        bm_name: "Courses and training",
        bm_code: Some("SM-COUR-TRAIN"),
    },
    ActivityRule {
        activity: ActivityType::Competition,
        participant: ParticipantKind::Apprenants,
        min_days: 1,
        max_days: 10,
        bm_name: "Participation in VET skills competitions",
        bm_code: Some("LM-SKILL-VET"),
    },
    ActivityRule {
        activity: ActivityType::MobiliteGroupe,
        participant: ParticipantKind::Apprenants,
        min_days: 2,
        max_days: 30,
        bm_name: "Group mobility of VET learners",
        bm_code: None,
    },
    ActivityRule {
        activity: ActivityType::CourteDuree,
        participant: ParticipantKind::Apprenants,
        min_days: 10,
        max_days: 89,
        bm_name: "Short-term learning mobility of VET learners",
        bm_code: Some("LM-SHORT-VET"),
    },
    ActivityRule {
        activity: ActivityType::ErasmusPro,
        participant: ParticipantKind::Apprenants,
        min_days: 90,
        max_days: 365,
        bm_name: "Long-term learning mobility of VET learners (ErasmusPro)",
        bm_code: Some("LM-LONG-VET"),
    },
];

impl ActivityType {
    /// Every activity type, in display order.
    pub const ALL: [Self; 7] = [
        Self::JobShadowing,
        Self::Enseignement,
        Self::Formation,
        Self::Competition,
        Self::MobiliteGroupe,
        Self::CourteDuree,
        Self::ErasmusPro,
    ];

    /// The rule (bounds, participants) of this activity type.
    pub fn rule(self) -> &'static ActivityRule {
        // ACTIVITY_RULES lists the types in declaration order (checked by a test).
        &ACTIVITY_RULES[self as usize]
    }
}

impl Mobility {
    /// Duration in days, both ends included (6 to 10 May is 5 days).
    pub fn duration_days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

impl ParticipantKind {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_activity_has_its_rule() {
        for a in ActivityType::ALL {
            assert_eq!(a.rule().activity, a);
            assert!(a.rule().min_days <= a.rule().max_days);
        }
    }
}
