//! The open workspace: its dossiers, summarised for the list beside the editor.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::indicator::Indicator;
use crate::model::milestone::MilestoneStatus;
use crate::model::{Dossier, ListKind, Record};
use crate::rules::calendar::{CalendarRules, Timeline, timeline};
use crate::rules::stats::MobilityStats;
use crate::store::{self, StoreError};

use super::change::Change;

/// What the dossier list shows about one file.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Short or full campus name.
    pub name: String,
    /// INSEE code of the région académique.
    pub region: String,
    /// Next planned milestone (date and title) on or after today.
    pub next_milestone: Option<(NaiveDate, String)>,
    /// Label periods, the label's status and dated items, as of today.
    pub timeline: Timeline,
    /// Erasmus+ participants per year and country.
    pub mobility: MobilityStats,
    /// The indicators, for the dashboard's charts.
    pub indicators: Vec<Indicator>,
}

/// One file of the workspace.
#[derive(Debug)]
pub struct Entry {
    /// The file.
    pub path: PathBuf,
    /// Its summary, or why it could not be read.
    pub summary: Result<Summary, StoreError>,
    /// True when unsaved edits of a previous run wait in a recovery file.
    pub has_recovery: bool,
    /// The conflict copies a sync client left beside it, to merge.
    pub copies: Vec<PathBuf>,
}

/// A folder of dossiers.
#[derive(Debug)]
pub struct Workspace {
    dir: PathBuf,
    entries: Vec<Entry>,
    /// The day statuses are computed for.
    today: NaiveDate,
    /// The calendar rules deadlines are derived with.
    rules: CalendarRules,
    /// The example workspace: its dossiers open read-only.
    examples: bool,
    /// The dossiers moved into `archives/`.
    archived: Vec<PathBuf>,
    /// The dossiers moved into the bin, `corbeille/`.
    binned: Vec<PathBuf>,
    /// Files of the folder already looked at as possible conflict copies.
    seen: std::collections::HashSet<PathBuf>,
}

fn next_milestone(d: &Dossier, today: NaiveDate) -> Option<(NaiveDate, String)> {
    d.milestones
        .iter()
        .filter(|m| m.status == MilestoneStatus::Prevu && m.date >= today)
        .min_by_key(|m| m.date)
        .map(|m| (m.date, m.title.clone()))
}

impl Summary {
    /// Summarises `d` as seen on `today`, its deadlines derived with `rules`.
    pub fn of(d: &Dossier, today: NaiveDate, rules: &CalendarRules) -> Self {
        Self {
            name: d.campus.display_name().to_owned(),
            region: d.campus.region_academique.clone(),
            next_milestone: next_milestone(d, today),
            timeline: timeline(d, rules, today),
            mobility: MobilityStats::of(d),
            indicators: d.indicators.clone(),
        }
    }

    /// Brings the summary up to date after `change`, recomputing only the parts that depend
    /// on what changed: typing in a mobility's form moves its participants from one count to
    /// another and touches nothing else.
    pub fn update(
        &mut self,
        d: &Dossier,
        change: &Change,
        today: NaiveDate,
        rules: &CalendarRules,
    ) {
        let decisions = change.touches(ListKind::Decisions);
        let milestones = change.touches(ListKind::Milestones);
        if change.campus || decisions {
            d.campus.display_name().clone_into(&mut self.name);
            d.campus.region_academique.clone_into(&mut self.region);
        }
        if milestones {
            self.next_milestone = next_milestone(d, today);
        }
        if change.campus || decisions || milestones || change.touches(ListKind::Actions) {
            self.timeline = timeline(d, rules, today);
        }
        if change.reshaped.contains(&ListKind::Mobilities) {
            self.mobility = MobilityStats::of(d);
        } else {
            for ((_, index), old) in change
                .replaced
                .range((ListKind::Mobilities, 0)..=(ListKind::Mobilities, usize::MAX))
            {
                if let (Record::Mobility(old), Some(new)) = (old, d.mobilities.get(*index)) {
                    self.mobility.uncount(old);
                    self.mobility.count(new);
                }
            }
        }
        if change.touches(ListKind::Indicators) {
            self.indicators.clone_from(&d.indicators);
        }
    }
}

/// The workspace to open at start: the one asked for, else the last one if it still exists;
/// `None` on a first start (the window then welcomes the user).
pub fn startup_workspace(asked: Option<PathBuf>, last: Option<PathBuf>) -> Option<PathBuf> {
    asked.or_else(|| last.filter(|d| store::is_folder(d)))
}

/// The example workspace in `data_dir`, installed and marked read-only on first use.
pub fn example_workspace(data_dir: &Path) -> Result<PathBuf, StoreError> {
    let examples = data_dir.join("exemples");
    // Installed once: an example the user deleted does not come back.
    if !store::is_example_workspace(&examples) {
        store::install_example_workspace(&examples)?;
    }
    Ok(examples)
}

/// The files of a workspace that are a sync client's conflict copies of another, with it: by
/// the name the client gives (a truncated copy is still one), or, for OneDrive's
/// `NAME-HOSTNAME`, also an ordinary name, when the two hold one campus.
fn conflict_copies(loaded: &[store::WorkspaceEntry]) -> Vec<(PathBuf, PathBuf)> {
    let dossier = |p: &Path| {
        loaded
            .iter()
            .find(|e| e.path == p)
            .and_then(|e| e.result.as_ref().ok())
            .map(|l| &l.dossier)
    };
    loaded
        .iter()
        .filter_map(|e| {
            let exists = |p: &Path| loaded.iter().any(|x| x.path == p);
            let (of, how) = store::conflict_copy_of(&e.path, exists)?;
            let same = match (dossier(&e.path), dossier(&of)) {
                (Some(a), Some(b)) => crate::merge::same_campus(a, b),
                _ => how == store::CopyName::Certain,
            };
            same.then(|| (e.path.clone(), of))
        })
        .collect()
}

impl Workspace {
    /// Reads every dossier of `dir` (a broken file becomes an entry with its error); deadlines
    /// are derived with `rules` and their status computed for `today`.
    pub fn open(dir: &Path, today: NaiveDate, rules: CalendarRules) -> Result<Self, StoreError> {
        let loaded = store::load_workspace(dir)?;
        let copies = conflict_copies(&loaded);
        let entries = loaded
            .into_iter()
            .filter(|e| !copies.iter().any(|(copy, _)| *copy == e.path))
            .map(|e| Entry {
                has_recovery: store::load_recovery(&e.path).is_some(),
                summary: e.result.map(|l| Summary::of(&l.dossier, today, &rules)),
                copies: copies
                    .iter()
                    .filter(|(_, of)| *of == e.path)
                    .map(|(copy, _)| copy.clone())
                    .collect(),
                path: e.path,
            })
            .collect();
        Ok(Self {
            dir: dir.to_owned(),
            entries,
            today,
            rules,
            examples: store::is_example_workspace(dir),
            archived: store::archived(dir),
            binned: store::binned(dir),
            seen: std::collections::HashSet::new(),
        })
    }

    /// Derives every deadline again with new `rules` (the files are read again).
    pub fn set_rules(&mut self, rules: CalendarRules) {
        self.rules = rules;
        let paths: Vec<PathBuf> = self.entries.iter().map(|e| e.path.clone()).collect();
        for p in paths {
            self.refresh(&p);
        }
    }

    /// The calendar rules in use.
    pub fn rules(&self) -> &CalendarRules {
        &self.rules
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The files, sorted by name.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The région académique most of the workspace's dossiers belong to (a referent's region).
    pub fn usual_region(&self) -> Option<String> {
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for x in self.entries.iter().filter_map(|e| e.summary.as_ref().ok()) {
            if !x.region.is_empty() {
                *counts.entry(x.region.as_str()).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|(_, n)| *n)
            .map(|(r, _)| r.to_owned())
    }

    /// True for the example workspace: its dossiers open read-only.
    pub fn is_examples(&self) -> bool {
        self.examples
    }

    /// The dossiers moved into the workspace's `archives/` folder.
    pub fn archived(&self) -> &[PathBuf] {
        &self.archived
    }

    /// The dossiers moved into the workspace's bin, `corbeille/`.
    pub fn binned(&self) -> &[PathBuf] {
        &self.binned
    }

    /// Updates the summary of `path` (after an edit or a save), adding the entry if new.
    pub fn update(&mut self, path: &Path, d: &Dossier) {
        let summary = Ok(Summary::of(d, self.today, &self.rules));
        if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
            e.summary = summary;
        } else {
            self.entries.push(Entry {
                path: path.to_owned(),
                summary,
                has_recovery: false,
                copies: Vec::new(),
            });
            self.entries.sort_by(|a, b| a.path.cmp(&b.path));
        }
    }

    /// Updates the summary of `path` after `change` (an edit, an undo), for the parts it
    /// touched only. A file not in the list is added with a full summary.
    pub fn apply_change(&mut self, path: &Path, d: &Dossier, change: &Change) {
        if change.is_empty() {
            return;
        }
        match self.entries.iter_mut().find(|e| e.path == path) {
            Some(Entry {
                summary: Ok(summary),
                ..
            }) => summary.update(d, change, self.today, &self.rules),
            _ => self.update(path, d),
        }
    }

    /// Reads `path` again and updates its summary (after unsaved edits were dropped).
    pub fn refresh(&mut self, path: &Path) {
        let summary =
            store::load_file(path).map(|l| Summary::of(&l.dossier, self.today, &self.rules));
        let has_recovery = store::load_recovery(path).is_some();
        if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
            e.summary = summary;
            e.has_recovery = has_recovery;
        }
    }

    /// Looks in the folder for conflict copies a sync client left since it was read (a
    /// listing; a file is read only the first time it is seen, and only when its name may be a
    /// copy's). True when one was found.
    pub fn look_for_copies(&mut self) -> bool {
        let Ok(files) = store::list_dossiers(&self.dir) else {
            return false;
        };
        let mut found = false;
        // A copy removed by hand (or by the sync client) leaves the list.
        for e in &mut self.entries {
            e.copies.retain(|c| files.contains(c));
        }
        for file in files {
            let known = self
                .entries
                .iter()
                .any(|e| e.path == file || e.copies.contains(&file));
            if known || !self.seen.insert(file.clone()) {
                continue;
            }
            let exists = |p: &Path| self.entries.iter().any(|e| e.path == p);
            let Some((of, how)) = store::conflict_copy_of(&file, exists) else {
                continue;
            };
            let same = match (store::load_file(&file), store::load_file(&of)) {
                (Ok(a), Ok(b)) => crate::merge::same_campus(&a.dossier, &b.dossier),
                _ => how == store::CopyName::Certain,
            };
            if let Some(e) = self.entries.iter_mut().find(|e| e.path == of)
                && same
            {
                e.copies.push(file);
                found = true;
            }
        }
        found
    }

    /// Forgets the conflict copy `copy` (merged and moved aside).
    pub fn forget_copy(&mut self, copy: &Path) {
        for e in &mut self.entries {
            e.copies.retain(|c| c != copy);
        }
    }

    /// Marks the recovery file of `path` as dealt with.
    pub fn clear_recovery(&mut self, path: &Path) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
            e.has_recovery = false;
        }
    }

    /// A file name for a new dossier named `name`, unused in the workspace (`campus-du-bois.ron`).
    pub fn new_file_for(&self, name: &str) -> PathBuf {
        let mut slug: String = name
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'à' | 'â' | 'ä' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'î' | 'ï' => 'i',
                'ô' | 'ö' => 'o',
                'ù' | 'û' | 'ü' => 'u',
                'ç' => 'c',
                c if c.is_ascii_alphanumeric() => c,
                _ => '-',
            })
            .collect();
        while slug.contains("--") {
            slug = slug.replace("--", "-");
        }
        let slug = slug.trim_matches('-');
        let base = if slug.is_empty() { "campus" } else { slug };
        let mut candidate = self.dir.join(format!("{base}.ron"));
        let mut n = 2;
        while candidate.exists() || self.entries.iter().any(|e| e.path == candidate) {
            candidate = self.dir.join(format!("{base}-{n}.ron"));
            n += 1;
        }
        candidate
    }
}
