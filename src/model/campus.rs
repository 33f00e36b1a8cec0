//! The campus identity: name, territory, filière and the people who run it.

use serde::{Deserialize, Serialize};

use super::ids::PartnerId;

/// Who the campus is: the first section of every dossier.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campus {
    /// Full name (« Campus des métiers et des qualifications … »).
    pub name: String,
    /// Short name used in lists (« MOBICAMPUS »).
    pub short_name: String,
    /// INSEE code of the région académique (see [`super::reference::REGIONS`]).
    pub region_academique: String,
    /// BCN codes of the académie(s) covered; several for an inter-académique campus.
    pub academies: Vec<String>,
    /// Slug of the national filière (see [`super::reference::FILIERES`]).
    pub secteur: String,
    /// The partner that carries the campus's budget and staff, usually an EPLE.
    pub etablissement_support: Option<PartnerId>,
    /// The directeur opérationnel.
    pub directeur: Person,
    /// The president of the governance body.
    pub president: President,
    /// Public web site.
    pub website: String,
    /// Free notes of the referent.
    pub notes: String,
    /// Accommodation and campus life (hébergement, lieu de vie, activités) offered to learners;
    /// empty when none is described. Added in format 2.
    #[serde(default)]
    pub lieu_de_vie: String,
}

/// A named contact person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// E-mail address.
    pub email: String,
    /// Telephone number.
    pub phone: String,
}

/// The president of the campus's governance body.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct President {
    /// Full name.
    pub name: String,
    /// Company or organisation the president comes from.
    pub organisation: String,
    /// True when the president comes from the economic world, as the 2019 reform encourages.
    pub from_business: bool,
}

impl Campus {
    /// The name to show in lists: the short name, else the full name.
    pub fn display_name(&self) -> &str {
        if self.short_name.trim().is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}
