//! What the EU's Beneficiary Module (BM) expects of a mobility file (`shared/domain.md` §5.3,
//! §5.5): the fields it has columns for and the names its files give them, how a user's own
//! template is read (its header row, a second row of markers, its date format, the `Data type`
//! of main lines), the mapping of its columns to our fields (saved per action and call year,
//! editable), and the business rules its import checks, row by row.
//!
//! The BM's header row is not public and changes with its releases: nothing here assumes one.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::Dossier;
use crate::model::erasmus::is_oid;
use crate::model::mobility::{Mobility, Transport};
use crate::model::project::Project;
use crate::model::text::normalise;

use super::Finding;
use super::validate::validate;

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
            Self::Distance => &["Travel distance (km)", "Distance (km)", "Distance"],
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
}

/// A cell of a template's first rows, as far as reading it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplateCell {
    /// Nothing.
    Empty,
    /// Text (or a number, as text).
    Text(String),
    /// A date typed as a date (a spreadsheet's date cell).
    Date(NaiveDate),
}

/// How a template writes its dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum DateFormat {
    /// Date cells of the spreadsheet.
    Typed,
    /// Text, `06-03-2023` (the format Mobility Tool+ templates asked for).
    DayMonthYearDash,
    /// Text, `06/03/2023`.
    DayMonthYearSlash,
    /// Text, `2023-03-06`.
    Iso,
}

impl DateFormat {
    /// The chrono format of a text format.
    pub fn pattern(self) -> Option<&'static str> {
        match self {
            Self::Typed => None,
            Self::DayMonthYearDash => Some("%d-%m-%Y"),
            Self::DayMonthYearSlash => Some("%d/%m/%Y"),
            Self::Iso => Some("%Y-%m-%d"),
        }
    }

    /// The format of a date written as `text`, if it is one.
    fn of_text(text: &str) -> Option<Self> {
        let t = text.trim().to_ascii_uppercase();
        let shape = |sep: char| {
            let parts: Vec<&str> = t.split(sep).collect();
            parts.len() == 3 && parts.iter().all(|p| !p.is_empty())
        };
        if t.starts_with("YYYY") || (t.len() == 10 && t.as_bytes().get(4) == Some(&b'-')) {
            Some(Self::Iso)
        } else if shape('-') {
            Some(Self::DayMonthYearDash)
        } else if shape('/') {
            Some(Self::DayMonthYearSlash)
        } else {
            None
        }
    }
}

/// A Beneficiary Module file exported by the user from their project, read for its layout.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The header row, exactly.
    pub headers: Vec<String>,
    /// The row of markers under it (mandatory `*`, `DICT`, formats), when there is one.
    pub markers: Option<Vec<String>>,
    /// How dates are written.
    pub date_format: DateFormat,
    /// True when the date format was found in the template (else the default was taken).
    pub date_format_found: bool,
    /// The `Data type` of the main mobility lines, when a data row shows it.
    pub data_type: Option<String>,
    /// The project numbers its rows name (Project code or Grant Agreement No.).
    pub projects: Vec<String>,
}

/// True for a row of markers under a header row: every cell empty, `*`, a dictionary or
/// mandatory mark, or a date format (`DD-MM-YYYY`), and at least one such cell.
pub fn is_marker_row(cells: &[String]) -> bool {
    let marker = |c: &str| {
        let t = c.trim().to_ascii_uppercase();
        t.is_empty()
            || t.starts_with('*')
            || t.contains("DICT")
            || t.contains("MANDATORY")
            || t.contains("OPTIONAL")
            || ["DD-MM", "DD/MM", "YYYY-MM", "MM-YYYY", "MM/YYYY"]
                .iter()
                .any(|f| t.contains(f))
            || t.contains("DECIMAL")
    };
    cells.iter().any(|c| !c.trim().is_empty()) && cells.iter().all(|c| marker(c))
}

impl Template {
    /// The layout of a template from its header row and its first rows (a marker row, data
    /// rows of an earlier export).
    pub fn read(headers: Vec<String>, rows: &[Vec<TemplateCell>]) -> Self {
        let text = |c: &TemplateCell| match c {
            TemplateCell::Text(t) => t.clone(),
            TemplateCell::Empty | TemplateCell::Date(_) => String::new(),
        };
        let first: Vec<String> = rows
            .first()
            .map(|r| r.iter().map(text).collect())
            .unwrap_or_default();
        let markers = is_marker_row(&first).then_some(first);
        let data = &rows[usize::from(markers.is_some()).min(rows.len())..];
        let column = |field: BmField| {
            headers
                .iter()
                .position(|h| BmField::of_header(h) == Some(field))
        };
        let date_columns: Vec<usize> = [BmField::StartDate, BmField::EndDate]
            .into_iter()
            .filter_map(column)
            .collect();
        let from_markers = markers.as_ref().and_then(|m| {
            date_columns.iter().find_map(|&c| {
                m.get(c)
                    .and_then(|t| DateFormat::of_text(t.trim_start_matches('*')))
            })
        });
        let from_data = data.iter().find_map(|row| {
            date_columns.iter().find_map(|&c| match row.get(c) {
                Some(TemplateCell::Date(_)) => Some(DateFormat::Typed),
                Some(TemplateCell::Text(t)) => DateFormat::of_text(t),
                _ => None,
            })
        });
        let found = from_markers.or(from_data);
        let cell_of = |field: BmField| {
            column(field).map(|c| {
                data.iter()
                    .filter_map(|row| row.get(c).map(text))
                    .filter(|t| !t.trim().is_empty())
                    .collect::<Vec<String>>()
            })
        };
        let data_type = cell_of(BmField::DataType).and_then(|v| v.into_iter().next());
        let mut projects: Vec<String> = Vec::new();
        for field in [BmField::ProjectCode, BmField::GrantAgreement] {
            for p in cell_of(field).unwrap_or_default() {
                let p = p.trim().to_owned();
                if !projects.contains(&p) {
                    projects.push(p);
                }
            }
        }
        Self {
            headers,
            markers,
            date_format: found.unwrap_or(DateFormat::DayMonthYearDash),
            date_format_found: found.is_some(),
            data_type,
            projects,
        }
    }

    /// The project of `d` the template belongs to: the one its rows name, else the only
    /// mobility project of the dossier.
    pub fn project<'a>(&self, d: &'a Dossier) -> Option<&'a Project> {
        let named = d.projects.iter().find(|p| {
            self.projects.iter().any(|r| {
                r.eq_ignore_ascii_case(p.reference.trim()) || r == p.grant_agreement.trim()
            })
        });
        named.or_else(|| {
            let mut mobility = d.projects.iter().filter(|p| p.action.is_mobility());
            match (mobility.next(), mobility.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        })
    }
}

/// The columns of a template mapped to our fields: one entry per column, in the template's
/// order (`None`: a column we do not fill). Saved per action and call year, and editable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// The header of each column and the field written there.
    pub columns: Vec<(String, Option<BmField>)>,
}

impl Mapping {
    /// The mapping of `template`'s columns: a saved mapping's choice for the columns it names,
    /// else the field the header names.
    pub fn of(template: &Template, saved: Option<&Mapping>) -> Self {
        Self {
            columns: template
                .headers
                .iter()
                .map(|h| {
                    let chosen = saved.and_then(|s| s.columns.iter().find(|(c, _)| c == h));
                    (
                        h.clone(),
                        chosen.map_or_else(|| BmField::of_header(h), |(_, f)| *f),
                    )
                })
                .collect(),
        }
    }

    /// The columns no field fills.
    pub fn unknown(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(h, _)| h.as_str())
            .collect()
    }

    /// True when a column holds `field`.
    pub fn has(&self, field: BmField) -> bool {
        self.columns.iter().any(|(_, f)| *f == Some(field))
    }
}

/// Why the Beneficiary Module would reject a row (or take it wrong).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BmProblem {
    /// A finding of the dossier's checks on this participant (dates, duration, travel days,
    /// same organisation, activity not offered…).
    Finding(Finding),
    /// No Mobility activity ID (mandatory).
    NoActivityId,
    /// A Mobility activity ID that another row of the file has.
    DuplicateActivityId(String),
    /// No grant agreement number recorded for the project (mandatory).
    NoGrantAgreement,
    /// An organisation without a valid OID in the dossier's partners.
    NoOid {
        /// The organisation as the participant names it.
        organisation: String,
    },
    /// No main means of transport.
    NoTransport,
}

/// The findings codes the BM's import rules correspond to.
const BM_CODES: [&str; 9] = [
    "dates-inversees",
    "duree-mobilite",
    "activite-public",
    "activite-non-proposee",
    "mobilite-hors-projet",
    "jours-voyage",
    "mobilite-meme-organisme",
    "mobilite-sans-projet",
    "pays-invalide",
];

/// The problems of each participant of `project` (by index in `d.mobilities`) the BM would
/// reject, for a file laid out by `mapping` (a rule about a column the file does not have is
/// not checked).
pub fn problems(d: &Dossier, project: &Project, mapping: &Mapping) -> Vec<(usize, BmProblem)> {
    let findings = validate(d);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let oid_of = |name: &str| {
        let n = normalise(name);
        d.partners
            .iter()
            .find(|p| !n.is_empty() && normalise(&p.name) == n)
            .map(|p| p.oid.trim().to_owned())
    };
    for (i, m) in d.mobilities.iter().enumerate() {
        if m.project.as_ref() != Some(&project.id) {
            continue;
        }
        let prefix = format!("mobilities[{i}].");
        for f in findings
            .iter()
            .filter(|f| f.path.starts_with(&prefix) && BM_CODES.contains(&f.code()))
        {
            out.push((i, BmProblem::Finding(f.clone())));
        }
        let id = m.activity_id.trim();
        if id.is_empty() {
            out.push((i, BmProblem::NoActivityId));
        } else if !seen.insert(id) {
            out.push((i, BmProblem::DuplicateActivityId(id.to_owned())));
        }
        if mapping.has(BmField::GrantAgreement) && project.grant_agreement.trim().is_empty() {
            out.push((i, BmProblem::NoGrantAgreement));
        }
        for (field, organisation) in [
            (BmField::SendingOid, &m.sending_org),
            (BmField::ReceivingOid, &m.receiving_org),
        ] {
            if mapping.has(field) && !oid_of(organisation).is_some_and(|o| is_oid(&o)) {
                out.push((
                    i,
                    BmProblem::NoOid {
                        organisation: organisation.trim().to_owned(),
                    },
                ));
            }
        }
        if mapping.has(BmField::MainTransport) && m.transport == Transport::NonRenseigne {
            out.push((i, BmProblem::NoTransport));
        }
    }
    out
}

/// The participants of `project` in `d`, in the dossier's order.
pub fn participants<'a>(
    d: &'a Dossier,
    project: &'a Project,
) -> impl Iterator<Item = &'a Mobility> {
    d.mobilities
        .iter()
        .filter(move |m| m.project.as_ref() == Some(&project.id))
}
