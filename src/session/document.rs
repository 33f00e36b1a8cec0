//! The open dossier: its file, its edits, its undo history and its findings.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::model::Dossier;
use crate::rules::{Finding, Findings};
use crate::store::{self, Fingerprint, NewerFormat, StoreError};

use super::Worker;
use super::change::{Change, ListRevisions};
use super::edit::{Edit, EditError};
use super::history::History;
use super::incoming::{Incoming, IncomingError, MergeInput, Source};

/// A dossier being edited.
pub struct Document {
    path: PathBuf,
    /// Shared with a background write (recovery copy, save) as a snapshot: an edit made while
    /// one runs copies it first (`Arc::make_mut`), so a snapshot costs nothing otherwise.
    dossier: Arc<Dossier>,
    history: History,
    /// Id of the current state; every applied step gets a new one, undo returns to an old one.
    state: u64,
    next_state: u64,
    saved_state: u64,
    /// What the file held when read or last saved.
    fingerprint: Option<Fingerprint>,
    /// The file's time and length then: a cheap look for another machine's change.
    stamp: Option<store::Stamp>,
    /// The ancestor store of this machine (the window sets it; a command has none).
    ancestors: Option<store::Ancestors>,
    /// The content id, in the ancestor store, of what the file held when read or last saved:
    /// the common ancestor of a merge with a version written elsewhere.
    base_id: Option<String>,
    /// Who saves, for the journal beside the dossier (`None`: no journal kept).
    journal_who: Option<String>,
    /// What the file held when read or last saved, for the journal's lines of the next save.
    journal_base: Option<Arc<Dossier>>,
    /// The journal as last read, and the stamp of its file then.
    journal: store::Journal,
    journal_stamp: Option<store::Stamp>,
    /// A journal that could not be written at the last save (the save itself was done).
    journal_error: Option<StoreError>,
    read_only: Option<NewerFormat>,
    /// Set when the file was of an older format, converted on reading.
    converted: Option<store::Conversion>,
    /// The lock file held while the dossier is open here.
    lock: Option<store::Lock>,
    /// Set when another running instance holds the dossier open: edits and saves are refused.
    locked_by: Option<store::LockHolder>,
    /// Set when the user opened anyway a dossier another machine holds: edits and saves are
    /// allowed, each save first checking that the file did not change since it was read.
    shared_with: Option<store::LockHolder>,
    /// A dossier of the example workspace: looked at, never changed.
    example: bool,
    /// Kept up to date edit by edit (only what an edit touches is checked again).
    findings: Findings,
    /// What changed since the window last took it (for its caches and the workspace list).
    change: Change,
    /// Per list, a revision that changes when the list does (keys the tables' caches).
    revisions: ListRevisions,
    /// State last copied to the recovery file, and when.
    recovery_state: u64,
    last_recovery: Option<Instant>,
    /// True while a recovery copy of this session's edits may be on disk.
    recovery_written: bool,
    recovery_job: Option<Worker<Result<(), StoreError>>>,
    /// A save running on its own thread.
    save_job: Option<SaveJob>,
}

/// A save under way: the thread writing a snapshot, and the state the snapshot holds.
struct SaveJob {
    worker: Worker<Result<Option<Written>, SaveError>>,
    state: u64,
    snapshot: Arc<Dossier>,
}

/// What a save wrote: the file's fingerprint and stamp, and the version's id in the ancestor
/// store.
struct Written {
    fingerprint: Fingerprint,
    stamp: Option<store::Stamp>,
    base_id: Option<String>,
    journal_error: Option<StoreError>,
}

/// How often unsaved edits are copied to the recovery file.
pub const RECOVERY_EVERY: Duration = Duration::from_secs(3);

/// How long a command writing a dossier waits for another writer to let it go (a command that
/// started a moment earlier) before it refuses.
pub const WRITER_PATIENCE: Duration = Duration::from_secs(5);

/// What [`Document::save`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// The file now holds the dossier.
    Saved,
    /// Another program changed the file since it was read: nothing was written.
    ChangedOnDisk,
}

/// Why a save did not happen. The faces word it with the catalogue (`crate::i18n`); the
/// `Display` text is for logs.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Another running instance has the dossier open.
    #[error("locked by process {} on {}", .0.pid, .0.host)]
    Locked(store::LockHolder),
    /// The dossier comes from a newer version of the app.
    #[error("newer format: read-only")]
    ReadOnly,
    /// The store could not write.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The saving thread stopped on an internal error; the file is untouched (atomic write).
    #[error(transparent)]
    Crashed(#[from] super::Crashed),
}

impl Document {
    /// Reads the dossier at `path`.
    /// Takes the dossier's lock; when another running instance holds it, the document is
    /// read-only ([`Document::locked_by`]).
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let mut doc = Self::read(path)?;
        match store::acquire_lock(path) {
            Ok(lock) => doc.lock = lock,
            Err(holder) => doc.locked_by = Some(holder),
        }
        Ok(doc)
    }

    /// Opens the dossier at `path` for a command that writes it: its lock first (waiting up to
    /// `patience` for a holder that is finishing), then the file, so the whole read-modify-write
    /// happens under the lock and no other writer's update is lost. `Err(Locked)` names the
    /// holder when it keeps the dossier (a window has it open).
    pub fn open_to_write(path: &Path, patience: Duration) -> Result<Self, SaveError> {
        let lock = store::acquire_lock_waiting(path, patience).map_err(SaveError::Locked)?;
        let mut doc = Self::read(path)?;
        doc.lock = lock;
        Ok(doc)
    }

    /// Reads a dossier of the example workspace: read-only, without a lock (nothing is written).
    pub fn open_example(path: &Path) -> Result<Self, StoreError> {
        let mut doc = Self::read(path)?;
        doc.example = true;
        Ok(doc)
    }

    /// Reads the dossier at `path` without taking its lock: a look (a dry run, an export), not
    /// an edit.
    pub fn read(path: &Path) -> Result<Self, StoreError> {
        let loaded = store::load_file(path)?;
        let mut doc = Self::new(
            path.to_owned(),
            loaded.dossier,
            Some(loaded.fingerprint),
            loaded.read_only,
        );
        doc.converted = loaded.converted;
        doc.stamp = store::stamp(path);
        Ok(doc)
    }

    /// A document for `dossier` to be saved at `path`; `fingerprint` is what the file held.
    pub fn new(
        path: PathBuf,
        dossier: Dossier,
        fingerprint: Option<Fingerprint>,
        read_only: Option<NewerFormat>,
    ) -> Self {
        let findings = Findings::of(&dossier);
        Self {
            path,
            dossier: Arc::new(dossier),
            history: History::default(),
            state: 0,
            next_state: 1,
            saved_state: 0,
            fingerprint,
            stamp: None,
            ancestors: None,
            base_id: None,
            journal_who: None,
            journal_base: None,
            journal: store::Journal::default(),
            journal_stamp: None,
            journal_error: None,
            read_only,
            converted: None,
            lock: None,
            locked_by: None,
            shared_with: None,
            example: false,
            findings,
            change: Change::default(),
            revisions: ListRevisions::default(),
            recovery_state: 0,
            last_recovery: None,
            recovery_written: false,
            recovery_job: None,
            save_job: None,
        }
    }

    /// The file of this dossier.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The dossier as it is now.
    pub fn dossier(&self) -> &Dossier {
        &self.dossier
    }

    /// The dossier as it is now, shared with a background job (an export, an import check): no
    /// copy is made unless the dossier is edited while the job runs.
    pub fn snapshot(&self) -> Arc<Dossier> {
        Arc::clone(&self.dossier)
    }

    /// Set when the file was of an older format and was converted on opening: the next save
    /// writes today's format (the old file is kept as the backup).
    pub fn converted(&self) -> Option<store::Conversion> {
        self.converted
    }

    /// Set when the file comes from a newer app: edits and saves are refused.
    pub fn read_only(&self) -> Option<NewerFormat> {
        self.read_only
    }

    /// The other instance that has this dossier open, if one has: this one is read-only.
    pub fn locked_by(&self) -> Option<&store::LockHolder> {
        self.locked_by.as_ref()
    }

    /// Opens for editing a dossier that another machine holds (its holder may be gone: a laptop
    /// shut on a network folder). Nothing is locked; every save checks first that the file
    /// was not changed meanwhile ([`SaveOutcome::ChangedOnDisk`] otherwise). Returns false, and
    /// changes nothing, when the holder is not on another machine: a holder on this one is a
    /// running window, whose edits must not be overwritten.
    pub fn open_anyway(&mut self) -> bool {
        match self.locked_by.take() {
            Some(holder) if holder.elsewhere => {
                self.shared_with = Some(holder);
                true
            }
            other => {
                self.locked_by = other;
                false
            }
        }
    }

    /// The other machine's holder of a dossier opened anyway ([`Document::open_anyway`]).
    pub fn shared_with(&self) -> Option<&store::LockHolder> {
        self.shared_with.as_ref()
    }

    /// True when edits and saves are refused (newer file format, open elsewhere, an example).
    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some() || self.locked_by.is_some() || self.example
    }

    /// True for a dossier of the example workspace.
    pub fn is_example(&self) -> bool {
        self.example
    }

    /// Findings of the current state (brought up to date after every change).
    pub fn findings(&self) -> &Findings {
        &self.findings
    }

    /// Findings about the field at `path` or inside it.
    pub fn findings_at<'a>(&'a self, path: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.at(path).into_iter()
    }

    /// Number of errors and of warnings.
    pub fn counts(&self) -> (usize, usize) {
        (self.findings.errors(), self.findings.warnings())
    }

    /// What changed since the last call: the window updates its caches and the workspace list
    /// from it, for the parts touched only.
    pub fn take_change(&mut self) -> Change {
        std::mem::take(&mut self.change)
    }

    /// Per list, the revision of its records and the last change made to them.
    pub fn revisions(&self) -> &ListRevisions {
        &self.revisions
    }

    /// Id of the current state: changes with every edit, undo and redo (keys caches).
    pub fn revision(&self) -> u64 {
        self.state
    }

    /// True when the dossier differs from what was last read or saved.
    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Applies an edit: skips it when it changes nothing, records how to undo it, revalidates.
    /// Returns whether the dossier changed.
    pub fn apply(&mut self, edit: Edit) -> Result<bool, EditError> {
        if self.is_read_only() || edit.is_noop(&self.dossier) {
            return Ok(false);
        }
        let target = edit.target();
        let undo = edit.apply(Arc::make_mut(&mut self.dossier))?;
        self.changed(&undo);
        let before = self.state;
        self.state = self.next_state;
        self.next_state += 1;
        self.history
            .record(undo, target, before, self.state, Instant::now());
        Ok(true)
    }

    /// Ends the current burst of typing: the next edit is a new undo step.
    pub fn seal_undo_step(&mut self) {
        self.history.seal();
    }

    /// Undoes the last step. Returns false when there is nothing to undo, or when the step
    /// could not be applied ([`Document::try_undo`] says why).
    pub fn undo(&mut self) -> bool {
        self.try_undo().unwrap_or(false)
    }

    /// Redoes the last undone step. Returns false when there is nothing to redo, or when the
    /// step could not be applied ([`Document::try_redo`] says why).
    pub fn redo(&mut self) -> bool {
        self.try_redo().unwrap_or(false)
    }

    /// Undoes the last step: `Ok(false)` when there is nothing to undo, an error when the step
    /// no longer applies (the dossier is then unchanged and the step dropped).
    pub fn try_undo(&mut self) -> Result<bool, EditError> {
        let Some((undo, before, after)) = self.history.pop_undo() else {
            return Ok(false);
        };
        let redo = undo.apply(Arc::make_mut(&mut self.dossier))?;
        self.changed(&redo);
        self.history.push_redo(redo, before, after);
        self.state = before;
        Ok(true)
    }

    /// Redoes the last undone step, as [`Document::try_undo`] does.
    pub fn try_redo(&mut self) -> Result<bool, EditError> {
        let Some((redo, before, after)) = self.history.pop_redo() else {
            return Ok(false);
        };
        let undo = redo.apply(Arc::make_mut(&mut self.dossier))?;
        self.changed(&undo);
        self.history.push_undone(undo, before, after);
        self.state = after;
        Ok(true)
    }

    /// Where the next undo changes the dossier (`partners[3]`), to show it.
    pub fn undo_path(&self) -> Option<String> {
        self.history.next_undo().and_then(Edit::path)
    }

    /// Where the next redo changes the dossier (`partners[3]`), to show it.
    pub fn redo_path(&self) -> Option<String> {
        self.history.next_redo().and_then(Edit::path)
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// True when another program changed (or removed) the file since it was read or saved.
    pub fn changed_on_disk(&self) -> Result<bool, StoreError> {
        Ok(store::fingerprint(&self.path)? != self.fingerprint)
    }

    /// Keeps the versions of this dossier read and written here in `ancestors` (the window's
    /// data folder), starting with the one open now.
    pub fn set_ancestors(&mut self, ancestors: store::Ancestors) {
        if let Some(fingerprint) = self.fingerprint {
            self.base_id = ancestors.keep_file(&self.path, fingerprint);
        }
        self.ancestors = Some(ancestors);
    }

    /// Keeps a journal beside the dossier from now on: each save appends who (`who`) changed
    /// which record. What the file holds now is the starting point.
    pub fn keep_journal(&mut self, who: String) {
        if self.journal_base.is_none() {
            self.journal_base = if self.is_dirty() {
                store::load_file(&self.path)
                    .ok()
                    .map(|l| Arc::new(l.dossier))
            } else {
                Some(Arc::clone(&self.dossier))
            };
        }
        self.journal_who = Some(who).filter(|w| !w.trim().is_empty());
        self.refresh_journal();
    }

    /// True once a journal is kept ([`Document::keep_journal`]).
    pub fn keeps_journal(&self) -> bool {
        self.journal_who.is_some()
    }

    /// Reads the journal again when its file changed (a save, another machine's lines synced).
    pub fn refresh_journal(&mut self) {
        let stamp = store::stamp(&store::journal_path(&self.path));
        if stamp == self.journal_stamp {
            return;
        }
        self.journal_stamp = stamp;
        match store::read_journal(&self.path) {
            Ok(j) => self.journal = j,
            Err(e) => self.journal_error = Some(e),
        }
    }

    /// The journal as last read.
    pub fn journal(&self) -> &store::Journal {
        &self.journal
    }

    /// Why the journal could not be written or read, once.
    pub fn take_journal_error(&mut self) -> Option<StoreError> {
        self.journal_error.take()
    }

    /// True once an ancestor store is set ([`Document::set_ancestors`]).
    pub fn has_ancestors(&self) -> bool {
        self.ancestors.is_some()
    }

    /// A look for another machine's change, cheap enough for every frame: true once when the
    /// file's time or length changed and its content differs from what was read or saved here
    /// (not while a save of ours runs).
    pub fn poll_disk(&mut self) -> bool {
        if self.save_job.is_some() || self.example || self.fingerprint.is_none() {
            return false;
        }
        let now = store::stamp(&self.path);
        if now == self.stamp {
            return false;
        }
        self.stamp = now;
        self.changed_on_disk().unwrap_or(true)
    }

    /// What a merge with another version needs of this document: cheap (the dossier is shared,
    /// not copied), so the merge itself can run on a thread ([`MergeInput::from_disk`],
    /// [`MergeInput::with_copy`]).
    pub fn merge_input(&self) -> MergeInput {
        MergeInput {
            path: self.path.clone(),
            ours: Arc::clone(&self.dossier),
            dirty: self.is_dirty(),
            ancestors: self.ancestors.clone(),
            base_id: self.base_id.clone(),
            revision: self.state,
        }
    }

    /// Reads the version on disk and merges it with the one open here, at once (see
    /// [`MergeInput::from_disk`]).
    pub fn merge_from_disk(&self) -> Result<Incoming, IncomingError> {
        self.merge_input().from_disk()
    }

    /// Reads a sync client's conflict copy and merges it with the one open here, at once (see
    /// [`MergeInput::with_copy`]).
    pub fn merge_copy(&self, copy: &Path) -> Result<Incoming, IncomingError> {
        self.merge_input().with_copy(copy)
    }

    /// Takes `merged` (the incoming merge, its conflicts decided) as one step that undo takes
    /// back; the version on disk becomes what a save expects to find and the ancestor of the
    /// next merge. The file is not written: a save does that.
    pub fn accept_incoming(&mut self, incoming: &Incoming, merged: Dossier) {
        self.seal_undo_step();
        // A whole-dossier edit always applies; refused only on a read-only document.
        let _ = self.apply(Edit::Whole(Box::new(merged)));
        self.seal_undo_step();
        if incoming.from != Source::Disk {
            // A conflict copy: the file is as it was; the merge is an edit to save.
            return;
        }
        if self.journal_who.is_some() {
            // Their changes are theirs: the next save journals only ours.
            self.journal_base = Some(Arc::clone(&incoming.theirs));
        }
        self.fingerprint = Some(incoming.fingerprint);
        self.stamp = incoming.stamp;
        if let Some(a) = &self.ancestors {
            self.base_id = a.keep(&self.path, incoming.text.as_bytes()).ok();
        }
        if *self.dossier == *incoming.theirs {
            // It holds what the file holds: nothing to save.
            self.saved_state = self.state;
        }
    }

    /// Saves atomically and waits for the end. Unless `overwrite` is set, refuses when the file
    /// changed on disk since it was read (returns [`SaveOutcome::ChangedOnDisk`] and writes
    /// nothing).
    pub fn save(&mut self, overwrite: bool) -> Result<SaveOutcome, SaveError> {
        if let Some(job) = self.save_job.take() {
            // A background save of an older state: let it end first; its failure is said, not
            // dropped (the save asked now is not attempted: the user sees why first).
            self.finish_save(job)?;
        }
        self.start_save(overwrite)?;
        match self.save_job.take() {
            Some(job) => self.finish_save(job),
            None => Ok(SaveOutcome::Saved),
        }
    }

    /// Starts saving on a thread, from a snapshot of the dossier: the window goes on, and edits
    /// made meanwhile stay unsaved. [`Document::poll_save`] gives the outcome. Does nothing when
    /// a save is already under way.
    pub fn start_save(&mut self, overwrite: bool) -> Result<(), SaveError> {
        if self.read_only.is_some() || self.example {
            return Err(SaveError::ReadOnly);
        }
        if let Some(holder) = &self.locked_by {
            return Err(SaveError::Locked(holder.clone()));
        }
        if self.save_job.is_some() {
            return Ok(());
        }
        let path = self.path.clone();
        let snapshot = Arc::clone(&self.dossier);
        let expected = self.fingerprint.filter(|_| !overwrite);
        let ancestors = self.ancestors.clone();
        let journal = self.journal_who.clone().zip(self.journal_base.clone());
        let saved = Arc::clone(&snapshot);
        let worker = Worker::start("save", move |_| {
            if let Some(expected) = expected
                && store::fingerprint(&path)? != Some(expected)
            {
                return Ok(None);
            }
            let fingerprint = store::save_file(&path, &snapshot)?;
            let journal_error = journal.and_then(|(who, before)| {
                let lines = super::journal::lines(&before, &snapshot, &who);
                store::append_journal(&path, &lines).err()
            });
            Ok(Some(Written {
                fingerprint,
                stamp: store::stamp(&path),
                base_id: ancestors.and_then(|a| a.keep_file(&path, fingerprint)),
                journal_error,
            }))
        })
        .map_err(|e| StoreError::new(&self.path, store::StoreErrorKind::Write(e)))?;
        self.save_job = Some(SaveJob {
            worker,
            state: self.state,
            snapshot: saved,
        });
        Ok(())
    }

    /// True while a background save runs.
    pub fn is_saving(&self) -> bool {
        self.save_job.is_some()
    }

    /// The outcome of the background save once it ended; `None` while it runs, or when none
    /// was started.
    pub fn poll_save(&mut self) -> Option<Result<SaveOutcome, SaveError>> {
        let job = self.save_job.take_if(|j| j.worker.is_finished())?;
        Some(self.finish_save(job))
    }

    fn finish_save(&mut self, job: SaveJob) -> Result<SaveOutcome, SaveError> {
        let written = job
            .worker
            .finish()
            .unwrap_or_else(|c| Err(SaveError::Crashed(c)))?;
        let Some(written) = written else {
            return Ok(SaveOutcome::ChangedOnDisk);
        };
        self.fingerprint = Some(written.fingerprint);
        self.stamp = written.stamp;
        if written.base_id.is_some() {
            self.base_id = written.base_id;
        }
        if self.journal_who.is_some() {
            self.journal_base = Some(job.snapshot);
        }
        self.journal_error = written.journal_error;
        if self.lock.is_none() {
            // A new dossier's first save: from now on it is open here.
            self.lock = store::acquire_lock(&self.path).ok().flatten();
        }
        self.saved_state = job.state;
        self.history.seal();
        if self.state == job.state {
            // The recovery copy is now older than the file; a failure to delete it is harmless.
            let _ = self.discard_recovery();
        } else {
            // Edits made during the save are not in the file: copy them aside again.
            self.recovery_state = u64::MAX;
        }
        Ok(SaveOutcome::Saved)
    }

    /// Replaces the dossier with what the file holds now (dropping unsaved edits, their
    /// recovery copy and the history).
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let mut fresh = Self::read(&self.path)?;
        if let Some(ancestors) = self.ancestors.take() {
            fresh.set_ancestors(ancestors);
        }
        if let Some(who) = self.journal_who.take() {
            fresh.keep_journal(who);
        }
        // The dropped edits must not come back as a recovery offer at the next start.
        let _ = self.discard_recovery();
        // The lock stays this document's: it is not let go, even for a moment.
        fresh.lock = self.lock.take();
        if fresh.lock.is_none() {
            // Read-only because another held it, or opened anyway: perhaps held no longer.
            match store::acquire_lock(&self.path) {
                Ok(lock) => fresh.lock = lock,
                // Still held on another machine: still opened anyway; a window of this machine
                // that took it meanwhile makes the dossier read-only here.
                Err(holder) if self.shared_with.is_some() && holder.elsewhere => {
                    fresh.shared_with = Some(holder);
                }
                Err(holder) => fresh.locked_by = Some(holder),
            }
        }
        *self = fresh;
        Ok(())
    }

    /// Replaces the dossier with a recovered copy, as unsaved changes and as one step that undo
    /// takes back (to what the file holds).
    pub fn restore(&mut self, recovered: Dossier) {
        self.seal_undo_step();
        // A whole-dossier edit always applies; refused only on a read-only document.
        let _ = self.apply(Edit::Whole(Box::new(recovered)));
        self.seal_undo_step();
        // The copy on disk holds this state: undone back to the saved state, it goes.
        self.recovery_written = true;
        self.recovery_state = self.state;
    }

    /// True while a recovery copy of this document's edits may be on disk.
    pub fn has_recovery_copy(&self) -> bool {
        self.recovery_written
    }

    /// Unsaved edits of a previous run kept in the recovery file, when they differ from the
    /// dossier as read.
    pub fn recovered(&self) -> Option<Result<Dossier, StoreError>> {
        match store::load_recovery(&self.path)? {
            Ok(l) if l.dossier == *self.dossier => None,
            Ok(l) => Some(Ok(l.dossier)),
            Err(e) => Some(Err(e)),
        }
    }

    /// Writes the unsaved edits to the recovery file when they changed since the last copy and
    /// [`RECOVERY_EVERY`] has passed. The file is written by a background thread, from a copy,
    /// so a big dossier never freezes the window. Returns the error of the previous copy, if any.
    ///
    /// Called every frame, dirty or not: when the dossier is back to what the file holds (undo to
    /// the saved state), a copy written earlier is removed, so that the next start offers nothing
    /// the user took back.
    pub fn autosave(&mut self, now: Instant) -> Option<StoreError> {
        let mut failure = None;
        if let Some(job) = self.recovery_job.take_if(|j| j.is_finished()) {
            failure = self.recovery_outcome(job);
        }
        if !self.is_dirty() && self.recovery_written {
            if let Err(e) = self.discard_recovery() {
                failure = Some(e);
            }
            return failure;
        }
        let due = self
            .last_recovery
            .is_none_or(|t| now.duration_since(t) >= RECOVERY_EVERY);
        if self.is_dirty()
            && self.recovery_state != self.state
            && due
            && self.recovery_job.is_none()
        {
            let (path, copy) = (self.path.clone(), Arc::clone(&self.dossier));
            match Worker::start("recovery-copy", move |_| {
                store::write_recovery(&path, &copy)
            }) {
                Ok(worker) => {
                    self.recovery_job = Some(worker);
                    self.recovery_written = true;
                }
                Err(e) => {
                    failure = Some(StoreError::new(
                        &store::recovery_path(&self.path),
                        store::StoreErrorKind::Write(e),
                    ));
                }
            }
            self.recovery_state = self.state;
            self.last_recovery = Some(now);
        }
        failure
    }

    /// Waits for a recovery copy being written (used before quitting and in tests).
    pub fn finish_autosave(&mut self) -> Option<StoreError> {
        let job = self.recovery_job.take()?;
        self.recovery_outcome(job)
    }

    /// The error of a finished recovery copy, a crash of its thread included.
    fn recovery_outcome(&self, job: Worker<Result<(), StoreError>>) -> Option<StoreError> {
        match job.finish() {
            Ok(result) => result.err(),
            Err(crash) => Some(StoreError::new(
                &store::recovery_path(&self.path),
                store::StoreErrorKind::Write(std::io::Error::other(crash.to_string())),
            )),
        }
    }

    /// Drops the recovery copy (the user chose not to keep the edits, or took them back).
    pub fn discard_recovery(&mut self) -> Result<(), StoreError> {
        self.finish_autosave();
        store::discard_recovery(&self.path)?;
        self.recovery_written = false;
        // Nothing is copied aside now: a later edit, even back to a state copied before, is
        // copied again.
        self.recovery_state = u64::MAX;
        Ok(())
    }

    /// Brings the findings, the pending change and the list revisions up to date after an
    /// edit whose inverse is `inverse` (it holds the records as they were).
    fn changed(&mut self, inverse: &Edit) {
        let touched = inverse.touched();
        self.findings.update(&self.dossier, &touched);
        self.change.add(&touched);
        self.revisions.record(&touched);
    }
}
