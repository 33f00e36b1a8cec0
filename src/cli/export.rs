//! `cmq-dossiers export`: a document of a dossier as PDF, or a table as CSV or XLSX.

use std::io::{self, Write};
use std::path::Path;

use crate::export::csv::CsvOptions;
use crate::export::{Format, Progress, TableKind, job, table_of};
use crate::store;

/// Exports table `kind` of `file` to `output` (CSV written as `csv` says); returns the exit code (0, or 2 when the dossier
/// cannot be read or the export cannot be written).
pub fn run(
    file: &Path,
    format: Format,
    csv: &CsvOptions,
    kind: TableKind,
    output: &Path,
    out: &mut impl Write,
) -> io::Result<u8> {
    let loaded = match store::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return Ok(2);
        }
    };
    let table = table_of(&loaded.dossier, kind);
    match job::run(&table, format, csv, output, &Progress::default()) {
        Ok(rows) => {
            writeln!(out, "{} : {rows} ligne(s) exportée(s)", output.display())?;
            Ok(0)
        }
        Err(e) => {
            eprintln!("{}: {e}", output.display());
            Ok(2)
        }
    }
}

/// Exports a document of `file` as PDF to `output`; returns 0, or 2 on failure.
pub fn run_pdf(
    file: &Path,
    options: &crate::export::pdf::PdfOptions,
    output: &Path,
    out: &mut impl Write,
) -> io::Result<u8> {
    let loaded = match store::load_file(file) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return Ok(2);
        }
    };
    let today = chrono::Local::now().date_naive();
    let rules = crate::rules::calendar::CalendarRules::default();
    let written = crate::export::pdf::to_pdf(&loaded.dossier, options, &rules, today)
        .map_err(|e| e.to_string())
        .and_then(|bytes| store::write_export(output, &bytes).map_err(|e| e.to_string()));
    match written {
        Ok(()) => {
            writeln!(out, "{}", output.display())?;
            Ok(0)
        }
        Err(e) => {
            eprintln!("{}: {e}", output.display());
            Ok(2)
        }
    }
}
