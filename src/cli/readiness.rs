//! `cmq-dossiers check --readiness`: the labelling criteria checklist of each dossier.

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use crate::model::label::LabelCategory;
use crate::rules::readiness::{Level, Readiness, readiness};
use crate::store;

#[derive(Serialize)]
struct FileReadiness<'a> {
    file: &'a PathBuf,
    campus: String,
    score_cmq: (u32, u32),
    score_excellence: (u32, u32),
    readiness: Readiness,
}

/// Prints the checklist of each file; returns 2 when a file could not be read, else 0.
pub fn run(files: &[PathBuf], json: bool, out: &mut impl Write) -> io::Result<u8> {
    let mut code = 0;
    let mut all = Vec::new();
    for file in files {
        match store::load_file(file) {
            Ok(loaded) => {
                let r = readiness(&loaded.dossier);
                all.push(FileReadiness {
                    file,
                    campus: loaded.dossier.campus.display_name().to_owned(),
                    score_cmq: r.score(LabelCategory::Cmq),
                    score_excellence: r.score(LabelCategory::Excellence),
                    readiness: r,
                });
            }
            Err(e) => {
                eprintln!("{e}");
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
        writeln!(out, "  grille : {}", f.readiness.version)?;
        for a in &f.readiness.items {
            let mark = match a.level {
                Level::Met => "[x]",
                Level::Partly => "[~]",
                Level::Missing => "[ ]",
            };
            let only = if a.criterion.excellence_only {
                " (excellence)"
            } else {
                ""
            };
            writeln!(
                out,
                "  {mark} {:<10} {}{only}",
                a.level.label_fr(),
                a.criterion.title
            )?;
            for e in &a.evidence {
                writeln!(out, "        {e}")?;
            }
            if !a.advice.is_empty() {
                writeln!(out, "        à faire : {}", a.advice)?;
            }
        }
        writeln!(
            out,
            "  score CMQ : {}/{} · « excellence » : {}/{}",
            f.score_cmq.0, f.score_cmq.1, f.score_excellence.0, f.score_excellence.1
        )?;
    }
    Ok(code)
}
