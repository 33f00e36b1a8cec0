//! The dashboard across the workspace: counts, the next deadlines of every campus (overdue
//! first), one timeline row per campus, and charts of mobility and indicators.

use std::path::PathBuf;

use chrono::{Datelike as _, NaiveDate};
use egui::{Align2, CornerRadius, FontId, RichText, Sense, Stroke, Ui, pos2, vec2};
use egui_plot::{Bar, BarChart, HLine, Legend, Line, Plot};

use crate::model::label::LabelCategory;
use crate::rules::calendar::{ItemStatus, LabelStatus, TimelineItem};
use crate::rules::stats::MobilityStats;
use crate::session::{Summary, Workspace};

use super::theme::{GROUP_SPACING, LANE_HEIGHT, Tokens};
use crate::i18n::Strings;

/// Height of the deadline list before it scrolls.
const DEADLINES_HEIGHT: f32 = 260.0;

/// What the user asked of the dashboard.
pub enum Action {
    /// Open this campus's calendar.
    Open(PathBuf),
    /// Bring a list of campuses into the workspace.
    ImportCampuses,
}

/// Draws the dashboard; returns what the user asked (a campus clicked, a list to import).
pub fn ui(
    ui: &mut Ui,
    s: &Strings,
    ws: &Workspace,
    today: NaiveDate,
    open: Option<&PathBuf>,
) -> Option<Action> {
    let tokens = Tokens::of(ui);
    let mut chosen = None;
    let mut import = false;
    let summaries: Vec<(&PathBuf, &Summary)> = ws
        .entries()
        .iter()
        .filter_map(|e| e.summary.as_ref().ok().map(|x| (&e.path, x)))
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("dashboard")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(s.dashboard);
                let button = ui
                    .add_enabled(!ws.is_examples(), egui::Button::new(s.import.campus_list))
                    .on_hover_text(s.import.campus_list_tip);
                import = button.clicked();
            });
            counts(ui, s, &summaries, today, tokens);
            ui.add_space(GROUP_SPACING);
            ui.strong(s.next_deadlines);
            if let Some(path) = deadlines(ui, s, &summaries, tokens) {
                chosen = Some(path);
            }
            ui.add_space(GROUP_SPACING);
            ui.strong(s.campus_timelines);
            if let Some(path) = campus_rows(ui, s, &summaries, today, tokens) {
                chosen = Some(path);
            }
            ui.add_space(GROUP_SPACING);
            let mut mobility = MobilityStats::default();
            for (_, x) in &summaries {
                mobility.add(&x.mobility);
            }
            let half = (ui.available_width() - 16.0) / 2.0;
            ui.horizontal_top(|ui| {
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.strong(s.mobility_per_year);
                    per_year(ui, s, &mobility, tokens, half);
                });
                ui.vertical(|ui| {
                    ui.set_width(half);
                    ui.strong(s.mobility_per_country);
                    per_country(ui, s, &mobility, tokens, half);
                });
            });
            ui.add_space(GROUP_SPACING);
            let shown = open
                .and_then(|p| summaries.iter().find(|(path, _)| *path == p))
                .or_else(|| summaries.iter().find(|(_, x)| !x.indicators.is_empty()));
            if let Some((_, x)) = shown {
                ui.strong(format!("{} — {}", s.indicators_vs_target, x.name));
                indicators(ui, s, x, tokens);
            }
        });
    if import {
        return Some(Action::ImportCampuses);
    }
    chosen.map(Action::Open)
}

fn counts(
    ui: &mut Ui,
    s: &Strings,
    summaries: &[(&PathBuf, &Summary)],
    today: NaiveDate,
    tokens: Tokens,
) {
    // Counted on the label held today: an « excellence » label that ended is not one.
    let excellence = summaries
        .iter()
        .filter(|(_, x)| x.timeline.label.category() == Some(LabelCategory::Excellence))
        .count();
    let in_a_year = today + chrono::Days::new(365);
    let ending = summaries
        .iter()
        .filter(|(_, x)| match x.timeline.label {
            LabelStatus::Active { end: Some(e), .. } => e <= in_a_year,
            _ => false,
        })
        .count();
    let unlabelled = summaries
        .iter()
        .filter(|(_, x)| x.timeline.label.is_unlabelled())
        .count();
    let overdue: usize = summaries
        .iter()
        .map(|(_, x)| {
            x.timeline
                .deadlines()
                .iter()
                .filter(|i| i.status == ItemStatus::Overdue)
                .count()
        })
        .sum();
    ui.horizontal(|ui| {
        for (n, label, color) in [
            (summaries.len(), s.campuses, tokens.upcoming),
            (excellence, s.excellence_count, tokens.excellence),
            (ending, s.ending_12_months, tokens.warning),
            (
                unlabelled,
                s.unlabelled_count,
                if unlabelled > 0 {
                    tokens.late
                } else {
                    tokens.ok
                },
            ),
            (
                overdue,
                s.overdue_count,
                if overdue > 0 { tokens.late } else { tokens.ok },
            ),
        ] {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_min_width(150.0);
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(n.to_string())
                            .size(26.0)
                            .strong()
                            .color(color),
                    );
                    ui.label(label);
                });
            });
        }
    });
}

fn deadlines(
    ui: &mut Ui,
    s: &Strings,
    summaries: &[(&PathBuf, &Summary)],
    tokens: Tokens,
) -> Option<PathBuf> {
    let mut all: Vec<(&PathBuf, &str, &TimelineItem)> = summaries
        .iter()
        .flat_map(|(p, x)| {
            x.timeline
                .deadlines()
                .into_iter()
                .map(move |i| (*p, x.name.as_str(), i))
        })
        .collect();
    all.sort_by_key(|(_, _, i)| (i.status != ItemStatus::Overdue, i.date));
    if all.is_empty() {
        ui.weak(s.no_deadline);
        return None;
    }
    let mut chosen = None;
    // Every open deadline of every campus, overdue first; the list scrolls past a few rows.
    egui::ScrollArea::vertical()
        .id_salt("deadlines-scroll")
        .max_height(DEADLINES_HEIGHT)
        .show(ui, |ui| {
            egui::Grid::new("deadlines")
                .striped(true)
                .num_columns(4)
                .show(ui, |ui| {
                    for (path, campus, item) in all {
                        let color = tokens.status(item.status);
                        ui.label(RichText::new(s.date(item.date)).color(color));
                        if ui.link(campus).clicked() {
                            chosen = Some(path.clone());
                        }
                        ui.label((s.item_title)(&item.title));
                        ui.label(RichText::new((s.item_status_label)(item.status)).color(color));
                        ui.end_row();
                    }
                });
        });
    chosen
}

/// An axis mark of a chart over years: the year, each once (nothing between two years).
fn year_mark(mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>) -> String {
    if (mark.value - mark.value.round()).abs() < 1e-6 {
        format!("{:.0}", mark.value)
    } else {
        String::new()
    }
}

/// A date as a day number (days since 1 January of year 1).
fn day(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

/// The date of a day number.
fn date(day: f64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day.floor() as i32)
}

/// The years the campus rows show: every label period and deadline of the workspace, and
/// today, with a year of margin.
fn data_span(summaries: &[(&PathBuf, &Summary)], today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let mut first = today;
    let mut last = today;
    for (_, x) in summaries {
        for p in &x.timeline.periods {
            first = first.min(p.start);
            last = last.max(p.end.unwrap_or(p.start));
        }
        for item in x.timeline.deadlines() {
            first = first.min(item.date);
            last = last.max(item.date);
        }
    }
    let from = NaiveDate::from_ymd_opt(first.year() - 1, 1, 1).unwrap_or(first);
    let to = NaiveDate::from_ymd_opt(last.year() + 1, 12, 31).unwrap_or(last);
    (from, to)
}

/// One row per campus: its label periods and open deadlines on a shared time axis that spans
/// the workspace's dates; drag to pan, Ctrl + wheel to zoom, double-click to fit again.
fn campus_rows(
    ui: &mut Ui,
    s: &Strings,
    summaries: &[(&PathBuf, &Summary)],
    today: NaiveDate,
    tokens: Tokens,
) -> Option<PathBuf> {
    let (data_from, data_to) = data_span(summaries, today);
    let view_id = egui::Id::unique("campus-rows-view");
    // The view: first day shown and number of days shown.
    let fitted = (
        day(data_from),
        (data_to - data_from).num_days().max(365) as f64,
    );
    let (mut first_day, mut shown_days) = ui.data(|d| d.get_temp(view_id)).unwrap_or(fitted);
    let name_width = 200.0;
    let width = ui.available_width();
    let height = 20.0 + LANE_HEIGHT * 1.4 * summaries.len() as f32;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
    let plot_width = (rect.right() - rect.left() - name_width).max(1.0);
    if response.dragged() {
        first_day -= f64::from(response.drag_delta().x) / f64::from(plot_width) * shown_days;
    }
    if response.hovered() {
        let (zoom, pointer) = ui.input(|i| (i.zoom_delta(), i.pointer.hover_pos()));
        if (zoom - 1.0).abs() > f32::EPSILON
            && let Some(p) = pointer
        {
            let at =
                first_day + f64::from((p.x - rect.left() - name_width) / plot_width) * shown_days;
            shown_days = (shown_days / f64::from(zoom)).clamp(365.0, 80.0 * 365.0);
            first_day = at - f64::from((p.x - rect.left() - name_width) / plot_width) * shown_days;
        }
    }
    if response.double_clicked() {
        (first_day, shown_days) = fitted;
    }
    ui.data_mut(|d| d.insert_temp(view_id, (first_day, shown_days)));
    response.on_hover_text(s.campus_rows_hint);
    let from = date(first_day).unwrap_or(data_from);
    let to = date(first_day + shown_days).unwrap_or(data_to);
    let days = shown_days as f32;
    let painter = ui.painter_at(rect);
    let left = rect.left() + name_width;
    let x = |d: NaiveDate| left + (d - from).num_days() as f32 / days * (rect.right() - left);
    let grid = ui.visuals().widgets.noninteractive.bg_stroke.color;
    for year in from.year()..=to.year() {
        let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1).filter(|d| x(*d) >= left) else {
            continue;
        };
        painter.line_segment(
            [pos2(x(d), rect.top() + 14.0), pos2(x(d), rect.bottom())],
            Stroke::new(0.5, grid),
        );
        if year % 2 == 0 {
            painter.text(
                pos2(x(d) + 2.0, rect.top()),
                Align2::LEFT_TOP,
                year.to_string(),
                FontId::proportional(10.0),
                tokens.subdued,
            );
        }
    }
    let mut chosen = None;
    for (n, (path, x_sum)) in summaries.iter().enumerate() {
        let y = rect.top() + 20.0 + LANE_HEIGHT * 1.4 * n as f32;
        let name_rect =
            egui::Rect::from_min_size(pos2(rect.left(), y), vec2(name_width - 6.0, LANE_HEIGHT));
        let resp = ui.interact(
            name_rect,
            ui.scope_id().with(("campus-row", n)),
            Sense::click(),
        );
        resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &x_sum.name));
        // Long names are cut at the edge of their column (the full name is in the tooltip).
        painter.with_clip_rect(name_rect).text(
            name_rect.left_center(),
            Align2::LEFT_CENTER,
            &x_sum.name,
            FontId::proportional(12.0),
            ui.visuals().text_color(),
        );
        if resp.on_hover_text(&x_sum.name).clicked() {
            chosen = Some((*path).clone());
        }
        for p in &x_sum.timeline.periods {
            let x0 = x(p.start).max(left);
            let x1 = p.end.map_or(rect.right(), &x).min(rect.right());
            if x1 <= x0 {
                continue;
            }
            let r = egui::Rect::from_x_y_ranges(x0..=x1, (y + 2.0)..=(y + LANE_HEIGHT - 2.0));
            painter.rect_filled(
                r,
                CornerRadius::same(3),
                tokens.category(p.category).gamma_multiply(0.6),
            );
        }
        for item in x_sum.timeline.deadlines() {
            let cx = x(item.date);
            if cx >= left && cx <= rect.right() {
                painter.circle_filled(
                    pos2(cx, y + LANE_HEIGHT / 2.0),
                    4.0,
                    tokens.status(item.status),
                );
            }
        }
    }
    let tx = x(today);
    if tx < left {
        return chosen;
    }
    painter.line_segment(
        [pos2(tx, rect.top() + 14.0), pos2(tx, rect.bottom())],
        Stroke::new(1.5, tokens.today),
    );
    chosen
}

fn per_year(ui: &mut Ui, s: &Strings, m: &MobilityStats, tokens: Tokens, width: f32) {
    if m.per_year.is_empty() {
        ui.weak(s.no_data);
        return;
    }
    let learners: Vec<Bar> = m
        .per_year
        .iter()
        .map(|(y, (l, _))| Bar::new(f64::from(*y), *l as f64).width(0.6))
        .collect();
    let staff: Vec<Bar> = m
        .per_year
        .iter()
        .map(|(y, (_, p))| Bar::new(f64::from(*y), *p as f64).width(0.6))
        .collect();
    let first_year = m.per_year.keys().next().map_or(0.0, |y| f64::from(*y));
    let last_year = m.per_year.keys().next_back().map_or(0.0, |y| f64::from(*y));
    let learners = BarChart::new(s.learners, learners).color(tokens.upcoming);
    let staff = BarChart::new(s.staff, staff)
        .color(tokens.excellence)
        .stack_on(&[&learners]);
    Plot::new("mobility-per-year")
        .width(width)
        .height(200.0)
        .legend(Legend::default())
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .x_axis_formatter(year_mark)
        .include_x(first_year - 1.5)
        .include_x(last_year + 1.5)
        .show(ui, |p| {
            p.bar_chart(learners);
            p.bar_chart(staff);
        });
}

fn per_country(ui: &mut Ui, s: &Strings, m: &MobilityStats, tokens: Tokens, width: f32) {
    if m.per_country.is_empty() {
        ui.weak(s.no_data);
        return;
    }
    let mut countries: Vec<(&String, &u64)> = m.per_country.iter().collect();
    countries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let bars: Vec<Bar> = countries
        .iter()
        .enumerate()
        .map(|(i, (c, n))| Bar::new(i as f64, **n as f64).width(0.6).name(c))
        .collect();
    let top = countries.first().map_or(1.0, |(_, n)| **n as f64);
    Plot::new("mobility-per-country")
        .width(width)
        .height(200.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        // The country codes are written on the bars: the x axis has no numbers to show.
        .show_axes([false, true])
        .include_y(top * 1.15)
        // At least six bars' room: one country is one bar, not the whole width.
        .include_x(-0.7)
        .include_x((countries.len().max(6) as f64) - 0.3)
        .show(ui, |p| {
            p.bar_chart(BarChart::new(s.country, bars).color(tokens.cmq));
            for (i, (code, n)) in countries.iter().enumerate() {
                let at = egui_plot::PlotPoint::new(i as f64, **n as f64);
                p.text(
                    egui_plot::Text::new(code.as_str(), at, code.as_str())
                        .anchor(Align2::CENTER_BOTTOM)
                        .color(tokens.subdued),
                );
            }
        });
}

fn indicators(ui: &mut Ui, s: &Strings, x: &Summary, tokens: Tokens) {
    if x.indicators.is_empty() {
        ui.weak(s.no_data);
        return;
    }
    egui::Grid::new("indicator-plots")
        .num_columns(3)
        .show(ui, |ui| {
            for (n, ind) in x.indicators.iter().enumerate() {
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(format!("{} — {} ({})", ind.code, ind.label, ind.unit))
                            .small(),
                    );
                    let points: Vec<[f64; 2]> = ind
                        .values
                        .iter()
                        .map(|(y, v)| [f64::from(*y), *v])
                        .collect();
                    let first_year = points.first().map_or(0.0, |p| p[0]);
                    let last_year = points.last().map_or(0.0, |p| p[0]);
                    let mut plot = Plot::new(("indicator", n))
                        .width(300.0)
                        .height(120.0)
                        .allow_drag(false)
                        .allow_zoom(false)
                        .allow_scroll(false)
                        .x_axis_formatter(year_mark)
                        .include_x(first_year - 1.5)
                        .include_x(last_year + 1.5)
                        .include_y(0.0);
                    if let Some(t) = ind.target {
                        plot = plot.include_y(t * 1.1);
                    }
                    plot.show(ui, |p| {
                        p.line(
                            Line::new(s.values, points)
                                .color(tokens.upcoming)
                                .width(2.0),
                        );
                        if let Some(t) = ind.target {
                            p.hline(HLine::new(s.target, t).color(tokens.ok));
                        }
                    });
                });
                if n % 3 == 2 {
                    ui.end_row();
                }
            }
        });
}
