//! Every text of the window, one file per language ([`fr`], [`en`]).
//!
//! A [`Strings`] value holds each text as a field, so a language that misses one does not
//! compile. Validation messages come from the rules layer and are in French only.

mod en;
mod fr;

use serde::{Deserialize, Serialize};

/// The languages of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// French, the default.
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// The texts of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Fr => &fr::STRINGS,
            Self::En => &en::STRINGS,
        }
    }

    /// The language's own name (« Français », « English »), the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Self::Fr => "Français",
            Self::En => "English",
        }
    }

    /// Code stored in the settings.
    pub fn code(self) -> &'static str {
        match self {
            Self::Fr => "fr",
            Self::En => "en",
        }
    }

    /// The language of a settings code (French when unknown).
    pub fn from_code(code: &str) -> Self {
        if code == "en" { Self::En } else { Self::Fr }
    }
}

/// The texts of the import dialog.
pub struct ImportTexts {
    /// Menu entry and table button.
    pub import: &'static str,
    /// Its tooltip.
    pub import_tip: &'static str,
    /// File-dialog filter name for spreadsheets.
    pub spreadsheets: &'static str,
    /// Dialog title; `{}` is the file name.
    pub title: &'static str,
    /// `{}` rows.
    pub rows: &'static str,
    /// Label of the target list pick-list.
    pub into: &'static str,
    /// Column headers of the mapping grid.
    pub field: &'static str,
    /// Column headers of the mapping grid.
    pub column: &'static str,
    /// Column headers of the mapping grid.
    pub preview: &'static str,
    /// No column for this field.
    pub none: &'static str,
    /// Marks a required field.
    pub required: &'static str,
    /// Yearly value row; `{}` is the year.
    pub year_value: &'static str,
    /// Columns a loaded mapping names that the file lacks; `{}` lists them.
    pub missing_columns: &'static str,
    /// Reading the file.
    pub reading: &'static str,
    /// Checking the rows.
    pub checking: &'static str,
    /// Button: check the rows.
    pub check: &'static str,
    /// Button: save the mapping.
    pub save_mapping: &'static str,
    /// Button: load a mapping.
    pub load_mapping: &'static str,
    /// Button: back to the mapping.
    pub back: &'static str,
    /// Summary; placeholders: rows, added, updated, skipped, rejected, warned.
    pub summary: &'static str,
    /// Label of the duplicate policy.
    pub duplicates: &'static str,
    /// Duplicate policies: skip, update, add.
    pub policies: [&'static str; 3],
    /// Report columns: line, result, record, detail.
    pub report_columns: [&'static str; 4],
    /// Verdicts: new, duplicate, repeated, rejected.
    pub verdicts: [&'static str; 4],
    /// No row needs attention.
    pub all_clear: &'static str,
    /// Confirm button; `{}` is the number of records written.
    pub confirm: &'static str,
    /// Done message; `{}` rows, `{}` list.
    pub done: &'static str,
    /// Mapping saved; `{}` is the file.
    pub mapping_saved: &'static str,
    /// The loaded mapping is for another list; `{}` is its list.
    pub other_kind: &'static str,
}

/// The texts of the window in one language.
pub struct Strings {
    /// The import dialog.
    pub import: ImportTexts,
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Abbreviated month names, January first (axis of the timeline).
    pub months_short: [&'static str; 12],
    /// Week day initials, Monday first.
    pub weekdays: [&'static str; 7],
    /// True for English (reference data carries French and English names).
    pub english: bool,
    /// Tooltips of the calendar's arrows.
    pub prev_month: &'static str,
    /// Tooltips of the calendar's arrows.
    pub next_month: &'static str,
    /// Day 1 of a month (« 1er » in French).
    pub first_day: &'static str,

    pub menu_file: &'static str,
    pub menu_edit: &'static str,
    pub menu_view: &'static str,
    pub menu_help: &'static str,

    pub cmd_new: &'static str,
    pub cmd_new_tip: &'static str,
    pub cmd_open: &'static str,
    pub cmd_open_tip: &'static str,
    pub cmd_save: &'static str,
    pub cmd_save_tip: &'static str,
    pub cmd_quit: &'static str,
    pub cmd_quit_tip: &'static str,
    pub cmd_undo: &'static str,
    pub cmd_undo_tip: &'static str,
    pub cmd_redo: &'static str,
    pub cmd_redo_tip: &'static str,
    pub cmd_find: &'static str,
    pub cmd_find_tip: &'static str,
    pub cmd_checks: &'static str,
    pub cmd_checks_tip: &'static str,
    pub cmd_theme_system: &'static str,
    pub cmd_theme_light: &'static str,
    pub cmd_theme_dark: &'static str,
    pub cmd_theme_tip: &'static str,
    pub cmd_lang_tip: &'static str,
    pub cmd_about: &'static str,
    pub cmd_about_tip: &'static str,

    /// Title of the identity section.
    pub identity_title: &'static str,
    /// Title of the section (or heading) of each list.
    pub list_title: fn(crate::model::ListKind) -> &'static str,
    /// What refers to a record, in the delete question (« l'action « Salon » (pilote) »).
    pub referrer: fn(&crate::model::Referrer) -> String,
    /// Title of the calendar section.
    pub timeline_title: &'static str,
    /// Title of the application section.
    pub application_title: &'static str,
    pub cmd_print: &'static str,
    pub cmd_print_tip: &'static str,
    pub cmd_export_pdf: &'static str,
    pub cmd_export_pdf_tip: &'static str,
    pub pdf_summary: &'static str,
    pub pdf_application: &'static str,
    pub pdf_landscape: &'static str,
    pub print: &'static str,
    pub export_ellipsis: &'static str,
    pub printed: &'static str,
    pub pdf_sections: [&'static str; 8],

    pub export: &'static str,
    pub export_csv_shown: &'static str,
    pub export_csv_all: &'static str,
    pub export_xlsx_shown: &'static str,
    pub export_xlsx_all: &'static str,
    pub exporting: &'static str,
    pub exported: &'static str,
    pub no_file_chosen: &'static str,

    pub calendar_rules: &'static str,
    pub bilan_2019: &'static str,
    pub renewal_lead: &'static str,
    pub due_soon: &'static str,
    pub reminders: &'static str,
    pub years_suffix: &'static str,
    pub months_suffix: &'static str,
    pub days_suffix: &'static str,

    pub readiness_title: &'static str,
    pub score_cmq: &'static str,
    pub score_excellence: &'static str,
    pub to_do: &'static str,
    pub application_texts: &'static str,
    pub readiness_levels: [&'static str; 3],
    pub application_parts: [&'static str; 7],

    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_fit: &'static str,
    pub zoom_hint: &'static str,
    pub today: &'static str,
    pub reminder: &'static str,
    pub open_record: &'static str,
    pub label_row: &'static str,
    pub milestones_row: &'static str,
    pub unknown_end: &'static str,
    pub dashboard: &'static str,
    pub campuses: &'static str,
    pub excellence_count: &'static str,
    pub ending_12_months: &'static str,
    pub overdue_count: &'static str,
    pub next_deadlines: &'static str,
    pub campus_timelines: &'static str,
    pub mobility_per_year: &'static str,
    pub mobility_per_country: &'static str,
    pub indicators_vs_target: &'static str,
    pub learners: &'static str,
    pub staff: &'static str,
    pub no_deadline: &'static str,
    pub no_data: &'static str,
    pub item_statuses: [&'static str; 4],

    pub dossiers: &'static str,
    pub search_campus: &'static str,
    pub next_milestone: &'static str,
    pub label_end: &'static str,
    pub unreadable: &'static str,
    pub no_workspace: &'static str,
    pub no_dossier: &'static str,
    pub unsaved_marker_tip: &'static str,
    pub recovery_marker_tip: &'static str,

    pub saved: &'static str,
    pub unsaved: &'static str,
    pub saving: &'static str,
    pub opening: &'static str,
    pub read_only: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub checks_title: &'static str,
    pub checks_none: &'static str,

    pub filter: &'static str,
    pub add: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub columns: &'static str,
    pub select_row: &'static str,

    pub yes: &'static str,
    pub no: &'static str,
    pub none: &'static str,
    pub set_date: &'static str,
    pub clear: &'static str,
    pub save: &'static str,
    pub dont_save: &'static str,
    pub cancel: &'static str,
    pub ok: &'static str,
    pub create: &'static str,
    pub unsaved_title: &'static str,
    pub unsaved_body: &'static str,
    pub disk_title: &'static str,
    pub disk_body: &'static str,
    pub disk_reload: &'static str,
    pub disk_overwrite: &'static str,
    pub recovery_title: &'static str,
    pub recovery_body: &'static str,
    pub recovery_restore: &'static str,
    pub recovery_ignore: &'static str,
    pub new_title: &'static str,
    pub delete_title: &'static str,
    pub delete_refs: &'static str,
    pub delete_anyway: &'static str,
    pub pick_cancelled: &'static str,
    pub about_body: &'static str,
    pub saved_message: &'static str,

    // Campus identity.
    pub campus: &'static str,
    pub name: &'static str,
    pub short_name: &'static str,
    pub region: &'static str,
    pub academies: &'static str,
    pub filiere: &'static str,
    pub support: &'static str,
    pub director: &'static str,
    pub president: &'static str,
    pub organisation: &'static str,
    pub from_business: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
    pub website: &'static str,
    pub notes: &'static str,
    pub lieu_de_vie: &'static str,
    pub label_history: &'static str,
    pub decision_kind: &'static str,
    pub category: &'static str,
    pub arrete_date: &'static str,
    pub reference_nor: &'static str,
    pub duration_years: &'static str,
    pub note: &'static str,

    // Partners.
    pub kind: &'static str,
    pub commune: &'static str,
    pub country: &'static str,
    pub uai: &'static str,
    pub siret: &'static str,
    pub role: &'static str,
    pub convention: &'static str,
    pub governance: &'static str,
    pub governance_short: &'static str,
    pub contacts: &'static str,

    // Sectors.
    pub sector: &'static str,
    pub formations: &'static str,
    pub diploma: &'static str,
    pub level: &'static str,
    pub status: &'static str,
    pub establishment: &'static str,

    // Actions.
    pub axis: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub lead: &'static str,
    pub other_partners: &'static str,
    pub start: &'static str,
    pub end: &'static str,
    pub budget: &'static str,
    pub funder: &'static str,
    pub amount: &'static str,
    pub linked_indicators: &'static str,

    // Mobilities.
    pub project: &'static str,
    pub key_action: &'static str,
    pub call_year: &'static str,
    pub activity: &'static str,
    pub participant: &'static str,
    pub direction: &'static str,
    pub sending: &'static str,
    pub receiving: &'static str,
    pub city: &'static str,
    pub erasmus_group: &'static str,
    pub duration: &'static str,
    pub days: &'static str,
    pub participants: &'static str,
    pub green_travel: &'static str,
    pub fewer_opportunities: &'static str,

    // Indicators and milestones.
    pub code: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub source: &'static str,
    pub target: &'static str,
    pub values: &'static str,
    pub year: &'static str,
    pub value: &'static str,
    pub last_value: &'static str,
    pub date: &'static str,

    // Enum labels, in the order of each enum's `ALL`.
    pub partner_kinds: [&'static str; 13],
    pub decision_kinds: [&'static str; 3],
    pub categories: [&'static str; 2],
    pub formation_statuses: [&'static str; 3],
    pub action_statuses: [&'static str; 4],
    pub activities: [&'static str; 7],
    pub participant_kinds: [&'static str; 2],
    pub directions: [&'static str; 2],
    pub sources: [&'static str; 3],
    pub milestone_kinds: [&'static str; 8],
    pub milestone_statuses: [&'static str; 3],
}

impl Strings {
    /// A date the way this language writes it: « 6 février 2020 », « 1er mars 2021 ».
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike as _;
        let month = self
            .months
            .get(date.month0() as usize)
            .copied()
            .unwrap_or("");
        if date.day() == 1 && !self.first_day.is_empty() {
            format!("{} {month} {}", self.first_day, date.year())
        } else {
            format!("{} {month} {}", date.day(), date.year())
        }
    }

    /// The name of a national filière in this language.
    pub fn filiere_name(&self, f: &crate::model::reference::Filiere) -> &'static str {
        if self.english { f.name_en } else { f.name_fr }
    }

    /// An optional date, or « — ».
    pub fn opt_date(&self, date: Option<chrono::NaiveDate>) -> String {
        date.map_or_else(|| "—".to_owned(), |d| self.date(d))
    }
}
