//! The seven sections of a dossier, each a table of its records and a form for the selected
//! one (or, for the identity, a form and the label history).
//!
//! Sections read the [`Document`] and push [`Edit`]s; the app applies them after drawing.

mod actions;
mod application;
mod identity;
mod indicators;
mod journal;
mod list;
mod milestones;
mod mobilities;
mod partners;
mod project_budget;
mod projects;
mod sectors;
mod timeline;

pub use mobilities::columns as mobility_columns;

use chrono::NaiveDate;
use egui::Ui;

use crate::i18n::Strings;
use crate::model::{ListKind, RecordKind};
use crate::session::{Document, Edit};
use crate::ui::widgets::table::TableState;

/// What the central panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Section {
    /// Campus identity and label decisions.
    #[default]
    Identity,
    /// One list of records: its table and the form of the selected record.
    List(ListKind),
    /// The timeline of the dossier.
    Timeline,
    /// The labelling application: readiness checklist and texts.
    Application,
    /// Who changed what, save by save.
    Journal,
    /// The overview of the workspace.
    Dashboard,
}

/// The section of one kind of record: its table columns and its form.
pub(crate) trait ListSection: RecordKind {
    /// False for a list drawn inside another section (the label decisions, in the identity).
    const OWN_SECTION: bool = true;
    /// Draws the table and the form of the selected record.
    fn ui(ui: &mut Ui, ctx: &mut SectionCtx<'_>);
}

macro_rules! dispatch_sections {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ; $($rest:tt)* } )*) => {
        /// True when `kind` has a section of its own.
        fn own_section(kind: ListKind) -> bool {
            match kind {
                $(ListKind::$kind => <$ty as ListSection>::OWN_SECTION,)*
            }
        }

        /// Draws the section of `kind`.
        fn list_ui(kind: ListKind, ui: &mut Ui, ctx: &mut SectionCtx<'_>) {
            match kind {
                $(ListKind::$kind => <$ty as ListSection>::ui(ui, ctx),)*
            }
        }
    };
}

crate::for_each_record_kind!(dispatch_sections);

impl Section {
    /// The sections of a dossier, in menu order.
    pub fn all() -> impl Iterator<Item = Self> {
        std::iter::once(Self::Identity)
            .chain(
                ListKind::ALL
                    .iter()
                    .filter(|k| own_section(**k))
                    .map(|k| Self::List(*k)),
            )
            .chain([Self::Timeline, Self::Application, Self::Journal])
    }

    /// The section showing the records of `kind`.
    pub fn of_list(kind: ListKind) -> Self {
        if own_section(kind) {
            Self::List(kind)
        } else {
            Self::Identity
        }
    }

    /// The section's title.
    pub fn title(self, s: &Strings) -> &'static str {
        match self {
            Self::Identity => s.identity_title,
            Self::List(kind) => (s.list_title)(kind),
            Self::Timeline => s.timeline_title,
            Self::Application => s.application_title,
            Self::Journal => s.journal_title,
            Self::Dashboard => s.dashboard,
        }
    }

    /// The section showing the field at `path` (`partners[3].uai` → partners), with the index
    /// of the record in its list when the path names one.
    pub fn of_path(path: &str) -> (Self, Option<usize>) {
        match ListKind::of_path(path) {
            Some((kind, index)) => (Self::of_list(kind), index),
            None if path.starts_with("application") => (Self::Application, None),
            None => (Self::Identity, None),
        }
    }

    /// A name for the section that stays the same across versions, for the settings.
    pub fn key(self) -> &'static str {
        match self {
            Self::Identity => "identity",
            Self::List(kind) => kind.field_name(),
            Self::Timeline => "timeline",
            Self::Application => "application",
            Self::Journal => "journal",
            Self::Dashboard => "dashboard",
        }
    }

    /// The section named `key` by [`Section::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::all()
            .chain([Self::Dashboard])
            .find(|s| s.key() == key)
    }

    /// The list whose records the section shows, if it shows one.
    pub fn list(self) -> Option<ListKind> {
        match self {
            Self::List(kind) => Some(kind),
            _ => None,
        }
    }
}

/// A request a section cannot settle alone.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Delete a record that others refer to: the app asks first.
    ConfirmDelete {
        /// Which list.
        list: ListKind,
        /// Index in the list.
        index: usize,
    },
    /// Show the form of the record at this path (`milestones[3]`).
    Open(String),
    /// Use these calendar rules from now on.
    SetCalendarRules(crate::rules::calendar::CalendarRules),
    /// Sign the saves' journal lines with this name from now on.
    SetUserName(String),
    /// Import rows of a spreadsheet into this list: ask which file, then read it.
    Import(ListKind),
    /// Export a project's participants into the user's Beneficiary Module file: ask which
    /// template, then where to write.
    ExportBm(crate::model::ids::ProjectId),
    /// Export a table: ask where, then write it on a background thread.
    Export {
        /// Which table.
        kind: crate::export::TableKind,
        /// CSV or XLSX.
        format: crate::export::Format,
        /// The rows shown, in display order, when only those are wanted.
        rows: Option<Vec<usize>>,
    },
}

/// What a section may read and change while it draws.
pub struct SectionCtx<'a> {
    /// The open dossier.
    pub doc: &'a Document,
    /// Texts of the current language.
    pub s: &'static Strings,
    /// The section's table state.
    pub table: &'a mut TableState,
    /// The field to focus (set by a click in the checks panel).
    pub focus: &'a mut Option<String>,
    /// Edits to apply after drawing.
    pub edits: &'a mut Vec<Edit>,
    /// Requests for the app (confirmations).
    pub requests: &'a mut Vec<Request>,
    /// Today, for default dates.
    pub today: NaiveDate,
    /// Zoom and position of the timeline.
    pub timeline: &'a mut crate::ui::widgets::timeline::TimelineState,
    /// The calendar rules in use.
    pub calendar: &'a crate::rules::calendar::CalendarRules,
    /// The Erasmus+ unit-cost tables of the workspace (shipped and dropped in).
    pub grants: &'a [crate::rules::grant::UnitCosts],
    /// The name the journal's lines are signed with, once given.
    pub user_name: Option<&'a str>,
}

/// Draws `section` of the open dossier (the dashboard is drawn by the app, not here).
pub fn ui(ui: &mut Ui, section: Section, ctx: &mut SectionCtx<'_>) {
    match section {
        Section::Identity => identity::ui(ui, ctx),
        Section::List(kind) => list_ui(kind, ui, ctx),
        Section::Timeline => timeline::ui(ui, ctx),
        Section::Application => application::ui(ui, ctx),
        Section::Journal => journal::ui(ui, ctx),
        Section::Dashboard => {}
    }
}

impl SectionCtx<'_> {
    /// Options for a partner pick-list, with « (aucun) » first.
    pub fn partner_options(&self) -> Vec<(Option<crate::model::ids::PartnerId>, String)> {
        std::iter::once((None, self.s.none.to_owned()))
            .chain(
                self.doc
                    .dossier()
                    .partners
                    .iter()
                    .map(|p| (Some(p.id.clone()), p.name.clone())),
            )
            .collect()
    }

    /// Options for a country pick-list: each code with its name in the window's language.
    pub fn country_options(&self) -> Vec<(String, String)> {
        crate::model::reference::COUNTRIES
            .iter()
            .map(|c| {
                (
                    c.code.to_owned(),
                    format!("{} — {}", c.code, self.s.country_name(c)),
                )
            })
            .collect()
    }

    /// The name of partner `id`, or its id when it does not exist.
    pub fn partner_name(&self, id: Option<&crate::model::ids::PartnerId>) -> String {
        id.map_or_else(String::new, |id| {
            self.doc
                .dossier()
                .partner(id)
                .map_or_else(|| id.to_string(), |p| p.name.clone())
        })
    }
}

/// Options for a pick-list of an enum with its labels.
pub fn enum_options<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<(T, String)> {
    all.iter().map(|v| (*v, label(*v).to_owned())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_lead_to_their_section_and_record() {
        assert_eq!(
            Section::of_path("partners[3].uai"),
            (Section::List(ListKind::Partners), Some(3))
        );
        assert_eq!(Section::of_path("campus.name"), (Section::Identity, None));
        assert_eq!(
            Section::of_path("label_decisions[0].date"),
            (Section::Identity, Some(0))
        );
        assert_eq!(
            Section::of_path("sectors[1].formations[2].level"),
            (Section::List(ListKind::Sectors), Some(1))
        );
        assert_eq!(
            Section::of_path("application.motivation"),
            (Section::Application, None)
        );
        assert_eq!(Section::all().count(), 11);
    }
}
