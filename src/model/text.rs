//! Text normalisation for matching: header names, choice labels, partner names, city names.

/// Lower case, accents folded, every run of non-alphanumeric characters turned into one space:
/// `Nom_de_l'Établissement` and `nom de l etablissement` compare equal.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        let folded = fold(c);
        if folded.is_none() && !c.is_alphanumeric() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match folded {
            Some(f) => out.push_str(f),
            None => out.push(c),
        }
    }
    out
}

/// [`normalise`] without the spaces: `Code postal` and `CodePostal` compare equal.
pub fn compact(s: &str) -> String {
    normalise(s).replace(' ', "")
}

/// The ASCII letters an accented lower-case letter stands for.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' | 'ā' => "a",
        'ç' | 'č' | 'ć' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ė' | 'ē' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' | 'į' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ș' | 'ş' => "s",
        'ť' | 'ț' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_compare_without_accents_case_or_punctuation() {
        assert_eq!(
            normalise("Identifiant_de_l_etablissement"),
            "identifiant de l etablissement"
        );
        assert_eq!(
            normalise("  Nom de l'Établissement "),
            "nom de l etablissement"
        );
        assert_eq!(compact("Code postal"), compact("CodePostal"));
        assert_eq!(normalise("Lycée  professionnel"), "lycee professionnel");
        assert_eq!(normalise("Œuvre"), "oeuvre");
        assert_eq!(normalise("Wrocław"), "wroclaw");
        assert_eq!(normalise("București"), "bucuresti");
    }
}
