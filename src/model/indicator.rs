//! Indicators: a user-defined catalogue with targets and yearly values.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ids::IndicatorId;

/// A measured quantity of the campus (« taux d'emploi à 6 mois », « mobilités sortantes »…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id.
    pub id: IndicatorId,
    /// Short code, unique in the dossier (`INS-6M`).
    pub code: String,
    /// What is measured.
    pub label: String,
    /// Unit (« % », « élèves », « € »).
    pub unit: String,
    /// Category (publics, insertion, partenariat, international…).
    pub category: String,
    /// Where the values come from.
    pub source: IndicatorSource,
    /// Target value, if one is set.
    pub target: Option<f64>,
    /// Value measured each year (calendar or school year start).
    pub values: BTreeMap<i32, f64>,
}

/// Where an indicator's values come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum IndicatorSource {
    /// Typed by the referent.
    #[default]
    Saisie,
    /// InserJeunes (DEPP/DARES) public data.
    InserJeunes,
    /// Computed from the dossier (e.g. counted mobilities).
    Calcul,
}

impl IndicatorSource {
    /// Every source, in display order.
    pub const ALL: [Self; 3] = [Self::Saisie, Self::InserJeunes, Self::Calcul];
}
