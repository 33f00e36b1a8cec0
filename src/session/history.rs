//! Undo and redo, with bursts of edits to one record merged into one step.

use std::time::{Duration, Instant};

use super::edit::{Edit, Target};

/// Edits to the same record closer together than this merge into one undo step (typing a
/// word, dragging a value).
const MERGE_WINDOW: Duration = Duration::from_millis(1500);

struct Step {
    /// The edit that undoes the step.
    undo: Edit,
    /// State ids before and after the step (for the unsaved-changes flag).
    before: u64,
    after: u64,
    target: Option<Target>,
    at: Instant,
}

/// The undo and redo stacks.
#[derive(Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<(Edit, u64, u64)>,
    sealed: bool,
}

impl History {
    /// Records a step: `undo` reverts the edit `forward_target` came from. Returns true when the
    /// step was merged into the previous one.
    pub(super) fn record(
        &mut self,
        undo: Edit,
        target: Option<Target>,
        before: u64,
        after: u64,
        now: Instant,
    ) -> bool {
        self.redo.clear();
        if let Some(last) = self.undo.last_mut()
            && !self.sealed
            && target.is_some()
            && last.target == target
            && now.duration_since(last.at) < MERGE_WINDOW
        {
            // Keep the oldest undo (it restores the state before the burst).
            last.after = after;
            last.at = now;
            return true;
        }
        self.sealed = false;
        self.undo.push(Step {
            undo,
            before,
            after,
            target,
            at: now,
        });
        false
    }

    /// Ends the current burst: the next edit starts a new undo step.
    pub fn seal(&mut self) {
        self.sealed = true;
    }

    /// The edit that would undo the last step.
    pub(super) fn next_undo(&self) -> Option<&Edit> {
        self.undo.last().map(|s| &s.undo)
    }

    /// The edit that would redo the last undone step.
    pub(super) fn next_redo(&self) -> Option<&Edit> {
        self.redo.last().map(|(e, _, _)| e)
    }

    /// The edit that undoes the last step, with the state id it returns to.
    pub(super) fn pop_undo(&mut self) -> Option<(Edit, u64, u64)> {
        let s = self.undo.pop()?;
        Some((s.undo, s.before, s.after))
    }

    /// Remembers how to redo an undone step.
    pub(super) fn push_redo(&mut self, redo: Edit, before: u64, after: u64) {
        self.redo.push((redo, before, after));
    }

    /// The edit that redoes the last undone step, with the state ids around it.
    pub(super) fn pop_redo(&mut self) -> Option<(Edit, u64, u64)> {
        self.redo.pop()
    }

    /// Puts back a redone step on the undo stack.
    pub(super) fn push_undone(&mut self, undo: Edit, before: u64, after: u64) {
        self.sealed = true;
        self.undo.push(Step {
            undo,
            before,
            after,
            target: None,
            at: Instant::now(),
        });
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
