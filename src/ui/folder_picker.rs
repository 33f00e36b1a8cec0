//! The system's file dialogs (a workspace folder to open, a file to export to), without freezing
//! the window.
//!
//! A dialog runs on its own thread; the app polls for the answer. Tests replace the system
//! dialogs with [`FileDialogs`] of their own (no portal exists headless).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Something that asks the user for a folder or a file name (blocking the calling thread).
pub trait FileDialogs: Send + Sync {
    /// The chosen folder, or `None` when cancelled or when no dialog could be shown.
    fn pick_folder(&self, start: Option<PathBuf>) -> Option<PathBuf>;
    /// Where to save a new file suggested as `name` in `start`, or `None` when cancelled.
    fn save_file(&self, start: Option<PathBuf>, name: &str) -> Option<PathBuf>;
    /// Opens `path` in the system's viewer (to print a PDF).
    fn open_file(&self, path: &std::path::Path) -> std::io::Result<()>;
    /// An existing file to read, among files ending in `extensions` (`filter` names them), or
    /// `None` when cancelled.
    fn pick_file(
        &self,
        start: Option<PathBuf>,
        filter: &str,
        extensions: &[&str],
    ) -> Option<PathBuf>;
}

/// The system dialog, through rfd (xdg portal, else zenity).
pub struct SystemPicker;

impl FileDialogs for SystemPicker {
    fn pick_folder(&self, start: Option<PathBuf>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new();
        if let Some(dir) = start {
            dialog = dialog.set_directory(dir);
        }
        dialog.pick_folder()
    }

    fn save_file(&self, start: Option<PathBuf>, name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_file_name(name);
        if let Some(dir) = start {
            dialog = dialog.set_directory(dir);
        }
        dialog.save_file()
    }

    fn open_file(&self, path: &std::path::Path) -> std::io::Result<()> {
        crate::export::open_in_viewer(path)
    }

    fn pick_file(
        &self,
        start: Option<PathBuf>,
        filter: &str,
        extensions: &[&str],
    ) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().add_filter(filter, extensions);
        if let Some(dir) = start {
            dialog = dialog.set_directory(dir);
        }
        dialog.pick_file()
    }
}

/// A dialog running on its own thread.
pub struct PendingPick(Receiver<Option<PathBuf>>);

/// What polling a pending dialog gives.
pub enum PickPoll {
    /// Still open.
    Waiting,
    /// Closed, with the folder or nothing.
    Done(Option<PathBuf>),
}

/// Runs `ask` (a dialog of `dialogs`) on a named thread.
pub fn start(
    dialogs: std::sync::Arc<dyn FileDialogs>,
    ask: impl FnOnce(&dyn FileDialogs) -> Option<PathBuf> + Send + 'static,
) -> Option<PendingPick> {
    let (tx, rx) = channel();
    std::thread::Builder::new()
        .name("file-dialog".into())
        .spawn(move || {
            let _ = tx.send(ask(dialogs.as_ref()));
        })
        .ok()?;
    Some(PendingPick(rx))
}

impl PendingPick {
    /// Whether the dialog closed, and with what.
    pub fn poll(&self) -> PickPoll {
        match self.0.try_recv() {
            Ok(answer) => PickPoll::Done(answer),
            Err(TryRecvError::Empty) => PickPoll::Waiting,
            Err(TryRecvError::Disconnected) => PickPoll::Done(None),
        }
    }
}
