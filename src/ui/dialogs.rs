//! Modal dialogs: unsaved changes, file changed on disk, recovery, new dossier, deletion.

use crate::i18n::fill;
use std::path::PathBuf;

use egui::{Context, Id, Modal, RichText, TextEdit};

use crate::model::Dossier;
use crate::model::Reference;
use crate::model::reference::{FILIERES, REGIONS};
use crate::session::ListKind;

use super::settings::PdfChoice;
use super::theme::Tokens;
use crate::i18n::Strings;

/// What to do once unsaved changes are dealt with.
#[derive(Clone, Debug, PartialEq)]
pub enum Then {
    /// Close the window.
    Close,
    /// Open this dossier.
    Open(PathBuf),
    /// Open this workspace.
    OpenWorkspace(PathBuf),
    /// Show the new-dossier form.
    NewDossier,
    /// Do this to the dossier file at this path.
    Manage(FileOp, PathBuf),
}

/// What to do with a dossier file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileOp {
    /// Give it this file stem.
    Rename(String),
    /// Copy it next to itself and open the copy.
    Duplicate,
    /// Move it into `archives/`.
    Archive,
    /// Move it into `corbeille/`.
    Bin,
}

/// The dialog on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Dialog {
    /// Save before going on?
    Unsaved {
        /// What comes next.
        then: Then,
    },
    /// The file changed on disk since it was read.
    DiskChanged {
        /// What was to come after the save, if anything.
        then: Option<Then>,
    },
    /// Another machine's version arrived and contradicts this one: a choice per conflict.
    Merge(Box<super::merge_view::MergeView>),
    /// Unsaved edits of a previous run were found.
    Recovery {
        /// The recovered dossier.
        dossier: Box<Dossier>,
    },
    /// The form of a new dossier.
    New {
        /// Campus name.
        name: String,
        /// INSEE code of the région académique.
        region: String,
        /// Filière slug.
        filiere: String,
    },
    /// Delete a record others refer to?
    ConfirmDelete {
        /// Which list.
        list: ListKind,
        /// Index in the list.
        index: usize,
        /// Name of the record.
        title: String,
        /// Who refers to it.
        references: Vec<Reference>,
    },
    /// Which PDF, how: then print (`print`) or export it.
    Pdf {
        /// Document, orientation and sections.
        choice: PdfChoice,
        /// Print (open in the viewer) rather than export (ask where to save).
        print: bool,
    },
    /// A new name for a dossier's file.
    Rename {
        /// The file.
        path: PathBuf,
        /// The stem being typed.
        name: String,
        /// Its stem now.
        original: String,
    },
    /// Move a dossier to the bin?
    ConfirmBin {
        /// The file.
        path: PathBuf,
        /// Its campus's name.
        campus: String,
    },
    /// A list of campuses checked: its report, before anything is written.
    CampusList {
        /// One line per row, then per campus.
        report: Vec<String>,
        /// Rows rejected (left out).
        rejected: usize,
        /// Campuses to create or complete.
        campuses: usize,
    },
    /// A message to acknowledge.
    Info(String),
    /// A report to read (an export into a Beneficiary Module file): a title and its lines.
    Report {
        /// What it reports on.
        title: String,
        /// One line each.
        lines: Vec<String>,
    },
}

/// The button the user pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Save / Restore / Create / Delete / OK (the main action).
    Primary,
    /// Don't save / Overwrite / Ignore (the other action).
    Secondary,
    /// Cancel, Escape.
    Cancel,
}

/// Draws `dialog`; returns the choice made this frame, if any.
pub fn show(ctx: &Context, s: &Strings, dialog: &mut Dialog, doc_name: &str) -> Option<Choice> {
    let mut choice = None;
    // Enter in a field that stands for the main button (the merge view's « Autre »).
    let mut enter = false;
    // Anchored by its top edge and of a fixed width: a dialog whose content grows or shrinks
    // (a choice that shows more options, a message under a field) never moves its buttons.
    let id = Id::unique("dialog");
    let area = Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 120.0));
    Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_width(520.0);
        let tokens = Tokens::of(ui);
        let mut buttons =
            |ui: &mut egui::Ui, primary: &str, secondary: Option<&str>, cancel: Option<&str>| {
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(RichText::new(primary).strong()).clicked() {
                        choice = Some(Choice::Primary);
                    }
                    if let Some(t) = secondary
                        && ui.button(t).clicked()
                    {
                        choice = Some(Choice::Secondary);
                    }
                    if let Some(t) = cancel
                        && ui.button(t).clicked()
                    {
                        choice = Some(Choice::Cancel);
                    }
                });
            };
        match dialog {
            Dialog::Unsaved { .. } => {
                ui.heading(s.unsaved_title);
                ui.label(fill(s.unsaved_body, &[("campus", doc_name)]));
                buttons(ui, s.save, Some(s.dont_save), Some(s.cancel));
            }
            Dialog::DiskChanged { .. } => {
                ui.heading(s.disk_title);
                ui.label(fill(s.disk_body, &[("campus", doc_name)]));
                buttons(ui, s.disk_reload, Some(s.disk_overwrite), Some(s.cancel));
            }
            Dialog::Merge(view) => {
                enter = super::merge_view::ui(ui, s, view, doc_name);
                buttons(ui, s.merge_apply, None, Some(s.merge_later));
            }
            Dialog::Recovery { .. } => {
                ui.heading(s.recovery_title);
                ui.label(fill(s.recovery_body, &[("campus", doc_name)]));
                buttons(ui, s.recovery_restore, Some(s.recovery_ignore), None);
            }
            Dialog::New {
                name,
                region,
                filiere,
            } => {
                ui.heading(s.new_title);
                egui::Grid::new("new-dossier")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let l = ui.label(s.name);
                        let edit = ui
                            .add(TextEdit::singleline(name).desired_width(320.0))
                            .labelled_by(l.id);
                        // The name first: typed at once, without a click.
                        if ui.ctx().memory(|m| m.focused().is_none()) {
                            edit.request_focus();
                        }
                        ui.end_row();
                    });
                // Lists in the dialog itself rather than pop-ups: nothing opens behind the
                // dialog, and a click on an item never counts as a click outside.
                let l = ui.label(s.region);
                let regions: Vec<(String, String)> = REGIONS
                    .iter()
                    .map(|r| (r.code.to_owned(), r.name.to_owned()))
                    .collect();
                pick_list(ui, "new-region", region, &regions).labelled_by(l.id);
                let l = ui.label(s.filiere);
                let filieres: Vec<(String, String)> = FILIERES
                    .iter()
                    .map(|f| (f.code.to_owned(), s.filiere_name(f).to_owned()))
                    .collect();
                pick_list(ui, "new-filiere", filiere, &filieres).labelled_by(l.id);
                let ready = !name.trim().is_empty() && !region.is_empty() && !filiere.is_empty();
                // What is still missing, on a line that is always there.
                let missing = if ready { " " } else { s.new_missing };
                ui.label(RichText::new(missing).color(tokens.subdued));
                if ready && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    choice = Some(Choice::Primary);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(ready, egui::Button::new(RichText::new(s.create).strong()))
                        .clicked()
                    {
                        choice = Some(Choice::Primary);
                    }
                    if ui.button(s.cancel).clicked() {
                        choice = Some(Choice::Cancel);
                    }
                });
            }
            Dialog::ConfirmDelete {
                title, references, ..
            } => {
                ui.heading(fill(s.delete_title, &[("record", title)]));
                ui.label(s.delete_refs);
                for r in references.iter() {
                    ui.colored_label(tokens.warning, format!("• {}", (s.referrer)(&r.from)));
                }
                buttons(ui, s.delete_anyway, None, Some(s.cancel));
            }
            Dialog::Pdf { choice, print } => {
                ui.heading(if *print {
                    s.cmd_print
                } else {
                    s.cmd_export_pdf
                });
                ui.radio_value(&mut choice.application, false, s.pdf_summary);
                ui.radio_value(&mut choice.application, true, s.pdf_application);
                ui.checkbox(&mut choice.landscape, s.pdf_landscape);
                ui.separator();
                // The summary's sections stay in place (greyed for the application): the dialog
                // keeps its size and its buttons do not move.
                ui.add_enabled_ui(!choice.application, |ui| {
                    for ((key, _), label) in crate::export::pdf::SECTIONS.iter().zip(s.pdf_sections)
                    {
                        let mut on = choice.sections.iter().any(|k| k == key);
                        if ui.checkbox(&mut on, label).changed() {
                            if on {
                                choice.sections.push((*key).to_owned());
                            } else {
                                choice.sections.retain(|k| k != key);
                            }
                        }
                    }
                });
                let label = if *print { s.print } else { s.export_ellipsis };
                buttons(ui, label, None, Some(s.cancel));
            }
            Dialog::Rename {
                path,
                name,
                original,
            } => {
                ui.heading(fill(
                    s.rename_title,
                    &[("file", &format!("{original}.ron"))],
                ));
                let l = ui.label(s.rename_label);
                let edit = ui
                    .add(TextEdit::singleline(name).desired_width(320.0))
                    .labelled_by(l.id);
                if ui.ctx().memory(|m| m.focused().is_none()) {
                    edit.request_focus();
                }
                let problem = if !crate::store::is_plain_name(name) {
                    Some(s.rename_invalid)
                } else if name.trim() != original.as_str()
                    && path.with_file_name(format!("{}.ron", name.trim())).exists()
                {
                    Some(s.rename_taken)
                } else {
                    None
                };
                // The message's line is always there: the buttons never move while typing.
                ui.label(RichText::new(problem.unwrap_or(" ")).color(tokens.error));
                let ready = problem.is_none() && name.trim() != original.as_str();
                if ready && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    choice = Some(Choice::Primary);
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui
                        .add_enabled(
                            ready,
                            egui::Button::new(RichText::new(s.rename_button).strong()),
                        )
                        .clicked()
                    {
                        choice = Some(Choice::Primary);
                    }
                    if ui.button(s.cancel).clicked() {
                        choice = Some(Choice::Cancel);
                    }
                });
            }
            Dialog::ConfirmBin { campus, .. } => {
                ui.heading(fill(s.bin_title, &[("campus", campus)]));
                ui.label(s.bin_body);
                buttons(ui, s.cmd_bin.trim_end_matches('…'), None, Some(s.cancel));
            }
            Dialog::CampusList {
                report,
                rejected,
                campuses,
            } => {
                let t = &s.import;
                ui.heading(t.campus_list_title);
                // A fixed height: a long list scrolls inside, the buttons stay in place.
                egui::ScrollArea::vertical()
                    .id_salt("campus-list-report")
                    .max_height(320.0)
                    .min_scrolled_height(320.0)
                    .show(ui, |ui| {
                        for line in report.iter() {
                            ui.label(line.as_str());
                        }
                    });
                if *rejected > 0 {
                    ui.label(
                        RichText::new(s.count(&t.campus_list_rejected, *rejected, &[]))
                            .color(tokens.warning),
                    );
                }
                if *campuses == 0 {
                    ui.label(if *rejected > 0 && *rejected == report.len() {
                        t.campus_list_all_rejected
                    } else {
                        t.campus_list_nothing
                    });
                    buttons(ui, s.ok, None, None);
                } else {
                    let confirm = s.count(&t.campus_list_confirm, *campuses, &[]);
                    buttons(ui, &confirm, None, Some(s.cancel));
                }
            }
            Dialog::Info(text) => {
                ui.label(text.as_str());
                buttons(ui, s.ok, None, None);
            }
            Dialog::Report { title, lines } => {
                ui.heading(title.as_str());
                // A fixed height: a long report scrolls inside, the button stays in place.
                egui::ScrollArea::vertical()
                    .id_salt("report-lines")
                    .max_height(360.0)
                    .min_scrolled_height(360.0)
                    .show(ui, |ui| {
                        for line in lines.iter() {
                            ui.label(line.as_str());
                        }
                    });
                buttons(ui, s.ok, None, None);
            }
        }
    });
    if enter {
        choice = Some(Choice::Primary);
    }
    // Only Escape (or the dialog's own button) closes it: a click beside it, a near miss,
    // never loses what was typed.
    if choice.is_none() && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        choice = Some(Choice::Cancel);
    }
    if choice.is_some() {
        // The next opening shows its lists from their chosen option again.
        ctx.data_mut(|d| {
            for salt in ["new-region", "new-filiere"] {
                d.remove::<bool>(Id::unique((salt, "shown")));
            }
        });
    }
    choice
}

/// A short list of options shown in place (a fixed height, scrolling), the chosen one selected.
fn pick_list(
    ui: &mut egui::Ui,
    salt: &str,
    value: &mut String,
    options: &[(String, String)],
) -> egui::Response {
    egui::Frame::group(ui.style())
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt(salt)
                .max_height(110.0)
                .max_width(320.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    // The chosen option in view when the list first shows.
                    let shown = Id::unique((salt, "shown"));
                    let first = !ui.data(|d| d.get_temp::<bool>(shown).unwrap_or(false));
                    ui.data_mut(|d| d.insert_temp(shown, true));
                    for (code, text) in options {
                        let selected = code == value;
                        let r = ui.selectable_label(selected, text);
                        if selected && first {
                            r.scroll_to_me(Some(egui::Align::Center));
                        }
                        if r.clicked() {
                            value.clone_from(code);
                        }
                    }
                });
        })
        .response
}
