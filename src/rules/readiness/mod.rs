//! Readiness: the dossier measured against what a labelling application must show. Each
//! criterion is met, partly met, written but to be judged by the referent, or missing, with the
//! records that show it and what to add.
//!
//! The grid is data ([`CRITERIA`], numbered [`CRITERIA_VERSION`]) and honest about where each
//! item comes from: what the law requires (Code de l'éducation, art. D335-33), what published
//! summaries of the national cahier des charges say (its annex, arrêté du 26 septembre 2019, was
//! not read), what « excellence » adds, and what is only usual practice. Each item names its
//! source and how sure it is (`shared/domain.md` §2). There is no score: the jury's grid is not
//! known, so the grid only counts the items met.

mod checks;

use serde::Serialize;

use crate::model::Dossier;
use crate::model::label::LabelCategory;

/// The number of the app's grid: 2 separates law, cahier des charges, « excellence » and
/// practice, and names each item's source.
pub const CRITERIA_VERSION: u32 = 2;

/// Where a requirement comes from, from the firmest to the loosest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The law: Code de l'éducation, art. D335-33.
    Law,
    /// The national cahier des charges, as its published summaries state it.
    CahierDesCharges,
    /// What the « excellence » category adds.
    Excellence,
    /// Usual practice of the campuses, written in no text that was read.
    Practice,
}

/// What kind of text a criterion rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A legal text, read.
    LegalText,
    /// A published summary of a text that was not read.
    PublishedSummary,
    /// A seed document of the project (`shared/seeds/`).
    Seed,
    /// Usual practice.
    Practice,
}

/// How sure the reading of a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The text itself was read.
    High,
    /// Secondary sources agree.
    Medium,
    /// Inferred from practice.
    Low,
}

/// The source of a criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// What kind of text.
    pub kind: SourceKind,
    /// Which one, as it is cited (empty for practice).
    pub citation: &'static str,
    /// How sure.
    pub confidence: Confidence,
}

/// What a criterion looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Check {
    /// The network is formed by a convention its French members signed.
    Convention,
    /// At least one EPLE (a public lycée) in the network.
    Eple,
    /// Accommodation, and associative, cultural and sports activities.
    Accommodation,
    /// Courses open to pupils, students, apprentices and adults in continuing training.
    Publics,
    /// The governance body the convention sets up, with its members.
    Governance,
    /// An analysis of the economic opportunity of the sector in the territory.
    Opportunity,
    /// Governance including the State (rectorat), the Région and the economic sector.
    GovernanceStateRegionEconomy,
    /// Pathways from secondary to higher education.
    Continuum,
    /// Mixed statuses: school, apprenticeship, continuing training.
    MixedStatuses,
    /// Publics with special needs or fewer opportunities.
    Inclusion,
    /// Orientation and attractiveness of the trades.
    Orientation,
    /// International mobility offered to the campus's own learners.
    International,
    /// A physical place of life and exchange (« excellence »).
    PlaceOfLife,
    /// Research and innovation capacity (« excellence »).
    Research,
    /// National and international reach (« excellence »).
    Reach,
    /// European or international partnerships of its own (« excellence »).
    EuropeanPartnerships,
    /// Pedagogical innovation (« excellence »).
    PedagogicalInnovation,
    /// An établissement support carrying the campus.
    Support,
    /// A directeur opérationnel.
    Director,
    /// A président issu du monde économique.
    PresidentFromBusiness,
    /// An action plan with dates, owners and budget.
    ActionPlan,
    /// Indicators with targets and recent values.
    Indicators,
}

/// One criterion of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Criterion {
    /// Stable code (`loi-convention`).
    pub code: &'static str,
    /// Law, cahier des charges, « excellence » or practice.
    pub part: Part,
    /// What is looked at.
    pub check: Check,
    /// Where it comes from.
    pub source: Source,
}

const D335_33: Source = Source {
    kind: SourceKind::LegalText,
    citation: "Code de l'éducation, art. D335-33",
    confidence: Confidence::High,
};
const D335_33_EPLE: Source = Source {
    kind: SourceKind::LegalText,
    citation: "Code de l'éducation, art. D335-33 (rédaction de 2014) ; seeds 000 et 003",
    confidence: Confidence::High,
};
const CEDEFOP: Source = Source {
    kind: SourceKind::PublishedSummary,
    citation: "Cedefop, « France: excellence in VET – new generation of trades and qualifications campuses » (cahier des charges de 2018, annexe non lue)",
    confidence: Confidence::Medium,
};
const SEED_003: Source = Source {
    kind: SourceKind::Seed,
    citation: "seed 003 (appel à projets de 2013) ; Cedefop (publics à besoins particuliers)",
    confidence: Confidence::Medium,
};
const ORIENTATION: Source = Source {
    kind: SourceKind::PublishedSummary,
    citation: "cap-metiers.pro, fiche J 3.0 (finalités des CMQ) ; appel à projets de 2013",
    confidence: Confidence::Medium,
};
const EXCELLENCE: Source = Source {
    kind: SourceKind::PublishedSummary,
    citation: "cap-metiers.pro, fiche J 3.0 (décembre 2018) ; page CMQ de la région académique Centre-Val de Loire",
    confidence: Confidence::Medium,
};
const PRACTICE: Source = Source {
    kind: SourceKind::Practice,
    citation: "",
    confidence: Confidence::Low,
};
const PRACTICE_MED: Source = Source {
    kind: SourceKind::Practice,
    citation: "",
    confidence: Confidence::Medium,
};

const fn item(code: &'static str, part: Part, check: Check, source: Source) -> Criterion {
    Criterion {
        code,
        part,
        check,
        source,
    }
}

/// The grid: the law first, then the cahier des charges, « excellence », and practice.
pub const CRITERIA: &[Criterion] = &[
    item("loi-convention", Part::Law, Check::Convention, D335_33),
    item("loi-eple", Part::Law, Check::Eple, D335_33_EPLE),
    item("loi-gouvernance", Part::Law, Check::Governance, D335_33),
    item("loi-lieu-de-vie", Part::Law, Check::Accommodation, D335_33),
    item("loi-publics", Part::Law, Check::Publics, D335_33),
    item(
        "cdc-opportunite",
        Part::CahierDesCharges,
        Check::Opportunity,
        CEDEFOP,
    ),
    item(
        "cdc-gouvernance-etat-region-economie",
        Part::CahierDesCharges,
        Check::GovernanceStateRegionEconomy,
        CEDEFOP,
    ),
    item(
        "cdc-continuum",
        Part::CahierDesCharges,
        Check::Continuum,
        CEDEFOP,
    ),
    item(
        "cdc-statuts",
        Part::CahierDesCharges,
        Check::MixedStatuses,
        SEED_003,
    ),
    item(
        "cdc-inclusion",
        Part::CahierDesCharges,
        Check::Inclusion,
        CEDEFOP,
    ),
    item(
        "cdc-orientation",
        Part::CahierDesCharges,
        Check::Orientation,
        ORIENTATION,
    ),
    item(
        "cdc-international",
        Part::CahierDesCharges,
        Check::International,
        CEDEFOP,
    ),
    item(
        "excellence-lieu",
        Part::Excellence,
        Check::PlaceOfLife,
        EXCELLENCE,
    ),
    item(
        "excellence-recherche",
        Part::Excellence,
        Check::Research,
        EXCELLENCE,
    ),
    item(
        "excellence-rayonnement",
        Part::Excellence,
        Check::Reach,
        EXCELLENCE,
    ),
    item(
        "excellence-partenariats",
        Part::Excellence,
        Check::EuropeanPartnerships,
        EXCELLENCE,
    ),
    item(
        "excellence-innovation",
        Part::Excellence,
        Check::PedagogicalInnovation,
        EXCELLENCE,
    ),
    item(
        "pratique-support",
        Part::Practice,
        Check::Support,
        PRACTICE_MED,
    ),
    item(
        "pratique-directeur",
        Part::Practice,
        Check::Director,
        PRACTICE,
    ),
    item(
        "pratique-president",
        Part::Practice,
        Check::PresidentFromBusiness,
        PRACTICE,
    ),
    item(
        "pratique-plan-actions",
        Part::Practice,
        Check::ActionPlan,
        PRACTICE_MED,
    ),
    item(
        "pratique-indicateurs",
        Part::Practice,
        Check::Indicators,
        PRACTICE_MED,
    ),
];

/// How well a criterion is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Nothing shows it.
    Missing,
    /// Partly shown.
    Partly,
    /// Written in the dossier; whether it convinces is for the referent to judge.
    ToCheck,
    /// Fully shown.
    Met,
}

/// One criterion assessed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The criterion.
    pub criterion: Criterion,
    /// How well it is shown.
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
    /// So many French partners of so many signed the convention (foreign ones need not).
    Signed {
        /// Partners who signed.
        signed: usize,
        /// French partners.
        total: usize,
    },
    /// The lycées (EPLE) of the network.
    Eple(Names),
    /// The higher-education establishments of the network.
    HigherEducation(Names),
    /// The research structures of the network.
    Research(Names),
    /// The members of the governance body.
    GovernanceMembers(Names),
    /// Which of the State, the Région and the economic sector sit in the governance body.
    GovernanceSides {
        /// The State (rectorat, services de l'État).
        state: bool,
        /// The Région or another local authority.
        region: bool,
        /// Companies, branches, clusters.
        economy: bool,
    },
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
    /// The publics the formations and partners reach.
    Publics {
        /// Pupils (school status).
        pupils: bool,
        /// Students (level 6 and above, or a higher-education partner).
        students: bool,
        /// Apprentices.
        apprentices: bool,
        /// Adults in continuing training.
        adults: bool,
    },
    /// The statuses the formations are offered under.
    Statuses {
        /// School status.
        school: bool,
        /// Apprenticeship.
        apprenticeship: bool,
        /// Continuing training.
        continuing: bool,
    },
    /// Outgoing learners in Erasmus+ mobility.
    OutgoingLearners(u64),
    /// Participants with fewer opportunities in Erasmus+ mobility.
    FewerOpportunities(u64),
    /// The foreign partners.
    Foreign(Names),
    /// Actions that say they are about orientation or attractiveness.
    Actions(Names),
    /// A text of the application is written (its title).
    TextWritten(&'static str),
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
}

/// What to add for a criterion not (fully) met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Advice {
    /// Dates of signature of the convention.
    Convention,
    /// A lycée (EPLE).
    Eple,
    /// The members of the governance body.
    Governance,
    /// Accommodation and campus life.
    Accommodation,
    /// Formations for each public.
    Publics,
    /// The analysis of the economic opportunity.
    Opportunity,
    /// The State, the Région and the economic sector in the governance body.
    GovernanceSides,
    /// Formations from secondary to higher education.
    Continuum,
    /// Formations under several statuses.
    MixedStatuses,
    /// How publics with special needs are reached.
    Inclusion,
    /// Orientation and attractiveness actions.
    Orientation,
    /// Mobility for the campus's own learners.
    International,
    /// The physical place of life and exchange.
    PlaceOfLife,
    /// A research structure.
    Research,
    /// Foreign partners and outgoing mobility.
    Reach,
    /// Partnerships abroad.
    EuropeanPartnerships,
    /// The pedagogical project.
    PedagogicalInnovation,
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
    /// Dates, lead and budget for each action.
    ActionPlan,
    /// Target and latest value for each indicator.
    Indicators,
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

impl Readiness {
    /// The criteria that count for `category` (« excellence » counts them all).
    pub fn for_category(&self, category: LabelCategory) -> impl Iterator<Item = &Assessment> {
        self.items.iter().filter(move |a| {
            category == LabelCategory::Excellence || a.criterion.part != Part::Excellence
        })
    }

    /// For `category`: how many of its criteria are met, and how many there are.
    pub fn met(&self, category: LabelCategory) -> (usize, usize) {
        self.for_category(category).fold((0, 0), |(met, all), a| {
            (met + usize::from(a.level == Level::Met), all + 1)
        })
    }

    /// The assessment of the criterion `code`.
    pub fn get(&self, code: &str) -> Option<&Assessment> {
        self.items.iter().find(|a| a.criterion.code == code)
    }
}
