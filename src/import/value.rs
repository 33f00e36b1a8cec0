//! Cell values and their conversion to the model's types, the French way: decimal commas,
//! `06/02/2020` dates, « oui » / « non ».

use chrono::{Duration, NaiveDate};

use crate::model::text::normalise;

/// One cell of a source file. CSV cells are text; spreadsheet cells keep their type.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Nothing in the cell.
    Empty,
    /// Text (every CSV cell).
    Text(String),
    /// A number cell.
    Number(f64),
    /// A date cell.
    Date(NaiveDate),
    /// A boolean cell.
    Bool(bool),
}

/// Why a cell does not convert to what its field needs, with the cell's text. The faces word it
/// (`import::Note`); the `Display` text is for logs.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// Not a number.
    #[error("not a number: {0}")]
    Number(String),
    /// Not a date.
    #[error("not a date: {0}")]
    Date(String),
    /// Not yes or no.
    #[error("not yes or no: {0}")]
    Bool(String),
}

impl Value {
    /// True when the cell holds nothing but spaces.
    pub fn is_empty(&self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text, as a user reads it (`06/02/2020`, `12,5`, `oui`).
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(t) => t.trim().to_owned(),
            Self::Number(n) => number_text(*n),
            Self::Date(d) => d.format("%d/%m/%Y").to_string(),
            Self::Bool(b) => if *b { "oui" } else { "non" }.to_owned(),
        }
    }

    /// The cell as a number: `1 234,5`, `12.5`, `45 %` and `3 000 €` are read.
    pub fn number(&self) -> Result<f64, ValueError> {
        match self {
            Self::Number(n) => Ok(*n),
            Self::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
            _ => parse_number(&self.text()).ok_or_else(|| ValueError::Number(self.text())),
        }
    }

    /// The cell as a date: a date cell, `06/02/2020`, `6/2/20`, `2020-02-06`, `6 février 2020`,
    /// or a spreadsheet serial number.
    pub fn date(&self) -> Result<NaiveDate, ValueError> {
        match self {
            Self::Date(d) => Ok(*d),
            Self::Number(n) if (1.0..=2_958_465.0).contains(n) => {
                spreadsheet_serial(*n).ok_or_else(|| ValueError::Date(self.text()))
            }
            _ => parse_date(&self.text()).ok_or_else(|| ValueError::Date(self.text())),
        }
    }

    /// The cell as yes/no: `oui`, `x`, `1`, `vrai`, `yes` are true; empty is false.
    pub fn flag(&self) -> Result<bool, ValueError> {
        match self {
            Self::Bool(b) => Ok(*b),
            Self::Empty => Ok(false),
            Self::Number(n) => Ok(*n != 0.0),
            Self::Text(t) => match normalise(t).as_str() {
                "" | "non" | "n" | "no" | "faux" | "false" | "0" | "f" => Ok(false),
                "oui" | "o" | "x" | "yes" | "y" | "vrai" | "true" | "1" | "v" => Ok(true),
                _ => Err(ValueError::Bool(t.trim().to_owned())),
            },
            Self::Date(_) => Err(ValueError::Bool(self.text())),
        }
    }
}

/// A number as text without a useless `.0`: SIRET and years read back as typed.
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string().replace('.', ",")
    }
}

/// Reads `1 234,56`, `1.234,56`, `1,234.56`, `12.5`, `-3`, with `€` or `%` around.
pub fn parse_number(text: &str) -> Option<f64> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '€' | '%' | '\u{202f}' | '\u{a0}' | '\''))
        .collect();
    if t.is_empty() {
        return None;
    }
    let normal = match (t.rfind(','), t.rfind('.')) {
        // Both: the last one is the decimal mark, the other groups thousands.
        (Some(c), Some(d)) if c > d => t.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => t.replace(',', ""),
        (Some(_), None) if t.matches(',').count() == 1 => t.replace(',', "."),
        (Some(_), None) => return None,
        _ => t,
    };
    normal.parse::<f64>().ok().filter(|n| n.is_finite())
}

const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Reads `06/02/2020`, `6-2-2020`, `06.02.20`, `2020-02-06` (a time after it is ignored) and
/// `6 février 2020`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let day_part = t.split(['T', ' ']).next().unwrap_or(t);
    if let Ok(d) = NaiveDate::parse_from_str(day_part, "%Y-%m-%d") {
        return Some(d);
    }
    let parts: Vec<&str> = day_part.split(['/', '-', '.']).collect();
    if let [d, m, y] = parts.as_slice()
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>())
    {
        let year = match (y, y.to_string().len()) {
            (y, 4) => y,
            (y, 1 | 2) if y < 70 => 2000 + y,
            (y, 2) => 1900 + y,
            _ => return None,
        };
        return NaiveDate::from_ymd_opt(year, m, d);
    }
    let words: Vec<String> = normalise(t).split(' ').map(str::to_owned).collect();
    if let [d, month, y] = words.as_slice() {
        let day = d.trim_end_matches("er").parse::<u32>().ok()?;
        let m = MONTHS.iter().position(|name| name == month)? as u32 + 1;
        return NaiveDate::from_ymd_opt(y.parse().ok()?, m, day);
    }
    None
}

/// A spreadsheet serial day number (1900 date system, as Excel and LibreOffice write it).
fn spreadsheet_serial(n: f64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(Duration::days(n.floor() as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn french_numbers_are_read() {
        assert_eq!(parse_number("1 234,5"), Some(1234.5));
        assert_eq!(parse_number("1.234,56"), Some(1234.56));
        assert_eq!(parse_number("1,234.56"), Some(1234.56));
        assert_eq!(parse_number("3\u{202f}000 €"), Some(3000.0));
        assert_eq!(parse_number("45 %"), Some(45.0));
        assert_eq!(parse_number("-12"), Some(-12.0));
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number("douze"), None);
        assert_eq!(parse_number("NaN"), None);
    }

    #[test]
    fn french_and_iso_dates_are_read() {
        for text in [
            "06/02/2020",
            "6/2/2020",
            "06-02-2020",
            "06.02.20",
            "2020-02-06",
            "2020-02-06 00:00:00",
            "6 février 2020",
        ] {
            assert_eq!(parse_date(text), Some(d(2020, 2, 6)), "{text}");
        }
        assert_eq!(parse_date("31/02/2020"), None);
        assert_eq!(parse_date("demain"), None);
        assert_eq!(Value::Number(43867.0).date(), Ok(d(2020, 2, 6)));
    }

    #[test]
    fn flags_and_texts() {
        assert_eq!(Value::Text("Oui".into()).flag(), Ok(true));
        assert_eq!(Value::Text(" ".into()).flag(), Ok(false));
        assert!(Value::Text("peut-être".into()).flag().is_err());
        assert_eq!(Value::Number(21_350_016_800_025.0).text(), "21350016800025");
        assert_eq!(Value::Number(12.5).text(), "12,5");
    }
}
