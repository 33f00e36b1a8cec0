//! The Erasmus+ grant estimate (`shared/domain.md` §5.4): for each participant, the travel
//! distance and its band, travel (standard or green), individual support by receiving-country
//! group and days (funded travel days included), organisational support (so much up to the
//! 100th participant of the project, less after), inclusion support and course fees; per
//! project, the totals against the grant awarded and the targets planned vs implemented.
//!
//! Amounts come from the unit-cost table of the project's call year ([`super::grant`]); what the
//! table does not give is unknown (`None`), never guessed, and the estimate says whether the
//! table was checked. Choices where the sources are silent: accompanying persons are paid
//! the staff's day rates and no organisational support (they are not counted among the
//! project's participants); invited experts and hosted teachers are paid as staff.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Dossier;
use crate::model::ids::{MobilityId, ProjectId};
use crate::model::mobility::{ActivityType, Mobility, ParticipantKind};
use crate::model::project::Project;

use super::gazetteer;
use super::grant::{Traveller, UnitCosts, for_call, great_circle_km};

/// How the distance of a participant was found, or why it was not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Distance {
    /// Typed from the EC Distance Calculator.
    Typed(u32),
    /// Measured between the two cities of the gazetteer.
    Measured(u32),
    /// The departure city is not in the gazetteer (or not given).
    DepartureNotFound,
    /// The receiving city is not in the gazetteer (or not given).
    DestinationNotFound,
}

impl Distance {
    /// The distance in km, when known.
    pub fn km(&self) -> Option<u32> {
        match self {
            Self::Typed(km) | Self::Measured(km) => Some(*km),
            Self::DepartureNotFound | Self::DestinationNotFound => None,
        }
    }
}

/// The estimate of one participant's grant (€).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ParticipantCost {
    /// The mobility record.
    pub id: MobilityId,
    /// Its Mobility activity ID.
    pub activity_id: String,
    /// Its project's reference (empty without a project).
    pub project: String,
    /// The one-way distance, or why it is unknown.
    pub distance: Distance,
    /// The one-way distance in km, when known.
    pub distance_km: Option<u32>,
    /// The band (`500–1999`), when the distance and the table are known.
    pub band: Option<String>,
    /// Travel (the band's amount covers the return trip).
    pub travel_eur: Option<u32>,
    /// Individual support.
    pub individual_support_eur: Option<u32>,
    /// Organisational support.
    pub organisational_support_eur: Option<u32>,
    /// Inclusion support (0 for a participant without fewer opportunities).
    pub inclusion_support_eur: Option<u32>,
    /// Course fees (0 outside courses and training).
    pub course_fees_eur: Option<u32>,
    /// The sum of the known amounts.
    pub total_eur: u32,
    /// Every amount is known.
    pub complete: bool,
    /// The call year's table was checked against the Programme Guide.
    pub verified: bool,
}

/// Planned and implemented figures of one activity type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Participants (accompanying persons excluded).
    pub participants: u32,
    /// Days of activity, all participants together.
    pub days: u32,
    /// Accompanying persons.
    pub accompanying: u32,
    /// Participants with fewer opportunities.
    pub fewer_opportunities: u32,
    /// Participants travelling green.
    pub green_travel: u32,
}

/// One line of the targets: an activity type, planned vs implemented.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TargetLine {
    /// The activity type.
    pub activity: ActivityType,
    /// What the application announced.
    pub planned: Figures,
    /// What the participants recorded make.
    pub implemented: Figures,
}

/// The estimate of one project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProjectBudget {
    /// The project record.
    pub id: ProjectId,
    /// Its reference.
    pub reference: String,
    /// Its call year.
    pub call_year: u16,
    /// The grant awarded, when recorded.
    pub grant_eur: Option<u32>,
    /// Its participants.
    pub participants: u32,
    /// Sum of the participants' travel.
    pub travel_eur: u32,
    /// Sum of their individual support.
    pub individual_support_eur: u32,
    /// Sum of their organisational support.
    pub organisational_support_eur: u32,
    /// Sum of their inclusion support.
    pub inclusion_support_eur: u32,
    /// Sum of their course fees.
    pub course_fees_eur: u32,
    /// The estimate.
    pub total_eur: u32,
    /// Every participant's estimate is complete.
    pub complete: bool,
    /// The call year's table was checked.
    pub verified: bool,
    /// Targets planned vs implemented, per activity type.
    pub targets: Vec<TargetLine>,
}

/// The estimate of a dossier: every participant, then every project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Estimate {
    /// One line per participant, in the dossier's order.
    pub participants: Vec<ParticipantCost>,
    /// One line per project, in the dossier's order.
    pub projects: Vec<ProjectBudget>,
}

/// The estimate of `d` with the unit-cost `tables` (shipped and dropped in).
pub fn estimate(d: &Dossier, tables: &[UnitCosts]) -> Estimate {
    let all: Vec<usize> = (0..d.mobilities.len()).collect();
    let participants = costs(d, &all, tables);
    let projects = d
        .projects
        .iter()
        .map(|p| project_budget(d, p, &all, &participants, for_call(tables, p.call_year)))
        .collect();
    Estimate {
        participants,
        projects,
    }
}

/// The estimate of one project, its participants' lines in the dossier's order (what the
/// window's budget view shows: only that project's participants are estimated).
pub fn estimate_project(
    d: &Dossier,
    project: &Project,
    tables: &[UnitCosts],
) -> (ProjectBudget, Vec<ParticipantCost>) {
    let mine: Vec<usize> = d
        .mobilities
        .iter()
        .enumerate()
        .filter(|(_, m)| m.project.as_ref() == Some(&project.id))
        .map(|(i, _)| i)
        .collect();
    let participants = costs(d, &mine, tables);
    let budget = project_budget(
        d,
        project,
        &mine,
        &participants,
        for_call(tables, project.call_year),
    );
    (budget, participants)
}

/// The cost of the participants at `indices` of `d.mobilities` (in that order). Organisational
/// support counts the n-th participant of each project, in order of departure.
fn costs(d: &Dossier, indices: &[usize], tables: &[UnitCosts]) -> Vec<ParticipantCost> {
    let project_of = |m: &Mobility| {
        m.project
            .as_ref()
            .and_then(|id| d.projects.iter().find(|p| &p.id == id))
    };
    let mut order: Vec<usize> = (0..indices.len()).collect();
    order.sort_by_key(|&k| (d.mobilities[indices[k]].start, indices[k]));
    let mut rank = vec![0_u32; indices.len()];
    let mut counted: BTreeMap<Option<&ProjectId>, u32> = BTreeMap::new();
    for k in order {
        let m = &d.mobilities[indices[k]];
        if m.participant != ParticipantKind::Accompagnateurs {
            let n = counted.entry(m.project.as_ref()).or_default();
            *n += 1;
            rank[k] = *n;
        }
    }
    indices
        .iter()
        .zip(rank)
        .map(|(&i, rank)| {
            let m = &d.mobilities[i];
            let project = project_of(m);
            let table = project.and_then(|p| for_call(tables, p.call_year));
            participant(m, project, table, rank)
        })
        .collect()
}

/// The distance of `m`'s trip.
pub fn distance(m: &Mobility) -> Distance {
    if let Some(km) = m.distance_km {
        return Distance::Typed(km);
    }
    let Some(from) = gazetteer::find(&m.departure_city, &m.departure_country) else {
        return Distance::DepartureNotFound;
    };
    let Some(to) = gazetteer::find(&m.city, &m.country) else {
        return Distance::DestinationNotFound;
    };
    Distance::Measured(great_circle_km(from, to))
}

fn participant(
    m: &Mobility,
    project: Option<&Project>,
    table: Option<&UnitCosts>,
    rank: u32,
) -> ParticipantCost {
    let distance = distance(m);
    let km = distance.km();
    let band = km.and_then(|km| table?.band(km));
    // Under the first band (10 km), no travel grant.
    let travel = match (km, table) {
        (Some(km), Some(t)) => Some(t.travel(km, m.green_travel()).unwrap_or(0)),
        _ => None,
    };
    let who = if m.participant.is_learner() {
        Traveller::Learner
    } else {
        Traveller::Staff
    };
    let days = u32::try_from(m.duration_days()).unwrap_or(0) + u32::from(m.funded_travel_days);
    // The grant tables write Greece `EL`, as the EU does.
    let country = if m.country == "GR" {
        "EL"
    } else {
        m.country.as_str()
    };
    let individual = table.and_then(|t| t.individual(country, who, days));
    let organisational = if m.participant == ParticipantKind::Accompagnateurs {
        table.map(|_| 0)
    } else {
        table.and_then(|t| t.organisational_for(rank))
    };
    let inclusion = table
        .and_then(|t| t.inclusion)
        .map(|amount| if m.fewer_opportunities { amount } else { 0 });
    let course_fees = if m.activity == ActivityType::Formation {
        let course_days = u32::try_from(m.duration_days()).unwrap_or(0);
        table.and_then(|t| t.course_fees_for(course_days))
    } else {
        table.map(|_| 0)
    };
    let parts = [travel, individual, organisational, inclusion, course_fees];
    ParticipantCost {
        id: m.id.clone(),
        activity_id: m.activity_id.clone(),
        project: project.map(|p| p.reference.clone()).unwrap_or_default(),
        distance_km: km,
        band: band.map(|b| match b.to_km {
            Some(to) => format!("{}–{to}", b.from_km),
            None => format!("≥ {}", b.from_km),
        }),
        distance,
        travel_eur: travel,
        individual_support_eur: individual,
        organisational_support_eur: organisational,
        inclusion_support_eur: inclusion,
        course_fees_eur: course_fees,
        total_eur: parts.iter().flatten().sum(),
        complete: parts.iter().all(Option::is_some),
        verified: table.is_some_and(|t| t.verified),
    }
}

fn project_budget(
    d: &Dossier,
    p: &Project,
    indices: &[usize],
    costs: &[ParticipantCost],
    table: Option<&UnitCosts>,
) -> ProjectBudget {
    let mine: Vec<(&Mobility, &ParticipantCost)> = indices
        .iter()
        .map(|&i| &d.mobilities[i])
        .zip(costs)
        .filter(|(m, _)| m.project.as_ref() == Some(&p.id))
        .collect();
    let sum = |f: fn(&ParticipantCost) -> Option<u32>| -> u32 {
        mine.iter().filter_map(|(_, c)| f(c)).sum()
    };
    let mut implemented: BTreeMap<ActivityType, Figures> = BTreeMap::new();
    for (m, _) in &mine {
        let f = implemented.entry(m.activity).or_default();
        if m.participant == ParticipantKind::Accompagnateurs {
            f.accompanying += 1;
            continue;
        }
        f.participants += 1;
        f.days += u32::try_from(m.duration_days()).unwrap_or(0);
        f.fewer_opportunities += u32::from(m.fewer_opportunities);
        f.green_travel += u32::from(m.green_travel());
    }
    let mut targets: Vec<TargetLine> = p
        .targets
        .iter()
        .map(|t| TargetLine {
            activity: t.activity,
            planned: Figures {
                participants: t.participants,
                days: t.days,
                accompanying: t.accompanying,
                fewer_opportunities: t.fewer_opportunities,
                green_travel: t.green_travel,
            },
            implemented: implemented.remove(&t.activity).unwrap_or_default(),
        })
        .collect();
    // Activities done but not planned.
    targets.extend(implemented.into_iter().map(|(activity, done)| TargetLine {
        activity,
        planned: Figures::default(),
        implemented: done,
    }));
    ProjectBudget {
        id: p.id.clone(),
        reference: p.reference.clone(),
        call_year: p.call_year,
        grant_eur: p.grant_eur,
        participants: u32::try_from(mine.len()).unwrap_or(u32::MAX),
        travel_eur: sum(|c| c.travel_eur),
        individual_support_eur: sum(|c| c.individual_support_eur),
        organisational_support_eur: sum(|c| c.organisational_support_eur),
        inclusion_support_eur: sum(|c| c.inclusion_support_eur),
        course_fees_eur: sum(|c| c.course_fees_eur),
        total_eur: mine.iter().map(|(_, c)| c.total_eur).sum(),
        complete: table.is_some() && mine.iter().all(|(_, c)| c.complete),
        verified: table.is_some_and(|t| t.verified),
        targets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::mobility::{Direction, Transport};
    use crate::rules::grant::shipped;

    fn project(call_year: u16) -> Project {
        Project {
            id: ProjectId("EP1".into()),
            reference: format!("{call_year}-1-FR01-KA121-VET-000086243"),
            call_year,
            ..Project::default()
        }
    }

    fn rennes_to_stuttgart(n: usize) -> Mobility {
        Mobility {
            id: MobilityId(format!("M{n}")),
            project: Some(ProjectId("EP1".into())),
            activity: ActivityType::CourteDuree,
            direction: Direction::Sortante,
            departure_country: "FR".into(),
            departure_city: "Rennes".into(),
            country: "DE".into(),
            city: "Stuttgart".into(),
            start: chrono::NaiveDate::from_ymd_opt(2023, 3, 6).unwrap_or_default(),
            end: chrono::NaiveDate::from_ymd_opt(2023, 3, 15).unwrap_or_default(),
            ..Mobility::default()
        }
    }

    #[test]
    fn a_learner_from_rennes_to_stuttgart_in_2022() {
        let tables = shipped().unwrap_or_default();
        let mut green = rennes_to_stuttgart(1);
        green.transport = Transport::Train;
        green.funded_travel_days = 2;
        green.fewer_opportunities = true;
        let d = Dossier {
            projects: vec![project(2022)],
            mobilities: vec![rennes_to_stuttgart(0), green],
            ..Dossier::default()
        };
        let e = estimate(&d, &tables);
        let [plane, train] = &e.participants[..] else {
            panic!("two participants")
        };
        assert_eq!(plane.band.as_deref(), Some("500–1999"));
        assert!((790..=810).contains(&plane.distance_km.unwrap_or(0)));
        assert_eq!((plane.travel_eur, train.travel_eur), (Some(275), Some(320)));
        // 10 days in Germany (group II) at 56 €; 12 with the two travel days.
        assert_eq!(plane.individual_support_eur, Some(560));
        assert_eq!(train.individual_support_eur, Some(672));
        assert_eq!(plane.organisational_support_eur, Some(350));
        assert_eq!(
            (plane.inclusion_support_eur, train.inclusion_support_eur),
            (Some(0), Some(100))
        );
        assert_eq!(plane.total_eur, 275 + 560 + 350);
        assert!(plane.complete && plane.verified);
        let p = &e.projects[0];
        assert_eq!(p.total_eur, plane.total_eur + train.total_eur);
        assert_eq!(p.targets[0].implemented.participants, 2);
        assert_eq!(p.targets[0].implemented.green_travel, 1);
    }

    #[test]
    fn what_is_unknown_is_said_not_guessed() {
        let tables = shipped().unwrap_or_default();
        let mut lost = rennes_to_stuttgart(0);
        lost.city = "Atlantis".into();
        let mut typed = rennes_to_stuttgart(1);
        typed.city = "Atlantis".into();
        typed.distance_km = Some(2500);
        let d = Dossier {
            projects: vec![project(2022)],
            mobilities: vec![lost, typed],
            ..Dossier::default()
        };
        let e = estimate(&d, &tables);
        assert_eq!(e.participants[0].distance, Distance::DestinationNotFound);
        assert_eq!(e.participants[0].travel_eur, None);
        assert!(!e.participants[0].complete);
        assert_eq!(e.participants[1].travel_eur, Some(360));
        // 2024–2025: travel bands only, not checked; individual support unknown.
        let d = Dossier {
            projects: vec![project(2024)],
            mobilities: vec![rennes_to_stuttgart(0)],
            ..Dossier::default()
        };
        let c = &estimate(&d, &tables).participants[0];
        assert_eq!((c.travel_eur, c.individual_support_eur), (Some(309), None));
        assert!(!c.verified && !c.complete);
        // No table for 2023: nothing at all.
        let d = Dossier {
            projects: vec![project(2023)],
            mobilities: vec![rennes_to_stuttgart(0)],
            ..Dossier::default()
        };
        assert_eq!(estimate(&d, &tables).participants[0].total_eur, 0);
    }

    #[test]
    fn organisational_support_drops_after_the_hundredth_participant() {
        let tables = shipped().unwrap_or_default();
        let d = Dossier {
            projects: vec![project(2021)],
            mobilities: (0..102).map(rennes_to_stuttgart).collect(),
            ..Dossier::default()
        };
        let e = estimate(&d, &tables);
        let org: Vec<Option<u32>> = e
            .participants
            .iter()
            .map(|c| c.organisational_support_eur)
            .collect();
        assert_eq!(org[99], Some(350));
        assert_eq!(org[100], Some(200));
        assert_eq!(
            e.projects[0].organisational_support_eur,
            100 * 350 + 2 * 200
        );
    }
}
