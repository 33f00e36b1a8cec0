//! The line above a dossier that another program holds: who holds it and since when, and for a
//! holder on another machine, « Ouvrir quand même ». One line, the same height before and after
//! the choice, so nothing below moves.

use egui::RichText;

use crate::i18n::{Strings, fill};
use crate::session::{Document, SaveError};

use super::theme::Tokens;

/// Draws the banner of `doc` when another program holds it (or it was opened anyway); true when
/// the user chose « Ouvrir quand même ».
pub fn ui(ui: &mut egui::Ui, s: &Strings, doc: &Document) -> bool {
    let tokens = Tokens::for_visuals(ui.visuals());
    let mut open_anyway = false;
    if let Some(holder) = doc.locked_by() {
        let why = (s.save_error)(&SaveError::Locked(holder.clone()));
        ui.horizontal(|ui| {
            if holder.elsewhere {
                let hint = fill(s.open_anyway_hint, &[("host", &holder.host)]);
                open_anyway = ui.button(s.open_anyway).on_hover_text(hint).clicked();
            }
            ui.add(
                egui::Label::new(RichText::new(format!("🔒 {why}")).color(tokens.warning))
                    .truncate(),
            )
            .on_hover_text(why);
        });
        ui.separator();
    } else if let Some(holder) = doc.shared_with() {
        let said = fill(
            s.opened_anyway,
            &[("host", &holder.host), ("since", &(s.lock_since)(holder))],
        );
        ui.horizontal(|ui| {
            ui.add(
                egui::Label::new(RichText::new(format!("⚠ {said}")).color(tokens.warning))
                    .truncate(),
            )
            .on_hover_text(said);
        });
        ui.separator();
    }
    open_anyway
}
