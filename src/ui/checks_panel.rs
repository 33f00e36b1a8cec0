//! The « Contrôles » panel: every finding of the open dossier; a click jumps to the field.

use egui::{RichText, Ui};

use crate::session::Document;

use super::theme::Tokens;
use crate::i18n::Strings;

/// Draws the findings; returns the path of the one clicked.
pub fn ui(ui: &mut Ui, s: &Strings, doc: &Document) -> Option<String> {
    let tokens = Tokens::of(ui);
    let mut clicked = None;
    ui.heading(s.checks_title);
    if doc.findings().is_empty() {
        ui.colored_label(tokens.ok, s.checks_none);
        return None;
    }
    egui::ScrollArea::vertical()
        .id_salt("checks")
        .show(ui, |ui| {
            for f in doc.findings().iter() {
                let icon = match f.severity {
                    crate::rules::Severity::Error => "⛔",
                    crate::rules::Severity::Warning => "⚠",
                };
                let text = RichText::new(format!("{icon} {}", (s.issue)(&f.issue)))
                    .color(tokens.severity(f.severity));
                if ui.link(text).on_hover_text(&f.path).clicked() {
                    clicked = Some(f.path.clone());
                }
                ui.label(RichText::new(&f.path).small().color(tokens.subdued));
                ui.add_space(4.0);
            }
        });
    clicked
}
