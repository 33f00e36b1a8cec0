//! Projets Erasmus+: each project with its reference, action, role, dates, grant and the
//! targets its application announced. Typing a valid reference fills the action and the call
//! year it says.

use egui::Ui;

use crate::model::erasmus::project_number;
use crate::model::mobility::ActivityType;
use crate::model::project::{KeyAction, Project, ProjectRole, Target};
use crate::rules::activities;
use crate::ui::theme::GROUP_SPACING;
use crate::ui::widgets::form::{Form, combo, number_edit};
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

impl ListSection for Project {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let d = ctx.doc.dossier();
        let today = ctx.today;
        let grants = ctx.grants;
        let export = std::cell::Cell::new(None);
        let participants = |p: &Project| {
            d.mobilities
                .iter()
                .filter(|m| m.project.as_ref() == Some(&p.id))
                .count()
        };
        let columns = vec![
            Column::new(s.project_number, 260.0, |p: &Project| p.reference.clone()),
            Column::new(s.key_action, 90.0, |p: &Project| {
                p.action.code().unwrap_or("CoVE").to_owned()
            }),
            Column::new(s.call_year, 80.0, |p: &Project| p.call_year.to_string())
                .sort_by(|p: &Project| SortKey::Int(i64::from(p.call_year))),
            Column::new(s.project_role, 150.0, move |p: &Project| {
                (s.project_role_label)(p.role).to_owned()
            }),
            Column::new(s.start, 120.0, move |p: &Project| s.opt_date(p.start)),
            Column::new(s.end, 120.0, move |p: &Project| s.opt_date(p.end)),
            Column::new(s.participants, 90.0, move |p: &Project| {
                participants(p).to_string()
            })
            .sort_by(move |p: &Project| SortKey::Int(participants(p) as i64)),
        ];
        let spec = ListSpec {
            id: "projects",
            columns: &columns,
            fill_new: &|p: &mut Project| {
                p.call_year = u16::try_from(chrono::Datelike::year(&today)).unwrap_or(2021);
            },
            renew_inner: None,
            scroll_form: true,
        };
        list::ui(ui, ctx, &spec, |ui, form, p| {
            if ui
                .button(s.bm_export_button)
                .on_hover_text(s.bm_export_tip)
                .clicked()
            {
                export.set(Some(p.id.clone()));
            }
            ui.add_space(GROUP_SPACING);
            Form::grid(ui, "project-grid", |ui| {
                let before = p.reference.clone();
                form.text(ui, s.project_number, "reference", &mut p.reference);
                if p.reference != before
                    && let Some(n) = project_number(&p.reference)
                {
                    p.call_year = n.call_year;
                    if let Some(action) = KeyAction::of_code(&n.action) {
                        p.action = action;
                    }
                }
                form.combo(
                    ui,
                    s.key_action,
                    "action",
                    &mut p.action,
                    &enum_options(&KeyAction::ALL, s.key_action_label),
                );
                form.number(ui, s.call_year, "call_year", &mut p.call_year);
                form.combo(
                    ui,
                    s.project_role,
                    "role",
                    &mut p.role,
                    &enum_options(&ProjectRole::ALL, s.project_role_label),
                );
                form.text(ui, s.accreditation, "accreditation", &mut p.accreditation);
                form.text(
                    ui,
                    s.grant_agreement,
                    "grant_agreement",
                    &mut p.grant_agreement,
                );
                form.opt_date(ui, s.start, "start", &mut p.start, today);
                form.opt_date(ui, s.end, "end", &mut p.end, p.start.unwrap_or(today));
                form.opt_number(ui, s.grant_awarded, "grant_eur", &mut p.grant_eur);
            });
            ui.add_space(GROUP_SPACING);
            targets(ui, s, p);
            ui.add_space(GROUP_SPACING);
            super::project_budget::ui(ui, s, d, p, grants);
        });
        if let Some(id) = export.take() {
            ctx.requests.push(super::Request::ExportBm(id));
        }
    }
}

/// The planned targets, one line per activity type: a compact table (each field named by its
/// column's header for screen readers).
fn targets(ui: &mut Ui, s: &'static crate::i18n::Strings, p: &mut Project) {
    ui.strong(s.targets);
    let offered = activities::offered(p.action, p.call_year);
    let choices = enum_options(
        if offered.is_empty() {
            &ActivityType::ALL
        } else {
            &offered
        },
        s.activity_label,
    );
    let mut remove = None;
    if !p.targets.is_empty() {
        egui::Grid::new("targets-grid").show(ui, |ui| {
            let headers: Vec<egui::Id> = [
                s.activity,
                s.participants,
                s.total_days,
                s.accompanying,
                s.fewer_opportunities,
                s.green_travel,
            ]
            .iter()
            .map(|h| ui.label(*h).id)
            .collect();
            ui.end_row();
            for (j, t) in p.targets.iter_mut().enumerate() {
                let id = |field: &str| egui::Id::unique(("target", p.id.as_str(), j, field));
                let label = |k: usize| headers.get(k).copied().unwrap_or(egui::Id::NULL);
                combo(ui, id("activity"), &mut t.activity, &choices, 250.0).labelled_by(label(0));
                for (k, value) in [
                    &mut t.participants,
                    &mut t.days,
                    &mut t.accompanying,
                    &mut t.fewer_opportunities,
                    &mut t.green_travel,
                ]
                .into_iter()
                .enumerate()
                {
                    number_edit(ui, s, id(&k.to_string()), value).labelled_by(label(k + 1));
                }
                if ui.small_button(format!("🗑 {}", s.delete)).clicked() {
                    remove = Some(j);
                }
                ui.end_row();
            }
        });
    }
    if let Some(j) = remove {
        p.targets.remove(j);
    }
    if ui.button(format!("✚ {}", s.add_target)).clicked() {
        let used: Vec<ActivityType> = p.targets.iter().map(|t| t.activity).collect();
        let activity = offered
            .iter()
            .copied()
            .find(|a| !used.contains(a))
            .unwrap_or_default();
        p.targets.push(Target {
            activity,
            ..Target::default()
        });
    }
}
