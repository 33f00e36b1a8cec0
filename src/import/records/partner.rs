//! A row → a partner: the annuaire's types and the app's labels.

use super::{Importable, Notes, RowValues, country_code};
use crate::i18n::Lang;
use crate::import::fields::{Field, PARTNER_FIELDS};
use crate::import::note::Note;
use crate::import::plan::MatchKey;
use crate::model::Dossier;
use crate::model::identifiers::{Checked, Siret, Uai};
use crate::model::partner::{Contact, Partner, PartnerKind};
use crate::model::text::normalise;

/// Sets the row's partner fields on `p`; `new` when `p` is being created (its type then
/// defaults from its identifiers).
pub(super) fn set_partner(p: &mut Partner, row: &RowValues<'_>, new: bool, notes: &mut Notes) {
    if let Some(name) = row.text("name") {
        p.name = name;
    }
    if let Some(commune) = row.text("commune") {
        p.commune = commune;
    }
    if let Some(text) = row.text("uai") {
        match Uai::parse(&text) {
            Ok(uai) => p.uai = Checked::Valid(uai),
            Err(e) => notes.errors.push(Note::Uai(e)),
        }
    }
    if let Some(text) = row.text("siret") {
        match Siret::parse(&text) {
            Ok(siret) => p.siret = Checked::Valid(siret),
            Err(e) => notes.errors.push(Note::Siret(e)),
        }
    }
    if let Some(text) = row.text("oid") {
        if crate::model::erasmus::is_oid(&text) {
            p.oid = text;
        } else {
            notes.errors.push(Note::Oid(text));
        }
    }
    if let Some(text) = row.text("country") {
        match country_code(&text) {
            Some(code) => p.country = code,
            None => notes.errors.push(Note::UnknownCountry(text)),
        }
    }
    let vocational = row.flag("voie_pro", notes);
    notes.facets.vocational = vocational;
    let voie_pro = vocational.unwrap_or(false);
    match row.text("kind") {
        Some(text) if below_lycee(&text) => {
            p.kind = PartnerKind::EcoleCollege;
            notes.facets.kind = Some(p.kind);
            notes.facets.below_lycee = true;
            notes.warnings.push(Note::BelowLycee(text));
        }
        Some(text) => {
            if let Some(kind) = partner_kind(&text) {
                p.kind = refine(kind, voie_pro);
                notes.facets.kind = Some(p.kind);
            } else {
                p.kind = refine(default_kind(p), voie_pro);
                notes.warnings.push(Note::UnknownKind(text, p.kind));
            }
        }
        None if new => {
            p.kind = refine(default_kind(p), voie_pro);
            if p.country != "FR" {
                p.kind = PartnerKind::Etranger;
            }
        }
        None => {}
    }
    if let Some(role) = row.text("role") {
        p.role = role;
    }
    if let Some(date) = row.date("convention", notes) {
        p.convention_signed_on = Some(date);
    }
    if let Some(g) = row.flag("governance", notes) {
        p.governance = g;
    }
    let contact = Contact {
        name: row.text("contact_name").unwrap_or_default(),
        role: row.text("contact_role").unwrap_or_default(),
        email: row.text("contact_email").unwrap_or_default(),
        phone: row.text("contact_phone").unwrap_or_default(),
    };
    if contact != Contact::default()
        && !p
            .contacts
            .iter()
            .any(|c| c.name == contact.name && c.email == contact.email)
    {
        p.contacts.push(contact);
    }
}

/// True for a type naming a primary school or a collège: the directory's bare « Ecole » (its
/// word for écoles maternelles, élémentaires and primaires) and « Collège ». The app's own
/// label for higher-education schools is « École supérieure », so its exports still read back.
fn below_lycee(text: &str) -> bool {
    let n = normalise(text);
    n == "ecole"
        || n == "college"
        || [
            "ecole maternelle",
            "ecole elementaire",
            "ecole primaire",
            "ecole de niveau elementaire",
            "college ",
        ]
        .iter()
        .any(|w| n.starts_with(w))
}

/// The kind a partner without a recognised type gets: an establishment of the directory
/// (it has a UAI) is taken for a lycée, anything else for a company.
fn default_kind(p: &Partner) -> PartnerKind {
    if p.uai.is_empty() {
        PartnerKind::Entreprise
    } else {
        PartnerKind::Lycee
    }
}

/// A lycée with a vocational track is a lycée professionnel for the campus.
fn refine(kind: PartnerKind, voie_pro: bool) -> PartnerKind {
    if kind == PartnerKind::Lycee && voie_pro {
        PartnerKind::LyceePro
    } else {
        kind
    }
}

/// Reads a partner type: the app's labels, the directory's `Type_etablissement` values and
/// common words (LP, SEP, GRETA, OPCO…).
pub fn partner_kind(text: &str) -> Option<PartnerKind> {
    let n = normalise(text);
    if let Some(k) = PartnerKind::ALL.into_iter().find(|k| {
        Lang::ALL
            .iter()
            .any(|l| normalise((l.strings().partner_kind_label)(*k)) == n)
            || normalise(&format!("{k:?}")) == n
    }) {
        return Some(k);
    }
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| n == *w || n.starts_with(&format!("{w} ")) || n.contains(&format!(" {w}")))
    };
    let kind = if has(&["lycee professionnel", "lp", "sep", "lycee des metiers"]) {
        PartnerKind::LyceePro
    } else if has(&["lycee", "lpo", "lgt", "erea", "eple", "lycee agricole"]) {
        PartnerKind::Lycee
    } else if has(&["cfa", "centre de formation d apprentis", "ufa"]) {
        PartnerKind::Cfa
    } else if has(&["universite", "epscp", "iut", "university"]) {
        PartnerKind::Universite
    } else if has(&["laboratoire", "labo", "umr", "recherche", "laboratory"]) {
        PartnerKind::Laboratoire
    } else if has(&["greta", "formation continue", "afpa", "gip fcip"]) {
        PartnerKind::FormationContinue
    } else if has(&["pole de competitivite", "pole", "cluster"]) {
        PartnerKind::PoleCompetitivite
    } else if has(&[
        "branche",
        "opco",
        "federation",
        "syndicat professionnel",
        "cci",
        "cma",
    ]) {
        PartnerKind::Branche
    } else if has(&["rectorat", "etat", "draaf", "dreets", "prefecture"]) {
        PartnerKind::Etat
    } else if has(&[
        "collectivite",
        "region",
        "conseil regional",
        "departement",
        "metropole",
        "communaute",
        "mairie",
    ]) {
        PartnerKind::Collectivite
    } else if has(&["association", "asso"]) {
        PartnerKind::Association
    } else if has(&["ecole", "school", "insa", "ensam"]) {
        PartnerKind::Ecole
    } else if has(&[
        "entreprise",
        "societe",
        "company",
        "sa",
        "sas",
        "sarl",
        "groupe",
    ]) {
        PartnerKind::Entreprise
    } else if has(&["etranger", "foreign", "partenaire etranger"]) {
        PartnerKind::Etranger
    } else {
        return None;
    };
    Some(kind)
}

impl Importable for Partner {
    const FIELDS: &'static [Field] = PARTNER_FIELDS;

    fn build(row: &RowValues<'_>, _: &Dossier, notes: &mut Notes) -> Option<Self> {
        let mut p = Self {
            country: "FR".into(),
            ..Self::default()
        };
        set_partner(&mut p, row, true, notes);
        Some(p)
    }

    fn update(&mut self, row: &RowValues<'_>, _: &Dossier) {
        set_partner(self, row, false, &mut Notes::default());
    }

    /// A partner with a UAI is matched by its UAI only (several UAIs share a SIRET, and
    /// directory names repeat: « École élémentaire publique »); without one, by SIRET, then by
    /// name and commune.
    fn keys(&self) -> Vec<(MatchKey, String)> {
        if !self.uai.is_empty() {
            return vec![(MatchKey::Uai, self.uai.text().to_uppercase())];
        }
        let mut k = Vec::new();
        if !self.siret.is_empty() {
            k.push((MatchKey::Siret, self.siret.text()));
        }
        k.push((MatchKey::Name, name_key(self)));
        k
    }

    fn all_keys(&self) -> Vec<(MatchKey, String)> {
        let mut k = Vec::new();
        if !self.uai.is_empty() {
            k.push((MatchKey::Uai, self.uai.text().to_uppercase()));
        }
        if !self.siret.is_empty() {
            k.push((MatchKey::Siret, self.siret.text()));
        }
        k.push((MatchKey::Name, name_key(self)));
        k
    }
}

fn name_key(p: &Partner) -> String {
    format!("{}@{}", normalise(&p.name), normalise(&p.commune))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_types_and_app_labels() {
        assert_eq!(partner_kind("Lycée"), Some(PartnerKind::Lycee));
        assert_eq!(
            partner_kind("Lycée professionnel"),
            Some(PartnerKind::LyceePro)
        );
        assert_eq!(partner_kind("CFA"), Some(PartnerKind::Cfa));
        assert_eq!(
            partner_kind("Université / EPSCP"),
            Some(PartnerKind::Universite)
        );
        assert_eq!(
            partner_kind("Pôle de compétitivité / cluster"),
            Some(PartnerKind::PoleCompetitivite)
        );
        assert_eq!(
            partner_kind("GRETA de Bretagne"),
            Some(PartnerKind::FormationContinue)
        );
        assert_eq!(partner_kind("Collège"), None);
        assert_eq!(partner_kind("École supérieure"), Some(PartnerKind::Ecole));
        for primary in ["Ecole", "École élémentaire", "Collège", "COLLEGE PUBLIC"] {
            assert!(below_lycee(primary), "{primary}");
        }
        for other in ["École supérieure", "Lycée", "École d'ingénieurs"] {
            assert!(!below_lycee(other), "{other}");
        }
        assert_eq!(refine(PartnerKind::Lycee, true), PartnerKind::LyceePro);
    }
}
