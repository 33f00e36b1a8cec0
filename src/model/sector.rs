//! Sectors of the campus (its sub-filières) and the formations each one offers.

use serde::{Deserialize, Serialize};

use super::ids::{FormationId, PartnerId, SectorId};

/// A sector the campus covers (« microtechniques », « usinage »…) with its formations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// Stable id.
    pub id: SectorId,
    /// Name of the sector.
    pub name: String,
    /// Formations offered in this sector.
    pub formations: Vec<Formation>,
}

/// A course leading to a diploma, given by one établissement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Formation {
    /// Stable id.
    pub id: FormationId,
    /// Diploma (« BTS Conception des processus de réalisation de produits »).
    pub diploma: String,
    /// Level in the national framework, 3 (CAP) to 8 (doctorat).
    pub level: u8,
    /// Status of the learners.
    pub status: FormationStatus,
    /// Partner that gives the course.
    pub etablissement: Option<PartnerId>,
}

/// Status of the learners in a formation.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum FormationStatus {
    /// Under school status.
    #[default]
    Scolaire,
    /// Apprenticeship.
    Apprentissage,
    /// Continuing education.
    FormationContinue,
}

/// Lowest and highest levels of the national framework (CAP … doctorat).
pub const LEVELS: std::ops::RangeInclusive<u8> = 3..=8;

impl FormationStatus {
    /// Every status, in display order.
    pub const ALL: [Self; 3] = [Self::Scolaire, Self::Apprentissage, Self::FormationContinue];
}
