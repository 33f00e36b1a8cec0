//! Reading a source file into a [`Sheet`]: CSV with its encoding, delimiter and header row
//! detected, or the first non-empty sheet of an XLSX, XLS or ODS workbook.

use crate::i18n::{Strings, fill};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader as _};

use super::value::Value;
use crate::session::Progress;

/// The rows of a source file under its header.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// Column names, from the header row (`Colonne 3` where a header cell is empty).
    pub headers: Vec<String>,
    /// Data rows, in file order.
    pub rows: Vec<SourceRow>,
    /// What was detected.
    pub info: SourceInfo,
    /// A row of markers under the header (mandatory `*`, `DICT`, date formats), as Mobility
    /// Tool+ and Beneficiary Module templates have: kept apart, never read as data.
    pub markers: Option<Vec<String>>,
}

/// One data row with the line (CSV) or row number (spreadsheet) it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceRow {
    /// 1-based line or row number in the source, as a spreadsheet shows it.
    pub line: usize,
    /// Cells, one per column (missing trailing cells are empty).
    pub cells: Vec<Value>,
}

/// How the file was read, shown to the user above the preview.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceInfo {
    /// `CSV`, `XLSX`, `ODS`…
    pub format: String,
    /// Encoding of a CSV file (`UTF-8 (BOM)`, `Windows-1252`…).
    pub encoding: Option<&'static str>,
    /// Delimiter of a CSV file.
    pub delimiter: Option<char>,
    /// Sheet read in a workbook.
    pub sheet: Option<String>,
    /// 1-based line of the header row.
    pub header_line: usize,
}

/// Why a source file cannot be read; names the file and, where known, the line. The faces
/// word it with [`ReadError::text`]; the `Display` text is for logs.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file cannot be opened or read.
    #[error("{path}: read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The extension is not one the import reads.
    #[error("{0}: unknown format")]
    UnknownFormat(PathBuf),
    /// Not a regular file (a FIFO, a device): not read (it could block for ever).
    #[error("{0}: not a regular file")]
    NotAFile(PathBuf),
    /// The file holds no row.
    #[error("{0}: empty")]
    Empty(PathBuf),
    /// The CSV is malformed at a line.
    #[error("{path}:{line}: csv: {message}")]
    Csv {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What the parser said.
        message: String,
    },
    /// The workbook is damaged or protected.
    #[error("{path}: workbook: {message}")]
    Workbook {
        /// The file.
        path: PathBuf,
        /// What the reader said.
        message: String,
    },
    /// A quoted field opened at `line` is never closed: the rows after it would merge into it.
    #[error("{path}:{line}: unclosed quote")]
    UnclosedQuote {
        /// The file.
        path: PathBuf,
        /// 1-based line of the opening quote.
        line: usize,
    },
    /// Lines in UTF-8 and lines in another encoding in one file: no single reading is right.
    #[error("{path}:{other_line}: mixed encodings (UTF-8 at line {utf8_line})")]
    MixedEncodings {
        /// The file.
        path: PathBuf,
        /// A line written in UTF-8.
        utf8_line: usize,
        /// A line that is not UTF-8.
        other_line: usize,
    },
    /// A NUL byte: a UTF-16 file without its byte-order mark, or not a text file.
    #[error("{path}:{line}: NUL byte")]
    NulByte {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first NUL.
        line: usize,
    },
    /// More columns than a source may have.
    #[error("{path}:{line}: {found} columns")]
    TooManyColumns {
        /// The file.
        path: PathBuf,
        /// 1-based line (row) where they are.
        line: usize,
        /// How many.
        found: usize,
    },
    /// A cell longer than any field of a dossier.
    #[error("{path}:{line}: cell too long")]
    CellTooLong {
        /// The file.
        path: PathBuf,
        /// 1-based line (row) of the cell.
        line: usize,
    },
    /// A workbook that declares more than its size allows (a bomb): not read.
    #[error("{path}: out of proportion: {excess:?}")]
    OutOfProportion {
        /// The file.
        path: PathBuf,
        /// What exceeds which limit.
        excess: super::bounds::Excess,
    },
    /// The user cancelled.
    #[error("cancelled")]
    Cancelled,
    /// The work stopped on an internal error (its message).
    #[error("internal error: {0}")]
    Crashed(String),
}

impl ReadError {
    /// The error in the language of `s`.
    pub fn text(&self, s: &Strings) -> String {
        let t = &s.import;
        let file = |p: &Path| p.display().to_string();
        match self {
            Self::Io { path, source } => fill(
                t.read_io,
                &[("file", &file(path)), ("reason", &source.to_string())],
            ),
            Self::UnknownFormat(path) => fill(t.read_format, &[("file", &file(path))]),
            Self::NotAFile(path) => fill(t.read_not_a_file, &[("file", &file(path))]),
            Self::Empty(path) => fill(t.read_empty, &[("file", &file(path))]),
            Self::Csv {
                path,
                line,
                message,
            } => fill(
                t.read_csv,
                &[
                    ("file", &file(path)),
                    ("line", &line.to_string()),
                    ("reason", message),
                ],
            ),
            Self::Workbook { path, message } => fill(
                t.read_workbook,
                &[("file", &file(path)), ("reason", message)],
            ),
            Self::UnclosedQuote { path, line } => fill(
                t.read_unclosed_quote,
                &[("file", &file(path)), ("line", &line.to_string())],
            ),
            Self::MixedEncodings {
                path,
                utf8_line,
                other_line,
            } => fill(
                t.read_mixed_encodings,
                &[
                    ("file", &file(path)),
                    ("line", &other_line.to_string()),
                    ("utf8_line", &utf8_line.to_string()),
                ],
            ),
            Self::NulByte { path, line } => fill(
                t.read_nul,
                &[("file", &file(path)), ("line", &line.to_string())],
            ),
            Self::TooManyColumns { path, line, found } => fill(
                t.read_columns,
                &[
                    ("file", &file(path)),
                    ("line", &line.to_string()),
                    ("found", &found.to_string()),
                    ("max", &super::bounds::MAX_COLUMNS.to_string()),
                ],
            ),
            Self::CellTooLong { path, line } => fill(
                t.read_cell_long,
                &[
                    ("file", &file(path)),
                    ("line", &line.to_string()),
                    ("max", &super::bounds::MAX_CELL_CHARS.to_string()),
                ],
            ),
            Self::OutOfProportion { path, excess } => {
                let what = match excess {
                    super::bounds::Excess::Inflates { part, limit } => fill(
                        t.excess_inflates,
                        &[
                            ("part", part),
                            ("limit", &(limit / (1024 * 1024)).to_string()),
                        ],
                    ),
                    super::bounds::Excess::Cells { part, cells, limit } => fill(
                        t.excess_cells,
                        &[
                            ("part", part),
                            ("cells", &cells.to_string()),
                            ("limit", &limit.to_string()),
                        ],
                    ),
                    super::bounds::Excess::Strings { count, limit } => fill(
                        t.excess_strings,
                        &[("count", &count.to_string()), ("limit", &limit.to_string())],
                    ),
                };
                fill(
                    t.read_out_of_proportion,
                    &[("file", &file(path)), ("what", &what)],
                )
            }
            Self::Cancelled => t.cancelled.to_owned(),
            Self::Crashed(reason) => fill(s.crashed, &[("what", t.import), ("reason", reason)]),
        }
    }
}

/// Reads `path` (CSV, TXT, TSV, XLSX, XLSM, XLS or ODS), counting rows on `progress`.
pub fn read_file(path: &Path, progress: &Progress) -> Result<Sheet, ReadError> {
    let mut sheet = read_any(path, progress)?;
    let first: Option<Vec<String>> = sheet
        .rows
        .first()
        .map(|r| r.cells.iter().map(Value::text).collect());
    if let Some(first) = first
        && crate::rules::bm::is_marker_row(&first)
    {
        sheet.rows.remove(0);
        sheet.markers = Some(first);
    }
    Ok(sheet)
}

/// A sheet read as a Beneficiary Module template: its header row, its row of markers and its
/// rows, for [`crate::rules::bm::Template::read`].
pub fn bm_template(sheet: &Sheet) -> crate::rules::bm::Template {
    use crate::rules::bm::TemplateCell;
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
    crate::rules::bm::Template::read(sheet.headers.clone(), &rows)
}

/// [`read_file`] before the row of markers is set apart.
fn read_any(path: &Path, progress: &Progress) -> Result<Sheet, ReadError> {
    if crate::store::ensure_regular_file(path).is_err() {
        return Err(ReadError::NotAFile(path.to_owned()));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
                path: path.to_owned(),
                source,
            })?;
            read_csv(&bytes, path, progress)
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
                path: path.to_owned(),
                source,
            })?;
            read_workbook(&bytes, path, progress)
        }
        _ => Err(ReadError::UnknownFormat(path.to_owned())),
    }
}

/// Decodes `bytes`: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (which
/// covers Latin-1). Returns the text and the encoding's name.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 (BOM)"
        } else {
            encoding.name()
        };
        return (text.into_owned(), name);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), "UTF-8")
    } else {
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
        (text.into_owned(), "Windows-1252 / Latin-1")
    }
}

/// The delimiter that splits the first lines most regularly: `;` (French spreadsheets), `,`,
/// tab or `|`. Decimal commas make `,` irregular, so `;` wins when both appear.
pub fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    let mut best = (b';', 0.0_f64);
    for candidate in [b';', b'\t', b',', b'|'] {
        let counts: Vec<usize> = lines
            .iter()
            .map(|l| count_outside_quotes(l, candidate))
            .collect();
        let Some(mode) = mode(&counts) else { continue };
        if mode == 0 {
            continue;
        }
        let regular = counts.iter().filter(|&&c| c == mode).count() as f64 / counts.len() as f64;
        if regular > best.1 + 1e-9 {
            best = (candidate, regular);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            n += 1;
        }
    }
    n
}

fn mode(counts: &[usize]) -> Option<usize> {
    let mut tally = std::collections::BTreeMap::new();
    for &c in counts {
        *tally.entry(c).or_insert(0_usize) += 1;
    }
    tally
        .into_iter()
        .max_by_key(|&(count, times)| (times, count))
        .map(|(c, _)| c)
}

/// Refuses bytes no single decoding reads faithfully: a NUL byte (UTF-16 without its mark),
/// or UTF-8 lines beside lines in another encoding (« LycÃ©e » otherwise).
fn faithful(bytes: &[u8], path: &Path) -> Result<(), ReadError> {
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return Ok(());
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(ReadError::NulByte {
            path: path.to_owned(),
            line: line_at(bytes, at),
        });
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(());
    }
    let (mut utf8_line, mut other_line) = (None, None);
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        match std::str::from_utf8(line) {
            Ok(text) if !text.is_ascii() => utf8_line = utf8_line.or(Some(n + 1)),
            Ok(_) => {}
            Err(_) => other_line = other_line.or(Some(n + 1)),
        }
        if let (Some(utf8_line), Some(other_line)) = (utf8_line, other_line) {
            return Err(ReadError::MixedEncodings {
                path: path.to_owned(),
                utf8_line,
                other_line,
            });
        }
    }
    Ok(())
}

/// The 1-based line of byte `at`.
fn line_at(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(..at)
        .map_or(0, |b| b.split(|&c| c == b'\n').count() - 1)
        + 1
}

/// The line of a quoted field that is never closed, if there is one: a quote opens a field
/// only at its start (as the CSV reader reads it), `""` inside is a quote, and a quote closes it.
fn unclosed_quote(text: &str, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut line, mut opened_at) = (1_usize, 0_usize);
    let (mut quoted, mut field_start) = (false, true);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if quoted {
            if b == b'"' {
                if bytes.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && field_start {
            quoted = true;
            opened_at = line;
        }
        field_start = !quoted && (b == delimiter || b == b'\n');
        if b == b'\n' {
            line += 1;
        }
        i += 1;
    }
    quoted.then_some(opened_at)
}

/// Reads CSV bytes; `path` names the file in errors.
pub fn read_csv(bytes: &[u8], path: &Path, progress: &Progress) -> Result<Sheet, ReadError> {
    faithful(bytes, path)?;
    let (text, encoding) = decode(bytes);
    let delimiter = sniff_delimiter(&text);
    if let Some(line) = unclosed_quote(&text, delimiter) {
        return Err(ReadError::UnclosedQuote {
            path: path.to_owned(),
            line,
        });
    }
    progress.set_total(text.lines().count());
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let (mut line, mut counted) = (1_usize, 0_usize);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                // Counted here: the csv crate's own line numbers skip blank lines.
                let mut byte = record.position().map_or(0, csv::Position::byte) as usize;
                while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
                    byte += 1;
                }
                line += text
                    .get(counted..byte)
                    .map_or(0, |part| part.matches('\n').count());
                counted = counted.max(byte);
                if record.len() > super::bounds::MAX_COLUMNS {
                    return Err(ReadError::TooManyColumns {
                        path: path.to_owned(),
                        line,
                        found: record.len(),
                    });
                }
                if record.iter().any(|c| {
                    c.len() > super::bounds::MAX_CELL_CHARS
                        && c.chars().count() > super::bounds::MAX_CELL_CHARS
                }) {
                    return Err(ReadError::CellTooLong {
                        path: path.to_owned(),
                        line,
                    });
                }
                let cells = record
                    .iter()
                    .map(|c| {
                        if c.trim().is_empty() {
                            Value::Empty
                        } else {
                            Value::Text(c.to_owned())
                        }
                    })
                    .collect();
                rows.push(SourceRow { line, cells });
                if !progress.step() {
                    return Err(ReadError::Cancelled);
                }
            }
            Err(e) => {
                return Err(ReadError::Csv {
                    path: path.to_owned(),
                    line: e.position().map_or(0, csv::Position::line),
                    message: e.to_string(),
                });
            }
        }
    }
    let info = SourceInfo {
        format: "CSV".into(),
        encoding: Some(encoding),
        delimiter: Some(char::from(delimiter)),
        sheet: None,
        header_line: 0,
    };
    with_header(rows, info, path)
}

/// Reads the first non-empty sheet of a workbook's bytes (XLSX, XLS, XLSB or ODS, recognised by
/// content); `path` names the file in errors and gives the format's name.
pub fn read_workbook(bytes: &[u8], path: &Path, progress: &Progress) -> Result<Sheet, ReadError> {
    let fail = |message: String| ReadError::Workbook {
        path: path.to_owned(),
        message,
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    super::bounds::check_workbook(bytes).map_err(|excess| ReadError::OutOfProportion {
        path: path.to_owned(),
        excess,
    })?;
    let mut book = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| fail(e.to_string()))?;
    let names = book.sheet_names();
    for (n, name) in names.iter().enumerate() {
        let Some(range) = book.worksheet_range_at(n) else {
            continue;
        };
        let range = range.map_err(|e| fail(e.to_string()))?;
        if range.is_empty() {
            continue;
        }
        let first_row = range.start().map_or(0, |(r, _)| r as usize);
        let first_col = range.start().map_or(0, |(_, c)| c as usize);
        progress.set_total(range.height());
        let mut rows = Vec::with_capacity(range.height());
        for (i, row) in range.rows().enumerate() {
            let line = first_row + i + 1;
            if first_col + row.len() > super::bounds::MAX_COLUMNS {
                return Err(ReadError::TooManyColumns {
                    path: path.to_owned(),
                    line,
                    found: first_col + row.len(),
                });
            }
            let mut cells = vec![Value::Empty; first_col];
            cells.extend(row.iter().map(cell));
            if cells.iter().any(|c| {
                let t = c.text();
                t.len() > super::bounds::MAX_CELL_CHARS
                    && t.chars().count() > super::bounds::MAX_CELL_CHARS
            }) {
                return Err(ReadError::CellTooLong {
                    path: path.to_owned(),
                    line,
                });
            }
            rows.push(SourceRow { line, cells });
            if !progress.step() {
                return Err(ReadError::Cancelled);
            }
        }
        let info = SourceInfo {
            format: ext.to_uppercase(),
            encoding: None,
            delimiter: None,
            sheet: Some(name.clone()),
            header_line: 0,
        };
        return with_header(rows, info, path);
    }
    Err(ReadError::Empty(path.to_owned()))
}

fn cell(data: &Data) -> Value {
    match data {
        Data::Empty => Value::Empty,
        Data::String(s) if s.trim().is_empty() => Value::Empty,
        Data::String(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::DateTimeIso(s) => {
            super::value::parse_date(s).map_or_else(|| Value::Text(s.clone()), Value::Date)
        }
        Data::Float(f) => Value::Number(*f),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(d) => d
            .as_datetime()
            .map_or(Value::Number(d.as_f64()), |dt| Value::Date(dt.date())),
        Data::Error(e) => Value::Text(format!("#{e}")),
    }
}

/// Finds the header row among the first rows (title lines above it are skipped) and keeps the
/// rows below it that are not blank.
fn with_header(
    rows: Vec<SourceRow>,
    mut info: SourceInfo,
    path: &Path,
) -> Result<Sheet, ReadError> {
    let filled = |r: &SourceRow| r.cells.iter().filter(|c| !c.is_empty()).count();
    let widest = rows.iter().take(50).map(filled).max().unwrap_or(0);
    if widest == 0 {
        return Err(ReadError::Empty(path.to_owned()));
    }
    let wanted = widest.div_ceil(2).max(1);
    let header_at = rows
        .iter()
        .take(20)
        .position(|r| {
            filled(r) >= wanted
                && r.cells
                    .iter()
                    .all(|c| matches!(c, Value::Empty | Value::Text(_)))
        })
        .unwrap_or(0);
    let mut rows = rows.into_iter().skip(header_at);
    let header = rows
        .next()
        .ok_or_else(|| ReadError::Empty(path.to_owned()))?;
    info.header_line = header.line;
    let width = header.cells.len().max(widest);
    let headers = (0..width)
        .map(|i| match header.cells.get(i).map(Value::text) {
            Some(t) if !t.is_empty() => t,
            _ => format!("Colonne {}", column_letter(i)),
        })
        .collect();
    let rows = rows
        .filter(|r| filled(r) > 0)
        .map(|mut r| {
            r.cells.resize(width, Value::Empty);
            r
        })
        .collect();
    Ok(Sheet {
        headers,
        rows,
        info,
        markers: None,
    })
}

/// Spreadsheet column name: A, B, …, Z, AA…
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut s = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        s.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    s.iter().rev().collect()
}

impl SourceInfo {
    /// What was found, in the language of `s` (`CSV · UTF-8 · separator “;” · header line 1`).
    pub fn text(&self, s: &Strings) -> String {
        let t = &s.import;
        let mut parts = vec![self.format.clone()];
        parts.extend(self.encoding.map(str::to_owned));
        if let Some(d) = self.delimiter {
            parts.push(match d {
                '\t' => t.source_tab.to_owned(),
                c => fill(t.source_separator, &[("c", &c.to_string())]),
            });
        }
        if let Some(sheet) = &self.sheet {
            parts.push(fill(t.source_sheet, &[("sheet", sheet)]));
        }
        parts.push(fill(
            t.source_header,
            &[("line", &self.header_line.to_string())],
        ));
        parts.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(bytes: &[u8]) -> Sheet {
        read_csv(bytes, Path::new("t.csv"), &Progress::default()).unwrap()
    }

    #[test]
    fn latin1_semicolons_and_a_title_line() {
        let bytes = b"Liste des partenaires\n\nNom;Commune;Montant\nLyc\xe9e Br\xe9quigny;Rennes;1 234,5\n;;\n\"A;B\";Brest;2\n";
        let s = csv(bytes);
        assert_eq!(s.info.encoding, Some("Windows-1252 / Latin-1"));
        assert_eq!(s.info.delimiter, Some(';'));
        assert_eq!(s.info.header_line, 3);
        assert_eq!(s.headers, ["Nom", "Commune", "Montant"]);
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[0].line, 4);
        assert_eq!(s.rows[0].cells[0].text(), "Lycée Bréquigny");
        assert_eq!(s.rows[1].cells[0].text(), "A;B");
        assert_eq!(s.rows[1].line, 6);
    }

    #[test]
    fn commas_tabs_and_bom() {
        let s = csv("\u{feff}name,city\n\"Dupont, SA\",Lyon\n".as_bytes());
        assert_eq!(s.info.encoding, Some("UTF-8 (BOM)"));
        assert_eq!(s.headers, ["name", "city"]);
        assert_eq!(s.rows[0].cells[0].text(), "Dupont, SA");
        let s = csv(b"a\tb\n1,5\t2\n");
        assert_eq!(s.info.delimiter, Some('\t'));
        assert_eq!(s.rows[0].cells[0].text(), "1,5");
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }
}
