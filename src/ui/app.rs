//! The application: state, top-level layout, and the flows between dialogs, store and editor.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;

use crate::export;
use crate::model::Dossier;
use crate::model::reference;
use crate::session::{self, Document, Edit, ListKind, SaveOutcome, Workspace};

use super::commands::Command;
use super::dialogs::{self, Choice, Dialog, Then};
use super::folder_picker::{self, FileDialogs, PendingPick, PickPoll};
use super::i18n::Strings;
use super::sections::{self, Request, Section, SectionCtx};
use super::settings::{PdfChoice, Settings};
use super::side_panel::{self, SideAction};
use super::theme::{CHECKS_PANEL_WIDTH, SIDE_PANEL_WIDTH};
use super::widgets::table::TableState;
use super::widgets::timeline::TimelineState;
use super::{checks_panel, status_bar};

/// The application's name, first word of the window title.
pub const APP_NAME: &str = "CMQ Dossiers";

/// The running application.
pub struct CmqApp {
    settings: Settings,
    workspace: Option<Workspace>,
    doc: Option<Document>,
    section: Section,
    tables: HashMap<Section, TableState>,
    search: String,
    dialog: Option<Dialog>,
    focus: Option<String>,
    show_checks: bool,
    message: Option<(String, bool)>,
    picker: Arc<dyn FileDialogs>,
    /// A file dialog under way, and what its answer is for.
    pending_pick: Option<(PendingPick, Purpose)>,
    /// An export under way, and whether to open the file in the viewer once written (printing).
    job: Option<(export::Job, bool)>,
    close_allowed: bool,
    today: NaiveDate,
    title: String,
    /// The widget that had the keyboard focus last frame: a change ends an undo step.
    last_focus: Option<egui::Id>,
    /// Zoom and position of the open dossier's timeline.
    timeline: TimelineState,
    /// True while the dashboard of the workspace is shown instead of a section.
    show_dashboard: bool,
}

impl CmqApp {
    /// The app with `settings`, using `picker` for file dialogs, with `today` as the date.
    /// Opens the remembered workspace, and a dossier with recovered edits if there is one.
    pub fn new(settings: Settings, picker: Arc<dyn FileDialogs>, today: NaiveDate) -> Self {
        let mut app = Self {
            settings,
            workspace: None,
            doc: None,
            section: Section::Identity,
            tables: HashMap::new(),
            search: String::new(),
            dialog: None,
            focus: None,
            show_checks: false,
            message: None,
            picker,
            pending_pick: None,
            job: None,
            close_allowed: false,
            today,
            title: String::new(),
            last_focus: None,
            timeline: TimelineState::default(),
            show_dashboard: true,
        };
        if let Some(dir) = app.settings.workspace.clone() {
            app.open_workspace_now(&dir);
        }
        app
    }

    /// The open workspace.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.workspace.as_ref()
    }

    /// The open dossier.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The section shown.
    pub fn section(&self) -> Section {
        self.section
    }

    /// The dialog on screen.
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialog.as_ref()
    }

    /// True once the user agreed to close (nothing unsaved, or chose what to do with it).
    pub fn close_allowed(&self) -> bool {
        self.close_allowed
    }

    /// Zoom and position of the timeline.
    pub fn timeline_state(&self) -> &TimelineState {
        &self.timeline
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn s(&self) -> &'static Strings {
        self.settings.lang.strings()
    }

    fn say(&mut self, text: impl Into<String>, is_error: bool) {
        self.message = Some((text.into(), is_error));
    }

    // ----- Workspace and dossier flows -----

    fn open_workspace_now(&mut self, dir: &Path) {
        match Workspace::open(dir, self.today, self.settings.calendar.clone()) {
            Ok(ws) => {
                let recovered = ws
                    .entries()
                    .iter()
                    .find(|e| e.has_recovery)
                    .map(|e| e.path.clone());
                self.workspace = Some(ws);
                self.doc = None;
                self.settings.workspace = Some(dir.to_owned());
                if let Some(path) = recovered {
                    self.open_dossier_now(&path);
                }
            }
            Err(e) => self.say(e.to_string(), true),
        }
    }

    fn open_dossier_now(&mut self, path: &Path) {
        match Document::open(path) {
            Ok(doc) => {
                if let Some(found) = doc.recovered() {
                    match found {
                        Ok(dossier) => {
                            self.dialog = Some(Dialog::Recovery {
                                dossier: Box::new(dossier),
                            });
                        }
                        Err(e) => self.say(e.to_string(), true),
                    }
                }
                if let Some(newer) = doc.read_only() {
                    self.say(
                        crate::store::StoreErrorKind::NewerVersion(newer).to_string(),
                        true,
                    );
                }
                self.doc = Some(doc);
                self.tables.clear();
                self.focus = None;
                self.timeline = TimelineState::default();
                self.show_dashboard = false;
            }
            Err(e) => self.say(e.to_string(), true),
        }
    }

    /// Runs `then` now, or asks first when the open dossier has unsaved changes.
    fn after_unsaved_check(&mut self, then: Then, ctx: &egui::Context) {
        if self.doc.as_ref().is_some_and(Document::is_dirty) {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then, ctx);
        }
    }

    fn proceed(&mut self, then: Then, ctx: &egui::Context) {
        match then {
            Then::Close => {
                self.close_allowed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Then::Open(path) => self.open_dossier_now(&path),
            Then::OpenWorkspace(dir) => self.open_workspace_now(&dir),
            Then::NewDossier => {
                self.dialog = Some(Dialog::New {
                    name: String::new(),
                    region: self.doc.as_ref().map_or_else(
                        || "27".to_owned(),
                        |d| d.dossier().campus.region_academique.clone(),
                    ),
                    filiere: "numerique".to_owned(),
                });
            }
        }
    }

    /// Saves the open dossier; returns true when the file now holds it. When another program
    /// changed the file, asks first and keeps `then` for after the answer.
    fn save(&mut self, overwrite: bool, then: Option<Then>) -> bool {
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        match doc.save(overwrite) {
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
                self.say(self.s().saved_message.replace("{}", &name), false);
                true
            }
            Ok(SaveOutcome::ChangedOnDisk) => {
                self.dialog = Some(Dialog::DiskChanged { then });
                false
            }
            Err(e) => {
                self.say(e.to_string(), true);
                false
            }
        }
    }

    fn run_command(&mut self, command: Command, ctx: &egui::Context) {
        match command {
            Command::New => {
                if self.workspace.is_none() {
                    self.say(self.s().no_workspace, true);
                } else {
                    self.after_unsaved_check(Then::NewDossier, ctx);
                }
            }
            Command::OpenWorkspace => {
                let start = self.workspace.as_ref().map(|w| w.dir().to_owned());
                self.pending_pick =
                    folder_picker::start(Arc::clone(&self.picker), move |d| d.pick_folder(start))
                        .map(|p| (p, Purpose::Workspace));
            }
            Command::Save => {
                self.save(false, None);
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo => {
                if let Some(d) = self.doc.as_mut() {
                    d.undo();
                }
            }
            Command::Redo => {
                if let Some(d) = self.doc.as_mut() {
                    d.redo();
                }
            }
            Command::Find => self.tables.entry(self.section).or_default().focus_filter = true,
            Command::ToggleChecks => self.show_checks = !self.show_checks,
            Command::Theme(t) => self.settings.theme = t,
            Command::Language(l) => self.settings.lang = l,
            Command::Print => self.ask_pdf(true),
            Command::ExportPdf => self.ask_pdf(false),
            Command::About => {
                self.dialog = Some(Dialog::Info(format!(
                    "{}\nVersion {}",
                    self.s().about_body,
                    env!("CARGO_PKG_VERSION")
                )));
            }
        }
    }

    fn create_dossier(&mut self, name: &str, region: &str, filiere: &str) {
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
            Err(e) => self.say(e.to_string(), true),
        }
    }

    fn handle_choice(&mut self, choice: Choice, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.take() else {
            return;
        };
        match (dialog, choice) {
            (Dialog::Unsaved { then }, Choice::Primary) if self.save(false, Some(then.clone())) => {
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
            (Dialog::DiskChanged { then }, Choice::Primary) => {
                if let Some(Err(e)) = self.doc.as_mut().map(Document::reload) {
                    self.say(e.to_string(), true);
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
                if self.save(true, None)
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

    fn apply(&mut self, edits: Vec<Edit>) {
        let Some(doc) = self.doc.as_mut() else { return };
        let mut changed = false;
        for e in edits {
            match doc.apply(e) {
                Ok(c) => changed |= c,
                Err(err) => self.message = Some((err.to_string(), true)),
            }
        }
        if changed && let Some(ws) = self.workspace.as_mut() {
            ws.update(doc.path(), doc.dossier());
        }
    }

    fn confirm_delete(&mut self, list: ListKind, index: usize) {
        let Some(d) = self.doc.as_ref().map(Document::dossier) else {
            return;
        };
        let (title, references) = match list {
            ListKind::Partners => match d.partners.get(index) {
                Some(p) => (p.name.clone(), d.references_to_partner(&p.id)),
                None => return,
            },
            ListKind::Indicators => match d.indicators.get(index) {
                Some(x) => (x.code.clone(), d.references_to_indicator(&x.id)),
                None => return,
            },
            _ => return,
        };
        self.dialog = Some(Dialog::ConfirmDelete {
            list,
            index,
            title,
            references,
        });
    }

    /// Shows the field at `path`: its section, its record selected, the cursor in it.
    fn go_to(&mut self, path: &str) {
        let (section, index) = Section::of_path(path);
        self.section = section;
        self.show_dashboard = false;
        if let (Some(doc), Some(i)) = (self.doc.as_ref(), index) {
            let d = doc.dossier();
            let id = match path.split(['.', '[']).next().unwrap_or("") {
                "label_decisions" => d.label_decisions.get(i).map(|x| x.id.0.clone()),
                "partners" => d.partners.get(i).map(|x| x.id.0.clone()),
                "sectors" => d.sectors.get(i).map(|x| x.id.0.clone()),
                "actions" => d.actions.get(i).map(|x| x.id.0.clone()),
                "mobilities" => d.mobilities.get(i).map(|x| x.id.0.clone()),
                "indicators" => d.indicators.get(i).map(|x| x.id.0.clone()),
                "milestones" => d.milestones.get(i).map(|x| x.id.0.clone()),
                _ => None,
            };
            let table = self.tables.entry(section).or_default();
            table.filter.clear();
            table.selected = id;
        }
        self.focus = Some(path.to_owned());
    }

    // ----- Drawing -----

    /// Draws the whole window content and handles its input.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let s = self.s();
        ctx.set_theme(self.settings.theme);
        self.update_title(&ctx);
        self.poll_file_dialog(&ctx);
        self.poll_job(&ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_allowed {
            if self.doc.as_ref().is_some_and(Document::is_dirty) {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.dialog = Some(Dialog::Unsaved { then: Then::Close });
            } else {
                self.close_allowed = true;
            }
        }
        let focus = ctx.memory(egui::Memory::focused);
        if focus != self.last_focus {
            // Moving to another field ends the burst of typing: one field, one undo step.
            if let Some(d) = self.doc.as_mut() {
                d.seal_undo_step();
            }
            self.last_focus = focus;
        }
        if self.dialog.is_none()
            && let Some(command) = Command::from_keyboard(&ctx)
        {
            self.run_command(command, &ctx);
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status").show(ui, |ui| {
            let progress = self.job.as_ref().map(|(j, _)| j.progress.counts());
            match status_bar::ui(ui, s, self.doc.as_ref(), self.message.as_ref(), progress) {
                Some(status_bar::Clicked::Counts) => self.show_checks = !self.show_checks,
                Some(status_bar::Clicked::CancelExport) => {
                    if let Some((j, _)) = &self.job {
                        j.progress.cancel();
                    }
                }
                None => {}
            }
        });
        let side = egui::Panel::left("dossiers")
            .default_size(SIDE_PANEL_WIDTH)
            .resizable(true)
            .show(ui, |ui| {
                side_panel::ui(
                    ui,
                    s,
                    self.workspace.as_ref(),
                    self.doc.as_ref(),
                    (!self.show_dashboard).then_some(self.section),
                    &mut self.search,
                )
            })
            .inner;
        match side {
            Some(SideAction::Open(path)) => self.after_unsaved_check(Then::Open(path), &ctx),
            Some(SideAction::Dashboard) => self.show_dashboard = true,
            Some(SideAction::Section(sec)) => {
                self.section = sec;
                self.show_dashboard = false;
                if let Some(d) = self.doc.as_mut() {
                    d.seal_undo_step();
                }
            }
            None => {}
        }
        if self.show_checks
            && let Some(doc) = self.doc.as_ref()
        {
            let clicked = egui::Panel::right("checks")
                .default_size(CHECKS_PANEL_WIDTH)
                .resizable(true)
                .show(ui, |ui| checks_panel::ui(ui, s, doc))
                .inner;
            if let Some(path) = clicked {
                self.go_to(&path);
            }
        }
        let mut edits = Vec::new();
        let mut requests = Vec::new();
        let mut open_from_dashboard = None;
        egui::CentralPanel::default().show(ui, |ui| {
            if self.show_dashboard
                && let Some(ws) = self.workspace.as_ref()
            {
                let open = self.doc.as_ref().map(|d| d.path().to_owned());
                open_from_dashboard = super::dashboard::ui(ui, s, ws, self.today, open.as_ref());
                return;
            }
            let Some(doc) = self.doc.as_ref() else {
                ui.centered_and_justified(|ui| {
                    ui.weak(if self.workspace.is_some() {
                        s.no_dossier
                    } else {
                        s.no_workspace
                    })
                });
                return;
            };
            ui.heading(format!(
                "{} › {}",
                doc.dossier().campus.display_name(),
                self.section.title(s)
            ));
            ui.separator();
            let mut ctx_s = SectionCtx {
                doc,
                s,
                table: self.tables.entry(self.section).or_default(),
                focus: &mut self.focus,
                edits: &mut edits,
                requests: &mut requests,
                today: self.today,
                revision: doc.revision(),
                timeline: &mut self.timeline,
                calendar: &self.settings.calendar,
            };
            sections::ui(ui, self.section, &mut ctx_s);
        });
        if let Some(path) = open_from_dashboard {
            self.section = Section::Timeline;
            if self.doc.as_ref().is_some_and(|d| d.path() == path) {
                self.show_dashboard = false;
            } else {
                self.after_unsaved_check(Then::Open(path), &ctx);
            }
        }
        self.apply(edits);
        for r in requests {
            match r {
                Request::ConfirmDelete { list, index } => self.confirm_delete(list, index),
                Request::Open(path) => self.go_to(&path),
                Request::Export { kind, format, rows } => self.request_export(kind, format, rows),
                Request::SetCalendarRules(rules) => {
                    if let Some(ws) = self.workspace.as_mut() {
                        ws.set_rules(rules.clone());
                        if let Some(d) = self.doc.as_ref() {
                            ws.update(d.path(), d.dossier());
                        }
                    }
                    self.settings.calendar = rules;
                }
            }
        }
        if let Some(dialog) = self.dialog.as_mut() {
            let name = self
                .doc
                .as_ref()
                .map(|d| d.dossier().campus.display_name().to_owned())
                .unwrap_or_default();
            if let Some(choice) = dialogs::show(&ctx, s, dialog, &name) {
                self.handle_choice(choice, &ctx);
            }
        }
        if let Some(doc) = self.doc.as_mut()
            && doc.is_dirty()
        {
            if let Some(e) = doc.autosave(Instant::now()) {
                self.message = Some((e.to_string(), true));
            }
            ctx.request_repaint_after(session::RECOVERY_EVERY);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let s = self.s();
        let ctx = ui.ctx().clone();
        let has_doc = self.doc.is_some();
        let mut chosen = None;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(s.menu_file, |ui| {
                for c in Command::FILE {
                    let enabled = c != Command::Save
                        || self.doc.as_ref().is_some_and(|d| d.read_only().is_none());
                    if c.menu_item(ui, s, enabled) {
                        chosen = Some(c);
                    }
                }
            });
            ui.menu_button(s.menu_edit, |ui| {
                for c in Command::EDIT {
                    let enabled = match c {
                        Command::Undo => self.doc.as_ref().is_some_and(Document::can_undo),
                        Command::Redo => self.doc.as_ref().is_some_and(Document::can_redo),
                        _ => has_doc,
                    };
                    if c.menu_item(ui, s, enabled) {
                        chosen = Some(c);
                    }
                }
            });
            ui.menu_button(s.menu_view, |ui| {
                if Command::ToggleChecks.menu_item(ui, s, has_doc) {
                    chosen = Some(Command::ToggleChecks);
                }
                ui.separator();
                for c in Command::VIEW {
                    let current = match c {
                        Command::Theme(t) => t == self.settings.theme,
                        Command::Language(l) => l == self.settings.lang,
                        _ => false,
                    };
                    if c.radio_item(ui, s, current) {
                        chosen = Some(c);
                    }
                }
            });
            ui.menu_button(s.menu_help, |ui| {
                if Command::About.menu_item(ui, s, true) {
                    chosen = Some(Command::About);
                }
            });
        });
        if let Some(c) = chosen {
            self.run_command(c, &ctx);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let mut title = APP_NAME.to_owned();
        if let Some(doc) = &self.doc {
            title.push_str(" — ");
            title.push_str(doc.dossier().campus.display_name());
            if doc.is_dirty() {
                title.push_str(" •");
            }
        } else if let Some(ws) = &self.workspace {
            title.push_str(" — ");
            title.push_str(&ws.dir().display().to_string());
        }
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn poll_file_dialog(&mut self, ctx: &egui::Context) {
        let Some((pending, _)) = &self.pending_pick else {
            return;
        };
        match pending.poll() {
            PickPoll::Waiting => ctx.request_repaint_after(std::time::Duration::from_millis(200)),
            PickPoll::Done(answer) => {
                let Some((_, purpose)) = self.pending_pick.take() else {
                    return;
                };
                match (purpose, answer) {
                    (Purpose::Workspace, Some(dir)) => {
                        self.after_unsaved_check(Then::OpenWorkspace(dir), ctx);
                    }
                    (Purpose::Workspace, None) => self.say(self.s().pick_cancelled, false),
                    (Purpose::Export(table, format), Some(path)) => {
                        match export::Job::start(*table, format, path) {
                            Ok(job) => self.job = Some((job, false)),
                            Err(e) => self.say(e.to_string(), true),
                        }
                    }
                    (Purpose::ExportPdf(options), Some(path)) => {
                        self.start_pdf(*options, path, false);
                    }
                    (Purpose::Export(..) | Purpose::ExportPdf(_), None) => {
                        self.say(self.s().no_file_chosen, false);
                    }
                }
            }
        }
    }

    /// Asks where to export `kind` (the rows shown, or all), then exports in the background.
    fn request_export(
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
        let name = format!("{stem}-{}.{}", kind_name(kind), format.extension());
        let start = doc.path().parent().map(Path::to_owned);
        self.pending_pick =
            folder_picker::start(Arc::clone(&self.picker), move |d| d.save_file(start, &name))
                .map(|p| (p, Purpose::Export(Box::new(table), format)));
    }

    fn poll_job(&mut self, ctx: &egui::Context) {
        match self.job.take() {
            Some((job, open_after)) if job.is_finished() => {
                let path = job.path.clone();
                match job.finish() {
                    Ok(rows) if open_after => {
                        if let Err(e) = self.picker.open_file(&path) {
                            self.say(format!("{} : {e}", path.display()), true);
                        } else {
                            self.say(
                                self.s().printed.replace("{}", &path.display().to_string()),
                                false,
                            );
                        }
                        let _ = rows;
                    }
                    Ok(rows) => {
                        let text = self
                            .s()
                            .exported
                            .replacen("{}", &path.display().to_string(), 1)
                            .replacen("{}", &rows.to_string(), 1);
                        self.say(text, false);
                    }
                    Err(e) => self.say(e.to_string(), true),
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
    fn start_pdf(&mut self, options: export::pdf::PdfOptions, path: PathBuf, print: bool) {
        let Some(doc) = self.doc.as_ref() else { return };
        let job = export::Job::start_pdf(
            doc.dossier().clone(),
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
    fn ask_pdf(&mut self, print: bool) {
        let Some(doc) = self.doc.as_ref() else { return };
        let choice = self.settings.pdf_choice(doc.path());
        self.dialog = Some(Dialog::Pdf { choice, print });
    }

    /// The user confirmed the PDF dialog.
    fn confirm_pdf(&mut self, choice: PdfChoice, print: bool) {
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
            self.start_pdf(options, std::env::temp_dir().join(name), true);
        } else {
            let start = path.parent().map(Path::to_owned);
            self.pending_pick =
                folder_picker::start(Arc::clone(&self.picker), move |d| d.save_file(start, &name))
                    .map(|p| (p, Purpose::ExportPdf(Box::new(options))));
        }
    }

    /// The export under way, if any (for tests and the status bar).
    pub fn export_job(&self) -> Option<&export::Job> {
        self.job.as_ref().map(|(j, _)| j)
    }
}

/// The file name part of a table's export.
fn kind_name(kind: export::TableKind) -> &'static str {
    export::TableKind::ALL
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("table", |(_, n)| n)
}

/// What a file dialog's answer is for.
enum Purpose {
    /// A workspace folder to open.
    Workspace,
    /// Where to write this table.
    Export(Box<export::TableData>, export::Format),
    /// Where to write the PDF.
    ExportPdf(Box<export::pdf::PdfOptions>),
}

impl eframe::App for CmqApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        CmqApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.store(storage);
    }
}
