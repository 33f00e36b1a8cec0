//! The command line: `cmq-dossiers [--workspace DIR]`, `check`, `timeline`, `budget`,
//! `export`, `import`, `fmt`, `merge`, `diff`.
//!
//! Parsing is separate from running so both are testable without a terminal.

mod budget;
mod check;
mod export;
mod export_bm;
mod import;
mod import_campuses;
mod merge;
mod readiness;
mod timeline;
mod usage;

pub use check::{FileOutcome, Reported, check_files, exit_code, reported};
pub use import::ImportArgs;
pub use merge::{DiffArgs, MergeArgs};
pub use usage::{Usage, UsageError};

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::rules::calendar::CalendarRules;
use crate::store;

/// What the user asked for on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Open the window on this dossier (`cmq-dossiers FILE.ron`, as a file manager calls it).
    GuiDossier(PathBuf),
    /// Open the window, on this workspace or on the last one used.
    Gui {
        /// Workspace folder given with `--workspace`.
        workspace: Option<PathBuf>,
        /// `--examples`: open the example workspace (read-only).
        examples: bool,
    },
    /// Validate files and print findings.
    Check {
        /// Print JSON instead of `FILE:LINE:COL` lines.
        json: bool,
        /// Print the labelling criteria checklist instead of the findings.
        readiness: bool,
        /// Files to check.
        files: Vec<PathBuf>,
    },
    /// Print the dated items of each file in date order.
    Timeline {
        /// Print JSON instead of text.
        json: bool,
        /// The day statuses are computed for (default: today).
        today: Option<NaiveDate>,
        /// Durations and lead times (defaults, changed by options).
        rules: CalendarRules,
        /// Files to read.
        files: Vec<PathBuf>,
    },
    /// Export a table of a dossier.
    Export {
        /// The dossier.
        file: PathBuf,
        /// CSV or XLSX.
        format: crate::export::Format,
        /// Which table.
        table: crate::export::TableKind,
        /// CSV separator, decimal mark, BOM.
        csv: crate::export::csv::CsvOptions,
        /// Where to write.
        output: PathBuf,
    },
    /// Export the participants of a project into the user's own Beneficiary Module file.
    ExportBm(Box<export_bm::BmArgs>),
    /// Export a document of a dossier as PDF.
    ExportPdf {
        /// The dossier.
        file: PathBuf,
        /// Which document, how.
        options: crate::export::pdf::PdfOptions,
        /// Where to write.
        output: PathBuf,
    },
    /// Import rows of a spreadsheet into a dossier.
    Import(Box<ImportArgs>),
    /// Import a list of campuses into a workspace folder: one dossier per campus.
    ImportCampuses {
        /// The CSV or spreadsheet.
        source: PathBuf,
        /// The workspace folder.
        into: PathBuf,
        /// Report only, write nothing.
        dry_run: bool,
        /// Write the campuses of the accepted rows even when some rows are rejected.
        accept_partial: bool,
    },
    /// Print the Erasmus+ grant estimate of a dossier.
    Budget {
        /// Print JSON instead of text.
        json: bool,
        /// The dossier.
        file: PathBuf,
    },
    /// Rewrite files in the canonical layout (atomic, with a backup).
    Fmt {
        /// Files to rewrite.
        files: Vec<PathBuf>,
    },
    /// Merge three versions of one dossier (a git merge driver too).
    Merge(MergeArgs),
    /// List what differs between two versions of a dossier.
    Diff(DiffArgs),
    /// Print the usage.
    Help,
    /// Print the version.
    Version,
}

/// Parses the arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Ok(Command::Gui {
            workspace: None,
            examples: false,
        });
    };
    match first.to_str() {
        Some("--help" | "-h" | "help") => Ok(Command::Help),
        Some("--version" | "-V") => Ok(Command::Version),
        Some("--workspace" | "-w") => {
            let dir = args
                .next()
                .ok_or_else(|| UsageError(Usage::NeedsValue("--workspace".into())))?;
            if let Some(extra) = args.next() {
                return Err(UsageError(Usage::Unexpected(
                    extra.to_string_lossy().into_owned(),
                )));
            }
            Ok(Command::Gui {
                workspace: Some(dir.into()),
                examples: false,
            })
        }
        Some("--examples" | "--exemples") => match args.next() {
            Some(extra) => Err(UsageError(Usage::Unexpected(
                extra.to_string_lossy().into_owned(),
            ))),
            None => Ok(Command::Gui {
                workspace: None,
                examples: true,
            }),
        },
        Some("check") => {
            let mut json = false;
            let mut readiness = false;
            let mut files = Vec::new();
            for a in args {
                if a == "--json" {
                    json = true;
                } else if a == "--readiness" {
                    readiness = true;
                } else if a.to_string_lossy().starts_with("--") {
                    return Err(UsageError(Usage::UnknownOption {
                        command: "check",
                        option: a.to_string_lossy().into_owned(),
                    }));
                } else {
                    files.push(PathBuf::from(a));
                }
            }
            if files.is_empty() {
                return Err(UsageError(Usage::NeedsFiles("check")));
            }
            Ok(Command::Check {
                json,
                readiness,
                files,
            })
        }
        Some("timeline") => parse_timeline(args),
        Some("budget") => {
            let mut json = false;
            let mut file = None;
            for a in args {
                if a == "--json" {
                    json = true;
                } else if a.to_string_lossy().starts_with("--") {
                    return Err(UsageError(Usage::UnknownOption {
                        command: "budget",
                        option: a.to_string_lossy().into_owned(),
                    }));
                } else if file.is_none() {
                    file = Some(PathBuf::from(a));
                } else {
                    return Err(UsageError(Usage::Unexpected(
                        a.to_string_lossy().into_owned(),
                    )));
                }
            }
            let file = file.ok_or(UsageError(Usage::NeedsFile("budget")))?;
            Ok(Command::Budget { json, file })
        }
        Some("export") => parse_export(args),
        Some("import") => parse_import(args),
        Some("merge") => parse_merge(args),
        Some("diff") => parse_diff(args),
        Some("fmt") => {
            let files: Vec<PathBuf> = args.map(PathBuf::from).collect();
            if files.is_empty() {
                return Err(UsageError(Usage::NeedsFiles("fmt")));
            }
            Ok(Command::Fmt { files })
        }
        _ if std::path::Path::new(&first)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron")) =>
        {
            match args.next() {
                Some(extra) => Err(UsageError(Usage::Unexpected(
                    extra.to_string_lossy().into_owned(),
                ))),
                None => Ok(Command::GuiDossier(PathBuf::from(first))),
            }
        }
        _ => Err(UsageError(Usage::UnknownCommand(
            first.to_string_lossy().into_owned(),
        ))),
    }
}

/// What `--format` names.
enum ExportFormat {
    Pdf,
    Table(crate::export::Format),
}

fn parse_export(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut file = None;
    let mut format = None;
    let mut table = None;
    let mut output = None;
    let mut document = crate::export::pdf::Document::Summary;
    let mut landscape = false;
    let mut csv = crate::export::csv::CsvOptions::default();
    let mut template = None;
    let mut project = None;
    let mut args = args;
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .map(|v| v.to_string_lossy().into_owned())
                .ok_or_else(|| UsageError(Usage::NeedsValue(name.to_owned())))
        };
        match a.to_str() {
            Some("--format") => {
                format = Some(match value("--format")?.as_str() {
                    "csv" => ExportFormat::Table(crate::export::Format::Csv),
                    "xlsx" => ExportFormat::Table(crate::export::Format::Xlsx),
                    "pdf" => ExportFormat::Pdf,
                    other => {
                        return Err(UsageError(Usage::UnknownFormat(other.to_owned())));
                    }
                });
            }
            Some("--table") => {
                let name = value("--table")?;
                table = Some(
                    crate::export::TableKind::from_name(&name)
                        .ok_or_else(|| UsageError(Usage::UnknownTable(name.clone())))?,
                );
            }
            // A file name is kept as the system gave it (a non-UTF-8 name is not mangled).
            Some("--output" | "-o") => {
                output = Some(PathBuf::from(args.next().ok_or_else(|| {
                    UsageError(Usage::NeedsValue("--output".to_owned()))
                })?));
            }
            Some("--document") => {
                document = match value("--document")?.as_str() {
                    "summary" => crate::export::pdf::Document::Summary,
                    "application" => crate::export::pdf::Document::Application,
                    other => {
                        return Err(UsageError(Usage::UnknownDocument(other.to_owned())));
                    }
                };
            }
            Some("--landscape") => landscape = true,
            Some("--template") => {
                template = Some(PathBuf::from(args.next().ok_or_else(|| {
                    UsageError(Usage::NeedsValue("--template".to_owned()))
                })?));
            }
            Some("--project") => project = Some(value("--project")?),
            Some("--separateur") => {
                csv.separator = match value("--separateur")?.as_str() {
                    ";" => ';',
                    "," => ',',
                    "tab" => '\t',
                    other => {
                        return Err(UsageError(Usage::UnknownSeparator(other.to_owned())));
                    }
                };
            }
            Some("--point-decimal") => csv.decimal_comma = false,
            Some("--sans-bom") => csv.bom = false,
            Some(o) if o.starts_with("--") => {
                return Err(UsageError(Usage::UnknownOption {
                    command: "export",
                    option: o.to_owned(),
                }));
            }
            _ if file.is_none() => file = Some(PathBuf::from(a)),
            _ => {
                return Err(UsageError(Usage::Unexpected(
                    a.to_string_lossy().into_owned(),
                )));
            }
        }
    }
    let file = file.ok_or(UsageError(Usage::NeedsFile("export")))?;
    let output = output.ok_or(UsageError(Usage::NeedsOption("export", "--output")))?;
    match format.ok_or(UsageError(Usage::NeedsOption("export", "--format")))? {
        ExportFormat::Pdf => Ok(Command::ExportPdf {
            file,
            options: crate::export::pdf::PdfOptions {
                document,
                landscape,
                ..Default::default()
            },
            output,
        }),
        ExportFormat::Table(format) => {
            let table = table.ok_or(UsageError(Usage::NeedsOption("export", "--table")))?;
            match template {
                // Only the Beneficiary Module's layout writes into a template.
                Some(_) if table.name() != "mobilities-bm" => Err(UsageError(Usage::NeedsOption(
                    "export --template",
                    "--table mobilities-bm",
                ))),
                Some(template) => Ok(Command::ExportBm(Box::new(export_bm::BmArgs {
                    file,
                    format,
                    template,
                    project,
                    csv,
                    output,
                }))),
                None => Ok(Command::Export {
                    file,
                    format,
                    table,
                    csv,
                    output,
                }),
            }
        }
    }
}

fn parse_import(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args;
    let kind_name = args
        .next()
        .map(|k| k.to_string_lossy().into_owned())
        .ok_or(UsageError(Usage::NeedsList))?;
    if kind_name == "campus" {
        return parse_import_campuses(args);
    }
    let kind = crate::import::importable_named(&kind_name)
        .ok_or_else(|| UsageError(Usage::UnknownList(kind_name.clone())))?;
    let mut source = None;
    let mut into = None;
    let mut mapping = None;
    let mut save_mapping = None;
    let mut dry_run = false;
    let mut accept_partial = false;
    let mut duplicates = crate::import::DuplicatePolicy::Skip;
    let mut filter = crate::import::Filter::default();
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .map(PathBuf::from)
                .ok_or_else(|| UsageError(Usage::NeedsValue(name.to_owned())))
        };
        match a.to_str() {
            Some("--into") => into = Some(value("--into")?),
            Some("--mapping") => mapping = Some(value("--mapping")?),
            Some("--save-mapping") => save_mapping = Some(value("--save-mapping")?),
            Some("--dry-run") => dry_run = true,
            Some("--accept-partial") => accept_partial = true,
            Some("--only-lycees-cfa") => filter.lycees_and_cfa = true,
            Some("--only-voie-pro") => filter.vocational = true,
            Some("--with-schools") => filter.below_lycee = true,
            Some("--duplicates") => {
                duplicates = match value("--duplicates")?.to_string_lossy().as_ref() {
                    "skip" => crate::import::DuplicatePolicy::Skip,
                    "update" => crate::import::DuplicatePolicy::Update,
                    "add" => crate::import::DuplicatePolicy::Add,
                    other => {
                        return Err(UsageError(Usage::UnknownDuplicates(other.to_owned())));
                    }
                };
            }
            Some(o) if o.starts_with("--") => {
                return Err(UsageError(Usage::UnknownOption {
                    command: "import",
                    option: o.to_owned(),
                }));
            }
            _ if source.is_none() => source = Some(PathBuf::from(a)),
            _ => {
                return Err(UsageError(Usage::Unexpected(
                    a.to_string_lossy().into_owned(),
                )));
            }
        }
    }
    Ok(Command::Import(Box::new(ImportArgs {
        kind,
        source: source.ok_or(UsageError(Usage::NeedsSource))?,
        into: into.ok_or(UsageError(Usage::NeedsOption("import", "--into")))?,
        mapping,
        save_mapping,
        dry_run,
        accept_partial,
        duplicates,
        filter,
    })))
}

fn parse_import_campuses(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args;
    let (mut source, mut into) = (None, None);
    let (mut dry_run, mut accept_partial) = (false, false);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--into") => {
                into = Some(PathBuf::from(args.next().ok_or_else(|| {
                    UsageError(Usage::NeedsValue("--into".to_owned()))
                })?));
            }
            Some("--dry-run") => dry_run = true,
            Some("--accept-partial") => accept_partial = true,
            Some(o) if o.starts_with("--") => {
                return Err(UsageError(Usage::UnknownOption {
                    command: "import",
                    option: o.to_owned(),
                }));
            }
            _ if source.is_none() => source = Some(PathBuf::from(a)),
            _ => {
                return Err(UsageError(Usage::Unexpected(
                    a.to_string_lossy().into_owned(),
                )));
            }
        }
    }
    Ok(Command::ImportCampuses {
        source: source.ok_or(UsageError(Usage::NeedsSource))?,
        into: into.ok_or(UsageError(Usage::NeedsOption("import", "--into")))?,
        dry_run,
        accept_partial,
    })
}

fn parse_merge(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut args = args;
    let mut files = Vec::new();
    let mut output = None;
    let mut json = false;
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--json") => json = true,
            Some("--output" | "-o") => {
                output = Some(PathBuf::from(args.next().ok_or_else(|| {
                    UsageError(Usage::NeedsValue("--output".to_owned()))
                })?));
            }
            Some(o) if o.starts_with("--") => {
                return Err(UsageError(Usage::UnknownOption {
                    command: "merge",
                    option: o.to_owned(),
                }));
            }
            _ => files.push(PathBuf::from(a)),
        }
    }
    let [base, ours, theirs]: [PathBuf; 3] = files
        .try_into()
        .map_err(|_| UsageError(Usage::MergeNeedsThree))?;
    Ok(Command::Merge(MergeArgs {
        base,
        ours,
        theirs,
        output,
        json,
    }))
}

/// `diff A B [--json]`, or git's diff-driver form: `diff PATH OLD-FILE OLD-HEX OLD-MODE
/// NEW-FILE NEW-HEX NEW-MODE`.
fn parse_diff(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut files = Vec::new();
    let mut json = false;
    for a in args {
        match a.to_str() {
            Some("--json") => json = true,
            Some(o) if o.starts_with("--") => {
                return Err(UsageError(Usage::UnknownOption {
                    command: "diff",
                    option: o.to_owned(),
                }));
            }
            _ => files.push(a),
        }
    }
    match files.len() {
        2 => Ok(Command::Diff(DiffArgs {
            a: PathBuf::from(&files[0]),
            b: PathBuf::from(&files[1]),
            name: None,
            json,
        })),
        7 => Ok(Command::Diff(DiffArgs {
            a: PathBuf::from(&files[1]),
            b: PathBuf::from(&files[4]),
            name: Some(files[0].to_string_lossy().into_owned()),
            json,
        })),
        _ => Err(UsageError(Usage::DiffNeedsTwo)),
    }
}

fn parse_timeline(args: impl Iterator<Item = OsString>) -> Result<Command, UsageError> {
    let mut json = false;
    let mut today = None;
    let mut rules = CalendarRules::default();
    let mut files = Vec::new();
    let mut args = args.peekable();
    let number = |name: &str, value: Option<OsString>| -> Result<u32, UsageError> {
        value
            .and_then(|v| v.to_str().and_then(|t| t.parse().ok()))
            .ok_or_else(|| UsageError(Usage::NeedsNumber(name.to_owned())))
    };
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--json") => json = true,
            Some("--today") => {
                let value = args
                    .next()
                    .ok_or_else(|| UsageError(Usage::NeedsValue("--today".into())))?;
                let text = value.to_string_lossy();
                today = Some(
                    NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                        .map_err(|_| UsageError(Usage::BadDate(text.clone().into_owned())))?,
                );
            }
            Some("--bilan-2019") => {
                rules.bilan_2019_years = Some(number("--bilan-2019", args.next())?);
            }
            Some("--preavis-mois") => {
                rules.renewal_lead_months = number("--preavis-mois", args.next())?;
            }
            Some(o) if o.starts_with("--") => {
                return Err(UsageError(Usage::UnknownOption {
                    command: "timeline",
                    option: o.to_owned(),
                }));
            }
            _ => files.push(PathBuf::from(a)),
        }
    }
    if files.is_empty() {
        return Err(UsageError(Usage::NeedsFiles("timeline")));
    }
    Ok(Command::Timeline {
        json,
        today,
        rules,
        files,
    })
}

/// Runs a command that needs no window, writing to `out`; returns the process exit code.
pub fn run(command: &Command, out: &mut impl Write) -> io::Result<u8> {
    let s = crate::i18n::Lang::from_env().strings();
    match command {
        Command::Gui { .. } | Command::GuiDossier(_) => Ok(0),
        Command::Help => {
            out.write_all(s.usage.as_bytes())?;
            Ok(0)
        }
        Command::Version => {
            writeln!(out, "cmq-dossiers {}", env!("CARGO_PKG_VERSION"))?;
            Ok(0)
        }
        Command::Check {
            json,
            readiness: true,
            files,
        } => readiness::run(s, files, *json, out),
        Command::Check { json, files, .. } => {
            let outcomes = check_files(files, s);
            let lines = reported(&outcomes);
            if *json {
                serde_json::to_writer_pretty(&mut *out, &lines).map_err(io::Error::other)?;
                writeln!(out)?;
            } else {
                for r in &lines {
                    writeln!(out, "{}", r.line_text())?;
                }
            }
            Ok(exit_code(&outcomes))
        }
        Command::Timeline {
            json,
            today,
            rules,
            files,
        } => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            timeline::run(s, files, *json, today, rules, out)
        }
        Command::Export {
            file,
            format,
            table,
            csv,
            output,
        } => export::run(s, file, *format, csv, *table, output, out),
        Command::ExportPdf {
            file,
            options,
            output,
        } => export::run_pdf(s, file, options, output, out),
        Command::Import(args) => import::run(args, s, out),
        Command::ExportBm(args) => export_bm::run(s, args, out),
        Command::Budget { json, file } => budget::run(s, file, *json, out),
        Command::ImportCampuses {
            source,
            into,
            dry_run,
            accept_partial,
        } => import_campuses::run(
            s,
            &import_campuses::Args {
                source,
                into,
                dry_run: *dry_run,
                accept_partial: *accept_partial,
            },
            out,
        ),
        Command::Merge(args) => merge::run(s, args, out),
        Command::Diff(args) => merge::run_diff(s, args, out),
        Command::Fmt { files } => {
            let mut code = 0;
            for f in files {
                // Under the dossier's lock, as every writer: never over a window's edits.
                let result =
                    crate::session::Document::open_to_write(f, crate::session::WRITER_PATIENCE)
                        .and_then(|mut doc| match doc.read_only() {
                            Some(newer) => Err(store::StoreError::new(
                                f,
                                store::StoreErrorKind::NewerVersion(newer),
                            )
                            .into()),
                            None => doc.save(true).map(|_| ()),
                        });
                if let Err(e) = result {
                    eprintln!("{}", s.save_failure(&e));
                    code = 2;
                }
            }
            Ok(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn parses_each_form() {
        assert_eq!(
            parse(args(&[])),
            Ok(Command::Gui {
                workspace: None,
                examples: false
            })
        );
        assert_eq!(
            parse(args(&["--workspace", "/tmp/w"])),
            Ok(Command::Gui {
                workspace: Some("/tmp/w".into()),
                examples: false
            })
        );
        assert_eq!(
            parse(args(&["/tmp/w/campus.ron"])),
            Ok(Command::GuiDossier("/tmp/w/campus.ron".into()))
        );
        assert_eq!(
            parse(args(&["--examples"])),
            Ok(Command::Gui {
                workspace: None,
                examples: true
            })
        );
        assert_eq!(
            parse(args(&["check", "--json", "a.ron", "b.ron"])),
            Ok(Command::Check {
                json: true,
                readiness: false,
                files: vec!["a.ron".into(), "b.ron".into()]
            })
        );
    }

    #[test]
    fn rejects_nonsense_with_a_reason() {
        let fr = |e: UsageError| e.text(crate::i18n::Lang::Fr.strings());
        let en = |e: UsageError| e.text(crate::i18n::Lang::En.strings());
        assert!(parse(args(&["check"])).is_err_and(|e| fr(e).contains("au moins un fichier")));
        assert!(parse(args(&["check"])).is_err_and(|e| en(e).contains("at least one .ron file")));
        assert!(parse(args(&["--workspace"])).is_err());
        assert!(parse(args(&["frobnicate"])).is_err_and(|e| fr(e).contains("frobnicate")));
        assert!(parse(args(&["check", "--yaml", "a.ron"])).is_err());
        assert!(
            parse(args(&["timeline", "--today", "22/11/2026", "a.ron"]))
                .is_err_and(|e| fr(e).contains("AAAA-MM-JJ"))
        );
    }
}
