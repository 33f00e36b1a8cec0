//! Erasmus+ in the window: the unit-cost tables of the open dossier's workspace (read once per
//! folder), and the export of a project's participants into the user's own Beneficiary Module
//! file — which template, where to write, then the report of the rows it would refuse.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::export::bm::{BmReport, into_template, report_lines};
use crate::export::csv::CsvOptions;
use crate::export::{self, Format, TableData};
use crate::i18n::fill;
use crate::import::read::{bm_template, read_file};
use crate::model::ids::ProjectId;
use crate::rules::bm::{Mapping, Template};
use crate::session::{self, Progress, load_mapping, mapping_path, save_mapping};
use crate::ui::dialogs::Dialog;
use crate::ui::folder_picker::{self, Request};

use super::CmqApp;
use super::exports::Purpose;

/// Where the template file can be.
const TEMPLATES: &[&str] = &["xlsx", "csv", "xls", "ods"];

/// A BM file laid out, waiting for where to write it.
pub(super) struct BmPending {
    table: TableData,
    format: Format,
    csv: CsvOptions,
    template: Template,
    reference: String,
    report: BmReport,
    mapping: Mapping,
    /// Where the mapping is saved, and whether it must be (none was).
    mapping_path: PathBuf,
    save_mapping: bool,
}

impl CmqApp {
    /// The unit-cost tables of the open dossier's workspace: read again when the folder
    /// changes; a dropped file that does not read is said once.
    pub(super) fn refresh_grants(&mut self) {
        let Some(folder) = self
            .doc
            .as_ref()
            .and_then(|d| d.path().parent().map(Path::to_owned))
        else {
            return;
        };
        if self.grants.as_ref().is_some_and(|(f, _)| *f == folder) {
            return;
        }
        let tables = session::grant_tables(&folder);
        for e in &tables.errors {
            self.say(
                fill(self.s().budget_table_error, &[("error", &e.to_string())]),
                true,
            );
        }
        self.grants = Some((folder, tables));
    }

    /// Asks for the BM file exported from project `id`.
    pub(super) fn request_bm_export(&mut self, id: ProjectId) {
        let start = self
            .doc
            .as_ref()
            .and_then(|d| d.path().parent().map(Path::to_owned));
        let filter = self.s().import.spreadsheets;
        self.pending_pick = folder_picker::start(
            Arc::clone(&self.picker),
            Request::Open {
                start,
                filter,
                extensions: TEMPLATES,
            },
        )
        .map(|p| (p, Purpose::BmTemplate(id)));
    }

    /// Lays the participants of project `id` out as the template at `path`, then asks where
    /// to write the file.
    pub(super) fn bm_template_chosen(&mut self, id: &ProjectId, path: &Path) {
        let s = self.s();
        let Some(doc) = self.doc.as_ref() else { return };
        let d = doc.dossier();
        let Some(project) = d.projects.iter().find(|p| &p.id == id) else {
            return;
        };
        let sheet = match read_file(path, &Progress::default()) {
            Ok(sheet) => sheet,
            Err(e) => {
                self.say(e.text(s), true);
                return;
            }
        };
        let template = bm_template(&sheet);
        let workspace = doc.path().parent().unwrap_or(Path::new("."));
        let saved_at = mapping_path(workspace, project);
        let saved = match load_mapping(&saved_at) {
            Ok(saved) => saved,
            Err(e) => {
                self.say(fill(s.bm_mapping_error, &[("error", &e.to_string())]), true);
                return;
            }
        };
        let mapping = Mapping::of(&template, saved.as_ref());
        let (table, report) = into_template(d, project, &template, &mapping);
        let format = if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            Format::Csv
        } else {
            Format::Xlsx
        };
        let mut csv = CsvOptions::default();
        if let Some(separator) = sheet.info.delimiter {
            csv.separator = separator;
        }
        let name = format!(
            "{}-{}.{}",
            path.file_stem()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            s.bm_file_suffix,
            format.extension()
        );
        let pending = BmPending {
            table,
            format,
            csv,
            template,
            reference: project.reference.clone(),
            report,
            mapping,
            mapping_path: saved_at,
            save_mapping: saved.is_none(),
        };
        self.pending_pick = folder_picker::start(
            Arc::clone(&self.picker),
            Request::Save {
                start: path.parent().map(Path::to_owned),
                name,
            },
        )
        .map(|p| (p, Purpose::BmOutput(Box::new(pending))));
    }

    /// Writes the laid-out file at `path` in the background, saves the mapping the first
    /// time, and shows the report.
    pub(super) fn bm_output_chosen(&mut self, pending: BmPending, path: &Path) {
        let s = self.s();
        let BmPending {
            table,
            format,
            csv,
            template,
            reference,
            report,
            mapping,
            mapping_path,
            save_mapping: save,
        } = pending;
        match export::Job::start_csv(table, format, csv, path.to_owned()) {
            Ok(job) => self.job = Some((job, false)),
            Err(e) => {
                self.say(e.to_string(), true);
                return;
            }
        }
        let project = crate::model::project::Project {
            reference,
            ..Default::default()
        };
        let mut lines = report_lines(s, &template, &project, &report, path);
        if save {
            match save_mapping(&mapping_path, &mapping) {
                Ok(()) => lines.insert(
                    0,
                    fill(
                        s.bm_mapping_saved,
                        &[("file", &mapping_path.display().to_string())],
                    ),
                ),
                Err(e) => self.say(s.file_error(&e), true),
            }
        } else {
            lines.insert(
                0,
                fill(
                    s.bm_mapping_used,
                    &[("file", &mapping_path.display().to_string())],
                ),
            );
        }
        self.dialog = Some(Dialog::Report {
            title: s.bm_report_title.to_owned(),
            lines,
        });
    }
}
