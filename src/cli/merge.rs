//! `cmq-dossiers merge BASE OURS THEIRS [--output F] [--json]` — a three-way merge of three
//! versions of one dossier, usable as a git merge driver — and `cmq-dossiers diff A B`, what
//! differs record by record and field by field (also in git's diff-driver form).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::i18n::{Strings, fill};
use crate::merge::{self, Change, Conflict, ConflictKind, Renumbered};
use crate::model::Dossier;
use crate::rules;
use crate::store::{self, StoreError, StoreErrorKind};

/// What `merge` was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeArgs {
    /// The common ancestor (`%O`); missing or empty: no ancestor.
    pub base: PathBuf,
    /// Our version (`%A`).
    pub ours: PathBuf,
    /// Their version (`%B`).
    pub theirs: PathBuf,
    /// Where the merge goes; standard output when absent.
    pub output: Option<PathBuf>,
    /// The report as JSON (on standard error).
    pub json: bool,
}

/// One version read: its text (to give it back byte for byte) and its dossier.
struct Version {
    text: String,
    dossier: Dossier,
}

/// Reads one version; a file of a newer format is an error (its fields would be lost).
fn read(path: &Path) -> Result<Version, StoreError> {
    let text = store::read_text(path)?;
    let loaded = store::from_text(&text).map_err(|kind| StoreError::new(path, kind))?;
    if let Some(newer) = loaded.read_only {
        return Err(StoreError::new(path, StoreErrorKind::NewerVersion(newer)));
    }
    Ok(Version {
        text,
        dossier: loaded.dossier,
    })
}

/// The ancestor: `None` when the file is missing or empty (git gives an empty one when the
/// branches share no version of the file).
fn read_base(path: &Path) -> Result<Option<Version>, StoreError> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Ok(m) if m.is_file() && m.len() == 0 => Ok(None),
        _ => {
            let text = store::read_text(path)?;
            if text.trim().is_empty() {
                return Ok(None);
            }
            read(path).map(Some)
        }
    }
}

/// What `--json` prints on standard error.
#[derive(Serialize)]
struct Report<'a> {
    merged: bool,
    output: Option<&'a Path>,
    conflicts: &'a [Conflict],
    renumbered: &'a [Renumbered],
    new_errors: Vec<String>,
}

/// Merges; returns 0 merged, 1 merged with conflicts (ours kept on them), 2 a file unreadable
/// or not a version of the same dossier (nothing written).
pub fn run(s: &Strings, args: &MergeArgs, out: &mut impl Write) -> io::Result<u8> {
    let fail = |e: &StoreError| {
        eprintln!("{}", s.file_error(e));
        Ok(2)
    };
    let ours = match read(&args.ours) {
        Ok(v) => v,
        Err(e) => return fail(&e),
    };
    let theirs = match read(&args.theirs) {
        Ok(v) => v,
        Err(e) => return fail(&e),
    };
    let base = match read_base(&args.base) {
        Ok(v) => v,
        Err(e) => return fail(&e),
    };
    let mut versions = vec![(&args.ours, &ours), (&args.theirs, &theirs)];
    if let Some(b) = &base {
        versions.push((&args.base, b));
    }
    for (path, v) in &versions[1..] {
        if !merge::same_campus(&ours.dossier, &v.dossier) {
            eprintln!(
                "{}",
                fill(
                    s.merge_not_same_campus,
                    &[
                        ("a", &args.ours.display().to_string()),
                        ("b", &path.display().to_string()),
                        ("x", ours.dossier.campus.display_name()),
                        ("y", v.dossier.campus.display_name()),
                    ],
                )
            );
            return Ok(2);
        }
    }
    if base.is_none() {
        let file = if args.base.as_os_str().is_empty() {
            s.merge_no_file.to_owned()
        } else {
            args.base.display().to_string()
        };
        eprintln!("{}", fill(s.merge_no_base, &[("file", &file)]));
    }
    let m = merge::merge(
        base.as_ref().map(|b| &b.dossier),
        &ours.dossier,
        &theirs.dossier,
    );
    // An unchanged side gives the other back byte for byte.
    let text = match &base {
        Some(b) if b.text == ours.text => theirs.text.clone(),
        Some(b) if b.text == theirs.text => ours.text.clone(),
        _ if m.dossier == ours.dossier => ours.text.clone(),
        _ => match store::to_text(&m.dossier) {
            Ok(t) => t,
            Err(kind) => return fail(&StoreError::new(&args.ours, kind)),
        },
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = store::write_text(path, &text) {
                return fail(&e);
            }
        }
        None => out.write_all(text.as_bytes())?,
    }
    let new_errors = new_errors(s, &ours.dossier, &m.dossier);
    if args.json {
        let report = Report {
            merged: m.conflicts.is_empty(),
            output: args.output.as_deref(),
            conflicts: &m.conflicts,
            renumbered: &m.renumbered,
            new_errors,
        };
        let mut err = io::stderr().lock();
        serde_json::to_writer_pretty(&mut err, &report).map_err(io::Error::other)?;
        writeln!(err)?;
    } else {
        for r in &m.renumbered {
            eprintln!(
                "{}",
                fill(
                    s.merge_renumbered,
                    &[
                        ("list", (s.list_title)(r.list)),
                        ("old", &r.old),
                        ("new", &r.new),
                        ("title", &r.title),
                    ],
                )
            );
        }
        for c in &m.conflicts {
            eprintln!("{}", conflict_line(s, c));
        }
        for e in &new_errors {
            eprintln!("{}", fill(s.merge_new_error, &[("error", e)]));
        }
    }
    Ok(u8::from(!m.conflicts.is_empty()))
}

/// The errors the merge has that our version did not (a reference to a record they deleted…).
fn new_errors(s: &Strings, ours: &Dossier, merged: &Dossier) -> Vec<String> {
    let before = rules::validate(ours);
    rules::validate(merged)
        .into_iter()
        .filter(|f| f.severity == rules::Severity::Error && !before.contains(f))
        .map(|f| format!("{} : {}", f.path, (s.issue)(&f.issue)))
        .collect()
}

/// One line of standard error per conflict.
fn conflict_line(s: &Strings, c: &Conflict) -> String {
    let place = s.place(&c.place);
    let template = match c.kind {
        _ if !c.is_whole_record() => s.merge_conflict_field,
        ConflictKind::BothChanged => s.merge_conflict_field,
        ConflictKind::DeletedByThem => s.merge_conflict_deleted_by_them,
        ConflictKind::DeletedByUs => s.merge_conflict_deleted_by_us,
        ConflictKind::OnlyOurs => s.merge_conflict_only_ours,
        ConflictKind::OnlyTheirs => s.merge_conflict_only_theirs,
    };
    fill(
        template,
        &[
            ("place", &place),
            ("field", &c.field()),
            ("ours", &s.merged_value(c.ours.as_ref())),
            ("theirs", &s.merged_value(c.theirs.as_ref())),
            ("base", &s.merged_value(c.base.as_ref())),
        ],
    )
}

/// What `diff` was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiffArgs {
    /// The first version.
    pub a: PathBuf,
    /// The second version.
    pub b: PathBuf,
    /// The name to show (git's path, in the diff-driver form).
    pub name: Option<String>,
    /// JSON instead of text.
    pub json: bool,
}

/// A version for `diff`: an empty file (git's `/dev/null` for a file added or removed) is an
/// empty dossier.
fn read_for_diff(path: &Path) -> Result<Dossier, StoreError> {
    let text = store::read_text(path)?;
    if text.trim().is_empty() {
        return Ok(Dossier::default());
    }
    let loaded = store::from_text(&text).map_err(|kind| StoreError::new(path, kind))?;
    Ok(loaded.dossier)
}

/// Prints what differs; returns 0 when nothing does (or always, in git's diff-driver form, as
/// git wants), 1 when something does, 2 when a file is unreadable.
pub fn run_diff(s: &Strings, args: &DiffArgs, out: &mut impl Write) -> io::Result<u8> {
    let read = |p: &Path| {
        read_for_diff(p).map_err(|e| {
            eprintln!("{}", s.file_error(&e));
        })
    };
    let (Ok(a), Ok(b)) = (read(&args.a), read(&args.b)) else {
        return Ok(2);
    };
    let differences = merge::diff(&a, &b);
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &differences).map_err(io::Error::other)?;
        writeln!(out)?;
    } else {
        if let Some(name) = &args.name {
            writeln!(out, "{name}")?;
        }
        if differences.is_empty() {
            writeln!(out, "{}", s.diff_none)?;
        }
        for d in &differences {
            let place = s.place(&d.place);
            match &d.change {
                Change::Added => writeln!(out, "{}", fill(s.diff_added, &[("place", &place)]))?,
                Change::Removed => {
                    writeln!(out, "{}", fill(s.diff_removed, &[("place", &place)]))?;
                }
                Change::Changed(fields) => {
                    writeln!(out, "{}", fill(s.diff_changed, &[("place", &place)]))?;
                    for f in fields {
                        let field = merge::path_text(&f.path);
                        writeln!(
                            out,
                            "{}",
                            fill(
                                s.diff_field,
                                &[
                                    ("field", &field),
                                    ("before", &s.merged_value(f.before.as_ref())),
                                    ("after", &s.merged_value(f.after.as_ref())),
                                ],
                            )
                        )?;
                    }
                }
            }
        }
    }
    if args.name.is_some() {
        return Ok(0);
    }
    Ok(u8::from(!differences.is_empty()))
}
