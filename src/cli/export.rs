//! `cmq-dossiers export`: a table of a dossier as CSV or XLSX.

use std::io::{self, Write};
use std::path::Path;

use crate::export::{Format, Progress, TableKind, job, table_of};
use crate::store;

/// Exports table `kind` of `file` to `output`; returns the exit code (0, or 2 when the dossier
/// cannot be read or the export cannot be written).
pub fn run(
    file: &Path,
    format: Format,
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
    match job::run(&table, format, output, &Progress::default()) {
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
