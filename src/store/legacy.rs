//! Files of format 4 and older, whose mobilities were groups: read as they were written, then
//! converted (`shared/domain.md` §5.5: one mobility activity per participant). Frozen: this
//! layout never changes again.
//!
//! A group of N participants becomes N participants sharing its trip, numbered with Mobility
//! activity IDs in their project (`114154-MOB-00001`…); its project (three loose fields) becomes
//! a record of the projects list, one per distinct project. Nothing typed is lost: a group of 0
//! becomes one participant, a sustainable trip « other sustainable means ».

use chrono::NaiveDate;
use serde::Deserialize;

use crate::model::Dossier;
use crate::model::action::Action;
use crate::model::application::ApplicationTexts;
use crate::model::campus::Campus;
use crate::model::erasmus::project_number;
use crate::model::ids::{MobilityId, ProjectId, fresh_ids};
use crate::model::indicator::Indicator;
use crate::model::label::LabelDecision;
use crate::model::milestone::Milestone;
use crate::model::mobility::{ActivityType, Direction, Mobility, ParticipantKind, Transport};
use crate::model::partner::Partner;
use crate::model::project::{KeyAction, Project};
use crate::model::sector::Sector;

/// The last format whose mobilities were groups.
pub const LAST_GROUP_FORMAT: u32 = 4;

/// What converting a file of an older format did, to tell the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    /// The file's format.
    pub from_version: u32,
    /// Mobility groups read.
    pub groups: usize,
    /// Participants they became.
    pub participants: usize,
    /// Projects made from the groups' project fields.
    pub projects: usize,
}

/// A file of format 1 to 4.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileV4 {
    pub(super) format_version: u32,
    campus: Campus,
    #[serde(default)]
    label_decisions: Vec<LabelDecision>,
    #[serde(default)]
    partners: Vec<Partner>,
    #[serde(default)]
    sectors: Vec<Sector>,
    #[serde(default)]
    actions: Vec<Action>,
    #[serde(default)]
    mobilities: Vec<GroupV4>,
    #[serde(default)]
    indicators: Vec<Indicator>,
    #[serde(default)]
    milestones: Vec<Milestone>,
    #[serde(default)]
    application: ApplicationTexts,
}

/// A mobility of format 4: a group with a participant count.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupV4 {
    id: MobilityId,
    project: ProjectV4,
    activity: ActivityType,
    participant: ParticipantKind,
    direction: Direction,
    sending_org: String,
    receiving_org: String,
    country: String,
    city: String,
    start: NaiveDate,
    end: NaiveDate,
    participants: u32,
    green_travel: bool,
    fewer_opportunities: bool,
}

/// The project fields of a format-4 mobility.
#[derive(Deserialize, Clone, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct ProjectV4 {
    action: KeyAction,
    call_year: u16,
    reference: String,
}

impl FileV4 {
    /// The dossier of today's format, and what the conversion did.
    pub(super) fn convert(self) -> (Dossier, Conversion) {
        let mut projects: Vec<(ProjectV4, Project)> = Vec::new();
        let used: Vec<String> = self.mobilities.iter().map(|g| g.id.0.clone()).collect();
        let used: Vec<&str> = used.iter().map(String::as_str).collect();
        let extra: usize = self
            .mobilities
            .iter()
            .map(|g| (records_of(g) as usize).saturating_sub(1))
            .sum();
        let mut fresh = fresh_ids(MobilityId::PREFIX, &used, extra).into_iter();
        let mut numbers: Vec<u32> = Vec::new();
        let mut mobilities = Vec::new();
        for group in &self.mobilities {
            let known = projects.iter().position(|(old, _)| *old == group.project);
            let index = known.unwrap_or_else(|| {
                let project = Project {
                    id: ProjectId(format!("{}{}", ProjectId::PREFIX, projects.len() + 1)),
                    reference: group.project.reference.clone(),
                    action: group.project.action,
                    call_year: group.project.call_year,
                    ..Project::default()
                };
                projects.push((group.project.clone(), project));
                numbers.push(0);
                projects.len() - 1
            });
            let project = &projects[index].1;
            for n in 0..records_of(group) {
                numbers[index] += 1;
                let id = if n == 0 {
                    group.id.clone()
                } else {
                    MobilityId(fresh.next().unwrap_or_default())
                };
                mobilities.push(participant(
                    group,
                    id,
                    project,
                    numbers[index],
                    &self.partners,
                ));
            }
        }
        let conversion = Conversion {
            from_version: self.format_version,
            groups: self.mobilities.len(),
            participants: mobilities.len(),
            projects: projects.len(),
        };
        let dossier = Dossier {
            campus: self.campus,
            label_decisions: self.label_decisions,
            partners: self.partners,
            sectors: self.sectors,
            actions: self.actions,
            projects: projects.into_iter().map(|(_, p)| p).collect(),
            mobilities,
            indicators: self.indicators,
            milestones: self.milestones,
            application: self.application,
        };
        (dossier, conversion)
    }
}

/// The most participants a group becomes: a count beyond (a typo, a hand edit) becomes one
/// participant whose name keeps the count, to be checked.
const MAX_GROUP: u32 = 999;

/// How many participant records `group` becomes.
fn records_of(group: &GroupV4) -> u32 {
    if group.participants > MAX_GROUP {
        1
    } else {
        group.participants.max(1)
    }
}

/// Participant `number` of its project, made from `group`.
fn participant(
    group: &GroupV4,
    id: MobilityId,
    project: &Project,
    number: u32,
    partners: &[Partner],
) -> Mobility {
    // The participant leaves from the sending partner's commune and country when the dossier
    // knows the partner; else an outgoing one from France, an incoming one from the country of
    // its project's national agency.
    let sender = partners
        .iter()
        .find(|p| !p.name.is_empty() && p.name == group.sending_org);
    let departure_country = match (sender, group.direction) {
        (Some(p), _) if !p.country.is_empty() => p.country.clone(),
        (_, Direction::Sortante) => "FR".to_owned(),
        (_, Direction::Entrante) => project_number(&group.project.reference)
            .map(|n| n.agency[..2].to_owned())
            .unwrap_or_default(),
    };
    let departure_city = sender.map(|p| p.commune.clone()).unwrap_or_default();
    Mobility {
        id,
        project: Some(project.id.clone()),
        activity_id: project.mobility_id(number),
        name: if group.participants > MAX_GROUP {
            format!(
                "groupe de {} participants (nombre à vérifier)",
                group.participants
            )
        } else {
            String::new()
        },
        activity: group.activity,
        participant: group.participant,
        direction: group.direction,
        sending_org: group.sending_org.clone(),
        receiving_org: group.receiving_org.clone(),
        departure_country,
        departure_city,
        country: group.country.clone(),
        city: group.city.clone(),
        start: group.start,
        end: group.end,
        transport: if group.green_travel {
            Transport::AutreDurable
        } else {
            Transport::NonRenseigne
        },
        funded_travel_days: 0,
        distance_km: None,
        fewer_opportunities: group.fewer_opportunities,
        recent_graduate: false,
    }
}
