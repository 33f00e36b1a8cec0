//! Another machine's version of the open dossier, arrived on disk (through a synced folder): read,
//! and merged three-way with the version open here, from the version both started from (kept
//! in the ancestor store of this machine).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::merge::{Difference, Merge};
use crate::model::Dossier;
use crate::store::{self, Ancestors, Fingerprint, Stamp, StoreError};

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
    /// The document's revision it was merged with.
    pub(super) revision: u64,
}

impl Incoming {
    /// The revision of the document it was merged with: when the document moved on since (an
    /// edit while the merge ran on a thread), merge again.
    pub fn revision(&self) -> u64 {
        self.revision
    }
}

/// What a merge needs of the open document ([`super::Document::merge_input`]), to run on any
/// thread.
#[derive(Clone, Debug)]
pub struct MergeInput {
    pub(super) path: PathBuf,
    pub(super) ours: Arc<Dossier>,
    pub(super) dirty: bool,
    pub(super) ancestors: Option<Ancestors>,
    pub(super) base_id: Option<String>,
    pub(super) revision: u64,
}

impl MergeInput {
    /// Reads the version on disk and merges it with the one open here, from their common
    /// ancestor: the version last read or saved here (from the ancestor store; the one open
    /// when it has no unsaved edits). Changes nothing;
    /// [`super::Document::accept_incoming`] takes it.
    pub fn from_disk(self) -> Result<Incoming, IncomingError> {
        let (text, theirs) = self.read_version(&self.path)?;
        let stored = self
            .ancestors
            .as_ref()
            .zip(self.base_id.as_deref())
            .and_then(|(a, id)| a.get(id))
            .and_then(|t| store::from_text(&t).ok())
            .map(|l| l.dossier);
        let base = match stored {
            Some(b) => Some(b),
            None if !self.dirty => Some((*self.ours).clone()),
            None => None,
        };
        Ok(self.incoming(base.as_ref(), theirs, text, Source::Disk))
    }

    /// Reads a sync client's conflict copy of this dossier and merges it with the one open
    /// here. The ancestor is the newest version this machine read or wrote at this path that
    /// is neither of the two (the copy and the file both came from it); none: a two-way
    /// comparison. Changes nothing; [`super::Document::accept_incoming`] takes it.
    pub fn with_copy(self, copy: &Path) -> Result<Incoming, IncomingError> {
        let (text, theirs) = self.read_version(copy)?;
        let base = self.ancestors.as_ref().and_then(|a| {
            a.history(&self.path)
                .iter()
                .filter_map(|id| a.get(id))
                .filter_map(|t| store::from_text(&t).ok())
                .map(|l| l.dossier)
                .find(|b| *b != *self.ours && *b != theirs)
        });
        Ok(self.incoming(base.as_ref(), theirs, text, Source::Copy(copy.to_owned())))
    }

    /// Another version of this dossier, read: refused when it is of a newer format or holds
    /// another campus.
    fn read_version(&self, path: &Path) -> Result<(String, Dossier), IncomingError> {
        let text = store::read_text(path)?;
        let loaded = store::from_text(&text).map_err(|kind| StoreError::new(path, kind))?;
        if let Some(newer) = loaded.read_only {
            return Err(StoreError::new(path, store::StoreErrorKind::NewerVersion(newer)).into());
        }
        if !crate::merge::same_campus(&self.ours, &loaded.dossier) {
            return Err(IncomingError::OtherCampus {
                ours: self.ours.campus.display_name().to_owned(),
                theirs: loaded.dossier.campus.display_name().to_owned(),
            });
        }
        Ok((text, loaded.dossier))
    }

    fn incoming(
        &self,
        base: Option<&Dossier>,
        theirs: Dossier,
        text: String,
        from: Source,
    ) -> Incoming {
        let merge = crate::merge::merge(base, &self.ours, &theirs);
        let changes = crate::merge::diff(&self.ours, &merge.dossier);
        let stamp = match &from {
            Source::Disk => store::stamp(&self.path),
            Source::Copy(_) => None,
        };
        Incoming {
            merge,
            changes,
            had_ancestor: base.is_some(),
            from,
            theirs: Arc::new(theirs),
            fingerprint: Fingerprint::of(text.as_bytes()),
            text: text.into(),
            stamp,
            revision: self.revision,
        }
    }
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
