//! A lock file beside an open dossier, so a second window (or a second program) opening it is
//! warned instead of silently overwriting the first one's edits.
//!
//! The lock of `NAME.ron` is the hidden `.NAME.ron.lock`, created atomically (`create_new`) and
//! holding the owner's process id, machine name and start time. A lock whose process is gone
//! (the app was killed) is stale and taken over.

use std::collections::HashMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// How many open documents of this process share each lock file: the file goes with the last.
static HELD: Mutex<Option<HashMap<PathBuf, usize>>> = Mutex::new(None);

fn count(path: &Path, delta: isize) -> usize {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    let map = held.get_or_insert_with(HashMap::new);
    let n = map.entry(path.to_owned()).or_insert(0);
    *n = n.saturating_add_signed(delta);
    let now = *n;
    if now == 0 {
        map.remove(path);
    }
    now
}

/// Who holds a dossier open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    /// Process id of the holder.
    pub pid: u32,
    /// Machine name of the holder.
    pub host: String,
    /// When the holder opened the dossier (`2026-11-23 09:14`).
    pub since: String,
}

/// The lock held on a dossier; dropping it removes the lock file.
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
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

/// True unless the process `pid` of this machine is known to be gone.
fn alive(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        // Elsewhere the lock is kept until its owner removes it.
        true
    }
}

fn parse(text: &str) -> Option<LockHolder> {
    let mut lines = text.lines();
    Some(LockHolder {
        pid: lines.next()?.trim().parse().ok()?,
        host: lines.next()?.trim().to_owned(),
        since: lines.next().unwrap_or("").trim().to_owned(),
    })
}

/// Takes the lock of `path`. `Err(holder)` when another live process holds it; a lock left by a
/// process that is gone, or unreadable, is replaced. A lock held by this very process (the same
/// dossier reopened) is shared. Failing to write the lock (read-only folder) is not an error: the
/// dossier opens, and saving will report the folder's problem.
pub fn acquire(path: &Path) -> Result<Option<Lock>, LockHolder> {
    let target = lock_path(path);
    let me = LockHolder {
        pid: std::process::id(),
        host: host(),
        since: chrono::Local::now().format("%Y-%m-%d %H:%M").to_string(),
    };
    for _ in 0..2 {
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
        {
            Ok(mut file) => {
                let _ = write!(file, "{}\n{}\n{}\n", me.pid, me.host, me.since);
                let _ = file.sync_all();
                count(&target, 1);
                return Ok(Some(Lock { path: target }));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = fs::read_to_string(&target).ok().and_then(|t| parse(&t));
                match holder {
                    Some(h) if h.host == me.host && h.pid == me.pid => {
                        count(&target, 1);
                        return Ok(Some(Lock { path: target }));
                    }
                    Some(h) if h.host != me.host || alive(h.pid) => return Err(h),
                    // Stale (its process is gone) or garbled: take it over.
                    _ => {
                        let _ = fs::remove_file(&target);
                    }
                }
            }
            Err(_) => return Ok(None),
        }
    }
    Ok(None)
}

impl Drop for Lock {
    fn drop(&mut self) {
        if count(&self.path, -1) > 0 {
            return;
        }
        let ours = fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| parse(&t))
            .is_some_and(|h| h.pid == std::process::id());
        if ours {
            let _ = fs::remove_file(&self.path);
        }
    }
}
