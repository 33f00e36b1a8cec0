//! The one table used by every list: sort, filter, column show/hide, selection, add /
//! duplicate / delete, and only the visible rows laid out (100 000 rows scroll smoothly).
//!
//! Selection is kept by record id, never by row position, so sorting, filtering or deleting
//! other rows never moves it to another record.

mod rows;

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::NaiveDate;
use egui::{RichText, Sense, TextEdit, Ui};
use egui_extras::{Column as TableColumn, TableBuilder};

use crate::i18n::Strings;
use crate::ui::theme::ROW_HEIGHT;

use rows::CacheKey;

/// What a column sorts by.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SortKey {
    /// No value: sorts first.
    Empty,
    /// A whole number (or a decimal scaled to one).
    Int(i64),
    /// A date.
    Date(NaiveDate),
    /// Text, compared without case.
    Text(String),
}

/// Computes a cell's text or sort key from a record.
type CellFn<'a, R, T> = Box<dyn Fn(&R) -> T + 'a>;

/// A column: its title, width, cell text and sort key.
pub struct Column<'a, R> {
    title: &'a str,
    width: f32,
    cell: CellFn<'a, R, String>,
    key: Option<CellFn<'a, R, SortKey>>,
}

impl<'a, R> Column<'a, R> {
    /// A column showing `cell`, sorted by its text.
    pub fn new(title: &'a str, width: f32, cell: impl Fn(&R) -> String + 'a) -> Self {
        Self {
            title,
            width,
            cell: Box::new(cell),
            key: None,
        }
    }

    /// Sorts the column by `key` instead of its text (dates, numbers).
    #[must_use]
    pub fn sort_by(mut self, key: impl Fn(&R) -> SortKey + 'a) -> Self {
        self.key = Some(Box::new(key));
        self
    }

    fn sort_key(&self, r: &R) -> SortKey {
        match &self.key {
            Some(k) => k(r),
            None => SortKey::Text((self.cell)(r).to_lowercase()),
        }
    }
}

/// What the user asked of the table this frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableAction {
    /// Export the rows shown (`Some`, in display order) or all rows (`None`).
    Export {
        /// CSV or XLSX.
        format: crate::export::Format,
        /// Indices of the rows shown, when only those are wanted.
        rows: Option<Vec<usize>>,
    },
    /// Import rows from a spreadsheet.
    Import,
    /// Add a new row.
    Add,
    /// Duplicate the row at this index of the list.
    Duplicate(usize),
    /// Delete the row at this index of the list.
    Delete(usize),
}

/// What a table remembers between frames.
#[derive(Default)]
pub struct TableState {
    /// Filter text: rows whose cells contain it (any case) are shown.
    pub filter: String,
    /// Sorted column and ascending flag.
    pub sort: Option<(usize, bool)>,
    /// Hidden columns.
    pub hidden: BTreeSet<usize>,
    /// Id of the selected record.
    pub selected: Option<String>,
    /// Set to put the cursor in the filter on the next frame (Ctrl+F).
    pub focus_filter: bool,
    /// Set to give the keyboard focus to the selected row on the next frame (↓ from the filter).
    pub focus_row: bool,
    /// Set when Enter on a row asked for its form: the form's first field takes the focus.
    pub focus_form: bool,
    /// Height of the tallest form shown under the table so far: the table leaves it that room.
    pub form_height: f32,
    /// Id of the record whose row had the keyboard focus last frame (drawn outlined).
    focused: Option<String>,
    /// Visible row indices, and what they were computed from.
    cache: Option<(CacheKey, Arc<Vec<usize>>)>,
}

impl TableState {
    /// The index in `ids` of the selected record.
    pub fn selected_index<'a>(&self, mut ids: impl Iterator<Item = &'a str>) -> Option<usize> {
        let sel = self.selected.as_deref()?;
        ids.position(|id| id == sel)
    }
}

/// What a table shows.
pub struct TableView<'t, 'a, R> {
    /// Id of the table (unique in the window).
    pub id: &'t str,
    /// The records.
    pub rows: &'t [R],
    /// The columns.
    pub columns: &'t [Column<'a, R>],
    /// Each record's stable id.
    pub id_of: fn(&R) -> &str,
    /// Changes when the records change (keys the filter/sort cache).
    pub revision: u64,
    /// The index of the one record replaced in place since an older revision, if that is the
    /// only change since (the cache then moves that row only).
    pub replaced_since: &'t dyn Fn(u64) -> Option<usize>,
    /// Offer add / duplicate / delete (false for a read-only list).
    pub editable: bool,
    /// Offer « Exporter » (false for lists with no export).
    pub exportable: bool,
    /// Offer « Importer… » (lists a spreadsheet can fill).
    pub importable: bool,
}

/// Draws the table.
pub fn show<R>(
    ui: &mut Ui,
    state: &mut TableState,
    table: &TableView<'_, '_, R>,
    s: &Strings,
) -> Option<TableAction> {
    let TableView {
        id,
        rows,
        columns,
        id_of,
        editable,
        exportable,
        importable,
        ..
    } = *table;
    let mut action = None;
    let selected_index = state.selected_index(rows.iter().map(id_of));
    let total = rows.len();
    let mut focus_first_row = false;
    ui.horizontal(|ui| {
        let label = ui.label(s.labelled(s.filter, ""));
        let filter = ui
            .add(
                TextEdit::singleline(&mut state.filter)
                    .desired_width(200.0)
                    .hint_text("…"),
            )
            .labelled_by(label.id);
        if state.focus_filter {
            filter.request_focus();
            state.focus_filter = false;
        }
        // ↓ in the filter goes to the rows: the first one shown is selected and focused.
        if filter.has_focus() && ui.input(|i| i.key_pressed(egui::Key::ArrowDown)) {
            focus_first_row = true;
        }
        ui.separator();
        if editable {
            if ui.button(format!("✚ {}", s.add)).clicked() {
                action = Some(TableAction::Add);
            }
            if ui
                .add_enabled(
                    selected_index.is_some(),
                    egui::Button::new(format!("⎘ {}", s.duplicate)),
                )
                .clicked()
            {
                action = selected_index.map(TableAction::Duplicate);
            }
            if ui
                .add_enabled(
                    selected_index.is_some(),
                    egui::Button::new(format!("🗑 {}", s.delete)),
                )
                .clicked()
            {
                action = selected_index.map(TableAction::Delete);
            }
        }
        ui.menu_button(s.columns, |ui| {
            for (i, c) in columns.iter().enumerate() {
                let mut shown = !state.hidden.contains(&i);
                if ui.checkbox(&mut shown, c.title).changed() {
                    if shown {
                        state.hidden.remove(&i);
                    } else {
                        state.hidden.insert(i);
                    }
                }
            }
        });
    });
    let visible = state.rows_shown(table);
    if focus_first_row && let Some(r) = visible.first().and_then(|&i| rows.get(i)) {
        state.selected = Some(id_of(r).to_owned());
        state.focus_row = true;
    }
    let selected_index = state.selected_index(rows.iter().map(id_of));
    if exportable || importable {
        ui.horizontal(|ui| {
            if importable
                && ui
                    .button(format!("⬆ {}", s.import.import))
                    .on_hover_text(s.import.import_tip)
                    .clicked()
            {
                action = Some(TableAction::Import);
            }
            if !exportable {
                return;
            }
            ui.menu_button(format!("⬇ {}", s.export), |ui| {
                for (label, format, shown) in [
                    (s.export_csv_shown, crate::export::Format::Csv, true),
                    (s.export_csv_all, crate::export::Format::Csv, false),
                    (s.export_xlsx_shown, crate::export::Format::Xlsx, true),
                    (s.export_xlsx_all, crate::export::Format::Xlsx, false),
                ] {
                    if ui.button(label).clicked() {
                        action = Some(TableAction::Export {
                            format,
                            rows: shown.then(|| visible.to_vec()),
                        });
                    }
                }
            });
        });
    }
    ui.label(RichText::new(format!("{} / {total}", visible.len())).weak());
    if let Some(i) = selected_index
        && !visible.contains(&i)
    {
        // The filter hides the selected row: drop the selection rather than edit a row the
        // user cannot see.
        state.selected = None;
    }
    let shown: Vec<usize> = (0..columns.len())
        .filter(|i| !state.hidden.contains(i))
        .collect();
    // The room the tallest form of this list took so far is left to it, the rest (at least
    // 45 %, at least three rows) is the table's: the window is filled, and the height does not
    // depend on the number of rows, so adding or filtering rows never moves the form.
    let room = ui.available_height() - ROW_HEIGHT - 12.0;
    // At least two lines are left below (the « select a row » hint before any form was shown).
    let height = (room - state.form_height.max(2.0 * ROW_HEIGHT))
        .max(room * 0.45)
        .max(3.0 * ROW_HEIGHT);
    // Columns narrower than asked when the window is: the last one takes what is left.
    let asked: f32 = shown.iter().map(|&c| columns[c].width).sum();
    let spacing = ui.spacing().item_spacing.x * shown.len() as f32;
    let scale = ((ui.available_width() - spacing) / asked.max(1.0)).min(1.0);
    let mut clicked = None;
    let mut focused = None;
    let focus_row = std::mem::take(&mut state.focus_row);
    let scroll_to = focus_row
        .then(|| selected_index.and_then(|i| visible.iter().position(|&v| v == i)))
        .flatten();
    let focus_stroke = ui.visuals().selection.stroke;
    let had_focus = state.focused.take();
    // The table lives in a box of its own height, so its column lines stop where it ends.
    let size = egui::vec2(ui.available_width(), height + ROW_HEIGHT + 4.0);
    ui.allocate_ui_with_layout(size, egui::Layout::top_down(egui::Align::Min), |ui| {
        // Keyed by the room there is: when the checks panel opens or the window narrows, the
        // columns are laid out again to fit instead of running past the edge.
        let room = (ui.available_width() / 8.0).round() as i32;
        let mut builder = TableBuilder::new(ui)
            .id_salt((id, room))
            .striped(true)
            .sense(Sense::click())
            .max_scroll_height(height)
            .min_scrolled_height(height)
            .auto_shrink([false, false]);
        if let Some(row) = scroll_to {
            builder = builder.scroll_to_row(row, None);
        }
        for (n, &c) in shown.iter().enumerate() {
            let w = columns[c].width * scale;
            builder = builder.column(if n + 1 == shown.len() {
                TableColumn::remainder().at_least(w)
            } else {
                TableColumn::initial(w)
                    .at_least(40.0)
                    .clip(true)
                    .resizable(true)
            });
        }
        builder
            .header(ROW_HEIGHT, |mut header| {
                for &c in &shown {
                    header.col(|ui| {
                        let arrow = match state.sort {
                            Some((sc, true)) if sc == c => " ⬆",
                            Some((sc, false)) if sc == c => " ⬇",
                            _ => "",
                        };
                        let r = ui.add(
                            egui::Button::new(
                                RichText::new(format!("{}{arrow}", columns[c].title)).strong(),
                            )
                            .frame(false)
                            .truncate(),
                        );
                        if r.clicked() {
                            state.sort = match state.sort {
                                Some((sc, true)) if sc == c => Some((c, false)),
                                Some((sc, false)) if sc == c => None,
                                _ => Some((c, true)),
                            };
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, visible.len(), |mut row| {
                    let Some(&i) = visible.get(row.index()) else {
                        return;
                    };
                    let Some(r) = rows.get(i) else { return };
                    row.set_selected(Some(i) == selected_index);
                    let outlined = had_focus.as_deref() == Some(id_of(r));
                    let last = shown.len().saturating_sub(1);
                    for (n, &c) in shown.iter().enumerate() {
                        row.col(|ui| {
                            if outlined {
                                outline(ui, focus_stroke, n == 0, n == last);
                            }
                            ui.add(
                                egui::Label::new((columns[c].cell)(r))
                                    .truncate()
                                    .selectable(false),
                            );
                        });
                    }
                    let response = row.response();
                    if response.clicked() {
                        clicked = Some(id_of(r).to_owned());
                    }
                    if focus_row && Some(i) == selected_index {
                        response.request_focus();
                    }
                    // The focused row is outlined and selected: ↑ ↓ and Tab walk the rows with
                    // the form following; Enter puts the cursor in the form.
                    if response.has_focus() {
                        focused = Some(id_of(r).to_owned());
                    }
                });
            });
    });
    if clicked.is_some() {
        state.selected = clicked;
    }
    if focused != had_focus {
        ui.ctx().request_repaint();
    }
    state.focused.clone_from(&focused);
    if let Some(id) = focused {
        if state.selected.as_deref() != Some(id.as_str()) {
            state.selected = Some(id);
        }
        if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            state.focus_form = true;
        }
    }
    action
}

/// The part of a focused row's outline that a cell draws: its top and bottom edges, and the
/// row's ends in the first and last cells.
fn outline(ui: &Ui, stroke: egui::Stroke, first: bool, last: bool) {
    let r = ui
        .max_rect()
        .expand2(egui::vec2(ui.spacing().item_spacing.x / 2.0, 0.0));
    let p = ui.painter();
    p.hline(r.x_range(), r.top() + 1.0, stroke);
    p.hline(r.x_range(), r.bottom() - 1.0, stroke);
    if first {
        p.vline(r.left() + 1.0, r.y_range(), stroke);
    }
    if last {
        p.vline(r.right() - 1.0, r.y_range(), stroke);
    }
}
