//! The command list: every menu entry with its label, tooltip and shortcut, in one place.
//! Menus and keyboard shortcuts both read it.

use egui::{Key, KeyboardShortcut, Modifiers};

use egui::ThemePreference;

use crate::i18n::{Lang, Strings};

/// A command the user can give from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Ctrl+N: new dossier.
    New,
    /// Ctrl+O: open a workspace folder.
    OpenWorkspace,
    /// File › create my workspace in a folder I choose.
    CreateWorkspace,
    /// File › look at the examples (read-only, a workspace of their own).
    Examples,
    /// Dossier › rename the open dossier's file.
    Rename,
    /// Dossier › duplicate the open dossier.
    Duplicate,
    /// Dossier › archive the open dossier.
    Archive,
    /// Dossier › move the open dossier to the bin.
    Bin,
    /// F1: the help view.
    Help,
    /// Ctrl+S: save.
    Save,
    /// Ctrl+P: print the dossier (a PDF opened in the system viewer).
    Print,
    /// File › Export as PDF (asks where to save it).
    ExportPdf,
    /// File › Import rows of a spreadsheet into the open dossier.
    Import,
    /// Ctrl+Q: quit.
    Quit,
    /// Ctrl+Z: undo.
    Undo,
    /// Ctrl+Shift+Z or Ctrl+Y: redo.
    Redo,
    /// Ctrl+F: focus the table filter.
    Find,
    /// F8: show or hide the checks panel.
    ToggleChecks,
    /// View › light, dark or system theme.
    Theme(ThemePreference),
    /// View › interface language.
    Language(Lang),
    /// Help › About.
    About,
}

impl Command {
    /// Commands of the File menu.
    pub const FILE: [Self; 9] = [
        Self::New,
        Self::OpenWorkspace,
        Self::CreateWorkspace,
        Self::Examples,
        Self::Save,
        Self::Import,
        Self::Print,
        Self::ExportPdf,
        Self::Quit,
    ];
    /// Commands of the Dossier menu (on the open dossier).
    pub const DOSSIER: [Self; 4] = [Self::Rename, Self::Duplicate, Self::Archive, Self::Bin];
    /// Commands of the Edit menu.
    pub const EDIT: [Self; 3] = [Self::Undo, Self::Redo, Self::Find];
    /// Choices of the View menu (after the checks panel).
    pub const VIEW: [Self; 5] = [
        Self::Theme(ThemePreference::System),
        Self::Theme(ThemePreference::Light),
        Self::Theme(ThemePreference::Dark),
        Self::Language(Lang::Fr),
        Self::Language(Lang::En),
    ];

    /// The shortcuts of the command (the first one is shown in menus).
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn ctrl(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const NEW: &[KeyboardShortcut] = &[ctrl(Key::N)];
        const OPEN: &[KeyboardShortcut] = &[ctrl(Key::O)];
        const SAVE: &[KeyboardShortcut] = &[ctrl(Key::S)];
        const QUIT: &[KeyboardShortcut] = &[ctrl(Key::Q)];
        const PRINT: &[KeyboardShortcut] = &[ctrl(Key::P)];
        // Ctrl+Shift+Z first: matched before Ctrl+Z, which it contains.
        const REDO: &[KeyboardShortcut] = &[
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
            ctrl(Key::Y),
        ];
        const UNDO: &[KeyboardShortcut] = &[ctrl(Key::Z)];
        const FIND: &[KeyboardShortcut] = &[ctrl(Key::F)];
        const CHECKS: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F8)];
        const HELP: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F1)];
        match self {
            Self::New => NEW,
            Self::OpenWorkspace => OPEN,
            Self::Save => SAVE,
            Self::Quit => QUIT,
            Self::Print => PRINT,
            Self::Redo => REDO,
            Self::Undo => UNDO,
            Self::Find => FIND,
            Self::ToggleChecks => CHECKS,
            Self::Help => HELP,
            Self::Theme(_)
            | Self::Language(_)
            | Self::About
            | Self::ExportPdf
            | Self::Import
            | Self::CreateWorkspace
            | Self::Examples
            | Self::Rename
            | Self::Duplicate
            | Self::Archive
            | Self::Bin => &[],
        }
    }

    /// Menu label.
    pub fn label(self, s: &Strings) -> &'static str {
        match self {
            Self::New => s.cmd_new,
            Self::OpenWorkspace => s.cmd_open,
            Self::Save => s.cmd_save,
            Self::Quit => s.cmd_quit,
            Self::Print => s.cmd_print,
            Self::ExportPdf => s.cmd_export_pdf,
            Self::Import => s.import.import,
            Self::Undo => s.cmd_undo,
            Self::Redo => s.cmd_redo,
            Self::Find => s.cmd_find,
            Self::ToggleChecks => s.cmd_checks,
            Self::Theme(ThemePreference::System) => s.cmd_theme_system,
            Self::Theme(ThemePreference::Light) => s.cmd_theme_light,
            Self::Theme(ThemePreference::Dark) => s.cmd_theme_dark,
            Self::Language(l) => l.name(),
            Self::About => s.cmd_about,
            Self::CreateWorkspace => s.cmd_create_workspace,
            Self::Examples => s.cmd_examples,
            Self::Rename => s.cmd_rename,
            Self::Duplicate => s.cmd_duplicate,
            Self::Archive => s.cmd_archive,
            Self::Bin => s.cmd_bin,
            Self::Help => s.cmd_help,
        }
    }

    /// Tooltip.
    pub fn tooltip(self, s: &Strings) -> &'static str {
        match self {
            Self::New => s.cmd_new_tip,
            Self::OpenWorkspace => s.cmd_open_tip,
            Self::Save => s.cmd_save_tip,
            Self::Quit => s.cmd_quit_tip,
            Self::Print => s.cmd_print_tip,
            Self::ExportPdf => s.cmd_export_pdf_tip,
            Self::Import => s.import.import_tip,
            Self::Undo => s.cmd_undo_tip,
            Self::Redo => s.cmd_redo_tip,
            Self::Find => s.cmd_find_tip,
            Self::ToggleChecks => s.cmd_checks_tip,
            Self::Theme(_) => s.cmd_theme_tip,
            Self::Language(_) => s.cmd_lang_tip,
            Self::About => s.cmd_about_tip,
            Self::CreateWorkspace => s.cmd_create_workspace_tip,
            Self::Examples => s.cmd_examples_tip,
            Self::Rename => s.cmd_rename_tip,
            Self::Duplicate => s.cmd_duplicate_tip,
            Self::Archive => s.cmd_archive_tip,
            Self::Bin => s.cmd_bin_tip,
            Self::Help => s.cmd_help_tip,
        }
    }

    /// Every command with a shortcut, in matching order (longer combinations first).
    pub const WITH_SHORTCUTS: [Self; 10] = [
        Self::Redo,
        Self::Undo,
        Self::New,
        Self::OpenWorkspace,
        Self::Save,
        Self::Print,
        Self::Quit,
        Self::Find,
        Self::ToggleChecks,
        Self::Help,
    ];

    /// The command whose shortcut was pressed this frame (consumed so widgets don't see it).
    pub fn from_keyboard(ctx: &egui::Context) -> Option<Self> {
        ctx.input_mut(|i| {
            Self::WITH_SHORTCUTS
                .into_iter()
                .find(|c| c.shortcuts().iter().any(|sc| i.consume_shortcut(sc)))
        })
    }

    /// The menu button for the command, with its shortcut and tooltip.
    pub fn menu_entry(self, ui: &mut egui::Ui, s: &Strings, enabled: bool) -> egui::Response {
        let mut button = egui::Button::new(self.label(s));
        if let Some(sc) = self.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(sc));
        }
        ui.add_enabled(enabled, button)
            .on_hover_text(self.tooltip(s))
    }

    /// A radio entry for a choice (theme, language).
    pub fn radio_entry(self, ui: &mut egui::Ui, s: &Strings, selected: bool) -> egui::Response {
        ui.radio(selected, self.label(s))
            .on_hover_text(self.tooltip(s))
    }
}
