//! UAI and SIRET validation against real public data (the shared test data, `../shared/testdata/`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use cmq_dossiers::model::identifiers::{Siret, Uai};

use crate::testdata;

#[test]
fn uai_accepts_every_regular_national_code_and_rejects_exactly_the_irregular_ones() {
    let Some(path) = testdata::shared("uai-codes-national.csv") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let codes: Vec<&str> = text
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(codes.len(), 5117, "the file has 5 117 codes");
    let rejected: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| Uai::parse(c).is_err())
        .collect();
    // The four irregular codes of the source: three with a wrong check letter, one not a UAI.
    assert_eq!(rejected, ["0251863X", "088998SS", "9741089K", "C752887F"]);
}

#[test]
fn siret_matches_the_expected_column_on_every_row() {
    let Some(path) = testdata::shared("siret-sample.csv") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let mut rows = 0;
    for (n, line) in text.lines().enumerate().skip(1) {
        let cols = csv_fields(line);
        let [siret, _holder, _uai, expected, ..] = cols.as_slice() else {
            panic!("line {}: not enough columns", n + 1);
        };
        let valid = Siret::parse(siret).is_ok();
        let expected = expected.as_str();
        assert_eq!(
            valid,
            expected == "valid",
            "line {}: SIRET {siret} expected {expected}",
            n + 1
        );
        rows += 1;
    }
    assert_eq!(rows, 1590);
}

/// Splits one CSV line, honouring double-quoted fields (holders' names contain commas).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                push(&mut fields, '"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            _ => push(&mut fields, c),
        }
    }
    fields
}

fn push(fields: &mut [String], c: char) {
    if let Some(last) = fields.last_mut() {
        last.push(c);
    }
}

#[test]
fn several_uais_may_share_one_siret() {
    // 0010016M (lycée) and 0010017N (its SEP) both carry SIRET 19010016400010.
    let lycee = Uai::parse("0010016M").unwrap();
    let sep = Uai::parse("0010017N").unwrap();
    assert_ne!(lycee, sep);
    assert!(Siret::parse("19010016400010").is_ok());
}
