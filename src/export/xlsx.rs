//! XLSX through rust_xlsxwriter: typed cells, dates as dates, the header row frozen, columns
//! sized to their content. Text is always written as text, so a name starting with `=` stays
//! inert; it is also prefixed like in CSV, for those who copy cells around.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};

use super::job::Progress;
use super::table::{Cell, TableData, looks_like_formula};

/// Why no workbook came out.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The export was cancelled.
    #[error("cancelled")]
    Cancelled,
    /// The writer failed.
    #[error(transparent)]
    Xlsx(#[from] XlsxError),
}

/// The table as the bytes of an .xlsx file, in a sheet named `sheet`.
pub fn to_xlsx(t: &TableData, sheet: &str) -> Result<Vec<u8>, Error> {
    to_xlsx_with(t, sheet, &Progress::default())
}

/// Like [`to_xlsx`], counting rows in `progress` and stopping when it is cancelled.
pub fn to_xlsx_with(t: &TableData, sheet: &str, progress: &Progress) -> Result<Vec<u8>, Error> {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let euros = Format::new().set_num_format("#,##0.00 €");
    for (c, h) in t.headers.iter().enumerate() {
        ws.write_string_with_format(0, col(c), h, &bold)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, cell) in row.iter().enumerate() {
            match cell {
                Cell::Empty => {}
                Cell::Text(s) if looks_like_formula(s) => {
                    ws.write_string(r, col(c), format!("'{s}"))?;
                }
                Cell::Text(s) => {
                    ws.write_string(r, col(c), s)?;
                }
                Cell::Int(n) => {
                    ws.write_number(r, col(c), *n as f64)?;
                }
                Cell::Number(x) => {
                    ws.write_number(r, col(c), *x)?;
                }
                Cell::Money(cents) => {
                    ws.write_number_with_format(r, col(c), *cents as f64 / 100.0, &euros)?;
                }
                Cell::Date(d) => {
                    let dt = ExcelDateTime::from_ymd(
                        u16::try_from(chrono::Datelike::year(d)).unwrap_or(1900),
                        chrono::Datelike::month(d) as u8,
                        chrono::Datelike::day(d) as u8,
                    )?;
                    ws.write_datetime_with_format(r, col(c), &dt, &date)?;
                }
            }
        }
        if !progress.step() {
            return Err(Error::Cancelled);
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofit();
    Ok(book.save_to_buffer()?)
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
