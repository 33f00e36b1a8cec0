//! `cmq-dossiers import`: the import without a window — the same reading, mapping and checks,
//! a per-row report, and an atomic write only when the user's conditions hold.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::import::{self, DuplicatePolicy, Mapping, Verdict};
use crate::model::ListKind;
use crate::session::Progress;
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
}

/// Runs the import; returns 0 when every row was accepted (and written unless a dry run), 1 when
/// rows were rejected, 2 when the source, the mapping or the dossier cannot be read or written.
pub fn run(a: &ImportArgs, out: &mut impl Write) -> io::Result<u8> {
    let loaded = match store::load_file(&a.into) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return Ok(2);
        }
    };
    if let Some(newer) = loaded.read_only {
        eprintln!(
            "{}",
            store::StoreError::new(&a.into, store::StoreErrorKind::NewerVersion(newer))
        );
        return Ok(2);
    }
    let sheet = match import::read::read_file(&a.source, &Progress::default()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return Ok(2);
        }
    };
    let mapping = match &a.mapping {
        Some(path) => match Mapping::load(path) {
            Ok(m) if m.kind != a.kind => {
                eprintln!(
                    "{} : cette correspondance est pour « {} », pas « {} »",
                    path.display(),
                    m.kind.field_name(),
                    a.kind.field_name()
                );
                return Ok(2);
            }
            Ok(m) => m,
            Err(e) => {
                eprintln!("{e}");
                return Ok(2);
            }
        },
        None => Mapping::guess(a.kind, &sheet.headers),
    };
    let missing = mapping.missing_columns(&sheet.headers);
    if !missing.is_empty() {
        eprintln!(
            "{} : colonne(s) absente(s) du fichier, nommée(s) par la correspondance : {}",
            a.source.display(),
            missing.join(", ")
        );
        return Ok(2);
    }
    if let Some(path) = &a.save_mapping
        && let Err(e) = mapping.save(path)
    {
        eprintln!("{e}");
        return Ok(2);
    }
    writeln!(out, "{} : {}", a.source.display(), sheet.info)?;
    write_mapping(&mapping, out)?;
    let Some(plan) = import::plan(&sheet, &mapping, &loaded.dossier, &Progress::default()) else {
        return Ok(2);
    };
    write_report(&plan, &a.source, a.duplicates, out)?;
    let counts = plan.counts(a.duplicates);
    writeln!(
        out,
        "{} ligne(s) : {} ajoutée(s), {} mise(s) à jour, {} ignorée(s), {} rejetée(s), {} avec avertissement",
        plan.rows.len(),
        counts.added,
        counts.updated,
        counts.skipped,
        counts.rejected,
        counts.warned
    )?;
    let code = u8::from(counts.rejected > 0);
    if a.dry_run {
        writeln!(out, "essai (--dry-run) : rien n'a été écrit")?;
        return Ok(code);
    }
    if counts.rejected > 0 && !a.accept_partial {
        writeln!(
            out,
            "rien n'a été écrit : {} ligne(s) rejetée(s) ; corrigez la source, ou ajoutez --accept-partial pour importer les autres",
            counts.rejected
        )?;
        return Ok(1);
    }
    let Some(edit) = plan.edit(&loaded.dossier, a.duplicates) else {
        writeln!(out, "rien à écrire : {} inchangé", a.into.display())?;
        return Ok(code);
    };
    let mut dossier = loaded.dossier;
    if let Err(e) = edit.apply(&mut dossier) {
        eprintln!("{}: {e}", a.into.display());
        return Ok(2);
    }
    match store::save_file(&a.into, &dossier) {
        Ok(_) => {
            writeln!(out, "{} : enregistré", a.into.display())?;
            Ok(code)
        }
        Err(e) => {
            eprintln!("{e}");
            Ok(2)
        }
    }
}

fn write_mapping(m: &Mapping, out: &mut impl Write) -> io::Result<()> {
    let mut parts: Vec<String> = import::fields_of(m.kind)
        .iter()
        .filter_map(|f| Some(format!("{} ← {}", f.label_fr, m.column(f.key)?)))
        .collect();
    parts.extend(m.years.iter().map(|(y, h)| format!("{y} ← {h}")));
    writeln!(out, "correspondance : {}", parts.join(" ; "))
}

fn write_report(
    plan: &import::Plan,
    source: &Path,
    policy: DuplicatePolicy,
    out: &mut impl Write,
) -> io::Result<()> {
    let src = source.display();
    let fate = match policy {
        DuplicatePolicy::Skip => "ignorée",
        DuplicatePolicy::Update => "mise à jour de l'existant",
        DuplicatePolicy::Add => "ajoutée quand même",
    };
    for r in &plan.rows {
        match &r.verdict {
            Verdict::Rejected => {
                writeln!(out, "{src}:{}: rejetée : {}", r.line, r.errors.join(" ; "))?;
            }
            Verdict::Duplicate { by, existing, .. } => writeln!(
                out,
                "{src}:{}: « {} » doublon de « {existing} » ({by}) : {fate}",
                r.line, r.label
            )?,
            Verdict::Repeated { line, by } => writeln!(
                out,
                "{src}:{}: « {} » répète la ligne {line} ({by}) : ignorée",
                r.line, r.label
            )?,
            Verdict::New => {}
        }
        if r.verdict != Verdict::Rejected {
            for w in &r.warnings {
                writeln!(out, "{src}:{}: avertissement : {w}", r.line)?;
            }
        }
    }
    Ok(())
}
