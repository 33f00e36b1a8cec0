//! The Beneficiary Module's mobility file (`shared/domain.md` §5.3, §5.5): one row per
//! participant, the fields the BM asks for, each named as the EU's documentation names it.
//!
//! The BM's header row is not public and changes with its releases: [`BmField`] lists what we
//! can fill and the names a template may give it; the template mode (issue 15) writes into the
//! user's own file. Without a template, [`fixed`] writes every field under its usual name.

use crate::model::Dossier;
use crate::model::erasmus::{bm_category, bm_transport};
use crate::model::mobility::Mobility;
use crate::model::project::Project;
use crate::model::text::normalise;
use crate::rules::activities;

use super::table::{Cell, TableData};

/// A field of a mobility the Beneficiary Module's file has a column for.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum BmField {
    /// The kind of row (main mobility line, itinerary, certification).
    DataType,
    /// The grant agreement number.
    GrantAgreement,
    /// The project number.
    ProjectCode,
    /// The Mobility activity ID.
    ActivityId,
    /// The activity type code (`SM-TTA`).
    ActivityType,
    /// The participant's name.
    Participant,
    /// Learner, staff, accompanying person…
    ParticipantCategory,
    /// The sending organisation's OID.
    SendingOid,
    /// The sending organisation's name.
    SendingOrganisation,
    /// The country the participant leaves from.
    SendingCountry,
    /// The city the participant leaves from.
    SendingCity,
    /// The receiving organisation's OID.
    ReceivingOid,
    /// The receiving organisation's name.
    ReceivingOrganisation,
    /// The receiving country.
    ReceivingCountry,
    /// The receiving city.
    ReceivingCity,
    /// First day.
    StartDate,
    /// Last day.
    EndDate,
    /// Duration in days.
    Duration,
    /// Main means of transport.
    MainTransport,
    /// Sustainable means of transport (green travel).
    GreenTravel,
    /// Funded travel days.
    FundedTravelDays,
    /// Travel distance typed from the EC calculator.
    Distance,
    /// Participant with fewer opportunities.
    FewerOpportunities,
    /// Recent graduate.
    RecentGraduate,
}

impl BmField {
    /// Every field, in the order of the file without a template.
    pub const ALL: [Self; 24] = [
        Self::DataType,
        Self::GrantAgreement,
        Self::ProjectCode,
        Self::ActivityId,
        Self::ActivityType,
        Self::Participant,
        Self::ParticipantCategory,
        Self::SendingOid,
        Self::SendingOrganisation,
        Self::SendingCountry,
        Self::SendingCity,
        Self::ReceivingOid,
        Self::ReceivingOrganisation,
        Self::ReceivingCountry,
        Self::ReceivingCity,
        Self::StartDate,
        Self::EndDate,
        Self::Duration,
        Self::MainTransport,
        Self::GreenTravel,
        Self::FundedTravelDays,
        Self::Distance,
        Self::FewerOpportunities,
        Self::RecentGraduate,
    ];

    /// The column's name in the EU documentation (the first of [`BmField::names`]).
    pub fn header(self) -> &'static str {
        self.names()[0]
    }

    /// The names a Beneficiary Module (or Mobility Tool+) file may give the column.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Self::DataType => &["Data type"],
            Self::GrantAgreement => &["Grant Agreement No.", "Grant Agreement Number"],
            Self::ProjectCode => &[
                "Project Code",
                "Project number",
                "Project ID",
                "Project Reference",
            ],
            Self::ActivityId => &["Mobility activity ID", "Mobility ID", "Activity ID"],
            Self::ActivityType => &["Activity type", "Activity type code"],
            Self::Participant => &["Participant", "Participant name", "Participant ID"],
            Self::ParticipantCategory => &["Participant category", "Participant type"],
            Self::SendingOid => &["Sending Organisation OID", "Sending organisation ID"],
            Self::SendingOrganisation => &["Sending Organisation", "Sending organisation name"],
            Self::SendingCountry => &["Sending country", "Country of origin"],
            Self::SendingCity => &["Sending city", "City of origin"],
            Self::ReceivingOid => &["Receiving Organisation OID", "Receiving organisation ID"],
            Self::ReceivingOrganisation => {
                &["Receiving Organisation", "Receiving organisation name"]
            }
            Self::ReceivingCountry => &["Receiving country", "Country of destination"],
            Self::ReceivingCity => &["Receiving city", "City of destination"],
            Self::StartDate => &[
                "Start date",
                "Start date of the activity",
                "Mobility start date",
            ],
            Self::EndDate => &["End date", "End date of the activity", "Mobility end date"],
            Self::Duration => &["Duration (days)", "Duration calculated (days)", "Duration"],
            Self::MainTransport => &["Main means of transport"],
            Self::GreenTravel => &[
                "Sustainable means of transport (green travel)",
                "Green travel",
            ],
            Self::FundedTravelDays => &["Funded travel days", "Travel days"],
            Self::Distance => &["Distance band", "Travel distance (km)", "Distance"],
            Self::FewerOpportunities => &[
                "Participant with fewer opportunities",
                "Fewer opportunities",
            ],
            Self::RecentGraduate => &["Recent graduate"],
        }
    }

    /// The field a column header names, if any.
    pub fn of_header(header: &str) -> Option<Self> {
        let h = normalise(header.trim_end_matches('*'));
        Self::ALL
            .into_iter()
            .find(|f| f.names().iter().any(|n| normalise(n) == h))
    }

    /// The value of the field for `m` (`project` is its project, if the dossier has it).
    pub fn value(self, d: &Dossier, project: Option<&Project>, m: &Mobility) -> Cell {
        let text = |s: &str| {
            if s.trim().is_empty() {
                Cell::Empty
            } else {
                Cell::Text(s.trim().to_owned())
            }
        };
        let yes_no = |b: bool| Cell::Text(if b { "Yes" } else { "No" }.to_owned());
        match self {
            Self::DataType => text("Mobility"),
            Self::GrantAgreement => text(project.map_or("", |p| p.grant_agreement.as_str())),
            Self::ProjectCode => text(project.map_or("", |p| p.reference.as_str())),
            Self::ActivityId => text(&m.activity_id),
            Self::ActivityType => project
                .and_then(|p| activities::rule(m.activity, p.action, p.call_year))
                .or_else(|| activities::current(m.activity))
                .map_or(Cell::Empty, |r| text(r.code.as_deref().unwrap_or(&r.name))),
            Self::Participant => text(&m.name),
            Self::ParticipantCategory => text(bm_category(m.participant)),
            Self::SendingOid => text(oid(d, &m.sending_org)),
            Self::SendingOrganisation => text(&m.sending_org),
            Self::SendingCountry => text(&m.departure_country),
            Self::SendingCity => text(&m.departure_city),
            Self::ReceivingOid => text(oid(d, &m.receiving_org)),
            Self::ReceivingOrganisation => text(&m.receiving_org),
            Self::ReceivingCountry => text(&m.country),
            Self::ReceivingCity => text(&m.city),
            Self::StartDate => Cell::Date(m.start),
            Self::EndDate => Cell::Date(m.end),
            Self::Duration => Cell::Int(m.duration_days()),
            Self::MainTransport => text(bm_transport(m.transport)),
            Self::GreenTravel => yes_no(m.green_travel()),
            Self::FundedTravelDays => Cell::Int(i64::from(m.funded_travel_days)),
            Self::Distance => m
                .distance_km
                .map_or(Cell::Empty, |k| Cell::Int(i64::from(k))),
            Self::FewerOpportunities => yes_no(m.fewer_opportunities),
            Self::RecentGraduate => yes_no(m.recent_graduate),
        }
    }
}

/// The OID of the partner named `name` (as the mobility writes it), if the dossier has one.
fn oid<'a>(d: &'a Dossier, name: &str) -> &'a str {
    let n = normalise(name);
    d.partners
        .iter()
        .find(|p| !n.is_empty() && normalise(&p.name) == n)
        .map_or("", |p| p.oid.as_str())
}

/// The project of `m` in `d`.
pub fn project_of<'a>(d: &'a Dossier, m: &Mobility) -> Option<&'a Project> {
    let id = m.project.as_ref()?;
    d.projects.iter().find(|p| &p.id == id)
}

/// The file without a template: every field under its usual name, one row per participant.
pub fn fixed(d: &Dossier) -> TableData {
    TableData {
        headers: BmField::ALL.iter().map(|f| f.header().to_owned()).collect(),
        rows: d
            .mobilities
            .iter()
            .map(|m| {
                let p = project_of(d, m);
                BmField::ALL.iter().map(|f| f.value(d, p, m)).collect()
            })
            .collect(),
    }
}
