//! Stable record identifiers, one newtype per kind of record.
//!
//! Records point at each other by id, never by position, so sorting or deleting rows never
//! changes what an action's lead partner is. Ids are plain strings in a file (`"P12"`).

use serde::{Deserialize, Serialize};

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The prefix of generated ids of this kind.
            pub const PREFIX: &'static str = $prefix;

            /// The id as written in the file.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The first id of the form `PREFIX<n>` not used by `existing`.
            pub fn next_free<'a>(existing: impl IntoIterator<Item = &'a Self>) -> Self {
                let max = existing
                    .into_iter()
                    .filter_map(|id| id.0.strip_prefix($prefix)?.parse::<u64>().ok())
                    .max()
                    .unwrap_or(0);
                Self(format!("{}{}", $prefix, max + 1))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

record_id!(
    /// Identifies a partner within its dossier.
    PartnerId,
    "P"
);
record_id!(
    /// Identifies a sector (filière of the campus) within its dossier.
    SectorId,
    "S"
);
record_id!(
    /// Identifies a formation within its dossier.
    FormationId,
    "F"
);
record_id!(
    /// Identifies an action of the plan d'actions.
    ActionId,
    "A"
);
record_id!(
    /// Identifies an Erasmus+ mobility.
    MobilityId,
    "M"
);
record_id!(
    /// Identifies an indicator.
    IndicatorId,
    "I"
);
record_id!(
    /// Identifies a milestone of the timeline.
    MilestoneId,
    "J"
);
record_id!(
    /// Identifies a label decision (arrêté).
    DecisionId,
    "D"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_free_skips_used_numbers() {
        let ids = [
            PartnerId("P1".into()),
            PartnerId("P7".into()),
            PartnerId("X".into()),
        ];
        assert_eq!(PartnerId::next_free(&ids), PartnerId("P8".into()));
        assert_eq!(PartnerId::next_free(&[]), PartnerId("P1".into()));
    }
}
