//! The `.ron` file format of a dossier: field order, layout, versioning, error messages.
//!
//! Layout: the top-level fields one per line, and each record of a list on one line (a depth
//! limit of 2), which diffs well and keeps big dossiers compact.

use ron::error::{Error as RonError, SpannedError};
use ron::ser::PrettyConfig;
use serde::{Deserialize, Serialize};

use crate::model::Dossier;
use crate::model::application::ApplicationTexts;
use crate::model::campus::Campus;

use super::error::{Problem, Syntax, Within};
use super::legacy::{Conversion, FileV4, LAST_GROUP_FORMAT};
use super::{Position, StoreErrorKind};

/// Version of the file format this build writes (it reads every version up to it).
/// 2 added `campus.lieu_de_vie` and `application`; 3 added decision kinds (re-labelling,
/// amending arrêté, non-renewal, withdrawal), the category « à confirmer » and the decisions'
/// `internationale`, `published_on`, `jorf` and `name`; 4 the partners' Erasmus+ `oid`; 5 the
/// Erasmus+ projects and one mobility per participant. Files of 1 to 3 read as they are;
/// files up to 4 are converted (`store::legacy`).
pub const FORMAT_VERSION: u32 = 5;

/// A file written by a newer version of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewerFormat {
    /// The file's `format_version`.
    pub found: u32,
    /// The newest version this build knows ([`FORMAT_VERSION`]).
    pub supported: u32,
    /// Where `format_version` is written in the file.
    pub position: Option<Position>,
}

/// A dossier read from text.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The dossier.
    pub dossier: Dossier,
    /// Set when the file comes from a newer version: show it, never save over it.
    pub read_only: Option<NewerFormat>,
    /// What the text was, to notice later changes made by another program.
    pub fingerprint: super::Fingerprint,
    /// Set when the file was of an older format and was converted: saving writes today's.
    pub converted: Option<Conversion>,
}

macro_rules! file_layout {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ; $($rest:tt)* } )*) => {
        /// What a file holds, in file order (reading side): the registry's lists.
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct FileIn {
            format_version: u32,
            campus: Campus,
            $(
                #[serde(default)]
                $field: Vec<$ty>,
            )*
            #[serde(default)]
            application: ApplicationTexts,
        }

        /// What a file holds, in file order (writing side, borrowing the dossier).
        #[derive(Serialize)]
        struct FileOut<'a> {
            format_version: u32,
            campus: &'a Campus,
            $($field: &'a [$ty],)*
            application: &'a ApplicationTexts,
        }

        impl<'a> FileOut<'a> {
            fn of(d: &'a Dossier) -> Self {
                Self {
                    format_version: FORMAT_VERSION,
                    campus: &d.campus,
                    $($field: &d.$field,)*
                    application: &d.application,
                }
            }
        }

        impl FileIn {
            fn into_dossier(self) -> Dossier {
                Dossier {
                    campus: self.campus,
                    $($field: self.$field,)*
                    application: self.application,
                }
            }
        }
    };
}

crate::for_each_record_kind!(file_layout);

/// Only the version, read leniently (other fields ignored) to recognise newer files.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

/// The dossier as file text: stable field order and layout, ending with a newline.
pub fn to_text(d: &Dossier) -> Result<String, StoreErrorKind> {
    let file = FileOut::of(d);
    let config = PrettyConfig::new().depth_limit(2).indentor("    ");
    let escaped = ron::ser::to_string_pretty(&file, config)
        .map_err(|e| StoreErrorKind::Serialize(e.to_string()))?;
    let mut text = unescape_apostrophes(&escaped);
    text.push('\n');
    Ok(text)
}

/// ron escapes `'` in strings (`l\'application`); French text is full of apostrophes, so write
/// them plain, which RON reads the same. Other escapes (`\\`, `\"`, `\n`…) are kept: the
/// pass walks escape sequences whole, so `\\'` (a backslash, then an apostrophe) stays right.
fn unescape_apostrophes(escaped: &str) -> String {
    // Byte-wise: `\\` and `'` are ASCII, so dropping a backslash keeps the text valid UTF-8;
    // the runs between escapes are copied whole (a 40 MB dossier is written many times a day).
    let bytes = escaped.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let (mut from, mut i) = (0, 0);
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'\\') {
        let at = i + offset;
        if bytes.get(at + 1) == Some(&b'\'') {
            out.extend_from_slice(&bytes[from..at]);
            from = at + 1;
        }
        // Skip the escaped character, whatever it is (`\\` stays a pair).
        i = (at + 2).min(bytes.len());
    }
    out.extend_from_slice(&bytes[from..]);
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Parses file text. Errors carry the line and column where the parser stopped. A file of
/// format 4 or older is converted (`store::legacy`), and says so in [`Loaded::converted`].
pub fn from_text(text: &str) -> Result<Loaded, StoreErrorKind> {
    let version = version_in_head(text).or_else(|| {
        ron::Options::default()
            .from_str::<VersionProbe>(text)
            .ok()
            .map(|p| p.format_version)
    });
    if version == Some(0) {
        return Err(StoreErrorKind::Syntax {
            position: version_position(text).unwrap_or(Position { line: 1, col: 1 }),
            problem: Box::new(Syntax::NoSuchVersion),
        });
    }
    let fingerprint = super::Fingerprint::of(text.as_bytes());
    if version.is_some_and(|v| v <= LAST_GROUP_FORMAT) {
        let file = ron::Options::default()
            .from_str::<FileV4>(text)
            .map_err(|e| syntax_error(text, &e))?;
        let (dossier, conversion) = file.convert();
        return Ok(Loaded {
            dossier,
            read_only: None,
            fingerprint,
            converted: Some(conversion),
        });
    }
    match ron::Options::default().from_str::<FileIn>(text) {
        Ok(file) => {
            let read_only = (file.format_version > FORMAT_VERSION).then(|| NewerFormat {
                found: file.format_version,
                supported: FORMAT_VERSION,
                position: version_position(text),
            });
            Ok(Loaded {
                dossier: file.into_dossier(),
                read_only,
                fingerprint,
                converted: None,
            })
        }
        Err(e) => Err(match probe_newer(text) {
            // A newer file may hold fields this build does not know: say so, not "unknown field".
            Some(newer) => StoreErrorKind::NewerVersion(newer),
            None => syntax_error(text, &e),
        }),
    }
}

/// The version of a file written by a newer app, if `text` is one.
pub(super) fn probe_newer(text: &str) -> Option<NewerFormat> {
    // The version is the first field: read it from the head of the file when it is there, so
    // saving a big dossier does not parse the old file whole; else parse the file for it.
    let found = match version_in_head(text) {
        Some(v) => v,
        None => {
            ron::Options::default()
                .from_str::<VersionProbe>(text)
                .ok()?
                .format_version
        }
    };
    (found > FORMAT_VERSION).then(|| NewerFormat {
        found,
        supported: FORMAT_VERSION,
        position: version_position(text),
    })
}

/// [`probe_newer`] on a file's bytes, decoding only its head when the version is there.
pub(super) fn probe_newer_bytes(bytes: &[u8]) -> Option<NewerFormat> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256)]);
    match version_in_head(&head) {
        Some(found) if found <= FORMAT_VERSION => None,
        _ => probe_newer(&String::from_utf8_lossy(bytes)),
    }
}

/// `N` in `(format_version: N,` at the start of `text`.
fn version_in_head(text: &str) -> Option<u32> {
    let head = text.get(..text.len().min(256)).unwrap_or(text);
    let rest = head.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("format_version")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[digits.len()..].trim_start();
    if after.starts_with(',') || after.starts_with(')') {
        digits.parse().ok()
    } else {
        None
    }
}

fn version_position(text: &str) -> Option<Position> {
    text.find("format_version")
        .map(|offset| Position::at_offset(text, offset))
}

/// The syntax error of `text` the parser reported, located and typed.
pub fn syntax_error(text: &str, e: &SpannedError) -> StoreErrorKind {
    let position = Position {
        line: e.span.start.line,
        col: e.span.start.col,
    };
    let problem = if text.trim().is_empty() {
        Syntax::EmptyFile
    } else if !text.trim_start().starts_with('(') {
        Syntax::NotADossier
    } else {
        // Stopping on the last line (or past it) almost always means the file was cut short.
        let at_end = e.span.start.line >= text.trim_end().lines().count();
        Syntax::Problem {
            field: field_before(text, e.span.start.line, e.span.start.col),
            problem: problem(&e.code),
            truncated: at_end && e.code != RonError::Eof && e.code != RonError::TrailingCharacters,
        }
    };
    StoreErrorKind::Syntax {
        position,
        problem: Box::new(problem),
    }
}

/// The field whose value starts at `line`:`col` (`participants` in `participants: "douze"`).
fn field_before(text: &str, line: usize, col: usize) -> Option<String> {
    let row = text.lines().nth(line.checked_sub(1)?)?;
    let before: String = row.chars().take(col.saturating_sub(1)).collect();
    let before = before.trim_end().strip_suffix(':')?.trim_end();
    let start = before
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    let name = &before[start..];
    (!name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit())).then(|| name.to_owned())
}

/// The parser's complaint, naming the field or value concerned.
fn problem(e: &RonError) -> Problem {
    match e {
        RonError::Eof => Problem::Eof,
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => Problem::UnknownField {
            found: found.clone(),
            expected: expected.iter().map(|x| (*x).to_owned()).collect(),
            within: within(outer.as_deref()),
        },
        RonError::MissingStructField { field, outer } => Problem::MissingField {
            field: (*field).to_owned(),
            within: within(outer.as_deref()),
        },
        RonError::DuplicateStructField { field, outer } => Problem::DuplicateField {
            field: (*field).to_owned(),
            within: within(outer.as_deref()),
        },
        RonError::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => Problem::UnknownValue {
            found: found.clone(),
            expected: expected.iter().map(|x| (*x).to_owned()).collect(),
            within: within(outer.as_deref()),
        },
        RonError::InvalidValueForType { expected, found } => Problem::WrongType {
            expected: expected.clone(),
            found: found.clone(),
        },
        RonError::ExpectedString => Problem::ExpectedString,
        RonError::ExpectedStringEnd => Problem::ExpectedStringEnd,
        RonError::ExpectedInteger | RonError::IntegerOutOfBounds => Problem::ExpectedInteger,
        RonError::ExpectedFloat => Problem::ExpectedFloat,
        RonError::ExpectedBoolean => Problem::ExpectedBoolean,
        RonError::ExpectedComma => Problem::ExpectedComma,
        RonError::ExpectedArray => Problem::ExpectedList,
        RonError::ExpectedArrayEnd => Problem::ExpectedListEnd,
        RonError::ExpectedStructLike | RonError::ExpectedNamedStructLike(_) => {
            Problem::ExpectedStruct
        }
        RonError::ExpectedStructLikeEnd => Problem::ExpectedStructEnd,
        RonError::ExpectedOption => Problem::ExpectedOption,
        RonError::TrailingCharacters => Problem::TrailingCharacters,
        other => Problem::Other(other.to_string()),
    }
}

fn within(outer: Option<&str>) -> Within {
    match outer {
        // The top level of the file is read through an internal type: name it for a user.
        Some("FileIn" | "FileV4" | "VersionProbe") => Within::Head,
        // The records of files of format 4 and older, read through their frozen types.
        Some("GroupV4") => Within::Part("Mobility".to_owned()),
        Some("ProjectV4") => Within::Part("Project".to_owned()),
        Some(o) => Within::Part(o.to_owned()),
        None => Within::Nowhere,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_is_read_from_the_head_of_the_file() {
        assert_eq!(
            version_in_head("(\n    format_version: 7,\n    campus: ("),
            Some(7)
        );
        assert_eq!(version_in_head("( format_version : 12 )"), Some(12));
        assert_eq!(version_in_head("(campus: (), format_version: 3)"), None);
        assert_eq!(version_in_head("(format_version: 3x,"), None);
        let newer = probe_newer("(format_version: 99, campus: (name: \"x\"))").unwrap();
        assert_eq!(newer.found, 99);
        assert!(probe_newer("(format_version: 2, campus: ())").is_none());
    }

    #[test]
    fn apostrophes_are_written_plain_and_other_escapes_kept() {
        let mut d = Dossier::default();
        d.campus.name = "Campus de l'industrie".into();
        d.campus.notes = "a \\' b \"c\"\nd".into();
        let text = to_text(&d).unwrap();
        assert!(text.contains("\"Campus de l'industrie\""), "{text}");
        assert_eq!(from_text(&text).unwrap().dossier, d);
    }
}
