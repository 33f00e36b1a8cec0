//! What the app remembers between runs (through eframe's storage): workspace, language, theme.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::export::pdf::{Document, PdfOptions};

use egui::ThemePreference;

use crate::rules::calendar::CalendarRules;

use crate::i18n::Lang;

/// Remembered preferences.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// The last workspace folder.
    pub workspace: Option<PathBuf>,
    /// Interface language.
    pub lang: Lang,
    /// Light, dark, or following the system.
    pub theme: ThemePreference,
    /// The name each save writes in the dossier's journal (none given: no journal kept).
    pub user_name: Option<String>,
    /// Durations and lead times of the calendar (bilan d'étape, renewal, reminders).
    pub calendar: CalendarRules,
    /// The PDF choices of each dossier (by file path).
    pub pdf: BTreeMap<String, PdfChoice>,
    /// The dossier open when the app last closed, reopened at start.
    pub last_dossier: Option<PathBuf>,
    /// The section shown then ([`crate::ui::sections::Section::key`]).
    pub last_section: Option<String>,
    /// Where the example workspace is installed (the data folder; not stored).
    pub examples: Option<PathBuf>,
    /// The user's own workspace, the last one opened that is not the examples (stored as
    /// `workspace`): the way back from the examples.
    pub own_workspace: Option<PathBuf>,
}

/// What the user chose to print for a dossier, remembered for next time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PdfChoice {
    /// The labelling application rather than the summary.
    pub application: bool,
    /// Landscape pages.
    pub landscape: bool,
    /// Keys of the summary's sections.
    pub sections: Vec<String>,
}

impl Default for PdfChoice {
    fn default() -> Self {
        let o = PdfOptions::default();
        Self {
            application: false,
            landscape: o.landscape,
            sections: o.sections,
        }
    }
}

impl PdfChoice {
    /// The export options of this choice.
    pub fn options(&self) -> PdfOptions {
        PdfOptions {
            document: if self.application {
                Document::Application
            } else {
                Document::Summary
            },
            landscape: self.landscape,
            sections: self.sections.clone(),
        }
    }
}

const WORKSPACE: &str = "workspace";
const LANG: &str = "lang";
const THEME: &str = "theme";
const CALENDAR: &str = "calendar";
const PDF: &str = "pdf";
const LAST_DOSSIER: &str = "last_dossier";
const LAST_SECTION: &str = "last_section";
const USER_NAME: &str = "user_name";

impl Settings {
    /// The PDF choice remembered for the dossier at `path` (the defaults the first time).
    pub fn pdf_choice(&self, path: &Path) -> PdfChoice {
        self.pdf
            .get(&path.display().to_string())
            .cloned()
            .unwrap_or_default()
    }

    /// Remembers the PDF choice for the dossier at `path`.
    pub fn remember_pdf_choice(&mut self, path: &Path, choice: PdfChoice) {
        self.pdf.insert(path.display().to_string(), choice);
    }

    /// Reads the settings from eframe's storage (defaults for what is missing).
    pub fn load(storage: &dyn eframe::Storage) -> Self {
        let workspace = storage.get_string(WORKSPACE).map(PathBuf::from);
        Self {
            own_workspace: workspace.clone(),
            workspace,
            lang: storage
                .get_string(LANG)
                .map(|c| Lang::from_code(&c))
                .unwrap_or_default(),
            theme: match storage.get_string(THEME).as_deref() {
                Some("light") => ThemePreference::Light,
                Some("dark") => ThemePreference::Dark,
                _ => ThemePreference::System,
            },
            calendar: eframe::get_value(storage, CALENDAR).unwrap_or_default(),
            pdf: eframe::get_value(storage, PDF).unwrap_or_default(),
            last_dossier: storage
                .get_string(LAST_DOSSIER)
                .filter(|p| !p.is_empty())
                .map(PathBuf::from),
            last_section: storage.get_string(LAST_SECTION),
            user_name: storage
                .get_string(USER_NAME)
                .filter(|n| !n.trim().is_empty()),
            examples: None,
        }
    }

    /// Writes the settings to eframe's storage.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        // The example workspace is never remembered: the next start shows the user's own
        // workspace, or the welcome.
        if let Some(dir) = &self.own_workspace {
            storage.set_string(WORKSPACE, dir.display().to_string());
        }
        let last = self
            .last_dossier
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        storage.set_string(LAST_DOSSIER, last);
        if let Some(section) = &self.last_section {
            storage.set_string(LAST_SECTION, section.clone());
        }
        storage.set_string(LANG, self.lang.code().to_owned());
        let theme = match self.theme {
            ThemePreference::Light => "light",
            ThemePreference::Dark => "dark",
            ThemePreference::System => "system",
        };
        storage.set_string(THEME, theme.to_owned());
        eframe::set_value(storage, CALENDAR, &self.calendar);
        eframe::set_value(storage, PDF, &self.pdf);
        if let Some(name) = &self.user_name {
            storage.set_string(USER_NAME, name.clone());
        }
    }
}
