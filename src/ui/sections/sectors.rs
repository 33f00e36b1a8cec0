//! Filières & formations: the campus's sectors, each with its formations.

use egui::Ui;

use crate::model::ids::FormationId;
use crate::model::sector::{Formation, FormationStatus, Sector};
use crate::ui::widgets::form::{Form, combo, number_edit};
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

impl ListSection for Sector {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
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
                    (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
                    (Some(a), _) => a.to_string(),
                    _ => String::new(),
                }
            }),
        ];
        let all_formation_ids = || {
            d.sectors
                .iter()
                .flat_map(|x| x.formations.iter().map(|f| f.id.clone()))
        };
        let spec = ListSpec {
            id: "sectors",
            columns: &columns,
            fill_new: &|_| {},
            renew_inner: Some(&|x: &mut Sector| {
                let mut taken: Vec<FormationId> = all_formation_ids().collect();
                for f in &mut x.formations {
                    f.id = FormationId::next_free(&taken);
                    taken.push(f.id.clone());
                }
            }),
            scroll_form: true,
        };
        let partners = ctx.partner_options();
        list::ui(ui, ctx, &spec, |ui, form, x| {
            Form::grid(ui, "sector-grid", |ui| {
                form.text(ui, s.sector, "name", &mut x.name);
            });
            ui.strong(s.formations);
            let statuses = enum_options(&FormationStatus::ALL, s.formation_status_label);
            let mut remove = None;
            // The delete button first and the diploma as wide as the room allows: at 1280 px,
            // even with the checks panel open, no part of a row is out of sight.
            let spacing = ui.spacing().item_spacing.x;
            // Delete button, level (a number field), status and establishment (pick-lists with
            // their arrows), and the spaces between the six columns.
            let diploma_width =
                (ui.available_width() - 30.0 - 120.0 - 160.0 - 310.0 - 6.0 * spacing)
                    .clamp(160.0, 380.0);
            egui::Grid::new("formations")
                .num_columns(5)
                .striped(true)
                .show(ui, |ui| {
                    ui.label("");
                    let headers: Vec<egui::Id> = [s.diploma, s.level, s.status, s.establishment]
                        .into_iter()
                        .map(|h| ui.weak(h).id)
                        .collect();
                    ui.end_row();
                    for (j, f) in x.formations.iter_mut().enumerate() {
                        let path = form.path(&format!("formations[{j}]"));
                        if ui.small_button("🗑").on_hover_text(s.delete).clicked() {
                            remove = Some(j);
                        }
                        ui.vertical(|ui| {
                            ui.set_max_width(diploma_width);
                            ui.add_sized(
                                [diploma_width, 20.0],
                                egui::TextEdit::singleline(&mut f.diploma),
                            )
                            .labelled_by(headers[0]);
                            form.messages(ui, &format!("{path}.diploma"));
                        });
                        ui.vertical(|ui| {
                            ui.set_max_width(120.0);
                            number_edit(ui, s, egui::Id::unique(("level", &path)), &mut f.level)
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
                            ui.set_max_width(300.0);
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
                        ui.end_row();
                    }
                });
            if let Some(j) = remove {
                x.formations.remove(j);
            }
            if ui.button(format!("✚ {}", s.formations)).clicked() {
                x.formations.push(Formation {
                    id: FormationId::next_free(&all_formation_ids().collect::<Vec<_>>()),
                    diploma: String::new(),
                    level: 4,
                    status: FormationStatus::Scolaire,
                    etablissement: None,
                });
            }
        });
    }
}
