//! A list of campuses — an arrêté's list, the campuses of a new région académique — into a
//! workspace: one dossier per campus, one label decision per row. Several rows with the same
//! name are several decisions of one campus; a campus already in the workspace (same name)
//! gets the new decisions, never a second dossier nor a decision it already has (same date and
//! kind). Columns are found from their headers as the other imports do; a row that cannot be
//! read is rejected with its reasons, and nothing is planned from it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use super::fields::{Field, FieldType};
use super::note::Note;
use super::read::Sheet;
use super::value::Value;
use crate::i18n::Lang;
use crate::i18n::{Strings, fill};
use crate::model::ids::{DecisionId, fresh_ids};
use crate::model::label::{DecisionKind, LabelCategory, LabelDecision};
use crate::model::text::{compact, normalise};
use crate::model::{Dossier, Record, reference};
use crate::session::{Document, Edit, EditError, SaveError, SaveOutcome, Workspace};

/// The fields a column of a campus list can fill.
pub const FIELDS: &[Field] = &[
    field(
        "name",
        "Nom du campus",
        "Campus name",
        FieldType::Text,
        true,
        &[
            "nom du campus",
            "campus",
            "intitulé du campus",
            "intitulé",
            "nom",
            "name",
        ],
    ),
    field(
        "region",
        "Région académique ou vice-rectorat",
        "Academic region or vice-rectorate",
        FieldType::Choice,
        true,
        &[
            "région académique",
            "région ou vice-rectorat",
            "vice-rectorat",
            "région",
            "territoire",
            "region",
        ],
    ),
    field(
        "filiere",
        "Filière",
        "Sector",
        FieldType::Choice,
        true,
        &[
            "filière",
            "secteur",
            "secteur d'activité",
            "filière nationale",
            "sector",
        ],
    ),
    field(
        "date",
        "Date de l'arrêté",
        "Date of the arrêté",
        FieldType::Date,
        false,
        &["date de l'arrêté", "date", "arrêté", "date of the arrêté"],
    ),
    field(
        "category",
        "Catégorie",
        "Category",
        FieldType::Choice,
        false,
        &["catégorie", "mention", "category"],
    ),
    field(
        "duration",
        "Durée (années)",
        "Duration (years)",
        FieldType::Number,
        false,
        &["durée (années)", "durée", "durée du label", "duration"],
    ),
    field(
        "kind",
        "Décision",
        "Decision",
        FieldType::Choice,
        false,
        &["décision", "type de décision", "nature", "decision", "kind"],
    ),
    field(
        "reference",
        "Référence (NOR)",
        "Reference (NOR)",
        FieldType::Text,
        false,
        &["référence", "référence (nor)", "nor", "reference"],
    ),
];

const fn field(
    key: &'static str,
    label_fr: &'static str,
    label_en: &'static str,
    ty: FieldType,
    required: bool,
    synonyms: &'static [&'static str],
) -> Field {
    Field {
        key,
        label_fr,
        label_en,
        ty,
        required,
        synonyms,
    }
}

/// What became of one row of the list.
#[derive(Clone, Debug, PartialEq)]
pub enum RowOutcome {
    /// A decision to add to the campus.
    Added,
    /// The campus already has this decision (same date and kind).
    AlreadyThere,
    /// The row cannot be read: why.
    Rejected(Vec<Note>),
}

/// One row of the list, judged.
#[derive(Clone, Debug, PartialEq)]
pub struct CampusRow {
    /// Its line in the source file.
    pub line: usize,
    /// The campus it names (as written).
    pub campus: String,
    /// The date of the decision it records, when it gives one.
    pub date: Option<chrono::NaiveDate>,
    /// What becomes of it.
    pub outcome: RowOutcome,
}

/// One campus of the list, as it will be written.
#[derive(Clone, Debug, PartialEq)]
pub struct CampusUpdate {
    /// The dossier of the workspace it completes; `None` for a new dossier.
    pub existing: Option<PathBuf>,
    /// The dossier with its new decisions.
    pub dossier: Dossier,
    /// The decisions added.
    pub added: Vec<LabelDecision>,
}

/// The whole list, judged: nothing is written yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CampusPlan {
    /// Every row, in file order.
    pub rows: Vec<CampusRow>,
    /// Every campus with something to write (a new dossier, or new decisions).
    pub campuses: Vec<CampusUpdate>,
}

impl CampusPlan {
    /// Rows rejected.
    pub fn rejected(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r.outcome, RowOutcome::Rejected(_)))
            .count()
    }
}

/// The header each field is read from, guessed from the headers as the other imports do.
pub fn guess_columns(headers: &[String]) -> BTreeMap<&'static str, usize> {
    let mut found = BTreeMap::new();
    let mut used = vec![false; headers.len()];
    for f in FIELDS {
        let at = f.synonyms.iter().find_map(|syn| {
            headers
                .iter()
                .enumerate()
                .position(|(i, h)| !used[i] && compact(h) == compact(syn))
        });
        if let Some(i) = at {
            used[i] = true;
            found.insert(f.key, i);
        }
    }
    found
}

/// A row read: the campus's identity and the decision it records.
struct Read {
    name: String,
    region: String,
    filiere: String,
    decision: LabelDecision,
    /// The decision's kind was not given: creation for a campus's first, renewal after.
    kind_given: bool,
}

/// Judges every row of `sheet` against the dossiers of the workspace (`existing`: each file and
/// its dossier).
pub fn plan(sheet: &Sheet, existing: &[(PathBuf, Dossier)]) -> CampusPlan {
    let columns = guess_columns(&sheet.headers);
    let mut plan = CampusPlan::default();
    let missing: Vec<Note> = FIELDS
        .iter()
        .filter(|f| f.required && !columns.contains_key(f.key))
        .map(Note::NoColumn)
        .collect();
    // Campuses by their compact name, in the order the list gives them.
    let mut groups: Vec<(String, Vec<(usize, Read)>)> = Vec::new();
    for row in &sheet.rows {
        let cell = |key: &str| {
            columns
                .get(key)
                .and_then(|i| row.cells.get(*i))
                .filter(|v| !v.is_empty())
        };
        let campus = cell("name").map(Value::text).unwrap_or_default();
        if !missing.is_empty() {
            plan.rows.push(CampusRow {
                line: row.line,
                campus,
                date: None,
                outcome: RowOutcome::Rejected(missing.clone()),
            });
            continue;
        }
        match read_row(&cell) {
            Ok(read) => {
                // A campus of the workspace named by its short name is the same campus.
                let written = compact(&read.name);
                let key = existing
                    .iter()
                    .find(|(_, d)| {
                        !d.campus.short_name.is_empty() && compact(&d.campus.short_name) == written
                    })
                    .map_or(written, |(_, d)| compact(&d.campus.name));
                let index = plan.rows.len();
                plan.rows.push(CampusRow {
                    line: row.line,
                    campus,
                    date: read.decision.date,
                    outcome: RowOutcome::Added,
                });
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, rows)) => rows.push((index, read)),
                    None => groups.push((key, vec![(index, read)])),
                }
            }
            Err(notes) => plan.rows.push(CampusRow {
                line: row.line,
                campus,
                date: None,
                outcome: RowOutcome::Rejected(notes),
            }),
        }
    }
    for (key, mut reads) in groups {
        // In date order, undated rows last (they cannot be the campus's first arrêté by date).
        reads.sort_by_key(|(_, r)| (r.decision.date.is_none(), r.decision.date));
        let found = existing.iter().find(|(_, d)| {
            compact(&d.campus.name) == key
                || (!d.campus.short_name.is_empty() && compact(&d.campus.short_name) == key)
        });
        let (existing, mut dossier) = match found {
            Some((path, d)) => (Some(path.clone()), d.clone()),
            None => (None, new_dossier(&reads[0].1)),
        };
        let mut added = Vec::new();
        for (index, mut read) in reads {
            // The same date (and kind, when the list gives it) is the same arrêté.
            let already = dossier.label_decisions.iter().any(|x| {
                x.date == read.decision.date && (!read.kind_given || x.kind == read.decision.kind)
            });
            // Not given: a creation when no decision of the campus comes before it, a renewal
            // otherwise.
            if !read.kind_given {
                let earlier =
                    dossier
                        .label_decisions
                        .iter()
                        .any(|x| match (x.date, read.decision.date) {
                            (Some(a), Some(b)) => a < b,
                            _ => true,
                        });
                if earlier {
                    read.decision.kind = DecisionKind::Renouvellement;
                }
            }
            if already {
                if let Some(row) = plan.rows.get_mut(index) {
                    row.outcome = RowOutcome::AlreadyThere;
                }
                continue;
            }
            let used: Vec<&str> = dossier
                .label_decisions
                .iter()
                .map(|x| x.id.0.as_str())
                .collect();
            if let Some(id) = fresh_ids("D", &used, 1).pop() {
                read.decision.id = DecisionId(id);
            }
            dossier.label_decisions.push(read.decision.clone());
            added.push(read.decision);
        }
        dossier.label_decisions.sort_by_key(|x| x.date);
        if !added.is_empty() {
            plan.campuses.push(CampusUpdate {
                existing,
                dossier,
                added,
            });
        }
    }
    plan
}

/// A new dossier for the campus of `read`: its name, région, first académie and filière.
fn new_dossier(read: &Read) -> Dossier {
    let mut d = Dossier::default();
    read.name.clone_into(&mut d.campus.name);
    read.region.clone_into(&mut d.campus.region_academique);
    read.filiere.clone_into(&mut d.campus.secteur);
    d.campus.academies = reference::ACADEMIES
        .iter()
        .filter(|a| a.region == Some(read.region.as_str()))
        .take(1)
        .map(|a| a.code.to_owned())
        .collect();
    d
}

fn read_row<'a>(cell: &impl Fn(&str) -> Option<&'a Value>) -> Result<Read, Vec<Note>> {
    let mut notes = Vec::new();
    let field_of = |key: &str| FIELDS.iter().find(|f| f.key == key);
    let required = |key: &str, notes: &mut Vec<Note>| {
        let text = cell(key).map(Value::text);
        if text.is_none()
            && let Some(f) = field_of(key)
        {
            notes.push(Note::Empty(f));
        }
        text.unwrap_or_default()
    };
    let name = required("name", &mut notes);
    let region_text = required("region", &mut notes);
    let filiere_text = required("filiere", &mut notes);
    let region = region_code(&region_text).map(str::to_owned);
    if region.is_none() && !region_text.is_empty() {
        notes.push(Note::UnknownRegion(region_text));
    }
    let filiere = filiere_code(&filiere_text).map(str::to_owned);
    if filiere.is_none() && !filiere_text.is_empty() {
        notes.push(Note::UnknownFiliere(filiere_text));
    }
    let mut decision = LabelDecision::default();
    if let Some(v) = cell("date") {
        match v.date() {
            Ok(date) => decision.date = Some(date),
            Err(e) => {
                if let Some(f) = field_of("date") {
                    notes.push(Note::Value(f, e));
                }
            }
        }
    }
    decision.category = match cell("category").map(Value::text) {
        None => LabelCategory::AConfirmer,
        Some(text) => category(&text).unwrap_or_else(|| {
            notes.push(Note::UnknownCategory(text));
            LabelCategory::AConfirmer
        }),
    };
    if let Some(v) = cell("duration") {
        match v.number() {
            Ok(n) if n.fract() == 0.0 && (1.0..=9.0).contains(&n) => {
                decision.duration_years = Some(n as u8);
            }
            Ok(_) => notes.push(Note::NotADuration(v.text())),
            Err(e) => {
                if let Some(f) = field_of("duration") {
                    notes.push(Note::Value(f, e));
                }
            }
        }
    }
    let kind_given = match cell("kind").map(Value::text) {
        None => false,
        Some(text) => {
            match decision_kind(&text) {
                Some(kind) => decision.kind = kind,
                None => notes.push(Note::UnknownDecisionKind(text)),
            }
            true
        }
    };
    decision.reference = cell("reference").map(Value::text).unwrap_or_default();
    "Importé d'une liste de campus.".clone_into(&mut decision.note);
    if notes.is_empty() {
        Ok(Read {
            name,
            region: region.unwrap_or_default(),
            filiere: filiere.unwrap_or_default(),
            decision,
            kind_given,
        })
    } else {
        Err(notes)
    }
}

/// The code of a région académique or vice-rectorat given by its code or its name.
fn region_code(text: &str) -> Option<&'static str> {
    // A spreadsheet's number cell drops the leading zero of « 01 ».
    let text = match text.trim() {
        t if t.len() == 1 && t.bytes().all(|b| b.is_ascii_digit()) => format!("0{t}"),
        t => t.to_owned(),
    };
    let text = text.as_str();
    let wanted = compact(text);
    let plain = |name: &str| compact(name.trim_end_matches("(vice-rectorat)"));
    reference::REGIONS
        .iter()
        .find(|r| r.code == text.trim() || compact(r.name) == wanted || plain(r.name) == wanted)
        .map(|r| r.code)
}

/// The slug of a national filière given by its slug, its name (French or English), or one of
/// the sectors its name lists (« Numérique » for « Numérique, télécommunications »).
fn filiere_code(text: &str) -> Option<&'static str> {
    let wanted = compact(text);
    let part_of = |name: &str| {
        name.split([',', ';'])
            .flat_map(|part| part.split(" et "))
            .any(|part| compact(part) == wanted)
    };
    reference::FILIERES
        .iter()
        .find(|f| {
            f.code == text.trim() || compact(f.name_fr) == wanted || compact(f.name_en) == wanted
        })
        .or_else(|| {
            reference::FILIERES
                .iter()
                .find(|f| part_of(f.name_fr) || part_of(f.name_en))
        })
        .map(|f| f.code)
}

/// A category as a list writes it: « CMQ », « excellence », « CMQ d'excellence »…
fn category(text: &str) -> Option<LabelCategory> {
    let n = normalise(text);
    if n.contains("excellence") {
        Some(LabelCategory::Excellence)
    } else if n.contains("confirmer") || n.contains("confirmed") {
        Some(LabelCategory::AConfirmer)
    } else if n == "cmq" || n.contains("campus des metiers") || n.contains("label") {
        Some(LabelCategory::Cmq)
    } else {
        None
    }
}

/// A decision kind by its label in either language or its name in the file format.
fn decision_kind(text: &str) -> Option<DecisionKind> {
    let wanted = compact(text);
    DecisionKind::ALL.into_iter().find(|k| {
        compact(&format!("{k:?}")) == wanted
            || Lang::ALL
                .iter()
                .any(|l| compact((l.strings().decision_kind_label)(*k)) == wanted)
    })
}

/// What writing one campus did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    /// A new dossier, at this path.
    Created(PathBuf),
    /// An existing dossier completed.
    Completed(PathBuf),
}

/// The edit that adds `added` to `d`, with ids `d` does not use yet: one step, undone together.
pub fn additions(d: &Dossier, added: Vec<LabelDecision>) -> Edit {
    let used: Vec<&str> = d.label_decisions.iter().map(|x| x.id.0.as_str()).collect();
    let ids = fresh_ids("D", &used, added.len());
    let start = d.label_decisions.len();
    Edit::Batch(
        added
            .into_iter()
            .zip(ids)
            .enumerate()
            .map(|(i, (mut x, id))| {
                x.id = DecisionId(id);
                Edit::Insert {
                    index: start + i,
                    record: Record::Decision(x),
                }
            })
            .collect(),
    )
}

/// Why a campus of a plan could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The dossier could not be opened or saved.
    Save(SaveError),
    /// The new decisions did not fit the dossier read afresh.
    Edit(EditError),
    /// Another program changed the dossier while it was being completed: nothing written.
    ChangedOnDisk(PathBuf),
}

impl WriteError {
    /// The error in the language of `s`.
    pub fn text(&self, s: &Strings) -> String {
        match self {
            Self::Save(e) => s.save_failure(e),
            Self::Edit(e) => (s.edit_error)(e),
            Self::ChangedOnDisk(path) => fill(
                s.cli_changed_on_disk,
                &[("file", &path.display().to_string())],
            ),
        }
    }
}

/// Writes one campus of a plan into `ws`: a new dossier under a file name of its own, or the
/// new decisions added to the existing dossier, read afresh under its lock (waiting up to
/// `patience` for another writer).
pub fn write(
    update: CampusUpdate,
    ws: &Workspace,
    patience: Duration,
) -> Result<Written, WriteError> {
    let Some(path) = update.existing else {
        let path = ws.new_file_for(&update.dossier.campus.name);
        Document::new(path.clone(), update.dossier, None, None)
            .save(false)
            .map_err(WriteError::Save)?;
        return Ok(Written::Created(path));
    };
    let mut doc = Document::open_to_write(&path, patience).map_err(WriteError::Save)?;
    let edit = additions(doc.dossier(), update.added);
    doc.apply(edit).map_err(WriteError::Edit)?;
    match doc.save(false).map_err(WriteError::Save)? {
        SaveOutcome::Saved => Ok(Written::Completed(path)),
        SaveOutcome::ChangedOnDisk => Err(WriteError::ChangedOnDisk(path)),
    }
}

/// The report of a plan, worded in the language of `s`: one line per row (`line` names the
/// row: `LISTE.csv:12:` for the command line, `ligne 12 :` in the window), then one per campus
/// to create or complete.
pub fn report(plan: &CampusPlan, s: &Strings, line: impl Fn(usize) -> String) -> Vec<String> {
    let t = &s.import;
    let mut lines: Vec<String> = plan
        .rows
        .iter()
        .map(|row| {
            let decision = row.date.map_or_else(
                || t.decision_undated.to_owned(),
                |date| fill(t.decision_of, &[("date", &s.date(date))]),
            );
            let said = match &row.outcome {
                RowOutcome::Added => fill(
                    t.campus_added,
                    &[("campus", &row.campus), ("decision", &decision)],
                ),
                RowOutcome::AlreadyThere => fill(
                    t.campus_already,
                    &[("campus", &row.campus), ("decision", &decision)],
                ),
                RowOutcome::Rejected(notes) => format!(
                    "{} — {}",
                    s.labelled(&row.campus, t.verdicts[3]),
                    notes
                        .iter()
                        .map(|n| n.text(s))
                        .collect::<Vec<_>>()
                        .join(" ; ")
                ),
            };
            format!("{} {said}", line(row.line))
        })
        .collect();
    for c in &plan.campuses {
        let decisions = s.count(&t.decisions, c.added.len(), &[]);
        lines.push(match &c.existing {
            None => fill(
                t.campus_new,
                &[
                    ("campus", &c.dossier.campus.name),
                    ("decisions", &decisions),
                ],
            ),
            Some(path) => fill(
                t.campus_completed,
                &[
                    ("campus", &c.dossier.campus.name),
                    ("file", &path.display().to_string()),
                    ("decisions", &decisions),
                ],
            ),
        });
    }
    lines
}
