//! Exports: the dossier's tables as CSV and XLSX (the PDF documents come later).
//!
//! This layer turns the model into bytes; writing them goes through the store (atomic, like
//! every file the app writes). Every exported text is made safe to open: a cell that starts
//! with `=`, `+`, `-` or `@` is neutralised so a spreadsheet never runs it as a formula.

pub mod csv;
pub mod job;
pub mod table;
pub mod xlsx;

pub use job::{ExportError, Format, Job, Progress};
pub use table::{Cell, TableData, TableKind, table_of};
