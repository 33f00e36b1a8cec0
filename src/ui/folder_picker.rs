//! The system's file dialogs (a workspace folder to open, a file to export to), without freezing
//! the window, and how to tell that none could be shown.
//!
//! A dialog runs on its own thread; the app polls for the answer. When the system has no dialog
//! to show (no desktop portal, no zenity), the answer says so and the app opens its own chooser
//! (`file_chooser.rs`) instead of reading it as a cancel. Tests replace the system
//! dialogs with [`FileDialogs`] of their own (no portal exists headless).

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// What a file dialog gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The user chose this path.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

impl From<Option<PathBuf>> for Picked {
    fn from(answer: Option<PathBuf>) -> Self {
        answer.map_or(Self::Cancelled, Self::Chosen)
    }
}

/// What is asked of the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// A folder, starting in `start`.
    Folder {
        /// The folder shown first.
        start: Option<PathBuf>,
    },
    /// Where to write a new file suggested as `name`.
    Save {
        /// The folder shown first.
        start: Option<PathBuf>,
        /// The suggested file name.
        name: String,
    },
    /// An existing file to read, among files ending in `extensions` (`filter` names them).
    Open {
        /// The folder shown first.
        start: Option<PathBuf>,
        /// What the files are (« Tableurs », "RON").
        filter: &'static str,
        /// The file name endings shown, without the dot.
        extensions: &'static [&'static str],
    },
}

impl Request {
    /// The folder shown first.
    pub fn start(&self) -> Option<&Path> {
        match self {
            Self::Folder { start } | Self::Save { start, .. } | Self::Open { start, .. } => {
                start.as_deref()
            }
        }
    }

    fn ask(&self, dialogs: &dyn FileDialogs) -> Picked {
        let start = self.start().map(Path::to_owned);
        match self {
            Self::Folder { .. } => dialogs.pick_folder(start),
            Self::Save { name, .. } => dialogs.save_file(start, name),
            Self::Open {
                filter, extensions, ..
            } => dialogs.pick_file(start, filter, extensions),
        }
    }
}

/// Something that asks the user for a folder or a file name (blocking the calling thread).
pub trait FileDialogs: Send + Sync {
    /// The chosen folder.
    fn pick_folder(&self, start: Option<PathBuf>) -> Picked;
    /// Where to save a new file suggested as `name` in `start`.
    fn save_file(&self, start: Option<PathBuf>, name: &str) -> Picked;
    /// Opens `path` in the system's viewer (to print a PDF).
    fn open_file(&self, path: &Path) -> std::io::Result<()>;
    /// An existing file to read, among files ending in `extensions` (`filter` names them).
    fn pick_file(&self, start: Option<PathBuf>, filter: &str, extensions: &[&str]) -> Picked;
}

/// The system dialog, through rfd (xdg portal, else zenity).
///
/// rfd answers « nothing » both for a cancel and for a dialog it could not show. Without zenity
/// the portal is the only way: with no session bus it cannot work at all, and an answer back
/// within [`NO_DIALOG_WITHIN`] means that no dialog appeared (nobody closes one that fast).
pub struct SystemPicker;

/// An empty answer faster than this, with no zenity to fall back on, means no dialog was shown.
pub const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

impl SystemPicker {
    fn run(ask: impl FnOnce() -> Option<PathBuf>) -> Picked {
        let zenity = on_path("zenity");
        if !zenity && !session_bus() {
            return Picked::Unavailable;
        }
        let asked = Instant::now();
        match ask() {
            Some(path) => Picked::Chosen(path),
            None if !zenity && asked.elapsed() < NO_DIALOG_WITHIN => Picked::Unavailable,
            None => Picked::Cancelled,
        }
    }
}

/// Whether an executable file named `program` is in a folder of `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Whether a D-Bus session bus (where the desktop portal lives) can be reached.
fn session_bus() -> bool {
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

/// Starts `dialog` in `dir`. rfd hands the folder to the portal only; zenity opens where it is
/// given a file name, so a folder's path (ending with `/`) is given as the name too — the
/// portal's open dialogs do not use the name.
fn starting_in(dialog: rfd::FileDialog, dir: Option<PathBuf>) -> rfd::FileDialog {
    match dir {
        Some(dir) => {
            let mut name = dir.clone().into_os_string();
            name.push("/");
            dialog
                .set_directory(dir)
                .set_file_name(name.to_string_lossy())
        }
        None => dialog,
    }
}

impl FileDialogs for SystemPicker {
    fn pick_folder(&self, start: Option<PathBuf>) -> Picked {
        Self::run(|| starting_in(rfd::FileDialog::new(), start).pick_folder())
    }

    fn save_file(&self, start: Option<PathBuf>, name: &str) -> Picked {
        Self::run(|| {
            let mut dialog = rfd::FileDialog::new().set_file_name(name);
            if let Some(dir) = start {
                // Without a session bus there is no portal: zenity shows the dialog, and it
                // takes the folder from the name.
                if !session_bus() {
                    dialog = dialog.set_file_name(dir.join(name).to_string_lossy());
                }
                dialog = dialog.set_directory(dir);
            }
            dialog.save_file()
        })
    }

    fn open_file(&self, path: &Path) -> std::io::Result<()> {
        crate::export::open_in_viewer(path)
    }

    fn pick_file(&self, start: Option<PathBuf>, filter: &str, extensions: &[&str]) -> Picked {
        Self::run(|| {
            starting_in(rfd::FileDialog::new().add_filter(filter, extensions), start).pick_file()
        })
    }
}

/// A dialog running on its own thread.
pub struct PendingPick {
    answer: Receiver<Picked>,
    request: Request,
}

/// What polling a pending dialog gives.
pub enum PickPoll {
    /// Still open.
    Waiting,
    /// Closed, with the path or nothing.
    Done(Option<PathBuf>),
    /// No dialog could be shown: ask this in the app.
    Unavailable(Request),
}

/// Asks `request` of `dialogs` on a named thread.
pub fn start(dialogs: std::sync::Arc<dyn FileDialogs>, request: Request) -> Option<PendingPick> {
    let (tx, rx) = channel();
    let asked = request.clone();
    std::thread::Builder::new()
        .name("file-dialog".into())
        .spawn(move || {
            let _ = tx.send(asked.ask(dialogs.as_ref()));
        })
        .ok()?;
    Some(PendingPick {
        answer: rx,
        request,
    })
}

impl PendingPick {
    /// Whether the dialog closed, and with what.
    pub fn poll(&self) -> PickPoll {
        match self.answer.try_recv() {
            Ok(Picked::Chosen(path)) => PickPoll::Done(Some(path)),
            Ok(Picked::Cancelled) | Err(TryRecvError::Disconnected) => PickPoll::Done(None),
            Ok(Picked::Unavailable) => PickPoll::Unavailable(self.request.clone()),
            Err(TryRecvError::Empty) => PickPoll::Waiting,
        }
    }
}
