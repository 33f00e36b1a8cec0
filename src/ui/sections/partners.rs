//! Partners: the network's members, with UAI and SIRET checked as you type.

use egui::Ui;

use crate::model::identifiers::Checked;
use crate::model::partner::{Contact, Partner, PartnerKind};
use crate::ui::widgets::form::Form;
use crate::ui::widgets::table::{Column, SortKey};

use super::list::{self, ListSpec};
use super::{ListSection, SectionCtx, enum_options};

impl ListSection for Partner {
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
        let s = ctx.s;
        let columns = [
            Column::new(s.name, 260.0, |p: &Partner| p.name.clone()),
            Column::new(s.kind, 150.0, move |p: &Partner| {
                (s.partner_kind_label)(p.kind).to_owned()
            }),
            Column::new(s.commune, 120.0, |p: &Partner| p.commune.clone()),
            Column::new(s.country, 50.0, |p: &Partner| p.country.clone()),
            Column::new(s.uai, 90.0, |p: &Partner| p.uai.text()),
            Column::new(s.siret, 130.0, |p: &Partner| p.siret.text()),
            Column::new(s.convention, 130.0, move |p: &Partner| {
                s.opt_date(p.convention_signed_on)
            })
            .sort_by(|p: &Partner| p.convention_signed_on.map_or(SortKey::Empty, SortKey::Date)),
            Column::new(s.governance_short, 90.0, move |p: &Partner| {
                if p.governance { s.yes } else { s.no }.to_owned()
            }),
        ];
        let spec = ListSpec {
            id: "partners",
            columns: &columns,
            // A lycée in France, the most common case.
            fill_new: &|p| p.country = "FR".into(),
            renew_inner: None,
            scroll_form: true,
        };
        let today = ctx.today;
        let countries = ctx.country_options();
        list::ui(ui, ctx, &spec, |ui, form, p| {
            Form::grid(ui, "partner-grid", |ui| {
                form.text(ui, s.name, "name", &mut p.name);
                form.combo(
                    ui,
                    s.kind,
                    "kind",
                    &mut p.kind,
                    &enum_options(&PartnerKind::ALL, s.partner_kind_label),
                );
                form.text(ui, s.commune, "commune", &mut p.commune);
                form.combo(ui, s.country, "country", &mut p.country, &countries);
                let mut uai = p.uai.text();
                if form.text(ui, s.uai, "uai", &mut uai).changed() {
                    p.uai = Checked::from_text(&uai);
                }
                let mut siret = p.siret.text();
                if form.text(ui, s.siret, "siret", &mut siret).changed() {
                    p.siret = Checked::from_text(&siret);
                }
                form.text(ui, s.oid, "oid", &mut p.oid);
                form.text(ui, s.role, "role", &mut p.role);
                form.opt_date(
                    ui,
                    s.convention,
                    "convention_signed_on",
                    &mut p.convention_signed_on,
                    today,
                );
                form.checkbox(ui, s.governance, "governance", &mut p.governance);
            });
            ui.add_space(crate::ui::theme::GROUP_SPACING);
            ui.strong(s.contacts);
            contacts_ui(ui, form, &mut p.contacts);
        });
    }
}

fn contacts_ui(ui: &mut Ui, form: &mut Form<'_>, contacts: &mut Vec<Contact>) {
    let s = form.s;
    let mut remove = None;
    // The row « ✚ Contacts » added last frame: the cursor goes to its name.
    let new_row = egui::Id::unique(("new-contact", form.path("contacts")));
    let focus_row: Option<usize> = ui.data_mut(|d| d.remove_temp(new_row));
    egui::Grid::new("contacts").num_columns(5).show(ui, |ui| {
        // Each column's header labels its fields, for screen readers.
        let headers: Vec<egui::Id> = [s.name, s.role, s.email, s.phone]
            .into_iter()
            .map(|h| ui.weak(h).id)
            .collect();
        ui.end_row();
        for (i, c) in contacts.iter_mut().enumerate() {
            let values = [&mut c.name, &mut c.role, &mut c.email, &mut c.phone];
            for (n, (value, header)) in values.into_iter().zip(&headers).enumerate() {
                let field = ui
                    .add_sized([150.0, 20.0], egui::TextEdit::singleline(value))
                    .labelled_by(*header);
                if n == 0 && focus_row == Some(i) {
                    field.request_focus();
                }
            }
            if ui.small_button("🗑").on_hover_text(s.delete).clicked() {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        contacts.remove(i);
    }
    if ui.button(format!("✚ {}", s.contacts)).clicked() {
        contacts.push(Contact::default());
        let index = contacts.len() - 1;
        ui.data_mut(|d| d.insert_temp(new_row, index));
    }
}
