//! Numbers written the French way, shared by the window and the documents.

/// An amount in cents: « 12 500,00 € » (narrow no-break spaces between thousands).
pub fn euros(cents: i64) -> String {
    let units = (cents / 100).abs().to_string();
    let mut grouped = String::new();
    for (i, c) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push('\u{202f}');
        }
        grouped.push(c);
    }
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{grouped},{:02} €", (cents % 100).abs())
}

/// A measured value: whole numbers without decimals, others with a decimal comma (« 52,8 »).
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_are_grouped_the_french_way() {
        assert_eq!(euros(125_000_000), "1\u{202f}250\u{202f}000,00 €");
        assert_eq!(euros(5), "0,05 €");
        assert_eq!(euros(-1_050), "-10,50 €");
    }

    #[test]
    fn numbers_use_a_decimal_comma() {
        assert_eq!(number(1800.0), "1800");
        assert_eq!(number(52.8), "52,8");
    }
}
