//! Labelled form fields with their findings shown beside them, as you type.
//!
//! Every field is a row of a two-column grid: a label, then the widget *labelled by* it (so a
//! screen reader, and a kittest test, finds the field by its label), then, on the same line, the
//! messages of the findings about that field in the severity's colour — beside the field and on
//! one line (the whole text on hover), so a message that comes and goes while typing never moves
//! the fields below.

use std::fmt::Display;
use std::str::FromStr;

use chrono::NaiveDate;
use egui::{Align, Id, Response, RichText, TextEdit, Ui};

use crate::i18n::Strings;
use crate::rules::Findings;
use crate::ui::theme::{LABEL_WIDTH, Tokens};

use super::date_field::date_field;

/// Width of a text area.
const TEXT_AREA_WIDTH: f32 = 360.0;
/// Width of a long text (the application file's parts).
const LONG_TEXT_WIDTH: f32 = 640.0;

/// A form over one record: knows the record's path (for findings and focus).
pub struct Form<'a> {
    /// Texts of the current language.
    pub s: &'static Strings,
    findings: &'a Findings,
    focus: &'a mut Option<String>,
    base: String,
    tokens: Tokens,
    /// The next field drawn takes the keyboard focus (Enter on a table row).
    focus_next: bool,
}

impl<'a> Form<'a> {
    /// A form for the record at path `base` (`partners[3]`, `campus`).
    pub fn new(
        ui: &Ui,
        s: &'static Strings,
        findings: &'a Findings,
        focus: &'a mut Option<String>,
        base: impl Into<String>,
    ) -> Self {
        Self {
            s,
            findings,
            focus,
            base: base.into(),
            tokens: Tokens::of(ui),
            focus_next: false,
        }
    }

    /// Puts the cursor in the first field this form draws.
    pub fn focus_first_field(&mut self) {
        self.focus_next = true;
    }

    /// The path of `field` in this form's record.
    pub fn path(&self, field: &str) -> String {
        if field.is_empty() {
            self.base.clone()
        } else if self.base.is_empty() {
            field.to_owned()
        } else {
            format!("{}.{field}", self.base)
        }
    }

    /// A sub-form for a nested record (`formations[2]`).
    pub fn nested<R>(&mut self, field: &str, add: impl FnOnce(&mut Form<'_>) -> R) -> R {
        let base = std::mem::take(&mut self.base);
        self.base = if base.is_empty() {
            field.to_owned()
        } else {
            format!("{base}.{field}")
        };
        let r = add(self);
        self.base = base;
        r
    }

    /// Lays out fields in a two-column grid.
    pub fn grid<R>(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
        egui::Grid::new(id)
            .num_columns(2)
            .spacing([12.0, 6.0])
            .min_col_width(LABEL_WIDTH)
            .show(ui, add)
            .inner
    }

    fn row(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        widget: impl FnOnce(&mut Ui, Id) -> Response,
    ) -> Response {
        let path = self.path(field);
        let label_response = ui.label(label);
        let response = ui
            .horizontal(|ui| {
                let response =
                    widget(ui, Id::unique(("field", &path))).labelled_by(label_response.id);
                self.messages(ui, &path);
                response
            })
            .inner;
        ui.end_row();
        if std::mem::take(&mut self.focus_next) || self.focus.as_deref() == Some(path.as_str()) {
            response.request_focus();
            response.scroll_to_me(Some(Align::Center));
            *self.focus = None;
        }
        response
    }

    /// The messages of the findings about `path`, in the colour of the most serious, on one
    /// line (cut with « … » when long; the whole text on hover).
    pub fn messages(&self, ui: &mut Ui, path: &str) {
        let findings: Vec<_> = self
            .findings
            .at(path)
            .into_iter()
            .filter(|f| f.path == path)
            .collect();
        let Some(worst) = findings.iter().map(|f| f.severity).max() else {
            return;
        };
        let text = findings
            .iter()
            .map(|f| (self.s.issue)(&f.issue))
            .collect::<Vec<_>>()
            .join(" · ");
        ui.add(
            egui::Label::new(
                RichText::new(&text)
                    .color(self.tokens.severity(worst))
                    .small(),
            )
            .truncate(),
        )
        .on_hover_text(text);
    }

    /// A one-line text field.
    pub fn text(&mut self, ui: &mut Ui, label: &str, field: &str, value: &mut String) -> Response {
        self.row(ui, label, field, |ui, _| {
            ui.add(TextEdit::singleline(value).desired_width(360.0))
        })
    }

    /// A multi-line text field: four lines, more scroll inside.
    pub fn multiline(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut String,
    ) -> Response {
        self.text_area(ui, label, field, value, [TEXT_AREA_WIDTH, 4.0])
    }

    /// A long text (a part of the application file): wider, twelve lines, more scroll inside.
    pub fn long_text(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut String,
    ) -> Response {
        self.text_area(ui, label, field, value, [LONG_TEXT_WIDTH, 12.0])
    }

    /// A text area `[width, lines]`: a long text scrolls inside, the next field never moves.
    fn text_area(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut String,
        [width, lines]: [f32; 2],
    ) -> Response {
        let height = ui.text_style_height(&egui::TextStyle::Body) * lines + 8.0;
        self.row(ui, label, field, |ui, id| {
            egui::ScrollArea::vertical()
                .id_salt(id.with("scroll"))
                .max_height(height)
                .show(ui, |ui| {
                    ui.add(
                        TextEdit::multiline(value)
                            .desired_rows(lines as usize)
                            .desired_width(width),
                    )
                })
                .inner
        })
    }

    /// A check box.
    pub fn checkbox(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut bool,
    ) -> Response {
        self.row(ui, label, field, |ui, _| ui.checkbox(value, ""))
    }

    /// A date with a calendar.
    pub fn date(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut NaiveDate,
    ) -> Response {
        let s = self.s;
        self.row(ui, label, field, |ui, id| date_field(ui, id, value, s))
    }

    /// A date that may be left empty.
    pub fn opt_date(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut Option<NaiveDate>,
        default: NaiveDate,
    ) -> Response {
        let s = self.s;
        self.row(ui, label, field, |ui, id| {
            ui.horizontal(|ui| {
                if let Some(d) = value {
                    let mut r = date_field(ui, id, d, s);
                    if ui.small_button(s.clear).clicked() {
                        *value = None;
                        r.mark_changed();
                    }
                    r
                } else {
                    let mut r = ui.button(format!("— {}", s.set_date));
                    if r.clicked() {
                        *value = Some(default);
                        r.mark_changed();
                    }
                    r
                }
            })
            .inner
        })
    }

    /// A number typed as text; characters that cannot be part of the number are refused.
    pub fn number<T>(&mut self, ui: &mut Ui, label: &str, field: &str, value: &mut T) -> Response
    where
        T: Display + FromStr + Copy,
    {
        let s = self.s;
        self.row(ui, label, field, |ui, id| number_edit(ui, s, id, value))
    }

    /// A number that may be left empty.
    pub fn opt_number<T>(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut Option<T>,
    ) -> Response
    where
        T: Display + FromStr + Copy,
    {
        let s = self.s;
        self.row(ui, label, field, |ui, id| {
            let mut text = value.map(|v| s.decimal(&v.to_string())).unwrap_or_default();
            let r = buffered_edit(ui, id, &mut text);
            if r.changed() {
                *value = if text.trim().is_empty() {
                    None
                } else {
                    parse_number(&text).or(*value)
                };
            }
            r
        })
    }

    /// An amount in euros, stored in cents.
    pub fn money(&mut self, ui: &mut Ui, label: &str, field: &str, cents: &mut i64) -> Response {
        let s = self.s;
        self.row(ui, label, field, |ui, id| money_edit(ui, s, id, cents))
    }

    /// A pick-list of `options` (value and text).
    pub fn combo<T: PartialEq + Clone>(
        &mut self,
        ui: &mut Ui,
        label: &str,
        field: &str,
        value: &mut T,
        options: &[(T, String)],
    ) -> Response {
        self.row(ui, label, field, |ui, id| {
            combo(ui, id, value, options, 360.0)
        })
    }
}

/// A pick-list `width` wide; the response is marked changed when another option was chosen.
pub fn combo<T: PartialEq + Clone>(
    ui: &mut Ui,
    id: Id,
    value: &mut T,
    options: &[(T, String)],
    width: f32,
) -> Response {
    let selected = options
        .iter()
        .find(|(v, _)| v == value)
        .map_or_else(String::new, |(_, t)| t.clone());
    let mut changed = false;
    let mut r = egui::ComboBox::from_id_salt(id)
        .selected_text(selected)
        .width(width)
        .show_ui(ui, |ui| {
            for (v, text) in options {
                if ui.selectable_label(v == value, text).clicked() && v != value {
                    *value = v.clone();
                    changed = true;
                }
            }
        })
        .response;
    if changed {
        r.mark_changed();
    }
    r
}

/// A text edit whose text is kept while it has focus (so `12,` can be typed on the way to
/// `12,5`), and follows the model otherwise.
fn buffered_edit(ui: &mut Ui, id: Id, text: &mut String) -> Response {
    let buffer_id = id.with("buffer");
    if let Some(buffered) = ui.data(|d| d.get_temp::<String>(buffer_id)) {
        *text = buffered;
    }
    // A fixed size: inside a grid, a text edit otherwise shrinks to the column's last width.
    let r = ui.add_sized([120.0, 20.0], TextEdit::singleline(text).id(id));
    if r.changed() {
        text.retain(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | ' '));
    }
    if r.has_focus() {
        ui.data_mut(|d| d.insert_temp(buffer_id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(buffer_id));
    }
    r
}

/// A number typed as text, without a label row: shown with the decimal mark of `s`'s language,
/// read with either (`12,5` or `12.5`).
pub fn number_edit<T: Display + FromStr + Copy>(
    ui: &mut Ui,
    s: &Strings,
    id: Id,
    value: &mut T,
) -> Response {
    let mut text = s.decimal(&value.to_string());
    let r = buffered_edit(ui, id, &mut text);
    if r.changed()
        && let Some(v) = parse_number(&text)
    {
        *value = v;
    }
    r
}

fn money_edit(ui: &mut Ui, s: &Strings, id: Id, cents: &mut i64) -> Response {
    let mut text = s.decimal(&format!("{}.{:02}", *cents / 100, (*cents % 100).abs()));
    let r = buffered_edit(ui, id, &mut text);
    if r.changed()
        && let Some(euros) = parse_number::<f64>(&text)
    {
        *cents = (euros * 100.0).round() as i64;
    }
    r
}

/// Parses a number typed the French or English way (`12,5`, `12.5`, `1 200`).
fn parse_number<T: FromStr>(text: &str) -> Option<T> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    cleaned.replace(',', ".").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_parse_the_french_way() {
        assert_eq!(parse_number::<f64>("12,5"), Some(12.5));
        assert_eq!(parse_number::<u32>("1 200"), Some(1200));
        assert_eq!(parse_number::<u32>("12a"), None);
    }
}
