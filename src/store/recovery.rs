//! Recovery files: unsaved edits written aside every few seconds, offered back after a crash.
//!
//! The recovery file of `NAME.ron` is the hidden `.NAME.ron.recovery` beside it, so it is never
//! listed as a dossier and never mistaken for the real file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::Dossier;

use super::{Loaded, StoreError, StoreErrorKind, atomic, from_text, to_text};

/// Where the unsaved edits of `path` are kept.
pub fn recovery_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".recovery");
    path.with_file_name(name)
}

/// Writes `dossier` as the recovery copy of `path` (atomically; the dossier file is not touched).
pub fn write_recovery(path: &Path, dossier: &Dossier) -> Result<(), StoreError> {
    let target = recovery_path(path);
    let text = to_text(dossier).map_err(|kind| StoreError::new(&target, kind))?;
    atomic::write(&target, text.as_bytes())
        .map_err(|e| StoreError::new(&target, StoreErrorKind::Write(e)))
}

/// The recovery copy of `path`, if there is one.
pub fn load_recovery(path: &Path) -> Option<Result<Loaded, StoreError>> {
    let target = recovery_path(path);
    let text = match fs::read_to_string(&target) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => return Some(Err(StoreError::new(&target, StoreErrorKind::Read(e)))),
    };
    Some(from_text(&text).map_err(|kind| StoreError::new(&target, kind)))
}

/// Removes the recovery copy of `path` (after a save, or when the user declines it).
pub fn discard_recovery(path: &Path) -> Result<(), StoreError> {
    let target = recovery_path(path);
    match fs::remove_file(&target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::new(&target, StoreErrorKind::Write(e))),
    }
}
