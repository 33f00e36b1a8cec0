//! Candidature: the labelling criteria checklist, grouped by where each requirement comes
//! from and citing its source, and the free texts of the application file.

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
        | Check::Eple
        | Check::Research
        | Check::Governance
        | Check::GovernanceStateRegionEconomy
        | Check::EuropeanPartnerships => "partners",
        Check::Support => "campus.etablissement_support",
        Check::Director => "campus.directeur.name",
        Check::PresidentFromBusiness => "campus.president.from_business",
        Check::Publics | Check::Continuum | Check::MixedStatuses => "sectors",
        Check::Accommodation | Check::PlaceOfLife => "campus.lieu_de_vie",
        Check::Opportunity => "application.opportunite",
        Check::PedagogicalInnovation => "application.projet_pedagogique",
        Check::International | Check::Inclusion | Check::Reach => "mobilities",
        Check::ActionPlan | Check::Orientation => "actions",
        Check::Indicators => "indicators",
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
            // How many items are met: no score, the jury's grid is not known.
            ui.horizontal(|ui| {
                for (label, category) in [
                    (s.score_cmq, LabelCategory::Cmq),
                    (s.score_excellence, LabelCategory::Excellence),
                ] {
                    let (met, all) = r.met(category);
                    let color = if met == all {
                        tokens.ok
                    } else {
                        tokens.warning
                    };
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(
                            RichText::new(format!("{met} / {all}"))
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
            let mut part = None;
            for a in &r.items {
                if part != Some(a.criterion.part) {
                    part = Some(a.criterion.part);
                    ui.add_space(GROUP_SPACING);
                    ui.strong((s.part_label)(a.criterion.part));
                }
                let (mark, color) = match a.level {
                    Level::Met => ("✔", tokens.ok),
                    Level::ToCheck => ("👁", tokens.upcoming),
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
                    // An « excellence » criterion says so in its title.
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
                    ui.label(
                        RichText::new((s.source_text)(&a.criterion.source))
                            .small()
                            .color(tokens.subdued),
                    );
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
