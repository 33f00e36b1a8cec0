//! What an import may cost, bounded by the input's size: a spreadsheet is looked at before it is
//! read, so a small file that declares a huge sheet (a dimension of `A1:XFD1048576`, a cell at
//! `A99999999`, a hundred billion shared strings) or inflates to a gigabyte is refused, naming the
//! limit, instead of exhausting memory. CSV files are bounded by their columns and cell lengths.

use std::io::Read as _;

/// Columns a source may have (a header of a million columns is refused).
pub const MAX_COLUMNS: usize = 1_000;
/// Characters a cell may hold: no field of a dossier is longer.
pub const MAX_CELL_CHARS: usize = crate::model::MAX_TEXT_CHARS;
/// Cells a sheet may declare at the least (more when the file is big enough to hold them).
const MIN_CELL_BUDGET: u64 = 1_000_000;
/// Bytes of XML the sheets' cells take at the least, per cell, to budget a sheet's cells.
const BYTES_PER_CELL: u64 = 4;
/// Inflated bytes a workbook may hold per byte of file (real files stay far below), plus a floor.
const INFLATE_RATIO: u64 = 50;
const INFLATE_FLOOR: u64 = 16 * 1024 * 1024;
/// Bytes of XML the shared strings take at the least, per string (`<si><t/></si>`).
const BYTES_PER_STRING: u64 = 7;

/// Why a workbook is refused before it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Excess {
    /// A part inflates beyond what the file's size allows (`limit` bytes).
    Inflates {
        /// The part (`xl/worksheets/sheet1.xml`).
        part: String,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A sheet declares more cells than it could hold (`cells` declared, `limit` allowed).
    Cells {
        /// The part.
        part: String,
        /// Cells declared (columns × rows of its furthest cell).
        cells: u64,
        /// The limit.
        limit: u64,
    },
    /// More shared strings announced than the part could hold.
    Strings {
        /// Strings announced.
        count: u64,
        /// The limit.
        limit: u64,
    },
}

/// Checks a workbook's bytes (XLSX, ODS: a zip) before it is read. Files that are not a zip
/// (an old XLS) are left to the reader.
pub fn check_workbook(bytes: &[u8]) -> Result<(), Excess> {
    let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Ok(());
    };
    let limit = INFLATE_FLOOR.saturating_add((bytes.len() as u64).saturating_mul(INFLATE_RATIO));
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else {
            continue;
        };
        let part = entry
            .name()
            .map(std::borrow::Cow::into_owned)
            .unwrap_or_default();
        if !std::path::Path::new(&part)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xml"))
        {
            continue;
        }
        // Inflated for real (a declared size can lie), never beyond the limit.
        let mut xml = Vec::new();
        let read = entry.take(limit.saturating_add(1)).read_to_end(&mut xml);
        if read.is_err() {
            continue;
        }
        if xml.len() as u64 > limit {
            return Err(Excess::Inflates { part, limit });
        }
        let text = String::from_utf8_lossy(&xml);
        let budget = MIN_CELL_BUDGET.max(xml.len() as u64 / BYTES_PER_CELL);
        if part.starts_with("xl/worksheets/") {
            let (cols, rows) = furthest_cell(&text);
            let cells = cols.saturating_mul(rows);
            if cells > budget || cols > MAX_COLUMNS as u64 {
                return Err(Excess::Cells {
                    part,
                    cells,
                    limit: budget,
                });
            }
        }
        if part == "xl/sharedStrings.xml" {
            let count =
                attribute_number(&text, "uniqueCount=\"").max(attribute_number(&text, " count=\""));
            let limit = xml.len() as u64 / BYTES_PER_STRING + 1;
            if count > limit {
                return Err(Excess::Strings { count, limit });
            }
        }
    }
    Ok(())
}

/// The furthest column and row any cell reference of a sheet names (`ref="A1:XFD1048576"`,
/// `r="A99999999"`): what the reader would lay out.
fn furthest_cell(xml: &str) -> (u64, u64) {
    let (mut cols, mut rows) = (0_u64, 0_u64);
    for marker in ["ref=\"", " r=\""] {
        let mut rest = xml;
        while let Some(at) = rest.find(marker) {
            rest = &rest[at + marker.len()..];
            let value = rest.split('"').next().unwrap_or("");
            for cell in value.split(':') {
                let (c, r) = cell_position(cell);
                cols = cols.max(c);
                rows = rows.max(r);
            }
        }
    }
    (cols, rows)
}

/// Column and row numbers of `B12` (2, 12); letters and digits too long for a number count as
/// the largest.
fn cell_position(cell: &str) -> (u64, u64) {
    let letters: String = cell.chars().take_while(char::is_ascii_alphabetic).collect();
    let digits = &cell[letters.len()..];
    let col = letters.bytes().fold(0_u64, |n, b| {
        n.saturating_mul(26)
            .saturating_add(u64::from(b.to_ascii_uppercase().saturating_sub(b'A')) + 1)
    });
    let row = if digits.chars().all(|c| c.is_ascii_digit()) {
        digits.parse().unwrap_or(u64::MAX)
    } else {
        0
    };
    (col, row)
}

/// The number after the first `marker` (`uniqueCount="12"` → 12); 0 when there is none.
fn attribute_number(xml: &str, marker: &str) -> u64 {
    let head = &xml[..xml.len().min(4096)];
    head.find(marker)
        .map(|at| &head[at + marker.len()..])
        .and_then(|rest| rest.split('"').next())
        .map_or(0, |n| n.parse().unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_read_as_numbers() {
        assert_eq!(cell_position("A1"), (1, 1));
        assert_eq!(cell_position("XFD1048576"), (16_384, 1_048_576));
        assert_eq!(cell_position("A99999999999999999999999"), (1, u64::MAX));
        assert_eq!(
            furthest_cell("<dimension ref=\"A1:C3\"/><c r=\"B12\"/>"),
            (3, 12)
        );
    }
}
