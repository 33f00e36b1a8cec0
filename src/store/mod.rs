//! The store: dossiers as `.ron` files, workspaces as folders of them.
//!
//! This is the only module that knows RON and the only one (with the CLI's reading of its
//! arguments) that touches the file system. Loading never modifies a file; saving is atomic and
//! keeps the previous version as `NAME.ron.bak`; a file written by a newer version of the app is
//! never overwritten.

mod ancestors;
mod atomic;
mod conflicts;
mod error;
pub mod examples;
mod fingerprint;
mod format;
mod journal;
mod legacy;
mod locate;
mod lock;
mod manage;
mod recovery;
mod workspace;

pub use ancestors::{Ancestors, content_id};
pub use conflicts::{CopyName, conflict_copy_of};
pub use error::{Position, Problem, StoreError, StoreErrorKind, Syntax, Within};
pub use fingerprint::{Fingerprint, Stamp, fingerprint, stamp};
pub use format::{FORMAT_VERSION, Loaded, NewerFormat, from_text, syntax_error, to_text};
pub use journal::{
    Entry as JournalEntry, Journal, JournalLine, append_journal, journal_path, read_journal,
};
pub use legacy::Conversion;
pub use locate::{Locator, locate};
pub use lock::{
    Lock, LockHolder, acquire as acquire_lock, acquire_waiting as acquire_lock_waiting, lock_path,
};
pub use manage::{
    ARCHIVES, BIN, MERGED_COPIES, archive, archived, binned, copy_name, install_example_workspace,
    is_example_workspace, is_plain_name, move_to_bin, put_back, rename, set_merged_copy_aside,
};
pub use recovery::{discard_recovery, load_recovery, recovery_path, write_recovery};
pub use workspace::{WorkspaceEntry, install_examples, is_folder, list_dossiers, load_workspace};

use std::fs;
use std::path::{Path, PathBuf};

use crate::model::Dossier;

/// Reads and parses the dossier at `path`. The file is only read, never changed.
pub fn load_file(path: &Path) -> Result<Loaded, StoreError> {
    let text = read_text(path)?;
    from_text(&text).map_err(|kind| StoreError::new(path, kind))
}

/// Reads the text of a dossier file (for tools that also need positions, like `check`).
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    ensure_regular_file(path)?;
    let bytes = fs::read(path).map_err(|e| StoreError::new(path, StoreErrorKind::Read(e)))?;
    decode(bytes).map_err(|kind| StoreError::new(path, kind))
}

/// The regular files of `dir` whose name ends in `.ext` (any case), sorted; none when the
/// folder does not exist or cannot be read.
pub fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case(ext)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Creates folder `dir` (and its parents) when it does not exist.
pub fn create_folder(dir: &Path) -> Result<(), StoreError> {
    fs::create_dir_all(dir).map_err(|e| StoreError::new(dir, StoreErrorKind::Write(e)))
}

/// The text of a dossier file's bytes; invalid UTF-8 is an error at the first bad byte. A
/// byte-order mark (some editors add one) is dropped.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, StoreErrorKind> {
    if bytes.starts_with("\u{feff}".as_bytes()) {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes());
        StoreErrorKind::Syntax {
            position: Position::at_offset(&text, valid),
            problem: Box::new(Syntax::NotUtf8),
        }
    })
}

/// The size of the file at `path` in bytes, if it can be read.
pub fn file_size(path: &Path) -> Option<u64> {
    fs::metadata(path).ok().map(|m| m.len())
}

/// Saves `dossier` to `path` atomically, keeping the previous content as [`backup_path`].
///
/// Refuses (and leaves the file alone) when the file on disk was written by a newer version
/// of the app. Saving identical content does not touch the file. Returns the fingerprint of
/// what the file now holds.
pub fn save_file(path: &Path, dossier: &Dossier) -> Result<Fingerprint, StoreError> {
    let text = to_text(dossier).map_err(|kind| StoreError::new(path, kind))?;
    match fs::read(path) {
        Ok(old) => {
            if let Some(newer) = format::probe_newer_bytes(&old) {
                return Err(StoreError::new(path, StoreErrorKind::NewerVersion(newer)));
            }
            if old == text.as_bytes() {
                return Ok(Fingerprint::of(&old));
            }
            atomic::keep_backup(path, &backup_path(path), &old)
                .map_err(|e| StoreError::new(path, StoreErrorKind::Write(e)))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(StoreError::new(path, StoreErrorKind::Read(e))),
    }
    atomic::write(path, text.as_bytes())
        .map_err(|e| StoreError::new(path, StoreErrorKind::Write(e)))?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// Writes the text of a dossier atomically and without a backup beside it: the output of a
/// merge, which git (or the user) asked for by name. Refuses over a file of a newer format.
pub fn write_text(path: &Path, text: &str) -> Result<(), StoreError> {
    ensure_regular_file(path)?;
    if let Ok(old) = fs::read(path)
        && let Some(newer) = format::probe_newer_bytes(&old)
    {
        return Err(StoreError::new(path, StoreErrorKind::NewerVersion(newer)));
    }
    atomic::write(path, text.as_bytes())
        .map_err(|e| StoreError::new(path, StoreErrorKind::Write(e)))
}

/// Refuses to read what is not a regular file (a FIFO would make the reader wait for ever, a
/// device never ends). A missing file is left to the read, which says so.
pub fn ensure_regular_file(path: &Path) -> Result<(), StoreError> {
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => Err(StoreError::new(path, StoreErrorKind::NotAFile)),
        _ => Ok(()),
    }
}

/// Checks that `output` (an export, a mapping) can be written without destroying anything: it
/// is not one of `inputs` (the dossier, the file read — by path or, through links, as the same
/// file), not an existing dossier, and if it exists it is a regular file (a FIFO, a device or a
/// folder is refused).
pub fn check_output(output: &Path, inputs: &[&Path]) -> Result<(), StoreError> {
    ensure_regular_file(output)?;
    let same = |input: &Path| match (fs::canonicalize(output), fs::canonicalize(input)) {
        (Ok(a), Ok(b)) => a == b,
        _ => output == input,
    };
    if let Some(input) = inputs.iter().find(|i| same(i)) {
        return Err(StoreError::new(
            output,
            StoreErrorKind::OutputIsInput((*input).to_owned()),
        ));
    }
    if output.exists() && load_file(output).is_ok() {
        return Err(StoreError::new(output, StoreErrorKind::OutputIsDossier));
    }
    Ok(())
}

/// [`check_output`] for an export (CSV, XLSX, PDF), which is never a `.ron` file either.
pub fn check_export_output(output: &Path, inputs: &[&Path]) -> Result<(), StoreError> {
    if output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return Err(StoreError::new(output, StoreErrorKind::OutputIsDossier));
    }
    check_output(output, inputs)
}

/// Writes an export (CSV, XLSX…) atomically: a reader never sees half a file.
pub fn write_export(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    ensure_regular_file(path)?;
    atomic::write(path, bytes).map_err(|e| StoreError::new(path, StoreErrorKind::Write(e)))
}

/// A path named `name` for a document to print, in a folder of its own that only this user
/// can read (random name, mode 0700): another user of the machine can neither guess it nor read
/// it, and two prints never collide. The folder stays for the viewer to read the file.
pub fn print_path(name: &str) -> Result<PathBuf, StoreError> {
    let mut builder = tempfile::Builder::new();
    builder.prefix("cmq-dossiers-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o700));
    }
    let dir = builder
        .tempdir()
        .map_err(|e| StoreError::new(Path::new(name), StoreErrorKind::Write(e)))?
        .keep();
    Ok(dir.join(name))
}

/// Where [`save_file`] keeps the previous version of `path`: `NAME.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}
