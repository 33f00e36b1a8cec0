//! A list of campuses into the workspace, from the dashboard: pick the list, read and check it
//! in the background, show the report, then create or complete the dossiers. The open dossier,
//! if the list completes it, gets its new decisions as one edit (undo takes them back).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::i18n::fill;
use crate::import::campuses::{self, CampusPlan, Written};
use crate::model::Dossier;
use crate::session::{Progress, Worker};
use crate::store;
use crate::ui::dialogs::Dialog;
use crate::ui::folder_picker::{self, Request};

use super::CmqApp;
use super::exports::Purpose;

/// Extensions a list of campuses is read from.
const SOURCES: &[&str] = &["csv", "txt", "tsv", "xlsx", "xlsm", "xls", "ods"];

/// A list of campuses on its way into the workspace.
pub(super) enum CampusList {
    /// Read and checked on a thread.
    Checking(Worker<Result<CampusPlan, String>>),
    /// Checked: its report is shown, waiting for the user's word.
    Checked(CampusPlan),
}

impl CmqApp {
    /// Asks which list to read.
    pub(super) fn request_campus_list(&mut self) {
        let s = self.s();
        let Some(ws) = self.workspace.as_ref() else {
            return;
        };
        if ws.is_examples() {
            self.say(s.examples_read_only, true);
            return;
        }
        self.pending_pick = folder_picker::start(
            Arc::clone(&self.picker),
            Request::Open {
                start: Some(ws.dir().to_owned()),
                filter: s.import.spreadsheets,
                extensions: SOURCES,
            },
        )
        .map(|p| (p, Purpose::CampusList));
    }

    /// Reads and checks `source` against the workspace's dossiers, on a thread.
    pub(super) fn start_campus_list(&mut self, source: PathBuf) {
        let s = self.s();
        let Some(ws) = self.workspace.as_ref() else {
            return;
        };
        let dir = ws.dir().to_owned();
        let worker = Worker::start("campus-list", move |_| {
            let mut existing: Vec<(PathBuf, Dossier)> = Vec::new();
            for path in store::list_dossiers(&dir).map_err(|e| s.file_error(&e))? {
                let loaded = store::load_file(&path).map_err(|e| s.file_error(&e))?;
                existing.push((path, loaded.dossier));
            }
            let sheet = crate::import::read::read_file(&source, &Progress::default())
                .map_err(|e| e.text(s))?;
            Ok(campuses::plan(&sheet, &existing))
        });
        match worker {
            Ok(w) => self.campus_list = Some(CampusList::Checking(w)),
            Err(e) => self.say(e.to_string(), true),
        }
    }

    /// Shows the report once the list is checked.
    pub(super) fn poll_campus_list(&mut self, ctx: &egui::Context) {
        let Some(CampusList::Checking(worker)) = self.campus_list.as_ref() else {
            return;
        };
        if !worker.is_finished() {
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        let Some(CampusList::Checking(worker)) = self.campus_list.take() else {
            return;
        };
        let s = self.s();
        match worker.finish() {
            Ok(Ok(plan)) => {
                self.dialog = Some(Dialog::CampusList {
                    report: campuses::report(&plan, s, |line| {
                        fill(s.import.cli_line_of, &[("line", &line.to_string())])
                    }),
                    rejected: plan.rejected(),
                    campuses: plan.campuses.len(),
                });
                self.campus_list = Some(CampusList::Checked(plan));
            }
            Ok(Err(e)) => self.say(e, true),
            Err(crashed) => self.say(
                fill(
                    s.crashed,
                    &[("what", s.import.import), ("reason", &crashed.message)],
                ),
                true,
            ),
        }
    }

    /// Creates and completes the dossiers of the checked list (the rows accepted).
    pub(super) fn write_campus_list(&mut self) {
        let s = self.s();
        let Some(CampusList::Checked(plan)) = self.campus_list.take() else {
            return;
        };
        let mut done = Vec::new();
        for update in plan.campuses {
            let open = self
                .doc
                .as_mut()
                .filter(|d| update.existing.as_deref() == Some(d.path()));
            if let Some(doc) = open {
                // The open dossier holds its own lock: its new decisions are an edit of it.
                let edit = campuses::additions(doc.dossier(), update.added);
                match doc.apply(edit) {
                    Ok(_) => done.push(doc.path().to_owned()),
                    Err(e) => self.errors.push((s.edit_error)(&e)),
                }
                continue;
            }
            let Some(ws) = self.workspace.as_ref() else {
                return;
            };
            match campuses::write(update, ws, Duration::ZERO) {
                Ok(Written::Created(path) | Written::Completed(path)) => done.push(path),
                Err(e) => self.errors.push(e.text(s)),
            }
        }
        if let Some(ws) = self.workspace.as_mut() {
            for path in &done {
                match store::load_file(path) {
                    Ok(loaded) => ws.update(path, &loaded.dossier),
                    Err(e) => self.errors.push(s.file_error(&e)),
                }
            }
            if let Some(doc) = self.doc.as_ref() {
                ws.update(doc.path(), doc.dossier());
            }
        }
        self.say(s.count(&s.import.campus_list_done, done.len(), &[]), false);
    }
}
