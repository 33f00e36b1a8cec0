//! The Beneficiary Module's mobility file (`shared/domain.md` §5.3, §5.5): one row per
//! participant, the fields the BM asks for, each named as the EU's documentation names it.
//!
//! The BM's header row is not public and changes with its releases: [`into_template`] writes
//! into the user's own file (its header row, its markers, its date format; the columns mapped
//! by [`Mapping`]) and reports the rows the BM would refuse. Without a template, [`fixed`]
//! writes every field under its usual name.

use crate::model::Dossier;
use crate::model::erasmus::{bm_category, bm_transport};
use crate::model::mobility::Mobility;
use crate::model::project::Project;
use crate::model::text::normalise;
use crate::rules::activities;
use crate::rules::bm::{BmField, BmProblem, DateFormat, Mapping, Template, problems};

use std::path::Path;

use crate::i18n::{Strings, fill};

use super::table::{Cell, TableData};

/// How values are written: the template's date format and `Data type` of main lines.
#[derive(Clone, Copy, Debug)]
pub struct Writing<'a> {
    /// How dates are written.
    pub dates: DateFormat,
    /// The `Data type` of a main mobility line, when known.
    pub data_type: Option<&'a str>,
}

/// The value of `field` for `m` (`project` is its project, if the dossier has it).
pub fn value(
    field: BmField,
    d: &Dossier,
    project: Option<&Project>,
    m: &Mobility,
    how: Writing<'_>,
) -> Cell {
    let text = |s: &str| {
        if s.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.trim().to_owned())
        }
    };
    let yes_no = |b: bool| Cell::Text(if b { "Yes" } else { "No" }.to_owned());
    match field {
        BmField::DataType => text(how.data_type.unwrap_or_default()),
        BmField::GrantAgreement => text(project.map_or("", |p| p.grant_agreement.as_str())),
        BmField::ProjectCode => text(project.map_or("", |p| p.reference.as_str())),
        BmField::ActivityId => text(&m.activity_id),
        BmField::ActivityType => project
            .and_then(|p| activities::rule(m.activity, p.action, p.call_year))
            .or_else(|| activities::current(m.activity))
            .map_or(Cell::Empty, |r| text(r.code.as_deref().unwrap_or(&r.name))),
        BmField::Participant => text(&m.name),
        BmField::ParticipantCategory => text(bm_category(m.participant)),
        BmField::SendingOid => text(oid(d, &m.sending_org)),
        BmField::SendingOrganisation => text(&m.sending_org),
        BmField::SendingCountry => text(&m.departure_country),
        BmField::SendingCity => text(&m.departure_city),
        BmField::ReceivingOid => text(oid(d, &m.receiving_org)),
        BmField::ReceivingOrganisation => text(&m.receiving_org),
        BmField::ReceivingCountry => text(&m.country),
        BmField::ReceivingCity => text(&m.city),
        BmField::StartDate => date(m.start, how.dates),
        BmField::EndDate => date(m.end, how.dates),
        BmField::Duration => Cell::Int(m.duration_days()),
        BmField::MainTransport => text(bm_transport(m.transport)),
        BmField::GreenTravel => yes_no(m.green_travel()),
        BmField::FundedTravelDays => Cell::Int(i64::from(m.funded_travel_days)),
        BmField::Distance => m
            .distance_km
            .map_or(Cell::Empty, |k| Cell::Int(i64::from(k))),
        BmField::FewerOpportunities => yes_no(m.fewer_opportunities),
        BmField::RecentGraduate => yes_no(m.recent_graduate),
    }
}

/// A date as the template writes it.
fn date(day: chrono::NaiveDate, dates: DateFormat) -> Cell {
    match dates.pattern() {
        Some(p) => Cell::Text(day.format(p).to_string()),
        None => Cell::Date(day),
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
                BmField::ALL
                    .iter()
                    .map(|f| {
                        let how = Writing {
                            dates: DateFormat::Typed,
                            data_type: None,
                        };
                        value(*f, d, p, m, how)
                    })
                    .collect()
            })
            .collect(),
    }
}

/// What writing into a template did, and what the Beneficiary Module would refuse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BmReport {
    /// Participants written.
    pub rows: usize,
    /// The template's columns no field fills (left empty).
    pub unknown_columns: Vec<String>,
    /// The rows the BM would reject: line in the written file, Mobility activity ID, why.
    pub problems: Vec<(usize, String, BmProblem)>,
}

/// The participants of `project`, one row each, laid out as `template` with `mapping`: its
/// header row exactly, its row of markers if it had one, its date format.
pub fn into_template(
    d: &Dossier,
    project: &Project,
    template: &Template,
    mapping: &Mapping,
) -> (TableData, BmReport) {
    let how = Writing {
        dates: template.date_format,
        data_type: template.data_type.as_deref(),
    };
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    if let Some(markers) = &template.markers {
        rows.push(
            template
                .headers
                .iter()
                .enumerate()
                .map(|(i, _)| {
                    markers
                        .get(i)
                        .map_or(Cell::Empty, |t| Cell::Text(t.clone()))
                })
                .collect(),
        );
    }
    // Line of the first participant in the written file: after the header and the markers.
    let first_line = 2 + rows.len();
    let mut line_of = std::collections::HashMap::new();
    for (i, m) in d.mobilities.iter().enumerate() {
        if m.project.as_ref() != Some(&project.id) {
            continue;
        }
        line_of.insert(i, first_line + line_of.len());
        rows.push(
            mapping
                .columns
                .iter()
                .map(|(_, field)| field.map_or(Cell::Empty, |f| value(f, d, Some(project), m, how)))
                .collect(),
        );
    }
    let problems = problems(d, project, mapping)
        .into_iter()
        .map(|(i, p)| {
            let m = &d.mobilities[i];
            (
                line_of.get(&i).copied().unwrap_or(0),
                m.activity_id.clone(),
                p,
            )
        })
        .collect();
    let report = BmReport {
        rows: line_of.len(),
        unknown_columns: mapping.unknown().into_iter().map(str::to_owned).collect(),
        problems,
    };
    let table = TableData {
        headers: template.headers.clone(),
        rows,
    };
    (table, report)
}

/// The report in words, line by line: what was written, how dates are written, the columns
/// left empty, the rows to fix.
pub fn report_lines(
    s: &Strings,
    template: &Template,
    project: &Project,
    report: &BmReport,
    output: &Path,
) -> Vec<String> {
    let mut lines = vec![fill(
        s.bm_written,
        &[
            ("rows", &report.rows.to_string()),
            ("project", &project.reference),
            ("file", &output.display().to_string()),
            ("columns", &template.headers.len().to_string()),
        ],
    )];
    let format = match template.date_format.pattern() {
        None => s.bm_dates_typed.to_owned(),
        Some(p) => p
            .replace("%d", s.bm_day)
            .replace("%m", s.bm_month)
            .replace("%Y", s.bm_year),
    };
    let said = if template.date_format_found {
        s.bm_dates_found
    } else {
        s.bm_dates_default
    };
    lines.push(fill(said, &[("format", &format)]));
    // Said once for the file: every row lacks it the same way.
    if template.data_type.is_none()
        && template
            .headers
            .iter()
            .any(|h| BmField::of_header(h) == Some(BmField::DataType))
    {
        lines.push(s.bm_no_data_type.to_owned());
    }
    if !report.unknown_columns.is_empty() {
        lines.push(fill(
            s.bm_unknown_columns,
            &[("columns", &report.unknown_columns.join(" ; "))],
        ));
    }
    if !report.problems.is_empty() {
        lines.push(fill(
            s.bm_problems,
            &[("n", &report.problems.len().to_string())],
        ));
    }
    for (line, id, problem) in &report.problems {
        lines.push(fill(
            s.bm_problem_line,
            &[
                ("line", &line.to_string()),
                ("id", id),
                ("problem", &s.bm_problem(problem)),
            ],
        ));
    }
    lines
}
