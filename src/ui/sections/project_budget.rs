//! The budget view of a project: the grant estimate against the grant awarded, by cost item,
//! whether the call year's unit costs were checked, the participants whose distance is
//! unknown, and the targets planned vs implemented (a table and a bar chart).

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::i18n::{Strings, fill};
use crate::model::Dossier;
use crate::model::project::Project;
use crate::rules::budget::estimate_project;
use crate::rules::grant::{UnitCosts, for_call};
use crate::session::GRANTS_FOLDER;
use crate::ui::theme::{GROUP_SPACING, Tokens};

/// Draws the estimate of `project`.
pub fn ui(ui: &mut Ui, s: &'static Strings, d: &Dossier, project: &Project, tables: &[UnitCosts]) {
    let tokens = Tokens::of(ui);
    ui.strong(s.budget_view);
    let (b, costs) = estimate_project(d, project, tables);
    match for_call(tables, project.call_year) {
        None => {
            ui.colored_label(
                tokens.warning,
                fill(
                    s.budget_no_table_window,
                    &[
                        ("year", &project.call_year.to_string()),
                        ("folder", GRANTS_FOLDER),
                    ],
                ),
            );
            return;
        }
        Some(t) if !t.verified => {
            ui.colored_label(tokens.warning, s.budget_unverified_window)
                .on_hover_text(&t.source);
        }
        Some(t) => {
            ui.label(RichText::new(s.budget_verified_window).color(tokens.subdued))
                .on_hover_text(&t.source);
        }
    }
    let eur = |v: u32| s.euros(v);
    egui::Grid::new("budget-grid").striped(true).show(ui, |ui| {
        for (label, amount) in [
            (s.budget_travel, b.travel_eur),
            (s.budget_individual, b.individual_support_eur),
            (s.budget_organisational, b.organisational_support_eur),
            (s.budget_inclusion, b.inclusion_support_eur),
            (s.budget_course_fees, b.course_fees_eur),
        ] {
            ui.label(label);
            ui.label(eur(amount));
            ui.end_row();
        }
        ui.strong(s.budget_total);
        ui.strong(eur(b.total_eur));
        ui.end_row();
        if let Some(grant) = b.grant_eur {
            ui.label(s.grant_awarded);
            ui.label(eur(grant));
            ui.end_row();
            let (word, color) = if b.total_eur > grant {
                (s.budget_over, tokens.warning)
            } else {
                (s.budget_under, tokens.ok)
            };
            ui.label(word);
            ui.colored_label(color, eur(b.total_eur.abs_diff(grant)));
            ui.end_row();
        }
    });
    let unknown = costs.iter().filter(|c| !c.complete).count();
    if unknown > 0 {
        ui.colored_label(tokens.warning, s.count(&s.budget_incomplete, unknown, &[]));
    }
    if b.targets.is_empty() {
        return;
    }
    ui.add_space(GROUP_SPACING);
    ui.strong(s.budget_targets_window);
    egui::Grid::new("targets-vs").striped(true).show(ui, |ui| {
        for h in [
            s.activity,
            s.participants,
            s.total_days,
            s.accompanying,
            s.fewer_opportunities,
            s.green_travel,
        ] {
            ui.strong(h);
        }
        ui.end_row();
        let pair = |planned: u32, done: u32| format!("{done} / {planned}");
        for (n, t) in b.targets.iter().enumerate() {
            ui.label(format!("{} · {}", n + 1, (s.activity_label)(t.activity)));
            ui.label(pair(t.planned.participants, t.implemented.participants));
            ui.label(pair(t.planned.days, t.implemented.days));
            ui.label(pair(t.planned.accompanying, t.implemented.accompanying));
            ui.label(pair(
                t.planned.fewer_opportunities,
                t.implemented.fewer_opportunities,
            ));
            ui.label(pair(t.planned.green_travel, t.implemented.green_travel));
            ui.end_row();
        }
    });
    let planned: Vec<Bar> = b
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Bar::new(i as f64 - 0.18, f64::from(t.planned.participants))
                .width(0.34)
                .name((s.activity_label)(t.activity))
        })
        .collect();
    let done: Vec<Bar> = b
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Bar::new(i as f64 + 0.18, f64::from(t.implemented.participants))
                .width(0.34)
                .name((s.activity_label)(t.activity))
        })
        .collect();
    let groups = b.targets.len();
    Plot::new(("targets-chart", project.id.as_str()))
        .height(180.0)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .include_x(-0.7)
        .include_x(groups as f64 - 0.3)
        .include_y(0.0)
        // The groups are numbered as the lines of the table above (activity names would
        // overlap under the bars).
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 && (i as usize) < groups {
                format!("{}", i as usize + 1)
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(s.budget_planned, planned).color(tokens.subdued));
            plot.bar_chart(BarChart::new(s.budget_implemented, done).color(tokens.ok));
        });
}
