//! Another machine's version of the open dossier, arrived on disk (through a synced folder): read,
//! and merged three-way with the version open here, from the version both started from (kept
//! in the ancestor store of this machine).

use std::path::PathBuf;
use std::sync::Arc;

use crate::merge::{Difference, Merge};
use crate::model::Dossier;
use crate::store::{Fingerprint, Stamp, StoreError};

/// The version on disk merged with the one open here, waiting to be taken
/// ([`super::Document::accept_incoming`]) — at once when nothing conflicts, after the user
/// decided each conflict otherwise.
#[derive(Debug, PartialEq)]
pub struct Incoming {
    /// The merge (the conflicts hold our value until decided).
    pub merge: Merge,
    /// What came in: the differences from the version open here to the merge.
    pub changes: Vec<Difference>,
    /// False when no common ancestor was known (a two-way comparison: every difference is a
    /// conflict).
    pub had_ancestor: bool,
    /// Where the other version came from.
    pub from: Source,
    /// The version on disk.
    pub(super) theirs: Arc<Dossier>,
    /// Its text, kept in the ancestor store once taken.
    pub(super) text: Arc<str>,
    pub(super) fingerprint: Fingerprint,
    pub(super) stamp: Option<Stamp>,
}

/// Where another version comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The dossier's own file, changed under the window.
    Disk,
    /// A sync client's conflict copy beside it (moved aside once merged).
    Copy(PathBuf),
}

/// Why the version on disk could not be merged. Nothing is changed.
#[derive(Debug, thiserror::Error)]
pub enum IncomingError {
    /// It could not be read (gone, damaged, of a newer format).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// It is another campus's dossier, not a version of this one.
    #[error("another campus: {theirs}")]
    OtherCampus {
        /// This campus.
        ours: String,
        /// The campus the file now holds.
        theirs: String,
    },
}
