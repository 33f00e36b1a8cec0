//! `cmq-dossiers import campus LISTE --into DOSSIER_DE_TRAVAIL`: one dossier per campus of a
//! list (an arrêté's, a new région's), with a per-row report; nothing is written when a row is
//! rejected, unless the user accepts a partial import.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::i18n::{Strings, fill};
use crate::import::campuses::{self, CampusPlan, Written};
use crate::model::Dossier;
use crate::rules::calendar::CalendarRules;
use crate::session::{Progress, WRITER_PATIENCE, Workspace};
use crate::store;

/// What `import campus` was asked to do.
pub struct Args<'a> {
    /// The list (CSV or spreadsheet).
    pub source: &'a PathBuf,
    /// The workspace folder.
    pub into: &'a PathBuf,
    /// Report only.
    pub dry_run: bool,
    /// Write the accepted rows even when some are rejected.
    pub accept_partial: bool,
}

/// Runs the import; 0 when every row was accepted (and written unless a dry run), 1 when rows
/// were rejected, 2 when the list, the workspace or a dossier cannot be read or written.
pub fn run(s: &Strings, a: &Args<'_>, out: &mut impl Write) -> io::Result<u8> {
    let t = &s.import;
    let paths = match store::list_dossiers(a.into) {
        Ok(paths) => paths,
        Err(e) => {
            eprintln!("{}", s.file_error(&e));
            return Ok(2);
        }
    };
    // Every dossier of the workspace is read: a campus already there is completed, never doubled.
    let mut existing: Vec<(PathBuf, Dossier)> = Vec::new();
    for path in paths {
        match store::load_file(&path) {
            Ok(loaded) => existing.push((path, loaded.dossier)),
            Err(e) => {
                eprintln!("{}", s.file_error(&e));
                return Ok(2);
            }
        }
    }
    let sheet = match crate::import::read::read_file(a.source, &Progress::default()) {
        Ok(sheet) => sheet,
        Err(e) => {
            eprintln!("{}", e.text(s));
            return Ok(2);
        }
    };
    writeln!(
        out,
        "{}",
        s.labelled(&a.source.display().to_string(), &sheet.info.text(s))
    )?;
    let plan = campuses::plan(&sheet, &existing);
    report(&plan, &a.source.display().to_string(), s, out)?;
    let rejected = plan.rejected();
    let code = u8::from(rejected > 0);
    if a.dry_run {
        writeln!(out, "{}", t.cli_dry_run)?;
        return Ok(code);
    }
    if rejected > 0 && !a.accept_partial {
        writeln!(
            out,
            "{}",
            fill(
                t.cli_partial,
                &[("rejected", &s.count(&t.cli_rejected_rows, rejected, &[]))],
            )
        )?;
        return Ok(1);
    }
    let today = chrono::Local::now().date_naive();
    let workspace = match Workspace::open(a.into, today, CalendarRules::default()) {
        Ok(ws) => ws,
        Err(e) => {
            eprintln!("{}", s.file_error(&e));
            return Ok(2);
        }
    };
    for update in plan.campuses {
        match campuses::write(update, &workspace, WRITER_PATIENCE) {
            Ok(Written::Created(path)) => writeln!(
                out,
                "{}",
                fill(t.campus_created, &[("file", &path.display().to_string())])
            )?,
            Ok(Written::Completed(path)) => writeln!(
                out,
                "{}",
                fill(t.cli_saved, &[("file", &path.display().to_string())])
            )?,
            Err(e) => {
                eprintln!("{}", e.text(s));
                return Ok(2);
            }
        }
    }
    Ok(code)
}

/// Prints one line per row (`LISTE.csv:12: …`, as a compiler names a line) and per campus,
/// then the counts.
fn report(plan: &CampusPlan, src: &str, s: &Strings, out: &mut impl Write) -> io::Result<()> {
    let t = &s.import;
    for line in campuses::report(plan, s, |line| format!("{src}:{line}:")) {
        writeln!(out, "{line}")?;
    }
    let new = plan
        .campuses
        .iter()
        .filter(|c| c.existing.is_none())
        .count();
    writeln!(
        out,
        "{}",
        fill(
            t.campus_counts,
            &[
                ("rows", &s.count(&t.rows, plan.rows.len(), &[])),
                ("new", &new.to_string()),
                ("completed", &(plan.campuses.len() - new).to_string()),
                ("rejected", &plan.rejected().to_string()),
            ],
        )
    )
}
