//! The import plan: every row converted, checked and compared with the dossier before
//! anything is written. The user reads the report, picks what to do with duplicates, then the
//! plan becomes one undoable edit.

use std::collections::HashMap;

use super::fields::{Field, fields_of};
use super::mapping::Mapping;
use super::note::Note;
use super::read::Sheet;
use super::records::{ImportVisitor, Importable, Notes, RowValues, with_importer};
use crate::i18n::Strings;
use crate::model::partner::PartnerKind;
use crate::model::project::Project;
use crate::model::{Dossier, ListKind, Record};
use crate::session::{Edit, Progress};

/// What to do with a row that matches a record already in the dossier.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DuplicatePolicy {
    /// Leave the existing record as it is (the default).
    #[default]
    Skip,
    /// Write the row's non-empty fields into the existing record.
    Update,
    /// Add the row as a new record anyway.
    Add,
}

/// The verdict on one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// A new record.
    New,
    /// Matches the record at `index` of the dossier's list.
    Duplicate {
        /// Position in the dossier's list.
        index: usize,
        /// What matched.
        by: MatchKey,
        /// The existing record's name.
        existing: String,
    },
    /// Repeats an earlier row of the same file (never imported twice).
    Repeated {
        /// The earlier row's source line.
        line: usize,
        /// What matched.
        by: MatchKey,
    },
    /// Cannot be imported; [`RowReport::errors`] says why.
    Rejected,
}

/// The report on one source row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowReport {
    /// Line (CSV) or row (spreadsheet) number in the source.
    pub line: usize,
    /// What the row is (partner name, action title…).
    pub label: String,
    /// New, duplicate or rejected.
    pub verdict: Verdict,
    /// Why it is rejected, quoting the offending value.
    pub errors: Vec<Note>,
    /// Remarks that do not prevent the import (a guessed type…).
    pub warnings: Vec<Note>,
    /// What the row says it is, for the quick filters.
    pub facets: Facets,
    /// The user keeps the row (never true for a rejected row).
    pub included: bool,
    record: Option<Record>,
    updated: Option<Record>,
    /// How many records the row makes (a mobility row of 8 participants makes 8).
    copies: u32,
    /// A project the row's records belong to and the dossier does not have yet.
    new_project: Option<Project>,
}

impl RowReport {
    /// True for a duplicate the row would change (« update » does something).
    pub fn changes(&self) -> bool {
        self.updated.is_some()
    }

    /// True when the user can choose to keep the row: neither rejected nor a repeat of an
    /// earlier row of the file (those are never imported).
    pub fn can_be_kept(&self) -> bool {
        !matches!(self.verdict, Verdict::Rejected | Verdict::Repeated { .. })
    }
}

/// What a row says it is, read from the file (never guessed), for the quick filters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// The partner kind the row's type names; `None` when it names none the app knows.
    pub kind: Option<PartnerKind>,
    /// Whether the row says the establishment has a vocational track; `None`: it does not say.
    pub vocational: Option<bool>,
    /// A primary school or a collège: left out unless the user keeps it.
    pub below_lycee: bool,
}

/// The quick filters of the report: which rows to keep. The default keeps every accepted row
/// except primary schools and collèges.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only lycées (general or vocational) and CFA, as the file names them.
    pub lycees_and_cfa: bool,
    /// Only establishments the file says have a vocational track.
    pub vocational: bool,
    /// Primary schools and collèges too.
    pub below_lycee: bool,
}

impl Filter {
    /// True when a row with these facets passes the filter.
    pub fn keeps(self, f: &Facets) -> bool {
        (!f.below_lycee || self.below_lycee)
            && (!self.lycees_and_cfa
                || matches!(
                    f.kind,
                    Some(PartnerKind::Lycee | PartnerKind::LyceePro | PartnerKind::Cfa)
                ))
            && (!self.vocational || f.vocational == Some(true))
    }
}

/// Every row's report, and the records ready to write.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The list the rows go to.
    pub kind: ListKind,
    /// One report per data row, in file order.
    pub rows: Vec<RowReport>,
    /// Records of the parts the file covers (a participant's project) that no row names:
    /// only in the dossier. Never removed by the import; said.
    pub only_local: Vec<String>,
}

/// What a plan will do under a duplicate policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Records added.
    pub added: usize,
    /// Existing records updated.
    pub updated: usize,
    /// Rows left out: duplicates skipped and rows repeated in the file.
    pub skipped: usize,
    /// Rows rejected.
    pub rejected: usize,
    /// Rows imported with warnings.
    pub warned: usize,
    /// Accepted rows the user left out (filters, unticked rows).
    pub excluded: usize,
}

/// Converts and checks every row of `sheet` under `mapping`, against `dossier`. Returns `None`
/// when cancelled through `progress`, or when the mapping's list cannot be imported.
pub fn plan(
    sheet: &Sheet,
    mapping: &Mapping,
    dossier: &Dossier,
    progress: &Progress,
) -> Option<Plan> {
    with_importer(
        mapping.kind,
        Planner {
            sheet,
            mapping,
            dossier,
            progress,
        },
    )
    .flatten()
}

struct Planner<'a> {
    sheet: &'a Sheet,
    mapping: &'a Mapping,
    dossier: &'a Dossier,
    progress: &'a Progress,
}

impl ImportVisitor for Planner<'_> {
    type Output = Option<Plan>;

    fn visit<R: Importable>(self) -> Option<Plan> {
        let Self {
            sheet,
            mapping,
            dossier,
            progress,
        } = self;
        let kind = R::KIND;
        let column = |header: &str| sheet.headers.iter().position(|h| h == header);
        let fields: Vec<(&'static str, usize)> = R::FIELDS
            .iter()
            .filter_map(|f| Some((f.key, column(mapping.column(f.key)?)?)))
            .collect();
        let years: Vec<(i32, usize)> = mapping
            .years
            .iter()
            .filter_map(|(y, h)| Some((*y, column(h)?)))
            .collect();
        let missing: Vec<&'static Field> = R::FIELDS
            .iter()
            .filter(|f| f.required && !fields.iter().any(|(k, _)| *k == f.key))
            .collect();
        let existing_records = R::list(dossier);
        let mut existing = Index::default();
        for (i, r) in existing_records.iter().enumerate() {
            existing.add(&r.all_keys(), i);
        }
        let mut in_file = Index::default();
        let mut matched = vec![false; existing_records.len()];
        let mut scopes = std::collections::HashSet::new();
        progress.set_total(sheet.rows.len());
        let mut rows = Vec::with_capacity(sheet.rows.len());
        for row in &sheet.rows {
            let values = RowValues {
                fields: fields_of(kind),
                cells: fields
                    .iter()
                    .filter_map(|(k, c)| {
                        let v = row.cells.get(*c)?;
                        (!v.is_empty()).then_some((*k, v))
                    })
                    .collect(),
                years: years
                    .iter()
                    .filter_map(|(y, c)| {
                        let v = row.cells.get(*c)?;
                        (!v.is_empty()).then_some((*y, v))
                    })
                    .collect(),
            };
            let mut notes = Notes::default();
            for f in &missing {
                notes.errors.push(Note::NoColumn(f));
            }
            for f in R::FIELDS.iter().filter(|f| f.required) {
                if !missing.contains(&f) && !values.cells.iter().any(|(k, _)| *k == f.key) {
                    notes.errors.push(Note::Empty(f));
                }
            }
            let record = R::build(&values, dossier, &mut notes);
            let label = record.as_ref().map(R::label).unwrap_or_default();
            let mut report = RowReport {
                line: row.line,
                label,
                verdict: Verdict::Rejected,
                errors: std::mem::take(&mut notes.errors),
                warnings: notes.warnings,
                facets: notes.facets,
                included: false,
                record: None,
                updated: None,
                copies: notes.copies.max(1),
                new_project: notes.new_project,
            };
            if report.errors.is_empty()
                && let Some(record) = record
            {
                let keys = record.keys();
                scopes.extend(record.scope());
                report.verdict = if let Some((index, by)) = existing.find(&keys) {
                    if let Some(m) = matched.get_mut(index) {
                        *m = true;
                    }
                    let original = existing_records.get(index);
                    // An update that changes nothing is none: the row counts as skipped.
                    report.updated = original.and_then(|o| {
                        let mut u = o.clone();
                        u.update(&values, dossier);
                        (u != *o).then(|| u.into_record())
                    });
                    Verdict::Duplicate {
                        index,
                        by,
                        existing: original.map(R::label).unwrap_or_default(),
                    }
                } else if let Some((line, by)) = in_file.find(&keys) {
                    Verdict::Repeated { line, by }
                } else {
                    in_file.add(&record.all_keys(), row.line);
                    Verdict::New
                };
                report.record = Some(record.into_record());
                report.included = report.can_be_kept() && Filter::default().keeps(&report.facets);
            }
            rows.push(report);
            if !progress.step() {
                return None;
            }
        }
        let only_local = existing_records
            .iter()
            .zip(&matched)
            .filter(|(r, m)| !**m && r.scope().is_some_and(|s| scopes.contains(&s)))
            .map(|(r, _)| r.label())
            .collect();
        Some(Plan {
            kind,
            rows,
            only_local,
        })
    }
}

impl Plan {
    /// What the import does under `policy`.
    pub fn counts(&self, policy: DuplicatePolicy) -> Counts {
        let mut c = Counts::default();
        for r in &self.rows {
            if r.can_be_kept() && !r.included {
                c.excluded += 1;
                continue;
            }
            match (&r.verdict, policy) {
                (Verdict::Rejected, _) => c.rejected += 1,
                (Verdict::New, _) | (Verdict::Duplicate { .. }, DuplicatePolicy::Add) => {
                    c.added += r.copies as usize;
                }
                (Verdict::Duplicate { .. }, DuplicatePolicy::Update) if r.updated.is_some() => {
                    c.updated += 1;
                }
                (Verdict::Duplicate { .. }, DuplicatePolicy::Skip | DuplicatePolicy::Update)
                | (Verdict::Repeated { .. }, _) => {
                    c.skipped += 1;
                }
            }
            if r.verdict != Verdict::Rejected && !r.warnings.is_empty() {
                c.warned += 1;
            }
        }
        c
    }

    /// Keeps the accepted rows that pass `filter`, leaves the others out (a row ticked or
    /// unticked by hand follows the filter again).
    pub fn apply(&mut self, filter: Filter) {
        for r in &mut self.rows {
            r.included = r.can_be_kept() && filter.keeps(&r.facets);
        }
    }

    /// Keeps or leaves out the row at `index` of [`Plan::rows`]; a rejected row, or one that
    /// repeats an earlier row, stays out.
    pub fn set_included(&mut self, index: usize, included: bool) {
        if let Some(r) = self.rows.get_mut(index) {
            r.included = included && r.can_be_kept();
        }
    }

    /// The rows whose verdict is rejected.
    pub fn rejected(&self) -> impl Iterator<Item = &RowReport> {
        self.rows.iter().filter(|r| r.verdict == Verdict::Rejected)
    }

    /// The import as one edit (one undo step) on `dossier`, the dossier the plan was made
    /// against: new records appended with fresh ids, duplicates handled per `policy`, rejected
    /// and excluded rows left out. `None` when there is nothing to write.
    pub fn edit(&self, dossier: &Dossier, policy: DuplicatePolicy) -> Option<Edit> {
        let mut edits = Vec::new();
        let mut added = Vec::new();
        for r in self.rows.iter().filter(|r| r.included) {
            match (&r.verdict, policy) {
                (Verdict::New, _) | (Verdict::Duplicate { .. }, DuplicatePolicy::Add) => {
                    if let Some(record) = r.record.clone() {
                        added.push((record, r.copies, r.new_project.clone()));
                    }
                }
                (Verdict::Duplicate { index, .. }, DuplicatePolicy::Update) => {
                    if let Some(updated) = r.updated.clone() {
                        edits.push(Edit::Replace {
                            index: *index,
                            record: updated,
                        });
                    }
                }
                _ => {}
            }
        }
        // Participants: one record each, numbered in their project, new projects first.
        let added = if self.kind == ListKind::Mobilities {
            let (projects, participants) = super::records::participants(dossier, added);
            edits.splice(0..0, projects);
            participants
        } else {
            added.into_iter().map(|(record, _, _)| record).collect()
        };
        // Fresh ids no record has (P12, P13… after the dossier's highest), never a duplicate.
        let ids = self.kind.fresh_ids(dossier, added.len());
        let first = self.kind.len(dossier);
        for (n, (mut record, id)) in added.into_iter().zip(ids).enumerate() {
            record.set_id(id);
            edits.push(Edit::Insert {
                index: first + n,
                record,
            });
        }
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }
}

/// What a row matched an existing record or an earlier row by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKey {
    /// The UAI.
    Uai,
    /// The SIRET.
    Siret,
    /// The name and the commune.
    Name,
    /// The title.
    Title,
    /// The code.
    Code,
    /// A mobility's project, dates, country, host organisation and participant.
    Mobility,
    /// A participant's Mobility activity ID in its project.
    ActivityId,
}

impl MatchKey {
    /// The key in the language of `s`.
    pub fn text(self, s: &Strings) -> &'static str {
        let t = &s.import;
        match self {
            Self::Uai => t.by_uai,
            Self::Siret => t.by_siret,
            Self::Name => t.by_name,
            Self::Title => t.by_title,
            Self::Code => t.by_code,
            Self::Mobility => t.by_mobility,
            Self::ActivityId => t.by_activity_id,
        }
    }
}

/// Records by key: position in the dossier, or source line of an earlier row.
#[derive(Default)]
struct Index(HashMap<(MatchKey, String), usize>);

impl Index {
    fn add(&mut self, keys: &[(MatchKey, String)], at: usize) {
        for k in keys {
            if !k.1.is_empty() && !k.1.starts_with('@') {
                self.0.entry(k.clone()).or_insert(at);
            }
        }
    }

    fn find(&self, keys: &[(MatchKey, String)]) -> Option<(usize, MatchKey)> {
        keys.iter().find_map(|k| self.0.get(k).map(|&at| (at, k.0)))
    }
}
