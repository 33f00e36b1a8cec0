//! What the app remembers between runs (through eframe's storage): workspace, language, theme.

use std::path::PathBuf;

use egui::ThemePreference;

use crate::rules::calendar::CalendarRules;

use super::i18n::Lang;

/// Remembered preferences.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// The last workspace folder.
    pub workspace: Option<PathBuf>,
    /// Interface language.
    pub lang: Lang,
    /// Light, dark, or following the system.
    pub theme: ThemePreference,
    /// Durations and lead times of the calendar (bilan d'étape, renewal, reminders).
    pub calendar: CalendarRules,
}

const WORKSPACE: &str = "workspace";
const LANG: &str = "lang";
const THEME: &str = "theme";
const CALENDAR: &str = "calendar";

impl Settings {
    /// Reads the settings from eframe's storage (defaults for what is missing).
    pub fn load(storage: &dyn eframe::Storage) -> Self {
        Self {
            workspace: storage.get_string(WORKSPACE).map(PathBuf::from),
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
        }
    }

    /// Writes the settings to eframe's storage.
    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        if let Some(dir) = &self.workspace {
            storage.set_string(WORKSPACE, dir.display().to_string());
        }
        storage.set_string(LANG, self.lang.code().to_owned());
        let theme = match self.theme {
            ThemePreference::Light => "light",
            ThemePreference::Dark => "dark",
            ThemePreference::System => "system",
        };
        storage.set_string(THEME, theme.to_owned());
        eframe::set_value(storage, CALENDAR, &self.calendar);
    }
}
