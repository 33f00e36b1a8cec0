//! The app's own file chooser, shown when the system has no file dialog to show (no desktop
//! portal, no zenity): a path to type, the folder's entries to click, « Choisir » and
//! « Annuler ». It says why it appears; like every dialog here, only Escape or its own buttons
//! close it, and it keeps its size while the user moves between folders.

use std::path::{Path, PathBuf};

use egui::{Context, Id, Key, Modal, RichText, ScrollArea, TextEdit};

use crate::i18n::{Strings, fill};
use crate::ui::folder_picker::Request;
use crate::ui::theme::Tokens;

/// How the chooser closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// With this path.
    Chosen(PathBuf),
    /// Without choosing (Escape, « Annuler »).
    Cancelled,
}

/// One entry of the folder shown.
struct Entry {
    name: String,
    is_dir: bool,
}

/// The chooser's state: what is asked, the path typed so far, the folder's entries.
pub struct FileChooser {
    request: Request,
    path: String,
    /// The folder whose entries are listed, and its entries (`None`: it cannot be read).
    listing: Option<(PathBuf, Option<Vec<Entry>>)>,
}

const WIDTH: f32 = 560.0;
const LIST_HEIGHT: f32 = 240.0;

impl FileChooser {
    /// A chooser for `request`, starting in its folder (else the current one).
    pub fn new(request: Request) -> Self {
        let dir = request
            .start()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_owned)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let dir = std::path::absolute(&dir).unwrap_or(dir);
        let path = match &request {
            Request::Save { name, .. } => dir.join(name),
            Request::Folder { .. } | Request::Open { .. } => dir,
        };
        Self {
            request,
            path: path.display().to_string(),
            listing: None,
        }
    }

    /// The path typed, if it answers the request; else why not.
    fn verdict(&self, s: &Strings) -> Result<PathBuf, &'static str> {
        let path = PathBuf::from(self.path.trim());
        match &self.request {
            Request::Folder { .. } if path.is_dir() => Ok(path),
            Request::Folder { .. } => Err(s.chooser_no_folder),
            Request::Open { .. } if path.is_file() => Ok(path),
            Request::Open { .. } => Err(s.chooser_no_file),
            Request::Save { .. } => {
                let parent_ok = path
                    .parent()
                    .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir());
                if parent_ok && path.file_name().is_some() && !path.is_dir() {
                    Ok(path)
                } else {
                    Err(s.chooser_no_parent)
                }
            }
        }
    }

    /// The folder to list: the path typed when it is a folder, else its parent.
    fn folder(&self) -> Option<PathBuf> {
        let path = PathBuf::from(self.path.trim());
        if path.is_dir() {
            Some(path)
        } else {
            path.parent().filter(|p| p.is_dir()).map(Path::to_owned)
        }
    }

    /// Whether `entry` is shown for this request.
    fn shows(&self, name: &str, is_dir: bool) -> bool {
        if name.starts_with('.') {
            return false;
        }
        let ends_in = |extensions: &[&str]| {
            Path::new(name)
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
        };
        match &self.request {
            _ if is_dir => true,
            Request::Folder { .. } => false,
            Request::Open { extensions, .. } => ends_in(extensions),
            Request::Save {
                name: suggested, ..
            } => Path::new(suggested)
                .extension()
                .and_then(|e| e.to_str())
                .is_none_or(|e| ends_in(&[e])),
        }
    }

    /// Reads `dir`'s entries if it is not the folder listed already.
    fn list(&mut self, dir: PathBuf) {
        if self.listing.as_ref().is_some_and(|(d, _)| *d == dir) {
            return;
        }
        let entries = std::fs::read_dir(&dir).ok().map(|read| {
            let mut entries: Vec<Entry> = read
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let is_dir = e.path().is_dir();
                    self.shows(&name, is_dir).then_some(Entry { name, is_dir })
                })
                .collect();
            entries.sort_by_cached_key(|e| (!e.is_dir, e.name.to_lowercase()));
            entries
        });
        self.listing = Some((dir, entries));
    }

    /// The path typed after the user clicked `entry` of `dir`.
    fn clicked(&mut self, dir: &Path, entry: &Entry) {
        let target = if entry.name.is_empty() {
            dir.to_owned()
        } else {
            dir.join(&entry.name)
        };
        self.path = match &self.request {
            Request::Save { name, .. } if entry.is_dir => {
                // The name typed, else (a folder typed) the one suggested.
                let typed = PathBuf::from(self.path.trim());
                let name = match typed.file_name() {
                    Some(typed_name) if !typed.is_dir() => typed_name.to_owned(),
                    _ => name.into(),
                };
                target.join(name)
            }
            _ => target,
        }
        .display()
        .to_string();
    }

    /// Draws the chooser; returns how it closed, if it did this frame.
    pub fn show(&mut self, ctx: &Context, s: &Strings) -> Option<Outcome> {
        if let Some(dir) = self.folder() {
            self.list(dir);
        }
        let mut outcome = None;
        Modal::new(Id::unique("file-chooser")).show(ctx, |ui| {
            ui.set_width(WIDTH);
            let tokens = Tokens::of(ui);
            ui.heading(match self.request {
                Request::Folder { .. } => s.chooser_folder,
                Request::Open { .. } => s.chooser_open,
                Request::Save { .. } => s.chooser_save,
            });
            ui.colored_label(tokens.warning, s.chooser_why);
            ui.add_space(6.0);
            let label = ui.label(s.chooser_path);
            let edit = ui
                .add(TextEdit::singleline(&mut self.path).desired_width(WIDTH))
                .labelled_by(label.id);
            if ui.ctx().memory(|m| m.focused().is_none()) {
                edit.request_focus();
            }
            let verdict = self.verdict(s);
            // The line is always there, empty when the path is fine: nothing below moves.
            match &verdict {
                Err(why) => ui.colored_label(tokens.error, *why),
                Ok(path) if matches!(self.request, Request::Save { .. }) && path.is_file() => {
                    ui.colored_label(tokens.warning, s.chooser_replaces)
                }
                Ok(_) => ui.label(" "),
            };
            if let Request::Open {
                filter, extensions, ..
            } = &self.request
            {
                let kinds = format!("{filter} ({})", extensions.join(", "));
                ui.weak(fill(s.chooser_files, &[("kinds", &kinds)]));
            }
            let mut clicked = None;
            let mut chosen_by_double_click = false;
            if let Some((dir, entries)) = &self.listing {
                ui.horizontal(|ui| {
                    if let Some(parent) = dir.parent()
                        && ui.button(s.chooser_up).clicked()
                    {
                        clicked = Some((
                            parent.to_owned(),
                            Entry {
                                name: String::new(),
                                is_dir: true,
                            },
                        ));
                    }
                    ui.label(RichText::new(dir.display().to_string()).monospace());
                });
                ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .min_scrolled_height(LIST_HEIGHT)
                    .max_height(LIST_HEIGHT)
                    .show(ui, |ui| match entries {
                        None => {
                            ui.colored_label(tokens.error, s.chooser_unreadable);
                        }
                        Some(entries) if entries.is_empty() => {
                            ui.weak(s.chooser_empty);
                        }
                        Some(entries) => {
                            for entry in entries {
                                let icon = if entry.is_dir { "📁" } else { "📄" };
                                let selected = dir.join(&entry.name) == Path::new(self.path.trim());
                                let row =
                                    ui.selectable_label(selected, format!("{icon} {}", entry.name));
                                if row.clicked() || row.double_clicked() {
                                    chosen_by_double_click = row.double_clicked() && !entry.is_dir;
                                    clicked = Some((
                                        dir.clone(),
                                        Entry {
                                            name: entry.name.clone(),
                                            is_dir: entry.is_dir,
                                        },
                                    ));
                                }
                            }
                        }
                    });
            }
            if let Some((dir, entry)) = clicked {
                self.clicked(&dir, &entry);
            }
            let verdict = self.verdict(s);
            if verdict.is_ok()
                && (chosen_by_double_click || ui.input(|i| i.key_pressed(Key::Enter)))
            {
                outcome = verdict.clone().ok().map(Outcome::Chosen);
            }
            if ui.input(|i| i.key_pressed(Key::Escape)) {
                outcome = Some(Outcome::Cancelled);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let choose = egui::Button::new(RichText::new(s.chooser_choose).strong());
                if ui.add_enabled(verdict.is_ok(), choose).clicked() {
                    outcome = verdict.clone().ok().map(Outcome::Chosen);
                }
                if ui.button(s.cancel).clicked() {
                    outcome = Some(Outcome::Cancelled);
                }
            });
        });
        outcome
    }
}
