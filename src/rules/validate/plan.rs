//! Checks of sectors and formations, the plan d'actions, indicators and milestones.

use std::collections::HashSet;

use crate::model::Dossier;
use crate::model::milestone::MilestoneKind;
use crate::model::sector::LEVELS;

use super::{Finding, duplicate_ids, partner_ref};

pub(super) fn check(d: &Dossier, out: &mut Vec<Finding>) {
    sectors(d, out);
    actions(d, out);
    indicators(d, out);
    milestones(d, out);
}

fn sectors(d: &Dossier, out: &mut Vec<Finding>) {
    duplicate_ids("sectors", d.sectors.iter().map(|s| s.id.as_str()), out);
    let mut formation_ids = HashSet::new();
    for (i, s) in d.sectors.iter().enumerate() {
        for (j, f) in s.formations.iter().enumerate() {
            let path = format!("sectors[{i}].formations[{j}]");
            if !formation_ids.insert(f.id.as_str()) {
                out.push(Finding::error(
                    "id-double",
                    format!("{path}.id"),
                    format!(
                        "l'identifiant « {} » est déjà utilisé par une autre formation",
                        f.id
                    ),
                ));
            }
            if !LEVELS.contains(&f.level) {
                out.push(Finding::error(
                    "niveau-invalide",
                    format!("{path}.level"),
                    format!(
                        "niveau {} : le cadre national va du niveau 3 (CAP) au niveau 8 (doctorat)",
                        f.level
                    ),
                ));
            }
            if let Some(id) = &f.etablissement {
                partner_ref(d, id, format!("{path}.etablissement"), out);
            }
        }
    }
}

fn actions(d: &Dossier, out: &mut Vec<Finding>) {
    duplicate_ids("actions", d.actions.iter().map(|a| a.id.as_str()), out);
    for (i, a) in d.actions.iter().enumerate() {
        let path = format!("actions[{i}]");
        if a.title.trim().is_empty() {
            out.push(Finding::error(
                "action-titre",
                format!("{path}.title"),
                "l'action n'a pas de titre",
            ));
        }
        if let (Some(s), Some(e)) = (a.start, a.end)
            && e < s
        {
            out.push(Finding::error(
                "dates-inversees",
                format!("{path}.end"),
                format!("la fin ({e}) précède le début ({s})"),
            ));
        }
        if let Some(id) = &a.lead {
            partner_ref(d, id, format!("{path}.lead"), out);
        }
        for (j, id) in a.partners.iter().enumerate() {
            partner_ref(d, id, format!("{path}.partners[{j}]"), out);
        }
        for (j, line) in a.budget.iter().enumerate() {
            if line.amount_cents < 0 {
                out.push(Finding::error(
                    "montant-negatif",
                    format!("{path}.budget[{j}].amount_cents"),
                    "un montant de budget ne peut pas être négatif",
                ));
            }
        }
        for (j, id) in a.indicators.iter().enumerate() {
            if !d.indicators.iter().any(|x| &x.id == id) {
                out.push(Finding::error(
                    "reference-inconnue",
                    format!("{path}.indicators[{j}]"),
                    format!("l'indicateur « {id} » n'existe pas dans ce dossier (supprimé ?)"),
                ));
            }
        }
    }
}

fn indicators(d: &Dossier, out: &mut Vec<Finding>) {
    duplicate_ids(
        "indicators",
        d.indicators.iter().map(|x| x.id.as_str()),
        out,
    );
    let mut codes = HashSet::new();
    for (i, ind) in d.indicators.iter().enumerate() {
        let path = format!("indicators[{i}]");
        if ind.code.trim().is_empty() {
            out.push(Finding::error(
                "indicateur-code",
                format!("{path}.code"),
                "l'indicateur n'a pas de code",
            ));
        } else if !codes.insert(ind.code.as_str()) {
            out.push(Finding::error(
                "indicateur-code",
                format!("{path}.code"),
                format!(
                    "le code « {} » est déjà utilisé par un autre indicateur",
                    ind.code
                ),
            ));
        }
        let non_finite = ind.target.is_some_and(|t| !t.is_finite())
            || ind.values.values().any(|v| !v.is_finite());
        if non_finite {
            out.push(Finding::error(
                "valeur-invalide",
                format!("{path}.values"),
                "valeur non numérique (NaN ou infinie)",
            ));
        }
    }
}

fn milestones(d: &Dossier, out: &mut Vec<Finding>) {
    duplicate_ids(
        "milestones",
        d.milestones.iter().map(|m| m.id.as_str()),
        out,
    );
    for (i, m) in d.milestones.iter().enumerate() {
        if m.kind == MilestoneKind::Autre && m.title.trim().is_empty() {
            out.push(Finding::warning(
                "jalon-titre",
                format!("milestones[{i}].title"),
                "donnez un titre à ce jalon « Autre »",
            ));
        }
    }
}
