//! The date field: the date typed (`10/02/2014`, `2014-02-10`, `10 février 2014`, read as you
//! type) or picked in a calendar that has month *and* year steps, keeps its size (always six
//! weeks, so its arrows never move under the pointer) and closes only on a pick, Escape or its
//! button — not on a near miss.

use chrono::{Datelike as _, Months, NaiveDate};
use egui::{Id, Popup, PopupCloseBehavior, Response, TextEdit, Ui};

use crate::i18n::Strings;
use crate::import::value::parse_date;
use crate::ui::theme::Tokens;

/// A date as a person types it: `10/02/2014`, `2014-02-10`, `10 février 2014`,
/// `10 February 2014`.
pub fn read_date(text: &str) -> Option<NaiveDate> {
    parse_date(text).or_else(|| NaiveDate::parse_from_str(text.trim(), "%d %B %Y").ok())
}

/// Draws the field for `date`: a text field (labelled by the caller) and a calendar button.
/// Returns the text field's response, marked changed when the date changed.
pub fn date_field(ui: &mut Ui, id: Id, date: &mut NaiveDate, s: &Strings) -> Response {
    ui.horizontal(|ui| {
        let typed_id = id.with("typed");
        let mut text = ui
            .data(|d| d.get_temp::<String>(typed_id))
            .unwrap_or_else(|| s.date(*date));
        let readable = read_date(&text).is_some();
        let mut edit = TextEdit::singleline(&mut text)
            .id(id)
            .hint_text("10/02/2014");
        if !readable {
            edit = edit.text_color(Tokens::of(ui).error);
        }
        let mut response = ui.add_sized([170.0, 20.0], edit);
        if response.changed()
            && let Some(d) = read_date(&text)
            && d != *date
        {
            *date = d;
            response.mark_changed();
        }
        if response.has_focus() {
            ui.data_mut(|d| d.insert_temp(typed_id, text));
        } else {
            // Left: the field shows the date as it is (text that did not read is dropped).
            ui.data_mut(|d| d.remove::<String>(typed_id));
        }
        if let Some(picked) = calendar(ui, id, *date, s)
            && picked != *date
        {
            *date = picked;
            ui.data_mut(|d| d.remove::<String>(typed_id));
            response.mark_changed();
        }
        response
    })
    .inner
}

/// The calendar button and its popup; the day picked, if one was.
fn calendar(ui: &mut Ui, id: Id, date: NaiveDate, s: &Strings) -> Option<NaiveDate> {
    let button = ui.button("📅").on_hover_text(s.open_calendar);
    let shown_month_id = id.with("month");
    if button.clicked() {
        ui.data_mut(|d| d.insert_temp(shown_month_id, first_of_month(date)));
    }
    let mut picked = None;
    Popup::from_toggle_button_response(&button)
        .close_behavior(PopupCloseBehavior::IgnoreClicks)
        .show(|ui| {
            let mut month = ui
                .data(|d| d.get_temp::<NaiveDate>(shown_month_id))
                .unwrap_or_else(|| first_of_month(date));
            ui.horizontal(|ui| {
                let step = |m: NaiveDate, back: bool, n: u32| {
                    if back {
                        m.checked_sub_months(Months::new(n))
                    } else {
                        m.checked_add_months(Months::new(n))
                    }
                    .unwrap_or(m)
                };
                if ui.button("«").on_hover_text(s.prev_year).clicked() {
                    month = step(month, true, 12);
                }
                if ui.button("◀").on_hover_text(s.prev_month).clicked() {
                    month = step(month, true, 1);
                }
                let name = s.months.get(month.month0() as usize).copied().unwrap_or("");
                // A fixed width: the arrows stay where they are whatever the month's name.
                ui.add_sized(
                    [130.0, 20.0],
                    egui::Label::new(
                        egui::RichText::new(format!("{name} {}", month.year())).strong(),
                    ),
                );
                if ui.button("▶").on_hover_text(s.next_month).clicked() {
                    month = step(month, false, 1);
                }
                if ui.button("»").on_hover_text(s.next_year).clicked() {
                    month = step(month, false, 12);
                }
            });
            egui::Grid::new(id.with("days")).show(ui, |ui| {
                for w in s.weekdays {
                    ui.weak(w);
                }
                ui.end_row();
                // Always six weeks: the popup keeps its height from month to month.
                let offset = i64::from(month.weekday().num_days_from_monday());
                for cell in 0..42 {
                    let day = month.checked_add_signed(chrono::Duration::days(cell - offset));
                    match day.filter(|d| d.month() == month.month()) {
                        Some(d) => {
                            if ui
                                .selectable_label(d == date, d.day().to_string())
                                .clicked()
                            {
                                picked = Some(d);
                            }
                        }
                        None => {
                            ui.label("");
                        }
                    }
                    if cell % 7 == 6 {
                        ui.end_row();
                    }
                }
            });
            ui.data_mut(|d| d.insert_temp(shown_month_id, month));
            if picked.is_some() {
                ui.close();
            }
        });
    picked
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_people_type_them() {
        let d = NaiveDate::from_ymd_opt(2014, 2, 10);
        assert_eq!(read_date("10/02/2014"), d);
        assert_eq!(read_date("2014-02-10"), d);
        assert_eq!(read_date("10 février 2014"), d);
        assert_eq!(read_date("10 February 2014"), d);
        assert_eq!(read_date("10/02/20"), NaiveDate::from_ymd_opt(2020, 2, 10));
        assert_eq!(read_date("31/02/2014"), None);
        assert_eq!(read_date("10/02/"), None);
    }
}
