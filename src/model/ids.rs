//! Stable record identifiers, one newtype per kind of record, declared from the registry
//! ([`for_each_record_kind!`](crate::for_each_record_kind)), and the formations' own.
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
    /// Identifies a formation within its dossier (formations live inside their sector).
    FormationId,
    "F"
);

macro_rules! declare_ids {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
          $($rest:tt)* } )*) => {
        $(
            record_id!(
                #[doc = concat!("Identifies a record of the `", stringify!($field), "` list within its dossier.")]
                $id,
                $prefix
            );
        )*
    };
}

// The id type of every kind of record, as the registry names it.
crate::for_each_record_kind!(declare_ids);

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
