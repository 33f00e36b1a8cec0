//! The dossiers as files, and the workspaces: create my workspace, look at the examples,
//! rename, duplicate, archive, move to the bin, put back; the last dossier and section
//! reopened at start.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::i18n::fill;
use crate::session::{Document, Workspace};
use crate::store;
use crate::ui::dialogs::{Dialog, FileOp, Then};
use crate::ui::folder_picker::{self, Request};
use crate::ui::sections::Section;

use super::CmqApp;
use super::exports::Purpose;

impl CmqApp {
    /// File › create my workspace: asks for a folder (created when missing).
    pub(super) fn ask_new_workspace(&mut self) {
        let start = self
            .workspace
            .as_ref()
            .filter(|w| !w.is_examples())
            .and_then(|w| w.dir().parent().map(Path::to_owned))
            .or_else(home);
        self.pending_pick =
            folder_picker::start(Arc::clone(&self.picker), Request::Folder { start })
                .map(|p| (p, Purpose::NewWorkspace));
    }

    /// Makes `dir` (created if needed) the user's workspace.
    pub(super) fn create_workspace(&mut self, dir: &Path, ctx: &egui::Context) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            let e = store::StoreError::new(dir, store::StoreErrorKind::Write(e));
            self.say(self.s().file_error(&e), true);
            return;
        }
        self.after_unsaved_check(Then::OpenWorkspace(dir.to_owned()), ctx);
    }

    /// File › look at the examples: their own workspace in the data folder, read-only.
    pub(super) fn show_examples(&mut self, ctx: &egui::Context) {
        let Some(data) = self.settings.examples.clone() else {
            self.say(self.s().unreadable, true);
            return;
        };
        match crate::session::example_workspace(&data) {
            Ok(dir) => self.after_unsaved_check(Then::OpenWorkspace(dir), ctx),
            Err(e) => self.say(self.s().file_error(&e), true),
        }
    }

    /// A Dossier-menu command on the dossier at `path`: asks what it needs (a name, a
    /// confirmation), then saves or drops unsaved edits as the user says, then does it.
    pub(super) fn manage(&mut self, op: FileOp, path: PathBuf, ctx: &egui::Context) {
        if self.workspace.as_ref().is_some_and(Workspace::is_examples) {
            self.say(self.s().examples_read_only, true);
            return;
        }
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match op {
            FileOp::Rename(_) => {
                self.dialog = Some(Dialog::Rename {
                    path,
                    name: stem.clone(),
                    original: stem,
                });
            }
            FileOp::Bin => {
                let campus = self.campus_name(&path).unwrap_or(stem);
                self.dialog = Some(Dialog::ConfirmBin { path, campus });
            }
            op => self.manage_now(op, path, ctx),
        }
    }

    /// Does `op` once its questions are answered (the unsaved-changes one last).
    pub(super) fn manage_now(&mut self, op: FileOp, path: PathBuf, ctx: &egui::Context) {
        if self.doc.as_ref().is_some_and(|d| d.path() == path) {
            self.after_unsaved_check(Then::Manage(op, path), ctx);
        } else {
            self.carry_out(&op, &path);
        }
    }

    /// Carries out `op` on the file at `path` (the open dossier, if it is this one, is closed
    /// first, its edits saved or dropped already).
    pub(super) fn carry_out(&mut self, op: &FileOp, path: &Path) {
        let s = self.s();
        let campus = self.campus_name(path).unwrap_or_default();
        let was_open = self.doc.as_ref().is_some_and(|d| d.path() == path);
        let section = self.section;
        if was_open && *op != FileOp::Duplicate {
            self.doc = None;
        }
        let file = |p: &Path| {
            p.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let result = match op {
            FileOp::Rename(stem) => store::rename(path, stem)
                .map(|to| (fill(s.renamed, &[("file", &file(&to))]), Some(to))),
            FileOp::Duplicate => self
                .duplicate(path)
                .map(|to| (fill(s.duplicated, &[("file", &file(&to))]), Some(to))),
            FileOp::Archive => store::archive(path).map(|to| {
                let where_ = to.display().to_string();
                (
                    fill(s.archived_msg, &[("campus", &campus), ("path", &where_)]),
                    None,
                )
            }),
            FileOp::Bin => store::move_to_bin(path).map(|to| {
                let where_ = to.display().to_string();
                (
                    fill(s.binned, &[("campus", &campus), ("path", &where_)]),
                    None,
                )
            }),
        };
        self.refresh_workspace();
        match result {
            Ok((message, open)) => {
                if let Some(to) = open.filter(|_| was_open || *op == FileOp::Duplicate) {
                    self.open_dossier_now(&to);
                    self.section = if section == Section::Dashboard {
                        Section::Identity
                    } else {
                        section
                    };
                }
                self.say(message, false);
            }
            Err(e) => {
                if was_open && path.exists() {
                    self.open_dossier_now(path);
                }
                self.say(s.file_error(&e), true);
            }
        }
    }

    /// Moves an archived or binned dossier back into the workspace.
    pub(super) fn put_back(&mut self, path: &Path) {
        let s = self.s();
        match store::put_back(path) {
            Ok(to) => {
                self.refresh_workspace();
                let name = to
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.say(fill(s.put_back, &[("file", &name)]), false);
            }
            Err(e) => self.say(s.file_error(&e), true),
        }
    }

    /// Copies the saved dossier at `path` under a new name, its campus named « … (copie) ».
    fn duplicate(&self, path: &Path) -> Result<PathBuf, store::StoreError> {
        let mut dossier = store::load_file(path)?.dossier;
        let suffix = self.s().copy_suffix;
        dossier.campus.name = format!("{} {suffix}", dossier.campus.name);
        if !dossier.campus.short_name.is_empty() {
            dossier.campus.short_name = format!("{} {suffix}", dossier.campus.short_name);
        }
        let to = store::copy_name(path);
        store::save_file(&to, &dossier)?;
        Ok(to)
    }

    /// Reads the workspace's folder again; the open dossier stays open.
    fn refresh_workspace(&mut self) {
        let Some(dir) = self.workspace.as_ref().map(|w| w.dir().to_owned()) else {
            return;
        };
        match Workspace::open(&dir, self.today, self.settings.calendar.clone()) {
            Ok(mut ws) => {
                if let Some(d) = self.doc.as_ref() {
                    ws.update(d.path(), d.dossier());
                }
                self.workspace = Some(ws);
            }
            Err(e) => self.say(self.s().file_error(&e), true),
        }
    }

    /// The campus name the workspace list shows for `path`.
    fn campus_name(&self, path: &Path) -> Option<String> {
        self.workspace
            .as_ref()?
            .entries()
            .iter()
            .find(|e| e.path == path)
            .and_then(|e| e.summary.as_ref().ok())
            .map(|x| x.name.clone())
    }

    /// At start: the dossier and the section the user left, when they are still there.
    pub(super) fn reopen_last(&mut self) {
        let Some(ws) = self.workspace.as_ref() else {
            return;
        };
        if self.doc.is_some() || self.opening.is_some() {
            return;
        }
        let Some(path) = self
            .settings
            .last_dossier
            .clone()
            .filter(|p| ws.entries().iter().any(|e| e.path == *p))
        else {
            return;
        };
        let section = self
            .settings
            .last_section
            .as_deref()
            .and_then(Section::from_key)
            .unwrap_or_default();
        self.back_to = if section == Section::Dashboard {
            Section::Identity
        } else {
            section
        };
        self.open_dossier_now(&path);
        if self.doc.is_some() {
            self.section = section;
        }
    }

    /// Remembers the open dossier and section, for the next start.
    pub(super) fn remember_place(&mut self) {
        let path = self.doc.as_ref().map(|d| d.path().to_owned());
        if path.is_some() || self.workspace.is_some() {
            self.settings.last_dossier = path;
            self.settings.last_section = Some(self.section.key().to_owned());
        }
    }

    /// Opens a dossier of the workspace: read-only when the workspace is the examples.
    pub(super) fn open_document(
        path: &Path,
        examples: bool,
    ) -> Result<Document, store::StoreError> {
        if examples {
            Document::open_example(path)
        } else {
            Document::open(path)
        }
    }
}

/// The user's home folder, where a new workspace is first proposed.
fn home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}
