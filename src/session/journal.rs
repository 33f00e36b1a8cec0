//! The journal's lines of one save: what differs from what the file held to what is written,
//! record by record, with who and when.

use crate::merge::{Change, Place, diff, path_text};
use crate::model::Dossier;
use crate::store::{JournalEntry, JournalLine};

/// The lines of a save that turns `before` into `after`, signed `who`, at the current minute.
pub(super) fn lines(before: &Dossier, after: &Dossier, who: &str) -> Vec<JournalLine> {
    let when = chrono::Local::now().naive_local();
    diff(before, after)
        .into_iter()
        .map(|d| {
            let (list, id, title) = match d.place {
                Place::Campus => ("campus".to_owned(), String::new(), String::new()),
                Place::Application => ("application".to_owned(), String::new(), String::new()),
                Place::Record { list, id, title } => (list.field_name().to_owned(), id, title),
            };
            let (entry, fields) = match d.change {
                Change::Added => (JournalEntry::Added, Vec::new()),
                Change::Removed => (JournalEntry::Removed, Vec::new()),
                Change::Changed(f) => (
                    JournalEntry::Changed,
                    f.iter().map(|c| path_text(&c.path)).collect(),
                ),
            };
            JournalLine {
                when,
                who: who.to_owned(),
                entry,
                list,
                id,
                title,
                fields,
            }
        })
        .collect()
}
