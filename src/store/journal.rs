//! The journal beside a dossier, `NAME.journal`: plain text that syncs with it, one line per
//! record a save changed — when, who, what. Lines are appended, never rewritten: a damaged line
//! (a sync client's cut, a hand edit) is reported when read, and left as it is.
//!
//! A line: `2026-12-01 14:32<TAB>Marie Durand<TAB>~<TAB>partners<TAB>P3<TAB>Lycée Vauban<TAB>role, email`
//! — `+` added, `-` removed, `~` changed (with the fields); the list is the file's name of it,
//! or `campus` / `application`. Lines starting with `#` are comments.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use super::{StoreError, StoreErrorKind};

/// What a save did to one record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Added.
    Added,
    /// Removed.
    Removed,
    /// Changed.
    Changed,
}

/// One line of the journal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JournalLine {
    /// When it was saved (local time, to the minute).
    pub when: NaiveDateTime,
    /// Who saved it (the name given once in the window).
    pub who: String,
    /// Added, removed or changed.
    pub entry: Entry,
    /// The list's name in the file (`partners`), or `campus` / `application`.
    pub list: String,
    /// The record's id (empty for the campus and the application).
    pub id: String,
    /// What the record is named by.
    pub title: String,
    /// The fields changed (`role`, `contacts[Marie].email`).
    pub fields: Vec<String>,
}

/// A journal read: its lines, oldest first, and the numbers of the lines that could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    /// The lines read.
    pub lines: Vec<JournalLine>,
    /// The line numbers (from 1) that are damaged.
    pub damaged: Vec<usize>,
}

const HEADER: &str = "# CMQ Dossiers — journal : qui a changé quoi dans ce dossier, une ligne par fiche à chaque enregistrement\n";
const WHEN: &str = "%Y-%m-%d %H:%M";

/// The journal of the dossier at `dossier`: `NAME.journal` beside it.
pub fn journal_path(dossier: &Path) -> PathBuf {
    dossier.with_extension("journal")
}

/// A field as written: on one line, without tabs.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

impl JournalLine {
    fn text(&self) -> String {
        let entry = match self.entry {
            Entry::Added => "+",
            Entry::Removed => "-",
            Entry::Changed => "~",
        };
        let fields: Vec<String> = self.fields.iter().map(|f| clean(f)).collect();
        format!(
            "{}\t{}\t{entry}\t{}\t{}\t{}\t{}\n",
            self.when.format(WHEN),
            clean(&self.who),
            clean(&self.list),
            clean(&self.id),
            clean(&self.title),
            fields.join(", ")
        )
    }

    fn parse(line: &str) -> Option<Self> {
        let parts: Vec<&str> = line.split('\t').collect();
        let [when, who, entry, list, id, title, fields] = parts.as_slice() else {
            return None;
        };
        Some(Self {
            when: NaiveDateTime::parse_from_str(when, WHEN).ok()?,
            who: (*who).to_owned(),
            entry: match *entry {
                "+" => Entry::Added,
                "-" => Entry::Removed,
                "~" => Entry::Changed,
                _ => return None,
            },
            list: (*list).to_owned(),
            id: (*id).to_owned(),
            title: (*title).to_owned(),
            fields: fields
                .split(", ")
                .filter(|f| !f.is_empty())
                .map(str::to_owned)
                .collect(),
        })
    }
}

/// Appends `lines` to the journal of `dossier` in one write (with its header when new). The
/// journal is only ever added to.
pub fn append_journal(dossier: &Path, lines: &[JournalLine]) -> Result<(), StoreError> {
    if lines.is_empty() {
        return Ok(());
    }
    let path = journal_path(dossier);
    let error = |e| StoreError::new(&path, StoreErrorKind::Write(e));
    let mut text = String::new();
    match fs::metadata(&path) {
        Ok(m) if m.len() > 0 => {
            // A line cut by a crash or a sync client: the next ones start on a line of their own.
            let ends_cleanly = fs::read(&path)
                .map(|b| b.last() == Some(&b'\n'))
                .map_err(error)?;
            if !ends_cleanly {
                text.push('\n');
            }
        }
        _ => text.push_str(HEADER),
    }
    for l in lines {
        text.push_str(&l.text());
    }
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .map_err(error)?;
    file.write_all(text.as_bytes()).map_err(error)?;
    file.sync_all().map_err(error)
}

/// Reads the journal of `dossier`; none yet is an empty journal.
pub fn read_journal(dossier: &Path) -> Result<Journal, StoreError> {
    let path = journal_path(dossier);
    let bytes = match fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Journal::default()),
        Err(e) => return Err(StoreError::new(&path, StoreErrorKind::Read(e))),
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut journal = Journal::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match JournalLine::parse(line) {
            Some(l) => journal.lines.push(l),
            None => journal.damaged.push(n + 1),
        }
    }
    Ok(journal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(who: &str, entry: Entry) -> JournalLine {
        JournalLine {
            when: NaiveDateTime::parse_from_str("2026-12-01 14:32", WHEN).unwrap(),
            who: who.into(),
            entry,
            list: "partners".into(),
            id: "P3".into(),
            title: "Lycée\tVauban".into(),
            fields: vec!["role".into(), "contacts[Marie].email".into()],
        }
    }

    #[test]
    fn lines_are_appended_and_read_back_and_a_damaged_one_is_said() {
        let dir = tempfile::tempdir().unwrap();
        let dossier = dir.path().join("campus.ron");
        append_journal(&dossier, &[line("Marie", Entry::Changed)]).unwrap();
        // A line cut by a sync client, then a save.
        let path = journal_path(&dossier);
        let mut text = fs::read_to_string(&path).unwrap();
        text.push_str("2026-12-01 15:00\tPaul\t~\tpart");
        fs::write(&path, text).unwrap();
        append_journal(&dossier, &[line("Jean", Entry::Added)]).unwrap();
        let j = read_journal(&dossier).unwrap();
        assert_eq!(j.lines.len(), 2);
        assert_eq!(j.lines[0].who, "Marie");
        assert_eq!(j.lines[0].title, "Lycée Vauban");
        assert_eq!(j.lines[0].fields, ["role", "contacts[Marie].email"]);
        assert_eq!(j.lines[1].entry, Entry::Added);
        assert_eq!(j.damaged, [3]);
        assert!(
            fs::read_to_string(&path).unwrap().contains("\tpart\n"),
            "left as it is"
        );
    }
}
