//! The import dialog: the file's columns mapped to the list's fields with a preview, then the
//! per-row report with the duplicate choice, then the confirmation. Reading and checking run on
//! a thread; the dialog shows their progress with a cancel button.

use crate::i18n::fill;
use std::path::PathBuf;
use std::sync::Arc;

use egui::{Context, Id, Modal, RichText, ScrollArea, Ui};

use crate::import::{DuplicatePolicy, Filter, ImportJob, Mapping, Plan, Sheet, Verdict};
use crate::model::ListKind;

use super::theme::Tokens;
use super::widgets::form::combo;
use crate::i18n::Strings;

/// An import under way, from the chosen file to the confirmation.
pub struct ImportFlow {
    /// The file.
    pub source: PathBuf,
    /// Where it is.
    pub stage: Stage,
    /// What to do with duplicates.
    pub policy: DuplicatePolicy,
    /// The report's quick filters.
    pub filter: Filter,
}

/// The steps of an import.
pub enum Stage {
    /// The file is being read.
    Reading {
        /// The list to fill.
        kind: ListKind,
        /// The reading thread.
        job: ImportJob<Sheet>,
    },
    /// The user maps columns to fields.
    Mapping {
        /// The rows read.
        sheet: Arc<Sheet>,
        /// The mapping being adjusted.
        mapping: Mapping,
    },
    /// The rows are being checked.
    Checking {
        /// The rows read.
        sheet: Arc<Sheet>,
        /// The mapping used.
        mapping: Mapping,
        /// The checking thread.
        job: ImportJob<Plan>,
    },
    /// The report is shown, waiting for confirmation.
    Report {
        /// The rows read.
        sheet: Arc<Sheet>,
        /// The mapping used.
        mapping: Mapping,
        /// The verdict on each row.
        plan: Plan,
    },
}

/// What the user asked of the dialog this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportAction {
    /// Close the dialog; nothing is imported.
    Cancel,
    /// Check the rows under the mapping.
    Check,
    /// Back from the report to the mapping.
    Back,
    /// Write the import (one undo step).
    Confirm,
    /// Save the mapping to a file.
    SaveMapping,
    /// Load a saved mapping.
    LoadMapping,
}

/// Widths of the report's columns: tick box, line, result, record, detail.
const REPORT_WIDTHS: [f32; 5] = [28.0, 50.0, 80.0, 270.0, 452.0];

/// A left-aligned, truncated cell `width` wide.
fn cell(ui: &mut Ui, width: f32, height: f32, text: RichText) -> egui::Response {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(text).truncate())
        },
    )
    .inner
}

/// The quick filters, for partner imports whose file says what its rows are; true when the
/// user changed one.
fn filters_ui(ui: &mut Ui, s: &Strings, plan: &Plan, filter: &mut Filter) -> bool {
    let t = &s.import;
    let kinds = plan.rows.iter().any(|r| r.facets.kind.is_some());
    let vocational = plan.rows.iter().any(|r| r.facets.vocational.is_some());
    let below = plan.rows.iter().any(|r| r.facets.below_lycee);
    if !(kinds || vocational || below) {
        return false;
    }
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.label(t.filter_label);
        if kinds {
            changed |= ui
                .checkbox(&mut filter.lycees_and_cfa, t.filter_lycees_cfa)
                .changed();
        }
        if vocational {
            changed |= ui
                .checkbox(&mut filter.vocational, t.filter_vocational)
                .changed();
        }
        if below {
            changed |= ui
                .checkbox(&mut filter.below_lycee, t.filter_below_lycee)
                .changed();
        }
    });
    changed
}

/// How many sample rows the preview shows.
const PREVIEW_ROWS: usize = 3;

/// Draws the dialog; returns the user's action this frame.
pub fn show(ctx: &Context, s: &Strings, flow: &mut ImportFlow) -> Option<ImportAction> {
    let t = &s.import;
    let mut action = None;
    let name = flow
        .source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Anchored at the top, not centred: the dialog's height changes between steps, and a
    // re-centred dialog would move the pick-lists under the pointer.
    let id = Id::unique("import-dialog");
    let area = Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 40.0));
    let modal = Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_min_width(900.0);
        ui.set_max_width(900.0);
        ui.heading(fill(t.title, &[("file", &name)]));
        match &mut flow.stage {
            Stage::Reading { job, .. } => {
                action = progress(ui, s, t.reading, job.progress.counts());
            }
            Stage::Checking { job, .. } => {
                action = progress(ui, s, t.checking, job.progress.counts());
            }
            Stage::Mapping { sheet, mapping } => action = mapping_ui(ui, s, sheet, mapping),
            Stage::Report { plan, .. } => {
                action = report_ui(ui, s, plan, &mut flow.policy, &mut flow.filter);
            }
        }
    });
    // Only Escape closes it: a click beside the dialog must not lose the mapping in progress.
    let _ = modal;
    if action.is_none() && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        action = Some(ImportAction::Cancel);
    }
    action
}

fn progress(
    ui: &mut Ui,
    s: &Strings,
    what: &str,
    (done, total): (usize, usize),
) -> Option<ImportAction> {
    ui.label(what);
    let fraction = if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    };
    ui.add(egui::ProgressBar::new(fraction).text(format!("{done} / {total}")));
    ui.button(s.cancel)
        .clicked()
        .then_some(ImportAction::Cancel)
}

fn mapping_ui(
    ui: &mut Ui,
    s: &Strings,
    sheet: &Sheet,
    mapping: &mut Mapping,
) -> Option<ImportAction> {
    let t = &s.import;
    let mut action = None;
    ui.label(format!(
        "{} · {}",
        sheet.info.text(s),
        s.count(&t.rows, sheet.rows.len(), &[])
    ));
    ui.horizontal(|ui| {
        let l = ui.label(t.into);
        let mut kind = mapping.kind;
        let kinds: Vec<(ListKind, String)> = crate::import::importable()
            .map(|k| (k, (s.list_title)(k).to_owned()))
            .collect();
        if combo(ui, Id::unique("import-kind"), &mut kind, &kinds, 220.0)
            .labelled_by(l.id)
            .changed()
        {
            *mapping = Mapping::guess(kind, &sheet.headers);
        }
    });
    let missing = mapping.missing_columns(&sheet.headers);
    if !missing.is_empty() {
        ui.colored_label(
            Tokens::of(ui).error,
            fill(t.missing_columns, &[("columns", &missing.join(", "))]),
        );
    }
    ui.separator();
    let mut options: Vec<(String, String)> = vec![(String::new(), t.none.to_owned())];
    options.extend(sheet.headers.iter().map(|h| (h.clone(), h.clone())));
    egui::Grid::new("import-mapping-grid")
        .num_columns(3)
        .striped(true)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.strong(t.field);
            ui.strong(t.column);
            ui.strong(t.preview);
            ui.end_row();
            for field in crate::import::fields_of(mapping.kind) {
                let label = if s.english {
                    field.label_en
                } else {
                    field.label_fr
                };
                let l = if field.required {
                    ui.label(RichText::new(format!("{label} *")).strong())
                        .on_hover_text(t.required)
                } else {
                    ui.label(label)
                };
                let mut chosen = mapping.column(field.key).unwrap_or("").to_owned();
                if combo(
                    ui,
                    Id::unique(("import-col", field.key)),
                    &mut chosen,
                    &options,
                    260.0,
                )
                .labelled_by(l.id)
                .changed()
                {
                    mapping.set(field.key, (!chosen.is_empty()).then_some(chosen.clone()));
                }
                ui.label(RichText::new(preview(sheet, &chosen)).weak());
                ui.end_row();
            }
            for (year, header) in &mapping.years {
                ui.label(fill(t.year_value, &[("year", &year.to_string())]));
                ui.label(header);
                ui.label(RichText::new(preview(sheet, header)).weak());
                ui.end_row();
            }
        });
    ui.separator();
    ui.horizontal(|ui| {
        if ui.button(RichText::new(t.check).strong()).clicked() {
            action = Some(ImportAction::Check);
        }
        if ui.button(t.save_mapping).clicked() {
            action = Some(ImportAction::SaveMapping);
        }
        if ui.button(t.load_mapping).clicked() {
            action = Some(ImportAction::LoadMapping);
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ImportAction::Cancel);
        }
    });
    action
}

/// The first values of the column named `header`, as the file has them.
fn preview(sheet: &Sheet, header: &str) -> String {
    let Some(col) = sheet.headers.iter().position(|h| h == header) else {
        return String::new();
    };
    let values: Vec<String> = sheet
        .rows
        .iter()
        .take(PREVIEW_ROWS)
        .map(|r| {
            let mut v = r
                .cells
                .get(col)
                .map(crate::import::Value::text)
                .unwrap_or_default();
            if v.is_empty() {
                v = "–".into();
            }
            if v.chars().count() > 28 {
                v = v.chars().take(27).chain(['…']).collect();
            }
            v
        })
        .collect();
    values.join(" · ")
}

fn report_ui(
    ui: &mut Ui,
    s: &Strings,
    plan: &mut Plan,
    policy: &mut DuplicatePolicy,
    filter: &mut Filter,
) -> Option<ImportAction> {
    let t = &s.import;
    let tokens = Tokens::of(ui);
    let mut action = None;
    let counts = plan.counts(*policy);
    let summary = fill(
        t.summary,
        &[
            ("rows", &s.count(&t.rows, plan.rows.len(), &[])),
            ("added", &counts.added.to_string()),
            ("updated", &counts.updated.to_string()),
            ("skipped", &counts.skipped.to_string()),
            ("rejected", &counts.rejected.to_string()),
            ("warned", &counts.warned.to_string()),
            ("excluded", &counts.excluded.to_string()),
        ],
    );
    ui.label(RichText::new(summary).strong());
    if !plan.only_local.is_empty() {
        let text = s.count(
            &t.only_local,
            plan.only_local.len(),
            &[("records", &plan.only_local.join(" ; "))],
        );
        // One line: the whole list on hover, the dialog never grows with it.
        ui.add(egui::Label::new(text.as_str()).truncate())
            .on_hover_text(text.as_str());
    }
    if plan
        .rows
        .iter()
        .any(|r| matches!(r.verdict, Verdict::Duplicate { .. }))
    {
        ui.horizontal(|ui| {
            ui.label(t.duplicates);
            for (p, label) in [
                DuplicatePolicy::Skip,
                DuplicatePolicy::Update,
                DuplicatePolicy::Add,
            ]
            .into_iter()
            .zip(t.policies)
            {
                ui.radio_value(policy, p, label);
            }
        });
    }
    if filters_ui(ui, s, plan, filter) {
        plan.apply(*filter);
    }
    ui.separator();
    // Every row, those that need a look first: rejected, then duplicates, then the rows the
    // filters keep (with warnings first), then those they leave out. By the filters, not the
    // tick boxes: a row ticked by hand stays where it is.
    let mut order: Vec<usize> = (0..plan.rows.len()).collect();
    let filter_now = *filter;
    order.sort_by_key(|&i| {
        let r = &plan.rows[i];
        match r.verdict {
            Verdict::Rejected => 0,
            Verdict::Duplicate { .. } | Verdict::Repeated { .. } => 1,
            Verdict::New if !filter_now.keeps(&r.facets) => 4,
            Verdict::New if !r.warnings.is_empty() => 2,
            Verdict::New => 3,
        }
    });
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.horizontal(|ui| {
        cell(ui, REPORT_WIDTHS[0], row_height, RichText::new(""));
        for (c, width) in t.report_columns.iter().zip(&REPORT_WIDTHS[1..]) {
            cell(ui, *width, row_height, RichText::new(*c).strong());
        }
    });
    let notes =
        |n: &[crate::import::Note]| n.iter().map(|x| x.text(s)).collect::<Vec<_>>().join(" ; ");
    let mut toggled = None;
    // A fixed height: the dialog keeps its size whatever the filters keep.
    ScrollArea::vertical()
        .max_height(360.0)
        .min_scrolled_height(360.0)
        .id_salt("import-report")
        .show_rows(ui, row_height, order.len(), |ui, range| {
            for &i in order.get(range).unwrap_or_default() {
                let r = &plan.rows[i];
                ui.horizontal(|ui| {
                    let mut included = r.included;
                    ui.allocate_ui(egui::vec2(REPORT_WIDTHS[0], row_height), |ui| {
                        let tick = ui
                            .add_enabled(
                                r.can_be_kept(),
                                egui::Checkbox::without_text(&mut included),
                            )
                            .on_hover_text(t.include_tip);
                        tick.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::CheckBox,
                                true,
                                included,
                                format!("{} {}", r.line, r.label),
                            )
                        });
                        if tick.changed() {
                            toggled = Some((i, included));
                        }
                    });
                    cell(ui, REPORT_WIDTHS[1], row_height, r.line.to_string().into());
                    let (verdict, colour, detail) = match &r.verdict {
                        Verdict::New if r.warnings.is_empty() => {
                            (t.verdicts[0], tokens.ok, String::new())
                        }
                        Verdict::New => (t.verdicts[0], tokens.warning, notes(&r.warnings)),
                        Verdict::Duplicate { by, existing, .. } => (
                            t.verdicts[1],
                            tokens.warning,
                            fill(t.duplicate_of, &[("record", existing), ("by", by.text(s))]),
                        ),
                        Verdict::Repeated { line, by } => (
                            t.verdicts[2],
                            tokens.warning,
                            fill(
                                t.repeats_line,
                                &[("line", &line.to_string()), ("by", by.text(s))],
                            ),
                        ),
                        Verdict::Rejected => (t.verdicts[3], tokens.error, notes(&r.errors)),
                    };
                    let verdict = RichText::new(verdict).color(colour);
                    cell(ui, REPORT_WIDTHS[2], row_height, verdict);
                    let label = RichText::new(r.label.as_str());
                    let label = if r.included { label } else { label.weak() };
                    cell(ui, REPORT_WIDTHS[3], row_height, label);
                    cell(ui, REPORT_WIDTHS[4], row_height, detail.into())
                        .on_hover_text_at_pointer(notes(&r.warnings));
                });
            }
        });
    if let Some((i, included)) = toggled {
        plan.set_included(i, included);
    }
    ui.separator();
    ui.horizontal(|ui| {
        let writes = counts.added + counts.updated;
        if ui
            .add_enabled(
                writes > 0,
                egui::Button::new(
                    RichText::new(fill(t.confirm, &[("n", &writes.to_string())])).strong(),
                ),
            )
            .clicked()
        {
            action = Some(ImportAction::Confirm);
        }
        if ui.button(t.back).clicked() {
            action = Some(ImportAction::Back);
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ImportAction::Cancel);
        }
    });
    action
}
