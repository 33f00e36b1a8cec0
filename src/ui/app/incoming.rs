//! Another machine's version of the open dossier, arrived on disk (a synced folder): merged in
//! without a question when nothing contradicts, through the merge view otherwise; never the
//! old « reload or overwrite », which threw one side away.

use std::path::PathBuf;
use std::time::Duration;

use crate::i18n::fill;
use crate::merge::diff;
use crate::session::{Incoming, IncomingError, SaveError, Source, Worker};
use crate::store;
use crate::store::Ancestors;
use crate::ui::dialogs::{Choice, Dialog, Then};
use crate::ui::merge_view::MergeView;

use super::CmqApp;

/// A merge running on a thread: its worker, where the other version comes from, and what was
/// to follow a save that found it.
pub(super) struct Merging {
    worker: Worker<Result<Incoming, IncomingError>>,
    from: Source,
    why: Why,
}

/// Why another version is merged.
#[derive(Clone, Debug)]
pub(super) enum Why {
    /// The window saw the file change, or the user asked (« Fusionner »).
    Seen,
    /// A save found the file changed; with what was to follow the save.
    Save(Option<Then>),
}

impl Why {
    /// What was to follow the save, if a save found it.
    fn then(self) -> Option<Then> {
        match self {
            Self::Seen => None,
            Self::Save(then) => then,
        }
    }
}

/// How often an idle window looks at the open dossier's file (a `stat`).
const DISK_LOOK_EVERY: Duration = Duration::from_secs(1);

/// How often the workspace folder is listed for sync clients' conflict copies.
const COPY_LOOK_EVERY: Duration = Duration::from_secs(3);

/// The ancestor store's folder, inside the data folder.
const ANCESTORS_FOLDER: &str = "versions";

impl CmqApp {
    /// Looks whether the open dossier's file changed under it, and merges the new version in.
    pub(super) fn poll_disk(&mut self, ctx: &egui::Context) {
        if let Some(m) = self.merging.take() {
            if m.worker.is_finished() {
                self.merged(m, ctx);
            } else {
                self.merging = Some(m);
                ctx.request_repaint_after(Duration::from_millis(30));
                return;
            }
        }
        if let Some((copy, of)) = self.copy_to_merge.take() {
            // « Fusionner » beside another dossier: merged once that one is open.
            let here = self.doc.as_ref().is_some_and(|d| d.path() == of);
            if here && self.dialog.is_none() {
                self.merge_copy(copy, of, ctx);
                return;
            }
            if self.opening.is_some() || self.dialog.is_some() {
                self.copy_to_merge = Some((copy, of));
            }
        }
        if self
            .last_copy_look
            .is_none_or(|t| t.elapsed() >= COPY_LOOK_EVERY)
        {
            self.last_copy_look = Some(std::time::Instant::now());
            if let Some(ws) = self.workspace.as_mut()
                && !ws.is_examples()
            {
                ws.look_for_copies();
            }
        }
        let Some(doc) = self.doc.as_mut() else { return };
        if !doc.has_ancestors() {
            // A dossier made here (opened ones get theirs as they are read).
            let store = Self::ancestors_in(self.settings.examples.as_deref());
            doc.set_ancestors(store);
        }
        if let Some(name) = &self.settings.user_name
            && !doc.keeps_journal()
            && !doc.is_example()
        {
            doc.keep_journal(name.clone());
        }
        if self.section == crate::ui::sections::Section::Journal {
            doc.refresh_journal();
        }
        if let Some(e) = doc.take_journal_error() {
            let text = self.s().file_error(&e);
            self.say(text, true);
        }
        let Some(doc) = self.doc.as_mut() else { return };
        ctx.request_repaint_after(DISK_LOOK_EVERY);
        // Not under an open dialog (the merge view among them): the next look after it.
        if self.dialog.is_some() || !doc.poll_disk() {
            return;
        }
        self.take_disk_version(Why::Seen, ctx);
    }

    /// The ancestor store of this machine: in the data folder; in memory for this session when
    /// there is none.
    pub(super) fn ancestor_store(&self) -> Ancestors {
        Self::ancestors_in(self.settings.examples.as_deref())
    }

    fn ancestors_in(data: Option<&std::path::Path>) -> Ancestors {
        data.map_or_else(Ancestors::in_memory, |d| {
            Ancestors::new(d.join(ANCESTORS_FOLDER))
        })
    }

    /// « Fusionner » beside a conflict copy: opens its dossier first when another is open,
    /// then merges the copy in (the merge view when something contradicts).
    pub(super) fn merge_copy(&mut self, copy: PathBuf, of: PathBuf, ctx: &egui::Context) {
        let s = self.s();
        let Some(doc) = self.doc.as_ref().filter(|d| d.path() == of) else {
            self.copy_to_merge = Some((copy, of.clone()));
            self.after_unsaved_check(Then::Open(of), ctx);
            return;
        };
        if doc.is_read_only() {
            // Nothing can be merged into it here: the copy stays where it is.
            let why = doc
                .locked_by()
                .cloned()
                .map_or(SaveError::ReadOnly, SaveError::Locked);
            self.say(s.save_failure(&why), true);
            return;
        }
        self.merge(Source::Copy(copy), Why::Seen, ctx);
    }

    /// Merges another version with the open dossier: at once for a small one, on a thread for
    /// a big one (the window stays live; [`Self::poll_disk`] takes the result).
    fn merge(&mut self, from: Source, why: Why, ctx: &egui::Context) {
        let Some(doc) = self.doc.as_ref() else { return };
        let input = doc.merge_input();
        let other = match &from {
            Source::Disk => doc.path().to_owned(),
            Source::Copy(copy) => copy.clone(),
        };
        let source = from.clone();
        let work = move || match &source {
            Source::Disk => input.from_disk(),
            Source::Copy(copy) => input.with_copy(copy),
        };
        let big = store::file_size(&other).is_some_and(|n| n > super::flows::BACKGROUND_OPEN_BYTES);
        if big {
            match Worker::start("merge", move |_| work()) {
                Ok(worker) => {
                    self.merging = Some(Merging { worker, from, why });
                    ctx.request_repaint_after(Duration::from_millis(30));
                }
                Err(e) => self.say(e.to_string(), true),
            }
            return;
        }
        let result = work();
        self.after_merge(result, &from, why, ctx);
    }

    /// A merge ended on its thread: merged again when the dossier changed meanwhile.
    fn merged(&mut self, m: Merging, ctx: &egui::Context) {
        let result = match m.worker.finish() {
            Ok(result) => result,
            Err(crash) => {
                let s = self.s();
                let text = fill(
                    s.crashed,
                    &[("what", s.merge_in_title), ("reason", &crash.message)],
                );
                self.say(text, true);
                return;
            }
        };
        let stale = match (&result, self.doc.as_ref()) {
            (Ok(incoming), Some(doc)) => incoming.revision() != doc.revision(),
            _ => false,
        };
        if stale {
            self.merge(m.from, m.why, ctx);
        } else {
            self.after_merge(result, &m.from, m.why, ctx);
        }
    }

    /// What a merge gave: taken, offered in the merge view, or said.
    fn after_merge(
        &mut self,
        result: Result<Incoming, IncomingError>,
        from: &Source,
        why: Why,
        ctx: &egui::Context,
    ) {
        let s = self.s();
        match result {
            Ok(incoming) => self.offer(incoming, why.then(), ctx),
            Err(IncomingError::Store(e)) => {
                self.say(s.file_error(&e), true);
                if let (Source::Disk, Why::Save(then)) = (from, why) {
                    // The file on disk cannot be read (cut by a sync?): the save is not refused
                    // in silence; the user may write the version open here over it.
                    self.dialog = Some(Dialog::DiskChanged { then });
                }
            }
            Err(IncomingError::OtherCampus { theirs, .. }) => {
                let file = match from {
                    Source::Copy(copy) => copy.display().to_string(),
                    Source::Disk => self
                        .doc
                        .as_ref()
                        .map(|d| d.path().display().to_string())
                        .unwrap_or_default(),
                };
                self.say(
                    fill(
                        s.merge_other_campus,
                        &[("file", &file), ("theirs", &theirs)],
                    ),
                    true,
                );
                if *from == Source::Disk {
                    // The old question stays for this case: read the file, or write over it.
                    self.dialog = Some(Dialog::DiskChanged { then: why.then() });
                }
            }
        }
    }

    /// Merges the version on disk into the one open here: at once, as one undo step, when
    /// nothing contradicts; through the merge view otherwise.
    pub(super) fn take_disk_version(&mut self, why: Why, ctx: &egui::Context) {
        let s = self.s();
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.is_read_only() && !doc.is_example() {
            // Held by another window of this machine: nothing typed here to keep.
            match doc.reload() {
                Ok(()) => self.say(s.merge_reloaded, false),
                Err(e) => self.say(s.file_error(&e), true),
            }
            return;
        }
        self.merge(Source::Disk, why, ctx);
    }

    /// Another version merged: taken at once when nothing contradicts, else the merge view.
    fn offer(&mut self, incoming: Incoming, then: Option<Then>, ctx: &egui::Context) {
        if incoming.merge.conflicts.is_empty() {
            let merged = incoming.merge.dossier.clone();
            self.take_then(&incoming, merged, then, ctx);
        } else {
            self.dialog = Some(Dialog::Merge(Box::new(MergeView::new(incoming, then))));
        }
    }

    /// Takes a merge, then saves and goes on when a save had found the other version.
    fn take_then(
        &mut self,
        incoming: &Incoming,
        merged: crate::model::Dossier,
        then: Option<Then>,
        ctx: &egui::Context,
    ) {
        self.take_incoming(incoming, merged);
        if let Some(then) = then
            && self.save(false, Some(then.clone()), ctx)
        {
            self.proceed(then, ctx);
        }
    }

    /// Takes a merge into the open dossier and says what came in.
    fn take_incoming(&mut self, incoming: &Incoming, merged: crate::model::Dossier) {
        let s = self.s();
        let Some(doc) = self.doc.as_mut() else { return };
        // Conflicts decided: what comes in is what the choices made, not the merge's default.
        let decided = (merged != incoming.merge.dossier).then(|| diff(doc.dossier(), &merged));
        let changes = decided.as_ref().unwrap_or(&incoming.changes);
        let places: Vec<String> = changes.iter().take(3).map(|d| s.place(&d.place)).collect();
        let mut what = s.count(&s.merge_records, changes.len(), &[]);
        if !places.is_empty() {
            what = format!("{what} ({}", places.join(", "));
            if changes.len() > places.len() {
                what.push_str(", …");
            }
            what.push(')');
        }
        let said = if changes.is_empty() {
            s.merge_kept_mine.to_owned()
        } else {
            fill(s.merge_received, &[("what", &what)])
        };
        doc.accept_incoming(incoming, merged);
        if let Some(ws) = self.workspace.as_mut() {
            ws.update(doc.path(), doc.dossier());
        }
        self.say(said, false);
        if let Source::Copy(copy) = &incoming.from {
            self.set_copy_aside(copy);
        }
    }

    /// A merged conflict copy moved into `copies-fusionnees/` (never deleted), and said.
    fn set_copy_aside(&mut self, copy: &std::path::Path) {
        let s = self.s();
        match store::set_merged_copy_aside(copy) {
            Ok(_) => {
                if let Some(ws) = self.workspace.as_mut() {
                    ws.forget_copy(copy);
                }
                let file = copy
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.say(
                    fill(
                        s.copy_set_aside,
                        &[("file", &file), ("folder", store::MERGED_COPIES)],
                    ),
                    false,
                );
            }
            Err(e) => self.say(s.file_error(&e), true),
        }
    }

    /// The name the journal's lines are signed with, given in the journal section: remembered,
    /// and the open dossier's journal kept from now on.
    pub(super) fn set_user_name(&mut self, name: String) {
        if let Some(doc) = self.doc.as_mut()
            && !doc.is_example()
        {
            doc.keep_journal(name.clone());
        }
        self.say(fill(self.s().journal_started, &[("name", &name)]), false);
        self.settings.user_name = Some(name);
    }

    /// The merge view's answer: apply the choices, or leave the other version for later.
    pub(super) fn answer_merge(
        &mut self,
        mut view: Box<MergeView>,
        choice: Choice,
        ctx: &egui::Context,
    ) {
        let s = self.s();
        if choice != Choice::Primary {
            let later = match view.incoming.from {
                Source::Disk => s.merge_later_message,
                Source::Copy(_) => s.merge_later_copy,
            };
            self.say(later, false);
            return;
        }
        match view.resolved(s) {
            Ok(merged) => {
                let then = view.then.take();
                self.take_then(&view.incoming, merged, then, ctx);
            }
            Err(e) => {
                // Shown in the view, which stays open.
                view.error = Some(e);
                self.dialog = Some(Dialog::Merge(view));
            }
        }
    }
}
