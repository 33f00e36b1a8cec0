//! Progress of work running on its own thread (an export, an import), with a cancel switch the
//! window can pull.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Shared between a worker thread and the window.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    cancel: AtomicBool,
}

impl Progress {
    /// Steps done and steps in all.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Sets the number of steps in all (and starts counting from zero).
    pub fn set_total(&self, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    /// Asks the work to stop; it writes nothing.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// True once [`Progress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Called by the worker after each step; false once cancelled.
    pub fn step(&self) -> bool {
        self.done.fetch_add(1, Ordering::Relaxed);
        !self.is_cancelled()
    }
}
