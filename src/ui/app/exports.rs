//! File dialogs and background exports: tables as CSV/XLSX, documents as PDF (printed or saved).

use crate::i18n::fill;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::export;

use crate::ui::dialogs::{Dialog, Then};
use crate::ui::file_chooser::{FileChooser, Outcome};
use crate::ui::folder_picker::{self, PickPoll, Request};
use crate::ui::settings::PdfChoice;

use super::CmqApp;

impl CmqApp {
    pub(super) fn poll_file_dialog(&mut self, ctx: &egui::Context) {
        let Some((pending, _)) = &self.pending_pick else {
            return;
        };
        match pending.poll() {
            PickPoll::Waiting => ctx.request_repaint_after(std::time::Duration::from_millis(200)),
            PickPoll::Done(answer) => {
                if let Some((_, purpose)) = self.pending_pick.take() {
                    self.file_chosen(purpose, answer, ctx);
                }
            }
            PickPoll::Unavailable(request) => {
                if let Some((_, purpose)) = self.pending_pick.take() {
                    self.chooser = Some((FileChooser::new(request), purpose));
                }
            }
        }
    }

    /// Draws the app's own file chooser, if it is open, and acts on its answer.
    pub(super) fn show_chooser(&mut self, ctx: &egui::Context) {
        let s = self.s();
        let Some((chooser, _)) = self.chooser.as_mut() else {
            return;
        };
        let Some(outcome) = chooser.show(ctx, s) else {
            return;
        };
        if let Some((_, purpose)) = self.chooser.take() {
            let answer = match outcome {
                Outcome::Chosen(path) => Some(path),
                Outcome::Cancelled => None,
            };
            self.file_chosen(purpose, answer, ctx);
        }
    }

    /// Acts on the path chosen (or not) for `purpose`.
    fn file_chosen(&mut self, purpose: Purpose, answer: Option<PathBuf>, ctx: &egui::Context) {
        match (purpose, answer) {
            (Purpose::Workspace, Some(dir)) => {
                self.after_unsaved_check(Then::OpenWorkspace(dir), ctx);
            }
            (Purpose::Workspace | Purpose::NewWorkspace, None) => {
                self.say(self.s().pick_cancelled, false);
            }
            (Purpose::NewWorkspace, Some(dir)) => self.create_workspace(&dir, ctx),
            (Purpose::Export(..) | Purpose::ExportPdf(_), Some(path))
                if let Err(e) = self.export_target_refused(&path) =>
            {
                self.say(self.s().file_error(&e), true);
            }
            (Purpose::Export(table, format), Some(path)) => {
                match export::Job::start(*table, format, path) {
                    Ok(job) => self.job = Some((job, false)),
                    Err(e) => self.say(e.to_string(), true),
                }
            }
            (Purpose::ExportPdf(options), Some(path)) => {
                self.start_pdf(*options, path, false);
            }
            (Purpose::ImportSource(kind), Some(path)) => self.start_import(kind, path),
            (Purpose::CampusList, Some(path)) => self.start_campus_list(path),
            (Purpose::SaveMapping(mapping), Some(path)) => match self
                .open_dossier_path()
                .map_or(Ok(()), |d| crate::store::check_output(&path, &[&d]))
                .and_then(|()| mapping.save(&path))
            {
                Ok(()) => self.say(
                    fill(
                        self.s().import.mapping_saved,
                        &[("file", &path.display().to_string())],
                    ),
                    false,
                ),
                Err(e) => self.say(self.s().file_error(&e), true),
            },
            (Purpose::LoadMapping, Some(path)) => self.load_mapping(&path),
            (Purpose::BmTemplate(id), Some(path)) => self.bm_template_chosen(&id, &path),
            (Purpose::BmOutput(_), Some(path))
                if let Err(e) = self.export_target_refused(&path) =>
            {
                self.say(self.s().file_error(&e), true);
            }
            (Purpose::BmOutput(pending), Some(path)) => self.bm_output_chosen(*pending, &path),
            (
                Purpose::Export(..)
                | Purpose::ExportPdf(_)
                | Purpose::ImportSource(_)
                | Purpose::SaveMapping(_)
                | Purpose::LoadMapping
                | Purpose::CampusList
                | Purpose::BmTemplate(_)
                | Purpose::BmOutput(_),
                None,
            ) => {
                self.say(self.s().no_file_chosen, false);
            }
        }
    }

    /// Why an export may not be written at `path` (the open dossier, another dossier, a FIFO…).
    fn export_target_refused(&self, path: &Path) -> Result<(), crate::store::StoreError> {
        let dossier = self.open_dossier_path();
        let inputs: Vec<&Path> = dossier.as_deref().into_iter().collect();
        crate::store::check_export_output(path, &inputs)
    }

    fn open_dossier_path(&self) -> Option<PathBuf> {
        self.doc.as_ref().map(|d| d.path().to_owned())
    }

    /// Asks where to export `kind` (the rows shown, or all), then exports in the background.
    pub(super) fn request_export(
        &mut self,
        kind: export::TableKind,
        format: export::Format,
        rows: Option<Vec<usize>>,
    ) {
        let Some(doc) = self.doc.as_ref() else { return };
        let mut table = export::table_of(doc.dossier(), kind);
        if let Some(rows) = rows {
            let mut all: Vec<Option<Vec<export::Cell>>> =
                table.rows.into_iter().map(Some).collect();
            table.rows = rows
                .iter()
                .filter_map(|&i| all.get_mut(i).and_then(Option::take))
                .collect();
        }
        let stem = doc
            .path()
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = format!("{stem}-{}.{}", kind.name(), format.extension());
        let start = doc.path().parent().map(Path::to_owned);
        self.pending_pick =
            folder_picker::start(Arc::clone(&self.picker), Request::Save { start, name })
                .map(|p| (p, Purpose::Export(Box::new(table), format)));
    }

    pub(super) fn poll_job(&mut self, ctx: &egui::Context) {
        match self.job.take() {
            Some((job, open_after)) if job.is_finished() => {
                let path = job.path.clone();
                match job.finish() {
                    Ok(_) if open_after => {
                        let file = path.display().to_string();
                        match self.picker.open_file(&path) {
                            // Written, but no viewer: say where the PDF is, and why it is not
                            // on screen.
                            Err(e) => {
                                let reason = if e.kind() == std::io::ErrorKind::NotFound {
                                    self.s().viewer_missing.to_owned()
                                } else {
                                    e.to_string()
                                };
                                self.say(
                                    fill(
                                        self.s().no_viewer,
                                        &[("file", &file), ("reason", &reason)],
                                    ),
                                    true,
                                );
                            }
                            Ok(()) => self.say(fill(self.s().printed, &[("file", &file)]), false),
                        }
                    }
                    Ok(_) if path.extension().is_some_and(|e| e == "pdf") => {
                        let file = path.display().to_string();
                        self.say(fill(self.s().exported_pdf, &[("file", &file)]), false);
                    }
                    Ok(rows) => {
                        let s = self.s();
                        let text =
                            s.count(&s.exported, rows, &[("file", &path.display().to_string())]);
                        self.say(text, false);
                    }
                    Err(e) => self.say(e.text(self.s()), true),
                }
            }
            Some(job) => {
                self.job = Some(job);
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            None => {}
        }
    }

    /// Lays out the PDF of the open dossier and writes it to `path` in the background; with
    /// `print`, opens it in the system viewer once written.
    pub(super) fn start_pdf(
        &mut self,
        options: export::pdf::PdfOptions,
        path: PathBuf,
        print: bool,
    ) {
        let Some(doc) = self.doc.as_ref() else { return };
        let job = export::Job::start_pdf(
            doc.snapshot(),
            options,
            self.settings.calendar.clone(),
            self.today,
            path,
        );
        match job {
            Ok(job) => self.job = Some((job, print)),
            Err(e) => self.say(e.to_string(), true),
        }
    }

    /// Asks which document and sections, then prints (`print`) or exports the PDF.
    pub(super) fn ask_pdf(&mut self, print: bool) {
        let Some(doc) = self.doc.as_ref() else { return };
        let choice = self.settings.pdf_choice(doc.path());
        self.dialog = Some(Dialog::Pdf { choice, print });
    }

    /// The user confirmed the PDF dialog.
    pub(super) fn confirm_pdf(&mut self, choice: PdfChoice, print: bool) {
        let Some(doc) = self.doc.as_ref() else { return };
        let path = doc.path().to_owned();
        let options = choice.options();
        self.settings.remember_pdf_choice(&path, choice);
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let what = match options.document {
            export::pdf::Document::Summary => "synthese",
            export::pdf::Document::Application => "candidature",
        };
        let name = format!("{stem}-{what}.pdf");
        if print {
            match crate::store::print_path(&name) {
                Ok(path) => self.start_pdf(options, path, true),
                Err(e) => self.say(self.s().file_error(&e), true),
            }
        } else {
            let start = path.parent().map(Path::to_owned);
            self.pending_pick =
                folder_picker::start(Arc::clone(&self.picker), Request::Save { start, name })
                    .map(|p| (p, Purpose::ExportPdf(Box::new(options))));
        }
    }

    /// The export under way, if any (for tests and the status bar).
    pub fn export_job(&self) -> Option<&export::Job> {
        self.job.as_ref().map(|(j, _)| j)
    }
}

/// What a file dialog's answer is for.
pub(super) enum Purpose {
    /// A workspace folder to open.
    Workspace,
    /// A folder to make the user's workspace (created when missing).
    NewWorkspace,
    /// Where to write this table.
    Export(Box<export::TableData>, export::Format),
    /// Where to write the PDF.
    ExportPdf(Box<export::pdf::PdfOptions>),
    /// The file to import into this list.
    ImportSource(crate::model::ListKind),
    /// Where to save this column mapping.
    SaveMapping(Box<crate::import::Mapping>),
    /// A saved column mapping to use.
    LoadMapping,
    /// A list of campuses to bring into the workspace.
    CampusList,
    /// The Beneficiary Module file exported from this project.
    BmTemplate(crate::model::ids::ProjectId),
    /// Where to write this Beneficiary Module file.
    BmOutput(Box<super::erasmus::BmPending>),
}
