//! Jalons: the dated events of the campus typed by the referent.

use egui::Ui;

use crate::model::ids::DecisionId;
use crate::model::milestone::{Milestone, MilestoneKind, MilestoneStatus};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

impl ListSection for Milestone {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let today = ctx.today;
        let decisions = ctx.doc.dossier().label_decisions.clone();
        let columns = [
            Column::new(s.date, 150.0, move |m: &Milestone| s.date(m.date))
                .sort_by(|m: &Milestone| SortKey::Date(m.date)),
            Column::new(s.kind, 170.0, move |m: &Milestone| {
                (s.milestone_kind_label)(m.kind).to_owned()
            }),
            Column::new(s.title, 320.0, |m: &Milestone| m.title.clone()),
            Column::new(s.status, 90.0, move |m: &Milestone| {
                (s.milestone_status_label)(m.status).to_owned()
            }),
            Column::new(s.note, 200.0, |m: &Milestone| m.note.clone()),
        ];
        let spec = ListSpec {
            id: "milestones",
            columns: &columns,
            fill_new: &|m: &mut Milestone| m.date = today,
            renew_inner: None,
            scroll_form: true,
        };
        list::ui(ui, ctx, &spec, |ui, form, m| {
            Form::grid(ui, "milestone-grid", |ui| {
                let kinds = enum_options(&MilestoneKind::ALL, s.milestone_kind_label);
                form.combo(ui, s.kind, "kind", &mut m.kind, &kinds);
                form.text(ui, s.title, "title", &mut m.title);
                form.date(ui, s.date, "date", &mut m.date);
                let mut statuses = enum_options(&MilestoneStatus::ALL, s.milestone_status_label);
                // A milestone still to come cannot be done yet (one already marked keeps it).
                if m.date > today && m.status != MilestoneStatus::Fait {
                    statuses.retain(|(status, _)| *status != MilestoneStatus::Fait);
                }
                form.combo(ui, s.status, "status", &mut m.status, &statuses);
                // The label period it settles: by default the one whose dates it falls in.
                let mut periods: Vec<(Option<DecisionId>, String)> =
                    vec![(None, s.by_its_date.to_owned())];
                periods.extend(decisions.iter().filter(|x| x.kind.grants()).map(|x| {
                    (
                        Some(x.id.clone()),
                        format!(
                            "{} — {}",
                            s.opt_date(x.date),
                            (s.decision_kind_label)(x.kind)
                        ),
                    )
                }));
                form.combo(ui, s.label_period, "decision", &mut m.decision, &periods);
                form.multiline(ui, s.note, "note", &mut m.note);
            });
        });
    }
}
