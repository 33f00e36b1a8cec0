//! Atomic file replacement: a reader sees the old file or the new one, never half of one.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder: write, fsync, rename
/// over the target, fsync the folder. On failure the target is untouched and the temporary
/// file removed.
pub(super) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "chemin sans nom de fichier"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        // The temporary file is ours; leaving it would only clutter the workspace.
        let _ = fs::remove_file(&tmp);
    } else {
        remove_stale_temporaries(dir, name);
    }
    result
}

/// Makes `backup` hold what `path` holds now (`old`, its bytes). A hard link costs no copy (a big
/// dossier's backup is free); where links are not supported (FAT USB keys), the bytes are
/// written. Either way `backup` is replaced atomically.
pub(super) fn keep_backup(path: &Path, backup: &Path, old: &[u8]) -> io::Result<()> {
    let mut link_name = backup.as_os_str().to_owned();
    link_name.push(format!(".link-{}", std::process::id()));
    let link = std::path::PathBuf::from(link_name);
    let _ = fs::remove_file(&link);
    if fs::hard_link(path, &link).is_ok() {
        if fs::rename(&link, backup).is_ok() {
            return Ok(());
        }
        let _ = fs::remove_file(&link);
    }
    write(backup, old)
}

/// Removes the temporary files of writes to `name` that never finished (the app was killed in
/// the middle): only one writer saves a file at a time, so any left is stale.
fn remove_stale_temporaries(dir: &Path, name: &std::ffi::OsStr) {
    let mut prefix = std::ffi::OsString::from(".");
    prefix.push(name);
    prefix.push(".tmp-");
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
