//! Atomic file replacement: a reader sees the old file or the new one, never half of one. The
//! new content goes to a temporary file created exclusively under a random name in the target's
//! folder (a planted link at a guessable name is never followed), gets the old file's
//! permissions, is synced, then renamed over the target. A symlinked target is written through
//! to the file it names, and stays a link.

use std::ffi::{OsStr, OsString};
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The suffix of a save's temporary file: `.NAME.tmp-XXXXXX`.
const TEMP_MARK: &str = ".tmp-";
/// The suffix of a backup's temporary hard link: `NAME.bak.link-XXXXXX`.
const LINK_MARK: &str = ".link-";

/// Writes `bytes` to `path` through a temporary file in the same folder: write, fsync, rename
/// over the target, fsync the folder. On failure the target is untouched and the temporary
/// file removed; on success the leftovers of earlier killed writes are removed.
pub(super) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = through_links(path);
    let (dir, name) = dir_and_name(&target)?;
    let mut prefix = OsString::from(".");
    prefix.push(name);
    prefix.push(TEMP_MARK);
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .rand_bytes(8)
        .tempfile_in(dir)?;
    // The file keeps its permissions (a dossier set to 0600 stays 0600).
    if let Ok(meta) = fs::metadata(&target) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // On failure the temporary file is removed when `tmp` is dropped.
    tmp.persist(&target).map_err(|e| e.error)?;
    sync_dir(dir)?;
    remove_leftovers(dir, &prefix);
    Ok(())
}

/// Makes `backup` hold what `path` holds now (`old`, its bytes). A hard link costs no copy (a big
/// dossier's backup is free); where links are not supported (FAT USB keys), the bytes are
/// written. Either way `backup` is replaced atomically.
pub(super) fn keep_backup(path: &Path, backup: &Path, old: &[u8]) -> io::Result<()> {
    let source = through_links(path);
    let (dir, name) = dir_and_name(backup)?;
    let mut prefix = name.to_owned();
    prefix.push(LINK_MARK);
    let linked = tempfile::Builder::new()
        .prefix(&prefix)
        .rand_bytes(8)
        .make_in(dir, |p| fs::hard_link(&source, p));
    if let Ok(link) = linked {
        let at = link.path().to_owned();
        // Kept as a plain path from here: the rename below replaces the backup with it.
        let at = link.into_temp_path().keep().map_or(at, |p| p);
        if fs::rename(&at, backup).is_ok() {
            remove_leftovers(dir, &prefix);
            return Ok(());
        }
        let _ = fs::remove_file(&at);
    }
    write(backup, old)
}

/// The file a path names: itself, or the file its symlinks lead to (a dangling link: itself).
fn through_links(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => fs::canonicalize(path).unwrap_or_else(|_| {
            fs::read_link(path).map_or_else(
                |_| path.to_owned(),
                |to| path.parent().map_or(to.clone(), |dir| dir.join(&to)),
            )
        }),
        _ => path.to_owned(),
    }
}

fn dir_and_name(path: &Path) -> io::Result<(&Path, &OsStr)> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "chemin sans nom de fichier"))?;
    Ok((dir, name))
}

/// Removes the files of writes that never finished (the app was killed in the middle), named
/// `prefix…`: a dossier is written by one holder of its lock at a time, so any left is stale.
/// A planted symlink is removed, never followed.
fn remove_leftovers(dir: &Path, prefix: &OsStr) {
    let prefix = prefix.to_string_lossy().into_owned();
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Makes a rename durable: on Unix the folder entry must be synced too.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Windows has no folder fsync; the rename is already durable there.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}
