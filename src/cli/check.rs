//! `cmq-dossiers check`: every finding of every file, as `FILE:LINE:COL: …` lines or JSON.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::Strings;
use crate::rules::{self, Severity};
use crate::store::{self, Position};

/// One line of `check` output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reported {
    /// The file.
    pub file: PathBuf,
    /// Line, when the file shows where.
    pub line: Option<usize>,
    /// Column, when the file shows where.
    pub column: Option<usize>,
    /// Error or warning.
    pub severity: Severity,
    /// Machine code (`uai-invalide`, `fichier-illisible`).
    pub code: &'static str,
    /// Field path, when the finding is about a field.
    pub path: Option<String>,
    /// Message in the language of the command line.
    pub message: String,
}

/// What checking one file gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    /// The file was read; these are its findings.
    Checked(Vec<Reported>),
    /// The file could not be read or parsed.
    Unreadable(Reported),
}

/// Checks each file, wording the findings with `s`. Never writes anything.
pub fn check_files(files: &[PathBuf], s: &Strings) -> Vec<FileOutcome> {
    files.iter().map(|f| check_file(f, s)).collect()
}

fn check_file(file: &Path, s: &Strings) -> FileOutcome {
    let unreadable = |e: &store::StoreError| {
        let pos = e.position();
        FileOutcome::Unreadable(Reported {
            file: file.to_owned(),
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.col),
            severity: Severity::Error,
            code: "fichier-illisible",
            path: None,
            message: (s.store_error)(&e.kind),
        })
    };
    let text = match store::read_text(file) {
        Ok(t) => t,
        Err(e) => return unreadable(&e),
    };
    let loaded = match store::from_text(&text) {
        Ok(l) => l,
        Err(kind) => return unreadable(&store::StoreError::new(file, kind)),
    };
    let mut out = Vec::new();
    if let Some(newer) = loaded.read_only {
        out.push(Reported {
            file: file.to_owned(),
            line: newer.position.map(|p| p.line),
            column: newer.position.map(|p| p.col),
            severity: Severity::Warning,
            code: "format-plus-recent",
            path: Some("format_version".into()),
            message: (s.store_error)(&store::StoreErrorKind::NewerVersion(newer)),
        });
    }
    // One pass over the text for every finding's position.
    let locator = store::Locator::new(&text);
    for f in rules::validate(&loaded.dossier) {
        let pos: Option<Position> = locator.position(&f.path);
        out.push(Reported {
            file: file.to_owned(),
            line: pos.map(|p| p.line),
            column: pos.map(|p| p.col),
            severity: f.severity,
            code: f.code(),
            message: (s.issue)(&f.issue),
            path: Some(f.path),
        });
    }
    FileOutcome::Checked(out)
}

/// 2 if a file was unreadable, else 1 if any error was found, else 0.
pub fn exit_code(outcomes: &[FileOutcome]) -> u8 {
    let mut code = 0;
    for o in outcomes {
        match o {
            FileOutcome::Unreadable(_) => return 2,
            FileOutcome::Checked(r) => {
                if r.iter().any(|r| r.severity == Severity::Error) {
                    code = 1;
                }
            }
        }
    }
    code
}

impl Reported {
    /// `FILE:LINE:COL: error[code]: message`, or `FILE: error[code]: path: message` without a
    /// position.
    pub fn line_text(&self) -> String {
        let file = self.file.display();
        let (sev, code, msg) = (self.severity.as_str(), self.code, &self.message);
        match (self.line, self.column, &self.path) {
            (Some(l), Some(c), _) => format!("{file}:{l}:{c}: {sev}[{code}]: {msg}"),
            (_, _, Some(p)) => format!("{file}: {sev}[{code}]: {p}: {msg}"),
            _ => format!("{file}: {sev}[{code}]: {msg}"),
        }
    }
}

/// All reported lines of `outcomes`, in order.
pub fn reported(outcomes: &[FileOutcome]) -> Vec<&Reported> {
    outcomes
        .iter()
        .flat_map(|o| match o {
            FileOutcome::Checked(r) => r.iter().collect::<Vec<_>>(),
            FileOutcome::Unreadable(r) => vec![r],
        })
        .collect()
}
