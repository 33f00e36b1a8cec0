//! A workspace's dossiers as files: the example workspace's mark, the recoverable bin, the
//! archives, renaming and copying. Nothing here overwrites a file; a dossier another window
//! has open is left where it is.

use std::fs;
use std::path::{Path, PathBuf};

use super::{StoreError, StoreErrorKind, install_examples, lock, recovery_path};

/// The file that marks a folder as the bundled examples (opened read-only).
const EXAMPLES_MARK: &str = ".cmq-exemples";
/// Where deleted dossiers go, inside the workspace: recoverable by moving them back.
pub const BIN: &str = "corbeille";
/// Where archived dossiers go, inside the workspace: out of the list and the dashboard.
pub const ARCHIVES: &str = "archives";

/// Where a sync client's conflict copy goes once merged, inside the workspace: never deleted.
pub const MERGED_COPIES: &str = "copies-fusionnees";

/// Moves a conflict copy, once merged, into the workspace's `copies-fusionnees/`.
pub fn set_merged_copy_aside(path: &Path) -> Result<PathBuf, StoreError> {
    move_into(path, MERGED_COPIES)
}

/// Installs the bundled examples in `dir` and marks the folder as the example workspace.
pub fn install_example_workspace(dir: &Path) -> Result<(), StoreError> {
    install_examples(dir)?;
    let mark = dir.join(EXAMPLES_MARK);
    if !mark.exists() {
        super::atomic::write(&mark, b"CMQ Dossiers: examples, opened read-only\n")
            .map_err(|e| StoreError::new(&mark, StoreErrorKind::Write(e)))?;
    }
    Ok(())
}

/// True when `dir` is the example workspace (its dossiers open read-only).
pub fn is_example_workspace(dir: &Path) -> bool {
    dir.join(EXAMPLES_MARK).is_file()
}

/// Moves the dossier at `path` into the workspace's bin (`corbeille/`), under a name no other
/// file there has; its recovery copy goes with it. Returns where it now is.
pub fn move_to_bin(path: &Path) -> Result<PathBuf, StoreError> {
    move_into(path, BIN)
}

/// Moves the dossier at `path` into the workspace's archives (`archives/`).
pub fn archive(path: &Path) -> Result<PathBuf, StoreError> {
    move_into(path, ARCHIVES)
}

/// Moves an archived or binned dossier back into its workspace (the folder above `archives/`
/// or `corbeille/`), under its name; refuses when a dossier there has that name.
pub fn put_back(path: &Path) -> Result<PathBuf, StoreError> {
    let workspace = path
        .parent()
        .and_then(Path::parent)
        .ok_or_else(|| StoreError::new(path, StoreErrorKind::Read(not_found())))?;
    let name = path.file_name().unwrap_or_default();
    let target = workspace.join(name);
    if target.exists() {
        return Err(StoreError::new(&target, StoreErrorKind::Exists));
    }
    move_file(path, &target)?;
    Ok(target)
}

/// The archived dossiers of the workspace `dir`, by name.
pub fn archived(dir: &Path) -> Vec<PathBuf> {
    listed_in(&dir.join(ARCHIVES))
}

/// The dossiers in the bin of the workspace `dir`, by name.
pub fn binned(dir: &Path) -> Vec<PathBuf> {
    listed_in(&dir.join(BIN))
}

fn listed_in(folder: &Path) -> Vec<PathBuf> {
    if !folder.is_dir() {
        return Vec::new();
    }
    super::list_dossiers(folder).unwrap_or_default()
}

/// Renames the dossier at `path` to `stem.ron` in the same folder; refuses a name already
/// taken or one that is not a plain file name.
pub fn rename(path: &Path, stem: &str) -> Result<PathBuf, StoreError> {
    let stem = stem.trim();
    let target = path.with_file_name(format!("{stem}.ron"));
    if !is_plain_name(stem) {
        return Err(StoreError::new(
            &target,
            StoreErrorKind::Write(std::io::Error::from(std::io::ErrorKind::InvalidFilename)),
        ));
    }
    if target.exists() {
        return Err(StoreError::new(&target, StoreErrorKind::Exists));
    }
    move_file(path, &target)?;
    Ok(target)
}

/// True for a file stem that names a file of the folder itself: not empty, no separator, not
/// hidden.
pub fn is_plain_name(stem: &str) -> bool {
    let stem = stem.trim();
    !stem.is_empty() && !stem.starts_with('.') && !stem.contains(['/', '\\', '\0']) && stem != ".."
}

/// A name for a copy of `path` that no file of its folder has: `NAME (copie).ron`,
/// `NAME (copie 2).ron`…
pub fn copy_name(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    (1..10_000)
        .map(|n| {
            let suffix = if n == 1 {
                " (copie)".to_owned()
            } else {
                format!(" (copie {n})")
            };
            path.with_file_name(format!("{stem}{suffix}.ron"))
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.with_extension("copie.ron"))
}

fn move_into(path: &Path, folder: &str) -> Result<PathBuf, StoreError> {
    let dir = path
        .parent()
        .ok_or_else(|| StoreError::new(path, StoreErrorKind::Read(not_found())))?
        .join(folder);
    fs::create_dir_all(&dir).map_err(|e| StoreError::new(&dir, StoreErrorKind::Write(e)))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let target = (1..10_000)
        .map(|n| {
            if n == 1 {
                dir.join(format!("{stem}.ron"))
            } else {
                dir.join(format!("{stem} ({n}).ron"))
            }
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{stem}.ron")));
    move_file(path, &target)?;
    Ok(target)
}

/// Moves a dossier file (not open in another window), its recovery copy, its backup and its
/// journal.
fn move_file(from: &Path, to: &Path) -> Result<(), StoreError> {
    let _lock = lock::acquire(from).map_err(|_| StoreError::new(from, StoreErrorKind::InUse))?;
    fs::rename(from, to).map_err(|e| StoreError::new(from, StoreErrorKind::Write(e)))?;
    // Held by us, the lock file of a name no dossier has now can go.
    let _ = fs::remove_file(lock::lock_path(from));
    // The recovery copy (else offered for a file that is gone) and the backup follow.
    for (side, side_to) in [
        (recovery_path(from), recovery_path(to)),
        (super::backup_path(from), super::backup_path(to)),
        (super::journal_path(from), super::journal_path(to)),
    ] {
        if side.exists() && !side_to.exists() {
            fs::rename(&side, side_to)
                .map_err(|e| StoreError::new(&side, StoreErrorKind::Write(e)))?;
        }
    }
    Ok(())
}

fn not_found() -> std::io::Error {
    std::io::Error::from(std::io::ErrorKind::NotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binned_archived_renamed_files_move_without_overwriting() -> Result<(), StoreError> {
        let dir = tempfile::tempdir()
            .map_err(|e| StoreError::new(Path::new("."), StoreErrorKind::Write(e)))?;
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        fs::write(&a, "A").map_err(|e| StoreError::new(&a, StoreErrorKind::Write(e)))?;
        fs::write(&b, "B").map_err(|e| StoreError::new(&b, StoreErrorKind::Write(e)))?;
        assert!(matches!(
            rename(&a, "b").map_err(|e| e.kind),
            Err(StoreErrorKind::Exists)
        ));
        assert!(!is_plain_name("../x") && !is_plain_name(" ") && is_plain_name("Campus 2"));
        let binned = move_to_bin(&a)?;
        assert_eq!(binned, dir.path().join(BIN).join("a.ron"));
        assert!(!a.exists());
        fs::write(&a, "A2").map_err(|e| StoreError::new(&a, StoreErrorKind::Write(e)))?;
        assert_eq!(move_to_bin(&a)?, dir.path().join(BIN).join("a (2).ron"));
        let bak = crate::store::backup_path(&b);
        fs::write(&bak, "B0").map_err(|e| StoreError::new(&bak, StoreErrorKind::Write(e)))?;
        let archived_b = archive(&b)?;
        assert!(!bak.exists(), "the backup went with its dossier");
        assert!(crate::store::backup_path(&archived_b).exists());
        assert_eq!(archived(dir.path()), vec![archived_b.clone()]);
        assert_eq!(put_back(&archived_b)?, b);
        assert_eq!(super::binned(dir.path()).len(), 2);
        assert_eq!(copy_name(&b), dir.path().join("b (copie).ron"));
        Ok(())
    }
}
