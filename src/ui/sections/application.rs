//! Candidature: the labelling criteria checklist with its scores, and the free texts of the
//! application file.

use crate::i18n::fill;
use egui::{RichText, Ui};

use crate::model::label::LabelCategory;
use crate::rules::readiness::{Check, Level, readiness};
use crate::session::Edit;
use crate::ui::theme::{GROUP_SPACING, Tokens};
use crate::ui::widgets::form::Form;

use super::{Request, SectionCtx};

/// Width of the level before each criterion's title.
const LEVEL_WIDTH: f32 = 110.0;

/// Where a criterion is fixed: the field, or the list, its link goes to.
fn where_to_fix(check: Check) -> &'static str {
    match check {
        Check::Convention
        | Check::SchoolAndHigherEducation
        | Check::Companies
        | Check::Research
        | Check::Governance => "partners",
        Check::Support => "campus.etablissement_support",
        Check::Director => "campus.directeur.name",
        Check::PresidentFromBusiness => "campus.president.from_business",
        Check::FormationLevels | Check::Apprenticeship => "sectors",
        Check::Accommodation => "campus.lieu_de_vie",
        Check::International => "mobilities",
        Check::ActionPlan => "actions",
        Check::Indicators => "indicators",
        Check::LabelDuration => "label_decisions",
    }
}

/// Draws the checklist and the application texts.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let d = ctx.doc.dossier();
    let r = readiness(d);
    let tokens = Tokens::of(ui);
    egui::ScrollArea::vertical()
        .id_salt("application")
        .show(ui, |ui| {
            ui.heading(s.readiness_title);
            ui.weak(fill(s.criteria_version, &[("n", &r.version.to_string())]));
            ui.horizontal(|ui| {
                for (label, category) in [
                    (s.score_cmq, LabelCategory::Cmq),
                    (s.score_excellence, LabelCategory::Excellence),
                ] {
                    let (got, max) = r.score(category);
                    let color = if got == max {
                        tokens.ok
                    } else if got * 2 >= max {
                        tokens.warning
                    } else {
                        tokens.late
                    };
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(
                            RichText::new(format!("{got} / {max}"))
                                .size(22.0)
                                .strong()
                                .color(color),
                        );
                        ui.label(label);
                    });
                }
            });
            ui.add_space(GROUP_SPACING);
            // One criterion per block: its level and title (a link to where it is filled in),
            // then its evidence and what to do, indented and wrapped to the page's width.
            for a in &r.items {
                let (mark, color) = match a.level {
                    Level::Met => ("✔", tokens.ok),
                    Level::Partly => ("◑", tokens.warning),
                    Level::Missing => ("✖", tokens.late),
                };
                ui.horizontal(|ui| {
                    ui.add_sized(
                        [LEVEL_WIDTH, 18.0],
                        egui::Label::new(
                            RichText::new(format!("{mark} {}", (s.readiness_level_label)(a.level)))
                                .color(color),
                        ),
                    );
                    // An « excellence »-only criterion says so in its title.
                    let title = (s.criterion_title)(a.criterion.check);
                    if ui
                        .link(RichText::new(title))
                        .on_hover_text(s.go_to_fix)
                        .clicked()
                    {
                        ctx.requests
                            .push(Request::Open(where_to_fix(a.criterion.check).to_owned()));
                    }
                });
                ui.indent(("evidence", a.criterion.code), |ui| {
                    for e in &a.evidence {
                        ui.label((s.evidence)(e));
                    }
                    if let Some(advice) = a.advice {
                        ui.label(
                            RichText::new(s.labelled(s.to_do, (s.advice)(advice))).color(color),
                        );
                    }
                });
                ui.add_space(6.0);
            }
            ui.add_space(GROUP_SPACING * 2.0);
            ui.heading(s.application_texts);
            let original = &d.application;
            let mut texts = original.clone();
            let mut form = Form::new(ui, s, ctx.doc.findings(), ctx.focus, "application");
            Form::grid(ui, "application-grid", |ui| {
                let parts = [
                    ("opportunite", &mut texts.opportunite),
                    ("offre_formation", &mut texts.offre_formation),
                    ("partenariats", &mut texts.partenariats),
                    ("projet_pedagogique", &mut texts.projet_pedagogique),
                    ("pilotage", &mut texts.pilotage),
                    ("international", &mut texts.international),
                    ("plan_actions", &mut texts.plan_actions),
                ];
                for ((field, value), title) in parts.into_iter().zip(s.application_parts) {
                    form.long_text(ui, title, field, value);
                }
            });
            if texts != *original {
                ctx.edits.push(Edit::Application(Box::new(texts)));
            }
        });
}
