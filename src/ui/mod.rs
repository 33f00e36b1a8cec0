//! The window: eframe/egui faces over the session, the store and the rules.
//!
//! Nothing here reads or writes a file directly: the open dossier is a
//! [`crate::session::Document`], and every file goes through [`crate::store`].

mod app;
mod checks_panel;
mod commands;
mod dashboard;
pub mod dialogs;
mod file_chooser;
pub mod folder_picker;
mod help;
pub mod import_dialog;
mod lock_banner;
mod menu_keys;
pub mod merge_view;
pub mod sections;
mod settings;
mod side_panel;
mod status_bar;
mod theme;
mod welcome;
mod widgets;

pub use crate::i18n::Lang;
pub use app::{APP_NAME, CmqApp};
pub use settings::Settings;
pub use widgets::table::{TableState, TableView};
pub use widgets::timeline::{TickUnit, TimelineState};

use std::path::PathBuf;
use std::sync::Arc;

/// The user's data folder for CMQ Dossiers, where eframe keeps its settings and the example
/// workspace is installed (`$XDG_DATA_HOME/cmqdossiers` or `~/.local/share/cmqdossiers` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    eframe::storage_dir(APP_NAME)
}

/// Opens the window on `workspace`, on the example workspace (read-only, installed in the data
/// folder) when `examples`, else on the last workspace, else on the welcome view.
pub fn run(workspace: Option<PathBuf>, examples: bool) -> eframe::Result {
    run_with(workspace, examples, None)
}

/// Opens the window on the dossier `path` (as a file manager asks: `cmq-dossiers FILE.ron`): its
/// folder as the workspace, the dossier open (its lock taken) at once.
pub fn run_on_dossier(path: PathBuf) -> eframe::Result {
    let path = std::path::absolute(&path).unwrap_or(path);
    let folder = path.parent().map(std::path::Path::to_owned);
    run_with(folder, false, Some(path))
}

fn run_with(
    workspace: Option<PathBuf>,
    examples: bool,
    dossier: Option<PathBuf>,
) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_NAME)
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_NAME,
        options,
        Box::new(move |cc| {
            let mut settings = cc.storage.map(Settings::load).unwrap_or_default();
            let last = settings.workspace.take();
            settings.examples = data_dir();
            let asked = if examples {
                settings.examples.as_deref().and_then(|d| {
                    crate::session::example_workspace(d)
                        .map_err(|e| eprintln!("{e}"))
                        .ok()
                })
            } else {
                workspace
            };
            settings.workspace = crate::session::startup_workspace(asked, last);
            if let Some(path) = dossier {
                settings.last_dossier = Some(path);
                settings.last_section = None;
            }
            let today = chrono::Local::now().date_naive();
            Ok(Box::new(CmqApp::new(
                settings,
                Arc::new(folder_picker::SystemPicker),
                today,
            )))
        }),
    )
}
