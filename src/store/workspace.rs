//! A workspace: a folder of `.ron` dossiers, one per campus.

use std::fs;
use std::path::{Path, PathBuf};

use super::{Loaded, StoreError, StoreErrorKind, examples, load_file};

/// One file of a workspace, loaded or not.
#[derive(Debug)]
pub struct WorkspaceEntry {
    /// The file.
    pub path: PathBuf,
    /// Its dossier, or why it could not be read (the file is left as it is).
    pub result: Result<Loaded, StoreError>,
}

/// The `.ron` files of `dir`, sorted by name (backups and temporary files are not listed).
pub fn list_dossiers(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let read = |e| StoreError::new(dir, StoreErrorKind::Read(e));
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(read)? {
        let path = entry.map_err(read)?.path();
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if !hidden && path.extension().is_some_and(|e| e == "ron") && path.is_file() {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

/// Loads every dossier of `dir`; a broken file becomes an entry with its error.
pub fn load_workspace(dir: &Path) -> Result<Vec<WorkspaceEntry>, StoreError> {
    Ok(list_dossiers(dir)?
        .into_iter()
        .map(|path| {
            let result = load_file(&path);
            WorkspaceEntry { path, result }
        })
        .collect())
}

/// True when `path` is an existing folder.
pub fn is_folder(path: &Path) -> bool {
    path.is_dir()
}

/// Copies the bundled example dossiers into `dir` (created if needed). A file already there is
/// left alone, so a user's edits to an example are never overwritten.
pub fn install_examples(dir: &Path) -> Result<(), StoreError> {
    fs::create_dir_all(dir).map_err(|e| StoreError::new(dir, StoreErrorKind::Write(e)))?;
    for example in examples::EXAMPLES {
        let path = dir.join(example.file_name);
        if !path.exists() {
            super::atomic::write(&path, example.text.as_bytes())
                .map_err(|e| StoreError::new(&path, StoreErrorKind::Write(e)))?;
        }
    }
    Ok(())
}
