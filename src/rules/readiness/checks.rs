//! How each criterion is assessed.

use std::collections::BTreeSet;

use crate::model::Dossier;
use crate::model::partner::PartnerKind;
use crate::model::sector::FormationStatus;

use super::{Assessment, Check, Criterion, Level};

/// Assesses one criterion.
pub(super) fn assess(d: &Dossier, criterion: Criterion) -> Assessment {
    let (level, evidence, advice) = match criterion.check {
        Check::Convention => convention(d),
        Check::SchoolAndHigherEducation => school_and_higher(d),
        Check::Companies => kind_count(
            d,
            &[PartnerKind::Entreprise],
            3,
            "entreprise(s)",
            "Ajoutez les entreprises partenaires (au moins trois) et leur rôle.",
        ),
        Check::Research => kind_count(
            d,
            &[PartnerKind::Laboratoire],
            1,
            "laboratoire(s)",
            "Ajoutez une structure de recherche partenaire (laboratoire, plateforme technologique).",
        ),
        Check::Governance => governance(d),
        Check::Support => support(d),
        Check::Director => director(d),
        Check::PresidentFromBusiness => president(d),
        Check::FormationLevels => formation_levels(d),
        Check::Apprenticeship => apprenticeship(d),
        Check::Accommodation => accommodation(d),
        Check::International => international(d),
        Check::ActionPlan => action_plan(d),
        Check::Indicators => indicators(d),
        Check::LabelDuration => label_duration(d),
    };
    Assessment {
        criterion,
        advice: if level == Level::Met {
            String::new()
        } else {
            advice.to_owned()
        },
        level,
        evidence,
    }
}

type Outcome = (Level, Vec<String>, &'static str);

fn names<'a>(it: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = it.collect();
    if v.len() > 6 {
        format!("{} et {} autres", v[..6].join(", "), v.len() - 6)
    } else {
        v.join(", ")
    }
}

fn convention(d: &Dossier) -> Outcome {
    let signed = d
        .partners
        .iter()
        .filter(|p| p.convention_signed_on.is_some())
        .count();
    let level = match (signed, d.partners.len()) {
        (_, 0) | (0, _) => Level::Missing,
        (s, n) if s == n => Level::Met,
        _ => Level::Partly,
    };
    let evidence = vec![format!(
        "{signed} partenaire(s) sur {} ont signé la convention",
        d.partners.len()
    )];
    (
        level,
        evidence,
        "Renseignez la date de signature de la convention pour chaque partenaire.",
    )
}

fn school_and_higher(d: &Dossier) -> Outcome {
    let eple: Vec<&str> = d
        .partners
        .iter()
        .filter(|p| p.kind.is_eple())
        .map(|p| p.name.as_str())
        .collect();
    let sup: Vec<&str> = d
        .partners
        .iter()
        .filter(|p| matches!(p.kind, PartnerKind::Universite | PartnerKind::Ecole))
        .map(|p| p.name.as_str())
        .collect();
    let level = match (eple.is_empty(), sup.is_empty()) {
        (false, false) => Level::Met,
        (true, true) => Level::Missing,
        _ => Level::Partly,
    };
    let mut evidence = Vec::new();
    if !eple.is_empty() {
        evidence.push(format!("EPLE : {}", names(eple.into_iter())));
    }
    if !sup.is_empty() {
        evidence.push(format!(
            "Enseignement supérieur : {}",
            names(sup.into_iter())
        ));
    }
    (
        level,
        evidence,
        "Le réseau réunit au moins un lycée (EPLE) et un établissement d'enseignement supérieur.",
    )
}

fn kind_count(
    d: &Dossier,
    kinds: &[PartnerKind],
    enough: usize,
    what: &str,
    advice: &'static str,
) -> Outcome {
    let found: Vec<&str> = d
        .partners
        .iter()
        .filter(|p| kinds.contains(&p.kind))
        .map(|p| p.name.as_str())
        .collect();
    let level = if found.len() >= enough {
        Level::Met
    } else if found.is_empty() {
        Level::Missing
    } else {
        Level::Partly
    };
    let evidence = if found.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "{} {what} : {}",
            found.len(),
            names(found.into_iter())
        )]
    };
    (level, evidence, advice)
}

fn governance(d: &Dossier) -> Outcome {
    let members: Vec<_> = d.partners.iter().filter(|p| p.governance).collect();
    let has_eple = members.iter().any(|p| p.kind.is_eple());
    let has_sup = members
        .iter()
        .any(|p| matches!(p.kind, PartnerKind::Universite | PartnerKind::Ecole));
    let has_business = members
        .iter()
        .any(|p| matches!(p.kind, PartnerKind::Entreprise | PartnerKind::Branche));
    let level = if members.is_empty() {
        Level::Missing
    } else if has_eple && has_sup && has_business {
        Level::Met
    } else {
        Level::Partly
    };
    let evidence = if members.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "{} membre(s) : {}",
            members.len(),
            names(members.iter().map(|p| p.name.as_str()))
        )]
    };
    (
        level,
        evidence,
        "Cochez « Membre de la gouvernance » pour les partenaires qui y siègent : au moins un lycée, un établissement supérieur et une entreprise.",
    )
}

fn support(d: &Dossier) -> Outcome {
    match d
        .campus
        .etablissement_support
        .as_ref()
        .and_then(|id| d.partner(id))
    {
        Some(p) if p.kind.is_eple() => (Level::Met, vec![p.name.clone()], ""),
        Some(p) => (
            Level::Partly,
            vec![p.name.clone()],
            "L'établissement support est en général un EPLE, qui porte le budget et les personnels.",
        ),
        None => (
            Level::Missing,
            Vec::new(),
            "Choisissez l'établissement support dans Identité & label.",
        ),
    }
}

fn director(d: &Dossier) -> Outcome {
    let p = &d.campus.directeur;
    if p.name.trim().is_empty() {
        (
            Level::Missing,
            Vec::new(),
            "Renseignez le directeur opérationnel et ses coordonnées.",
        )
    } else if p.email.trim().is_empty() && p.phone.trim().is_empty() {
        (
            Level::Partly,
            vec![p.name.clone()],
            "Ajoutez l'e-mail ou le téléphone du directeur opérationnel.",
        )
    } else {
        (Level::Met, vec![p.name.clone()], "")
    }
}

fn president(d: &Dossier) -> Outcome {
    let p = &d.campus.president;
    if p.name.trim().is_empty() {
        (
            Level::Missing,
            Vec::new(),
            "Renseignez le président de l'instance de gouvernance.",
        )
    } else if !p.from_business {
        (
            Level::Partly,
            vec![p.name.clone()],
            "Le président est attendu issu du monde économique : cochez la case s'il l'est.",
        )
    } else {
        let org = if p.organisation.is_empty() {
            String::new()
        } else {
            format!(" ({})", p.organisation)
        };
        (Level::Met, vec![format!("{}{org}", p.name)], "")
    }
}

fn formation_levels(d: &Dossier) -> Outcome {
    let levels: BTreeSet<u8> = d
        .sectors
        .iter()
        .flat_map(|s| s.formations.iter().map(|f| f.level))
        .collect();
    let (Some(&lo), Some(&hi)) = (levels.first(), levels.last()) else {
        return (
            Level::Missing,
            Vec::new(),
            "Ajoutez les formations du campus, du CAP (niveau 3) à l'enseignement supérieur.",
        );
    };
    let level = if lo <= 4 && hi >= 6 {
        Level::Met
    } else {
        Level::Partly
    };
    (
        level,
        vec![format!("Niveaux {lo} à {hi}")],
        "Étendez l'offre du niveau 3 ou 4 jusqu'au niveau 6 au moins (licence, BUT).",
    )
}

fn apprenticeship(d: &Dossier) -> Outcome {
    let found: Vec<&str> = d
        .sectors
        .iter()
        .flat_map(|s| s.formations.iter())
        .filter(|f| f.status == FormationStatus::Apprentissage)
        .map(|f| f.diploma.as_str())
        .collect();
    if found.is_empty() {
        (
            Level::Missing,
            Vec::new(),
            "Ajoutez les formations ouvertes en apprentissage.",
        )
    } else {
        (
            Level::Met,
            vec![format!(
                "{} formation(s) : {}",
                found.len(),
                names(found.into_iter())
            )],
            "",
        )
    }
}

fn accommodation(d: &Dossier) -> Outcome {
    if d.campus.lieu_de_vie.trim().is_empty() {
        (
            Level::Missing,
            Vec::new(),
            "Décrivez l'hébergement et le lieu de vie (Identité & label).",
        )
    } else {
        (Level::Met, vec![d.campus.lieu_de_vie.clone()], "")
    }
}

fn international(d: &Dossier) -> Outcome {
    let mobilities: u32 = d.mobilities.iter().map(|m| m.participants).sum();
    let foreign: Vec<&str> = d
        .partners
        .iter()
        .filter(|p| p.kind == PartnerKind::Etranger)
        .map(|p| p.name.as_str())
        .collect();
    let level = match (mobilities > 0, !foreign.is_empty()) {
        (true, true) => Level::Met,
        (false, false) => Level::Missing,
        _ => Level::Partly,
    };
    let mut evidence = Vec::new();
    if mobilities > 0 {
        evidence.push(format!("{mobilities} participant(s) en mobilité Erasmus+"));
    }
    if !foreign.is_empty() {
        evidence.push(format!(
            "Partenaires étrangers : {}",
            names(foreign.into_iter())
        ));
    }
    (
        level,
        evidence,
        "Ajoutez les mobilités Erasmus+ et les partenaires étrangers du campus.",
    )
}

fn action_plan(d: &Dossier) -> Outcome {
    let complete = d
        .actions
        .iter()
        .filter(|a| a.start.is_some() && a.end.is_some() && a.lead.is_some() && a.total_cents() > 0)
        .count();
    let level = match (complete, d.actions.len()) {
        (_, 0) => Level::Missing,
        (c, n) if c == n => Level::Met,
        _ => Level::Partly,
    };
    let evidence = if d.actions.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "{complete} action(s) sur {} ont dates, pilote et budget",
            d.actions.len()
        )]
    };
    (
        level,
        evidence,
        "Chaque action a besoin d'un début, d'une fin, d'un pilote et d'un budget.",
    )
}

fn indicators(d: &Dossier) -> Outcome {
    let latest_year = d
        .indicators
        .iter()
        .filter_map(|i| i.values.keys().next_back())
        .max()
        .copied();
    let complete = d
        .indicators
        .iter()
        .filter(|i| {
            i.target.is_some()
                && latest_year
                    .is_some_and(|y| i.values.keys().next_back().is_some_and(|k| *k >= y - 1))
        })
        .count();
    let level = match (complete, d.indicators.len()) {
        (_, 0) => Level::Missing,
        (c, n) if c == n => Level::Met,
        _ => Level::Partly,
    };
    let evidence = if d.indicators.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "{complete} indicateur(s) sur {} ont une cible et une valeur récente",
            d.indicators.len()
        )]
    };
    (
        level,
        evidence,
        "Donnez à chaque indicateur une cible et la valeur de la dernière année.",
    )
}

fn label_duration(d: &Dossier) -> Outcome {
    let mut too_long = Vec::new();
    let mut unknown = 0;
    for x in &d.label_decisions {
        match (x.duration_years, x.regime()) {
            (Some(y), Some(r)) if y > r.max_years() || y == 0 => {
                too_long.push(format!("{y} ans ({})", x.reference));
            }
            (Some(_), Some(_)) => {}
            _ => unknown += 1,
        }
    }
    let level = if d.label_decisions.is_empty() || !too_long.is_empty() {
        Level::Missing
    } else if unknown > 0 {
        Level::Partly
    } else {
        Level::Met
    };
    let mut evidence: Vec<String> = too_long
        .into_iter()
        .map(|t| format!("Durée hors régime : {t}"))
        .collect();
    evidence.push(format!(
        "{} décision(s), {unknown} sans date ou sans durée",
        d.label_decisions.len()
    ));
    (
        level,
        evidence,
        "Renseignez la date et la durée de chaque arrêté ; 4 ans au plus avant le 16 septembre 2019, 5 ans après.",
    )
}
