//! Jalons: the dated events of the campus typed by the referent.

use egui::Ui;

use crate::model::ids::MilestoneId;
use crate::model::milestone::{Milestone, MilestoneKind, MilestoneStatus};
use crate::session::{Edit, ListKind, Record};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{self, Column, SortKey, TableView};

use super::{SectionCtx, enum_options};

/// Draws the milestone table and the form of the selected milestone.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let doc = ctx.doc;
    let d = doc.dossier();
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
    let action = table::show(
        ui,
        ctx.table,
        &TableView {
            id: "milestones",
            rows: &d.milestones,
            columns: &columns,
            id_of: |m| m.id.as_str(),
            revision: ctx.revision,
        },
        s,
    );
    let today = ctx.today;
    ctx.handle(
        action,
        ListKind::Milestones,
        d.milestones.len(),
        || {
            let id = MilestoneId::next_free(d.milestones.iter().map(|m| &m.id));
            let m = Milestone {
                id: id.clone(),
                kind: MilestoneKind::ComitePilotage,
                title: String::new(),
                date: today,
                status: MilestoneStatus::Prevu,
                note: String::new(),
            };
            (Record::Milestone(m), id.0)
        },
        |i| {
            let mut m = d.milestones.get(i)?.clone();
            m.id = MilestoneId::next_free(d.milestones.iter().map(|m| &m.id));
            let id = m.id.0.clone();
            Some((Record::Milestone(m), id))
        },
        |_| false,
    );
    ui.separator();
    let Some(index) = ctx
        .table
        .selected_index(d.milestones.iter().map(|m| m.id.as_str()))
    else {
        ui.weak(s.select_row);
        return;
    };
    let Some(original) = d.milestones.get(index) else {
        return;
    };
    let mut m = original.clone();
    let mut form = Form::new(
        ui,
        s,
        doc.findings(),
        ctx.focus,
        format!("milestones[{index}]"),
    );
    Form::grid(ui, "milestone-grid", |ui| {
        form.combo(
            ui,
            s.kind,
            "kind",
            &mut m.kind,
            &enum_options(&MilestoneKind::ALL, &s.milestone_kinds),
        );
        form.text(ui, s.title, "title", &mut m.title);
        form.date(ui, s.date, "date", &mut m.date);
        form.combo(
            ui,
            s.status,
            "status",
            &mut m.status,
            &enum_options(&MilestoneStatus::ALL, &s.milestone_statuses),
        );
        form.multiline(ui, s.note, "note", &mut m.note);
    });
    if m != *original {
        ctx.edits.push(Edit::Replace {
            index,
            record: Record::Milestone(m),
        });
    }
}
