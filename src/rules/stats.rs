//! Counts for charts: Erasmus+ participants per year and per country.

use std::collections::BTreeMap;

use chrono::Datelike as _;
use serde::Serialize;

use crate::model::Dossier;
use crate::model::mobility::{Direction, ParticipantKind};

/// Participants of the mobilities of one or more dossiers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MobilityStats {
    /// Per year of departure: (learners, staff).
    pub per_year: BTreeMap<i32, (u32, u32)>,
    /// Per host country of outgoing mobilities (ISO code): participants.
    pub per_country: BTreeMap<String, u32>,
}

impl MobilityStats {
    /// The participants of `d`'s mobilities.
    pub fn of(d: &Dossier) -> Self {
        let mut s = Self::default();
        for m in &d.mobilities {
            let year = s.per_year.entry(m.start.year()).or_default();
            // Saturating: a typo of a billion participants must not crash the chart.
            match m.participant {
                ParticipantKind::Apprenants => year.0 = year.0.saturating_add(m.participants),
                ParticipantKind::Personnels => year.1 = year.1.saturating_add(m.participants),
            }
            if m.direction == Direction::Sortante {
                let n = s.per_country.entry(m.country.clone()).or_default();
                *n = n.saturating_add(m.participants);
            }
        }
        s
    }

    /// Adds `other`'s counts (to sum a workspace).
    pub fn add(&mut self, other: &Self) {
        for (year, (l, p)) in &other.per_year {
            let e = self.per_year.entry(*year).or_default();
            e.0 = e.0.saturating_add(*l);
            e.1 = e.1.saturating_add(*p);
        }
        for (c, n) in &other.per_country {
            let e = self.per_country.entry(c.clone()).or_default();
            *e = e.saturating_add(*n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_participants_not_records() {
        let text = crate::store::examples::EXAMPLES
            .iter()
            .find(|e| e.file_name == "campus-exemple.ron")
            .map(|e| e.text)
            .unwrap_or_default();
        let d = crate::store::from_text(text).unwrap().dossier;
        let s = MobilityStats::of(&d);
        let total: u32 = s.per_year.values().map(|(l, p)| l + p).sum();
        assert_eq!(
            total,
            d.mobilities.iter().map(|m| m.participants).sum::<u32>()
        );
        let mut both = s.clone();
        both.add(&s);
        assert_eq!(
            both.per_country.get("DE"),
            s.per_country.get("DE").map(|n| n * 2).as_ref()
        );
    }
}
