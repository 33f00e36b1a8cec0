//! The status bar: file, saved or not, errors and warnings (a click shows the checks), and the
//! progress of an export (with its cancel button).

use egui::{RichText, Ui};

use crate::session::Document;

use super::theme::Tokens;
use crate::i18n::Strings;

/// What the status bar says besides the dossier's state.
pub struct Messages<'a> {
    /// The last piece of information.
    pub info: Option<&'a str>,
    /// The errors the user has not dismissed yet.
    pub errors: &'a [String],
}

/// What was clicked in the status bar.
pub enum Clicked {
    /// The errors were read: hide them.
    DismissErrors,
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
    messages: &Messages<'_>,
    export: Option<(usize, usize)>,
) -> Option<Clicked> {
    let tokens = Tokens::of(ui);
    let mut clicked = None;
    // Messages on lines of their own, wrapped, never cut: a long path cannot hide the reason.
    // Errors stay until the user dismisses them; an information never replaces one.
    if !messages.errors.is_empty() {
        ui.horizontal(|ui| {
            if ui
                .small_button("✖")
                .on_hover_text(s.dismiss_errors)
                .clicked()
            {
                clicked = Some(Clicked::DismissErrors);
            }
            ui.vertical(|ui| {
                for e in messages.errors {
                    ui.add(egui::Label::new(RichText::new(e).color(tokens.error)).wrap());
                }
            });
        });
    }
    if let Some(text) = messages.info {
        ui.add(egui::Label::new(RichText::new(text).color(tokens.subdued)).wrap());
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
