//! Exports: the dossier's tables as CSV and XLSX, and its documents (summary, labelling
//! application) as PDF.
//!
//! This layer turns the model into bytes; writing them goes through the store (atomic, like
//! every file the app writes). Every exported text is made safe to open: a cell that starts
//! with `=`, `+`, `-` or `@` is neutralised so a spreadsheet never runs it as a formula.

pub mod bm;
pub mod csv;
pub mod job;
pub mod pdf;
pub mod table;
pub mod xlsx;

pub use job::{ExportError, Format, Job, Progress, open_in_viewer};
pub use table::{Cell, TableData, TableKind, table_of};
