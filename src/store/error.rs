//! Store errors: what went wrong, with which file, and where in it.

use std::fmt;
use std::path::{Path, PathBuf};

/// A place in a text file, both 1-based; `col` counts characters, not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Position {
    /// Line number, from 1.
    pub line: usize,
    /// Column number, from 1.
    pub col: usize,
}

impl Position {
    /// The position of byte `offset` in `text`.
    pub fn at_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset).unwrap_or(text);
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = 1 + before[line_start..].chars().count();
        Self { line, col }
    }
}

/// A failure to read, parse or write a dossier file.
#[derive(Debug, thiserror::Error)]
#[error("{}{}", .path.display(), .kind.located())]
pub struct StoreError {
    /// The file concerned.
    pub path: PathBuf,
    /// What went wrong.
    pub kind: StoreErrorKind,
}

/// What went wrong with a file.
#[derive(Debug)]
#[non_exhaustive]
pub enum StoreErrorKind {
    /// The file could not be read (missing, permissions…).
    Read(std::io::Error),
    /// The file could not be written; the previous version is untouched.
    Write(std::io::Error),
    /// The file is not a valid dossier: RON syntax, a wrong type, an unknown field…
    Syntax {
        /// Where the parser stopped.
        position: Position,
        /// What it found, in French.
        message: String,
    },
    /// The file comes from a newer version of the app and is kept read-only.
    NewerVersion(super::NewerFormat),
    /// The dossier could not be turned into text (a bug, reported rather than hidden).
    Serialize(String),
}

impl StoreError {
    /// An error about `path`.
    pub fn new(path: &Path, kind: StoreErrorKind) -> Self {
        Self {
            path: path.to_owned(),
            kind,
        }
    }

    /// Line and column in the file, when the error has them.
    pub fn position(&self) -> Option<Position> {
        match &self.kind {
            StoreErrorKind::Syntax { position, .. } => Some(*position),
            StoreErrorKind::NewerVersion(n) => n.position,
            _ => None,
        }
    }
}

impl StoreErrorKind {
    /// `:LINE:COL: message` or `: message`, to follow a file name.
    fn located(&self) -> String {
        match self {
            Self::Syntax { position, .. } => format!(":{}:{}: {self}", position.line, position.col),
            Self::NewerVersion(n) => match n.position {
                Some(p) => format!(":{}:{}: {self}", p.line, p.col),
                None => format!(": {self}"),
            },
            _ => format!(": {self}"),
        }
    }
}

/// For logs; the window and the command line word it with the catalogue (`crate::i18n`).
impl fmt::Display for StoreErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read(e) => write!(f, "read: {e}"),
            Self::Write(e) => write!(f, "write: {e}"),
            Self::Syntax { message, .. } => write!(f, "syntax: {message}"),
            Self::NewerVersion(n) => write!(f, "format {} > {}", n.found, n.supported),
            Self::Serialize(e) => write!(f, "serialize: {e}"),
        }
    }
}
