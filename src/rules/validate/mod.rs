//! Validation of a whole dossier: every finding at once, each with its field path.
//!
//! One file per section; this one holds the entry point and the checks shared by sections
//! (duplicate ids, dangling references).

mod campus;
mod mobilities;
mod partners;
mod plan;

use std::collections::HashSet;

use crate::model::Dossier;
use crate::model::ids::PartnerId;

use super::Finding;

/// Validates `dossier` and returns every finding, errors and warnings, in dossier order.
pub fn validate(dossier: &Dossier) -> Vec<Finding> {
    let mut out = Vec::new();
    campus::check(dossier, &mut out);
    partners::check(dossier, &mut out);
    plan::check(dossier, &mut out);
    mobilities::check(dossier, &mut out);
    out
}

/// Reports each id used twice in a list (`list[i].id`).
fn duplicate_ids<'a>(list: &str, ids: impl Iterator<Item = &'a str>, out: &mut Vec<Finding>) {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        if id.trim().is_empty() {
            out.push(Finding::error(
                "id-vide",
                format!("{list}[{i}].id"),
                "identifiant vide : chaque enregistrement a besoin d'un identifiant unique",
            ));
        } else if !seen.insert(id) {
            out.push(Finding::error(
                "id-double",
                format!("{list}[{i}].id"),
                format!("l'identifiant « {id} » est déjà utilisé plus haut dans la liste"),
            ));
        }
    }
}

/// Reports a partner reference that names no partner of the dossier.
fn partner_ref(dossier: &Dossier, id: &PartnerId, path: String, out: &mut Vec<Finding>) {
    if dossier.partner(id).is_none() {
        out.push(Finding::error(
            "reference-inconnue",
            path,
            format!("le partenaire « {id} » n'existe pas dans ce dossier (supprimé ?)"),
        ));
    }
}
