//! Plan d'actions: actions by axis, with lead partner, period, budget and indicators.

use egui::Ui;

use crate::model::action::{Action, ActionStatus, BudgetLine};
use crate::ui::theme::GROUP_SPACING;
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

impl ListSection for Action {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let doc = ctx.doc;
        let d = doc.dossier();
        let lead_name = |a: &Action| {
            a.lead.as_ref().map_or_else(String::new, |id| {
                d.partner(id)
                    .map_or_else(|| id.to_string(), |p| p.name.clone())
            })
        };
        let columns = [
            Column::new(s.axis, 200.0, |a: &Action| a.axis.clone()),
            Column::new(s.title, 260.0, |a: &Action| a.title.clone()),
            Column::new(s.lead, 180.0, lead_name),
            Column::new(s.start, 130.0, move |a: &Action| s.opt_date(a.start))
                .sort_by(|a: &Action| a.start.map_or(SortKey::Empty, SortKey::Date)),
            Column::new(s.end, 130.0, move |a: &Action| s.opt_date(a.end))
                .sort_by(|a: &Action| a.end.map_or(SortKey::Empty, SortKey::Date)),
            Column::new(s.status, 90.0, move |a: &Action| {
                (s.action_status_label)(a.status).to_owned()
            }),
            Column::new(s.budget, 110.0, move |a: &Action| s.money(a.total_cents()))
                .sort_by(|a: &Action| SortKey::Int(a.total_cents())),
        ];
        let today = ctx.today;
        let spec = ListSpec {
            id: "actions",
            columns: &columns,
            // A new action usually belongs to the same axis as the last one, and starts today.
            fill_new: &|a: &mut Action| {
                a.axis = d.actions.last().map(|a| a.axis.clone()).unwrap_or_default();
                a.start = Some(today);
            },
            renew_inner: None,
            scroll_form: true,
        };
        let partners = ctx.partner_options();
        list::ui(ui, ctx, &spec, |ui, form, a| {
            Form::grid(ui, "action-grid", |ui| {
                form.text(ui, s.axis, "axis", &mut a.axis);
                form.text(ui, s.title, "title", &mut a.title);
                form.multiline(ui, s.description, "description", &mut a.description);
                form.combo(ui, s.lead, "lead", &mut a.lead, &partners);
                form.opt_date(ui, s.start, "start", &mut a.start, today);
                form.opt_date(ui, s.end, "end", &mut a.end, a.start.unwrap_or(today));
                form.combo(
                    ui,
                    s.status,
                    "status",
                    &mut a.status,
                    &enum_options(&ActionStatus::ALL, s.action_status_label),
                );
            });
            ui.add_space(GROUP_SPACING);
            ui.collapsing(
                format!("{} ({})", s.other_partners, a.partners.len()),
                |ui| {
                    for p in &d.partners {
                        let mut on = a.partners.contains(&p.id);
                        if ui.checkbox(&mut on, &p.name).changed() {
                            if on {
                                a.partners.push(p.id.clone());
                            } else {
                                a.partners.retain(|x| *x != p.id);
                            }
                        }
                    }
                },
            );
            ui.add_space(GROUP_SPACING);
            ui.strong(format!("{} — {}", s.budget, s.money(a.total_cents())));
            let mut remove = None;
            Form::grid(ui, "budget-grid", |ui| {
                for (j, line) in a.budget.iter_mut().enumerate() {
                    form.nested(&format!("budget[{j}]"), |form| {
                        form.text(ui, s.funder, "funder", &mut line.funder);
                        form.money(ui, s.amount, "amount_cents", &mut line.amount_cents);
                    });
                    if ui.small_button(format!("🗑 {}", s.delete)).clicked() {
                        remove = Some(j);
                    }
                    ui.end_row();
                }
            });
            if let Some(j) = remove {
                a.budget.remove(j);
            }
            if ui.button(format!("✚ {}", s.funder)).clicked() {
                a.budget.push(BudgetLine::default());
            }
            ui.add_space(GROUP_SPACING);
            ui.strong(s.linked_indicators);
            ui.horizontal_wrapped(|ui| {
                for x in &d.indicators {
                    let mut on = a.indicators.contains(&x.id);
                    if ui
                        .checkbox(&mut on, &x.code)
                        .on_hover_text(&x.label)
                        .changed()
                    {
                        if on {
                            a.indicators.push(x.id.clone());
                        } else {
                            a.indicators.retain(|i| *i != x.id);
                        }
                    }
                }
            });
        });
    }
}
