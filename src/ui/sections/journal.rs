//! Journal: who changed what in this dossier, save by save, newest first — a referent sees what
//! the directeur changed since last week. The name each save signs with is given here once.

use egui::{RichText, TextEdit, Ui};

use crate::i18n::fill;
use crate::model::ListKind;
use crate::store::{JournalEntry, JournalLine};

use super::{Request, SectionCtx};

/// How many lines are shown (the newest); the file keeps them all.
const SHOWN: usize = 500;

/// Draws the name field and the journal's lines.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    name_row(ui, ctx);
    ui.separator();
    let journal = ctx.doc.journal();
    if !journal.damaged.is_empty() {
        let lines: Vec<String> = journal.damaged.iter().map(ToString::to_string).collect();
        ui.colored_label(
            ui.visuals().warn_fg_color,
            fill(s.journal_damaged, &[("lines", &lines.join(", "))]),
        );
    }
    if journal.lines.is_empty() {
        ui.weak(s.journal_empty);
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("journal-lines")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("journal")
                .num_columns(4)
                .striped(true)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for h in [
                        s.journal_when,
                        s.journal_who,
                        s.journal_what,
                        s.journal_fields,
                    ] {
                        ui.label(RichText::new(h).strong());
                    }
                    ui.end_row();
                    for line in journal.lines.iter().rev().take(SHOWN) {
                        row(ui, ctx, line);
                        ui.end_row();
                    }
                });
        });
}

/// The name the saves are signed with: given once, remembered.
fn name_row(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let id = egui::Id::unique("journal-name");
    let mut draft: String = ui.data_mut(|d| {
        d.get_temp(id)
            .unwrap_or_else(|| ctx.user_name.map_or_else(login_name, str::to_owned))
    });
    ui.horizontal(|ui| {
        let label = ui.label(s.journal_name);
        let edit = ui
            .add(TextEdit::singleline(&mut draft).desired_width(240.0))
            .labelled_by(label.id);
        let typed = draft.trim().to_owned();
        let unchanged = ctx.user_name == Some(typed.as_str());
        let keep = ui
            .add_enabled(
                !typed.is_empty() && !unchanged,
                egui::Button::new(s.journal_keep),
            )
            .clicked()
            || (edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
        if keep && !typed.is_empty() && !unchanged {
            ctx.requests.push(Request::SetUserName(typed));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, draft));
    if ctx.user_name.is_none() {
        ui.weak(s.journal_off);
    }
}

/// The account's login name, a first suggestion.
fn login_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default()
}

fn row(ui: &mut Ui, ctx: &SectionCtx<'_>, line: &JournalLine) {
    let s = ctx.s;
    ui.label(s.date_time(line.when));
    ui.label(&line.who);
    let place = match (line.list.as_str(), ListKind::from_field_name(&line.list)) {
        (_, Some(kind)) => format!("{} {} « {} »", (s.list_title)(kind), line.id, line.title),
        ("application", None) => s.merge_place_application.to_owned(),
        _ => s.merge_place_campus.to_owned(),
    };
    let what = match line.entry {
        JournalEntry::Added => fill(s.journal_added, &[("place", &place)]),
        JournalEntry::Removed => fill(s.journal_removed, &[("place", &place)]),
        JournalEntry::Changed => place,
    };
    ui.label(what);
    let fields: Vec<String> = line.fields.iter().map(|f| s.field_path(f)).collect();
    ui.label(fields.join(", "));
}
