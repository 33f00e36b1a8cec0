//! Import work on its own thread: reading a big file or checking 10 000 rows never freezes the
//! window, shows progress, and can be cancelled (nothing is written until the user confirms).

use std::path::PathBuf;
use std::sync::Arc;

use super::mapping::Mapping;
use super::plan::{Plan, plan};
use super::read::{ReadError, Sheet, read_file};
use crate::model::Dossier;
use crate::session::{Progress, Worker};

/// A step of an import under way: reading the file, or checking its rows.
pub struct ImportJob<T> {
    /// Its progress (and cancel switch).
    pub progress: Arc<Progress>,
    worker: Worker<Result<T, ReadError>>,
}

impl<T: Send + 'static> ImportJob<T> {
    fn spawn(
        work: impl FnOnce(&Progress) -> Result<T, ReadError> + Send + 'static,
    ) -> std::io::Result<Self> {
        let worker = Worker::start("import", work)?;
        Ok(Self {
            progress: Arc::clone(&worker.progress),
            worker,
        })
    }

    /// True once the step ended.
    pub fn is_finished(&self) -> bool {
        self.worker.is_finished()
    }

    /// Waits for the end of the step: its result, or why there is none (a crash is said as
    /// such, not as a cancellation).
    pub fn finish(self) -> Result<T, ReadError> {
        self.worker
            .finish()
            .unwrap_or_else(|c| Err(ReadError::Crashed(c.message)))
    }
}

impl ImportJob<Sheet> {
    /// Starts reading `path`.
    pub fn read(path: PathBuf) -> std::io::Result<Self> {
        Self::spawn(move |p| read_file(&path, p))
    }
}

impl ImportJob<Plan> {
    /// Starts checking the rows of `sheet` under `mapping` against `dossier` (a snapshot).
    pub fn plan(
        sheet: Arc<Sheet>,
        mapping: Mapping,
        dossier: Arc<Dossier>,
    ) -> std::io::Result<Self> {
        Self::spawn(move |p| plan(&sheet, &mapping, &dossier, p).ok_or(ReadError::Cancelled))
    }
}
