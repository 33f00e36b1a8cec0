//! `cmq-dossiers export`: a table of a dossier as CSV or XLSX.

use std::io::{self, Write};
use std::path::Path;

use crate::export::csv::{CsvOptions, to_csv};
use crate::export::xlsx::to_xlsx;
use crate::export::{TableKind, table_of};
use crate::store;

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CSV for French spreadsheets.
    Csv,
    /// Excel workbook.
    Xlsx,
}

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
    let bytes = match format {
        Format::Csv => to_csv(&table, &CsvOptions::default()).into_bytes(),
        Format::Xlsx => match to_xlsx(&table, "CMQ Dossiers") {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: export XLSX impossible ({e})", output.display());
                return Ok(2);
            }
        },
    };
    if let Err(e) = store::write_export(output, &bytes) {
        eprintln!("{e}");
        return Ok(2);
    }
    writeln!(
        out,
        "{} : {} ligne(s) exportée(s)",
        output.display(),
        table.rows.len()
    )?;
    Ok(0)
}
