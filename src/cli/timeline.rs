//! `cmq-dossiers timeline`: every dated item of each dossier, in date order, with its status.

use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::Strings;
use crate::rules::calendar::{CalendarRules, ItemKind, ItemStatus, LabelPeriod, timeline};
use crate::store;

/// The timeline of one file, as printed by `--json`.
#[derive(Serialize)]
struct FileTimeline<'a> {
    file: &'a PathBuf,
    campus: &'a str,
    /// `active`, `expired`, `gap` or `none`, on the day asked for.
    label_status: &'static str,
    /// The last day of the current label, or of the one that expired or was interrupted.
    label_end: Option<NaiveDate>,
    periods: &'a [LabelPeriod],
    items: Vec<Item<'a>>,
}

/// One dated item, its title worded in the language of the command line.
#[derive(Serialize)]
struct Item<'a> {
    date: NaiveDate,
    end: Option<NaiveDate>,
    kind: ItemKind,
    title: String,
    status: ItemStatus,
    path: Option<&'a str>,
    group: &'a str,
}

/// Prints the timelines of `files` as seen on `today`, deadlines derived with `rules`; returns the exit code (2 when a file
/// could not be read, else 0).
pub fn run(
    s: &Strings,
    files: &[PathBuf],
    json: bool,
    today: NaiveDate,
    rules: &CalendarRules,
    out: &mut impl Write,
) -> io::Result<u8> {
    let mut code = 0;
    let mut all = Vec::new();
    for file in files {
        match store::load_file(file) {
            Ok(loaded) => {
                let t = timeline(&loaded.dossier, rules, today);
                all.push((file, loaded.dossier.campus.display_name().to_owned(), t));
            }
            Err(e) => {
                eprintln!("{}", s.file_error(&e));
                code = 2;
            }
        }
    }
    if json {
        let items: Vec<FileTimeline<'_>> = all
            .iter()
            .map(|(file, campus, timeline)| FileTimeline {
                file,
                campus,
                label_status: timeline.label.code(),
                label_end: timeline.label.end(),
                periods: &timeline.periods,
                items: timeline
                    .items
                    .iter()
                    .map(|i| Item {
                        date: i.date,
                        end: i.end,
                        kind: i.kind,
                        title: (s.item_title)(&i.title),
                        status: i.status,
                        path: i.path.as_deref(),
                        group: &i.group,
                    })
                    .collect(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items).map_err(io::Error::other)?;
        writeln!(out)?;
    } else {
        for (file, campus, t) in &all {
            writeln!(
                out,
                "{} — {campus} — {}",
                file.display(),
                s.label_status(t.label)
            )?;
            for i in &t.items {
                let end = i.end.map(|e| format!(" → {e}")).unwrap_or_default();
                writeln!(
                    out,
                    "  {}{end}  {:<9}  {}",
                    i.date,
                    (s.item_status_label)(i.status),
                    (s.item_title)(&i.title)
                )?;
            }
        }
    }
    Ok(code)
}
