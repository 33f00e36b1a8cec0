//! Calendrier: the dossier's timeline (label periods, deadlines, milestones, actions), painted,
//! with the same items as a sortable, filterable list below it.

use egui::Ui;

use crate::model::ListKind;
use crate::model::milestone::MilestoneKind;
use crate::rules::calendar::{ItemKind, LabelStatus, TimelineItem, timeline};
use crate::ui::widgets::table::{self, Column, SortKey, TableView};
use crate::ui::widgets::timeline as painted;

use super::{Request, SectionCtx};

/// One row of the list: a stable key and the item.
type Row = (String, TimelineItem);

/// Draws the timeline and the list of its items.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let t = timeline(ctx.doc.dossier(), ctx.calendar, ctx.today);
    // Where the label stands today, in the same words as the dossier list and the PDF.
    let tokens = crate::ui::theme::Tokens::of(ui);
    let color = match t.label {
        LabelStatus::Active { .. } => tokens.ok,
        LabelStatus::Undated { .. } => tokens.warning,
        _ => tokens.late,
    };
    ui.label(
        egui::RichText::new(s.labelled(s.label_today, &s.label_status(t.label)))
            .strong()
            .color(color),
    );
    rules_ui(ui, ctx);
    egui::ScrollArea::vertical()
        .id_salt("timeline-canvas")
        .max_height(ui.available_height() * 0.55)
        .show(ui, |ui| {
            if let Some(path) = painted::show(ui, ctx.timeline, &t, ctx.today, s) {
                ctx.requests.push(Request::Open(path));
            }
        });
    ui.separator();
    let rows: Vec<Row> = t
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| (format!("{i}:{:?}", item.title), item.clone()))
        .collect();
    let columns = [
        Column::new(s.date, 140.0, move |r: &Row| s.date(r.1.date))
            .sort_by(|r: &Row| SortKey::Date(r.1.date)),
        Column::new(s.end, 140.0, move |r: &Row| {
            r.1.end.map_or_else(String::new, |e| s.date(e))
        })
        .sort_by(|r: &Row| r.1.end.map_or(SortKey::Empty, SortKey::Date)),
        Column::new(s.kind, 170.0, move |r: &Row| kind_label(s, r.1.kind)),
        Column::new(s.title, 360.0, move |r: &Row| (s.item_title)(&r.1.title)),
        Column::new(s.status, 100.0, move |r: &Row| {
            (s.item_status_label)(r.1.status).to_owned()
        })
        .sort_by(|r: &Row| SortKey::Int(r.1.status as i64)),
    ];
    table::show(
        ui,
        ctx.table,
        &TableView {
            id: "timeline-list",
            rows: &rows,
            columns: &columns,
            id_of: |r| r.0.as_str(),
            // Rows derived from the whole dossier: recomputed whenever it changes.
            revision: ctx.doc.revision(),
            replaced_since: &|_| None,
            editable: false,
            exportable: false,
            importable: false,
        },
        s,
    );
    let selected = ctx.table.selected_index(rows.iter().map(|r| r.0.as_str()));
    if let Some(path) = selected
        .and_then(|i| rows.get(i))
        .and_then(|r| r.1.path.clone())
        && ui.button(s.open_record).clicked()
    {
        ctx.requests.push(Request::Open(path));
    }
}

/// The calendar rules, editable; a change applies to every campus of the workspace.
fn rules_ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let mut rules = ctx.calendar.clone();
    egui::CollapsingHeader::new(s.calendar_rules).show(ui, |ui| {
        egui::Grid::new("calendar-rules")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(s.bilan_2019);
                ui.horizontal(|ui| {
                    let mut on = rules.bilan_2019_years.is_some();
                    if ui.checkbox(&mut on, "").labelled_by(label.id).changed() {
                        rules.bilan_2019_years = on.then_some(2);
                    }
                    if let Some(years) = rules.bilan_2019_years.as_mut() {
                        ui.add(
                            egui::DragValue::new(years)
                                .range(1..=4)
                                .suffix(s.years_suffix),
                        );
                    }
                });
                ui.end_row();
                let label = ui.label(s.renewal_lead);
                ui.add(
                    egui::DragValue::new(&mut rules.renewal_lead_months)
                        .range(1..=24)
                        .suffix(s.months_suffix),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(s.due_soon);
                ui.add(
                    egui::DragValue::new(&mut rules.due_soon_days)
                        .range(1..=365)
                        .suffix(s.days_suffix),
                )
                .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(s.reminders);
                let mut text = rules
                    .reminder_days
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                if ui
                    .add(egui::TextEdit::singleline(&mut text).desired_width(120.0))
                    .labelled_by(label.id)
                    .changed()
                {
                    rules.reminder_days = text
                        .split([',', ' ', ';'])
                        .filter_map(|x| x.trim().parse().ok())
                        .collect();
                }
                ui.end_row();
            });
    });
    if rules != *ctx.calendar {
        ctx.requests.push(Request::SetCalendarRules(rules));
    }
}

fn kind_label(s: &crate::i18n::Strings, kind: ItemKind) -> String {
    match kind {
        ItemKind::Milestone(k) => (s.milestone_kind_label)(k).to_owned(),
        ItemKind::Action => (s.list_title)(ListKind::Actions).to_owned(),
        ItemKind::LabelStart => {
            (s.milestone_kind_label)(MilestoneKind::ArreteLabellisation).to_owned()
        }
        ItemKind::LabelEnd => s.label_end.to_owned(),
        ItemKind::BilanEtape => (s.milestone_kind_label)(MilestoneKind::BilanEtape).to_owned(),
        ItemKind::Evaluation => (s.milestone_kind_label)(MilestoneKind::Evaluation).to_owned(),
        ItemKind::RenewalDue => (s.milestone_kind_label)(MilestoneKind::Renouvellement).to_owned(),
        ItemKind::Reminder => s.reminder.to_owned(),
    }
}
