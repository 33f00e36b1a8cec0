//! What a file held when it was read or written, to notice another program changing it.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

use super::{StoreError, StoreErrorKind};

/// Length and hash of a file's content. Equal content gives equal fingerprints within one run
/// of the app (the hash is not meant to be stored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        let mut h = DefaultHasher::new();
        bytes.hash(&mut h);
        Self {
            len: bytes.len(),
            hash: h.finish(),
        }
    }
}

/// The fingerprint of the file at `path` now, or `None` when there is no file.
pub fn fingerprint(path: &Path) -> Result<Option<Fingerprint>, StoreError> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(Fingerprint::of(&bytes))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::new(path, StoreErrorKind::Read(e))),
    }
}

/// When a file was last modified, and its length: a cheap look for a change (a `stat`), before
/// reading it for its [`Fingerprint`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

/// The stamp of the file at `path` now, or `None` when there is none.
pub fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path).ok().map(|m| Stamp {
        modified: m.modified().ok(),
        len: m.len(),
    })
}
