//! Stable record identifiers, one newtype per kind of record, declared from the registry
//! ([`for_each_record_kind!`](crate::for_each_record_kind)), and the formations' own.
//!
//! Records point at each other by id, never by position, so sorting or deleting rows never
//! changes what an action's lead partner is. Ids are plain strings in a file (`"P12"`).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

/// `count` ids `prefix<n>` that none of `used` is: numbered on from the highest used number,
/// and, when that reaches the largest number, from 1 on among the numbers left free. Never a
/// duplicate, whatever ids a file holds.
pub fn fresh_ids(prefix: &str, used: &[&str], count: usize) -> Vec<String> {
    let taken: HashSet<&str> = used.iter().copied().collect();
    let highest = used
        .iter()
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    let mut out = Vec::with_capacity(count);
    let mut next = highest.checked_add(1);
    let mut from_one = 1_u64..;
    while out.len() < count {
        // After the largest number, the free ones from 1 on.
        let Some(n) = next.or_else(|| from_one.next()) else {
            break;
        };
        next = next.and_then(|n| n.checked_add(1));
        let id = format!("{prefix}{n}");
        if !taken.contains(id.as_str()) {
            out.push(id);
        }
    }
    out
}

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

            /// An id of the form `PREFIX<n>` not used by `existing` (after the highest).
            pub fn next_free<'a>(existing: impl IntoIterator<Item = &'a Self>) -> Self {
                let ids: Vec<&str> = existing.into_iter().map(Self::as_str).collect();
                Self(fresh_ids($prefix, &ids, 1).pop().unwrap_or_default())
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

    #[test]
    fn fresh_ids_never_overflow_into_a_duplicate() {
        let near = format!("P{}", u64::MAX - 1);
        let used = [near.as_str(), "P1", "P2"];
        let fresh = fresh_ids("P", &used, 4);
        assert_eq!(
            fresh,
            [
                format!("P{}", u64::MAX),
                "P3".into(),
                "P4".into(),
                "P5".into()
            ]
        );
    }
}
