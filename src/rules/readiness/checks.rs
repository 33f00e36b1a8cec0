//! How each criterion is assessed.

use std::collections::BTreeSet;

use crate::model::Dossier;
use crate::model::partner::PartnerKind;
use crate::model::sector::FormationStatus;

use super::{Advice, Assessment, Check, Criterion, Evidence, Level, Names};

/// Assesses one criterion.
pub(super) fn assess(d: &Dossier, criterion: Criterion) -> Assessment {
    let (level, evidence, advice) = match criterion.check {
        Check::Convention => convention(d),
        Check::SchoolAndHigherEducation => school_and_higher(d),
        Check::Companies => kind_count(
            d,
            PartnerKind::Entreprise,
            3,
            Evidence::Companies,
            Advice::Companies,
        ),
        Check::Research => kind_count(
            d,
            PartnerKind::Laboratoire,
            1,
            Evidence::Research,
            Advice::Research,
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
        advice: advice.filter(|_| level != Level::Met),
        level,
        evidence,
    }
}

type Outcome = (Level, Vec<Evidence>, Option<Advice>);

/// The first six names and how many more.
fn names<'a>(it: impl Iterator<Item = &'a str>) -> Names {
    let all: Vec<&str> = it.collect();
    let shown = all.iter().take(6).map(|n| (*n).to_owned()).collect();
    Names {
        shown,
        more: all.len().saturating_sub(6),
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
    let evidence = vec![Evidence::Signed {
        signed,
        total: d.partners.len(),
    }];
    (level, evidence, Some(Advice::Convention))
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
        evidence.push(Evidence::Eple(names(eple.into_iter())));
    }
    if !sup.is_empty() {
        evidence.push(Evidence::HigherEducation(names(sup.into_iter())));
    }
    (level, evidence, Some(Advice::SchoolAndHigherEducation))
}

fn kind_count(
    d: &Dossier,
    kind: PartnerKind,
    enough: usize,
    evidence: fn(Names) -> Evidence,
    advice: Advice,
) -> Outcome {
    let found: Vec<&str> = d
        .partners
        .iter()
        .filter(|p| p.kind == kind)
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
        vec![evidence(names(found.into_iter()))]
    };
    (level, evidence, Some(advice))
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
        vec![Evidence::GovernanceMembers(names(
            members.iter().map(|p| p.name.as_str()),
        ))]
    };
    (level, evidence, Some(Advice::Governance))
}

fn support(d: &Dossier) -> Outcome {
    match d
        .campus
        .etablissement_support
        .as_ref()
        .and_then(|id| d.partner(id))
    {
        Some(p) if p.kind.is_eple() => (Level::Met, vec![Evidence::Name(p.name.clone())], None),
        Some(p) => (
            Level::Partly,
            vec![Evidence::Name(p.name.clone())],
            Some(Advice::SupportNotEple),
        ),
        None => (Level::Missing, Vec::new(), Some(Advice::SupportMissing)),
    }
}

fn director(d: &Dossier) -> Outcome {
    let p = &d.campus.directeur;
    if p.name.trim().is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::DirectorMissing))
    } else if p.email.trim().is_empty() && p.phone.trim().is_empty() {
        (
            Level::Partly,
            vec![Evidence::Name(p.name.clone())],
            Some(Advice::DirectorContact),
        )
    } else {
        (Level::Met, vec![Evidence::Name(p.name.clone())], None)
    }
}

fn president(d: &Dossier) -> Outcome {
    let p = &d.campus.president;
    if p.name.trim().is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::PresidentMissing))
    } else if !p.from_business {
        (
            Level::Partly,
            vec![Evidence::Name(p.name.clone())],
            Some(Advice::PresidentFromBusiness),
        )
    } else if p.organisation.is_empty() {
        (Level::Met, vec![Evidence::Name(p.name.clone())], None)
    } else {
        (
            Level::Met,
            vec![Evidence::PresidentOf {
                name: p.name.clone(),
                organisation: p.organisation.clone(),
            }],
            None,
        )
    }
}

fn formation_levels(d: &Dossier) -> Outcome {
    let levels: BTreeSet<u8> = d
        .sectors
        .iter()
        .flat_map(|s| s.formations.iter().map(|f| f.level))
        .collect();
    let (Some(&lo), Some(&hi)) = (levels.first(), levels.last()) else {
        return (Level::Missing, Vec::new(), Some(Advice::FormationsMissing));
    };
    let level = if lo <= 4 && hi >= 6 {
        Level::Met
    } else {
        Level::Partly
    };
    (
        level,
        vec![Evidence::Levels {
            lowest: lo,
            highest: hi,
        }],
        Some(Advice::FormationLevels),
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
        (Level::Missing, Vec::new(), Some(Advice::Apprenticeship))
    } else {
        (
            Level::Met,
            vec![Evidence::Apprenticeships(names(found.into_iter()))],
            None,
        )
    }
}

fn accommodation(d: &Dossier) -> Outcome {
    if d.campus.lieu_de_vie.trim().is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::Accommodation))
    } else {
        (
            Level::Met,
            vec![Evidence::Name(d.campus.lieu_de_vie.clone())],
            None,
        )
    }
}

fn international(d: &Dossier) -> Outcome {
    let mobilities: u64 = d.mobilities.iter().map(|m| u64::from(m.participants)).sum();
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
        evidence.push(Evidence::Participants(mobilities));
    }
    if !foreign.is_empty() {
        evidence.push(Evidence::Foreign(names(foreign.into_iter())));
    }
    (level, evidence, Some(Advice::International))
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
        vec![Evidence::CompleteActions {
            complete,
            total: d.actions.len(),
        }]
    };
    (level, evidence, Some(Advice::ActionPlan))
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
        vec![Evidence::CompleteIndicators {
            complete,
            total: d.indicators.len(),
        }]
    };
    (level, evidence, Some(Advice::Indicators))
}

fn label_duration(d: &Dossier) -> Outcome {
    let mut too_long = Vec::new();
    let mut unknown = 0;
    for x in &d.label_decisions {
        match (x.duration_years, x.regime()) {
            (Some(y), Some(r)) if y > r.max_years() || y == 0 => {
                too_long.push(Evidence::DurationOutOfRegime {
                    years: y,
                    reference: x.reference.clone(),
                });
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
    let mut evidence = too_long;
    evidence.push(Evidence::Decisions {
        total: d.label_decisions.len(),
        unknown,
    });
    (level, evidence, Some(Advice::LabelDuration))
}
