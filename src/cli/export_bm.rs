//! `cmq-dossiers export FICHIER --table mobilities-bm --template EXPORT_BM.xlsx|csv`: the
//! participants of a project written into the user's own Beneficiary Module file (its header
//! row, its markers, its date format), the column mapping saved per action and call year in
//! the workspace (`module-beneficiaire/KA121-2022.ron`, editable), and the rows the BM would
//! refuse listed with the reason.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::export::bm::{into_template, report_lines};
use crate::export::csv::CsvOptions;
use crate::export::{Format, Progress, job};
use crate::i18n::{Strings, fill};
use crate::import::read::{bm_template, read_file};
use crate::rules::bm::Mapping;
use crate::session::{load_mapping, mapping_path, save_mapping};

/// What `export --template` was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BmArgs {
    /// The dossier.
    pub file: PathBuf,
    /// CSV or XLSX.
    pub format: Format,
    /// The user's Beneficiary Module file.
    pub template: PathBuf,
    /// The project (reference or grant agreement number), when the template does not say.
    pub project: Option<String>,
    /// CSV options (the separator follows a CSV template's).
    pub csv: CsvOptions,
    /// Where to write.
    pub output: PathBuf,
}

/// Writes the participants into the template; returns 0 when the BM would take every row, 1
/// when rows are listed to fix (the file is written all the same), 2 when nothing could be
/// written.
pub fn run(s: &Strings, args: &BmArgs, out: &mut impl Write) -> io::Result<u8> {
    let Some(loaded) = super::export::dossier_to_export(s, &args.file, &args.output) else {
        return Ok(2);
    };
    let d = &loaded.dossier;
    let sheet = match read_file(&args.template, &Progress::default()) {
        Ok(sheet) => sheet,
        Err(e) => {
            eprintln!("{}", e.text(s));
            return Ok(2);
        }
    };
    let template = bm_template(&sheet);
    let project = match &args.project {
        Some(r) => d.projects.iter().find(|p| {
            p.reference.trim().eq_ignore_ascii_case(r.trim())
                || p.grant_agreement.trim() == r.trim()
        }),
        None => template.project(d),
    };
    let Some(project) = project else {
        eprintln!("{}", s.bm_no_project);
        return Ok(2);
    };
    let workspace = args.file.parent().unwrap_or(Path::new("."));
    let saved_at = mapping_path(workspace, project);
    let saved = match load_mapping(&saved_at) {
        Ok(saved) => saved,
        Err(e) => {
            eprintln!("{}", fill(s.bm_mapping_error, &[("error", &e.to_string())]));
            return Ok(2);
        }
    };
    let mapping = Mapping::of(&template, saved.as_ref());
    let (table, report) = into_template(d, project, &template, &mapping);
    let mut csv = args.csv.clone();
    if let Some(separator) = sheet.info.delimiter {
        csv.separator = separator;
    }
    if let Err(e) = job::run(
        &table,
        args.format,
        &csv,
        &args.output,
        &Progress::default(),
    ) {
        eprintln!("{}", e.text(s));
        return Ok(2);
    }
    if saved.is_none() {
        match save_mapping(&saved_at, &mapping) {
            Ok(()) => writeln!(
                out,
                "{}",
                fill(
                    s.bm_mapping_saved,
                    &[("file", &saved_at.display().to_string())]
                )
            )?,
            Err(e) => eprintln!("{}", s.file_error(&e)),
        }
    } else {
        writeln!(
            out,
            "{}",
            fill(
                s.bm_mapping_used,
                &[("file", &saved_at.display().to_string())]
            )
        )?;
    }
    for line in report_lines(s, &template, project, &report, &args.output) {
        writeln!(out, "{line}")?;
    }
    Ok(u8::from(!report.problems.is_empty()))
}
