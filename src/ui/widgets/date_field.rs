//! A date button showing the date in words (« 6 février 2020 ») with a month calendar popup.

use chrono::{Datelike as _, Months, NaiveDate};
use egui::{Id, Popup, PopupCloseBehavior, Response, Ui};

use crate::i18n::Strings;

/// Draws a date button for `date`; clicking it opens a calendar. Returns the button's
/// response (marked changed when a day was picked).
pub fn date_button(ui: &mut Ui, id: Id, date: &mut NaiveDate, s: &Strings) -> Response {
    let mut response = ui.button(format!("📅 {}", s.date(*date)));
    let shown_month_id = id.with("month");
    if response.clicked() {
        ui.data_mut(|d| d.insert_temp(shown_month_id, first_of_month(*date)));
    }
    let mut picked = None;
    Popup::from_toggle_button_response(&response)
        .close_behavior(PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut month = ui
                .data(|d| d.get_temp::<NaiveDate>(shown_month_id))
                .unwrap_or_else(|| first_of_month(*date));
            ui.horizontal(|ui| {
                if ui.button("◀").on_hover_text(s.prev_month).clicked() {
                    month = month.checked_sub_months(Months::new(1)).unwrap_or(month);
                }
                let name = s.months.get(month.month0() as usize).copied().unwrap_or("");
                ui.strong(format!("{name} {}", month.year()));
                if ui.button("▶").on_hover_text(s.next_month).clicked() {
                    month = month.checked_add_months(Months::new(1)).unwrap_or(month);
                }
            });
            egui::Grid::new(id.with("days")).show(ui, |ui| {
                for w in s.weekdays {
                    ui.weak(w);
                }
                ui.end_row();
                let offset = month.weekday().num_days_from_monday();
                for _ in 0..offset {
                    ui.label("");
                }
                let mut day = month;
                let mut column = offset;
                while day.month() == month.month() {
                    let text = day.day().to_string();
                    if ui.selectable_label(day == *date, text).clicked() {
                        picked = Some(day);
                    }
                    column += 1;
                    if column == 7 {
                        ui.end_row();
                        column = 0;
                    }
                    let Some(next) = day.succ_opt() else { break };
                    day = next;
                }
            });
            ui.data_mut(|d| d.insert_temp(shown_month_id, month));
            if picked.is_some() {
                ui.close();
            }
        });
    if let Some(p) = picked
        && p != *date
    {
        *date = p;
        response.mark_changed();
    }
    response
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}
