//! `cmq-dossiers budget FICHIER [--json]`: the Erasmus+ grant estimate of a dossier, per
//! participant and per project, with the targets planned vs implemented, from the unit-cost
//! tables of each project's call year (shipped, or dropped in the workspace).

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use crate::i18n::{Strings, fill};
use crate::model::Dossier;
use crate::rules::budget::{Distance, Estimate, estimate};
use crate::rules::grant::{UnitCosts, for_call};
use crate::session::{GRANTS_FOLDER, grant_tables};
use crate::store;

/// A table in use, as `--json` lists it.
#[derive(Serialize)]
struct Table<'a> {
    call_years: &'a [u16],
    source: &'a str,
    verified: bool,
}

/// What `--json` prints.
#[derive(Serialize)]
struct Output<'a> {
    file: &'a Path,
    campus: &'a str,
    tables: Vec<Table<'a>>,
    #[serde(flatten)]
    estimate: &'a Estimate,
}

/// Prints the estimate of `file`; returns 2 when it could not be read, else 0.
pub fn run(s: &Strings, file: &Path, json: bool, out: &mut impl Write) -> io::Result<u8> {
    let loaded = match store::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{}", s.file_error(&e));
            return Ok(2);
        }
    };
    let workspace = file.parent().unwrap_or(Path::new("."));
    let grants = grant_tables(workspace);
    for e in &grants.errors {
        eprintln!(
            "{}",
            fill(s.budget_table_error, &[("error", &e.to_string())])
        );
    }
    let d = &loaded.dossier;
    let e = estimate(d, &grants.tables);
    if json {
        let output = Output {
            file,
            campus: d.campus.display_name(),
            tables: grants
                .tables
                .iter()
                .map(|t| Table {
                    call_years: &t.call_years,
                    source: &t.source,
                    verified: t.verified,
                })
                .collect(),
            estimate: &e,
        };
        serde_json::to_writer_pretty(&mut *out, &output).map_err(io::Error::other)?;
        writeln!(out)?;
    } else {
        text(s, d, &e, &grants.tables, out)?;
    }
    Ok(0)
}

/// The estimate as lines of text, project by project.
fn text(
    s: &Strings,
    d: &Dossier,
    e: &Estimate,
    tables: &[UnitCosts],
    out: &mut impl Write,
) -> io::Result<()> {
    let eur = |v: u32| s.euros(v);
    let amount = |v: Option<u32>| v.map_or_else(|| "?".to_owned(), eur);
    writeln!(
        out,
        "{}",
        fill(s.budget_header, &[("campus", d.campus.display_name())])
    )?;
    for p in &e.projects {
        let table = for_call(tables, p.call_year);
        let total = if table.is_some() {
            eur(p.total_eur)
        } else {
            "?".to_owned()
        };
        let mut line = fill(
            s.budget_project,
            &[
                ("reference", &p.reference),
                ("year", &p.call_year.to_string()),
                ("n", &p.participants.to_string()),
                ("total", &total),
            ],
        );
        if let Some(grant) = p.grant_eur {
            line += &fill(s.budget_grant, &[("grant", &eur(grant))]);
        }
        match table {
            None => {
                line += &fill(
                    s.budget_no_table,
                    &[
                        ("year", &p.call_year.to_string()),
                        ("folder", GRANTS_FOLDER),
                    ],
                );
            }
            Some(t) if !t.verified => line += s.budget_unverified,
            Some(_) => {}
        }
        writeln!(out, "\n{line}")?;
        for (m, c) in d
            .mobilities
            .iter()
            .zip(&e.participants)
            .filter(|(m, _)| m.project.as_ref() == Some(&p.id))
        {
            let distance = match (&c.distance, &c.band) {
                (Distance::Typed(km) | Distance::Measured(km), Some(band)) => {
                    fill(s.budget_km, &[("km", &s.whole(*km)), ("band", band)])
                }
                (Distance::Typed(km) | Distance::Measured(km), None) => {
                    format!("{} km", s.whole(*km))
                }
                (Distance::DepartureNotFound, _) => fill(
                    s.budget_distance_unknown,
                    &[("city", &quoted(&m.departure_city))],
                ),
                (Distance::DestinationNotFound, _) => {
                    fill(s.budget_distance_unknown, &[("city", &quoted(&m.city))])
                }
            };
            writeln!(
                out,
                "{}",
                fill(
                    s.budget_line,
                    &[
                        (
                            "id",
                            if c.activity_id.is_empty() {
                                c.id.as_str()
                            } else {
                                &c.activity_id
                            }
                        ),
                        ("from", &m.departure_city),
                        ("to", &format!("{} ({})", m.city, m.country)),
                        ("distance", &distance),
                        ("travel", &amount(c.travel_eur)),
                        ("individual", &amount(c.individual_support_eur)),
                        ("organisational", &amount(c.organisational_support_eur)),
                        ("inclusion", &amount(c.inclusion_support_eur)),
                        ("fees", &amount(c.course_fees_eur)),
                        ("total", &eur(c.total_eur)),
                    ],
                )
            )?;
        }
        if !p.targets.is_empty() {
            writeln!(out, "{}", s.budget_targets)?;
        }
        for t in &p.targets {
            let pair = |a: u32, b: u32| format!("{a} / {b}");
            writeln!(
                out,
                "{}",
                fill(
                    s.budget_target_line,
                    &[
                        ("activity", (s.activity_label)(t.activity)),
                        (
                            "participants",
                            &pair(t.planned.participants, t.implemented.participants)
                        ),
                        ("days", &pair(t.planned.days, t.implemented.days)),
                        (
                            "accompanying",
                            &pair(t.planned.accompanying, t.implemented.accompanying)
                        ),
                        (
                            "fewer",
                            &pair(
                                t.planned.fewer_opportunities,
                                t.implemented.fewer_opportunities
                            )
                        ),
                        (
                            "green",
                            &pair(t.planned.green_travel, t.implemented.green_travel)
                        ),
                    ],
                )
            )?;
        }
    }
    Ok(())
}

/// A city as the message quotes it (« Atlantis »; an empty one as « »).
fn quoted(city: &str) -> String {
    format!("« {} »", city.trim())
}
