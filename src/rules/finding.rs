//! A validation finding: what is wrong, how badly, and where. What is wrong is an [`Issue`]
//! with its values; the window and the command line word it in their language (`crate::i18n`).

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::identifiers::{SiretError, UaiError};
use crate::model::mobility::{ActivityType, ParticipantKind};
use crate::model::project::KeyAction;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something to look at; the dossier is still usable.
    Warning,
    /// Something wrong that must be fixed before the dossier is sent.
    Error,
}

/// What a finding says, with the values it quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A record has an empty id.
    IdEmpty,
    /// A record's id is used by an earlier record of its list.
    IdDuplicate {
        /// The id.
        id: String,
    },
    /// A formation's id is used by another formation.
    FormationIdDuplicate {
        /// The id.
        id: String,
    },
    /// The campus has no name.
    CampusName,
    /// The région académique code is not in the reference table.
    RegionUnknown {
        /// The code as written.
        code: String,
    },
    /// No académie is given.
    AcademieMissing,
    /// An académie code is not in the reference table.
    AcademieUnknown {
        /// The code as written.
        code: String,
    },
    /// An académie lies outside the campus's région académique.
    AcademieOutsideRegion {
        /// The académie's name.
        academie: String,
        /// The région's name.
        region: String,
    },
    /// The filière code is not one of the national ones.
    FiliereUnknown {
        /// The code as written.
        code: String,
    },
    /// No labelling decision is recorded.
    LabelMissing,
    /// A decision has no date.
    LabelDateMissing,
    /// The « excellence » category before it existed (13 December 2018).
    ExcellenceTooEarly,
    /// A decision has no duration.
    LabelDurationMissing,
    /// A decision lasts zero years.
    LabelDurationZero,
    /// A decision lasts longer than its regime allows.
    LabelDurationTooLong {
        /// Years granted.
        years: u8,
        /// The maximum of the regime.
        max: u8,
        /// True for the regime before the décret of 16 September 2019.
        before_2019: bool,
    },
    /// The first decision of the history is not a creation.
    HistoryStartsLate,
    /// The « internationale » mention on a decision dated after the décret of 16 September
    /// 2019, which replaced it with the « excellence » category.
    InternationaleAfter2019,
    /// A decision whose category is still to be confirmed.
    CategoryToConfirm,
    /// The campus was not labelled between two decisions: the label ended on `end` and the next
    /// decision dates from `next`.
    LabelInterruption {
        /// The last day of the earlier label.
        end: NaiveDate,
        /// The date of the next decision.
        next: NaiveDate,
    },
    /// A « passage excellence » that does not grant the « excellence » category.
    PassageNotExcellence,
    /// A partner has no name.
    PartnerName,
    /// A sector without a name.
    SectorName,
    /// A text longer than a field may hold.
    TooLong {
        /// Its length, in characters.
        chars: usize,
    },
    /// An e-mail address that cannot be one.
    Email {
        /// The address as written.
        email: String,
    },
    /// A UAI that is not one.
    Uai(UaiError),
    /// A SIRET that is not one.
    Siret(SiretError),
    /// A UAI used by an earlier partner.
    UaiDuplicate {
        /// The UAI.
        uai: String,
        /// The other partner's name.
        other: String,
    },
    /// A country that is not an ISO code.
    Country {
        /// The text as written.
        country: String,
    },
    /// A foreign partner located in France.
    ForeignInFrance,
    /// A partner abroad not typed as foreign.
    AbroadNotForeign,
    /// A foreign partner with a UAI or a SIRET.
    ForeignWithIdentifier,
    /// No lycée (EPLE) sits on the governance body.
    GovernanceNoEple,
    /// No university (EPSCP) sits on the governance body.
    GovernanceNoEpscp,
    /// A formation level outside 3–8.
    Level {
        /// The level as written.
        level: u8,
    },
    /// An action has no title.
    ActionTitle,
    /// An end before the start.
    DatesInverted {
        /// The start.
        start: NaiveDate,
        /// The end.
        end: NaiveDate,
    },
    /// A negative budget amount.
    NegativeAmount,
    /// An indicator has no code.
    IndicatorCodeEmpty,
    /// An indicator's code is used by another indicator.
    IndicatorCodeDuplicate {
        /// The code.
        code: String,
    },
    /// A value that is not a number (NaN, infinite).
    NotANumber,
    /// A milestone of kind « Autre » has no title.
    MilestoneTitle,
    /// A mobility lasts outside its activity's bounds.
    MobilityDuration {
        /// Its duration in days.
        days: i64,
        /// The activity type.
        activity: ActivityType,
        /// Shortest allowed.
        min: i64,
        /// Longest allowed.
        max: i64,
    },
    /// An activity type taken by a participant it is not for.
    ActivityPublic {
        /// The activity type.
        activity: ActivityType,
        /// Who takes it.
        participant: ParticipantKind,
    },
    /// An activity type the project's action does not offer in its call year.
    ActivityNotOffered {
        /// The activity type.
        activity: ActivityType,
        /// The project's action.
        action: KeyAction,
        /// The project's call year.
        call_year: u16,
    },
    /// A mobility that belongs to no project of the dossier.
    NoProject,
    /// A mobility that starts before or ends after its project.
    OutsideProject {
        /// The project's first day.
        start: Option<NaiveDate>,
        /// The project's last day.
        end: Option<NaiveDate>,
    },
    /// More funded travel days than the Beneficiary Module accepts.
    TravelDays {
        /// Days recorded.
        days: u8,
        /// The most allowed (2, or 6 travelling green).
        max: u8,
    },
    /// A city the gazetteer does not know (the travel distance cannot be measured).
    UnknownCity {
        /// The city as written.
        city: String,
        /// Its country.
        country: String,
    },
    /// A mobility with no Mobility activity ID.
    ActivityIdMissing,
    /// A Mobility activity ID used twice in a project.
    ActivityIdDuplicate {
        /// The ID.
        id: String,
    },
    /// A project number recorded twice.
    ProjectDuplicate {
        /// The reference.
        reference: String,
    },
    /// A short-term project (KA122) of fewer than 6 or more than 18 months.
    ProjectDuration {
        /// Its length in whole months.
        months: i64,
    },
    /// A project id that names no project of the dossier.
    UnknownProject {
        /// The id.
        id: String,
    },
    /// A call year outside the 2021–2027 programme.
    CallYear {
        /// The year as written.
        year: u16,
    },
    /// A project number in neither Erasmus+ format.
    ProjectReference {
        /// The reference as written.
        reference: String,
    },
    /// A project number whose call year or key action is not the project's.
    ProjectReferenceMismatch {
        /// What the number says (`2022`, `KA220`).
        says: String,
        /// What the project records.
        recorded: String,
    },
    /// An outgoing mobility funded by another agency than FR01 (the French one for schools
    /// and CFA).
    ProjectAgency {
        /// The agency the number names.
        agency: String,
    },
    /// A mobility sent and received by the same organisation (the Beneficiary Module refuses it).
    SameOrganisation,
    /// An organisation id that is not `E` and 8 digits.
    Oid {
        /// The id as written.
        oid: String,
    },
    /// An id that names no partner of the dossier.
    UnknownPartner {
        /// The id.
        id: String,
    },
    /// An id that names no granting label decision of the dossier.
    UnknownDecision {
        /// The id.
        id: String,
    },
    /// An id that names no indicator of the dossier.
    UnknownIndicator {
        /// The id.
        id: String,
    },
}

impl Issue {
    /// The stable machine code (`uai-invalide`), for scripts and filters.
    pub fn code(&self) -> &'static str {
        match self {
            Self::IdEmpty => "id-vide",
            Self::IdDuplicate { .. } | Self::FormationIdDuplicate { .. } => "id-double",
            Self::CampusName => "campus-nom",
            Self::RegionUnknown { .. } => "region-inconnue",
            Self::AcademieMissing => "academie-absente",
            Self::AcademieUnknown { .. } => "academie-inconnue",
            Self::AcademieOutsideRegion { .. } => "academie-hors-region",
            Self::FiliereUnknown { .. } => "filiere-inconnue",
            Self::LabelMissing => "label-absent",
            Self::LabelDateMissing => "label-date",
            Self::ExcellenceTooEarly => "excellence-anterieure",
            Self::LabelDurationMissing
            | Self::LabelDurationZero
            | Self::LabelDurationTooLong { .. } => "label-duree",
            Self::HistoryStartsLate => "label-historique",
            Self::LabelInterruption { .. } => "label-interruption",
            Self::InternationaleAfter2019 => "label-mention-internationale",
            Self::CategoryToConfirm => "label-categorie-a-confirmer",
            Self::PassageNotExcellence => "label-categorie",
            Self::PartnerName => "partenaire-nom",
            Self::SectorName => "filiere-nom",
            Self::TooLong { .. } => "texte-trop-long",
            Self::Email { .. } => "email-invalide",
            Self::Uai(_) => "uai-invalide",
            Self::Siret(_) => "siret-invalide",
            Self::UaiDuplicate { .. } => "uai-double",
            Self::Country { .. } => "pays-invalide",
            Self::ForeignInFrance | Self::AbroadNotForeign => "pays-incoherent",
            Self::ForeignWithIdentifier => "identifiant-etranger",
            Self::GovernanceNoEple => "gouvernance-eple",
            Self::GovernanceNoEpscp => "gouvernance-epscp",
            Self::Level { .. } => "niveau-invalide",
            Self::ActionTitle => "action-titre",
            Self::DatesInverted { .. } => "dates-inversees",
            Self::NegativeAmount => "montant-negatif",
            Self::IndicatorCodeEmpty | Self::IndicatorCodeDuplicate { .. } => "indicateur-code",
            Self::NotANumber => "valeur-invalide",
            Self::MilestoneTitle => "jalon-titre",
            Self::MobilityDuration { .. } => "duree-mobilite",
            Self::ActivityPublic { .. } => "activite-public",
            Self::ActivityNotOffered { .. } => "activite-non-proposee",
            Self::NoProject => "mobilite-sans-projet",
            Self::OutsideProject { .. } => "mobilite-hors-projet",
            Self::TravelDays { .. } => "jours-voyage",
            Self::UnknownCity { .. } => "ville-inconnue",
            Self::ActivityIdMissing | Self::ActivityIdDuplicate { .. } => "id-activite-mobilite",
            Self::ProjectDuplicate { .. } => "projet-double",
            Self::ProjectDuration { .. } => "projet-duree",
            Self::CallYear { .. } => "appel-annee",
            Self::ProjectReference { .. } => "erasmus-reference",
            Self::ProjectReferenceMismatch { .. } => "erasmus-reference-projet",
            Self::ProjectAgency { .. } => "erasmus-agence",
            Self::Oid { .. } => "oid-invalide",
            Self::SameOrganisation => "mobilite-meme-organisme",
            Self::UnknownPartner { .. }
            | Self::UnknownIndicator { .. }
            | Self::UnknownDecision { .. }
            | Self::UnknownProject { .. } => "reference-inconnue",
        }
    }
}

/// One problem found in a dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Path of the field (`partners[3].uai`).
    pub path: String,
    /// What is wrong, with its values.
    pub issue: Issue,
}

impl Finding {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, issue: Issue) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            issue,
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, issue: Issue) -> Self {
        Self {
            severity: Severity::Warning,
            path: path.into(),
            issue,
        }
    }

    /// The stable machine code of its issue.
    pub fn code(&self) -> &'static str {
        self.issue.code()
    }
}

impl Severity {
    /// The word used in `check` output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}
