//! The import flow of the window: pick a file, read it in the background, map its columns,
//! check the rows in the background, then write the import as one undo step.

use std::path::Path;
use std::sync::Arc;

use crate::i18n::fill;
use crate::import::{DuplicatePolicy, Filter, ImportJob, Mapping, ReadError};
use crate::model::ListKind;
use crate::ui::folder_picker::{self, Request};
use crate::ui::import_dialog::{self, ImportAction, ImportFlow, Stage};
use crate::ui::sections::Section;

use super::CmqApp;
use super::exports::Purpose;

/// Extensions the import reads.
const SOURCES: &[&str] = &["csv", "txt", "tsv", "xlsx", "xlsm", "xls", "ods"];

impl CmqApp {
    /// Asks which file to import into `kind`, then reads it in the background.
    pub(super) fn request_import(&mut self, kind: ListKind) {
        let s = self.s();
        let Some(doc) = self.doc.as_ref() else {
            self.say(s.no_dossier, true);
            return;
        };
        if doc.is_read_only() {
            self.say(s.read_only, true);
            return;
        }
        let start = doc.path().parent().map(Path::to_owned);
        let filter = s.import.spreadsheets;
        self.pending_pick = folder_picker::start(
            Arc::clone(&self.picker),
            Request::Open {
                start,
                filter,
                extensions: SOURCES,
            },
        )
        .map(|p| (p, Purpose::ImportSource(kind)));
    }

    /// Starts reading `path` for an import into `kind`.
    pub(super) fn start_import(&mut self, kind: ListKind, path: std::path::PathBuf) {
        match ImportJob::read(path.clone()) {
            Ok(job) => {
                self.import = Some(ImportFlow {
                    source: path,
                    stage: Stage::Reading { kind, job },
                    policy: DuplicatePolicy::Skip,
                    filter: Filter::default(),
                });
            }
            Err(e) => self.say(e.to_string(), true),
        }
    }

    /// Moves the import on when its background step ended.
    pub(super) fn poll_import(&mut self, ctx: &egui::Context) {
        let Some(mut flow) = self.import.take() else {
            return;
        };
        flow.stage = match flow.stage {
            Stage::Reading { kind, job } if job.is_finished() => match job.finish() {
                Ok(sheet) => {
                    let mapping = Mapping::guess(kind, &sheet.headers);
                    Stage::Mapping {
                        sheet: Arc::new(sheet),
                        mapping,
                    }
                }
                Err(e) => {
                    if !matches!(e, ReadError::Cancelled) {
                        self.say(e.text(self.s()), true);
                    }
                    return;
                }
            },
            Stage::Checking {
                sheet,
                mapping,
                job,
            } if job.is_finished() => match job.finish() {
                Ok(mut plan) => {
                    plan.apply(flow.filter);
                    Stage::Report {
                        sheet,
                        mapping,
                        plan,
                    }
                }
                Err(_) => Stage::Mapping { sheet, mapping },
            },
            stage @ (Stage::Reading { .. } | Stage::Checking { .. }) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
                stage
            }
            stage => stage,
        };
        self.import = Some(flow);
    }

    /// Draws the import dialog and carries out what the user chose in it.
    pub(super) fn show_import(&mut self, ctx: &egui::Context) {
        let s = self.s();
        let Some(flow) = self.import.as_mut() else {
            return;
        };
        if let Some(action) = import_dialog::show(ctx, s, flow) {
            self.import_action(action);
        }
    }

    fn import_action(&mut self, action: ImportAction) {
        let Some(mut flow) = self.import.take() else {
            return;
        };
        let s = self.s();
        let start = flow.source.parent().map(Path::to_owned);
        match action {
            ImportAction::Cancel => {
                if let Stage::Reading { job, .. } = &flow.stage {
                    job.progress.cancel();
                }
                if let Stage::Checking { job, .. } = &flow.stage {
                    job.progress.cancel();
                }
                return;
            }
            ImportAction::Check => {
                if let (Stage::Mapping { sheet, mapping }, Some(doc)) =
                    (flow.stage, self.doc.as_ref())
                {
                    match ImportJob::plan(Arc::clone(&sheet), mapping.clone(), doc.snapshot()) {
                        Ok(job) => {
                            flow.stage = Stage::Checking {
                                sheet,
                                mapping,
                                job,
                            };
                        }
                        Err(e) => {
                            self.say(e.to_string(), true);
                            flow.stage = Stage::Mapping { sheet, mapping };
                        }
                    }
                } else {
                    return;
                }
            }
            ImportAction::Back => {
                if let Stage::Report { sheet, mapping, .. } = flow.stage {
                    flow.stage = Stage::Mapping { sheet, mapping };
                } else {
                    return;
                }
            }
            ImportAction::Confirm => {
                if let (Stage::Report { plan, .. }, Some(doc)) = (&flow.stage, self.doc.as_mut()) {
                    let counts = plan.counts(flow.policy);
                    if let Some(edit) = plan.edit(doc.dossier(), flow.policy) {
                        if let Err(e) = doc.apply(edit) {
                            self.say((s.edit_error)(&e), true);
                            return;
                        }
                        doc.seal_undo_step();
                    }
                    self.section = Section::of_list(plan.kind);
                    let text = s.count(
                        &s.import.done,
                        counts.added + counts.updated,
                        &[("list", (s.list_title)(plan.kind))],
                    );
                    self.say(text, false);
                }
                return;
            }
            ImportAction::SaveMapping => {
                if let Stage::Mapping { mapping, .. } = &flow.stage {
                    let mapping = mapping.clone();
                    let name = format!("correspondance-{}.ron", mapping.kind.field_name());
                    self.pending_pick = folder_picker::start(
                        Arc::clone(&self.picker),
                        Request::Save { start, name },
                    )
                    .map(|p| (p, Purpose::SaveMapping(Box::new(mapping))));
                }
            }
            ImportAction::LoadMapping => {
                self.pending_pick = folder_picker::start(
                    Arc::clone(&self.picker),
                    Request::Open {
                        start,
                        filter: "RON",
                        extensions: &["ron"],
                    },
                )
                .map(|p| (p, Purpose::LoadMapping));
            }
        }
        self.import = Some(flow);
    }

    /// Uses the mapping saved at `path` in the import dialog.
    pub(super) fn load_mapping(&mut self, path: &Path) {
        let s = self.s();
        let loaded = match Mapping::load(path) {
            Ok(m) => m,
            Err(e) => {
                self.say(s.file_error(&e), true);
                return;
            }
        };
        let mut other_kind = None;
        if let Some(ImportFlow {
            stage: Stage::Mapping { mapping, .. },
            ..
        }) = self.import.as_mut()
        {
            if loaded.kind != mapping.kind {
                other_kind = Some(loaded.kind);
            }
            *mapping = loaded;
        }
        if let Some(kind) = other_kind {
            let title = (s.list_title)(kind);
            self.say(fill(s.import.other_kind, &[("list", title)]), false);
        }
    }

    /// The import under way, if any (for tests).
    pub fn import_flow(&self) -> Option<&ImportFlow> {
        self.import.as_ref()
    }
}
