//! An export running on its own thread, with progress and cancel: the window never freezes,
//! and a cancelled export writes nothing.

use crate::i18n::{Strings, fill};
use std::path::PathBuf;
use std::sync::Arc;

use super::csv::{CsvOptions, to_csv_with};
use super::table::TableData;
use super::xlsx::to_xlsx_with;
pub use crate::session::Progress;
use crate::session::Worker;
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

/// Why an export did not produce its file. The faces word it with [`ExportError::text`]; the
/// `Display` text is for logs.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The user cancelled; nothing was written.
    #[error("cancelled")]
    Cancelled,
    /// The XLSX writer failed.
    #[error("xlsx: {0}")]
    Xlsx(String),
    /// The PDF could not be laid out or written.
    #[error(transparent)]
    Pdf(#[from] super::pdf::PdfError),
    /// The file could not be written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The work stopped on an internal error (its message).
    #[error("internal error: {0}")]
    Crashed(String),
}

impl ExportError {
    /// The error in the language of `s`.
    pub fn text(&self, s: &Strings) -> String {
        match self {
            Self::Cancelled => s.export_cancelled.to_owned(),
            Self::Xlsx(reason) => fill(s.export_xlsx_failed, &[("reason", reason)]),
            Self::Pdf(e) => e.text(s),
            Self::Store(e) => s.file_error(e),
            Self::Crashed(reason) => fill(s.crashed, &[("what", s.export), ("reason", reason)]),
        }
    }
}

/// An export under way.
pub struct Job {
    /// Its progress (and cancel switch).
    pub progress: Arc<Progress>,
    /// Where it writes.
    pub path: PathBuf,
    worker: Worker<Result<usize, ExportError>>,
}

impl Job {
    /// Starts exporting `table` as `format` to `path` on a named thread.
    pub fn start(table: TableData, format: Format, path: PathBuf) -> std::io::Result<Self> {
        Self::start_csv(table, format, CsvOptions::default(), path)
    }

    /// [`Job::start`], a CSV written as `csv` says (a template's separator).
    pub fn start_csv(
        table: TableData,
        format: Format,
        csv: CsvOptions,
        path: PathBuf,
    ) -> std::io::Result<Self> {
        let total = table.rows.len();
        Self::spawn(path, total, move |target, p| {
            run(&table, format, &csv, target, p)
        })
    }

    /// Starts laying out the PDF of `dossier` and writing it to `path` on a named thread.
    pub fn start_pdf(
        dossier: Arc<crate::model::Dossier>,
        options: super::pdf::PdfOptions,
        rules: crate::rules::calendar::CalendarRules,
        today: chrono::NaiveDate,
        path: PathBuf,
    ) -> std::io::Result<Self> {
        Self::spawn(path, 1, move |target, p| {
            let bytes = super::pdf::to_pdf(&dossier, &options, &rules, today)?;
            if !p.step() {
                return Err(ExportError::Cancelled);
            }
            store::write_export(target, &bytes)?;
            Ok(1)
        })
    }

    fn spawn(
        path: PathBuf,
        total: usize,
        work: impl FnOnce(&std::path::Path, &Progress) -> Result<usize, ExportError> + Send + 'static,
    ) -> std::io::Result<Self> {
        let target = path.clone();
        let worker = Worker::start("export", move |p| {
            p.set_total(total);
            work(&target, p)
        })?;
        Ok(Self {
            progress: Arc::clone(&worker.progress),
            path,
            worker,
        })
    }

    /// True once the export ended (written, failed or cancelled).
    pub fn is_finished(&self) -> bool {
        self.worker.is_finished()
    }

    /// Waits for the end: the number of rows written, or why nothing was (a crash is said as
    /// such, not as a cancellation).
    pub fn finish(self) -> Result<usize, ExportError> {
        self.worker
            .finish()
            .unwrap_or_else(|c| Err(ExportError::Crashed(c.message)))
    }
}

/// Builds the file and writes it atomically (the same steps, on the calling thread).
pub fn run(
    table: &TableData,
    format: Format,
    csv: &CsvOptions,
    path: &std::path::Path,
    progress: &Progress,
) -> Result<usize, ExportError> {
    let bytes = match format {
        Format::Csv => to_csv_with(table, csv, progress)
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

/// Opens `path` with the system's viewer (to print it from there).
pub fn open_in_viewer(path: &std::path::Path) -> std::io::Result<()> {
    #[cfg(target_os = "windows")]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let mut command = std::process::Command::new("xdg-open");
    command.arg(path).spawn().map(|_| ())
}
