//! The window: eframe/egui faces over the store and the rules.
//!
//! Nothing here reads or writes a file directly: every file goes through [`crate::store`].

mod app;
mod workspace_list;

pub use app::{APP_NAME, CmqApp};

use std::path::PathBuf;

/// Key under which eframe remembers the last workspace.
const WORKSPACE_KEY: &str = "workspace";

/// The user's data folder for CMQ Dossiers, where eframe keeps its settings and the example
/// workspace is installed (`$XDG_DATA_HOME/cmqdossiers` or `~/.local/share/cmqdossiers` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    eframe::storage_dir(APP_NAME)
}

/// Opens the window on `workspace`, else on the last workspace, else on the example one
/// (copied into the data folder on first start).
pub fn run(workspace: Option<PathBuf>) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_NAME)
            .with_inner_size([1100.0, 700.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_NAME,
        options,
        Box::new(move |cc| {
            let remembered = cc
                .storage
                .and_then(|s| s.get_string(WORKSPACE_KEY))
                .map(PathBuf::from)
                .filter(|p| p.is_dir());
            let dir = workspace.or(remembered).or_else(example_workspace);
            Ok(Box::new(CmqApp::open(dir)))
        }),
    )
}

/// The example workspace in the data folder, installed on first use.
fn example_workspace() -> Option<PathBuf> {
    let dir = data_dir()?.join("exemples");
    if !dir.exists()
        && let Err(e) = crate::store::install_examples(&dir)
    {
        eprintln!("{e}");
        return None;
    }
    Some(dir)
}
