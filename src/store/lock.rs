//! The lock of an open dossier, so a second window, or a command writing the same file, is
//! told instead of silently overwriting the first one's edits.
//!
//! The lock of `NAME.ron` is an operating-system lock ([`std::fs::File::try_lock`]) on the hidden
//! file `.NAME.ron.lock`, held for as long as the dossier is open. The kernel releases it when the
//! process ends, however it ends (a crash, a kill, a logout): no lock is ever stale, on any system.
//! The file also says who holds it (process id, machine, since when), for the message; it is
//! emptied when the lock is released and never deleted while the dossier is in place (deleting
//! it would let two processes lock two different files of the same name).

use std::fs::{self, File, TryLockError};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Who holds a dossier open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    /// Process id of the holder (0 when its lock file does not say).
    pub pid: u32,
    /// Machine name of the holder (« ? » when its lock file does not say).
    pub host: String,
    /// When the holder opened the dossier (`2026-11-23 09:14`, the holder's local time).
    pub since: String,
    /// The holder runs on another machine (the dossier is on a shared or network folder): its
    /// lock may outlive it if that machine was cut off, so the user may open the dossier anyway.
    pub elsewhere: bool,
}

impl LockHolder {
    /// When the holder opened the dossier; `None` when its file does not say.
    pub fn since_time(&self) -> Option<chrono::NaiveDateTime> {
        chrono::NaiveDateTime::parse_from_str(&self.since, SINCE).ok()
    }
}

/// How the lock file writes when its holder opened the dossier.
const SINCE: &str = "%Y-%m-%d %H:%M";

/// The lock held on a dossier; dropping it (or the process ending) releases it.
#[derive(Debug)]
pub struct Lock {
    file: File,
}

/// Where the lock of `path` is.
pub fn lock_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(".lock");
    path.with_file_name(name)
}

fn host() -> String {
    fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "?".into())
}

fn parse(text: &str) -> LockHolder {
    let mut lines = text.lines();
    let mut holder = LockHolder {
        pid: lines
            .next()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(0),
        host: lines
            .next()
            .map(str::trim)
            .filter(|h| !h.is_empty())
            .unwrap_or("?")
            .to_owned(),
        since: lines.next().unwrap_or("").trim().to_owned(),
        elsewhere: false,
    };
    holder.elsewhere = holder.host != "?" && holder.host != host();
    holder
}

/// Takes the lock of `path` at once. `Err(holder)` when another open dossier holds it — another
/// process, or another document of this one. A lock file that cannot be created (a read-only
/// folder) is not an error: the dossier opens, and saving will report the folder's problem.
/// Something else than a file at the lock's place counts as held.
pub fn acquire(path: &Path) -> Result<Option<Lock>, LockHolder> {
    let target = lock_path(path);
    if fs::symlink_metadata(&target).is_ok_and(|m| !m.is_file()) {
        return Err(parse(""));
    }
    let Ok(mut file) = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&target)
    else {
        return Ok(None);
    };
    match file.try_lock() {
        Ok(()) => {
            let me = format!(
                "{}\n{}\n{}\n",
                std::process::id(),
                host(),
                chrono::Local::now().format(SINCE)
            );
            // Who holds it, for the others' message; the lock itself is the kernel's.
            let _ = file.set_len(0);
            let _ = file.seek(SeekFrom::Start(0));
            let _ = file.write_all(me.as_bytes());
            let _ = file.sync_all();
            Ok(Some(Lock { file }))
        }
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Err(parse(&text))
        }
        // A file system without locks: the dossier opens as if it had none.
        Err(TryLockError::Error(_)) => Ok(None),
    }
}

/// Takes the lock of `path`, waiting up to `patience` for its holder to let it go (a command
/// writing the same dossier a moment earlier).
pub fn acquire_waiting(path: &Path, patience: Duration) -> Result<Option<Lock>, LockHolder> {
    let start = Instant::now();
    loop {
        match acquire(path) {
            Err(_) if start.elapsed() < patience => std::thread::sleep(Duration::from_millis(20)),
            result => return result,
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Nobody holds it now: the file says so. The kernel releases the lock with the file.
        let _ = self.file.set_len(0);
    }
}
