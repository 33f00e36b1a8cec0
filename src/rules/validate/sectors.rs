//! Checks of sectors and their formations.

use std::collections::HashSet;

use crate::model::Dossier;
use crate::model::sector::{LEVELS, Sector};

use super::{Checks, Finding, Issue, RecordKind as _, duplicate_ids};

impl Checks for Sector {
    fn check_record(_: usize, s: &Self, path: &str, out: &mut Vec<Finding>) {
        if s.name.trim().is_empty() {
            out.push(Finding::error(format!("{path}.name"), Issue::SectorName));
        }
        for (j, f) in s.formations.iter().enumerate() {
            if !LEVELS.contains(&f.level) {
                out.push(Finding::error(
                    format!("{path}.formations[{j}].level"),
                    Issue::Level { level: f.level },
                ));
            }
        }
    }

    /// Sector ids, and formation ids across every sector, are unique.
    fn check_list(d: &Dossier, out: &mut Vec<Finding>) {
        duplicate_ids(Self::KIND, &d.sectors, out);
        let mut formation_ids = HashSet::new();
        for (i, s) in d.sectors.iter().enumerate() {
            for (j, f) in s.formations.iter().enumerate() {
                if !formation_ids.insert(f.id.as_str()) {
                    out.push(Finding::error(
                        format!("sectors[{i}].formations[{j}].id"),
                        Issue::FormationIdDuplicate {
                            id: f.id.to_string(),
                        },
                    ));
                }
            }
        }
    }

    fn list_key_changed(old: &Self, new: &Self) -> bool {
        old.id != new.id
            || old.formations.len() != new.formations.len()
            || old
                .formations
                .iter()
                .zip(&new.formations)
                .any(|(a, b)| a.id != b.id)
    }

    const IN_REFERENCES: bool = true;

    fn references_changed(old: &Self, new: &Self) -> bool {
        old.formations.len() != new.formations.len()
            || old
                .formations
                .iter()
                .zip(&new.formations)
                .any(|(a, b)| a.etablissement != b.etablissement)
    }
}
