//! Checks of the campus identity and of the label decisions.

use chrono::NaiveDate;

use crate::model::Dossier;
use crate::model::label::{DecisionKind, LabelCategory};
use crate::model::reference;

use super::{Finding, duplicate_ids, partner_ref};

/// The « excellence » category exists since the cahier des charges of 13 December 2018.
const EXCELLENCE_SINCE: Option<NaiveDate> = NaiveDate::from_ymd_opt(2018, 12, 13);

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
    if let Some(id) = &c.etablissement_support {
        partner_ref(d, id, "campus.etablissement_support".into(), out);
    }
    labels(d, out);
}

fn labels(d: &Dossier, out: &mut Vec<Finding>) {
    duplicate_ids(
        "label_decisions",
        d.label_decisions.iter().map(|x| x.id.as_str()),
        out,
    );
    if d.label_decisions.is_empty() {
        out.push(Finding::warning(
            "label-absent",
            "label_decisions",
            "aucune décision de labellisation enregistrée",
        ));
    }
    for (i, dec) in d.label_decisions.iter().enumerate() {
        let path = format!("label_decisions[{i}]");
        match dec.date {
            None => out.push(Finding::warning(
                "label-date",
                format!("{path}.date"),
                "date de l'arrêté non renseignée : la fin du label ne peut pas être calculée",
            )),
            Some(date) => {
                if dec.category == LabelCategory::Excellence
                    && EXCELLENCE_SINCE.is_some_and(|since| date < since)
                {
                    out.push(Finding::error(
                        "excellence-anterieure",
                        format!("{path}.category"),
                        "la catégorie « excellence » n'existe que depuis le cahier des charges du 13 décembre 2018",
                    ));
                }
            }
        }
        match (dec.duration_years, dec.regime()) {
            (None, _) => out.push(Finding::warning(
                "label-duree",
                format!("{path}.duration_years"),
                "durée du label non renseignée : la fin du label ne peut pas être calculée",
            )),
            (Some(0), _) => out.push(Finding::error(
                "label-duree",
                format!("{path}.duration_years"),
                "un label dure au moins un an",
            )),
            (Some(years), Some(regime)) if years > regime.max_years() => {
                out.push(Finding::error(
                    "label-duree",
                    format!("{path}.duration_years"),
                    format!(
                        "{years} ans dépasse la durée maximale de {} ans pour un label accordé {}",
                        regime.max_years(),
                        if regime.max_years() == 4 {
                            "avant le décret du 16 septembre 2019"
                        } else {
                            "depuis le décret du 16 septembre 2019"
                        }
                    ),
                ));
            }
            _ => {}
        }
        if i == 0 && dec.kind != DecisionKind::Creation {
            out.push(Finding::warning(
                "label-historique",
                format!("{path}.kind"),
                "la première décision de l'historique n'est pas une création : l'historique est-il complet ?",
            ));
        }
        if dec.kind == DecisionKind::PassageExcellence && dec.category != LabelCategory::Excellence
        {
            out.push(Finding::error(
                "label-categorie",
                format!("{path}.category"),
                "un passage « excellence » accorde la catégorie « excellence »",
            ));
        }
    }
}
