//! An export running on its own thread, with progress and cancel: the window never freezes,
//! and a cancelled export writes nothing.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;

use super::csv::{CsvOptions, to_csv_with};
use super::table::TableData;
use super::xlsx::to_xlsx_with;
use crate::store::{self, StoreError};

/// The formats a table exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// CSV for French spreadsheets.
    Csv,
    /// Excel workbook.
    Xlsx,
}

impl Format {
    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
        }
    }
}

/// Shared between the export thread and the window.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    cancel: AtomicBool,
}

impl Progress {
    /// Rows done and rows in all.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Asks the export to stop; it writes nothing.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Called by the writers after each row; false once cancelled.
    pub(super) fn step(&self) -> bool {
        self.done.fetch_add(1, Ordering::Relaxed);
        !self.cancel.load(Ordering::Relaxed)
    }
}

/// Why an export did not produce its file.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The user cancelled; nothing was written.
    #[error("export annulé : aucun fichier écrit")]
    Cancelled,
    /// The XLSX writer failed.
    #[error("export XLSX impossible : {0}")]
    Xlsx(String),
    /// The file could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// An export under way.
pub struct Job {
    /// Its progress (and cancel switch).
    pub progress: Arc<Progress>,
    /// Where it writes.
    pub path: PathBuf,
    handle: JoinHandle<Result<usize, ExportError>>,
}

impl Job {
    /// Starts exporting `table` as `format` to `path` on a named thread.
    pub fn start(table: TableData, format: Format, path: PathBuf) -> std::io::Result<Self> {
        let progress = Arc::new(Progress::default());
        progress.total.store(table.rows.len(), Ordering::Relaxed);
        let (p, target) = (Arc::clone(&progress), path.clone());
        let handle = std::thread::Builder::new()
            .name("export".into())
            .spawn(move || run(&table, format, &target, &p))?;
        Ok(Self {
            progress,
            path,
            handle,
        })
    }

    /// True once the export ended (written, failed or cancelled).
    pub fn is_finished(&self) -> bool {
        self.handle.is_finished()
    }

    /// Waits for the end: the number of rows written, or why nothing was.
    pub fn finish(self) -> Result<usize, ExportError> {
        self.handle.join().unwrap_or(Err(ExportError::Cancelled))
    }
}

/// Builds the file and writes it atomically (the same steps, on the calling thread).
pub fn run(
    table: &TableData,
    format: Format,
    path: &std::path::Path,
    progress: &Progress,
) -> Result<usize, ExportError> {
    let bytes = match format {
        Format::Csv => to_csv_with(table, &CsvOptions::default(), progress)
            .ok_or(ExportError::Cancelled)?
            .into_bytes(),
        Format::Xlsx => to_xlsx_with(table, "CMQ Dossiers", progress)?,
    };
    store::write_export(path, &bytes)?;
    Ok(table.rows.len())
}

impl From<super::xlsx::Error> for ExportError {
    fn from(e: super::xlsx::Error) -> Self {
        match e {
            super::xlsx::Error::Cancelled => Self::Cancelled,
            super::xlsx::Error::Xlsx(x) => Self::Xlsx(x.to_string()),
        }
    }
}
