//! Checks of the partner list: identifiers, countries, governance.

use std::collections::HashMap;

use crate::model::Dossier;
use crate::model::partner::{Partner, PartnerKind};
use crate::model::reference;

use super::{Checks, Finding, RecordKind as _, duplicate_ids};

impl Checks for Partner {
    fn check_record(_: usize, p: &Self, path: &str, out: &mut Vec<Finding>) {
        if p.name.trim().is_empty() {
            out.push(Finding::error(
                "partenaire-nom",
                format!("{path}.name"),
                "le nom du partenaire est vide",
            ));
        }
        if let Some(e) = p.uai.error() {
            out.push(Finding::error(
                "uai-invalide",
                format!("{path}.uai"),
                e.to_string(),
            ));
        }
        if let Some(e) = p.siret.error() {
            out.push(Finding::error(
                "siret-invalide",
                format!("{path}.siret"),
                e.to_string(),
            ));
        }
        if !reference::is_country_code(&p.country) {
            out.push(Finding::error(
                "pays-invalide",
                format!("{path}.country"),
                format!(
                    "pays « {} » : indiquez le code ISO à deux lettres (FR, DE…)",
                    p.country
                ),
            ));
        } else if (p.kind == PartnerKind::Etranger) == (p.country == "FR") {
            out.push(Finding::warning(
                "pays-incoherent",
                format!("{path}.country"),
                if p.kind == PartnerKind::Etranger {
                    "partenaire étranger situé en France : vérifiez le pays ou le type"
                } else {
                    "partenaire situé hors de France : choisissez le type « Partenaire étranger »"
                },
            ));
        }
        if p.kind == PartnerKind::Etranger && !(p.uai.is_empty() && p.siret.is_empty()) {
            out.push(Finding::warning(
                "identifiant-etranger",
                format!("{path}.uai"),
                "un partenaire étranger n'a ni UAI ni SIRET",
            ));
        }
    }

    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, &d.partners, out);
        let mut uais: HashMap<&str, usize> = HashMap::new();
        for (i, p) in d.partners.iter().enumerate() {
            if let Some(uai) = p.uai.valid()
                && let Some(first) = uais.insert(uai.as_str(), i)
            {
                out.push(Finding::warning(
                    "uai-double",
                    format!("partners[{i}].uai"),
                    format!(
                        "l'UAI {uai} est aussi celui de « {} » : doublon ?",
                        d.partners.get(first).map_or("", |f| f.name.as_str())
                    ),
                ));
            }
        }
        governance(d, out);
    }

    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id
            || old.uai != new.uai
            || old.name != new.name
            || old.kind != new.kind
            || old.governance != new.governance
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id
    }
}

/// The 2014 wording of D335-33 asks for at least one EPLE and one EPSCP in the governance.
fn governance(d: &Dossier, out: &mut Vec<Finding>) {
    if d.partners.is_empty() {
        return;
    }
    let gov = || d.partners.iter().filter(|p| p.governance);
    if !gov().any(|p| p.kind.is_eple()) {
        out.push(Finding::warning(
            "gouvernance-eple",
            "partners",
            "aucun lycée (EPLE) ne siège à l'instance de gouvernance",
        ));
    }
    if !gov().any(|p| p.kind == PartnerKind::Universite) {
        out.push(Finding::warning(
            "gouvernance-epscp",
            "partners",
            "aucune université (EPSCP) ne siège à l'instance de gouvernance",
        ));
    }
}
