//! The application state and its top-level layout.

use std::path::PathBuf;

use crate::store::{self, WorkspaceEntry};

use super::workspace_list;

/// The application's name, first word of the window title.
pub const APP_NAME: &str = "CMQ Dossiers";

/// The running application: the open workspace and what was loaded from it.
pub struct CmqApp {
    workspace: Option<PathBuf>,
    entries: Vec<WorkspaceEntry>,
    error: Option<String>,
    /// The window title last sent, so it is only sent again when it changes.
    title: String,
}

impl CmqApp {
    /// Opens `workspace` (or nothing), loading every dossier in it through the store.
    pub fn open(workspace: Option<PathBuf>) -> Self {
        let mut app = Self {
            workspace: None,
            entries: Vec::new(),
            error: None,
            title: String::new(),
        };
        match workspace {
            Some(dir) => app.load(dir),
            None => {
                app.error =
                    Some("aucun espace de travail : relancez avec --workspace DOSSIER".to_owned());
            }
        }
        app
    }

    fn load(&mut self, dir: PathBuf) {
        match store::load_workspace(&dir) {
            Ok(entries) => {
                self.entries = entries;
                self.error = None;
            }
            Err(e) => {
                self.entries.clear();
                self.error = Some(e.to_string());
            }
        }
        self.workspace = Some(dir);
    }

    /// The open workspace folder.
    pub fn workspace(&self) -> Option<&std::path::Path> {
        self.workspace.as_deref()
    }

    /// The workspace's files and what loading each gave.
    pub fn entries(&self) -> &[WorkspaceEntry] {
        &self.entries
    }

    /// Draws the whole window content.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let title = match &self.workspace {
            Some(dir) => format!("{APP_NAME} — {}", dir.display()),
            None => APP_NAME.to_owned(),
        };
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        egui::Panel::top("header").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(APP_NAME);
                if let Some(dir) = &self.workspace {
                    ui.label(format!("Espace de travail : {}", dir.display()));
                }
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            workspace_list::ui(ui, &self.entries);
        });
    }
}

impl eframe::App for CmqApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        CmqApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(dir) = &self.workspace {
            storage.set_string(super::WORKSPACE_KEY, dir.display().to_string());
        }
    }
}
