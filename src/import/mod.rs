//! Import: partners, actions, mobilities and indicators from spreadsheets (CSV, XLSX, XLS, ODS)
//! and from the national establishment directory (*annuaire de l'éducation*).
//!
//! The steps, each testable on its own:
//! 1. [`read`] turns a file into a [`Sheet`]: encoding, delimiter and header row detected,
//!    cells typed (text, number, date, boolean), each row with its source line;
//! 2. [`fields`] lists what each kind of record can receive, and guesses a [`Mapping`] (target
//!    field → source column) from the header names; a mapping is data, saved as RON;
//! 3. [`plan`](mod@plan) converts every row, validates it and finds duplicates, giving a per-row report —
//!    nothing is written yet;
//! 4. [`Plan::edit`] turns the accepted rows into one [`Edit::Batch`](crate::session::Edit),
//!    so the whole import is one undo step.
//!
//! [`job`] runs steps 1–3 on a thread with progress and cancel. [`campuses`] reads a list of
//! campuses into a workspace: one dossier per campus, one label decision per row.

pub mod bounds;
pub mod campuses;
pub mod fields;
pub mod job;
pub mod mapping;
pub mod note;
pub mod plan;
pub mod read;
mod records;
pub mod value;

pub use fields::{Field, FieldType, field_of, fields_of, importable, importable_named};
pub use job::ImportJob;
pub use mapping::Mapping;
pub use note::Note;
pub use plan::{Counts, DuplicatePolicy, Facets, Filter, MatchKey, Plan, RowReport, Verdict, plan};
pub use read::{ReadError, Sheet, SourceInfo};
pub use records::partner_kind;
pub use value::Value;
