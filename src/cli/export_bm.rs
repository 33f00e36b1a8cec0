//! `cmq-dossiers export FICHIER --table mobilities-bm --template EXPORT_BM.xlsx|csv`: the
//! participants of a project written into the user's own Beneficiary Module file (its header
//! row, its markers, its date format), the column mapping saved per action and call year in
//! the workspace (`module-beneficiaire/KA121-2022.ron`, editable), and the rows the BM would
//! refuse listed with the reason.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::export::bm::{BmReport, into_template};
use crate::export::csv::CsvOptions;
use crate::export::{Format, Progress, job};
use crate::i18n::{Strings, fill};
use crate::import::Value;
use crate::import::read::read_file;
use crate::model::project::Project;
use crate::rules::bm::{BmProblem, DateFormat, Mapping, Template, TemplateCell};
use crate::store;

/// The folder of a workspace where the column mappings of Beneficiary Module files are saved.
pub const MAPPINGS_FOLDER: &str = "module-beneficiaire";

/// What `export --template` was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BmArgs {
    /// The dossier.
    pub file: PathBuf,
    /// CSV or XLSX.
    pub format: Format,
    /// The user's Beneficiary Module file.
    pub template: PathBuf,
    /// The project (reference or grant agreement number), when the template does not say.
    pub project: Option<String>,
    /// CSV options (the separator follows a CSV template's).
    pub csv: CsvOptions,
    /// Where to write.
    pub output: PathBuf,
}

/// The saved mapping of `project`'s action and call year, in `workspace`.
pub fn mapping_path(workspace: &Path, project: &Project) -> PathBuf {
    let action = project.action.code().unwrap_or("COVE");
    workspace
        .join(MAPPINGS_FOLDER)
        .join(format!("{action}-{}.ron", project.call_year))
}

/// Writes the participants into the template; returns 0 when the BM would take every row, 1
/// when rows are listed to fix (the file is written all the same), 2 when nothing could be
/// written.
pub fn run(s: &Strings, args: &BmArgs, out: &mut impl Write) -> io::Result<u8> {
    let Some(loaded) = super::export::dossier_to_export(s, &args.file, &args.output) else {
        return Ok(2);
    };
    let d = &loaded.dossier;
    let sheet = match read_file(&args.template, &Progress::default()) {
        Ok(sheet) => sheet,
        Err(e) => {
            eprintln!("{}", e.text(s));
            return Ok(2);
        }
    };
    let mut rows: Vec<Vec<TemplateCell>> = Vec::with_capacity(sheet.rows.len() + 1);
    if let Some(markers) = &sheet.markers {
        rows.push(markers.iter().cloned().map(TemplateCell::Text).collect());
    }
    rows.extend(sheet.rows.iter().map(|r| {
        r.cells
            .iter()
            .map(|v| match v {
                Value::Empty => TemplateCell::Empty,
                Value::Date(day) => TemplateCell::Date(*day),
                other => TemplateCell::Text(other.text()),
            })
            .collect()
    }));
    let template = Template::read(sheet.headers.clone(), &rows);
    let project = match &args.project {
        Some(r) => d.projects.iter().find(|p| {
            p.reference.trim().eq_ignore_ascii_case(r.trim())
                || p.grant_agreement.trim() == r.trim()
        }),
        None => template.project(d),
    };
    let Some(project) = project else {
        eprintln!("{}", s.bm_no_project);
        return Ok(2);
    };
    let workspace = args.file.parent().unwrap_or(Path::new("."));
    let saved_at = mapping_path(workspace, project);
    let saved = match std::fs::read_to_string(&saved_at) {
        Err(_) => None,
        Ok(text) => match ron::from_str::<Mapping>(&text) {
            Ok(m) => Some(m),
            Err(e) => {
                let at = format!(
                    "{}:{}:{}: {}",
                    saved_at.display(),
                    e.span.start.line,
                    e.span.start.col,
                    e.code
                );
                eprintln!("{}", fill(s.bm_mapping_error, &[("error", &at)]));
                return Ok(2);
            }
        },
    };
    let mapping = Mapping::of(&template, saved.as_ref());
    let (table, report) = into_template(d, project, &template, &mapping);
    let mut csv = args.csv.clone();
    if let Some(separator) = sheet.info.delimiter {
        csv.separator = separator;
    }
    if let Err(e) = job::run(
        &table,
        args.format,
        &csv,
        &args.output,
        &Progress::default(),
    ) {
        eprintln!("{}", e.text(s));
        return Ok(2);
    }
    if saved.is_none() {
        let written = ron::ser::to_string_pretty(&mapping, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string())
            .and_then(|text| {
                std::fs::create_dir_all(workspace.join(MAPPINGS_FOLDER))
                    .map_err(|e| e.to_string())?;
                store::write_export(&saved_at, text.as_bytes()).map_err(|e| s.file_error(&e))
            });
        match written {
            Ok(()) => writeln!(
                out,
                "{}",
                fill(
                    s.bm_mapping_saved,
                    &[("file", &saved_at.display().to_string())]
                )
            )?,
            Err(e) => eprintln!("{e}"),
        }
    } else {
        writeln!(
            out,
            "{}",
            fill(
                s.bm_mapping_used,
                &[("file", &saved_at.display().to_string())]
            )
        )?;
    }
    print_report(s, &template, project, &report, &args.output, out)?;
    Ok(u8::from(!report.problems.is_empty()))
}

/// The report in words: what was written, the columns left empty, the rows to fix.
fn print_report(
    s: &Strings,
    template: &Template,
    project: &Project,
    report: &BmReport,
    output: &Path,
    out: &mut impl Write,
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        fill(
            s.bm_written,
            &[
                ("rows", &report.rows.to_string()),
                ("project", &project.reference),
                ("file", &output.display().to_string()),
                ("columns", &template.headers.len().to_string()),
            ],
        )
    )?;
    let format = match template.date_format {
        DateFormat::Typed => s.bm_dates_typed.to_owned(),
        other => other
            .pattern()
            .unwrap_or_default()
            .replace("%d", "JJ")
            .replace("%m", "MM")
            .replace("%Y", "AAAA"),
    };
    let said = if template.date_format_found {
        s.bm_dates_found
    } else {
        s.bm_dates_default
    };
    writeln!(out, "{}", fill(said, &[("format", &format)]))?;
    if !report.unknown_columns.is_empty() {
        writeln!(
            out,
            "{}",
            fill(
                s.bm_unknown_columns,
                &[("columns", &report.unknown_columns.join(" ; "))]
            )
        )?;
    }
    if !report.problems.is_empty() {
        writeln!(
            out,
            "{}",
            fill(s.bm_problems, &[("n", &report.problems.len().to_string())])
        )?;
    }
    for (line, id, problem) in &report.problems {
        writeln!(
            out,
            "{}",
            fill(
                s.bm_problem_line,
                &[
                    ("line", &line.to_string()),
                    ("id", id),
                    ("problem", &problem_text(s, problem)),
                ],
            )
        )?;
    }
    Ok(())
}

/// A problem in words.
pub fn problem_text(s: &Strings, p: &BmProblem) -> String {
    match p {
        BmProblem::Finding(f) => (s.issue)(&f.issue),
        BmProblem::NoActivityId => s.bm_no_activity_id.to_owned(),
        BmProblem::DuplicateActivityId(id) => fill(s.bm_duplicate_id, &[("id", id)]),
        BmProblem::NoGrantAgreement => s.bm_no_grant_agreement.to_owned(),
        BmProblem::NoOid { organisation } => fill(s.bm_no_oid, &[("organisation", organisation)]),
        BmProblem::NoTransport => s.bm_no_transport.to_owned(),
        BmProblem::NoDataType => s.bm_no_data_type.to_owned(),
    }
}
