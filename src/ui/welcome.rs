//! The welcome view of a first start: create my workspace, open an existing one, or look at
//! the examples (read-only, apart from the user's dossiers).

use egui::{RichText, Ui};

use super::commands::Command;
use crate::i18n::Strings;

/// Width of the welcome's column.
const WIDTH: f32 = 560.0;

/// Draws the welcome; returns the command chosen.
pub fn ui(ui: &mut Ui, s: &Strings) -> Option<Command> {
    let mut chosen = None;
    ui.vertical_centered(|ui| {
        ui.add_space(48.0);
        ui.set_max_width(WIDTH);
        ui.heading(RichText::new(s.welcome_title).size(26.0));
        ui.add_space(8.0);
        ui.label(s.welcome_body);
        ui.add_space(20.0);
        for (command, text) in [
            (Command::CreateWorkspace, s.welcome_create),
            (Command::OpenWorkspace, s.welcome_open),
            (Command::Examples, s.welcome_examples),
        ] {
            let button = egui::Button::new(RichText::new(command.label(s)).size(17.0).strong())
                .min_size(egui::vec2(WIDTH * 0.7, 40.0));
            let response = ui.add(button);
            // The first choice takes the keyboard at once: Enter creates the workspace.
            if command == Command::CreateWorkspace && ui.ctx().memory(|m| m.focused().is_none()) {
                response.request_focus();
            }
            if response.clicked() {
                chosen = Some(command);
            }
            ui.label(RichText::new(text).weak());
            ui.add_space(16.0);
        }
    });
    chosen
}
