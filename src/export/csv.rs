//! CSV the way French spreadsheets open it without a wizard: UTF-8 with a BOM, `;` between
//! cells, decimal comma, dates as `JJ/MM/AAAA`. Formula-looking text is neutralised.

use super::job::Progress;
use super::table::{Cell, TableData, looks_like_formula};

/// How to write the CSV.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// Cell separator (`;` for Excel-FR and LibreOffice in French).
    pub separator: char,
    /// Write decimals with a comma (`12,5`).
    pub decimal_comma: bool,
    /// Start with a UTF-8 byte-order mark (Excel needs it to read accents right).
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        Self {
            separator: ';',
            decimal_comma: true,
            bom: true,
        }
    }
}

/// The table as CSV text.
pub fn to_csv(t: &TableData, o: &CsvOptions) -> String {
    to_csv_with(t, o, &Progress::default()).unwrap_or_default()
}

/// The table as CSV text, counting rows in `progress`; `None` when cancelled.
pub fn to_csv_with(t: &TableData, o: &CsvOptions, progress: &Progress) -> Option<String> {
    let mut out = String::new();
    if o.bom {
        out.push('\u{feff}');
    }
    let line = |cells: &mut dyn Iterator<Item = String>, out: &mut String| {
        let row: Vec<String> = cells.map(|c| quote(&c, o.separator)).collect();
        out.push_str(&row.join(&o.separator.to_string()));
        out.push_str("\r\n");
    };
    line(&mut t.headers.iter().map(|h| neutralise(h)), &mut out);
    for r in &t.rows {
        line(&mut r.iter().map(|c| cell_text(c, o)), &mut out);
        if !progress.step() {
            return None;
        }
    }
    Some(out)
}

fn cell_text(c: &Cell, o: &CsvOptions) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Text(s) => neutralise(s),
        Cell::Int(n) => n.to_string(),
        Cell::Number(x) => {
            let s = x.to_string();
            if o.decimal_comma {
                s.replace('.', ",")
            } else {
                s
            }
        }
        Cell::Money(cents) => {
            let sign = if *cents < 0 { "-" } else { "" };
            let point = if o.decimal_comma { ',' } else { '.' };
            format!(
                "{sign}{}{point}{:02}",
                (cents / 100).abs(),
                (cents % 100).abs()
            )
        }
        Cell::Date(d) => d.format("%d/%m/%Y").to_string(),
    }
}

/// Text that a spreadsheet would run as a formula, made inert with a leading apostrophe.
fn neutralise(s: &str) -> String {
    if looks_like_formula(s) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

fn quote(s: &str, separator: char) -> String {
    if s.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_csv_with_bom_semicolons_commas_and_inert_formulas() {
        let t = TableData {
            headers: vec!["Nom".into(), "Valeur".into(), "Date".into()],
            rows: vec![vec![
                Cell::Text("=HYPERLINK(\"http://x\";\"clic\")".into()),
                Cell::Number(12.5),
                Cell::Date(chrono::NaiveDate::from_ymd_opt(2020, 2, 6).unwrap()),
            ]],
        };
        let csv = to_csv(&t, &CsvOptions::default());
        assert!(csv.starts_with('\u{feff}'));
        assert_eq!(
            csv.trim_start_matches('\u{feff}'),
            "Nom;Valeur;Date\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";12,5;06/02/2020\r\n"
        );
    }
}
