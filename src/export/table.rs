//! The dossier's lists as plain tables of typed cells, ready for any export format.

use chrono::NaiveDate;

use crate::i18n::{Lang, Strings};
use crate::model::action::Action;
use crate::model::indicator::Indicator;
use crate::model::milestone::Milestone;
use crate::model::mobility::Mobility;
use crate::model::partner::Partner;
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

impl Exportable for Mobility {
    const LAYOUTS: &'static [Layout] = &[
        Layout {
            name: "mobilities",
            build: mobilities,
        },
        Layout {
            name: "mobilities-bm",
            build: beneficiary_module,
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

fn mobilities(d: &Dossier) -> TableData {
    TableData {
        headers: headers(&[
            "Identifiant",
            "Action clé",
            "Année de l'appel",
            "Projet",
            "Activité",
            "Public",
            "Sens",
            "Organisme d'envoi",
            "Organisme d'accueil",
            "Pays",
            "Ville",
            "Début",
            "Fin",
            "Durée (jours)",
            "Participants",
            "Transport durable",
            "Moins d'opportunités",
        ]),
        rows: d
            .mobilities
            .iter()
            .map(|m| {
                vec![
                    text(m.id.as_str()),
                    text(format!("{:?}", m.project.action).to_uppercase()),
                    Cell::Int(i64::from(m.project.call_year)),
                    text(m.project.reference.clone()),
                    text((fr().activity_label)(m.activity)),
                    text((fr().participant_kind_label)(m.participant)),
                    text(format!("{:?}", m.direction)),
                    text(m.sending_org.clone()),
                    text(m.receiving_org.clone()),
                    text(m.country.clone()),
                    text(m.city.clone()),
                    Cell::Date(m.start),
                    Cell::Date(m.end),
                    Cell::Int(m.duration_days()),
                    Cell::Int(i64::from(m.participants)),
                    text(if m.green_travel { "oui" } else { "non" }),
                    text(if m.fewer_opportunities { "oui" } else { "non" }),
                ]
            })
            .collect(),
    }
}

/// A column of the Beneficiary Module mobility import: its header and how to fill it.
struct BmColumn {
    header: &'static str,
    value: fn(&Mobility) -> Cell,
}

/// The Beneficiary Module layout, as data: the EU template changes with call years, so this
/// table is what to edit when it does (shared/domain.md §5.3).
const BENEFICIARY_MODULE: &[BmColumn] = &[
    BmColumn {
        header: "Project Code",
        value: |m| text(m.project.reference.clone()),
    },
    BmColumn {
        header: "Activity Type",
        value: |m| text(m.activity.rule().bm_name),
    },
    BmColumn {
        header: "Participant Category",
        value: |m| {
            text(match m.participant {
                crate::model::mobility::ParticipantKind::Apprenants => "Learner",
                crate::model::mobility::ParticipantKind::Personnels => "Staff",
            })
        },
    },
    BmColumn {
        header: "Number of Participants",
        value: |m| Cell::Int(i64::from(m.participants)),
    },
    BmColumn {
        header: "Sending Organisation",
        value: |m| text(m.sending_org.clone()),
    },
    BmColumn {
        header: "Receiving Organisation",
        value: |m| text(m.receiving_org.clone()),
    },
    BmColumn {
        header: "Receiving Country",
        value: |m| text(m.country.clone()),
    },
    BmColumn {
        header: "Receiving City",
        value: |m| text(m.city.clone()),
    },
    BmColumn {
        header: "Start Date",
        value: |m| Cell::Date(m.start),
    },
    BmColumn {
        header: "End Date",
        value: |m| Cell::Date(m.end),
    },
    BmColumn {
        header: "Duration (days)",
        value: |m| Cell::Int(m.duration_days()),
    },
    BmColumn {
        header: "Green Travel",
        value: |m| text(if m.green_travel { "Yes" } else { "No" }),
    },
    BmColumn {
        header: "Fewer Opportunities",
        value: |m| text(if m.fewer_opportunities { "Yes" } else { "No" }),
    },
];

fn beneficiary_module(d: &Dossier) -> TableData {
    TableData {
        headers: BENEFICIARY_MODULE
            .iter()
            .map(|c| c.header.to_owned())
            .collect(),
        rows: d
            .mobilities
            .iter()
            .map(|m| BENEFICIARY_MODULE.iter().map(|c| (c.value)(m)).collect())
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
