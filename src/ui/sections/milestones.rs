//! Jalons: the dated events of the campus typed by the referent.

use egui::Ui;

use crate::model::ids::MilestoneId;
use crate::model::milestone::{Milestone, MilestoneKind, MilestoneStatus};
use crate::session::{ListKind, Record};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey, TableView};

use super::list::{self, ListSpec};
use super::{SectionCtx, enum_options};

/// Draws the milestone table and the form of the selected milestone.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let d = ctx.doc.dossier();
    let today = ctx.today;
    let columns = [
        Column::new(s.date, 150.0, move |m: &Milestone| s.date(m.date))
            .sort_by(|m: &Milestone| SortKey::Date(m.date)),
        Column::new(s.kind, 170.0, move |m: &Milestone| {
            s.milestone_kinds[m.kind as usize].to_owned()
        }),
        Column::new(s.title, 320.0, |m: &Milestone| m.title.clone()),
        Column::new(s.status, 90.0, move |m: &Milestone| {
            s.milestone_statuses[m.status as usize].to_owned()
        }),
        Column::new(s.note, 200.0, |m: &Milestone| m.note.clone()),
    ];
    let new_id = || MilestoneId::next_free(d.milestones.iter().map(|m| &m.id));
    let spec = ListSpec {
        view: TableView {
            id: "milestones",
            rows: &d.milestones,
            columns: &columns,
            id_of: |m| m.id.as_str(),
            revision: ctx.revision,
            editable: true,
            exportable: true,
            importable: false,
        },
        list: ListKind::Milestones,
        wrap: Record::Milestone,
        blank: &|| Milestone {
            id: new_id(),
            kind: MilestoneKind::ComitePilotage,
            title: String::new(),
            date: today,
            status: MilestoneStatus::Prevu,
            note: String::new(),
        },
        renew_id: &|m| m.id = new_id(),
        referenced: &|_| false,
        scroll_form: true,
    };
    list::ui(ui, ctx, &spec, |ui, form, m| {
        Form::grid(ui, "milestone-grid", |ui| {
            let kinds = enum_options(&MilestoneKind::ALL, &s.milestone_kinds);
            form.combo(ui, s.kind, "kind", &mut m.kind, &kinds);
            form.text(ui, s.title, "title", &mut m.title);
            form.date(ui, s.date, "date", &mut m.date);
            let statuses = enum_options(&MilestoneStatus::ALL, &s.milestone_statuses);
            form.combo(ui, s.status, "status", &mut m.status, &statuses);
            form.multiline(ui, s.note, "note", &mut m.note);
        });
    });
}
