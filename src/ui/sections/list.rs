//! What every list section shares: the table, its add / duplicate / delete buttons turned into
//! edits, and the form of the selected record turned into a `Replace` edit when it changed.

use egui::Ui;

use crate::session::{Edit, ListKind, Record};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{self, TableAction, TableView};

use super::{Request, SectionCtx};

/// A list of records shown as a table with a form.
pub struct ListSpec<'t, 'a, T> {
    /// What the table shows.
    pub view: TableView<'t, 'a, T>,
    /// Which list of the dossier.
    pub list: ListKind,
    /// Wraps a record for an edit.
    pub wrap: fn(T) -> Record,
    /// A new blank record, with a fresh id.
    pub blank: &'t dyn Fn() -> T,
    /// Gives a duplicate a fresh id.
    pub renew_id: &'t dyn Fn(&mut T),
    /// True when deleting the record at this index needs a confirmation.
    pub referenced: &'t dyn Fn(usize) -> bool,
    /// Put the form in its own scroll area (not when the section already scrolls).
    pub scroll_form: bool,
}

/// Draws the table and, under it, `form` for the selected record.
pub fn ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    ctx: &mut SectionCtx<'_>,
    spec: &ListSpec<'_, '_, T>,
    form: impl FnOnce(&mut Ui, &mut Form<'_>, &mut T),
) {
    let view = &spec.view;
    let action = table::show(ui, ctx.table, view, ctx.s);
    match action {
        Some(TableAction::Add) => {
            let record = (spec.blank)();
            ctx.table.selected = Some((view.id_of)(&record).to_owned());
            ctx.table.filter.clear();
            ctx.edits.push(Edit::Insert {
                index: view.rows.len(),
                record: (spec.wrap)(record),
            });
        }
        Some(TableAction::Duplicate(i)) => {
            if let Some(original) = view.rows.get(i) {
                let mut copy = original.clone();
                (spec.renew_id)(&mut copy);
                ctx.table.selected = Some((view.id_of)(&copy).to_owned());
                ctx.edits.push(Edit::Insert {
                    index: i + 1,
                    record: (spec.wrap)(copy),
                });
            }
        }
        Some(TableAction::Delete(i)) => {
            if (spec.referenced)(i) {
                ctx.requests.push(Request::ConfirmDelete {
                    list: spec.list,
                    index: i,
                });
            } else {
                ctx.edits.push(Edit::Remove {
                    list: spec.list,
                    index: i,
                });
                ctx.table.selected = None;
            }
        }
        Some(TableAction::Import) => {
            if let Some(kind) = import_kind(spec.list) {
                ctx.requests.push(Request::Import(kind));
            }
        }
        Some(TableAction::Export { format, rows }) => {
            if let Some(kind) = export_kind(spec.list) {
                ctx.requests.push(Request::Export { kind, format, rows });
            }
        }
        None => {}
    }
    ui.separator();
    let selected = ctx.table.selected_index(view.rows.iter().map(view.id_of));
    let Some((index, original)) = selected.and_then(|i| Some((i, view.rows.get(i)?))) else {
        ui.weak(ctx.s.select_row);
        return;
    };
    let mut record = original.clone();
    let base = format!("{}[{index}]", spec.list.field_name());
    let draw = |ui: &mut Ui| {
        let mut f = Form::new(ui, ctx.s, ctx.doc.findings(), ctx.focus, base);
        form(ui, &mut f, &mut record);
    };
    if spec.scroll_form {
        egui::ScrollArea::vertical()
            .id_salt((view.id, "form"))
            .show(ui, draw);
    } else {
        draw(ui);
    }
    if record != *original {
        ctx.edits.push(Edit::Replace {
            index,
            record: (spec.wrap)(record),
        });
    }
}

/// The export table of a list, if it has one.
fn export_kind(list: ListKind) -> Option<crate::export::TableKind> {
    use crate::export::TableKind;
    match list {
        ListKind::Partners => Some(TableKind::Partners),
        ListKind::Actions => Some(TableKind::Actions),
        ListKind::Mobilities => Some(TableKind::Mobilities),
        ListKind::Indicators => Some(TableKind::Indicators),
        ListKind::Milestones => Some(TableKind::Milestones),
        ListKind::Decisions | ListKind::Sectors => None,
    }
}

/// The list an import fills, if a spreadsheet can fill it.
fn import_kind(list: ListKind) -> Option<crate::import::ImportKind> {
    use crate::import::ImportKind;
    match list {
        ListKind::Partners => Some(ImportKind::Partners),
        ListKind::Actions => Some(ImportKind::Actions),
        ListKind::Mobilities => Some(ImportKind::Mobilities),
        ListKind::Indicators => Some(ImportKind::Indicators),
        ListKind::Decisions | ListKind::Sectors | ListKind::Milestones => None,
    }
}
