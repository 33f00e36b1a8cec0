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

/// What is wrong in a file's text, with its values; the faces word it (`crate::i18n`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// The file holds nothing.
    EmptyFile,
    /// The text does not start like a dossier.
    NotADossier,
    /// A byte that is not UTF-8 (a file saved as Latin-1 by another program).
    NotUtf8,
    /// `format_version: 0`: no version of the app wrote that.
    NoSuchVersion,
    /// The parser's complaint.
    Problem {
        /// The field whose value is wrong, when the complaint is about a value.
        field: Option<String>,
        /// What the parser found.
        problem: Problem,
        /// True when the parser stopped on the last line: the file was probably cut short.
        truncated: bool,
    },
}

/// Where a complaint about a field or a value is: the head of the dossier, or a named part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Within {
    /// Nowhere in particular.
    Nowhere,
    /// The top level of the dossier.
    Head,
    /// The part of this name (`Partner`).
    Part(String),
}

/// What the RON parser found wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text ends too early.
    Eof,
    /// A field the format does not have.
    UnknownField {
        /// The field as written.
        found: String,
        /// The fields there can be.
        expected: Vec<String>,
        /// Where.
        within: Within,
    },
    /// A required field is absent.
    MissingField {
        /// The field.
        field: String,
        /// Where.
        within: Within,
    },
    /// A field written twice.
    DuplicateField {
        /// The field.
        field: String,
        /// Where.
        within: Within,
    },
    /// A value the field does not accept.
    UnknownValue {
        /// The value as written.
        found: String,
        /// The values there can be.
        expected: Vec<String>,
        /// Where.
        within: Within,
    },
    /// A value of the wrong type.
    WrongType {
        /// What the field takes.
        expected: String,
        /// What was written.
        found: String,
    },
    /// Text in quotes was expected.
    ExpectedString,
    /// The closing quote is missing.
    ExpectedStringEnd,
    /// A whole number was expected (or it is out of bounds).
    ExpectedInteger,
    /// A number was expected.
    ExpectedFloat,
    /// `true` or `false` was expected.
    ExpectedBoolean,
    /// A comma was expected.
    ExpectedComma,
    /// A list was expected (`[`).
    ExpectedList,
    /// The end of a list was expected (`]`).
    ExpectedListEnd,
    /// A structure was expected (`(`).
    ExpectedStruct,
    /// The end of a structure was expected (`)`).
    ExpectedStructEnd,
    /// `Some(…)` or `None` was expected.
    ExpectedOption,
    /// Text after the end of the dossier.
    TrailingCharacters,
    /// Anything else, as the parser says it.
    Other(String),
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
        /// What is wrong there.
        problem: Box<Syntax>,
    },
    /// The file comes from a newer version of the app and is kept read-only.
    NewerVersion(super::NewerFormat),
    /// The dossier could not be turned into text (a bug, reported rather than hidden).
    Serialize(String),
    /// A file of that name already exists; nothing was moved or written.
    Exists,
    /// Another window has the dossier open; it was not moved.
    InUse,
    /// Not a regular file (a FIFO, a device, a folder): not read, not written.
    NotAFile,
    /// An output that is the dossier or the file read: refused, nothing written.
    OutputIsInput(PathBuf),
    /// An export aimed at a dossier file (`.ron`): refused, nothing written.
    OutputIsDossier,
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
            Self::Syntax { problem, .. } => write!(f, "syntax: {problem:?}"),
            Self::NewerVersion(n) => write!(f, "format {} > {}", n.found, n.supported),
            Self::Serialize(e) => write!(f, "serialize: {e}"),
            Self::Exists => write!(f, "already exists"),
            Self::InUse => write!(f, "open in another window"),
            Self::NotAFile => write!(f, "not a regular file"),
            Self::OutputIsInput(input) => write!(f, "is {}", input.display()),
            Self::OutputIsDossier => write!(f, "a dossier file"),
        }
    }
}
