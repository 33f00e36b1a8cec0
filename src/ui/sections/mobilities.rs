//! Mobilité Erasmus+: one participant per row, with its project, activity, trip and dates. A
//! group is entered in one gesture: « add 8 participants like this one » makes 8 records that
//! share the trip (numbered in their project) and can then differ.

use egui::{RichText, Ui};

use crate::i18n::{Strings, fill};
use crate::model::Dossier;
use crate::model::ids::{MobilityId, ProjectId};
use crate::model::mobility::{ActivityType, Direction, Mobility, ParticipantKind, Transport};
use crate::model::reference;
use crate::model::{ListKind, RecordKind};
use crate::rules::activities;
use crate::session::Edit;
use crate::ui::theme::{GROUP_SPACING, Tokens};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

/// The most participants one gesture adds.
const MAX_GROUP: u32 = 99;

/// The columns of the mobility table (public for the keystroke benchmark, which refreshes the
/// table's cache as the window does).
pub fn columns(s: &'static Strings) -> Vec<Column<'static, Mobility>> {
    vec![
        Column::new(s.activity_id, 175.0, |m: &Mobility| m.activity_id.clone()),
        Column::new(s.participant_name, 140.0, |m: &Mobility| m.name.clone()),
        Column::new(s.activity, 190.0, move |m: &Mobility| {
            (s.activity_label)(m.activity).to_owned()
        }),
        Column::new(s.participant, 110.0, move |m: &Mobility| {
            (s.participant_kind_label)(m.participant).to_owned()
        }),
        Column::new(s.direction, 80.0, move |m: &Mobility| {
            (s.direction_label)(m.direction).to_owned()
        }),
        Column::new(s.country, 60.0, |m: &Mobility| m.country.clone()),
        Column::new(s.city, 110.0, |m: &Mobility| m.city.clone()),
        Column::new(s.start, 130.0, move |m: &Mobility| s.date(m.start))
            .sort_by(|m: &Mobility| SortKey::Date(m.start)),
        Column::new(s.duration, 80.0, move |m: &Mobility| {
            format!("{} {}", m.duration_days(), s.days)
        })
        .sort_by(|m: &Mobility| SortKey::Int(m.duration_days())),
        Column::new(s.receiving, 200.0, |m: &Mobility| m.receiving_org.clone()),
    ]
}

/// The Mobility activity ID number `n` of `project` (`MOB-00001` without one).
fn activity_id(d: &Dossier, project: Option<&ProjectId>, n: u32) -> String {
    project
        .and_then(|id| d.projects.iter().find(|p| &p.id == id))
        .map_or_else(|| format!("MOB-{n:05}"), |p| p.mobility_id(n))
}

/// A new participant: the project of the last one (or the last project), the campus as the
/// sender, leaving from the city of its établissement support.
fn fill_new(d: &Dossier, today: chrono::NaiveDate, m: &mut Mobility) {
    m.project = d
        .mobilities
        .last()
        .and_then(|last| last.project.clone())
        .or_else(|| d.projects.last().map(|p| p.id.clone()));
    m.activity_id = activity_id(
        d,
        m.project.as_ref(),
        d.highest_activity_number(m.project.as_ref()) + 1,
    );
    d.campus.display_name().clone_into(&mut m.sending_org);
    m.departure_country = "FR".into();
    if let Some(support) = d
        .campus
        .etablissement_support
        .as_ref()
        .and_then(|id| d.partner(id))
    {
        support.commune.clone_into(&mut m.departure_city);
    }
    m.country = "DE".into();
    m.start = today;
    m.end = today + chrono::Duration::days(13);
}

/// « Add N participants like the selected one » (or N new ones): one edit, one undo step.
fn add_group(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let d = ctx.doc.dossier();
    let count_id = ui.scope_id().with("group-size");
    let mut count: u32 = ui.data_mut(|m| *m.get_temp_mut_or(count_id, 8));
    let selected = ctx
        .table
        .selected
        .as_deref()
        .and_then(|id| d.mobilities.iter().find(|m| m.id.as_str() == id));
    ui.horizontal(|ui| {
        let label = ui.label(s.add_group);
        let r = ui
            .add(egui::DragValue::new(&mut count).range(1..=MAX_GROUP))
            .labelled_by(label.id);
        if r.changed() {
            ui.data_mut(|m| m.insert_temp(count_id, count));
        }
        let text = fill(
            if selected.is_some() {
                s.add_group_like
            } else {
                s.add_group_new
            },
            &[("n", &count.to_string())],
        );
        if ui.button(text).clicked() {
            let model = selected.cloned().unwrap_or_else(|| {
                let mut m = Mobility::default();
                fill_new(d, ctx.today, &mut m);
                m
            });
            let ids = ListKind::Mobilities.fresh_ids(d, count as usize);
            // The first one added is selected: its form shows what was made.
            ctx.table.selected = ids.first().cloned();
            let first_number = d.highest_activity_number(model.project.as_ref());
            let edits: Vec<Edit> = ids
                .into_iter()
                .zip(1..)
                .map(|(id, n)| {
                    let mut m = model.clone();
                    m.id = MobilityId(id);
                    m.name.clear();
                    m.activity_id = activity_id(d, model.project.as_ref(), first_number + n);
                    Edit::Insert {
                        index: d.mobilities.len() + n as usize - 1,
                        record: m.into_record(),
                    }
                })
                .collect();
            ctx.edits.push(Edit::Batch(edits));
        }
    });
}

impl ListSection for Mobility {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let doc = ctx.doc;
        let d = doc.dossier();
        let columns = columns(s);
        let today = ctx.today;
        add_group(ui, ctx);
        let spec = ListSpec {
            id: "mobilities",
            columns: &columns,
            fill_new: &|m: &mut Mobility| fill_new(d, today, m),
            // A duplicate is another participant of the trip: its own activity ID, no name.
            renew_inner: Some(&|m: &mut Mobility| {
                m.name.clear();
                m.activity_id = activity_id(
                    d,
                    m.project.as_ref(),
                    d.highest_activity_number(m.project.as_ref()) + 1,
                );
            }),
            scroll_form: true,
        };
        let countries = ctx.country_options();
        let mut projects: Vec<(Option<ProjectId>, String)> = vec![(None, s.no_project.to_owned())];
        projects.extend(d.projects.iter().map(|p| {
            (
                Some(p.id.clone()),
                format!("{} ({})", p.reference, p.call_year),
            )
        }));
        list::ui(ui, ctx, &spec, |ui, form, m| {
            let project = m
                .project
                .as_ref()
                .and_then(|id| d.projects.iter().find(|p| &p.id == id));
            Form::grid(ui, "participant-grid", |ui| {
                form.combo(ui, s.project, "project", &mut m.project, &projects);
                form.text(ui, s.activity_id, "activity_id", &mut m.activity_id);
                form.text(ui, s.participant_name, "name", &mut m.name);
                form.combo(
                    ui,
                    s.participant,
                    "participant",
                    &mut m.participant,
                    &enum_options(&ParticipantKind::ALL, s.participant_kind_label),
                );
                let offered =
                    project.map_or_else(Vec::new, |p| activities::offered(p.action, p.call_year));
                let offered = if offered.is_empty() {
                    ActivityType::ALL.to_vec()
                } else {
                    offered
                };
                form.combo(
                    ui,
                    s.activity,
                    "activity",
                    &mut m.activity,
                    &enum_options(&offered, s.activity_label),
                );
                form.combo(
                    ui,
                    s.direction,
                    "direction",
                    &mut m.direction,
                    &enum_options(
                        &[Direction::Sortante, Direction::Entrante],
                        s.direction_label,
                    ),
                );
                form.text(ui, s.sending, "sending_org", &mut m.sending_org);
                form.combo(
                    ui,
                    s.departure_country,
                    "departure_country",
                    &mut m.departure_country,
                    &countries,
                );
                form.text(
                    ui,
                    s.departure_city,
                    "departure_city",
                    &mut m.departure_city,
                );
                form.text(ui, s.receiving, "receiving_org", &mut m.receiving_org);
                form.combo(
                    ui,
                    s.receiving_country,
                    "country",
                    &mut m.country,
                    &countries,
                );
                ui.label(s.erasmus_group);
                let group = reference::country(&m.country)
                    .and_then(|c| c.erasmus_group)
                    .map_or_else(|| "—".to_owned(), |g| g.to_string());
                ui.label(RichText::new(group).color(Tokens::of(ui).subdued));
                ui.end_row();
                form.text(ui, s.receiving_city, "city", &mut m.city);
                form.date(ui, s.start, "start", &mut m.start);
                form.date(ui, s.end, "end", &mut m.end);
                let rule = match project {
                    Some(p) => activities::rule(m.activity, p.action, p.call_year),
                    None => activities::current(m.activity),
                };
                ui.label(s.duration);
                let bounds = rule.map_or_else(String::new, |r| {
                    format!(" ({}–{} {})", r.min_days, r.max_days, s.days)
                });
                ui.label(
                    RichText::new(format!("{} {}{bounds}", m.duration_days(), s.days))
                        .color(Tokens::of(ui).subdued),
                );
                ui.end_row();
            });
            ui.add_space(GROUP_SPACING);
            Form::grid(ui, "travel-grid", |ui| {
                form.combo(
                    ui,
                    s.transport,
                    "transport",
                    &mut m.transport,
                    &enum_options(&Transport::ALL, s.transport_label),
                );
                ui.label(s.green_travel);
                ui.label(
                    RichText::new(if m.green_travel() { s.yes } else { s.no })
                        .color(Tokens::of(ui).subdued),
                );
                ui.end_row();
                form.number(
                    ui,
                    s.funded_travel_days,
                    "funded_travel_days",
                    &mut m.funded_travel_days,
                );
                form.opt_number(ui, s.distance_km, "distance_km", &mut m.distance_km)
                    .on_hover_text(s.distance_tip);
                form.checkbox(
                    ui,
                    s.fewer_opportunities,
                    "fewer_opportunities",
                    &mut m.fewer_opportunities,
                );
                form.checkbox(
                    ui,
                    s.recent_graduate,
                    "recent_graduate",
                    &mut m.recent_graduate,
                );
            });
        });
    }
}
