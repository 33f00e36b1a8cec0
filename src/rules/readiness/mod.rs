//! Readiness: the dossier measured against the labelling criteria of the national cahier des
//! charges (shared/domain.md §2). Each criterion is met, partly met or missing, with the records
//! that show it and what to add.
//!
//! The criteria list is data ([`CRITERIA`]) tagged with [`CRITERIA_VERSION`]: when a new cahier
//! des charges is published, the table changes, not the code that reads it.

mod checks;

use serde::Serialize;

use crate::model::Dossier;
use crate::model::label::LabelCategory;

/// Which reading of the cahier des charges of 2019 (arrêté du 26 septembre 2019, NOR
/// MENE1925423A) the criteria follow: the number of the app's grid.
pub const CRITERIA_VERSION: u32 = 1;

/// The three families of criteria of the cahier des charges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Family {
    /// Objectifs stratégiques.
    Objectifs,
    /// Organisation du réseau.
    Reseau,
    /// Projet pédagogique.
    Pedagogie,
}

/// What a criterion looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Check {
    /// The network is formed by a signed convention.
    Convention,
    /// At least one EPLE and one higher-education institution.
    SchoolAndHigherEducation,
    /// Companies in the network.
    Companies,
    /// A research structure (required for « excellence »).
    Research,
    /// A governance body with its members.
    Governance,
    /// An établissement support.
    Support,
    /// A directeur opérationnel.
    Director,
    /// A président issu du monde économique.
    PresidentFromBusiness,
    /// Formations from level 3 upwards.
    FormationLevels,
    /// Apprenticeship among the formations.
    Apprenticeship,
    /// Accommodation and campus life.
    Accommodation,
    /// International openness: mobilities and foreign partners.
    International,
    /// An action plan with dates, owners and budget.
    ActionPlan,
    /// Indicators with targets and recent values.
    Indicators,
    /// Label durations within the legal maximum.
    LabelDuration,
}

/// One criterion of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Criterion {
    /// Stable code (`reseau-convention`).
    pub code: &'static str,
    /// Family in the cahier des charges.
    pub family: Family,
    /// Required only for the « excellence » category.
    pub excellence_only: bool,
    /// What is looked at.
    pub check: Check,
}

/// The grid, in the order of the application file.
pub const CRITERIA: &[Criterion] = &[
    Criterion {
        code: "reseau-convention",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::Convention,
    },
    Criterion {
        code: "reseau-eple-sup",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::SchoolAndHigherEducation,
    },
    Criterion {
        code: "reseau-entreprises",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::Companies,
    },
    Criterion {
        code: "reseau-recherche",
        family: Family::Reseau,
        excellence_only: true,
        check: Check::Research,
    },
    Criterion {
        code: "pilotage-gouvernance",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::Governance,
    },
    Criterion {
        code: "pilotage-support",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::Support,
    },
    Criterion {
        code: "pilotage-directeur",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::Director,
    },
    Criterion {
        code: "pilotage-president",
        family: Family::Reseau,
        excellence_only: false,
        check: Check::PresidentFromBusiness,
    },
    Criterion {
        code: "formation-niveaux",
        family: Family::Pedagogie,
        excellence_only: false,
        check: Check::FormationLevels,
    },
    Criterion {
        code: "formation-apprentissage",
        family: Family::Pedagogie,
        excellence_only: false,
        check: Check::Apprenticeship,
    },
    Criterion {
        code: "lieu-de-vie",
        family: Family::Pedagogie,
        excellence_only: false,
        check: Check::Accommodation,
    },
    Criterion {
        code: "international",
        family: Family::Objectifs,
        excellence_only: false,
        check: Check::International,
    },
    Criterion {
        code: "plan-actions",
        family: Family::Objectifs,
        excellence_only: false,
        check: Check::ActionPlan,
    },
    Criterion {
        code: "indicateurs",
        family: Family::Objectifs,
        excellence_only: false,
        check: Check::Indicators,
    },
    Criterion {
        code: "label-duree",
        family: Family::Objectifs,
        excellence_only: false,
        check: Check::LabelDuration,
    },
];

/// How well a criterion is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Nothing shows it.
    Missing,
    /// Partly shown.
    Partly,
    /// Fully shown.
    Met,
}

/// One criterion assessed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The criterion.
    pub criterion: Criterion,
    /// How well it is met.
    pub level: Level,
    /// The records that show it (names, counts).
    pub evidence: Vec<Evidence>,
    /// What to add (none when met).
    pub advice: Option<Advice>,
}

/// Names of records, the first six of them and how many more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Names {
    /// The first names.
    pub shown: Vec<String>,
    /// How many more there are.
    pub more: usize,
}

/// What shows a criterion, with its values; the faces word it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum Evidence {
    /// So many partners of so many signed the convention.
    Signed {
        /// Partners who signed.
        signed: usize,
        /// All partners.
        total: usize,
    },
    /// The lycées (EPLE) of the network.
    Eple(Names),
    /// The higher-education establishments of the network.
    HigherEducation(Names),
    /// The companies of the network.
    Companies(Names),
    /// The research structures of the network.
    Research(Names),
    /// The members of the governance body.
    GovernanceMembers(Names),
    /// A record's name (the établissement support, the director…), or a text of the dossier.
    Name(String),
    /// The president and the organisation they come from.
    PresidentOf {
        /// The president.
        name: String,
        /// The organisation.
        organisation: String,
    },
    /// The levels the formations span.
    Levels {
        /// The lowest.
        lowest: u8,
        /// The highest.
        highest: u8,
    },
    /// The formations open to apprentices.
    Apprenticeships(Names),
    /// Participants in Erasmus+ mobility.
    Participants(u64),
    /// The foreign partners.
    Foreign(Names),
    /// So many actions of so many have dates, a lead and a budget.
    CompleteActions {
        /// Complete actions.
        complete: usize,
        /// All actions.
        total: usize,
    },
    /// So many indicators of so many have a target and a recent value.
    CompleteIndicators {
        /// Complete indicators.
        complete: usize,
        /// All indicators.
        total: usize,
    },
    /// A decision longer than its regime allows.
    DurationOutOfRegime {
        /// Years granted.
        years: u8,
        /// Reference of the decree.
        reference: String,
    },
    /// So many decisions, so many without a date or a duration.
    Decisions {
        /// All decisions.
        total: usize,
        /// Those without a date or a duration.
        unknown: usize,
    },
}

/// What to add for a criterion not (fully) met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Advice {
    /// Dates of signature of the convention.
    Convention,
    /// A lycée and a higher-education establishment.
    SchoolAndHigherEducation,
    /// Companies (at least three).
    Companies,
    /// A research structure.
    Research,
    /// Governance members of each kind.
    Governance,
    /// The établissement support is usually an EPLE.
    SupportNotEple,
    /// Choose the établissement support.
    SupportMissing,
    /// The director and their contact.
    DirectorMissing,
    /// The director's e-mail or phone.
    DirectorContact,
    /// The president.
    PresidentMissing,
    /// The president is expected from business.
    PresidentFromBusiness,
    /// The formations of the campus.
    FormationsMissing,
    /// Formations up to level 6.
    FormationLevels,
    /// Formations open to apprentices.
    Apprenticeship,
    /// Accommodation and campus life.
    Accommodation,
    /// Mobilities and foreign partners.
    International,
    /// Dates, lead and budget for each action.
    ActionPlan,
    /// Target and latest value for each indicator.
    Indicators,
    /// Date and duration of each decree.
    LabelDuration,
}

/// The whole grid assessed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// [`CRITERIA_VERSION`].
    pub version: u32,
    /// Each criterion, in grid order.
    pub items: Vec<Assessment>,
}

/// Assesses `d` against every criterion of [`CRITERIA`].
pub fn readiness(d: &Dossier) -> Readiness {
    Readiness {
        version: CRITERIA_VERSION,
        items: CRITERIA.iter().map(|c| checks::assess(d, *c)).collect(),
    }
}

impl Level {
    /// Points of the level in a score: 2, 1 or 0.
    pub fn points(self) -> u32 {
        match self {
            Self::Met => 2,
            Self::Partly => 1,
            Self::Missing => 0,
        }
    }
}

impl Readiness {
    /// The criteria that count for `category` (« excellence » counts them all).
    pub fn for_category(&self, category: LabelCategory) -> impl Iterator<Item = &Assessment> {
        self.items
            .iter()
            .filter(move |a| category == LabelCategory::Excellence || !a.criterion.excellence_only)
    }

    /// Score for `category`: points earned and points possible.
    pub fn score(&self, category: LabelCategory) -> (u32, u32) {
        self.for_category(category).fold((0, 0), |(got, max), a| {
            (got + a.level.points(), max + Level::Met.points())
        })
    }

    /// The assessment of the criterion `code`.
    pub fn get(&self, code: &str) -> Option<&Assessment> {
        self.items.iter().find(|a| a.criterion.code == code)
    }
}
