//! `cmq-dossiers export`: a document of a dossier as PDF, or a table as CSV or XLSX.

use std::io::{self, Write};
use std::path::Path;

use crate::export::csv::CsvOptions;
use crate::export::{Format, Progress, TableKind, job, table_of};
use crate::i18n::Strings;
use crate::store;

/// Exports table `kind` of `file` to `output` (CSV written as `csv` says); returns the exit code (0, or 2 when the dossier
/// cannot be read or the export cannot be written).
pub fn run(
    s: &Strings,
    file: &Path,
    format: Format,
    csv: &CsvOptions,
    kind: TableKind,
    output: &Path,
    out: &mut impl Write,
) -> io::Result<u8> {
    let Some(loaded) = dossier_to_export(s, file, output) else {
        return Ok(2);
    };
    let table = table_of(&loaded.dossier, kind);
    match job::run(&table, format, csv, output, &Progress::default()) {
        Ok(rows) => {
            let file = output.display().to_string();
            writeln!(out, "{}", s.count(&s.exported, rows, &[("file", &file)]))?;
            Ok(0)
        }
        Err(e) => {
            eprintln!("{}", e.text(s));
            Ok(2)
        }
    }
}

/// Exports a document of `file` as PDF to `output`; returns 0, or 2 on failure.
pub fn run_pdf(
    s: &Strings,
    file: &Path,
    options: &crate::export::pdf::PdfOptions,
    output: &Path,
    out: &mut impl Write,
) -> io::Result<u8> {
    let Some(loaded) = dossier_to_export(s, file, output) else {
        return Ok(2);
    };
    let today = chrono::Local::now().date_naive();
    let rules = crate::rules::calendar::CalendarRules::default();
    let written = crate::export::pdf::to_pdf(&loaded.dossier, options, &rules, today)
        .map_err(|e| e.text(s))
        .and_then(|bytes| store::write_export(output, &bytes).map_err(|e| s.file_error(&e)));
    match written {
        Ok(()) => {
            writeln!(out, "{}", output.display())?;
            Ok(0)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(2)
        }
    }
}

/// The dossier `file`, once `output` is known safe to write (not the dossier, not another one,
/// a regular file); `None` when either fails, said on standard error.
pub(super) fn dossier_to_export(s: &Strings, file: &Path, output: &Path) -> Option<store::Loaded> {
    store::check_export_output(output, &[file])
        .and_then(|()| store::load_file(file))
        .map_err(|e| eprintln!("{}", s.file_error(&e)))
        .ok()
}
