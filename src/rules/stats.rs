//! Counts for charts: Erasmus+ participants per year and per country.

use std::collections::BTreeMap;

use chrono::Datelike as _;
use serde::Serialize;

use crate::model::Dossier;
use crate::model::mobility::{Direction, Mobility};

/// Participants of the mobilities of one or more dossiers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct MobilityStats {
    /// Per year of departure: (learners, staff).
    pub per_year: BTreeMap<i32, (u64, u64)>,
    /// Per host country of outgoing mobilities (ISO code): participants.
    pub per_country: BTreeMap<String, u64>,
}

impl MobilityStats {
    /// The participants of `d`'s mobilities.
    pub fn of(d: &Dossier) -> Self {
        let mut s = Self::default();
        for m in &d.mobilities {
            s.count(m);
        }
        s
    }

    /// Counts the participant of `m` (a learner, or staff: accompanying persons, experts and
    /// hosted teachers count with the staff).
    pub fn count(&mut self, m: &Mobility) {
        let n = 1;
        let year = self.per_year.entry(m.start.year()).or_default();
        if m.participant.is_learner() {
            year.0 += n;
        } else {
            year.1 += n;
        }
        if m.direction == Direction::Sortante {
            match self.per_country.get_mut(m.country.as_str()) {
                Some(c) => *c += n,
                None => {
                    self.per_country.insert(m.country.clone(), n);
                }
            }
        }
    }

    /// Takes back what [`MobilityStats::count`] added for `m` (after `m` was edited or
    /// removed); a year or a country left with no participant disappears.
    pub fn uncount(&mut self, m: &Mobility) {
        let n = 1;
        if let Some(year) = self.per_year.get_mut(&m.start.year()) {
            if m.participant.is_learner() {
                year.0 = year.0.saturating_sub(n);
            } else {
                year.1 = year.1.saturating_sub(n);
            }
            if *year == (0, 0) {
                self.per_year.remove(&m.start.year());
            }
        }
        if m.direction == Direction::Sortante
            && let Some(c) = self.per_country.get_mut(m.country.as_str())
        {
            *c = c.saturating_sub(n);
            if *c == 0 {
                self.per_country.remove(m.country.as_str());
            }
        }
    }

    /// Adds `other`'s counts (to sum a workspace).
    pub fn add(&mut self, other: &Self) {
        for (year, (l, p)) in &other.per_year {
            let e = self.per_year.entry(*year).or_default();
            e.0 += l;
            e.1 += p;
        }
        for (c, n) in &other.per_country {
            let e = self.per_country.entry(c.clone()).or_default();
            *e += n;
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
        let total: u64 = s.per_year.values().map(|(l, p)| l + p).sum();
        assert_eq!(total, d.mobilities.len() as u64);
        let mut edited = s.clone();
        edited.uncount(&d.mobilities[0]);
        edited.count(&d.mobilities[0]);
        assert_eq!(edited, s);
        let mut none = s.clone();
        for m in &d.mobilities {
            none.uncount(m);
        }
        assert_eq!(none, MobilityStats::default());
        let mut both = s.clone();
        both.add(&s);
        assert_eq!(
            both.per_country.get("DE"),
            s.per_country.get("DE").map(|n| n * 2).as_ref()
        );
    }
}
