//! Checks of the campus identity (its references to partners are in `references`).

use crate::model::Dossier;
use crate::model::reference;

use super::Finding;

pub(super) fn check(d: &Dossier, out: &mut Vec<Finding>) {
    let c = &d.campus;
    if c.name.trim().is_empty() {
        out.push(Finding::error(
            "campus-nom",
            "campus.name",
            "le nom du campus est vide",
        ));
    }
    let region = reference::region(&c.region_academique);
    if region.is_none() {
        out.push(Finding::error(
            "region-inconnue",
            "campus.region_academique",
            format!(
                "région académique « {} » inconnue : indiquez son code INSEE (27 pour Bourgogne-Franche-Comté…)",
                c.region_academique
            ),
        ));
    }
    if c.academies.is_empty() {
        out.push(Finding::warning(
            "academie-absente",
            "campus.academies",
            "aucune académie indiquée",
        ));
    }
    for (i, code) in c.academies.iter().enumerate() {
        let path = format!("campus.academies[{i}]");
        match reference::academie(code) {
            None => out.push(Finding::error(
                "academie-inconnue",
                path,
                format!("académie « {code} » inconnue : indiquez son code BCN (03 pour Besançon…)"),
            )),
            Some(a) => {
                if let (Some(r), Some(ar)) = (region, a.region)
                    && ar != r.code
                {
                    out.push(Finding::warning(
                        "academie-hors-region",
                        path,
                        format!(
                            "l'académie de {} n'appartient pas à la région académique {}",
                            a.name, r.name
                        ),
                    ));
                }
            }
        }
    }
    if reference::filiere(&c.secteur).is_none() {
        out.push(Finding::error(
            "filiere-inconnue",
            "campus.secteur",
            format!(
                "filière « {} » inconnue : choisissez une des 12 filières nationales",
                c.secteur
            ),
        ));
    }
}
