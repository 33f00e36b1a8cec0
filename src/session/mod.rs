//! The editing session: the open workspace and dossier, edits, undo/redo, saving, recovery.
//!
//! This layer knows nothing of egui: the window reads a [`Document`] and sends it [`Edit`]s, so
//! every behaviour here (undo, dirty flag, disk-change check) is tested without a GUI.

mod bm;
mod change;
mod delete;
mod document;
mod edit;
mod grants;
mod history;
mod incoming;
mod journal;
mod progress;
mod worker;
mod workspace;

pub use crate::model::{ListKind, Record};
pub use bm::{MAPPINGS_FOLDER, MappingError, load_mapping, mapping_path, save_mapping};
pub use change::{Change, ListRevisions};
pub use delete::delete_with_references;
pub use document::{Document, RECOVERY_EVERY, SaveError, SaveOutcome, WRITER_PATIENCE};
pub use edit::{Edit, EditError};
pub use grants::{GRANTS_FOLDER, GrantFileError, GrantTables, grant_tables};
pub use incoming::{Incoming, IncomingError, MergeInput, Source};
pub use progress::Progress;
pub use worker::{Crashed, Worker};
pub use workspace::{Entry, Summary, Workspace, example_workspace, startup_workspace};
