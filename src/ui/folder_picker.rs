//! Choosing a workspace folder with the system's dialog, without freezing the window.
//!
//! The dialog runs on its own thread; the app polls for the answer. Tests replace the system
//! dialog with a [`FolderPicker`] of their own (no portal exists headless).

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Something that asks the user for a folder (blocking the calling thread).
pub trait FolderPicker: Send + Sync {
    /// The chosen folder, or `None` when cancelled or when no dialog could be shown.
    fn pick(&self, start: Option<PathBuf>) -> Option<PathBuf>;
}

/// The system dialog, through rfd (xdg portal, else zenity).
pub struct SystemPicker;

impl FolderPicker for SystemPicker {
    fn pick(&self, start: Option<PathBuf>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new();
        if let Some(dir) = start {
            dialog = dialog.set_directory(dir);
        }
        dialog.pick_folder()
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

/// Opens the dialog of `picker` on a named thread.
pub fn start(
    picker: std::sync::Arc<dyn FolderPicker>,
    start: Option<PathBuf>,
) -> Option<PendingPick> {
    let (tx, rx) = channel();
    std::thread::Builder::new()
        .name("folder-dialog".into())
        .spawn(move || {
            let _ = tx.send(picker.pick(start));
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
