//! The dossier's lists as plain tables of typed cells, ready for any export format.

use chrono::NaiveDate;

use crate::i18n::{Lang, Strings};
use crate::model::action::Action;
use crate::model::indicator::Indicator;
use crate::model::milestone::Milestone;
use crate::model::mobility::Mobility;
use crate::model::partner::Partner;
use crate::model::project::Project;

use super::bm::project_of;
use crate::model::{Dossier, ListKind, RecordKind};

/// One cell, typed so that a spreadsheet gets numbers as numbers and dates as dates.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A decimal number.
    Number(f64),
    /// An amount in euro cents, shown with two decimals.
    Money(i64),
    /// A date.
    Date(NaiveDate),
}

/// A table: a header row and data rows of the same width.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableData {
    /// Column titles.
    pub headers: Vec<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<Cell>>,
}

/// A way to write one list as a table. A kind of record can have several: mobilities in the
/// app's own columns and in the EU Beneficiary Module's.
pub struct Layout {
    /// Name on the command line and in file names (`mobilities-bm`).
    pub name: &'static str,
    build: fn(&Dossier) -> TableData,
}

/// A kind of record that can be exported as a table. The registry's `export` flag says which
/// kinds implement it.
pub(crate) trait Exportable: RecordKind {
    /// Its layouts, the usual one first.
    const LAYOUTS: &'static [Layout];
}

macro_rules! export_arm {
    (true, $ty:path) => {
        <$ty as Exportable>::LAYOUTS
    };
    (false, $ty:path) => {
        &[]
    };
}

macro_rules! dispatch_layouts {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
          title $title:ident, import $import:tt, export $export:tt, doc $doc:literal } )*) => {
        /// The layouts of `kind` (none when the registry says it has no export).
        pub fn layouts(kind: ListKind) -> &'static [Layout] {
            match kind {
                $(ListKind::$kind => export_arm!($export, $ty),)*
            }
        }
    };
}

crate::for_each_record_kind!(dispatch_layouts);

/// A table a dossier can be exported as: a list and one of its layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableKind {
    list: ListKind,
    layout: usize,
}

impl TableKind {
    /// Every table, list by list in registry order.
    pub fn all() -> impl Iterator<Item = Self> {
        ListKind::ALL
            .iter()
            .flat_map(|&list| (0..layouts(list).len()).map(move |layout| Self { list, layout }))
    }

    /// The usual table of `list`, if it can be exported.
    pub fn of_list(list: ListKind) -> Option<Self> {
        (!layouts(list).is_empty()).then_some(Self { list, layout: 0 })
    }

    /// The table named `name` on the command line (`partners`, `mobilities-bm`).
    pub fn from_name(name: &str) -> Option<Self> {
        Self::all().find(|k| k.name() == name)
    }

    /// Its name on the command line and in file names.
    pub fn name(self) -> &'static str {
        layouts(self.list)
            .get(self.layout)
            .map_or("table", |l| l.name)
    }
}

/// The words of the tables: they are French documents (like the PDF), with the labels the
/// French window shows.
fn fr() -> &'static Strings {
    Lang::Fr.strings()
}

fn text(s: impl Into<String>) -> Cell {
    let s = s.into();
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s)
    }
}

fn date(d: Option<NaiveDate>) -> Cell {
    d.map_or(Cell::Empty, Cell::Date)
}

fn headers(h: &[&str]) -> Vec<String> {
    h.iter().map(|s| (*s).to_owned()).collect()
}

/// The table of `kind` for dossier `d`.
pub fn table_of(d: &Dossier, kind: TableKind) -> TableData {
    layouts(kind.list)
        .get(kind.layout)
        .map_or_else(TableData::default, |l| (l.build)(d))
}

impl Exportable for Partner {
    const LAYOUTS: &'static [Layout] = &[Layout {
        name: "partners",
        build: partners,
    }];
}

impl Exportable for Action {
    const LAYOUTS: &'static [Layout] = &[Layout {
        name: "actions",
        build: actions,
    }];
}

impl Exportable for Project {
    const LAYOUTS: &'static [Layout] = &[Layout {
        name: "projects",
        build: projects,
    }];
}

impl Exportable for Mobility {
    const LAYOUTS: &'static [Layout] = &[
        Layout {
            name: "mobilities",
            build: mobilities,
        },
        Layout {
            name: "mobilities-bm",
            build: super::bm::fixed,
        },
    ];
}

impl Exportable for Indicator {
    const LAYOUTS: &'static [Layout] = &[Layout {
        name: "indicators",
        build: indicators,
    }];
}

impl Exportable for Milestone {
    const LAYOUTS: &'static [Layout] = &[Layout {
        name: "milestones",
        build: milestones,
    }];
}

fn partners(d: &Dossier) -> TableData {
    TableData {
        headers: headers(&[
            "Identifiant",
            "Nom",
            "Type",
            "Commune",
            "Pays",
            "UAI",
            "SIRET",
            "Rôle",
            "Convention signée le",
            "Gouvernance",
            // The first contact in columns the import recognises; the others together.
            "Contact",
            "Fonction du contact",
            "Courriel",
            "Téléphone",
            "Autres contacts",
        ]),
        rows: d
            .partners
            .iter()
            .map(|p| {
                let first = p.contacts.first();
                let field = |f: fn(&crate::model::partner::Contact) -> &str| {
                    text(first.map_or("", f).to_owned())
                };
                let others: Vec<String> = p
                    .contacts
                    .iter()
                    .skip(1)
                    .map(|c| {
                        [
                            c.name.as_str(),
                            c.role.as_str(),
                            c.email.as_str(),
                            c.phone.as_str(),
                        ]
                        .iter()
                        .filter(|x| !x.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(", ")
                    })
                    .collect();
                vec![
                    text(p.id.as_str()),
                    text(p.name.clone()),
                    text((fr().partner_kind_label)(p.kind)),
                    text(p.commune.clone()),
                    text(p.country.clone()),
                    text(p.uai.text()),
                    text(p.siret.text()),
                    text(p.role.clone()),
                    date(p.convention_signed_on),
                    text(if p.governance { "oui" } else { "non" }),
                    field(|c| &c.name),
                    field(|c| &c.role),
                    field(|c| &c.email),
                    field(|c| &c.phone),
                    text(others.join(" ; ")),
                ]
            })
            .collect(),
    }
}

fn actions(d: &Dossier) -> TableData {
    let lead = |a: &Action| {
        a.lead
            .as_ref()
            .and_then(|id| d.partner(id))
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    TableData {
        headers: headers(&[
            "Identifiant",
            "Axe",
            "Titre",
            "Pilote",
            "Début",
            "Fin",
            "Statut",
            "Budget (€)",
        ]),
        rows: d
            .actions
            .iter()
            .map(|a| {
                vec![
                    text(a.id.as_str()),
                    text(a.axis.clone()),
                    text(a.title.clone()),
                    text(lead(a)),
                    date(a.start),
                    date(a.end),
                    text((fr().action_status_label)(a.status)),
                    Cell::Money(a.total_cents()),
                ]
            })
            .collect(),
    }
}

fn projects(d: &Dossier) -> TableData {
    TableData {
        headers: headers(&[
            "Identifiant",
            "Référence",
            "Action clé",
            "Année de l'appel",
            "Rôle",
            "Accréditation",
            "Convention de subvention",
            "Début",
            "Fin",
            "Subvention (€)",
            "Participants",
        ]),
        rows: d
            .projects
            .iter()
            .map(|p| {
                vec![
                    text(p.id.as_str()),
                    text(p.reference.clone()),
                    text((fr().key_action_label)(p.action)),
                    Cell::Int(i64::from(p.call_year)),
                    text((fr().project_role_label)(p.role)),
                    text(p.accreditation.clone()),
                    text(p.grant_agreement.clone()),
                    date(p.start),
                    date(p.end),
                    p.grant_eur.map_or(Cell::Empty, |g| Cell::Int(i64::from(g))),
                    Cell::Int(
                        d.mobilities
                            .iter()
                            .filter(|m| m.project.as_ref() == Some(&p.id))
                            .count() as i64,
                    ),
                ]
            })
            .collect(),
    }
}

fn yes_no(b: bool) -> Cell {
    text(if b { "oui" } else { "non" })
}

fn mobilities(d: &Dossier) -> TableData {
    TableData {
        headers: headers(&[
            "Identifiant",
            "ID d'activité de mobilité",
            "Projet",
            "Action clé",
            "Année de l'appel",
            "Participant",
            "Activité",
            "Public",
            "Sens",
            "Organisme d'envoi",
            "Organisme d'accueil",
            "Pays de départ",
            "Ville de départ",
            "Pays",
            "Ville",
            "Début",
            "Fin",
            "Durée (jours)",
            "Transport principal",
            "Transport durable",
            "Jours de voyage financés",
            "Distance saisie (km)",
            "Moins d'opportunités",
            "Jeune diplômé",
        ]),
        rows: d
            .mobilities
            .iter()
            .map(|m| {
                let p = project_of(d, m);
                vec![
                    text(m.id.as_str()),
                    text(m.activity_id.clone()),
                    text(p.map(|p| p.reference.clone()).unwrap_or_default()),
                    p.map_or(Cell::Empty, |p| text((fr().key_action_label)(p.action))),
                    p.map_or(Cell::Empty, |p| Cell::Int(i64::from(p.call_year))),
                    text(m.name.clone()),
                    text((fr().activity_label)(m.activity)),
                    text((fr().participant_kind_label)(m.participant)),
                    text((fr().direction_label)(m.direction)),
                    text(m.sending_org.clone()),
                    text(m.receiving_org.clone()),
                    text(m.departure_country.clone()),
                    text(m.departure_city.clone()),
                    text(m.country.clone()),
                    text(m.city.clone()),
                    Cell::Date(m.start),
                    Cell::Date(m.end),
                    Cell::Int(m.duration_days()),
                    text((fr().transport_label)(m.transport)),
                    yes_no(m.green_travel()),
                    Cell::Int(i64::from(m.funded_travel_days)),
                    m.distance_km
                        .map_or(Cell::Empty, |k| Cell::Int(i64::from(k))),
                    yes_no(m.fewer_opportunities),
                    yes_no(m.recent_graduate),
                ]
            })
            .collect(),
    }
}

fn indicators(d: &Dossier) -> TableData {
    let years: std::collections::BTreeSet<i32> = d
        .indicators
        .iter()
        .flat_map(|i| i.values.keys().copied())
        .collect();
    let mut h = headers(&["Code", "Libellé", "Unité", "Catégorie", "Source", "Cible"]);
    h.extend(years.iter().map(i32::to_string));
    TableData {
        headers: h,
        rows: d
            .indicators
            .iter()
            .map(|i| {
                let mut row = vec![
                    text(i.code.clone()),
                    text(i.label.clone()),
                    text(i.unit.clone()),
                    text(i.category.clone()),
                    text(format!("{:?}", i.source)),
                    i.target.map_or(Cell::Empty, Cell::Number),
                ];
                row.extend(
                    years
                        .iter()
                        .map(|y| i.values.get(y).map_or(Cell::Empty, |v| Cell::Number(*v))),
                );
                row
            })
            .collect(),
    }
}

fn milestones(d: &Dossier) -> TableData {
    TableData {
        headers: headers(&["Identifiant", "Date", "Type", "Titre", "Statut", "Note"]),
        rows: d
            .milestones
            .iter()
            .map(|m| {
                vec![
                    text(m.id.as_str()),
                    Cell::Date(m.date),
                    text((fr().milestone_kind_label)(m.kind)),
                    text(m.title.clone()),
                    text(format!("{:?}", m.status)),
                    text(m.note.clone()),
                ]
            })
            .collect(),
    }
}

/// True when a spreadsheet would read `s` as a formula: `=`, `+`, `-`, `@` (or their
/// full-width and small forms, which some spreadsheets fold into them) first, after any
/// whitespace or control character (a tab, a CR, a line feed).
pub fn looks_like_formula(s: &str) -> bool {
    s.trim_start_matches(|c: char| c.is_whitespace() || c.is_control())
        .starts_with([
            '=', '+', '-', '@', // ASCII
            '＝', '＋', '－', '＠', // full-width forms
            '﹦', '﹢', '﹣', '﹫', // small forms
        ])
}
