//! A zoomable, pannable timeline painted with egui's painter: label periods as bands, dated
//! items as markers coloured by status, actions as Gantt bars grouped by axis, a today line.
//!
//! Markers and bars are interactive and carry an accessible label (title and date), so a screen
//! reader (or a test) can find and click them. The axis shows years, then months, then days as
//! you zoom in; item labels are only drawn where they do not overlap.

use chrono::{Datelike as _, Months, NaiveDate};
use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Response, Role, Sense, Shape, Stroke,
    StrokeKind, Ui, Vec2, WidgetInfo, pos2, vec2,
};

use crate::i18n::Strings;
use crate::rules::calendar::{ItemKind, Timeline, TimelineItem};
use crate::ui::theme::{LANE_HEIGHT, Tokens};

/// What the axis shows at the current zoom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// One tick every `n` years.
    Years(u32),
    /// One tick a month.
    Months,
    /// One tick a day.
    Days,
}

/// Zoom and position of a timeline, kept between frames.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineState {
    /// Day shown at the left edge (days since 1 January of year 1).
    left: f64,
    /// Horizontal scale.
    px_per_day: f32,
    /// Set once the view was fitted to the items.
    fitted: bool,
}

impl Default for TimelineState {
    fn default() -> Self {
        Self {
            left: 0.0,
            px_per_day: 0.3,
            fitted: false,
        }
    }
}

const MIN_PX_PER_DAY: f32 = 0.02;
const MAX_PX_PER_DAY: f32 = 60.0;
const AXIS_HEIGHT: f32 = 22.0;
const LABEL_GAP: f32 = 6.0;

fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

fn date_of(day: f64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day.floor() as i32)
}

impl TimelineState {
    /// Pixels per day.
    pub fn scale(&self) -> f32 {
        self.px_per_day
    }

    /// What the axis shows at this zoom.
    pub fn tick_unit(&self) -> TickUnit {
        let px_per_year = self.px_per_day * 365.25;
        if self.px_per_day >= 22.0 {
            TickUnit::Days
        } else if px_per_year / 12.0 >= 28.0 {
            TickUnit::Months
        } else {
            let step = [1, 2, 5, 10, 25]
                .into_iter()
                .find(|s| *s as f32 * px_per_year >= 56.0)
                .unwrap_or(50);
            TickUnit::Years(step)
        }
    }

    /// Zooms by `factor`, keeping the day under `anchor_x` (pixels from the left) in place.
    pub fn zoom(&mut self, factor: f32, anchor_x: f32) {
        let anchor_day = self.left + f64::from(anchor_x / self.px_per_day);
        self.px_per_day = (self.px_per_day * factor).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        self.left = anchor_day - f64::from(anchor_x / self.px_per_day);
    }

    /// Shows `from`..`to` across `width` pixels.
    pub fn fit(&mut self, from: NaiveDate, to: NaiveDate, width: f32) {
        let span = (day_number(to) - day_number(from)).max(30.0);
        let margin = span * 0.04;
        self.px_per_day =
            (width / (span + 2.0 * margin) as f32).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        self.left = day_number(from) - margin;
        self.fitted = true;
    }

    fn x(&self, rect: Rect, d: NaiveDate) -> f32 {
        rect.left() + ((day_number(d) - self.left) as f32) * self.px_per_day
    }
}

/// Earliest and latest day of the timeline (periods, items, action ends), with today.
pub fn span(t: &Timeline, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let dates = t
        .periods
        .iter()
        .flat_map(|p| [Some(p.start), p.end])
        .chain(t.items.iter().flat_map(|i| [Some(i.date), i.end]))
        .flatten()
        .chain([today]);
    let (mut lo, mut hi) = (today, today);
    for d in dates {
        lo = lo.min(d);
        hi = hi.max(d);
    }
    (lo, hi)
}

/// Draws the zoom buttons and the timeline; returns the path of the item clicked, if any.
pub fn show(
    ui: &mut Ui,
    state: &mut TimelineState,
    t: &Timeline,
    today: NaiveDate,
    s: &Strings,
) -> Option<String> {
    let width = ui.available_width();
    let (from, to) = span(t, today);
    if !state.fitted {
        state.fit(from, to, width);
    }
    ui.horizontal(|ui| {
        if ui.button(format!("➖ {}", s.zoom_out)).clicked() {
            state.zoom(0.5, width / 2.0);
        }
        if ui.button(format!("➕ {}", s.zoom_in)).clicked() {
            state.zoom(2.0, width / 2.0);
        }
        if ui.button(s.zoom_fit).clicked() {
            state.fit(from, to, width);
        }
        ui.weak(s.zoom_hint);
    });
    let groups = action_groups(t);
    let rows = groups
        .iter()
        .map(|(_, items)| items.len() + 1)
        .sum::<usize>();
    let height = AXIS_HEIGHT + LANE_HEIGHT * (2.0 + 2.0 * 1.2) + LANE_HEIGHT * rows as f32 + 12.0;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
    if response.dragged() {
        state.left -= f64::from(response.drag_delta().x / state.px_per_day);
    }
    if response.hovered() {
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta.x));
        let anchor = response
            .hover_pos()
            .map_or(width / 2.0, |p| p.x - rect.left());
        if (zoom - 1.0).abs() > f32::EPSILON {
            state.zoom(zoom, anchor);
        }
        if scroll != 0.0 {
            state.left -= f64::from(scroll / state.px_per_day);
        }
    }
    let painter = ui.painter_at(rect);
    let tokens = Tokens::of(ui);
    let mut clicked = None;
    axis(ui, &painter, rect, state, s, tokens);

    // Label periods.
    let band = Rect::from_min_size(
        pos2(rect.left(), rect.top() + AXIS_HEIGHT + 4.0),
        vec2(width, LANE_HEIGHT + 4.0),
    );
    painter.text(
        pos2(rect.left() + 4.0, band.center().y),
        Align2::LEFT_CENTER,
        s.label_row,
        FontId::proportional(11.0),
        tokens.subdued,
    );
    for p in &t.periods {
        let x0 = state.x(rect, p.start);
        let x1 = p.end.map_or(rect.right() + 10.0, |e| state.x(rect, e));
        let r = Rect::from_x_y_ranges(x0..=x1.max(x0 + 2.0), band.y_range());
        let color = tokens.category(p.category);
        painter.rect_filled(r, CornerRadius::same(3), color.gamma_multiply(0.55));
        painter.rect_stroke(
            r,
            CornerRadius::same(3),
            Stroke::new(1.0, color),
            StrokeKind::Inside,
        );
        let years = match p.end {
            Some(e) => format!("{} – {}", p.start.year(), e.year()),
            None => format!("{} – ({})", p.start.year(), s.unknown_end),
        };
        let text = format!("{} · {years}", (s.category_label)(p.category));
        let galley = painter.layout_no_wrap(
            text,
            FontId::proportional(12.0),
            ui.visuals().strong_text_color(),
        );
        let visible = r.intersect(rect);
        if galley.size().x + 8.0 < visible.width() {
            painter.galley(
                pos2(visible.left() + 4.0, r.center().y - galley.size().y / 2.0),
                galley,
                Color32::PLACEHOLDER,
            );
        }
        let id = ui.scope_id().with(("period", &p.path));
        let resp = ui.interact(r.intersect(rect), id, Sense::click());
        let label = format!("{} {}", (s.category_label)(p.category), s.date(p.start));
        resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
        if resp.on_hover_text(&label).clicked() {
            clicked = Some(p.path.clone());
        }
    }

    // Milestones and deadlines: markers on two alternating rows; a label is drawn only when it
    // ends before the next marker of its row, so labels never run over markers or each other.
    let lane_top = band.bottom() + 6.0;
    let marks: Vec<(usize, &TimelineItem, f32)> = t
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Action)
        .enumerate()
        .map(|(n, i)| (n, i, state.x(rect, i.date)))
        .filter(|(_, _, x)| *x >= rect.left() - 200.0 && *x <= rect.right() + 5.0)
        .collect();
    for (k, &(n, item, x)) in marks.iter().enumerate() {
        let row = k % 2;
        let y = lane_top + LANE_HEIGHT * 0.6 + row as f32 * LANE_HEIGHT * 1.2;
        let center = pos2(x, y);
        let color = tokens.status(item.status);
        marker(&painter, center, item, color);
        let next_x = marks
            .get(k + 2)
            .map_or(rect.right(), |m| m.2.min(rect.right()));
        let galley = painter.layout_no_wrap(
            (s.item_title)(&item.title),
            FontId::proportional(11.0),
            color,
        );
        if x + LABEL_GAP + galley.size().x + 4.0 < next_x {
            painter.galley(
                pos2(x + LABEL_GAP, y - galley.size().y / 2.0),
                galley,
                Color32::PLACEHOLDER,
            );
        }
        if let Some(path) = interact(
            ui,
            Rect::from_center_size(center, Vec2::splat(14.0)),
            ("item", n),
            item,
            s,
        ) {
            clicked = Some(path);
        }
    }

    // Actions as bars, grouped by axis.
    let mut y = lane_top + LANE_HEIGHT * 2.6 + 6.0;
    for (n, (group, items)) in groups.iter().enumerate() {
        painter.text(
            pos2(rect.left() + 4.0, y + LANE_HEIGHT / 2.0),
            Align2::LEFT_CENTER,
            group,
            FontId::proportional(11.0),
            tokens.subdued,
        );
        y += LANE_HEIGHT;
        for (m, item) in items.iter().enumerate() {
            let x0 = state.x(rect, item.date);
            let x1 = state.x(rect, item.end.unwrap_or(item.date)).max(x0 + 3.0);
            let r = Rect::from_x_y_ranges(x0..=x1, (y + 3.0)..=(y + LANE_HEIGHT - 3.0));
            let color = tokens.status(item.status);
            painter.rect_filled(r, CornerRadius::same(2), color.gamma_multiply(0.8));
            let galley = painter.layout_no_wrap(
                (s.item_title)(&item.title),
                FontId::proportional(11.0),
                ui.visuals().text_color(),
            );
            let visible = r.intersect(rect);
            if galley.size().x + 6.0 < visible.width() {
                painter.galley(
                    pos2(visible.left() + 3.0, r.center().y - galley.size().y / 2.0),
                    galley,
                    Color32::PLACEHOLDER,
                );
            } else if x1 + 4.0 + galley.size().x < rect.right() {
                painter.galley(
                    pos2(x1 + 4.0, r.center().y - galley.size().y / 2.0),
                    galley,
                    Color32::PLACEHOLDER,
                );
            }
            if let Some(path) = interact(ui, r.intersect(rect), ("action", n, m), item, s) {
                clicked = Some(path);
            }
            y += LANE_HEIGHT;
        }
    }

    // Today.
    let x = state.x(rect, today);
    painter.line_segment(
        [pos2(x, rect.top() + AXIS_HEIGHT), pos2(x, rect.bottom())],
        Stroke::new(2.0, tokens.today),
    );
    // Its label on the side with room for it: near the right edge, to the left of the line.
    let font = FontId::proportional(10.0);
    let width = painter
        .layout_no_wrap(s.today.to_owned(), font.clone(), tokens.today)
        .size()
        .x;
    let (left, align) = today_label_at(x, width, rect.right());
    painter.text(
        pos2(left, rect.top() + AXIS_HEIGHT + 1.0),
        align,
        s.today,
        font,
        tokens.today,
    );
    let _ = response;
    clicked
}

/// Where the « today » label goes for a line at `x`: right of it, or left of it when a label
/// `width` wide would pass `right` (the last weeks of a dossier's span, where it was clipped).
fn today_label_at(x: f32, width: f32, right: f32) -> (f32, Align2) {
    if x + 3.0 + width > right {
        (x - 3.0, Align2::RIGHT_TOP)
    } else {
        (x + 3.0, Align2::LEFT_TOP)
    }
}

/// A marker: a diamond for a typed milestone, a circle for a derived deadline.
fn marker(painter: &egui::Painter, c: Pos2, item: &TimelineItem, color: Color32) {
    let r = 5.5;
    if matches!(item.kind, ItemKind::Milestone(_)) {
        let points = vec![
            pos2(c.x, c.y - r),
            pos2(c.x + r, c.y),
            pos2(c.x, c.y + r),
            pos2(c.x - r, c.y),
        ];
        painter.add(Shape::convex_polygon(points, color, Stroke::NONE));
    } else if item.kind == ItemKind::Reminder {
        painter.circle_stroke(c, r - 1.5, Stroke::new(1.5, color));
    } else {
        painter.circle_filled(c, r - 0.5, color);
    }
}

/// Makes an item clickable, with its tooltip and accessible label; returns its path if clicked.
fn interact(
    ui: &Ui,
    rect: Rect,
    salt: impl std::hash::Hash + std::fmt::Debug,
    item: &TimelineItem,
    s: &Strings,
) -> Option<String> {
    if rect.width() <= 0.0 {
        return None;
    }
    let resp: Response = ui.interact(rect, ui.scope_id().with(salt), Sense::click());
    let when = match item.end {
        Some(end) => format!("{} – {}", s.date(item.date), s.date(end)),
        None => s.date(item.date),
    };
    let label = format!("{} — {when}", (s.item_title)(&item.title));
    resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    let status = (s.item_status_label)(item.status);
    let clicked = resp.on_hover_text(format!("{label}\n{status}")).clicked();
    if clicked { item.path.clone() } else { None }
}

/// Actions grouped by axis, in order of first appearance.
fn action_groups(t: &Timeline) -> Vec<(String, Vec<&TimelineItem>)> {
    let mut groups: Vec<(String, Vec<&TimelineItem>)> = Vec::new();
    for item in t.items.iter().filter(|i| i.kind == ItemKind::Action) {
        match groups.iter_mut().find(|(g, _)| *g == item.group) {
            Some((_, v)) => v.push(item),
            None => groups.push((item.group.clone(), vec![item])),
        }
    }
    groups.sort_by(|a, b| a.0.cmp(&b.0));
    groups
}

/// The time axis: ticks and their labels, spaced so they never overlap.
fn axis(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    state: &TimelineState,
    s: &Strings,
    tokens: Tokens,
) {
    let line = Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color);
    painter.line_segment(
        [
            pos2(rect.left(), rect.top() + AXIS_HEIGHT),
            pos2(rect.right(), rect.top() + AXIS_HEIGHT),
        ],
        line,
    );
    let Some(first) = date_of(state.left) else {
        return;
    };
    let last_day = state.left + f64::from(rect.width() / state.px_per_day);
    let unit = state.tick_unit();
    let mut d = match unit {
        TickUnit::Years(step) => {
            NaiveDate::from_ymd_opt(first.year() - first.year().rem_euclid(step as i32), 1, 1)
        }
        TickUnit::Months => first.with_day(1),
        TickUnit::Days => Some(first),
    };
    let mut last_label_end = f32::NEG_INFINITY;
    while let Some(day) = d {
        if day_number(day) > last_day {
            break;
        }
        let x = state.x(rect, day);
        let text = match unit {
            TickUnit::Years(_) => day.year().to_string(),
            TickUnit::Months if day.month() == 1 => {
                format!("{} {}", short_month(s, day), day.year())
            }
            TickUnit::Months => short_month(s, day),
            TickUnit::Days if day.day() == 1 => format!("{} {}", day.day(), short_month(s, day)),
            TickUnit::Days => day.day().to_string(),
        };
        let major = matches!(unit, TickUnit::Years(_))
            || day.month() == 1 && day.day() == 1
            || unit == TickUnit::Days && day.day() == 1;
        painter.line_segment(
            [
                pos2(x, rect.top() + AXIS_HEIGHT - if major { 8.0 } else { 4.0 }),
                pos2(x, rect.bottom()),
            ],
            Stroke::new(
                if major { 1.0 } else { 0.5 },
                line.color.gamma_multiply(if major { 0.9 } else { 0.5 }),
            ),
        );
        let galley = painter.layout_no_wrap(text, FontId::proportional(11.0), tokens.subdued);
        if x + 2.0 > last_label_end + 6.0 {
            last_label_end = x + 2.0 + galley.size().x;
            painter.galley(
                pos2(x + 2.0, rect.top() + 3.0),
                galley,
                Color32::PLACEHOLDER,
            );
        }
        d = match unit {
            TickUnit::Years(step) => day.checked_add_months(Months::new(12 * step)),
            TickUnit::Months => day.checked_add_months(Months::new(1)),
            TickUnit::Days => day.succ_opt(),
        };
    }
}

/// « janv. », « févr. »… as the language abbreviates them.
fn short_month(s: &Strings, d: NaiveDate) -> String {
    s.months_short
        .get(d.month0() as usize)
        .copied()
        .unwrap_or("")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_today_label_stays_inside_the_timeline() {
        // Room on the right: after the line.
        assert_eq!(
            today_label_at(500.0, 60.0, 900.0),
            (503.0, Align2::LEFT_TOP)
        );
        // Near the right edge (it was drawn past it, clipped): before the line, inside.
        let (left, align) = today_label_at(880.0, 60.0, 900.0);
        assert_eq!(align, Align2::RIGHT_TOP);
        assert!(left <= 900.0 && left - 60.0 >= 0.0);
    }

    #[test]
    fn zooming_in_goes_from_years_to_months_to_days() {
        let mut st = TimelineState::default();
        st.fit(
            NaiveDate::from_ymd_opt(2014, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2028, 1, 1).unwrap(),
            900.0,
        );
        assert!(matches!(st.tick_unit(), TickUnit::Years(_)));
        while !matches!(st.tick_unit(), TickUnit::Months) {
            st.zoom(2.0, 450.0);
        }
        while st.tick_unit() != TickUnit::Days {
            st.zoom(2.0, 450.0);
        }
        assert!(st.scale() <= MAX_PX_PER_DAY);
    }

    #[test]
    fn zoom_keeps_the_anchor_day_in_place() {
        let mut st = TimelineState::default();
        st.fit(
            NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            1000.0,
        );
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 100.0));
        let d = NaiveDate::from_ymd_opt(2022, 6, 1).unwrap();
        let x = st.x(rect, d);
        st.zoom(3.0, x);
        assert!((st.x(rect, d) - x).abs() < 1.0);
    }
}
