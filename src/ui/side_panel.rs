//! The left panel: the workspace's dossiers (search, category, next milestone, unsaved marker)
//! and the sections of the open dossier.

use std::path::{Path, PathBuf};

use egui::{RichText, TextEdit, Ui};

use crate::rules::calendar::LabelStatus;
use crate::session::{Document, Workspace};

use super::dialogs::FileOp;
use super::sections::Section;
use super::theme::Tokens;
use crate::i18n::{Strings, fill};

/// What the user chose in the side panel.
pub enum SideAction {
    /// Open this dossier.
    Open(PathBuf),
    /// Show this section.
    Section(Section),
    /// Show the dashboard of the workspace.
    Dashboard,
    /// Rename, duplicate, archive or bin this dossier file.
    Manage(FileOp, PathBuf),
    /// Move this archived or binned dossier back into the workspace.
    PutBack(PathBuf),
    /// Merge this conflict copy into its dossier (the second path).
    MergeCopy(PathBuf, PathBuf),
}

/// Draws the dossier list and the section list (`section` is the one shown).
pub fn ui(
    ui: &mut Ui,
    s: &Strings,
    workspace: Option<&Workspace>,
    doc: Option<&Document>,
    section: Section,
    search: &mut String,
) -> Option<SideAction> {
    let mut action = None;
    let tokens = Tokens::of(ui);
    ui.heading(s.dossiers);
    let Some(ws) = workspace else {
        ui.weak(s.no_workspace);
        return None;
    };
    let label = ui.label(s.search_campus);
    ui.add(TextEdit::singleline(search).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    let mut dashboard =
        ui.selectable_label(section == Section::Dashboard, format!("📊 {}", s.dashboard));
    if let Some(sc) = Section::Dashboard.shortcut() {
        dashboard = dashboard.on_hover_text(ui.ctx().format_shortcut(&sc));
    }
    if dashboard.clicked() {
        action = Some(SideAction::Dashboard);
    }
    let needle = search.trim().to_lowercase();
    let open_path: Option<&Path> = doc.map(Document::path);
    // A fixed height: a new dossier, a longer summary line never push the sections down.
    let list_height = ui.available_height() * 0.55;
    egui::ScrollArea::vertical()
        .id_salt("dossier-list")
        .max_height(list_height)
        .min_scrolled_height(list_height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for e in ws.entries() {
                let file = e
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let name = e
                    .summary
                    .as_ref()
                    .map_or_else(|_| file.clone(), |x| x.name.clone());
                if !needle.is_empty()
                    && !name.to_lowercase().contains(&needle)
                    && !file.contains(&needle)
                {
                    continue;
                }
                let is_open = open_path == Some(e.path.as_path());
                let dirty = is_open && doc.is_some_and(Document::is_dirty);
                ui.horizontal(|ui| {
                    if dirty {
                        ui.colored_label(tokens.unsaved, "•")
                            .on_hover_text(s.unsaved_marker_tip);
                    }
                    if e.has_recovery {
                        ui.colored_label(tokens.warning, "⟲")
                            .on_hover_text(s.recovery_marker_tip);
                    }
                    // Cut to the panel's width: a long name never widens the panel.
                    let row = ui
                        .add(
                            egui::Button::selectable(is_open, RichText::new(&name).strong())
                                .truncate(),
                        )
                        .on_hover_text(&name);
                    if row.clicked() && !is_open {
                        action = Some(SideAction::Open(e.path.clone()));
                    }
                    if !ws.is_examples() {
                        row.context_menu(|ui| {
                            for (op, label) in [
                                (FileOp::Rename(String::new()), s.cmd_rename),
                                (FileOp::Duplicate, s.cmd_duplicate),
                                (FileOp::Archive, s.cmd_archive),
                                (FileOp::Bin, s.cmd_bin),
                            ] {
                                if ui.button(label).clicked() {
                                    action = Some(SideAction::Manage(op, e.path.clone()));
                                    ui.close();
                                }
                            }
                        });
                    }
                });
                for copy in &e.copies {
                    let name = copy
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    ui.horizontal(|ui| {
                        if !ws.is_examples()
                            && ui
                                .small_button(s.copy_merge)
                                .on_hover_text(s.copy_merge_tip)
                                .clicked()
                        {
                            action = Some(SideAction::MergeCopy(copy.clone(), e.path.clone()));
                        }
                        // Cut to the panel: a truncated label shows its whole text on hover.
                        let line = fill(s.copy_line, &[("name", &name)]);
                        ui.add(
                            egui::Label::new(RichText::new(line).small().color(tokens.warning))
                                .truncate(),
                        );
                    });
                }
                match &e.summary {
                    Ok(x) => {
                        let label = x.timeline.label;
                        let color = match label {
                            LabelStatus::Active { .. } => tokens.subdued,
                            LabelStatus::Undated { .. } => tokens.warning,
                            _ => tokens.late,
                        };
                        ui.add(
                            egui::Label::new(
                                RichText::new(s.label_status(label)).small().color(color),
                            )
                            .truncate(),
                        );
                        if let Some((date, title)) = &x.next_milestone {
                            ui.add(
                                egui::Label::new(
                                    RichText::new(s.labelled(
                                        s.next_milestone,
                                        &format!("{} — {title}", s.date(*date)),
                                    ))
                                    .small()
                                    .color(tokens.subdued),
                                )
                                .truncate(),
                            );
                        }
                    }
                    Err(err) => {
                        ui.label(RichText::new(s.unreadable).small().color(tokens.error))
                            .on_hover_text(s.file_error(err));
                    }
                }
                ui.add_space(4.0);
            }
        });
    for (title, files, salt) in [
        (s.archives, ws.archived(), "archives"),
        (s.bin, ws.binned(), "bin"),
    ] {
        if files.is_empty() {
            continue;
        }
        egui::CollapsingHeader::new(format!("{title} ({})", files.len()))
            .id_salt(salt)
            .show(ui, |ui| {
                for path in files {
                    let name = path
                        .file_stem()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    ui.horizontal(|ui| {
                        if ui
                            .small_button(s.put_back_button)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            action = Some(SideAction::PutBack(path.clone()));
                        }
                        ui.add(
                            egui::Label::new(RichText::new(&name).color(tokens.subdued)).truncate(),
                        );
                    });
                }
            });
    }
    if doc.is_some() {
        ui.separator();
        for sec in Section::all() {
            let mut entry = ui.selectable_label(section == sec, sec.title(s));
            if let Some(sc) = sec.shortcut() {
                entry = entry.on_hover_text(ui.ctx().format_shortcut(&sc));
            }
            if entry.clicked() {
                action = Some(SideAction::Section(sec));
            }
        }
    }
    action
}
