//! How each criterion is assessed.

use std::collections::BTreeSet;

use crate::model::Dossier;
use crate::model::mobility::{Direction, ParticipantKind};
use crate::model::partner::PartnerKind;
use crate::model::sector::FormationStatus;

use super::{Advice, Assessment, Check, Criterion, Evidence, Level, Names};

/// Assesses one criterion.
pub(super) fn assess(d: &Dossier, criterion: Criterion) -> Assessment {
    let (level, evidence, advice) = match criterion.check {
        Check::Convention => convention(d),
        Check::Eple => eple(d),
        Check::Governance => governance(d),
        Check::Accommodation => written(&d.campus.lieu_de_vie, Level::Met, Advice::Accommodation),
        Check::Publics => publics(d),
        Check::Opportunity => text_part(
            &d.application.opportunite,
            "opportunite",
            Advice::Opportunity,
        ),
        Check::GovernanceStateRegionEconomy => governance_sides(d),
        Check::Continuum => continuum(d),
        Check::MixedStatuses => mixed_statuses(d),
        Check::Inclusion => inclusion(d),
        Check::Orientation => orientation(d),
        Check::International => international(d),
        Check::PlaceOfLife => written(&d.campus.lieu_de_vie, Level::ToCheck, Advice::PlaceOfLife),
        Check::Research => research(d),
        Check::Reach => reach(d),
        Check::EuropeanPartnerships => european_partnerships(d),
        Check::PedagogicalInnovation => text_part(
            &d.application.projet_pedagogique,
            "projet_pedagogique",
            Advice::PedagogicalInnovation,
        ),
        Check::Support => support(d),
        Check::Director => director(d),
        Check::PresidentFromBusiness => president(d),
        Check::ActionPlan => action_plan(d),
        Check::Indicators => indicators(d),
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

/// The convention binds the network's French members; a host abroad signs no French
/// convention (its Erasmus+ agreement is another document).
fn convention(d: &Dossier) -> Outcome {
    let french: Vec<_> = d
        .partners
        .iter()
        .filter(|p| p.kind != PartnerKind::Etranger)
        .collect();
    let signed = french
        .iter()
        .filter(|p| p.convention_signed_on.is_some())
        .count();
    let level = match (signed, french.len()) {
        (_, 0) | (0, _) => Level::Missing,
        (s, n) if s == n => Level::Met,
        _ => Level::Partly,
    };
    let evidence = vec![Evidence::Signed {
        signed,
        total: french.len(),
    }];
    (level, evidence, Some(Advice::Convention))
}

fn eple(d: &Dossier) -> Outcome {
    let found = partners(d, PartnerKind::is_eple);
    if found.is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::Eple))
    } else {
        (
            Level::Met,
            vec![Evidence::Eple(names(found.into_iter()))],
            None,
        )
    }
}

/// The names of the partners whose kind passes `kind`.
fn partners(d: &Dossier, kind: impl Fn(PartnerKind) -> bool) -> Vec<&str> {
    d.partners
        .iter()
        .filter(|p| kind(p.kind))
        .map(|p| p.name.as_str())
        .collect()
}

fn governance(d: &Dossier) -> Outcome {
    let members: Vec<&str> = d
        .partners
        .iter()
        .filter(|p| p.governance)
        .map(|p| p.name.as_str())
        .collect();
    if members.is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::Governance))
    } else {
        (
            Level::Met,
            vec![Evidence::GovernanceMembers(names(members.into_iter()))],
            None,
        )
    }
}

fn governance_sides(d: &Dossier) -> Outcome {
    let members: Vec<_> = d.partners.iter().filter(|p| p.governance).collect();
    let state = members.iter().any(|p| p.kind == PartnerKind::Etat);
    let region = members.iter().any(|p| p.kind == PartnerKind::Collectivite);
    let economy = members.iter().any(|p| {
        matches!(
            p.kind,
            PartnerKind::Entreprise | PartnerKind::Branche | PartnerKind::PoleCompetitivite
        )
    });
    let level = match (state, region, economy) {
        (true, true, true) => Level::Met,
        (false, false, false) => Level::Missing,
        _ => Level::Partly,
    };
    (
        level,
        vec![Evidence::GovernanceSides {
            state,
            region,
            economy,
        }],
        Some(Advice::GovernanceSides),
    )
}

/// A text of the dossier: written is `level` (met for what the law asks, to judge for what
/// « excellence » asks of it).
fn written(text: &str, level: Level, advice: Advice) -> Outcome {
    if text.trim().is_empty() {
        (Level::Missing, Vec::new(), Some(advice))
    } else {
        (level, vec![Evidence::Name(text.to_owned())], Some(advice))
    }
}

/// A part of the application: written, it is for the referent to judge (the evidence says
/// so; the advice is to write it).
fn text_part(text: &str, field: &'static str, advice: Advice) -> Outcome {
    if text.trim().is_empty() {
        (Level::Missing, Vec::new(), Some(advice))
    } else {
        (Level::ToCheck, vec![Evidence::TextWritten(field)], None)
    }
}

fn formations(d: &Dossier) -> impl Iterator<Item = &crate::model::sector::Formation> {
    d.sectors.iter().flat_map(|s| s.formations.iter())
}

fn publics(d: &Dossier) -> Outcome {
    let has = |status: FormationStatus| formations(d).any(|f| f.status == status);
    let pupils = formations(d).any(|f| f.status == FormationStatus::Scolaire && f.level <= 5);
    let students = formations(d).any(|f| f.level >= 6)
        || d.partners
            .iter()
            .any(|p| matches!(p.kind, PartnerKind::Universite | PartnerKind::Ecole));
    let apprentices = has(FormationStatus::Apprentissage);
    let adults = has(FormationStatus::FormationContinue)
        || d.partners
            .iter()
            .any(|p| p.kind == PartnerKind::FormationContinue);
    let level = match [pupils, students, apprentices, adults]
        .iter()
        .filter(|x| **x)
        .count()
    {
        4 => Level::Met,
        0 => Level::Missing,
        _ => Level::Partly,
    };
    (
        level,
        vec![Evidence::Publics {
            pupils,
            students,
            apprentices,
            adults,
        }],
        Some(Advice::Publics),
    )
}

fn continuum(d: &Dossier) -> Outcome {
    let levels: BTreeSet<u8> = formations(d).map(|f| f.level).collect();
    let (Some(&lo), Some(&hi)) = (levels.first(), levels.last()) else {
        return (Level::Missing, Vec::new(), Some(Advice::Continuum));
    };
    // Secondary (CAP, bac: levels 3–4) and higher education (licence and above: 6+).
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
        Some(Advice::Continuum),
    )
}

fn mixed_statuses(d: &Dossier) -> Outcome {
    let statuses: BTreeSet<FormationStatus> = formations(d).map(|f| f.status).collect();
    let level = match statuses.len() {
        0 => Level::Missing,
        1 | 2 => Level::Partly,
        _ => Level::Met,
    };
    let evidence = if statuses.is_empty() {
        Vec::new()
    } else {
        vec![Evidence::Statuses {
            school: statuses.contains(&FormationStatus::Scolaire),
            apprenticeship: statuses.contains(&FormationStatus::Apprentissage),
            continuing: statuses.contains(&FormationStatus::FormationContinue),
        }]
    };
    (level, evidence, Some(Advice::MixedStatuses))
}

fn inclusion(d: &Dossier) -> Outcome {
    let fewer: u64 = d
        .mobilities
        .iter()
        .filter(|m| m.fewer_opportunities)
        .count() as u64;
    if fewer == 0 {
        (Level::Missing, Vec::new(), Some(Advice::Inclusion))
    } else {
        (
            Level::ToCheck,
            vec![Evidence::FewerOpportunities(fewer)],
            Some(Advice::Inclusion),
        )
    }
}

fn orientation(d: &Dossier) -> Outcome {
    let about = |text: &str| {
        let t = text.to_lowercase();
        t.contains("orientation") || t.contains("attractivit")
    };
    let found: Vec<&str> = d
        .actions
        .iter()
        .filter(|a| about(&a.axis) || about(&a.title))
        .map(|a| a.title.as_str())
        .collect();
    if found.is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::Orientation))
    } else {
        (
            Level::ToCheck,
            vec![Evidence::Actions(names(found.into_iter()))],
            Some(Advice::Orientation),
        )
    }
}

/// Learners of the campus who go abroad (participants coming in belong to the sending
/// country's project).
fn outgoing_learners(d: &Dossier) -> u64 {
    d.mobilities
        .iter()
        .filter(|m| {
            m.direction == Direction::Sortante && m.participant == ParticipantKind::Apprenants
        })
        .count() as u64
}

fn international(d: &Dossier) -> Outcome {
    let learners = outgoing_learners(d);
    if learners == 0 {
        (Level::Missing, Vec::new(), Some(Advice::International))
    } else {
        (Level::Met, vec![Evidence::OutgoingLearners(learners)], None)
    }
}

fn research(d: &Dossier) -> Outcome {
    let found = partners(d, |k| k == PartnerKind::Laboratoire);
    if found.is_empty() {
        (Level::Missing, Vec::new(), Some(Advice::Research))
    } else {
        (
            Level::Met,
            vec![Evidence::Research(names(found.into_iter()))],
            None,
        )
    }
}

fn reach(d: &Dossier) -> Outcome {
    let learners = outgoing_learners(d);
    let foreign = partners(d, |k| k == PartnerKind::Etranger);
    let level = match (learners > 0, !foreign.is_empty()) {
        (true, true) => Level::ToCheck,
        (false, false) => Level::Missing,
        _ => Level::Partly,
    };
    let mut evidence = Vec::new();
    if learners > 0 {
        evidence.push(Evidence::OutgoingLearners(learners));
    }
    if !foreign.is_empty() {
        evidence.push(Evidence::Foreign(names(foreign.into_iter())));
    }
    (level, evidence, Some(Advice::Reach))
}

fn european_partnerships(d: &Dossier) -> Outcome {
    let foreign = partners(d, |k| k == PartnerKind::Etranger);
    if foreign.is_empty() {
        (
            Level::Missing,
            Vec::new(),
            Some(Advice::EuropeanPartnerships),
        )
    } else {
        (
            Level::Met,
            vec![Evidence::Foreign(names(foreign.into_iter()))],
            None,
        )
    }
}

/// Any member may carry the campus: usually a lycée, sometimes a university (MOBICAMPUS, seed
/// 000).
fn support(d: &Dossier) -> Outcome {
    match d
        .campus
        .etablissement_support
        .as_ref()
        .and_then(|id| d.partner(id))
    {
        Some(p) => (Level::Met, vec![Evidence::Name(p.name.clone())], None),
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
