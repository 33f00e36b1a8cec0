//! The merge view: another machine's version of the open dossier arrived and contradicts this
//! one; for each conflict the user keeps theirs, mine, or types another value (in the manner of
//! Zotero's conflict window). Nothing is taken before « Appliquer la fusion ».

use std::sync::Arc;

use egui::{RichText, TextEdit};
use serde_json::Value;

use crate::i18n::{Strings, fill};
use crate::merge::{self, Conflict, ResolveError};
use crate::model::Dossier;
use crate::session::Incoming;

use super::dialogs::Then;

/// What the user keeps for one conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    /// The value open here (the merge holds it already).
    Mine,
    /// The other machine's value.
    Theirs,
    /// The value typed here ([`MergeView::others`]).
    Other,
}

/// The merge waiting for the user's choices.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeView {
    /// The merge, with its conflicts.
    pub incoming: Arc<Incoming>,
    /// One choice per conflict (mine at first).
    pub picks: Vec<Pick>,
    /// Per conflict, the value typed under « Autre » (kept when another choice is made).
    pub others: Vec<String>,
    /// What was to follow the save that found the other version, if a save did.
    pub then: Option<Then>,
    /// Why the last « Apply » did not apply (an « Other » value that does not fit).
    pub error: Option<String>,
}

impl MergeView {
    /// The view of `incoming`, every conflict at « mine ».
    pub fn new(incoming: Incoming, then: Option<Then>) -> Self {
        let picks = vec![Pick::Mine; incoming.merge.conflicts.len()];
        let others = vec![String::new(); incoming.merge.conflicts.len()];
        Self {
            incoming: Arc::new(incoming),
            picks,
            others,
            then,
            error: None,
        }
    }

    /// The merged dossier with the choices made, or what does not fit.
    pub fn resolved(&self, s: &Strings) -> Result<Dossier, String> {
        let mut d = self.incoming.merge.dossier.clone();
        let conflicts = self.incoming.merge.conflicts.iter();
        for ((c, pick), text) in conflicts.zip(&self.picks).zip(&self.others) {
            let choice = match pick {
                Pick::Mine => continue,
                Pick::Theirs => merge::Choice::Theirs,
                Pick::Other => merge::Choice::Value(typed(c, text)),
            };
            if let Err(e) = merge::resolve(&mut d, c, &choice) {
                let value = match (&e, pick) {
                    (ResolveError::DoesNotFit, Pick::Other) => text.clone(),
                    _ => String::new(),
                };
                return Err(fill(
                    s.merge_bad_value,
                    &[("place", &s.place(&c.place)), ("value", &value)],
                ));
            }
        }
        Ok(d)
    }
}

/// A typed value read as the field's kind: a number where the field holds one (a decimal comma
/// is read too), text otherwise.
fn typed(c: &Conflict, text: &str) -> Value {
    let is_number = [&c.ours, &c.theirs, &c.base]
        .into_iter()
        .flatten()
        .any(Value::is_number);
    if is_number {
        let t = text.trim().replace(',', ".");
        if let Ok(n) = t.parse::<i64>() {
            return Value::from(n);
        }
        if let Some(n) = t.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
            return Value::Number(n);
        }
    }
    Value::String(text.to_owned())
}

/// True when a conflict's values can be typed (text or numbers, not a list or a record).
fn editable(c: &Conflict) -> bool {
    !c.is_whole_record()
        && [&c.ours, &c.theirs]
            .into_iter()
            .flatten()
            .all(|v| v.is_string() || v.is_number())
}

/// Draws the conflicts and their choices (the dialog adds its buttons); true when Enter was
/// pressed in an « Autre » field (apply, as the button).
pub fn ui(ui: &mut egui::Ui, s: &Strings, view: &mut MergeView, campus: &str) -> bool {
    let mut apply = false;
    let incoming = Arc::clone(&view.incoming);
    let conflicts = &incoming.merge.conflicts;
    ui.heading(s.merge_in_title);
    ui.label(s.count(&s.merge_in_body, conflicts.len(), &[("campus", campus)]));
    if !incoming.had_ancestor {
        ui.label(RichText::new(s.merge_in_no_base).italics());
    }
    if conflicts.len() > 1 {
        ui.horizontal(|ui| {
            if ui.button(s.merge_all_mine).clicked() {
                view.picks.fill(Pick::Mine);
            }
            if ui.button(s.merge_all_theirs).clicked() {
                view.picks.fill(Pick::Theirs);
            }
        });
    }
    ui.add_space(6.0);
    // A fixed height: many conflicts scroll inside, the buttons stay in place.
    egui::ScrollArea::vertical()
        .id_salt("merge-conflicts")
        .max_height(380.0)
        .min_scrolled_height(380.0)
        .show(ui, |ui| {
            let rows = conflicts
                .iter()
                .zip(view.picks.iter_mut())
                .zip(&mut view.others);
            for (i, ((c, pick), other)) in rows.enumerate() {
                apply |= conflict_ui(ui, s, i, c, pick, other);
                ui.separator();
            }
        });
    if let Some(e) = &view.error {
        ui.colored_label(ui.visuals().error_fg_color, e.as_str());
    }
    apply
}

/// One conflict and its choices; true when Enter was pressed in its « Autre » field.
fn conflict_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    i: usize,
    c: &Conflict,
    pick: &mut Pick,
    other: &mut String,
) -> bool {
    ui.push_id(i, |ui| {
        let place = s.place(&c.place);
        let title = if c.is_whole_record() {
            place
        } else {
            format!("{place} — {}", s.field_path(&c.field()))
        };
        ui.label(RichText::new(title).strong());
        let side = |v: &Option<Value>| {
            if c.is_whole_record() {
                if v.is_some() {
                    s.merge_record_kept.to_owned()
                } else {
                    s.merge_record_deleted.to_owned()
                }
            } else {
                s.merged_value(v.as_ref())
            }
        };
        let mine = fill(s.merge_mine, &[("value", &side(&c.ours))]);
        let theirs = fill(s.merge_theirs, &[("value", &side(&c.theirs))]);
        if ui.radio(*pick == Pick::Mine, mine).clicked() {
            *pick = Pick::Mine;
        }
        if ui.radio(*pick == Pick::Theirs, theirs).clicked() {
            *pick = Pick::Theirs;
        }
        if !editable(c) {
            return false;
        }
        ui.horizontal(|ui| {
            let chosen = *pick == Pick::Other;
            let radio = ui.radio(chosen, s.merge_other);
            if radio.clicked() && !chosen {
                *pick = Pick::Other;
                if other.is_empty() {
                    *other = c.ours.as_ref().map(merge::scalar_text).unwrap_or_default();
                }
            }
            if *pick != Pick::Other {
                return false;
            }
            let edit = ui
                .add(TextEdit::singleline(other).desired_width(300.0))
                .labelled_by(radio.id);
            edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        })
        .inner
    })
    .inner
}
