//! The ancestor store: per machine, in the data folder (never in the shared folder), the last
//! version of each dossier this machine read or wrote, named by a hash of its content. When
//! another machine's version arrives (the file changed under an open dossier, a sync client's
//! conflict copy), the version both started from is found here by content, not guessed by
//! date, and the two merge three-way.
//!
//! A version is `HASH.ron`; per dossier, `last/PATHHASH` lists the hashes of the last
//! [`KEPT`] versions read or written at that path, newest first. A version no dossier lists any
//! more is removed. Without a data folder (none could be made), the store lives in memory for
//! the session.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::{Fingerprint, StoreError, StoreErrorKind, atomic};

/// The ancestor store: a folder, or the memory of this session.
#[derive(Clone, Debug)]
pub struct Ancestors {
    place: Place,
}

#[derive(Clone, Debug)]
enum Place {
    Folder(PathBuf),
    Memory(Arc<Mutex<Memory>>),
}

/// How many versions of each dossier are kept.
pub const KEPT: usize = 10;

/// The store in memory: each dossier's last versions, by path, newest first.
#[derive(Debug, Default)]
struct Memory {
    versions: HashMap<PathBuf, Vec<(String, Arc<str>)>>,
}

/// The stable hash of some bytes (64-bit FNV-1a) with their length, in hexadecimal: the same
/// on every machine and in every run, unlike [`Fingerprint`].
pub fn content_id(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}-{:x}", bytes.len())
}

impl Ancestors {
    /// The store in folder `dir` (created at the first version kept).
    pub fn new(dir: PathBuf) -> Self {
        Self {
            place: Place::Folder(dir),
        }
    }

    /// A store in memory, for this session only (no data folder).
    pub fn in_memory() -> Self {
        Self {
            place: Place::Memory(Arc::default()),
        }
    }

    /// Keeps `text`, read from or written to `path`, as that dossier's last version; returns
    /// its content id.
    pub fn keep(&self, path: &Path, text: &[u8]) -> Result<String, StoreError> {
        let id = content_id(text);
        match &self.place {
            Place::Folder(dir) => keep_in_folder(dir, path, text, id),
            Place::Memory(memory) => {
                let text: Arc<str> = String::from_utf8_lossy(text).into();
                if let Ok(mut m) = memory.lock() {
                    let list = m.versions.entry(path.to_owned()).or_default();
                    list.retain(|(i, _)| *i != id);
                    list.insert(0, (id.clone(), text));
                    list.truncate(KEPT);
                }
                Ok(id)
            }
        }
    }

    /// Keeps what the file at `path` holds, when it is still what `expected` says (the file
    /// just read or written); `None` when it changed meanwhile or cannot be read.
    pub fn keep_file(&self, path: &Path, expected: Fingerprint) -> Option<String> {
        let bytes = fs::read(path).ok()?;
        if Fingerprint::of(&bytes) != expected {
            return None;
        }
        self.keep(path, &bytes).ok()
    }

    /// The text of the version `id`, if kept.
    pub fn get(&self, id: &str) -> Option<String> {
        match &self.place {
            Place::Folder(dir) => fs::read_to_string(version(dir, id)).ok(),
            Place::Memory(memory) => memory.lock().ok().and_then(|m| {
                m.versions
                    .values()
                    .flatten()
                    .find(|(i, _)| i == id)
                    .map(|(_, t)| t.to_string())
            }),
        }
    }

    /// The ids of the versions read or written at `path`, newest first.
    pub fn history(&self, path: &Path) -> Vec<String> {
        match &self.place {
            Place::Folder(dir) => listed(&pointer(dir, path)),
            Place::Memory(memory) => memory
                .lock()
                .ok()
                .and_then(|m| {
                    m.versions
                        .get(path)
                        .map(|l| l.iter().map(|(id, _)| id.clone()).collect())
                })
                .unwrap_or_default(),
        }
    }
}

/// The ids a pointer file lists.
fn listed(pointer: &Path) -> Vec<String> {
    fs::read_to_string(pointer)
        .map(|s| {
            s.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The pointer file of the dossier at `path`.
fn pointer(dir: &Path, path: &Path) -> PathBuf {
    let path = fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    let id = content_id(path.to_string_lossy().as_bytes());
    dir.join("last").join(id)
}

fn version(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.ron"))
}

/// [`Ancestors::keep`] in a folder.
fn keep_in_folder(dir: &Path, path: &Path, text: &[u8], id: String) -> Result<String, StoreError> {
    let write = |p: &Path, bytes: &[u8]| {
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent)?;
        }
        atomic::write(p, bytes)
    };
    let error = |e| StoreError::new(dir, StoreErrorKind::Write(e));
    let file = version(dir, &id);
    if !file.exists() {
        write(&file, text).map_err(error)?;
    }
    let pointer = pointer(dir, path);
    let mut ids = listed(&pointer);
    if ids.first() != Some(&id) {
        ids.retain(|i| *i != id);
        ids.insert(0, id.clone());
        let dropped = ids.split_off(ids.len().min(KEPT));
        write(&pointer, ids.join("\n").as_bytes()).map_err(error)?;
        for old in dropped {
            forget_unless_named(dir, &old);
        }
    }
    Ok(id)
}

/// Removes version `id` when no dossier names it any more.
fn forget_unless_named(dir: &Path, id: &str) {
    let named = fs::read_dir(dir.join("last")).map_or(true, |entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| listed(&e.path()).iter().any(|i| i == id))
    });
    if !named {
        // A version left behind only takes room; failing to remove it is harmless.
        let _ = fs::remove_file(version(dir, id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_last_version_of_each_dossier_by_content() {
        let dir = tempfile::tempdir().unwrap();
        let store = Ancestors::new(dir.path().join("ancestors"));
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        let v1 = store.keep(&a, b"version 1").unwrap();
        let same = store.keep(&b, b"version 1").unwrap();
        assert_eq!(v1, same, "named by content");
        let v2 = store.keep(&a, b"version 2").unwrap();
        assert_eq!(store.history(&a), [v2.clone(), v1.clone()]);
        assert_eq!(store.get(&v2).as_deref(), Some("version 2"));
        for n in 3..=12 {
            store.keep(&a, format!("version {n}").as_bytes()).unwrap();
        }
        assert_eq!(store.history(&a).len(), KEPT);
        // Version 1 is still b's.
        assert_eq!(store.get(&v1).as_deref(), Some("version 1"));
        store.keep(&b, b"version 3 of b").unwrap();
        for n in 4..=14 {
            store.keep(&b, format!("b {n}").as_bytes()).unwrap();
        }
        assert_eq!(store.get(&v1), None, "listed by no dossier: removed");
        assert_eq!(content_id(b"abc"), content_id(b"abc"));
        assert_ne!(content_id(b"abc"), content_id(b"abd"));

        let memory = Ancestors::in_memory();
        let id = memory.keep(&a, b"version 1").unwrap();
        assert_eq!(memory.history(&a), std::slice::from_ref(&id));
        assert_eq!(memory.get(&id).as_deref(), Some("version 1"));
    }
}
