//! The « Contrôles » panel: every finding of the open dossier, with where it is in words
//! (« Partenaires › Lycée Vauban »); a click jumps to the field.

use egui::{RichText, Ui};

use crate::model::{Dossier, ListKind};
use crate::session::Document;

use super::sections::Section;

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
                let place = place(s, doc.dossier(), &f.path);
                ui.label(RichText::new(place).small().color(tokens.subdued));
                ui.add_space(4.0);
            }
        });
    clicked
}

/// Where `path` (`partners[3].uai`) is, in the words of the window: the list and the record's
/// title, or the section.
fn place(s: &Strings, d: &Dossier, path: &str) -> String {
    match ListKind::of_path(path) {
        Some((kind, Some(index))) => {
            let title = kind
                .record_at(d, index)
                .map(|r| r.title().trim().to_owned())
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| format!("{} {}", s.checks_row, index + 1));
            format!("{} › {title}", (s.list_title)(kind))
        }
        Some((kind, None)) => (s.list_title)(kind).to_owned(),
        None if path.starts_with("application") => Section::Application.title(s).to_owned(),
        None => Section::Identity.title(s).to_owned(),
    }
}
