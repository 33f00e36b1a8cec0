//! Indicators: the catalogue of measures with targets and yearly values.

use chrono::Datelike as _;
use std::collections::BTreeMap;

use egui::Ui;

use crate::i18n::Strings;
use crate::import::value::parse_number;
use crate::model::indicator::{Indicator, IndicatorSource};
use crate::ui::widgets::form::{Form, number_edit};
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

impl ListSection for Indicator {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let columns = [
            Column::new(s.code, 90.0, |x: &Indicator| x.code.clone()),
            Column::new(s.label, 280.0, |x: &Indicator| x.label.clone()),
            Column::new(s.category, 110.0, |x: &Indicator| x.category.clone()),
            Column::new(s.source, 100.0, move |x: &Indicator| {
                (s.source_label)(x.source).to_owned()
            }),
            Column::new(s.target, 80.0, move |x: &Indicator| {
                x.target.map_or_else(String::new, |t| s.number(t))
            })
            .sort_by(|x: &Indicator| {
                x.target
                    .map_or(SortKey::Empty, |t| SortKey::Int((t * 1000.0) as i64))
            }),
            Column::new(s.last_value, 110.0, move |x: &Indicator| {
                x.values
                    .iter()
                    .next_back()
                    .map_or_else(String::new, |(y, v)| format!("{} ({y})", s.number(*v)))
            }),
            Column::new(s.unit, 90.0, |x: &Indicator| x.unit.clone()),
        ];
        let spec = ListSpec {
            id: "indicators",
            columns: &columns,
            fill_new: &|_| {},
            renew_inner: Some(&|x: &mut Indicator| x.code.push_str("-2")),
            scroll_form: true,
        };
        let today_year = ctx.today.year();
        list::ui(ui, ctx, &spec, |ui, form, x| {
            Form::grid(ui, "indicator-grid", |ui| {
                form.text(ui, s.code, "code", &mut x.code);
                form.text(ui, s.label, "label", &mut x.label);
                form.text(ui, s.unit, "unit", &mut x.unit);
                form.text(ui, s.category, "category", &mut x.category);
                form.combo(
                    ui,
                    s.source,
                    "source",
                    &mut x.source,
                    &enum_options(&IndicatorSource::ALL, s.source_label),
                );
                form.opt_number(ui, s.target, "target", &mut x.target);
            });
            ui.strong(s.values);
            let mut values: Vec<(i32, f64)> = x.values.iter().map(|(y, v)| (*y, *v)).collect();
            let mut remove = None;
            let key = x.id.0.clone();
            egui::Grid::new("values-grid")
                .num_columns(3)
                .show(ui, |ui| {
                    for (i, (year, value)) in values.iter_mut().enumerate() {
                        let label = ui.label(year.to_string());
                        number_edit(
                            ui,
                            s,
                            egui::Id::unique(("indicator-value", &key, *year)),
                            value,
                        )
                        .labelled_by(label.id);
                        if ui.small_button("🗑").on_hover_text(s.delete).clicked() {
                            remove = Some(i);
                        }
                        ui.end_row();
                    }
                });
            if let Some(i) = remove {
                values.remove(i);
            }
            x.values = values.into_iter().collect();
            new_value_ui(ui, s, &key, today_year, &mut x.values);
        });
    }
}

/// What is typed in the « new value » row of an indicator, kept between frames.
#[derive(Clone, Default)]
struct NewValue {
    year: String,
    value: String,
}

/// A year (any, typed) and its value, added — or replacing that year's value — only when both
/// read: an empty value is never stored as 0.
fn new_value_ui(
    ui: &mut Ui,
    s: &Strings,
    key: &str,
    today_year: i32,
    values: &mut BTreeMap<i32, f64>,
) {
    let id = egui::Id::unique(("indicator-new-value", key));
    let mut typed: NewValue = ui.data_mut(|d| d.get_temp(id)).unwrap_or_else(|| NewValue {
        year: values
            .keys()
            .next_back()
            .map_or(today_year, |y| y + 1)
            .to_string(),
        value: String::new(),
    });
    let year = typed
        .year
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2100).contains(y));
    let value = parse_number(&typed.value).filter(|v| v.is_finite());
    ui.horizontal(|ui| {
        let l = ui.label(s.year);
        ui.add(egui::TextEdit::singleline(&mut typed.year).desired_width(60.0))
            .labelled_by(l.id);
        let l = ui.label(s.value);
        let value_field = ui
            .add(egui::TextEdit::singleline(&mut typed.value).desired_width(90.0))
            .labelled_by(l.id);
        // Enter in the value adds it, as the button does; the cursor stays for the next year.
        let entered = value_field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered {
            value_field.request_focus();
        }
        let add = ui.add_enabled(
            year.is_some() && value.is_some(),
            egui::Button::new(format!("✚ {}", s.add_value)),
        );
        if (add.clicked() || entered)
            && let (Some(y), Some(v)) = (year, value)
        {
            values.insert(y, v);
            typed = NewValue {
                year: (y + 1).to_string(),
                value: String::new(),
            };
        }
    });
    ui.data_mut(|d| d.insert_temp(id, typed));
}
