//! Checks of the partner list: identifiers, countries, governance.

use std::collections::HashMap;

use crate::model::Dossier;
use crate::model::erasmus;
use crate::model::partner::{Partner, PartnerKind};
use crate::model::reference;

use super::{Checks, Finding, Issue, RecordKind as _, duplicate_ids, email};

impl Checks for Partner {
    fn check_record(_: usize, p: &Self, path: &str, out: &mut Vec<Finding>) {
        if p.name.trim().is_empty() {
            out.push(Finding::error(format!("{path}.name"), Issue::PartnerName));
        }
        if let Some(e) = p.uai.error() {
            out.push(Finding::error(format!("{path}.uai"), Issue::Uai(e)));
        }
        if let Some(e) = p.siret.error() {
            out.push(Finding::error(format!("{path}.siret"), Issue::Siret(e)));
        }
        if !reference::is_country_code(&p.country) {
            out.push(Finding::error(
                format!("{path}.country"),
                Issue::Country {
                    country: p.country.clone(),
                },
            ));
        } else if (p.kind == PartnerKind::Etranger) == (p.country == "FR") {
            out.push(Finding::warning(
                format!("{path}.country"),
                if p.kind == PartnerKind::Etranger {
                    Issue::ForeignInFrance
                } else {
                    Issue::AbroadNotForeign
                },
            ));
        }
        if !p.oid.trim().is_empty() && !erasmus::is_oid(p.oid.trim()) {
            out.push(Finding::error(
                format!("{path}.oid"),
                Issue::Oid { oid: p.oid.clone() },
            ));
        }
        for (j, c) in p.contacts.iter().enumerate() {
            email(&c.email, format!("{path}.contacts[{j}].email"), out);
        }
        if p.kind == PartnerKind::Etranger && !(p.uai.is_empty() && p.siret.is_empty()) {
            out.push(Finding::warning(
                format!("{path}.uai"),
                Issue::ForeignWithIdentifier,
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
                    format!("partners[{i}].uai"),
                    Issue::UaiDuplicate {
                        uai: uai.as_str().to_owned(),
                        other: d
                            .partners
                            .get(first)
                            .map_or_else(String::new, |f| f.name.clone()),
                    },
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
        out.push(Finding::warning("partners", Issue::GovernanceNoEple));
    }
    if !gov().any(|p| p.kind == PartnerKind::Universite) {
        out.push(Finding::warning("partners", Issue::GovernanceNoEpscp));
    }
}
