//! Partners of the campus network: schools, universities, companies, collectivités…

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::identifiers::{Checked, Siret, Uai};
use super::ids::PartnerId;

/// A member of the campus network, bound by the convention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// Stable id.
    pub id: PartnerId,
    /// Official name.
    pub name: String,
    /// Kind of organisation.
    pub kind: PartnerKind,
    /// Commune (city).
    pub commune: String,
    /// ISO 3166-1 alpha-2 country code (`FR`).
    pub country: String,
    /// UAI, for an establishment of the Éducation nationale directory.
    pub uai: Checked<Uai>,
    /// SIRET; several UAIs may share one.
    pub siret: Checked<Siret>,
    /// Role in the campus (« établissement support », « plateau technique »…).
    pub role: String,
    /// Date the partner signed the convention, if it has.
    pub convention_signed_on: Option<NaiveDate>,
    /// True when the partner sits on the governance body.
    pub governance: bool,
    /// People to contact.
    pub contacts: Vec<Contact>,
    /// Erasmus+ organisation id (`E10012345`), for the partners of a mobility project.
    #[serde(default)]
    pub oid: String,
}

/// A contact person at a partner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Function (« proviseur », « DDFPT »…).
    pub role: String,
    /// E-mail address.
    pub email: String,
    /// Telephone number.
    pub phone: String,
}

/// Kinds of partner, after Code de l'éducation D335-33 and practice (shared/domain.md §9.4).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum PartnerKind {
    /// Lycée général et technologique or polyvalent (EPLE).
    #[default]
    Lycee,
    /// Lycée professionnel.
    LyceePro,
    /// Centre de formation d'apprentis.
    Cfa,
    /// Université or other EPSCP.
    Universite,
    /// École supérieure (engineering, business…).
    Ecole,
    /// École primaire or collège: pupils a campus shows its trades to (orientation), never
    /// higher education.
    EcoleCollege,
    /// Research laboratory or structure.
    Laboratoire,
    /// Continuing-education body (GRETA…).
    FormationContinue,
    /// Company.
    Entreprise,
    /// Professional branch or OPCO.
    Branche,
    /// Pôle de compétitivité or cluster.
    PoleCompetitivite,
    /// Collectivité territoriale (Région…).
    Collectivite,
    /// The State's services: the rectorat, a DRAAF, a DREETS…
    Etat,
    /// Association.
    Association,
    /// Partner outside France.
    Etranger,
}

impl PartnerKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 15] = [
        Self::Lycee,
        Self::LyceePro,
        Self::Cfa,
        Self::Universite,
        Self::Ecole,
        Self::EcoleCollege,
        Self::Laboratoire,
        Self::FormationContinue,
        Self::Entreprise,
        Self::Branche,
        Self::PoleCompetitivite,
        Self::Collectivite,
        Self::Etat,
        Self::Association,
        Self::Etranger,
    ];
    /// True for an établissement public local d'enseignement (a lycée of either kind).
    pub fn is_eple(self) -> bool {
        matches!(self, Self::Lycee | Self::LyceePro)
    }
}
