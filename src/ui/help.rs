//! The help view: every keyboard shortcut, read from the commands themselves, and a short guide.

use egui::{RichText, Ui};

use super::commands::Command;
use super::sections::Section;
use crate::i18n::Strings;

/// The commands with a shortcut, in the order a user looks for them.
const SHOWN: [Command; 10] = [
    Command::New,
    Command::OpenWorkspace,
    Command::Save,
    Command::Print,
    Command::Undo,
    Command::Redo,
    Command::Find,
    Command::ToggleChecks,
    Command::Help,
    Command::Quit,
];

/// Draws the help; true when the user closes it.
pub fn ui(ui: &mut Ui, s: &Strings) -> bool {
    let mut close = false;
    ui.horizontal(|ui| {
        ui.heading(s.help_title);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button(s.help_close).clicked();
        });
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("help")
        .auto_shrink(false)
        .show(ui, |ui| {
            ui.set_max_width(760.0);
            ui.label(RichText::new(s.help_shortcuts_title).strong().size(16.0));
            egui::Grid::new("help-shortcuts")
                .num_columns(2)
                .striped(true)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for c in SHOWN {
                        let keys: Vec<String> = c
                            .shortcuts()
                            .iter()
                            .map(|sc| ui.ctx().format_shortcut(sc))
                            .collect();
                        ui.monospace(keys.join(" / "));
                        ui.label(c.label(s));
                        ui.end_row();
                    }
                    ui.monospace("F10 / Alt");
                    ui.label(s.help_menus);
                    ui.end_row();
                    let first = Section::all().next().and_then(Section::shortcut);
                    let last = Section::all().filter_map(Section::shortcut).last();
                    if let (Some(first), Some(last)) = (first, last) {
                        let ctx = ui.ctx().clone();
                        ui.monospace(format!(
                            "{} … {}",
                            ctx.format_shortcut(&first),
                            ctx.format_shortcut(&last)
                        ));
                        ui.label(s.help_section_keys);
                        ui.end_row();
                    }
                });
            ui.add_space(16.0);
            ui.label(RichText::new(s.help_guide_title).strong().size(16.0));
            for paragraph in s.help_guide {
                ui.add_space(4.0);
                ui.label(format!("• {paragraph}"));
            }
        });
    close
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_lists_every_command_that_has_a_shortcut() {
        for c in Command::WITH_SHORTCUTS {
            assert!(SHOWN.contains(&c), "{c:?} is missing from the help");
        }
        assert!(SHOWN.iter().all(|c| !c.shortcuts().is_empty()));
    }
}
