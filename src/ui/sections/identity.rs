//! Identity & label: the campus form and the history of label decisions.

use egui::{RichText, Ui};

use crate::model::label::{DecisionKind, LabelCategory, LabelDecision};
use crate::model::reference::{ACADEMIES, FILIERES, REGIONS};
use crate::session::Edit;
use crate::ui::theme::{GROUP_SPACING, Tokens};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

/// Draws the campus form, then the label decisions.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    egui::ScrollArea::vertical()
        .id_salt("identity")
        .show(ui, |ui| {
            campus_ui(ui, ctx);
            ui.add_space(GROUP_SPACING * 2.0);
            ui.heading(ctx.s.label_history);
            <LabelDecision as ListSection>::ui(ui, ctx);
        });
}

fn campus_ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let doc = ctx.doc;
    let original = &doc.dossier().campus;
    let mut c = original.clone();
    let partner_options = ctx.partner_options();
    let mut form = Form::new(ui, s, ctx.doc.findings(), ctx.focus, "campus");
    Form::grid(ui, "campus-grid", |ui| {
        form.text(ui, s.name, "name", &mut c.name);
        form.text(ui, s.short_name, "short_name", &mut c.short_name);
        let regions: Vec<(String, String)> = REGIONS
            .iter()
            .map(|r| (r.code.to_owned(), r.name.to_owned()))
            .collect();
        form.combo(
            ui,
            s.region,
            "region_academique",
            &mut c.region_academique,
            &regions,
        );
        let label = ui.label(s.academies);
        ui.horizontal_wrapped(|ui| {
            for a in ACADEMIES
                .iter()
                .filter(|a| a.region == Some(c.region_academique.as_str()))
            {
                let mut on = c.academies.iter().any(|x| x == a.code);
                if ui.checkbox(&mut on, a.name).labelled_by(label.id).changed() {
                    if on {
                        c.academies.push(a.code.to_owned());
                    } else {
                        c.academies.retain(|x| x != a.code);
                    }
                }
            }
            form.messages(ui, "campus.academies");
        });
        ui.end_row();
        let filieres: Vec<(String, String)> = FILIERES
            .iter()
            .map(|f| (f.code.to_owned(), s.filiere_name(f).to_owned()))
            .collect();
        form.combo(ui, s.filiere, "secteur", &mut c.secteur, &filieres);
        form.combo(
            ui,
            s.support,
            "etablissement_support",
            &mut c.etablissement_support,
            &partner_options,
        );
        form.text(ui, s.website, "website", &mut c.website);
    });
    ui.add_space(GROUP_SPACING);
    ui.strong(s.director);
    Form::grid(ui, "director-grid", |ui| {
        form.nested("directeur", |form| {
            form.text(ui, s.name, "name", &mut c.directeur.name);
            form.text(ui, s.email, "email", &mut c.directeur.email);
            form.text(ui, s.phone, "phone", &mut c.directeur.phone);
        });
    });
    ui.add_space(GROUP_SPACING);
    ui.strong(s.president);
    Form::grid(ui, "president-grid", |ui| {
        form.nested("president", |form| {
            form.text(ui, s.name, "name", &mut c.president.name);
            form.text(
                ui,
                s.organisation,
                "organisation",
                &mut c.president.organisation,
            );
            form.checkbox(
                ui,
                s.from_business,
                "from_business",
                &mut c.president.from_business,
            );
        });
    });
    ui.add_space(GROUP_SPACING);
    Form::grid(ui, "notes-grid", |ui| {
        form.multiline(ui, s.lieu_de_vie, "lieu_de_vie", &mut c.lieu_de_vie);
        form.multiline(ui, s.notes, "notes", &mut c.notes);
    });
    if c != *original {
        ctx.edits.push(Edit::Campus(Box::new(c)));
    }
}

/// The label decisions, drawn under the campus form.
impl ListSection for LabelDecision {
    const OWN_SECTION: bool = false;

    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let doc = ctx.doc;
        let d = doc.dossier();
        let columns = [
            Column::new(s.arrete_date, 150.0, move |x: &LabelDecision| {
                s.opt_date(x.date)
            })
            .sort_by(|x: &LabelDecision| x.date.map_or(SortKey::Empty, SortKey::Date)),
            Column::new(s.decision_kind, 170.0, move |x: &LabelDecision| {
                (s.decision_kind_label)(x.kind).to_owned()
            }),
            Column::new(s.category, 150.0, move |x: &LabelDecision| {
                (s.category_label)(x.category).to_owned()
            }),
            Column::new(s.duration_years, 110.0, |x: &LabelDecision| {
                x.duration_years.map_or_else(String::new, |y| y.to_string())
            }),
            Column::new(s.label_end, 150.0, move |x: &LabelDecision| {
                s.opt_date(x.end_date())
            })
            .sort_by(|x: &LabelDecision| x.end_date().map_or(SortKey::Empty, SortKey::Date)),
            Column::new(s.reference_nor, 150.0, |x: &LabelDecision| {
                x.reference.clone()
            }),
        ];
        let today = ctx.today;
        let spec = ListSpec {
            id: "decisions",
            columns: &columns,
            // A new decision renews the current label by default, for the longest duration.
            fill_new: &|x: &mut LabelDecision| {
                if !d.label_decisions.is_empty() {
                    x.kind = DecisionKind::Renouvellement;
                }
                x.category = d.category().unwrap_or_default();
                x.date = Some(today);
                x.duration_years = Some(5);
            },
            renew_inner: None,
            // The identity section scrolls as a whole.
            scroll_form: false,
        };
        list::ui(ui, ctx, &spec, |ui, form, x| {
            Form::grid(ui, "decision-grid", |ui| {
                form.combo(
                    ui,
                    s.decision_kind,
                    "kind",
                    &mut x.kind,
                    &enum_options(&DecisionKind::ALL, s.decision_kind_label),
                );
                form.combo(
                    ui,
                    s.category,
                    "category",
                    &mut x.category,
                    &enum_options(&LabelCategory::ALL, s.category_label),
                );
                let regime_before = x.regime();
                form.opt_date(ui, s.arrete_date, "date", &mut x.date, today);
                // A duration at its regime's longest follows the date into another regime
                // (a decision of 2014 typed over the new one's default lasts 4 years, not 5).
                if let (Some(before), Some(after)) = (regime_before, x.regime())
                    && before != after
                    && x.duration_years == Some(before.max_years())
                {
                    x.duration_years = Some(after.max_years());
                }
                form.opt_number(
                    ui,
                    s.duration_years,
                    "duration_years",
                    &mut x.duration_years,
                );
                ui.label(s.label_end);
                ui.label(RichText::new(s.opt_date(x.end_date())).color(Tokens::of(ui).subdued));
                ui.end_row();
                form.text(ui, s.reference_nor, "reference", &mut x.reference);
                form.opt_date(
                    ui,
                    s.published_on,
                    "published_on",
                    &mut x.published_on,
                    today,
                );
                form.text(ui, s.jorf, "jorf", &mut x.jorf);
                // Always shown, whatever the kind and the date: no row appears under the pointer.
                form.text(ui, s.decision_name, "name", &mut x.name);
                form.checkbox(
                    ui,
                    s.internationale,
                    "internationale",
                    &mut x.internationale,
                );
                form.multiline(ui, s.note, "note", &mut x.note);
            });
        });
    }
}
