//! A column mapping: which source column fills which field. It is data — guessed from the
//! headers, adjusted by the user, saved as a small RON file and reused for the next file of the
//! same shape.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::fields::{fields_of, has_year_columns, header_year};
use crate::model::ListKind;
use crate::store::{self, StoreError, StoreErrorKind};

/// Target field key → source column header, for one kind of record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The list the rows go to.
    pub kind: ListKind,
    /// Field key (`uai`) → header of the source column (`Identifiant_de_l_etablissement`).
    pub columns: BTreeMap<String, String>,
    /// Indicators only: year → header of the column holding that year's value.
    #[serde(default)]
    pub years: BTreeMap<i32, String>,
}

impl Mapping {
    /// The mapping guessed from `headers`: each field takes the first column whose name is one
    /// of its synonyms; a column fills one field at most. For indicators, columns named by a
    /// year hold yearly values.
    pub fn guess(kind: ListKind, headers: &[String]) -> Self {
        let mut columns = BTreeMap::new();
        let mut used = vec![false; headers.len()];
        for field in fields_of(kind) {
            // Synonyms in order of preference: the first synonym found among the headers wins.
            let found = field.synonyms.iter().find_map(|syn| {
                headers.iter().enumerate().position(|(i, h)| {
                    !used[i] && crate::model::text::compact(h) == crate::model::text::compact(syn)
                })
            });
            if let Some(i) = found {
                used[i] = true;
                columns.insert(field.key.to_owned(), headers[i].clone());
            }
        }
        let years = if has_year_columns(kind) {
            headers
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .filter_map(|(_, h)| Some((header_year(h)?, h.clone())))
                .collect()
        } else {
            BTreeMap::new()
        };
        Self {
            kind,
            columns,
            years,
        }
    }

    /// The header mapped to `key`, if any.
    pub fn column(&self, key: &str) -> Option<&str> {
        self.columns.get(key).map(String::as_str)
    }

    /// Maps `key` to `header`, or unmaps it with `None`.
    pub fn set(&mut self, key: &str, header: Option<String>) {
        match header {
            Some(h) => self.columns.insert(key.to_owned(), h),
            None => self.columns.remove(key),
        };
    }

    /// Headers this mapping names that `headers` lacks: the file is not of the expected shape.
    pub fn missing_columns<'a>(&'a self, headers: &'a [String]) -> Vec<&'a str> {
        self.columns
            .values()
            .chain(self.years.values())
            .map(String::as_str)
            .filter(|h| !headers.iter().any(|x| x == h))
            .collect()
    }

    /// The mapping as RON text.
    pub fn to_text(&self) -> Result<String, ron::Error> {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
    }

    /// Writes the mapping to `path` (atomically).
    pub fn save(&self, path: &Path) -> Result<(), StoreError> {
        let text = self
            .to_text()
            .map_err(|e| StoreError::new(path, StoreErrorKind::Serialize(e.to_string())))?;
        store::write_export(path, text.as_bytes())
    }

    /// Reads a mapping saved by [`Mapping::save`]; errors name the line and column.
    pub fn load(path: &Path) -> Result<Self, StoreError> {
        let text = store::read_text(path)?;
        ron::from_str(&text).map_err(|e| StoreError::new(path, store::syntax_error(&text, &e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn guessed_from_directory_headers() {
        let m = Mapping::guess(
            ListKind::Partners,
            &headers(&[
                "Identifiant_de_l_etablissement",
                "Nom_etablissement",
                "Type_etablissement",
                "Nom_commune",
                "Voie_professionnelle",
                "SIREN_SIRET",
                "Mail",
            ]),
        );
        assert_eq!(m.column("uai"), Some("Identifiant_de_l_etablissement"));
        assert_eq!(m.column("name"), Some("Nom_etablissement"));
        assert_eq!(m.column("kind"), Some("Type_etablissement"));
        assert_eq!(m.column("commune"), Some("Nom_commune"));
        assert_eq!(m.column("voie_pro"), Some("Voie_professionnelle"));
        assert_eq!(m.column("siret"), Some("SIREN_SIRET"));
        assert_eq!(m.column("contact_email"), Some("Mail"));
        assert_eq!(m.column("country"), None);
    }

    #[test]
    fn indicator_years_and_round_trip() {
        let h = headers(&["Code", "Libellé", "Cible", "2021", "Valeur 2022"]);
        let m = Mapping::guess(ListKind::Indicators, &h);
        assert_eq!(m.column("target"), Some("Cible"));
        assert_eq!(m.years.get(&2022).map(String::as_str), Some("Valeur 2022"));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.ron");
        m.save(&path).unwrap();
        assert_eq!(Mapping::load(&path).unwrap(), m);
        assert!(m.missing_columns(&h).is_empty());
        assert_eq!(m.missing_columns(&h[..1]).len(), 4);
    }
}
