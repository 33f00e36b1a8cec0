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

/// Which reading of the cahier des charges the criteria follow.
pub const CRITERIA_VERSION: &str = "Cahier des charges national 2019 (arrêté du 26 septembre 2019, NOR MENE1925423A) — grille CMQ Dossiers n° 1";

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
    /// The criterion, in French.
    pub title: &'static str,
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
        title: "Réseau constitué par convention",
        excellence_only: false,
        check: Check::Convention,
    },
    Criterion {
        code: "reseau-eple-sup",
        family: Family::Reseau,
        title: "Au moins un EPLE et un établissement d'enseignement supérieur",
        excellence_only: false,
        check: Check::SchoolAndHigherEducation,
    },
    Criterion {
        code: "reseau-entreprises",
        family: Family::Reseau,
        title: "Entreprises partenaires",
        excellence_only: false,
        check: Check::Companies,
    },
    Criterion {
        code: "reseau-recherche",
        family: Family::Reseau,
        title: "Structure de recherche (exigée pour « excellence »)",
        excellence_only: true,
        check: Check::Research,
    },
    Criterion {
        code: "pilotage-gouvernance",
        family: Family::Reseau,
        title: "Instance de gouvernance et ses membres",
        excellence_only: false,
        check: Check::Governance,
    },
    Criterion {
        code: "pilotage-support",
        family: Family::Reseau,
        title: "Établissement support",
        excellence_only: false,
        check: Check::Support,
    },
    Criterion {
        code: "pilotage-directeur",
        family: Family::Reseau,
        title: "Directeur opérationnel",
        excellence_only: false,
        check: Check::Director,
    },
    Criterion {
        code: "pilotage-president",
        family: Family::Reseau,
        title: "Président issu du monde économique",
        excellence_only: false,
        check: Check::PresidentFromBusiness,
    },
    Criterion {
        code: "formation-niveaux",
        family: Family::Pedagogie,
        title: "Formations du niveau 3 (CAP) à l'enseignement supérieur",
        excellence_only: false,
        check: Check::FormationLevels,
    },
    Criterion {
        code: "formation-apprentissage",
        family: Family::Pedagogie,
        title: "Formations par apprentissage",
        excellence_only: false,
        check: Check::Apprenticeship,
    },
    Criterion {
        code: "lieu-de-vie",
        family: Family::Pedagogie,
        title: "Hébergement et lieu de vie",
        excellence_only: false,
        check: Check::Accommodation,
    },
    Criterion {
        code: "international",
        family: Family::Objectifs,
        title: "Ouverture internationale (mobilités Erasmus+, partenaires étrangers)",
        excellence_only: false,
        check: Check::International,
    },
    Criterion {
        code: "plan-actions",
        family: Family::Objectifs,
        title: "Plan d'actions daté, avec pilotes et budget",
        excellence_only: false,
        check: Check::ActionPlan,
    },
    Criterion {
        code: "indicateurs",
        family: Family::Objectifs,
        title: "Indicateurs avec cibles et valeurs récentes",
        excellence_only: false,
        check: Check::Indicators,
    },
    Criterion {
        code: "label-duree",
        family: Family::Objectifs,
        title: "Durée du label conforme au régime",
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
    pub evidence: Vec<String>,
    /// What to add, in French (empty when met).
    pub advice: String,
}

/// The whole grid assessed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// [`CRITERIA_VERSION`].
    pub version: &'static str,
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

    /// French word.
    pub fn label_fr(self) -> &'static str {
        match self {
            Self::Met => "satisfait",
            Self::Partly => "partiel",
            Self::Missing => "manquant",
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
