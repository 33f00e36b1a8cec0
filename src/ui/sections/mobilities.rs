//! Mobilité Erasmus+: each mobility with its project, activity type and dates.

use egui::{RichText, Ui};

use crate::i18n::Strings;
use crate::model::mobility::{
    ActivityType, Direction, ErasmusProject, KeyAction, Mobility, ParticipantKind,
};
use crate::model::reference;
use crate::ui::theme::{GROUP_SPACING, Tokens};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

/// The columns of the mobility table (public for the keystroke benchmark, which refreshes the
/// table's cache as the window does).
pub fn columns(s: &'static Strings) -> Vec<Column<'static, Mobility>> {
    vec![
        Column::new(s.activity, 200.0, move |m: &Mobility| {
            (s.activity_label)(m.activity).to_owned()
        }),
        Column::new(s.participant, 100.0, move |m: &Mobility| {
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
        Column::new(s.participants, 90.0, |m: &Mobility| {
            m.participants.to_string()
        })
        .sort_by(|m: &Mobility| SortKey::Int(i64::from(m.participants))),
        Column::new(s.receiving, 200.0, |m: &Mobility| m.receiving_org.clone()),
    ]
}

impl ListSection for Mobility {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let doc = ctx.doc;
        let d = doc.dossier();
        let columns = columns(s);
        let today = ctx.today;
        let spec = ListSpec {
            id: "mobilities",
            columns: &columns,
            fill_new: &|m: &mut Mobility| {
                // A new mobility usually belongs to the same project as the last one.
                m.project = d.mobilities.last().map_or_else(
                    || ErasmusProject {
                        call_year: u16::try_from(chrono::Datelike::year(&today)).unwrap_or(2021),
                        ..ErasmusProject::default()
                    },
                    |last| last.project.clone(),
                );
                d.campus.display_name().clone_into(&mut m.sending_org);
                m.country = "DE".into();
                m.start = today;
                m.end = today + chrono::Duration::days(13);
                m.participants = 1;
            },
            renew_inner: None,
            scroll_form: true,
        };
        let countries = ctx.country_options();
        list::ui(ui, ctx, &spec, |ui, form, m| {
            ui.strong(s.project);
            Form::grid(ui, "project-grid", |ui| {
                form.nested("project", |form| {
                    form.combo(
                        ui,
                        s.key_action,
                        "action",
                        &mut m.project.action,
                        &[
                            (KeyAction::Ka121, "KA121".to_owned()),
                            (KeyAction::Ka122, "KA122".to_owned()),
                        ],
                    );
                    form.number(ui, s.call_year, "call_year", &mut m.project.call_year);
                    form.text(ui, s.project_number, "reference", &mut m.project.reference);
                });
            });
            ui.add_space(GROUP_SPACING);
            Form::grid(ui, "mobility-grid", |ui| {
                form.combo(
                    ui,
                    s.activity,
                    "activity",
                    &mut m.activity,
                    &enum_options(&ActivityType::ALL, s.activity_label),
                );
                form.combo(
                    ui,
                    s.participant,
                    "participant",
                    &mut m.participant,
                    &enum_options(
                        &[ParticipantKind::Apprenants, ParticipantKind::Personnels],
                        s.participant_kind_label,
                    ),
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
                form.text(ui, s.receiving, "receiving_org", &mut m.receiving_org);
                form.combo(ui, s.country, "country", &mut m.country, &countries);
                ui.label(s.erasmus_group);
                let group = reference::country(&m.country)
                    .and_then(|c| c.erasmus_group)
                    .map_or_else(|| "—".to_owned(), |g| g.to_string());
                ui.label(RichText::new(group).color(Tokens::of(ui).subdued));
                ui.end_row();
                form.text(ui, s.city, "city", &mut m.city);
                form.date(ui, s.start, "start", &mut m.start);
                form.date(ui, s.end, "end", &mut m.end);
                let rule = m.activity.rule();
                ui.label(s.duration);
                ui.label(
                    RichText::new(format!(
                        "{} {} ({}–{} {})",
                        m.duration_days(),
                        s.days,
                        rule.min_days,
                        rule.max_days,
                        s.days
                    ))
                    .color(Tokens::of(ui).subdued),
                );
                ui.end_row();
                form.number(ui, s.participants, "participants", &mut m.participants);
                form.checkbox(ui, s.green_travel, "green_travel", &mut m.green_travel);
                form.checkbox(
                    ui,
                    s.fewer_opportunities,
                    "fewer_opportunities",
                    &mut m.fewer_opportunities,
                );
            });
        });
    }
}
