//! Filières & formations: the campus's sectors, each with its formations.

use egui::Ui;

use crate::model::ids::{FormationId, SectorId};
use crate::model::sector::{Formation, FormationStatus, Sector};
use crate::session::{Edit, ListKind, Record};
use crate::ui::widgets::form::{Form, combo, number_edit};
use crate::ui::widgets::table::{self, Column, SortKey, TableView};

use super::{SectionCtx, enum_options};

/// Draws the sector table and, for the selected sector, its formations.
pub fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
    let s = ctx.s;
    let doc = ctx.doc;
    let d = doc.dossier();
    let columns = [
        Column::new(s.sector, 320.0, |x: &Sector| x.name.clone()),
        Column::new(s.formations, 110.0, |x: &Sector| {
            x.formations.len().to_string()
        })
        .sort_by(|x: &Sector| SortKey::Int(x.formations.len() as i64)),
        Column::new(s.level, 110.0, |x: &Sector| {
            let levels: Vec<u8> = x.formations.iter().map(|f| f.level).collect();
            match (levels.iter().min(), levels.iter().max()) {
                (Some(a), Some(b)) if a != b => format!("{a} à {b}"),
                (Some(a), _) => a.to_string(),
                _ => String::new(),
            }
        }),
    ];
    let action = table::show(
        ui,
        ctx.table,
        &TableView {
            id: "sectors",
            rows: &d.sectors,
            columns: &columns,
            id_of: |x| x.id.as_str(),
            revision: ctx.revision,
        },
        s,
    );
    let all_formation_ids = || {
        d.sectors
            .iter()
            .flat_map(|x| x.formations.iter().map(|f| &f.id))
    };
    ctx.handle(
        action,
        ListKind::Sectors,
        d.sectors.len(),
        || {
            let id = SectorId::next_free(d.sectors.iter().map(|x| &x.id));
            (
                Record::Sector(Sector {
                    id: id.clone(),
                    name: String::new(),
                    formations: Vec::new(),
                }),
                id.0,
            )
        },
        |i| {
            let mut x = d.sectors.get(i)?.clone();
            x.id = SectorId::next_free(d.sectors.iter().map(|x| &x.id));
            let mut next = FormationId::next_free(all_formation_ids());
            for f in &mut x.formations {
                f.id = next.clone();
                let n: u64 = next
                    .0
                    .trim_start_matches(FormationId::PREFIX)
                    .parse()
                    .unwrap_or(0);
                next = FormationId(format!("{}{}", FormationId::PREFIX, n + 1));
            }
            let id = x.id.0.clone();
            Some((Record::Sector(x), id))
        },
        |_| false,
    );
    ui.separator();
    let Some(index) = ctx
        .table
        .selected_index(d.sectors.iter().map(|x| x.id.as_str()))
    else {
        ui.weak(s.select_row);
        return;
    };
    let Some(original) = d.sectors.get(index) else {
        return;
    };
    let mut x = original.clone();
    let partners = ctx.partner_options();
    egui::ScrollArea::vertical()
        .id_salt("sector-form")
        .show(ui, |ui| {
            let mut form = Form::new(
                ui,
                s,
                doc.findings(),
                ctx.focus,
                format!("sectors[{index}]"),
            );
            Form::grid(ui, "sector-grid", |ui| {
                form.text(ui, s.sector, "name", &mut x.name);
            });
            ui.strong(s.formations);
            let statuses = enum_options(&FormationStatus::ALL, &s.formation_statuses);
            let mut remove = None;
            egui::Grid::new("formations")
                .num_columns(5)
                .striped(true)
                .show(ui, |ui| {
                    let headers: Vec<egui::Id> = [s.diploma, s.level, s.status, s.establishment]
                        .into_iter()
                        .map(|h| ui.weak(h).id)
                        .collect();
                    ui.end_row();
                    for (j, f) in x.formations.iter_mut().enumerate() {
                        let path = format!("sectors[{index}].formations[{j}]");
                        ui.vertical(|ui| {
                            ui.add_sized([380.0, 20.0], egui::TextEdit::singleline(&mut f.diploma))
                                .labelled_by(headers[0]);
                            form.messages(ui, &format!("{path}.diploma"));
                        });
                        ui.vertical(|ui| {
                            number_edit(ui, egui::Id::unique(("level", &path)), &mut f.level)
                                .labelled_by(headers[1]);
                            form.messages(ui, &format!("{path}.level"));
                        });
                        combo(
                            ui,
                            egui::Id::unique(("status", &path)),
                            &mut f.status,
                            &statuses,
                            150.0,
                        )
                        .labelled_by(headers[2]);
                        ui.vertical(|ui| {
                            combo(
                                ui,
                                egui::Id::unique(("etab", &path)),
                                &mut f.etablissement,
                                &partners,
                                300.0,
                            )
                            .labelled_by(headers[3]);
                            form.messages(ui, &format!("{path}.etablissement"));
                        });
                        if ui.small_button("🗑").on_hover_text(s.delete).clicked() {
                            remove = Some(j);
                        }
                        ui.end_row();
                    }
                });
            if let Some(j) = remove {
                x.formations.remove(j);
            }
            if ui.button(format!("✚ {}", s.formations)).clicked() {
                x.formations.push(Formation {
                    id: FormationId::next_free(all_formation_ids()),
                    diploma: String::new(),
                    level: 4,
                    status: FormationStatus::Scolaire,
                    etablissement: None,
                });
            }
        });
    if x != *original {
        ctx.edits.push(Edit::Replace {
            index,
            record: Record::Sector(x),
        });
    }
}
