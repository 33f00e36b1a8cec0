//! Cross-reference checks: every partner, indicator or label decision named by id exists in the
//! dossier.

use std::collections::HashSet;

use crate::model::Dossier;

use super::{Finding, Issue};

/// Findings about ids that name no record: the campus's établissement support, formations'
/// établissements, actions' lead, partners and indicators.
pub(super) fn check(d: &Dossier, out: &mut Vec<Finding>) {
    let partners: HashSet<&str> = d.partners.iter().map(|p| p.id.as_str()).collect();
    let indicators: HashSet<&str> = d.indicators.iter().map(|x| x.id.as_str()).collect();
    let mut partner_ref = |id: &str, path: String| {
        if !partners.contains(id) {
            out.push(Finding::error(
                path,
                Issue::UnknownPartner { id: id.to_owned() },
            ));
        }
    };
    if let Some(id) = &d.campus.etablissement_support {
        partner_ref(id.as_str(), "campus.etablissement_support".into());
    }
    for (i, s) in d.sectors.iter().enumerate() {
        for (j, f) in s.formations.iter().enumerate() {
            if let Some(id) = &f.etablissement {
                partner_ref(
                    id.as_str(),
                    format!("sectors[{i}].formations[{j}].etablissement"),
                );
            }
        }
    }
    for (i, a) in d.actions.iter().enumerate() {
        if let Some(id) = &a.lead {
            partner_ref(id.as_str(), format!("actions[{i}].lead"));
        }
        for (j, id) in a.partners.iter().enumerate() {
            partner_ref(id.as_str(), format!("actions[{i}].partners[{j}]"));
        }
    }
    // A milestone settles the deadlines of a period: it names a decision that grants a label.
    for (i, m) in d.milestones.iter().enumerate() {
        if let Some(id) = &m.decision
            && !d
                .label_decisions
                .iter()
                .any(|x| &x.id == id && x.kind.grants())
        {
            out.push(Finding::error(
                format!("milestones[{i}].decision"),
                Issue::UnknownDecision { id: id.0.clone() },
            ));
        }
    }
    for (i, a) in d.actions.iter().enumerate() {
        for (j, id) in a.indicators.iter().enumerate() {
            if !indicators.contains(id.as_str()) {
                out.push(Finding::error(
                    format!("actions[{i}].indicators[{j}]"),
                    Issue::UnknownIndicator { id: id.to_string() },
                ));
            }
        }
    }
}
