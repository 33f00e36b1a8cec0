//! The list of the workspace's dossiers: campus, label category, end of label.

use egui_extras::{Column, TableBuilder};

use crate::model::Dossier;
use crate::store::WorkspaceEntry;

/// French month names, for dates written « 6 février 2020 ».
const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A date the French way: « 6 février 2020 », « 1er mars 2021 ».
pub fn french_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike as _;
    let day = if date.day() == 1 {
        "1er".to_owned()
    } else {
        date.day().to_string()
    };
    let month = MONTHS.get(date.month0() as usize).copied().unwrap_or("");
    format!("{day} {month} {}", date.year())
}

/// Draws the table of dossiers.
pub fn ui(ui: &mut egui::Ui, entries: &[WorkspaceEntry]) {
    ui.label(format!("{} dossier(s)", entries.len()));
    TableBuilder::new(ui)
        .striped(true)
        .column(Column::auto().at_least(260.0))
        .column(Column::auto().at_least(150.0))
        .column(Column::auto().at_least(150.0))
        .column(Column::remainder())
        .header(22.0, |mut h| {
            for title in ["Campus", "Catégorie", "Fin du label", "Fichier"] {
                h.col(|ui| {
                    ui.strong(title);
                });
            }
        })
        .body(|body| {
            body.rows(22.0, entries.len(), |mut row| {
                let Some(entry) = entries.get(row.index()) else {
                    return;
                };
                let file = entry
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match &entry.result {
                    Ok(loaded) => {
                        let d = &loaded.dossier;
                        row.col(|ui| {
                            ui.label(d.campus.display_name());
                        });
                        row.col(|ui| {
                            ui.label(d.category().map_or("—", |c| c.label_fr()));
                        });
                        row.col(|ui| {
                            ui.label(end_text(d));
                        });
                    }
                    Err(e) => {
                        row.col(|ui| {
                            ui.colored_label(ui.visuals().error_fg_color, "Fichier illisible");
                        });
                        row.col(|ui| {
                            ui.label(e.kind.to_string()).on_hover_text(e.to_string());
                        });
                        row.col(|_| {});
                    }
                }
                row.col(|ui| {
                    ui.label(file);
                });
            });
        });
}

fn end_text(d: &Dossier) -> String {
    match d.label_end() {
        Some(end) => french_date(end),
        None if d.label_decisions.is_empty() => "—".to_owned(),
        None => "à compléter".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_french() {
        let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(french_date(d(2020, 2, 6)), "6 février 2020");
        assert_eq!(french_date(d(2021, 3, 1)), "1er mars 2021");
        assert_eq!(french_date(d(2017, 8, 31)), "31 août 2017");
    }
}
