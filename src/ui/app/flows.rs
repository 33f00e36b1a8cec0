//! The flows of the application: opening a workspace or a dossier, the unsaved-changes and
//! disk-change questions, saving, commands, dialogs' answers, applying edits, going to a field.

use std::path::Path;
use std::sync::Arc;

use crate::i18n::fill;
use crate::model::Dossier;
use crate::model::reference;
use crate::session::{self, Document, Edit, ListKind, SaveOutcome, Workspace};
use crate::store;

use crate::ui::commands::Command;
use crate::ui::dialogs::{Choice, Dialog, FileOp, Then};
use crate::ui::folder_picker::{self, Request};
use crate::ui::sections::Section;
use crate::ui::widgets::timeline::TimelineState;

use super::CmqApp;

/// Dossiers bigger than this are read on a thread (a few thousand records and more).
pub(super) const BACKGROUND_OPEN_BYTES: u64 = 2_000_000;
use super::exports::Purpose;

impl CmqApp {
    pub(super) fn open_workspace_now(&mut self, dir: &Path) {
        match Workspace::open(dir, self.today, self.settings.calendar.clone()) {
            Ok(ws) => {
                let recovered = ws
                    .entries()
                    .iter()
                    .find(|e| e.has_recovery)
                    .map(|e| e.path.clone());
                if !ws.is_examples() {
                    self.settings.own_workspace = Some(dir.to_owned());
                }
                self.workspace = Some(ws);
                self.doc = None;
                self.message = None;
                self.settings.workspace = Some(dir.to_owned());
                if let Some(path) = recovered {
                    self.open_dossier_now(&path);
                }
            }
            Err(e) => self.say(self.s().file_error(&e), true),
        }
    }

    pub(super) fn open_dossier_now(&mut self, path: &Path) {
        let big = store::file_size(path).is_some_and(|n| n > BACKGROUND_OPEN_BYTES);
        let examples = self.workspace.as_ref().is_some_and(Workspace::is_examples);
        let ancestors = self.ancestor_store();
        let work = move |path: &Path| {
            Self::open_document(path, examples).map(|mut doc| {
                // The version read, kept as the ancestor of a later merge (with the reading:
                // on the thread for a big dossier).
                if !examples {
                    doc.set_ancestors(ancestors);
                }
                let recovered = doc.recovered();
                (doc, recovered)
            })
        };
        if big {
            // A big dossier is read on a thread; the window stays live and says so.
            let target = path.to_owned();
            match session::Worker::start("open", move |_| work(&target)) {
                Ok(handle) => {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    self.say(fill(self.s().opening, &[("file", &name)]), false);
                    self.opening = Some(handle);
                }
                Err(e) => self.say(e.to_string(), true),
            }
            return;
        }
        match work(path) {
            Ok((doc, recovered)) => self.install(doc, recovered),
            Err(e) => self.say(self.s().file_error(&e), true),
        }
    }

    /// Shows the dossier read on a thread once it is ready.
    pub(super) fn poll_open(&mut self, ctx: &egui::Context) {
        match self.opening.take() {
            Some(handle) if handle.is_finished() => match handle.finish() {
                Ok(Ok((doc, recovered))) => {
                    self.message = None;
                    self.install(doc, recovered);
                }
                Ok(Err(e)) => self.say(self.s().file_error(&e), true),
                Err(crash) => self.say(
                    fill(
                        self.s().crashed,
                        &[("what", self.s().unreadable), ("reason", &crash.message)],
                    ),
                    true,
                ),
            },
            Some(handle) => {
                self.opening = Some(handle);
                ctx.request_repaint_after(std::time::Duration::from_millis(30));
            }
            None => {}
        }
    }

    /// Makes `doc` the open dossier, offering its recovery copy if one was found.
    fn install(&mut self, doc: Document, recovered: Option<Result<Dossier, store::StoreError>>) {
        match recovered {
            Some(Ok(dossier)) => {
                self.dialog = Some(Dialog::Recovery {
                    dossier: Box::new(dossier),
                });
            }
            Some(Err(e)) => self.say(self.s().file_error(&e), true),
            None => {}
        }
        if let Some(c) = doc.converted() {
            let s = self.s();
            self.say(
                fill(
                    s.converted,
                    &[
                        ("version", &c.from_version.to_string()),
                        ("groups", &c.groups.to_string()),
                        ("participants", &c.participants.to_string()),
                        ("projects", &c.projects.to_string()),
                    ],
                ),
                false,
            );
        }
        if let Some(newer) = doc.read_only() {
            self.say(
                (self.s().store_error)(&store::StoreErrorKind::NewerVersion(newer)),
                true,
            );
        }
        // A dossier another program holds says so in its banner (`lock_banner`), for as long as
        // it does.
        self.doc = Some(doc);
        self.tables.clear();
        self.focus = None;
        self.timeline = TimelineState::default();
        if self.section == Section::Dashboard {
            self.section = self.back_to;
        }
    }

    /// Opens for editing the dossier another machine holds; the message that it was read-only
    /// goes, since it no longer is.
    pub(super) fn open_anyway(&mut self) {
        let s = self.s();
        let Some(doc) = self.doc.as_mut() else { return };
        let Some(holder) = doc.locked_by().cloned() else {
            return;
        };
        if doc.open_anyway() {
            let said = (s.save_error)(&session::SaveError::Locked(holder));
            self.errors.retain(|e| *e != said);
        }
    }

    /// Runs `then` now, or asks first when the open dossier has unsaved changes.
    pub(super) fn after_unsaved_check(&mut self, then: Then, ctx: &egui::Context) {
        if self.doc.as_ref().is_some_and(Document::is_dirty) {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then, ctx);
        }
    }

    pub(super) fn proceed(&mut self, then: Then, ctx: &egui::Context) {
        match then {
            Then::Close => {
                self.close_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::Open(path) => self.open_dossier_now(&path),
            Then::OpenWorkspace(dir) => self.open_workspace_now(&dir),
            Then::Manage(op, path) => self.carry_out(&op, &path),
            Then::NewDossier => {
                // The région of the open dossier, else the one most of the workspace is in; no
                // filière is guessed: the user picks it.
                let region = self
                    .doc
                    .as_ref()
                    .map(|d| d.dossier().campus.region_academique.clone())
                    .or_else(|| self.workspace.as_ref().and_then(Workspace::usual_region))
                    .unwrap_or_default();
                self.dialog = Some(Dialog::New {
                    name: String::new(),
                    region,
                    filiere: String::new(),
                });
            }
        }
    }

    /// Saves the open dossier; returns true when the file now holds it. When another program
    /// changed the file, asks first and keeps `then` for after the answer.
    pub(super) fn save(
        &mut self,
        overwrite: bool,
        then: Option<Then>,
        ctx: &egui::Context,
    ) -> bool {
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        let result = doc.save(overwrite);
        self.after_save(result, then, ctx)
    }

    /// Ctrl+S: saves on a thread from a snapshot, so a big dossier never freezes the window
    /// ([`Self::poll_save`] reports the outcome).
    pub(super) fn save_in_background(&mut self) {
        let Some(doc) = self.doc.as_mut() else { return };
        if let Err(e) = doc.start_save(false) {
            self.say(self.s().save_failure(&e), true);
        }
    }

    /// Reports the outcome of a background save once it ended.
    pub(super) fn poll_save(&mut self, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.is_saving() {
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }
        if let Some(result) = doc.poll_save() {
            self.after_save(result, None, ctx);
        }
    }

    /// What follows a save: the workspace list updated and a message, or the disk-change
    /// question, or the error. True when the file was written.
    fn after_save(
        &mut self,
        result: Result<SaveOutcome, session::SaveError>,
        then: Option<Then>,
        ctx: &egui::Context,
    ) -> bool {
        let Some(doc) = self.doc.as_ref() else {
            return false;
        };
        match result {
            Ok(SaveOutcome::Saved) => {
                if let Some(ws) = self.workspace.as_mut() {
                    ws.update(doc.path(), doc.dossier());
                    ws.clear_recovery(doc.path());
                }
                let name = doc
                    .path()
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.say(fill(self.s().saved_message, &[("file", &name)]), false);
                true
            }
            Ok(SaveOutcome::ChangedOnDisk) => {
                // Another machine's version: merged, not thrown away.
                self.take_disk_version(super::incoming::Why::Save(then), ctx);
                false
            }
            Err(e) => {
                self.say(self.s().save_failure(&e), true);
                false
            }
        }
    }

    pub(super) fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => {
                if self.workspace.is_none() {
                    self.say(self.s().no_workspace, true);
                } else if self.workspace.as_ref().is_some_and(Workspace::is_examples) {
                    self.say(self.s().examples_read_only, true);
                } else {
                    self.after_unsaved_check(Then::NewDossier, ctx);
                }
            }
            Command::OpenWorkspace => {
                // From the examples, the user's own workspace is where to look first.
                let start = self
                    .workspace
                    .as_ref()
                    .filter(|w| !w.is_examples())
                    .map(|w| w.dir().to_owned())
                    .or_else(|| self.settings.own_workspace.clone());
                self.pending_pick =
                    folder_picker::start(Arc::clone(&self.picker), Request::Folder { start })
                        .map(|p| (p, Purpose::Workspace));
            }
            Command::Save => self.save_in_background(),
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
            Command::Find => self.tables.entry(self.section).or_default().focus_filter = true,
            Command::ToggleChecks => self.show_checks = !self.show_checks,
            Command::Theme(t) => self.settings.theme = t,
            Command::Language(l) => self.settings.lang = l,
            Command::Print => self.ask_pdf(true),
            Command::ExportPdf => self.ask_pdf(false),
            Command::Import => {
                let kind = self
                    .section
                    .list()
                    .filter(|k| k.capabilities().import)
                    .unwrap_or(ListKind::Partners);
                self.request_import(kind);
            }
            Command::CreateWorkspace => self.ask_new_workspace(),
            Command::Examples => self.show_examples(ctx),
            Command::Help => self.show_help = !self.show_help,
            Command::Rename | Command::Duplicate | Command::Archive | Command::Bin => {
                let Some(path) = self.doc.as_ref().map(|d| d.path().to_owned()) else {
                    return;
                };
                let op = match command {
                    Command::Rename => FileOp::Rename(String::new()),
                    Command::Duplicate => FileOp::Duplicate,
                    Command::Archive => FileOp::Archive,
                    _ => FileOp::Bin,
                };
                self.manage(op, path, ctx);
            }
            Command::About => {
                self.dialog = Some(Dialog::Info(format!(
                    "{}\nVersion {}",
                    self.s().about_body,
                    env!("CARGO_PKG_VERSION")
                )));
            }
        }
    }

    /// Undoes (or redoes) the last step, then shows where it changed the dossier and says so:
    /// a change in another section is never taken back out of sight.
    fn undo_or_redo(&mut self, undo: bool) {
        let s = self.s();
        let Some(d) = self.doc.as_mut() else { return };
        let path = if undo { d.undo_path() } else { d.redo_path() };
        let done = match if undo { d.try_undo() } else { d.try_redo() } {
            Ok(done) => done,
            Err(e) => {
                self.say((s.edit_error)(&e), true);
                return;
            }
        };
        if let (true, Some(path)) = (done, path) {
            let (section, _) = Section::of_path(&path);
            if section != self.section {
                self.go_to(&path);
            }
            let template = if undo { s.undone } else { s.redone };
            self.say(fill(template, &[("where", section.title(s))]), false);
        }
    }

    pub(super) fn create_dossier(&mut self, name: &str, region: &str, filiere: &str) {
        let Some(ws) = self.workspace.as_mut() else {
            return;
        };
        let mut d = Dossier::default();
        name.trim().clone_into(&mut d.campus.name);
        region.clone_into(&mut d.campus.region_academique);
        filiere.clone_into(&mut d.campus.secteur);
        d.campus.academies = reference::ACADEMIES
            .iter()
            .filter(|a| a.region == Some(region))
            .take(1)
            .map(|a| a.code.to_owned())
            .collect();
        let path = ws.new_file_for(name);
        let mut doc = Document::new(path, d, None, None);
        match doc.save(true) {
            Ok(_) => {
                ws.update(doc.path(), doc.dossier());
                self.doc = Some(doc);
                self.section = Section::Identity;
                self.tables.clear();
            }
            Err(e) => self.say(self.s().save_failure(&e), true),
        }
    }

    pub(super) fn handle_choice(&mut self, choice: Choice, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match (dialog, choice) {
            (Dialog::CampusList { campuses, .. }, Choice::Primary) if campuses > 0 => {
                self.write_campus_list();
            }
            (Dialog::CampusList { .. }, _) => self.campus_list = None,
            (Dialog::Unsaved { then }, Choice::Primary)
                if self.save(false, Some(then.clone()), ctx) =>
            {
                self.proceed(then, ctx);
            }
            (Dialog::Unsaved { then }, Choice::Secondary) => {
                if let Some(d) = self.doc.as_mut() {
                    // The user chose to drop the edits: their recovery copy goes too.
                    let _ = d.discard_recovery();
                }
                if let Some(ws) = self.workspace.as_mut()
                    && let Some(d) = self.doc.as_ref()
                {
                    // The list showed the dropped edits: show the file again.
                    ws.refresh(d.path());
                }
                self.doc = None;
                self.proceed(then, ctx);
            }
            (Dialog::Merge(view), choice) => self.answer_merge(view, choice, ctx),
            (Dialog::DiskChanged { then }, Choice::Primary) => {
                if let Some(Err(e)) = self.doc.as_mut().map(Document::reload) {
                    self.say(self.s().file_error(&e), true);
                } else {
                    if let (Some(ws), Some(d)) = (self.workspace.as_mut(), self.doc.as_ref()) {
                        ws.refresh(d.path());
                    }
                    if let Some(then) = then {
                        self.proceed(then, ctx);
                    }
                }
            }
            (Dialog::DiskChanged { then }, Choice::Secondary) => {
                if self.save(true, None, ctx)
                    && let Some(then) = then
                {
                    self.proceed(then, ctx);
                }
            }
            (Dialog::Recovery { dossier }, Choice::Primary) => {
                if let Some(d) = self.doc.as_mut() {
                    d.restore(*dossier);
                }
            }
            (Dialog::Recovery { .. }, Choice::Secondary) => {
                if let Some(d) = self.doc.as_mut() {
                    let _ = d.discard_recovery();
                    if let Some(ws) = self.workspace.as_mut() {
                        ws.clear_recovery(d.path());
                    }
                }
            }
            (
                Dialog::New {
                    name,
                    region,
                    filiere,
                },
                Choice::Primary,
            ) => {
                self.create_dossier(&name, &region, &filiere);
            }
            (Dialog::Pdf { choice, print }, Choice::Primary) => self.confirm_pdf(choice, print),
            (Dialog::Rename { path, name, .. }, Choice::Primary) => {
                self.manage_now(FileOp::Rename(name.trim().to_owned()), path, ctx);
            }
            (Dialog::ConfirmBin { path, .. }, Choice::Primary) => {
                self.manage_now(FileOp::Bin, path, ctx);
            }
            (Dialog::ConfirmDelete { list, index, .. }, Choice::Primary) => {
                if let Some(d) = self.doc.as_mut()
                    && let Some(edit) = session::delete_with_references(d.dossier(), list, index)
                {
                    self.apply(vec![edit]);
                    self.tables.entry(self.section).or_default().selected = None;
                }
            }
            _ => {}
        }
    }

    /// Applies the edits the sections emitted while drawing (the workspace list follows at the
    /// end of the frame).
    pub(super) fn apply(&mut self, edits: Vec<Edit>) {
        let s = self.s();
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.is_read_only() && !edits.is_empty() {
            // Typed text snaps back: say why, every time it happens (said once in a row).
            let why = if doc.is_example() {
                s.examples_read_only.to_owned()
            } else if let Some(holder) = doc.locked_by() {
                (s.save_error)(&session::SaveError::Locked(holder.clone()))
            } else {
                (s.save_error)(&session::SaveError::ReadOnly)
            };
            self.say(why, true);
            return;
        }
        let failures: Vec<String> = edits
            .into_iter()
            .filter_map(|e| doc.apply(e).err())
            .map(|err| (s.edit_error)(&err))
            .collect();
        for f in failures {
            self.say(f, true);
        }
    }

    pub(super) fn confirm_delete(&mut self, list: ListKind, index: usize) {
        let Some(d) = self.doc.as_ref().map(Document::dossier) else {
            return;
        };
        let Some(record) = list.record_at(d, index) else {
            return;
        };
        self.dialog = Some(Dialog::ConfirmDelete {
            list,
            index,
            title: record.title().to_owned(),
            references: d.references_to(list, record.id()),
        });
    }

    /// Shows the field at `path`: its section, its record selected, the cursor in it.
    pub(super) fn go_to(&mut self, path: &str) {
        let (section, _) = Section::of_path(path);
        self.section = section;
        if let (Some(doc), Some((kind, Some(i)))) = (self.doc.as_ref(), ListKind::of_path(path)) {
            let id = kind.id_at(doc.dossier(), i).map(str::to_owned);
            let table = self.tables.entry(section).or_default();
            table.filter.clear();
            table.selected = id;
        }
        self.focus = Some(path.to_owned());
    }
}
