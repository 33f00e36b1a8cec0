//! The status bar: file, saved or not, errors and warnings (a click shows the checks), and the
//! progress of an export (with its cancel button).

use egui::{RichText, Ui};

use crate::session::Document;

use super::theme::Tokens;
use crate::i18n::Strings;

/// What was clicked in the status bar.
pub enum Clicked {
    /// The error/warning counts: show or hide the checks.
    Counts,
    /// Cancel the export under way.
    CancelExport,
}

/// Draws the status bar, with an export's progress (rows done, rows in all) when one runs.
pub fn ui(
    ui: &mut Ui,
    s: &Strings,
    doc: Option<&Document>,
    message: Option<&(String, bool)>,
    export: Option<(usize, usize)>,
) -> Option<Clicked> {
    let tokens = Tokens::of(ui);
    let mut clicked = None;
    // The message on a line of its own, wrapped, never cut: a long path cannot hide the reason.
    if let Some((text, is_error)) = message {
        let colour = if *is_error {
            tokens.error
        } else {
            tokens.subdued
        };
        ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
    }
    ui.horizontal(|ui| {
        if let Some(doc) = doc {
            if doc.is_read_only() {
                ui.colored_label(tokens.warning, s.read_only);
            } else if doc.is_saving() {
                ui.add(egui::Spinner::new());
                ui.label(s.saving);
            } else if doc.is_dirty() {
                ui.colored_label(tokens.unsaved, format!("• {}", s.unsaved));
            } else {
                ui.colored_label(tokens.ok, format!("✔ {}", s.saved));
            }
            ui.separator();
            let (errors, warnings) = doc.counts();
            let text = RichText::new(format!(
                "{} · {}",
                s.count(&s.errors, errors, &[]),
                s.count(&s.warnings, warnings, &[])
            ))
            .color(if errors > 0 {
                tokens.error
            } else if warnings > 0 {
                tokens.warning
            } else {
                tokens.ok
            });
            if ui.link(text).on_hover_text(s.cmd_checks_tip).clicked() {
                clicked = Some(Clicked::Counts);
            }
        }
        if let Some((done, total)) = export {
            ui.separator();
            let fraction = if total == 0 {
                1.0
            } else {
                done as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(160.0)
                    .text(s.exporting),
            );
            if ui.small_button(s.cancel).clicked() {
                clicked = Some(Clicked::CancelExport);
            }
        }
        if let Some(doc) = doc {
            ui.separator();
            // Last, and cut to what is left: the file's path never pushes the rest away.
            let path = doc.path().display().to_string();
            ui.add(egui::Label::new(RichText::new(&path).small()).truncate())
                .on_hover_text(path);
        }
    });
    clicked
}
