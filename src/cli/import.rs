//! `cmq-dossiers import`: the import without a window — the same reading, mapping and checks,
//! a per-row report, and an atomic write only when the user's conditions hold.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::i18n::{Strings, fill};
use crate::import::{self, DuplicatePolicy, Filter, Mapping, Verdict};
use crate::model::ListKind;
use crate::session::{Document, Progress, SaveError, SaveOutcome, WRITER_PATIENCE};
use crate::store;

/// What `import` was asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportArgs {
    /// Which list.
    pub kind: ListKind,
    /// The CSV or spreadsheet.
    pub source: PathBuf,
    /// The dossier to import into.
    pub into: PathBuf,
    /// A saved mapping; guessed from the headers when absent.
    pub mapping: Option<PathBuf>,
    /// Where to save the mapping used (to edit and reuse it).
    pub save_mapping: Option<PathBuf>,
    /// Report only, write nothing.
    pub dry_run: bool,
    /// Write the accepted rows even when some are rejected.
    pub accept_partial: bool,
    /// What to do with rows matching an existing record.
    pub duplicates: DuplicatePolicy,
    /// Which accepted rows to keep (by default all but primary schools and collèges).
    pub filter: Filter,
}

/// Runs the import; returns 0 when every row was accepted (and written unless a dry run), 1 when
/// rows were rejected, 2 when the source, the mapping or the dossier cannot be read or written.
pub fn run(a: &ImportArgs, s: &Strings, out: &mut impl Write) -> io::Result<u8> {
    let t = &s.import;
    // A real import holds the dossier's lock from the read to the write: a window that has it
    // open, or another command writing it, never loses an update (the command waits a moment
    // for a writer that is finishing, then refuses).
    let opened = if a.dry_run {
        Document::read(&a.into).map_err(SaveError::from)
    } else {
        Document::open_to_write(&a.into, WRITER_PATIENCE)
    };
    let mut doc = match opened {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", s.save_failure(&e));
            return Ok(2);
        }
    };
    if let Some(newer) = doc.read_only() {
        eprintln!(
            "{}",
            s.file_error(&store::StoreError::new(
                &a.into,
                store::StoreErrorKind::NewerVersion(newer)
            ))
        );
        return Ok(2);
    }
    let sheet = match import::read::read_file(&a.source, &Progress::default()) {
        Ok(sheet) => sheet,
        Err(e) => {
            eprintln!("{}", e.text(s));
            return Ok(2);
        }
    };
    let mapping = match &a.mapping {
        Some(path) => match Mapping::load(path) {
            Ok(m) if m.kind != a.kind => {
                eprintln!(
                    "{}",
                    fill(
                        t.cli_other_kind,
                        &[
                            ("file", &path.display().to_string()),
                            ("found", m.kind.field_name()),
                            ("wanted", a.kind.field_name()),
                        ],
                    )
                );
                return Ok(2);
            }
            Ok(m) => m,
            Err(e) => {
                eprintln!("{}", s.file_error(&e));
                return Ok(2);
            }
        },
        None => Mapping::guess(a.kind, &sheet.headers),
    };
    let missing = mapping.missing_columns(&sheet.headers);
    if !missing.is_empty() {
        eprintln!(
            "{}",
            fill(
                t.cli_missing,
                &[
                    ("file", &a.source.display().to_string()),
                    ("columns", &missing.join(", ")),
                ],
            )
        );
        return Ok(2);
    }
    if let Some(path) = &a.save_mapping
        && let Err(e) =
            store::check_output(path, &[&a.into, &a.source]).and_then(|()| mapping.save(path))
    {
        eprintln!("{}", s.file_error(&e));
        return Ok(2);
    }
    writeln!(
        out,
        "{}",
        s.labelled(&a.source.display().to_string(), &sheet.info.text(s))
    )?;
    write_mapping(&mapping, s, out)?;
    let Some(mut plan) = import::plan(&sheet, &mapping, doc.dossier(), &Progress::default()) else {
        return Ok(2);
    };
    plan.apply(a.filter);
    write_report(&plan, &a.source, a.duplicates, s, out)?;
    let counts = plan.counts(a.duplicates);
    writeln!(
        out,
        "{}",
        fill(
            t.cli_counts,
            &[
                ("rows", &s.count(&t.rows, plan.rows.len(), &[])),
                ("added", &s.count(&t.cli_added, counts.added, &[])),
                ("updated", &s.count(&t.cli_updated, counts.updated, &[])),
                ("skipped", &s.count(&t.cli_skipped, counts.skipped, &[])),
                (
                    "rejected",
                    &s.count(&t.cli_rejected_count, counts.rejected, &[])
                ),
                ("warned", &counts.warned.to_string()),
                ("excluded", &s.count(&t.cli_excluded, counts.excluded, &[])),
            ],
        )
    )?;
    if !plan.only_local.is_empty() {
        writeln!(
            out,
            "{}",
            s.count(
                &t.only_local,
                plan.only_local.len(),
                &[("records", &plan.only_local.join(" ; "))]
            )
        )?;
    }
    let code = u8::from(counts.rejected > 0);
    if a.dry_run {
        writeln!(out, "{}", t.cli_dry_run)?;
        return Ok(code);
    }
    if counts.rejected > 0 && !a.accept_partial {
        writeln!(
            out,
            "{}",
            fill(
                t.cli_partial,
                &[(
                    "rejected",
                    &s.count(&t.cli_rejected_rows, counts.rejected, &[])
                )],
            )
        )?;
        return Ok(1);
    }
    let Some(edit) = plan.edit(doc.dossier(), a.duplicates) else {
        writeln!(
            out,
            "{}",
            fill(t.cli_nothing, &[("file", &a.into.display().to_string())])
        )?;
        return Ok(code);
    };
    if let Err(e) = doc.apply(edit) {
        eprintln!("{}", (s.edit_error)(&e));
        return Ok(2);
    }
    match doc.save(false) {
        Ok(SaveOutcome::Saved) => {
            writeln!(
                out,
                "{}",
                fill(t.cli_saved, &[("file", &a.into.display().to_string())])
            )?;
            Ok(code)
        }
        Ok(SaveOutcome::ChangedOnDisk) => {
            eprintln!(
                "{}",
                fill(
                    s.cli_changed_on_disk,
                    &[("file", &a.into.display().to_string())]
                )
            );
            Ok(2)
        }
        Err(e) => {
            eprintln!("{}", s.save_failure(&e));
            Ok(2)
        }
    }
}

fn write_mapping(m: &Mapping, s: &Strings, out: &mut impl Write) -> io::Result<()> {
    let mut parts: Vec<String> = import::fields_of(m.kind)
        .iter()
        .filter_map(|f| {
            let label = if s.english { f.label_en } else { f.label_fr };
            Some(format!("{label} ← {}", m.column(f.key)?))
        })
        .collect();
    parts.extend(m.years.iter().map(|(y, h)| format!("{y} ← {h}")));
    writeln!(
        out,
        "{}",
        fill(s.import.cli_mapping, &[("parts", &parts.join(" ; "))])
    )
}

fn write_report(
    plan: &import::Plan,
    source: &Path,
    policy: DuplicatePolicy,
    s: &Strings,
    out: &mut impl Write,
) -> io::Result<()> {
    let t = &s.import;
    let src = source.display().to_string();
    let fate = match policy {
        DuplicatePolicy::Skip => t.fate_skip,
        DuplicatePolicy::Update => t.fate_update,
        DuplicatePolicy::Add => t.fate_add,
    };
    let notes = |n: &[import::Note]| n.iter().map(|x| x.text(s)).collect::<Vec<_>>().join(" ; ");
    for r in &plan.rows {
        let line = r.line.to_string();
        let text = match &r.verdict {
            Verdict::Rejected => Some(fill(
                t.cli_rejected,
                &[
                    ("src", &src),
                    ("line", &line),
                    ("errors", &notes(&r.errors)),
                ],
            )),
            Verdict::Duplicate { by, existing, .. } => Some(fill(
                t.cli_duplicate,
                &[
                    ("src", &src),
                    ("line", &line),
                    ("record", &r.label),
                    ("existing", existing),
                    ("by", by.text(s)),
                    (
                        "fate",
                        if policy == DuplicatePolicy::Update && !r.changes() {
                            t.fate_unchanged
                        } else {
                            fate
                        },
                    ),
                ],
            )),
            Verdict::Repeated { line: earlier, by } => Some(fill(
                t.cli_repeated,
                &[
                    ("src", &src),
                    ("line", &line),
                    ("record", &r.label),
                    ("earlier", &earlier.to_string()),
                    ("by", by.text(s)),
                ],
            )),
            Verdict::New => None,
        };
        if let Some(text) = text {
            writeln!(out, "{text}")?;
        }
        if r.verdict != Verdict::Rejected {
            for w in &r.warnings {
                writeln!(
                    out,
                    "{}",
                    fill(
                        t.cli_warning,
                        &[("src", &src), ("line", &line), ("warning", &w.text(s))],
                    )
                )?;
            }
        }
    }
    Ok(())
}
