//! The seven sections of a dossier, each a table of its records and a form for the selected
//! one (or, for the identity, a form and the label history).
//!
//! Sections read the [`Document`] and push [`Edit`]s; the app applies them after drawing.

mod actions;
mod application;
mod identity;
mod indicators;
mod list;
mod milestones;
mod mobilities;
mod partners;
mod sectors;
mod timeline;

use chrono::NaiveDate;
use egui::Ui;

use crate::session::{Document, Edit, ListKind};
use crate::ui::i18n::Strings;
use crate::ui::widgets::table::TableState;

/// The sections, in menu order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Section {
    /// Campus identity and label decisions.
    #[default]
    Identity,
    /// Partners.
    Partners,
    /// Sectors and formations.
    Sectors,
    /// The plan d'actions.
    Actions,
    /// Erasmus+ mobilities.
    Mobilities,
    /// Indicators.
    Indicators,
    /// Milestones.
    Milestones,
    /// The timeline of the dossier.
    Timeline,
    /// The labelling application: readiness checklist and texts.
    Application,
}

impl Section {
    /// Every section, in menu order.
    pub const ALL: [Self; 9] = [
        Self::Identity,
        Self::Partners,
        Self::Sectors,
        Self::Actions,
        Self::Mobilities,
        Self::Indicators,
        Self::Milestones,
        Self::Timeline,
        Self::Application,
    ];

    /// The section's title.
    pub fn title(self, s: &Strings) -> &'static str {
        s.sections[self as usize]
    }

    /// The section showing the field at `path` (`partners[3].uai` → partners), with the index
    /// of the record in its list when the path names one.
    pub fn of_path(path: &str) -> (Self, Option<usize>) {
        let head = path.split(['.', '[']).next().unwrap_or("");
        let index = path
            .split_once('[')
            .and_then(|(_, rest)| rest.split_once(']'))
            .and_then(|(n, _)| n.parse().ok());
        let section = match head {
            "partners" => Self::Partners,
            "sectors" => Self::Sectors,
            "actions" => Self::Actions,
            "mobilities" => Self::Mobilities,
            "indicators" => Self::Indicators,
            "milestones" => Self::Milestones,
            "application" => Self::Application,
            _ => Self::Identity,
        };
        (section, index)
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
    /// Import rows of a spreadsheet into this list: ask which file, then read it.
    Import(crate::import::ImportKind),
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
    /// Changes whenever the dossier changes (keys the table caches).
    pub revision: u64,
    /// Zoom and position of the timeline.
    pub timeline: &'a mut crate::ui::widgets::timeline::TimelineState,
    /// The calendar rules in use.
    pub calendar: &'a crate::rules::calendar::CalendarRules,
}

/// Draws `section` of the open dossier.
pub fn ui(ui: &mut Ui, section: Section, ctx: &mut SectionCtx<'_>) {
    match section {
        Section::Identity => identity::ui(ui, ctx),
        Section::Partners => partners::ui(ui, ctx),
        Section::Sectors => sectors::ui(ui, ctx),
        Section::Actions => actions::ui(ui, ctx),
        Section::Mobilities => mobilities::ui(ui, ctx),
        Section::Indicators => indicators::ui(ui, ctx),
        Section::Milestones => milestones::ui(ui, ctx),
        Section::Timeline => timeline::ui(ui, ctx),
        Section::Application => application::ui(ui, ctx),
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
pub fn enum_options<T: Copy>(all: &[T], labels: &[&str]) -> Vec<(T, String)> {
    all.iter()
        .zip(labels)
        .map(|(v, l)| (*v, (*l).to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_lead_to_their_section_and_record() {
        assert_eq!(
            Section::of_path("partners[3].uai"),
            (Section::Partners, Some(3))
        );
        assert_eq!(Section::of_path("campus.name"), (Section::Identity, None));
        assert_eq!(
            Section::of_path("label_decisions[0].date"),
            (Section::Identity, Some(0))
        );
        assert_eq!(
            Section::of_path("sectors[1].formations[2].level"),
            (Section::Sectors, Some(1))
        );
    }
}
