//! `cmq-dossiers check --readiness`: the labelling criteria checklist of each dossier.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::i18n::{Strings, fill};
use crate::model::label::LabelCategory;
use crate::rules::readiness::{Level, Part, readiness};
use crate::store;

#[derive(Serialize)]
struct FileReadiness<'a> {
    file: &'a PathBuf,
    campus: String,
    /// Criteria met for a CMQ, and how many there are (no score: the jury's grid is unknown).
    met_cmq: (usize, usize),
    /// The same for « excellence », which counts its own criteria too.
    met_excellence: (usize, usize),
    version: String,
    items: Vec<Item>,
}

/// One criterion, worded in the language of the command line.
#[derive(Serialize)]
struct Item {
    code: &'static str,
    /// `law`, `cahier_des_charges`, `excellence` or `practice`.
    part: Part,
    title: &'static str,
    /// Where the requirement comes from and how sure it is, worded.
    source: String,
    level: Level,
    evidence: Vec<String>,
    advice: String,
}

/// Prints the checklist of each file in the language of `s`; returns 2 when a file could not be
/// read, else 0.
pub fn run(s: &Strings, files: &[PathBuf], json: bool, out: &mut impl Write) -> io::Result<u8> {
    let mut code = 0;
    let mut all = Vec::new();
    for file in files {
        match store::load_file(file) {
            Ok(loaded) => {
                let r = readiness(&loaded.dossier);
                all.push(FileReadiness {
                    file,
                    campus: loaded.dossier.campus.display_name().to_owned(),
                    met_cmq: r.met(LabelCategory::Cmq),
                    met_excellence: r.met(LabelCategory::Excellence),
                    version: fill(s.criteria_version, &[("n", &r.version.to_string())]),
                    items: r
                        .items
                        .iter()
                        .map(|a| Item {
                            code: a.criterion.code,
                            part: a.criterion.part,
                            title: (s.criterion_title)(a.criterion.check),
                            source: (s.source_text)(&a.criterion.source),
                            level: a.level,
                            evidence: a.evidence.iter().map(|e| (s.evidence)(e)).collect(),
                            advice: a
                                .advice
                                .map_or_else(String::new, |x| (s.advice)(x).to_owned()),
                        })
                        .collect(),
                });
            }
            Err(e) => {
                eprintln!("{}", s.file_error(&e));
                code = 2;
            }
        }
    }
    if json {
        serde_json::to_writer_pretty(&mut *out, &all).map_err(io::Error::other)?;
        writeln!(out)?;
        return Ok(code);
    }
    for f in &all {
        writeln!(out, "{} — {}", f.file.display(), f.campus)?;
        writeln!(out, "  {}", f.version)?;
        let mut part = None;
        for a in &f.items {
            if part != Some(a.part) {
                part = Some(a.part);
                writeln!(out, "  {}", (s.part_label)(a.part))?;
            }
            let mark = match a.level {
                Level::Met => "[x]",
                Level::ToCheck => "[?]",
                Level::Partly => "[~]",
                Level::Missing => "[ ]",
            };
            writeln!(
                out,
                "  {mark} {:<10} {}",
                (s.readiness_level_label)(a.level),
                a.title
            )?;
            writeln!(out, "        {}", a.source)?;
            for e in &a.evidence {
                writeln!(out, "        {e}")?;
            }
            if !a.advice.is_empty() {
                writeln!(out, "        {}", s.labelled(s.to_do, &a.advice))?;
            }
        }
        writeln!(
            out,
            "  {}",
            fill(
                s.readiness_scores,
                &[
                    ("cmq", &f.met_cmq.0.to_string()),
                    ("cmq_max", &f.met_cmq.1.to_string()),
                    ("exc", &f.met_excellence.0.to_string()),
                    ("exc_max", &f.met_excellence.1.to_string()),
                ],
            )
        )?;
    }
    Ok(code)
}
