//! What can be wrong with a command line, and how it is said (with the usage) in the language
//! of the locale.

use crate::i18n::{Strings, fill};

/// A command line that does not make sense; [`UsageError::text`] words it, with the usage.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("usage: {0:?}")]
pub struct UsageError(pub Usage);

/// What is wrong with a command line, with what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Usage {
    /// An option that needs a value got none.
    NeedsValue(String),
    /// An option that needs a whole number got something else.
    NeedsNumber(String),
    /// An argument after the end of the command.
    Unexpected(String),
    /// An option the command does not have.
    UnknownOption {
        /// The command.
        command: &'static str,
        /// The option as typed.
        option: String,
    },
    /// A command that needs at least one dossier file got none.
    NeedsFiles(&'static str),
    /// A command that needs one dossier file got none.
    NeedsFile(&'static str),
    /// A command that needs this option got none.
    NeedsOption(&'static str, &'static str),
    /// Not a command.
    UnknownCommand(String),
    /// `--format` names no format.
    UnknownFormat(String),
    /// `--table` names no table.
    UnknownTable(String),
    /// `--document` names no document.
    UnknownDocument(String),
    /// `--separateur` names no separator.
    UnknownSeparator(String),
    /// `import` got no list.
    NeedsList,
    /// `import` names a list that cannot be imported.
    UnknownList(String),
    /// `import` got no source file.
    NeedsSource,
    /// `--duplicates` names no policy.
    UnknownDuplicates(String),
    /// `--today` is not a date.
    BadDate(String),
    /// `merge` needs the ancestor, ours and theirs.
    MergeNeedsThree,
    /// `diff` needs two versions.
    DiffNeedsTwo,
}

impl UsageError {
    /// The error and the usage, in the language of `s`.
    pub fn text(&self, s: &Strings) -> String {
        let said = match &self.0 {
            Usage::NeedsValue(option) => fill(s.usage_needs_value, &[("option", option)]),
            Usage::NeedsNumber(option) => fill(s.usage_needs_number, &[("option", option)]),
            Usage::Unexpected(arg) => fill(s.usage_unexpected, &[("arg", arg)]),
            Usage::UnknownOption { command, option } => fill(
                s.usage_unknown_option,
                &[("command", command), ("option", option)],
            ),
            Usage::NeedsFiles(command) => fill(s.usage_needs_files, &[("command", command)]),
            Usage::NeedsFile(command) => fill(s.usage_needs_file, &[("command", command)]),
            Usage::NeedsOption(command, option) => fill(
                s.usage_needs_option,
                &[("command", command), ("option", option)],
            ),
            Usage::UnknownCommand(command) => {
                fill(s.usage_unknown_command, &[("command", command)])
            }
            Usage::UnknownFormat(v) => fill(s.usage_unknown_format, &[("value", v)]),
            Usage::UnknownTable(v) => fill(s.usage_unknown_table, &[("value", v)]),
            Usage::UnknownDocument(v) => fill(s.usage_unknown_document, &[("value", v)]),
            Usage::UnknownSeparator(v) => fill(s.usage_unknown_separator, &[("value", v)]),
            Usage::NeedsList => s.usage_needs_list.to_owned(),
            Usage::UnknownList(v) => fill(s.usage_unknown_list, &[("value", v)]),
            Usage::NeedsSource => s.usage_needs_source.to_owned(),
            Usage::UnknownDuplicates(v) => fill(s.usage_unknown_duplicates, &[("value", v)]),
            Usage::BadDate(v) => fill(s.usage_bad_date, &[("value", v)]),
            Usage::MergeNeedsThree => s.usage_merge_needs_three.to_owned(),
            Usage::DiffNeedsTwo => s.usage_diff_needs_two.to_owned(),
        };
        format!("{said}\n\n{}", s.usage)
    }
}
