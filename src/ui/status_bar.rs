//! The status bar: file, saved or not, errors and warnings (a click shows the checks).

use egui::{RichText, Ui};

use crate::session::Document;

use super::i18n::Strings;
use super::theme::Tokens;

/// Draws the status bar; returns true when the counts were clicked.
pub fn ui(
    ui: &mut Ui,
    s: &Strings,
    doc: Option<&Document>,
    message: Option<&(String, bool)>,
) -> bool {
    let tokens = Tokens::of(ui);
    let mut clicked = false;
    ui.horizontal(|ui| {
        if let Some(doc) = doc {
            ui.label(RichText::new(doc.path().display().to_string()).small());
            ui.separator();
            if doc.read_only().is_some() {
                ui.colored_label(tokens.warning, s.read_only);
            } else if doc.is_dirty() {
                ui.colored_label(tokens.unsaved, format!("• {}", s.unsaved));
            } else {
                ui.colored_label(tokens.ok, format!("✔ {}", s.saved));
            }
            ui.separator();
            let (errors, warnings) = doc.counts();
            let text = RichText::new(format!("{errors} {} · {warnings} {}", s.errors, s.warnings))
                .color(if errors > 0 {
                    tokens.error
                } else if warnings > 0 {
                    tokens.warning
                } else {
                    tokens.ok
                });
            clicked = ui.link(text).on_hover_text(s.cmd_checks_tip).clicked();
        }
        if let Some((text, is_error)) = message {
            ui.separator();
            ui.colored_label(
                if *is_error {
                    tokens.error
                } else {
                    tokens.subdued
                },
                text,
            );
        }
    });
    clicked
}
