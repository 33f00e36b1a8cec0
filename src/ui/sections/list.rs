//! What every list section shares: the table, its add / duplicate / delete / import / export
//! buttons turned into edits and requests, and the form of the selected record turned into a
//! `Replace` edit when it changed. Everything here comes from the registry ([`RecordKind`]): a
//! new kind of record only brings its columns and its form.

use egui::Ui;

use crate::model::RecordKind;
use crate::session::Edit;
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{self, Column, TableAction, TableView};

use super::{Request, SectionCtx};

/// A list of records shown as a table with a form.
pub struct ListSpec<'t, 'a, T> {
    /// Id of the table (unique in the window).
    pub id: &'t str,
    /// The columns.
    pub columns: &'t [Column<'a, T>],
    /// Fills in a new record (it already has its fresh id) from its context: today's date,
    /// the last record's project…
    pub fill_new: &'t dyn Fn(&mut T),
    /// Gives a duplicate's inner records fresh ids (a sector's formations), when it has any.
    pub renew_inner: Option<&'t dyn Fn(&mut T)>,
    /// Put the form in its own scroll area (not when the section already scrolls).
    pub scroll_form: bool,
}

/// Draws the table of `T` records and, under it, `form` for the selected record.
pub fn ui<T: RecordKind>(
    ui: &mut Ui,
    ctx: &mut SectionCtx<'_>,
    spec: &ListSpec<'_, '_, T>,
    form: impl FnOnce(&mut Ui, &mut Form<'_>, &mut T),
) {
    let doc = ctx.doc;
    let d = doc.dossier();
    let kind = T::KIND;
    let rows = T::list(d);
    let capabilities = kind.capabilities();
    let revisions = doc.revisions();
    let view = TableView {
        id: spec.id,
        rows,
        columns: spec.columns,
        id_of: T::id,
        revision: revisions.of(kind),
        replaced_since: &|since| revisions.replaced_since(kind, since),
        editable: true,
        exportable: capabilities.export,
        importable: capabilities.import,
    };
    match table::show(ui, ctx.table, &view, ctx.s) {
        Some(TableAction::Add) => {
            let mut record = T::default();
            record.set_id(kind.next_id(d));
            (spec.fill_new)(&mut record);
            ctx.table.selected = Some(record.id().to_owned());
            ctx.table.filter.clear();
            ctx.edits.push(Edit::Insert {
                index: rows.len(),
                record: record.into_record(),
            });
        }
        Some(TableAction::Duplicate(i)) => {
            if let Some(original) = rows.get(i) {
                let mut copy = original.clone();
                copy.set_id(kind.next_id(d));
                if let Some(renew) = spec.renew_inner {
                    renew(&mut copy);
                }
                ctx.table.selected = Some(copy.id().to_owned());
                ctx.edits.push(Edit::Insert {
                    index: i + 1,
                    record: copy.into_record(),
                });
            }
        }
        Some(TableAction::Delete(i)) => {
            let referenced = rows
                .get(i)
                .is_some_and(|r| !d.references_to(kind, r.id()).is_empty());
            if referenced {
                ctx.requests.push(Request::ConfirmDelete {
                    list: kind,
                    index: i,
                });
            } else {
                ctx.edits.push(Edit::Remove {
                    list: kind,
                    index: i,
                });
                ctx.table.selected = None;
            }
        }
        Some(TableAction::Import) => ctx.requests.push(Request::Import(kind)),
        Some(TableAction::Export { format, rows }) => {
            if let Some(table) = crate::export::TableKind::of_list(kind) {
                ctx.requests.push(Request::Export {
                    kind: table,
                    format,
                    rows,
                });
            }
        }
        None => {}
    }
    ui.separator();
    let selected = ctx.table.selected_index(rows.iter().map(T::id));
    let Some((index, original)) = selected.and_then(|i| Some((i, rows.get(i)?))) else {
        ui.weak(ctx.s.select_row);
        return;
    };
    let mut record = original.clone();
    let focus_first = std::mem::take(&mut ctx.table.focus_form);
    let draw = |ui: &mut Ui| {
        let mut f = Form::new(ui, ctx.s, doc.findings(), ctx.focus, kind.path(index));
        if focus_first {
            f.focus_first_field();
        }
        form(ui, &mut f, &mut record);
    };
    let form_height = if spec.scroll_form {
        egui::ScrollArea::vertical()
            .id_salt((spec.id, "form"))
            .show(ui, draw)
            .content_size
            .y
    } else {
        ui.scope(draw).response.rect.height()
    };
    // The table gives the form the room the tallest form of this list needed so far.
    ctx.table.form_height = ctx.table.form_height.max(form_height);
    if record != *original {
        ctx.edits.push(Edit::Replace {
            index,
            record: record.into_record(),
        });
    }
}
