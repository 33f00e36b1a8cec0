//! Erasmus+ mobilities (KA1 VET), one record per participant, shaped after the EU Beneficiary
//! Module's fields. Which activity types an action offers, and their bounds, are data
//! (`rules::activities`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{MobilityId, ProjectId};

/// One mobility activity of the Beneficiary Module: one participant going abroad, or coming
/// to the campus (`shared/domain.md` §5.5). A group of learners is one record per learner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Mobility {
    /// Stable id.
    pub id: MobilityId,
    /// The Erasmus+ project that funds it.
    pub project: Option<ProjectId>,
    /// Mobility activity ID in the Beneficiary Module (`086243-MOB-00001`), unique in the project.
    pub activity_id: String,
    /// The participant (name, or the initials the referent keeps).
    pub name: String,
    /// Activity type, which bounds the duration.
    pub activity: ActivityType,
    /// Who the participant is.
    pub participant: ParticipantKind,
    /// Outgoing (from the campus) or incoming.
    pub direction: Direction,
    /// Sending organisation.
    pub sending_org: String,
    /// Receiving organisation.
    pub receiving_org: String,
    /// ISO code of the country the participant leaves from.
    pub departure_country: String,
    /// City the participant leaves from (the travel distance starts there).
    pub departure_city: String,
    /// ISO code of the receiving country.
    pub country: String,
    /// Receiving city.
    pub city: String,
    /// First day of the activity.
    pub start: NaiveDate,
    /// Last day of the activity.
    pub end: NaiveDate,
    /// Main means of transport (green travel follows from it).
    pub transport: Transport,
    /// Travel days funded on top of the activity (0–2, or 0–6 travelling green).
    pub funded_travel_days: u8,
    /// One-way distance typed from the EC Distance Calculator (km); it overrides the gazetteer's.
    pub distance_km: Option<u32>,
    /// A participant with fewer opportunities (inclusion support).
    pub fewer_opportunities: bool,
    /// A learner who graduated less than 12 months before leaving.
    pub recent_graduate: bool,
}

/// The main means of transport of a participant, as the Beneficiary Module asks it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Transport {
    /// Not given yet.
    #[default]
    NonRenseigne,
    /// Train.
    Train,
    /// Bus or coach.
    Bus,
    /// Car-sharing.
    Covoiturage,
    /// Bicycle.
    Velo,
    /// Another sustainable means.
    AutreDurable,
    /// Plane.
    Avion,
    /// Car (alone or not shared).
    Voiture,
    /// Boat or ferry.
    Bateau,
    /// Another means, not sustainable.
    AutreNonDurable,
}

impl Transport {
    /// Every means, in display order.
    pub const ALL: [Self; 10] = [
        Self::NonRenseigne,
        Self::Train,
        Self::Bus,
        Self::Covoiturage,
        Self::Velo,
        Self::AutreDurable,
        Self::Avion,
        Self::Voiture,
        Self::Bateau,
        Self::AutreNonDurable,
    ];

    /// Sustainable travel (« green travel »): the Beneficiary Module sets the flag from the
    /// main means of transport.
    pub fn is_green(self) -> bool {
        matches!(
            self,
            Self::Train | Self::Bus | Self::Covoiturage | Self::Velo | Self::AutreDurable
        )
    }
}

/// Who travels.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum ParticipantKind {
    /// A learner (élève, apprenti, recent graduate).
    #[default]
    Apprenants,
    /// Staff (teacher, trainer, tutor).
    Personnels,
    /// A person accompanying learners (minors, special needs).
    Accompagnateurs,
    /// An invited expert, hosted by the campus.
    Experts,
    /// A teacher or educator in training, hosted by the campus.
    EnseignantsAccueillis,
}

impl ParticipantKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 5] = [
        Self::Apprenants,
        Self::Personnels,
        Self::Accompagnateurs,
        Self::Experts,
        Self::EnseignantsAccueillis,
    ];

    /// Paid the learners' individual support (the others are paid the staff's).
    pub fn is_learner(self) -> bool {
        self == Self::Apprenants
    }
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

/// KA1 VET activity types (programme guide 2021–2027, shared/domain.md §5.2 and §5.5). Which
/// ones an action offers in a call year is data (`rules::activities`).
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
    /// Invited experts.
    ExpertInvite,
    /// Hosting teachers and educators in training.
    EnseignantAccueilli,
    /// Preparatory visits (KA122).
    VisitePreparatoire,
}

impl ActivityType {
    /// Every activity type, in display order.
    pub const ALL: [Self; 10] = [
        Self::JobShadowing,
        Self::Enseignement,
        Self::Formation,
        Self::Competition,
        Self::MobiliteGroupe,
        Self::CourteDuree,
        Self::ErasmusPro,
        Self::ExpertInvite,
        Self::EnseignantAccueilli,
        Self::VisitePreparatoire,
    ];
}

impl Mobility {
    /// Duration in days, both ends included (6 to 10 May is 5 days).
    pub fn duration_days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Travels green (from the main means of transport).
    pub fn green_travel(&self) -> bool {
        self.transport.is_green()
    }
}
