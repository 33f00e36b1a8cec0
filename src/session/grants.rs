//! The Erasmus+ unit-cost tables in use for a workspace: the shipped ones, and the files a user
//! drops into the workspace's `baremes-erasmus/` folder (one `.ron` per table, in the shipped
//! tables' layout). For the call years a dropped table gives, it is used before a shipped one,
//! so a checked table of a later Programme Guide takes the place of ours; a file that does not read
//! is reported with its line and column, and the others still apply.

use std::path::{Path, PathBuf};

use crate::rules::grant::{UnitCosts, shipped};
use crate::store;

/// The folder of a workspace where unit-cost tables are dropped.
pub const GRANTS_FOLDER: &str = "baremes-erasmus";

/// The tables in use, and the dropped files that could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GrantTables {
    /// Every table, dropped ones first.
    pub tables: Vec<UnitCosts>,
    /// The files refused, with why.
    pub errors: Vec<GrantFileError>,
}

/// A dropped unit-cost file that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}:{col}: {message}", path.display())]
pub struct GrantFileError {
    /// The file.
    pub path: PathBuf,
    /// Line of the problem (0 when the file could not be read at all).
    pub line: usize,
    /// Column of the problem.
    pub col: usize,
    /// What is wrong, as the parser says it.
    pub message: String,
}

/// The tables for the dossiers of `workspace` (a folder).
pub fn grant_tables(workspace: &Path) -> GrantTables {
    let mut out = GrantTables::default();
    let folder = workspace.join(GRANTS_FOLDER);
    let files = store::files_in(&folder, "ron");
    for path in files {
        let error = |line, col, message: String| GrantFileError {
            path: path.clone(),
            line,
            col,
            message,
        };
        match store::read_text(&path) {
            Err(e) => out.errors.push(error(0, 0, e.kind.to_string())),
            Ok(text) => match ron::from_str::<UnitCosts>(&text) {
                Ok(t) => out.tables.push(t),
                Err(e) => out.errors.push(error(
                    e.span.start.line,
                    e.span.start.col,
                    e.code.to_string(),
                )),
            },
        }
    }
    // Dropped tables first: for a call year they share with a shipped one, theirs is used
    // (`rules::grant::for_call` takes the first); the shipped one still serves its other years.
    out.tables.extend(shipped().unwrap_or_default());
    out
}
