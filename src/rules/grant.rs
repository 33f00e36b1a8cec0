//! Erasmus+ unit costs as data, per call year (`assets/erasmus/grants/*.ron`): each table says its source
//! and whether it was checked against the Programme Guide, and an amount a table does not give
//! is unknown, never guessed (`shared/domain.md` §5.4). The estimate of a participant's grant is
//! built from these pieces.

use serde::Deserialize;

/// The tables shipped with the app: 2021–2022 (checked), 2024–2025 travel bands (not checked).
const SHIPPED: [&str; 2] = [
    include_str!("../../assets/erasmus/grants/2021-2022.ron"),
    include_str!("../../assets/erasmus/grants/2024-2025.ron"),
];

/// The unit costs of some call years.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitCosts {
    /// The call years they apply to.
    pub call_years: Vec<u16>,
    /// Where the amounts come from.
    pub source: String,
    /// Checked against the Programme Guide of those years.
    pub verified: bool,
    /// Travel by distance band.
    pub travel: Vec<Band>,
    /// Individual support per receiving-country group, when known.
    pub individual: Option<Vec<CountryGroup>>,
    /// Organisational support, when known.
    pub organisational: Option<Organisational>,
    /// Inclusion support per participant with fewer opportunities (€), when known.
    pub inclusion: Option<u32>,
    /// Course fees, when known.
    pub course_fees: Option<CourseFees>,
}

/// A travel distance band (one-way kilometres) and what it pays for the return trip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// First kilometre of the band.
    pub from_km: u32,
    /// Last kilometre (`None`: no upper bound).
    pub to_km: Option<u32>,
    /// Standard travel (€).
    pub standard: u32,
    /// Green travel (€), where the band has a green amount.
    pub green: Option<u32>,
}

/// Individual support of a receiving-country group, per day (€).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryGroup {
    /// Its name in the Programme Guide (`I`, `II`, `III`).
    pub group: String,
    /// ISO codes of its countries (Greece as `EL`).
    pub countries: Vec<String>,
    /// Staff and accompanying persons, days 1 to 14.
    pub staff: u32,
    /// Staff, from day 15.
    pub staff_from_day_15: u32,
    /// Learners, days 1 to 14.
    pub learners: u32,
    /// Learners, from day 15.
    pub learners_from_day_15: u32,
}

/// Organisational support per participant (€): so much up to the `up_to`-th participant of the
/// project, then `beyond`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisational {
    /// Per participant, up to `up_to`.
    pub per_participant: u32,
    /// The last participant paid `per_participant`.
    pub up_to: u32,
    /// Per participant after that.
    pub beyond: u32,
}

/// Course fees (€): per day, capped per participant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseFees {
    /// Per day.
    pub per_day: u32,
    /// At most, per participant.
    pub max: u32,
}

/// Who travels, for the day rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Traveller {
    /// Staff, or an accompanying person.
    Staff,
    /// A learner.
    Learner,
}

/// A place on Earth, in decimal degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Latitude, north positive.
    pub lat: f64,
    /// Longitude, east positive.
    pub lon: f64,
}

/// The great-circle distance between two places, in kilometres, rounded down as the EC
/// Distance Calculator gives it (a sphere of 6 371 km).
pub fn great_circle_km(a: Place, b: Place) -> u32 {
    const EARTH_KM: f64 = 6371.0;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.lon - a.lon).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    let km = 2.0 * EARTH_KM * h.sqrt().min(1.0).asin();
    // Half the Earth's circumference at most: always within u32.
    km.floor() as u32
}

/// The tables shipped with the app, read; an error names the table that does not read (a bug of
/// the build, found by the tests).
pub fn shipped() -> Result<Vec<UnitCosts>, ron::error::SpannedError> {
    SHIPPED.iter().map(|text| ron::from_str(text)).collect()
}

/// The table of `call_year` among `tables`.
pub fn for_call(tables: &[UnitCosts], call_year: u16) -> Option<&UnitCosts> {
    tables.iter().find(|t| t.call_years.contains(&call_year))
}

impl UnitCosts {
    /// The band of a one-way distance; `None` under 10 km (no travel grant).
    pub fn band(&self, km: u32) -> Option<&Band> {
        self.travel
            .iter()
            .find(|b| km >= b.from_km && b.to_km.is_none_or(|to| km <= to))
    }

    /// Travel for a one-way distance (€): green when asked and the band has a green amount.
    pub fn travel(&self, km: u32, green: bool) -> Option<u32> {
        let band = self.band(km)?;
        Some(match (green, band.green) {
            (true, Some(amount)) => amount,
            _ => band.standard,
        })
    }

    /// Individual support for `days` in `country` (€); `None` when the table has no rate for it.
    pub fn individual(&self, country: &str, who: Traveller, days: u32) -> Option<u32> {
        let group = self
            .individual
            .as_ref()?
            .iter()
            .find(|g| g.countries.iter().any(|c| c == country))?;
        let (first, later) = match who {
            Traveller::Staff => (group.staff, group.staff_from_day_15),
            Traveller::Learner => (group.learners, group.learners_from_day_15),
        };
        let early = days.min(14);
        Some(early * first + days.saturating_sub(14) * later)
    }

    /// Organisational support for the `n`-th participant of a project (counting from 1).
    pub fn organisational_for(&self, n: u32) -> Option<u32> {
        let o = self.organisational?;
        Some(if n <= o.up_to {
            o.per_participant
        } else {
            o.beyond
        })
    }

    /// Course fees for `days` of a course (€), capped.
    pub fn course_fees_for(&self, days: u32) -> Option<u32> {
        let c = self.course_fees?;
        Some((days * c.per_day).min(c.max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(year: u16) -> UnitCosts {
        let tables = shipped().unwrap_or_else(|e| panic!("a shipped table does not read: {e}"));
        match for_call(&tables, year) {
            Some(t) => t.clone(),
            None => panic!("no table for {year}"),
        }
    }

    #[test]
    fn rennes_to_stuttgart_in_2022_is_the_500_to_1999_km_band() {
        // The one-way distance, as the EC calculator measures it (great circle).
        let rennes = Place {
            lat: 48.1173,
            lon: -1.6778,
        };
        let stuttgart = Place {
            lat: 48.7758,
            lon: 9.1829,
        };
        let km = great_circle_km(rennes, stuttgart);
        assert!((790..=810).contains(&km), "{km} km");
        assert_eq!(great_circle_km(rennes, rennes), 0);
        let t = table(2022);
        assert!(t.verified);
        let band = t.band(880).copied();
        assert_eq!(band.map(|b| (b.from_km, b.to_km)), Some((500, Some(1999))));
        assert_eq!(t.travel(880, false), Some(275));
        assert_eq!(t.travel(880, true), Some(320));
        // Under 10 km, no travel grant; 10–99 km has no green amount.
        assert_eq!(t.travel(9, false), None);
        assert_eq!(t.travel(50, true), Some(23));
        assert_eq!(t.travel(12_000, false), Some(1500));
    }

    #[test]
    fn individual_support_goes_down_from_day_15_and_other_amounts_follow_the_table() {
        let t = table(2021);
        // A learner ten days in Germany (group II): 10 × 56.
        assert_eq!(t.individual("DE", Traveller::Learner, 10), Some(560));
        // Staff twenty days in Finland (group I): 14 × 117 + 6 × 82.
        assert_eq!(t.individual("FI", Traveller::Staff, 20), Some(2130));
        assert_eq!(t.individual("US", Traveller::Staff, 5), None);
        assert_eq!(t.organisational_for(100), Some(350));
        assert_eq!(t.organisational_for(101), Some(200));
        assert_eq!(t.course_fees_for(5), Some(350));
        assert_eq!(t.course_fees_for(20), Some(700));
        assert_eq!(t.inclusion, Some(100));
    }

    #[test]
    fn a_table_not_checked_says_so_and_knows_only_what_it_gives() {
        let t = table(2024);
        assert!(!t.verified);
        assert_eq!(t.travel(880, true), Some(417));
        assert_eq!(t.individual("DE", Traveller::Learner, 10), None);
        assert_eq!(t.organisational_for(1), None);
        // No table for 2023: nothing is guessed.
        let tables = shipped().unwrap_or_default();
        assert!(for_call(&tables, 2023).is_none());
    }
}
