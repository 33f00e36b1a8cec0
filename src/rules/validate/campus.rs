//! Checks of the campus identity (its references to partners are in `references`).

use crate::model::Dossier;
use crate::model::reference;

use super::{Finding, Issue, email};

pub(super) fn check(d: &Dossier, out: &mut Vec<Finding>) {
    let c = &d.campus;
    if c.name.trim().is_empty() {
        out.push(Finding::error("campus.name", Issue::CampusName));
    }
    let region = reference::region(&c.region_academique);
    if region.is_none() {
        out.push(Finding::error(
            "campus.region_academique",
            Issue::RegionUnknown {
                code: c.region_academique.clone(),
            },
        ));
    }
    if c.academies.is_empty() {
        out.push(Finding::warning("campus.academies", Issue::AcademieMissing));
    }
    for (i, code) in c.academies.iter().enumerate() {
        let path = format!("campus.academies[{i}]");
        match reference::academie(code) {
            None => out.push(Finding::error(
                path,
                Issue::AcademieUnknown { code: code.clone() },
            )),
            Some(a) => {
                if let (Some(r), Some(ar)) = (region, a.region)
                    && ar != r.code
                {
                    out.push(Finding::warning(
                        path,
                        Issue::AcademieOutsideRegion {
                            academie: a.name.to_owned(),
                            region: r.name.to_owned(),
                        },
                    ));
                }
            }
        }
    }
    if reference::filiere(&c.secteur).is_none() {
        out.push(Finding::error(
            "campus.secteur",
            Issue::FiliereUnknown {
                code: c.secteur.clone(),
            },
        ));
    }
    email(&c.directeur.email, "campus.directeur.email".into(), out);
}
