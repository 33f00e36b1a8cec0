//! Label decisions: the arrêtés that create, renew or raise a campus's label.
//!
//! The end of a label is derived from its start and duration, never stored.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::ids::DecisionId;

/// The décret of 16 September 2019: labels granted from this day on last at most 5 years
/// (4 before), and the « excellence » mention replaces the « internationale » one.
pub const DECREE_2019: NaiveDate = match NaiveDate::from_ymd_opt(2019, 9, 16) {
    Some(d) => d,
    None => panic!("invalid constant date"),
};

/// One labelling decision (an arrêté).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LabelDecision {
    /// Stable id.
    pub id: DecisionId,
    /// Creation, renewal or passage to « excellence ».
    pub kind: DecisionKind,
    /// CMQ or CMQ « excellence ».
    pub category: LabelCategory,
    /// Date the label takes effect (date of the arrêté), if known.
    pub date: Option<NaiveDate>,
    /// Reference of the arrêté (NOR or Légifrance id).
    pub reference: String,
    /// Duration granted, in years, if known.
    pub duration_years: Option<u8>,
    /// Free note (source, uncertainty).
    pub note: String,
    /// The « internationale » mention some labels of 2014–2019 carry (the « excellence »
    /// category replaced it with the décret of 16 September 2019).
    #[serde(default)]
    pub internationale: bool,
    /// The day the arrêté was published in the Journal officiel.
    #[serde(default)]
    pub published_on: Option<NaiveDate>,
    /// Where in the Journal officiel (`JORF n°0226 du 29 septembre 2019, texte n° 12`).
    #[serde(default)]
    pub jorf: String,
    /// The campus's name in this arrêté, when it differs from the current one (a re-labelling
    /// under a new name or perimeter).
    #[serde(default)]
    pub name: String,
}

/// What a decision does.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum DecisionKind {
    /// First labelling.
    #[default]
    Creation,
    /// Renewal of an existing label.
    Renouvellement,
    /// Passage to the « excellence » category.
    PassageExcellence,
    /// A new label under a new name or perimeter (a merger, a split, a new project).
    Relabellisation,
    /// An arrêté that amends the current one (its name, its members): no new period.
    Modificatif,
    /// The label is not renewed: it ends on this date.
    NonRenouvellement,
    /// The label is withdrawn: it ends on this date.
    Retrait,
}

/// The label category.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum LabelCategory {
    /// Campus des métiers et des qualifications.
    #[default]
    Cmq,
    /// Campus des métiers et des qualifications « excellence ».
    Excellence,
    /// Not known yet (an arrêté still to be read): a label, of a category to confirm.
    AConfirmer,
}

/// The legal regime a decision falls under, by its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Regime {
    /// Décret of 29 September 2014: 4 years, bilan d'étape at 2 years.
    Decret2014,
    /// Décret of 16 September 2019: at most 5 years.
    Decret2019,
}

impl Regime {
    /// The regime in force on `date`.
    pub fn on(date: NaiveDate) -> Self {
        if date < DECREE_2019 {
            Self::Decret2014
        } else {
            Self::Decret2019
        }
    }

    /// The longest label this regime grants, in years.
    pub fn max_years(self) -> u8 {
        match self {
            Self::Decret2014 => 4,
            Self::Decret2019 => 5,
        }
    }
}

impl LabelDecision {
    /// The last day covered by the label: start + duration, when both are known.
    /// A start on 29 February ends on 28 February of a common year.
    pub fn end_date(&self) -> Option<NaiveDate> {
        let start = self.date?;
        let years = u32::from(self.duration_years?);
        start.checked_add_months(Months::new(12 * years))
    }

    /// The regime the decision falls under, when its date is known.
    pub fn regime(&self) -> Option<Regime> {
        self.date.map(Regime::on)
    }
}

impl DecisionKind {
    /// Every kind, in display order.
    pub const ALL: [Self; 7] = [
        Self::Creation,
        Self::Renouvellement,
        Self::PassageExcellence,
        Self::Relabellisation,
        Self::Modificatif,
        Self::NonRenouvellement,
        Self::Retrait,
    ];

    /// True for a decision that starts a label period (not an amendment, not an end).
    pub fn grants(self) -> bool {
        matches!(
            self,
            Self::Creation | Self::Renouvellement | Self::PassageExcellence | Self::Relabellisation
        )
    }

    /// True for a decision that ends the label on its date (non-renewal, withdrawal).
    pub fn ends(self) -> bool {
        matches!(self, Self::NonRenouvellement | Self::Retrait)
    }
}

impl LabelCategory {
    /// Every category, in display order.
    pub const ALL: [Self; 3] = [Self::Cmq, Self::Excellence, Self::AConfirmer];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(date: NaiveDate, years: u8) -> LabelDecision {
        LabelDecision {
            id: DecisionId("D1".into()),
            kind: DecisionKind::Creation,
            category: LabelCategory::Excellence,
            date: Some(date),
            reference: String::new(),
            duration_years: Some(years),
            note: String::new(),
            ..LabelDecision::default()
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn end_date_adds_whole_years() {
        assert_eq!(
            decision(ymd(2020, 2, 6), 5).end_date(),
            Some(ymd(2025, 2, 6))
        );
        assert_eq!(
            decision(ymd(2017, 2, 13), 4).end_date(),
            Some(ymd(2021, 2, 13))
        );
    }

    #[test]
    fn end_date_from_leap_day() {
        assert_eq!(
            decision(ymd(2024, 2, 29), 3).end_date(),
            Some(ymd(2027, 2, 28))
        );
        assert_eq!(
            decision(ymd(2024, 2, 29), 4).end_date(),
            Some(ymd(2028, 2, 29))
        );
    }

    #[test]
    fn end_date_unknown_without_duration() {
        let mut d = decision(ymd(2020, 2, 6), 5);
        d.duration_years = None;
        assert_eq!(d.end_date(), None);
    }

    #[test]
    fn regime_switches_on_decree_day() {
        assert_eq!(Regime::on(ymd(2019, 9, 15)).max_years(), 4);
        assert_eq!(Regime::on(ymd(2019, 9, 16)).max_years(), 5);
    }
}
