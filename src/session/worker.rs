//! Work on a thread of its own — an export, an import step, a save, a recovery copy, opening a
//! big dossier — so the window never freezes. One shape for all: a named thread, a [`Progress`]
//! with its cancel switch, and an end that tells a result from a crash: a panic in the work is
//! reported as [`Crashed`], naming what failed, never taken for a cancellation.

use std::sync::Arc;
use std::thread::JoinHandle;

use super::Progress;

/// A piece of work running on its own thread.
#[derive(Debug)]
pub struct Worker<T> {
    /// Its progress, and the switch that asks it to stop.
    pub progress: Arc<Progress>,
    what: &'static str,
    handle: JoinHandle<T>,
}

/// The work stopped on an internal error (a panic) instead of ending.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{what}: {message}")]
pub struct Crashed {
    /// What was running (`export`, `import`, `save`…), the thread's name.
    pub what: &'static str,
    /// The panic's message.
    pub message: String,
}

impl<T: Send + 'static> Worker<T> {
    /// Starts `work` on a thread named `what`.
    pub fn start(
        what: &'static str,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> std::io::Result<Self> {
        let progress = Arc::new(Progress::default());
        let p = Arc::clone(&progress);
        let handle = std::thread::Builder::new()
            .name(what.into())
            .spawn(move || work(&p))?;
        Ok(Self {
            progress,
            what,
            handle,
        })
    }

    /// True once the work ended (or crashed).
    pub fn is_finished(&self) -> bool {
        self.handle.is_finished()
    }

    /// Waits for the end: the work's result, or the crash that stopped it.
    pub fn finish(self) -> Result<T, Crashed> {
        let what = self.what;
        self.handle.join().map_err(|payload| Crashed {
            what,
            message: payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "?".to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_a_crash_naming_the_work_not_a_cancellation() {
        let worker = Worker::start("export", |_| -> u8 { panic!("table vide") });
        let Ok(worker) = worker else {
            return;
        };
        assert_eq!(
            worker.finish(),
            Err(Crashed {
                what: "export",
                message: "table vide".into()
            })
        );
        let Ok(fine) = Worker::start("import", |p| {
            p.set_total(1);
            p.step();
            7
        }) else {
            return;
        };
        assert_eq!(fine.finish(), Ok(7));
    }
}
