//! The import plan: every row converted, checked and compared with the dossier before
//! anything is written. The user reads the report, picks what to do with duplicates, then the
//! plan becomes one undoable edit.

use std::collections::HashMap;

use super::fields::ImportKind;
use super::mapping::Mapping;
use super::read::Sheet;
use super::records::{self, Notes, RowValues};
use super::text::normalise;
use crate::model::Dossier;
use crate::model::ids::{ActionId, IndicatorId, MobilityId, PartnerId};
use crate::session::{Edit, Progress, Record, record_at};

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
        /// What matched (`UAI`, `SIRET`, `nom`…).
        by: &'static str,
        /// The existing record's name.
        existing: String,
    },
    /// Repeats an earlier row of the same file (never imported twice).
    Repeated {
        /// The earlier row's source line.
        line: usize,
        /// What matched.
        by: &'static str,
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
    pub errors: Vec<String>,
    /// Remarks that do not prevent the import (a guessed type…).
    pub warnings: Vec<String>,
    record: Option<Record>,
    updated: Option<Record>,
}

/// Every row's report, and the records ready to write.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The list the rows go to.
    pub kind: ImportKind,
    /// One report per data row, in file order.
    pub rows: Vec<RowReport>,
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
}

/// Converts and checks every row of `sheet` under `mapping`, against `dossier`. Returns `None`
/// when cancelled through `progress`.
pub fn plan(
    sheet: &Sheet,
    mapping: &Mapping,
    dossier: &Dossier,
    progress: &Progress,
) -> Option<Plan> {
    let kind = mapping.kind;
    let column = |header: &str| sheet.headers.iter().position(|h| h == header);
    let fields: Vec<(&'static str, usize)> = kind
        .fields()
        .iter()
        .filter_map(|f| Some((f.key, column(mapping.column(f.key)?)?)))
        .collect();
    let years: Vec<(i32, usize)> = mapping
        .years
        .iter()
        .filter_map(|(y, h)| Some((*y, column(h)?)))
        .collect();
    let missing: Vec<&str> = kind
        .fields()
        .iter()
        .filter(|f| f.required && !fields.iter().any(|(k, _)| *k == f.key))
        .map(|f| f.label_fr)
        .collect();
    let mut existing = Index::default();
    for i in 0..list_len(dossier, kind) {
        if let Some(r) = record_at(dossier, list_of(kind), i) {
            existing.add(&r, i);
        }
    }
    let mut in_file = Index::default();
    progress.set_total(sheet.rows.len());
    let mut rows = Vec::with_capacity(sheet.rows.len());
    for row in &sheet.rows {
        let values = RowValues {
            kind,
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
        for label in &missing {
            notes
                .errors
                .push(format!("{label} : aucune colonne ne le fournit"));
        }
        for f in kind.fields().iter().filter(|f| f.required) {
            if !missing.contains(&f.label_fr) && !values.cells.iter().any(|(k, _)| *k == f.key) {
                notes.errors.push(format!("{} : vide", f.label_fr));
            }
        }
        let record = records::build(&values, dossier, &mut notes);
        let label = record.as_ref().map(label_of).unwrap_or_default();
        let mut report = RowReport {
            line: row.line,
            label,
            verdict: Verdict::Rejected,
            errors: std::mem::take(&mut notes.errors),
            warnings: notes.warnings,
            record: None,
            updated: None,
        };
        if report.errors.is_empty()
            && let Some(record) = record
        {
            report.verdict = if let Some((index, by)) = existing.find(&record) {
                let mut updated = record_at(dossier, list_of(kind), index);
                if let Some(u) = updated.as_mut() {
                    records::update(u, &values, dossier);
                }
                let existing = record_at(dossier, list_of(kind), index)
                    .as_ref()
                    .map(label_of)
                    .unwrap_or_default();
                report.updated = updated;
                Verdict::Duplicate {
                    index,
                    by,
                    existing,
                }
            } else if let Some((line, by)) = in_file.find(&record) {
                Verdict::Repeated { line, by }
            } else {
                in_file.add(&record, row.line);
                Verdict::New
            };
            report.record = Some(record);
        }
        rows.push(report);
        if !progress.step() {
            return None;
        }
    }
    Some(Plan { kind, rows })
}

impl Plan {
    /// What the import does under `policy`.
    pub fn counts(&self, policy: DuplicatePolicy) -> Counts {
        let mut c = Counts::default();
        for r in &self.rows {
            match (&r.verdict, policy) {
                (Verdict::Rejected, _) => c.rejected += 1,
                (Verdict::New, _) | (Verdict::Duplicate { .. }, DuplicatePolicy::Add) => {
                    c.added += 1;
                }
                (Verdict::Duplicate { .. }, DuplicatePolicy::Update) => c.updated += 1,
                (Verdict::Duplicate { .. }, DuplicatePolicy::Skip)
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

    /// The rows whose verdict is rejected.
    pub fn rejected(&self) -> impl Iterator<Item = &RowReport> {
        self.rows.iter().filter(|r| r.verdict == Verdict::Rejected)
    }

    /// The import as one edit (one undo step) on `dossier`, the dossier the plan was made
    /// against: new records appended with fresh ids, duplicates handled per `policy`, rejected
    /// rows left out. `None` when there is nothing to write.
    pub fn edit(&self, dossier: &Dossier, policy: DuplicatePolicy) -> Option<Edit> {
        let mut edits = Vec::new();
        let mut next = list_len(dossier, self.kind);
        let mut ids = FreshIds::new(dossier);
        for r in &self.rows {
            let add = match (&r.verdict, policy) {
                (Verdict::New, _) | (Verdict::Duplicate { .. }, DuplicatePolicy::Add) => true,
                (Verdict::Duplicate { index, .. }, DuplicatePolicy::Update) => {
                    if let Some(updated) = r.updated.clone() {
                        edits.push(Edit::Replace {
                            index: *index,
                            record: updated,
                        });
                    }
                    false
                }
                _ => false,
            };
            if add && let Some(mut record) = r.record.clone() {
                ids.assign(&mut record);
                edits.push(Edit::Insert {
                    index: next,
                    record,
                });
                next += 1;
            }
        }
        (!edits.is_empty()).then_some(Edit::Batch(edits))
    }
}

fn list_of(kind: ImportKind) -> crate::session::ListKind {
    use crate::session::ListKind;
    match kind {
        ImportKind::Partners => ListKind::Partners,
        ImportKind::Actions => ListKind::Actions,
        ImportKind::Mobilities => ListKind::Mobilities,
        ImportKind::Indicators => ListKind::Indicators,
    }
}

fn list_len(d: &Dossier, kind: ImportKind) -> usize {
    match kind {
        ImportKind::Partners => d.partners.len(),
        ImportKind::Actions => d.actions.len(),
        ImportKind::Mobilities => d.mobilities.len(),
        ImportKind::Indicators => d.indicators.len(),
    }
}

/// The name a report shows for a record.
fn label_of(r: &Record) -> String {
    match r {
        Record::Partner(p) => p.name.clone(),
        Record::Action(a) => a.title.clone(),
        Record::Mobility(m) => format!(
            "{} ({}) du {}",
            m.receiving_org,
            m.country,
            m.start.format("%d/%m/%Y")
        ),
        Record::Indicator(i) => i.code.clone(),
        _ => String::new(),
    }
}

/// The keys a record is recognised by, with what each key is. A partner with a UAI is matched
/// by its UAI only (several UAIs share a SIRET, and directory names repeat: « École
/// élémentaire publique »); without one, by SIRET, then by name and commune.
fn keys(r: &Record) -> Vec<(&'static str, String)> {
    match r {
        Record::Partner(p) => {
            if !p.uai.is_empty() {
                return vec![("UAI", p.uai.text().to_uppercase())];
            }
            let mut k = Vec::new();
            if !p.siret.is_empty() {
                k.push(("SIRET", p.siret.text()));
            }
            k.push((
                "nom",
                format!("{}@{}", normalise(&p.name), normalise(&p.commune)),
            ));
            k
        }
        Record::Action(a) => vec![("titre", normalise(&a.title))],
        Record::Mobility(m) => vec![(
            "projet, dates, pays et organisme d'accueil",
            format!(
                "{}|{}|{}|{}|{}|{:?}|{:?}",
                m.project.reference,
                m.start,
                m.end,
                m.country,
                normalise(&m.receiving_org),
                m.participant,
                m.direction
            ),
        )],
        Record::Indicator(i) => vec![("code", normalise(&i.code))],
        _ => Vec::new(),
    }
}

/// Every key of a record, for the index of records to match against.
fn all_keys(r: &Record) -> Vec<(&'static str, String)> {
    match r {
        Record::Partner(p) => {
            let mut k = Vec::new();
            if !p.uai.is_empty() {
                k.push(("UAI", p.uai.text().to_uppercase()));
            }
            if !p.siret.is_empty() {
                k.push(("SIRET", p.siret.text()));
            }
            k.push((
                "nom",
                format!("{}@{}", normalise(&p.name), normalise(&p.commune)),
            ));
            k
        }
        _ => keys(r),
    }
}

/// Records by key: position in the dossier, or source line of an earlier row.
#[derive(Default)]
struct Index(HashMap<(&'static str, String), usize>);

impl Index {
    fn add(&mut self, r: &Record, at: usize) {
        for k in all_keys(r) {
            if !k.1.is_empty() && !k.1.starts_with('@') {
                self.0.entry(k).or_insert(at);
            }
        }
    }

    fn find(&self, r: &Record) -> Option<(usize, &'static str)> {
        keys(r)
            .into_iter()
            .find_map(|k| self.0.get(&k).map(|&at| (at, k.0)))
    }
}

/// Fresh ids for imported records, after the dossier's highest.
struct FreshIds {
    partner: u64,
    action: u64,
    mobility: u64,
    indicator: u64,
}

fn number_of(id: &str, prefix: &str) -> u64 {
    id.strip_prefix(prefix)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

impl FreshIds {
    fn new(d: &Dossier) -> Self {
        Self {
            partner: number_of(
                PartnerId::next_free(d.partners.iter().map(|p| &p.id)).as_str(),
                PartnerId::PREFIX,
            ),
            action: number_of(
                ActionId::next_free(d.actions.iter().map(|a| &a.id)).as_str(),
                ActionId::PREFIX,
            ),
            mobility: number_of(
                MobilityId::next_free(d.mobilities.iter().map(|m| &m.id)).as_str(),
                MobilityId::PREFIX,
            ),
            indicator: number_of(
                IndicatorId::next_free(d.indicators.iter().map(|i| &i.id)).as_str(),
                IndicatorId::PREFIX,
            ),
        }
    }

    fn assign(&mut self, r: &mut Record) {
        fn take(n: &mut u64, prefix: &str) -> String {
            let id = format!("{prefix}{n}");
            *n += 1;
            id
        }
        match r {
            Record::Partner(p) => p.id = PartnerId(take(&mut self.partner, PartnerId::PREFIX)),
            Record::Action(a) => a.id = ActionId(take(&mut self.action, ActionId::PREFIX)),
            Record::Mobility(m) => {
                m.id = MobilityId(take(&mut self.mobility, MobilityId::PREFIX));
            }
            Record::Indicator(i) => {
                i.id = IndicatorId(take(&mut self.indicator, IndicatorId::PREFIX));
            }
            _ => {}
        }
    }
}
