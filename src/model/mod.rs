//! The dossier model: plain data with serde derives, no UI and no I/O.
//!
//! A [`Dossier`] is everything the referent keeps about one campus. Records point at each other
//! through stable ids ([`ids`]); the helpers here find who points at a partner, so that deleting
//! it can be refused instead of leaving dangling references.

/// The longest text a field of a dossier may hold, in characters (a part of the application
/// file is a page or two; nothing typed is longer). Validation reports a longer one; imports
/// refuse a longer cell.
pub const MAX_TEXT_CHARS: usize = 10_000;

pub mod action;
pub mod application;
pub mod campus;
pub mod erasmus;
pub mod identifiers;
pub mod ids;
pub mod indicator;
pub mod label;
pub mod milestone;
pub mod mobility;
pub mod partner;
pub mod project;
pub mod reference;
pub mod registry;
pub mod sector;
pub mod text;

use application::ApplicationTexts;
use campus::Campus;
use ids::{IndicatorId, PartnerId};
use label::{LabelCategory, LabelDecision};
use partner::Partner;

pub use registry::{ListKind, Record, RecordKind};

use std::collections::HashMap;

macro_rules! declare_dossier {
    ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
          title $title:ident, import $import:tt, export $export:tt, doc $doc:literal } )*) => {
        /// Everything known about one campus: the content of one `.ron` file. Its lists are
        /// those of the registry ([`registry`]), in file order.
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct Dossier {
            /// Identity of the campus.
            pub campus: Campus,
            $(
                #[doc = $doc]
                pub $field: Vec<$ty>,
            )*
            /// Free texts of the labelling application.
            pub application: ApplicationTexts,
        }
    };
}

crate::for_each_record_kind!(declare_dossier);

/// A place in a dossier that refers to a record, as a field path (`actions[2].lead`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// Path of the referring field.
    pub path: String,
    /// What refers to the record; the window words it.
    pub from: Referrer,
}

/// What refers to a record, with the referring record's title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Referrer {
    /// The campus names the partner as its établissement support.
    CampusSupport,
    /// The action with this title is led by the partner.
    ActionLead(String),
    /// The action with this title involves the partner.
    ActionPartner(String),
    /// The formation with this diploma is given by the partner.
    Formation(String),
    /// The action with this title is measured by the indicator.
    ActionIndicator(String),
    /// The participant with this Mobility activity ID belongs to the project.
    Participant(String),
}

impl Dossier {
    /// The most recent decision with a date (or the last one listed when none has a date).
    pub fn current_decision(&self) -> Option<&LabelDecision> {
        self.label_decisions
            .iter()
            .filter(|d| d.date.is_some())
            .max_by_key(|d| d.date)
            .or_else(|| self.label_decisions.last())
    }

    /// The category of the latest decision (the default of a new one). Whether the campus holds
    /// a label on a given day is the calendar's `LabelStatus`.
    pub fn category(&self) -> Option<LabelCategory> {
        self.current_decision().map(|d| d.category)
    }

    /// The highest number of the Mobility activity IDs (`…-MOB-00012`) of the participants of
    /// `project` (0 when none is numbered).
    pub fn highest_activity_number(&self, project: Option<&ids::ProjectId>) -> u32 {
        self.mobilities
            .iter()
            .filter(|m| m.project.as_ref() == project)
            .filter_map(|m| m.activity_id.rsplit_once("MOB-")?.1.parse::<u32>().ok())
            .max()
            .unwrap_or(0)
    }

    /// The partner with this id.
    pub fn partner(&self, id: &PartnerId) -> Option<&Partner> {
        self.partners.iter().find(|p| &p.id == id)
    }

    /// Every field that points at the record of `kind` with id `id` (partners, indicators and
    /// projects are referred to; other kinds never are).
    pub fn references_to(&self, kind: ListKind, id: &str) -> Vec<Reference> {
        match kind {
            ListKind::Partners => self.references_to_partner(&PartnerId(id.to_owned())),
            ListKind::Indicators => self.references_to_indicator(&IndicatorId(id.to_owned())),
            ListKind::Projects => self
                .mobilities
                .iter()
                .enumerate()
                .filter(|(_, m)| m.project.as_ref().is_some_and(|p| p.as_str() == id))
                .map(|(i, m)| Reference {
                    path: format!("mobilities[{i}].project"),
                    from: Referrer::Participant(m.activity_id.clone()),
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Gives the records of `kind` new ids (`renamed`: old id → new id), and every field that
    /// pointed at an old id points at the new one (partners, indicators, projects and decisions
    /// are referred to). One pass over the dossier, however many ids change.
    pub fn rename_ids(&mut self, kind: ListKind, renamed: &HashMap<String, String>) {
        fn swap(slot: &mut String, renamed: &HashMap<String, String>) {
            if let Some(new) = renamed.get(slot.as_str()) {
                new.clone_into(slot);
            }
        }
        if renamed.is_empty() {
            return;
        }
        for i in 0..kind.len(self) {
            let new = kind.id_at(self, i).and_then(|id| renamed.get(id)).cloned();
            if let Some(new) = new
                && let Some(mut r) = kind.record_at(self, i)
            {
                r.set_id(new);
                r.swap_with(self, i);
            }
        }
        match kind {
            ListKind::Partners => {
                if let Some(p) = &mut self.campus.etablissement_support {
                    swap(&mut p.0, renamed);
                }
                for a in &mut self.actions {
                    if let Some(p) = &mut a.lead {
                        swap(&mut p.0, renamed);
                    }
                    a.partners.iter_mut().for_each(|p| swap(&mut p.0, renamed));
                }
                for f in self.sectors.iter_mut().flat_map(|s| &mut s.formations) {
                    if let Some(p) = &mut f.etablissement {
                        swap(&mut p.0, renamed);
                    }
                }
            }
            ListKind::Indicators => {
                for a in &mut self.actions {
                    a.indicators
                        .iter_mut()
                        .for_each(|i| swap(&mut i.0, renamed));
                }
            }
            ListKind::Projects => {
                for m in &mut self.mobilities {
                    if let Some(p) = &mut m.project {
                        swap(&mut p.0, renamed);
                    }
                }
            }
            ListKind::Decisions => {
                for m in &mut self.milestones {
                    if let Some(d) = &mut m.decision {
                        swap(&mut d.0, renamed);
                    }
                }
            }
            ListKind::Sectors | ListKind::Actions | ListKind::Mobilities | ListKind::Milestones => {
            }
        }
    }

    /// Every field that points at partner `id`.
    pub fn references_to_partner(&self, id: &PartnerId) -> Vec<Reference> {
        let mut out = Vec::new();
        if self.campus.etablissement_support.as_ref() == Some(id) {
            out.push(Reference {
                path: "campus.etablissement_support".into(),
                from: Referrer::CampusSupport,
            });
        }
        for (i, a) in self.actions.iter().enumerate() {
            if a.lead.as_ref() == Some(id) {
                out.push(Reference {
                    path: format!("actions[{i}].lead"),
                    from: Referrer::ActionLead(a.title.clone()),
                });
            }
            for (j, p) in a.partners.iter().enumerate() {
                if p == id {
                    out.push(Reference {
                        path: format!("actions[{i}].partners[{j}]"),
                        from: Referrer::ActionPartner(a.title.clone()),
                    });
                }
            }
        }
        for (i, s) in self.sectors.iter().enumerate() {
            for (j, f) in s.formations.iter().enumerate() {
                if f.etablissement.as_ref() == Some(id) {
                    out.push(Reference {
                        path: format!("sectors[{i}].formations[{j}].etablissement"),
                        from: Referrer::Formation(f.diploma.clone()),
                    });
                }
            }
        }
        out
    }

    /// Every field that points at indicator `id`.
    pub fn references_to_indicator(&self, id: &IndicatorId) -> Vec<Reference> {
        let mut out = Vec::new();
        for (i, a) in self.actions.iter().enumerate() {
            for (j, ind) in a.indicators.iter().enumerate() {
                if ind == id {
                    out.push(Reference {
                        path: format!("actions[{i}].indicators[{j}]"),
                        from: Referrer::ActionIndicator(a.title.clone()),
                    });
                }
            }
        }
        out
    }
}
