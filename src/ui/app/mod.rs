//! The application: its state and the top-level layout of the window. The flows between
//! dialogs, session and store are in [`flows`]; file dialogs and background exports in
//! [`exports`].

mod campus_list;
mod dossiers;
mod erasmus;
mod exports;
mod flows;
mod imports;
mod incoming;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;

use crate::export;
use crate::session::{self, Document, Workspace};

use exports::Purpose;

use super::commands::Command;
use super::dialogs::{self, Dialog, Then};
use super::folder_picker::{FileDialogs, PendingPick};
use super::menu_keys::KeyAsk;
use super::sections::{self, Request, Section, SectionCtx};
use super::settings::Settings;
use super::side_panel::{self, SideAction};
use super::theme::{CHECKS_PANEL_WIDTH, SIDE_PANEL_WIDTH};
use super::widgets::table::TableState;
use super::widgets::timeline::TimelineState;
use super::{checks_panel, status_bar};
use crate::i18n::Strings;
use egui::RichText;

/// A dossier read on a thread: the document and its recovery copy, or why it cannot be read.
type OpenResult = Result<
    (
        Document,
        Option<Result<crate::model::Dossier, crate::store::StoreError>>,
    ),
    crate::store::StoreError,
>;

/// Where the keyboard's opening of a menu stands (menus by position in the bar).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MenuOpening {
    /// Nothing asked.
    No,
    /// Open this menu this frame.
    Open(usize),
    /// Opened: focus its first entry.
    FocusFirst(usize),
}

/// The menus of the bar: Fichier, Dossier, Édition, Affichage, Aide.
const MENUS: usize = 5;

/// The application's name, first word of the window title.
pub const APP_NAME: &str = "CMQ Dossiers";

/// The running application.
pub struct CmqApp {
    settings: Settings,
    workspace: Option<Workspace>,
    doc: Option<Document>,
    /// What the central panel shows.
    section: Section,
    /// The dossier section to come back to when a dossier opens while the dashboard shows.
    back_to: Section,
    tables: HashMap<Section, TableState>,
    search: String,
    dialog: Option<Dialog>,
    focus: Option<String>,
    show_checks: bool,
    /// The last piece of information (replaced by the next).
    message: Option<String>,
    /// The errors not yet dismissed: an information never hides one.
    errors: Vec<String>,
    picker: Arc<dyn FileDialogs>,
    /// A file dialog under way, and what its answer is for.
    pending_pick: Option<(PendingPick, Purpose)>,
    /// The app's own file chooser (the system showed none), and what its answer is for.
    chooser: Option<(super::file_chooser::FileChooser, Purpose)>,
    /// Alt held alone, F10, Ctrl+digit.
    menu_keys: super::menu_keys::MenuKeys,
    /// The first menu opens (next frame: its first entry gets the focus).
    open_menu: MenuOpening,
    /// An export under way, and whether to open the file in the viewer once written (printing).
    job: Option<(export::Job, bool)>,
    close_allowed: bool,
    today: NaiveDate,
    title: String,
    /// The widget that had the keyboard focus last frame: a change ends an undo step.
    last_focus: Option<egui::Id>,
    /// A conflict copy to merge once its dossier is open (« Fusionner » on another dossier).
    copy_to_merge: Option<(PathBuf, PathBuf)>,
    /// When the workspace folder was last listed for conflict copies.
    last_copy_look: Option<Instant>,
    /// Zoom and position of the open dossier's timeline.
    timeline: TimelineState,
    /// A big dossier being read on a thread, with its recovery copy.
    opening: Option<session::Worker<OpenResult>>,
    /// Another version of the open dossier being merged on a thread (a big dossier).
    merging: Option<incoming::Merging>,
    /// An import under way (its dialog is shown).
    import: Option<super::import_dialog::ImportFlow>,
    /// A list of campuses being checked, or checked and shown.
    campus_list: Option<campus_list::CampusList>,
    /// The help view is shown (F1).
    show_help: bool,
    /// The Erasmus+ unit-cost tables of the open dossier's folder, read once per folder.
    grants: Option<(PathBuf, session::GrantTables)>,
}

impl CmqApp {
    /// The app with `settings`, using `picker` for file dialogs, with `today` as the date.
    /// Opens the remembered workspace, and a dossier with recovered edits if there is one.
    pub fn new(settings: Settings, picker: Arc<dyn FileDialogs>, today: NaiveDate) -> Self {
        let mut app = Self {
            settings,
            workspace: None,
            doc: None,
            section: Section::Dashboard,
            back_to: Section::Identity,
            tables: HashMap::new(),
            search: String::new(),
            dialog: None,
            focus: None,
            show_checks: false,
            message: None,
            errors: Vec::new(),
            picker,
            pending_pick: None,
            chooser: None,
            menu_keys: super::menu_keys::MenuKeys::default(),
            open_menu: MenuOpening::No,
            job: None,
            close_allowed: false,
            today,
            title: String::new(),
            last_focus: None,
            copy_to_merge: None,
            last_copy_look: None,
            timeline: TimelineState::default(),
            import: None,
            campus_list: None,
            opening: None,
            merging: None,
            show_help: false,
            grants: None,
        };
        if let Some(dir) = app.settings.workspace.clone() {
            app.open_workspace_now(&dir);
            app.reopen_last();
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

    /// True while the help view is shown.
    pub fn help_shown(&self) -> bool {
        self.show_help
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
        let text = text.into();
        if is_error {
            // Said once: the same error again is not repeated.
            if self.errors.last() != Some(&text) {
                self.errors.push(text);
            }
        } else {
            self.message = Some(text);
        }
    }

    // ----- Drawing -----

    /// Draws the whole window content and handles its input.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        let s = self.s();
        ctx.set_theme(self.settings.theme);
        self.update_title(&ctx);
        self.refresh_grants();
        self.poll_file_dialog(&ctx);
        self.poll_job(&ctx);
        self.poll_import(&ctx);
        self.poll_campus_list(&ctx);
        self.poll_save(&ctx);
        self.poll_open(&ctx);
        self.poll_disk(&ctx);
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
        if self.dialog.is_none() && self.import.is_none() && self.chooser.is_none() {
            if let Some(command) = Command::from_keyboard(&ctx) {
                self.run_command(command, &ctx);
            }
            match self.menu_keys.read(&ctx, self.doc.is_some()) {
                Some(KeyAsk::OpenMenu) => self.open_menu = MenuOpening::Open(0),
                Some(KeyAsk::Section(section)) => self.show_section(section),
                None => {}
            }
        }

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status").show(ui, |ui| {
            let progress = self.job.as_ref().map(|(j, _)| j.progress.counts());
            let messages = status_bar::Messages {
                info: self.message.as_deref(),
                errors: &self.errors,
            };
            match status_bar::ui(ui, s, self.doc.as_ref(), &messages, progress) {
                Some(status_bar::Clicked::DismissErrors) => self.errors.clear(),
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
                    self.section,
                    &mut self.search,
                )
            })
            .inner;
        match side {
            Some(SideAction::Open(path)) => self.after_unsaved_check(Then::Open(path), &ctx),
            Some(SideAction::Dashboard) => self.show_section(Section::Dashboard),
            Some(SideAction::Manage(op, path)) => self.manage(op, path, &ctx),
            Some(SideAction::PutBack(path)) => self.put_back(&path),
            Some(SideAction::MergeCopy(copy, of)) => self.merge_copy(copy, of, &ctx),
            Some(SideAction::Section(sec)) => {
                self.show_section(sec);
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
        let mut welcome = None;
        let mut back_to_own = None;
        let mut close_help = false;
        let mut open_anyway = false;
        let mut import_campuses = false;
        egui::CentralPanel::default().show(ui, |ui| {
            if self.show_help {
                close_help = super::help::ui(ui, s);
                return;
            }
            let Some(ws) = self.workspace.as_ref() else {
                welcome = super::welcome::ui(ui, s);
                return;
            };
            if ws.is_examples() {
                let own = self
                    .settings
                    .own_workspace
                    .clone()
                    .filter(|d| crate::store::is_folder(d));
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("ℹ {}", s.examples_banner)).strong());
                    match own {
                        Some(dir) => {
                            if ui
                                .button(s.back_to_my_workspace)
                                .on_hover_text(dir.display().to_string())
                                .clicked()
                            {
                                back_to_own = Some(dir);
                            }
                        }
                        None => {
                            if ui.button(s.cmd_create_workspace).clicked() {
                                welcome = Some(Command::CreateWorkspace);
                            }
                        }
                    }
                });
                ui.separator();
            }
            if self.section == Section::Dashboard {
                let open = self.doc.as_ref().map(|d| d.path().to_owned());
                match super::dashboard::ui(ui, s, ws, self.today, open.as_ref()) {
                    Some(super::dashboard::Action::Open(path)) => open_from_dashboard = Some(path),
                    Some(super::dashboard::Action::ImportCampuses) => import_campuses = true,
                    None => {}
                }
                return;
            }
            let Some(doc) = self.doc.as_ref() else {
                ui.centered_and_justified(|ui| ui.weak(s.no_dossier));
                return;
            };
            open_anyway = super::lock_banner::ui(ui, s, doc);
            // One line whatever the campus's name: the page never moves down when it grows.
            let title = format!(
                "{} › {}",
                doc.dossier().campus.display_name(),
                self.section.title(s)
            );
            ui.add(egui::Label::new(RichText::new(&title).heading()).truncate())
                .on_hover_text(title);
            ui.separator();
            let mut ctx_s = SectionCtx {
                doc,
                s,
                table: self.tables.entry(self.section).or_default(),
                focus: &mut self.focus,
                edits: &mut edits,
                requests: &mut requests,
                today: self.today,
                timeline: &mut self.timeline,
                calendar: &self.settings.calendar,
                grants: self.grants.as_ref().map_or(&[], |(_, g)| &g.tables),
                user_name: self.settings.user_name.as_deref(),
            };
            sections::ui(ui, self.section, &mut ctx_s);
        });
        if let Some(command) = welcome {
            self.run_command(command, &ctx);
        }
        if open_anyway {
            self.open_anyway();
        }
        if import_campuses {
            self.request_campus_list();
        }
        if let Some(dir) = back_to_own {
            self.after_unsaved_check(Then::OpenWorkspace(dir), &ctx);
        }
        if close_help || (self.show_help && ctx.input(|i| i.key_pressed(egui::Key::Escape))) {
            self.show_help = false;
        }
        if let Some(path) = open_from_dashboard {
            self.show_section(Section::Timeline);
            if self.doc.as_ref().is_none_or(|d| d.path() != path) {
                self.after_unsaved_check(Then::Open(path), &ctx);
            }
        }
        self.apply(edits);
        for r in requests {
            match r {
                Request::ConfirmDelete { list, index } => self.confirm_delete(list, index),
                Request::Open(path) => self.go_to(&path),
                Request::Export { kind, format, rows } => self.request_export(kind, format, rows),
                Request::Import(kind) => self.request_import(kind),
                Request::ExportBm(id) => self.request_bm_export(id),
                Request::SetCalendarRules(rules) => {
                    if let Some(ws) = self.workspace.as_mut() {
                        ws.set_rules(rules.clone());
                        if let Some(d) = self.doc.as_ref() {
                            ws.update(d.path(), d.dossier());
                        }
                    }
                    self.settings.calendar = rules;
                }
                Request::SetUserName(name) => self.set_user_name(name),
            }
        }
        self.show_import(&ctx);
        self.show_chooser(&ctx);
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
        if let Some(doc) = self.doc.as_mut() {
            if let Some(e) = doc.autosave(Instant::now()) {
                let text = s.file_error(&e);
                if self.errors.last() != Some(&text) {
                    self.errors.push(text);
                }
            }
            // No copy left of edits taken back: the list's ⟲ goes (not while the user is still
            // asked whether to restore one).
            if !doc.is_dirty()
                && !doc.has_recovery_copy()
                && !matches!(self.dialog, Some(Dialog::Recovery { .. }))
                && let Some(ws) = self.workspace.as_mut()
            {
                ws.clear_recovery(doc.path());
            }
            if doc.is_dirty() {
                ctx.request_repaint_after(session::RECOVERY_EVERY);
            }
        }
        // Edits, undos, imports and deletions of this frame, all told to the workspace list.
        self.sync_change();
        self.remember_place();
    }

    /// Shows `section`; leaving the dashboard remembers nothing, entering it remembers where
    /// to come back to when a dossier opens.
    fn show_section(&mut self, section: Section) {
        self.show_help = false;
        if section == Section::Dashboard && self.section != Section::Dashboard {
            self.back_to = self.section;
        }
        self.section = section;
    }

    /// Tells the workspace list what the open dossier's edits, undos and imports changed
    /// since the last frame, for the parts they touched only.
    fn sync_change(&mut self) {
        let Some(doc) = self.doc.as_mut() else { return };
        let change = doc.take_change();
        if let Some(ws) = self.workspace.as_mut() {
            ws.apply_change(doc.path(), doc.dossier(), &change);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let s = self.s();
        let ctx = ui.ctx().clone();
        let has_doc = self.doc.is_some();
        let examples = self.workspace.as_ref().is_some_and(Workspace::is_examples);
        let mut chosen = None;
        // The menu whose first entry takes the focus this frame (opened from the keyboard).
        let focus_in = match self.open_menu {
            MenuOpening::FocusFirst(n) => Some(n),
            _ => None,
        };
        // The first entry that can be chosen takes the focus (a greyed one cannot).
        let focus_given = std::cell::Cell::new(false);
        let first = |menu: usize, entry: &egui::Response, enabled: bool| {
            if focus_in == Some(menu) && !focus_given.get() && enabled {
                entry.request_focus();
                focus_given.set(true);
            }
        };
        let mut buttons = Vec::with_capacity(MENUS);
        egui::MenuBar::new().ui(ui, |ui| {
            let file = ui.menu_button(s.menu_file, |ui| {
                for c in Command::FILE {
                    let enabled =
                        c != Command::Save || self.doc.as_ref().is_some_and(|d| !d.is_read_only());
                    let entry = c.menu_entry(ui, s, enabled);
                    first(0, &entry, enabled);
                    if entry.clicked() {
                        chosen = Some(c);
                    }
                }
            });
            buttons.push(file.response);
            let dossier = ui.menu_button(s.menu_dossier, |ui| {
                for c in Command::DOSSIER {
                    let entry = c.menu_entry(ui, s, has_doc && !examples);
                    first(1, &entry, has_doc && !examples);
                    if entry.clicked() {
                        chosen = Some(c);
                    }
                }
            });
            buttons.push(dossier.response);
            let edit = ui.menu_button(s.menu_edit, |ui| {
                for c in Command::EDIT {
                    let enabled = match c {
                        Command::Undo => self.doc.as_ref().is_some_and(Document::can_undo),
                        Command::Redo => self.doc.as_ref().is_some_and(Document::can_redo),
                        _ => has_doc,
                    };
                    let entry = c.menu_entry(ui, s, enabled);
                    first(2, &entry, enabled);
                    if entry.clicked() {
                        chosen = Some(c);
                    }
                }
            });
            buttons.push(edit.response);
            let view = ui.menu_button(s.menu_view, |ui| {
                let entry = Command::ToggleChecks.menu_entry(ui, s, has_doc);
                first(3, &entry, has_doc);
                if entry.clicked() {
                    chosen = Some(Command::ToggleChecks);
                }
                ui.separator();
                for c in Command::VIEW {
                    let current = match c {
                        Command::Theme(t) => t == self.settings.theme,
                        Command::Language(l) => l == self.settings.lang,
                        _ => false,
                    };
                    let entry = c.radio_entry(ui, s, current);
                    first(3, &entry, true);
                    if entry.clicked() {
                        chosen = Some(c);
                    }
                }
            });
            buttons.push(view.response);
            let help = ui.menu_button(s.menu_help, |ui| {
                for c in [Command::Help, Command::About] {
                    let entry = c.menu_entry(ui, s, true);
                    first(4, &entry, true);
                    if entry.clicked() {
                        chosen = Some(c);
                    }
                }
            });
            buttons.push(help.response);
        });
        if focus_in.is_some() {
            self.open_menu = MenuOpening::No;
        }
        let popup = |b: &egui::Response| egui::Popup::default_response_id(b);
        // ← → from an open menu go to its neighbour, as in every desktop menu bar.
        let open = buttons
            .iter()
            .position(|b| egui::Popup::is_id_open(&ctx, popup(b)));
        if let Some(n) = open {
            let step = ctx.input(|i| {
                if i.key_pressed(egui::Key::ArrowRight) {
                    Some(1)
                } else if i.key_pressed(egui::Key::ArrowLeft) {
                    Some(MENUS - 1)
                } else {
                    None
                }
            });
            if let Some(step) = step {
                self.open_menu = MenuOpening::Open((n + step) % MENUS);
            }
        }
        if let MenuOpening::Open(n) = self.open_menu
            && let Some(b) = buttons.get(n)
        {
            egui::Popup::open_id(&ctx, popup(b));
            self.open_menu = MenuOpening::FocusFirst(n);
            ctx.request_repaint();
        }
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
}

impl eframe::App for CmqApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        CmqApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.store(storage);
    }
}
