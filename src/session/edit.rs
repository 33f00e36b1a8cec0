//! Edits: the only way a dossier changes. Each applied edit yields its inverse, for undo.

use crate::model::Dossier;
use crate::model::action::Action;
use crate::model::application::ApplicationTexts;
use crate::model::campus::Campus;
use crate::model::indicator::Indicator;
use crate::model::label::LabelDecision;
use crate::model::milestone::Milestone;
use crate::model::mobility::Mobility;
use crate::model::partner::Partner;
use crate::model::sector::Sector;

/// The lists of a dossier that hold records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// `label_decisions`.
    Decisions,
    /// `partners`.
    Partners,
    /// `sectors`.
    Sectors,
    /// `actions`.
    Actions,
    /// `mobilities`.
    Mobilities,
    /// `indicators`.
    Indicators,
    /// `milestones`.
    Milestones,
}

/// One record of one list.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// A label decision.
    Decision(LabelDecision),
    /// A partner.
    Partner(Partner),
    /// A sector with its formations.
    Sector(Sector),
    /// An action.
    Action(Action),
    /// A mobility.
    Mobility(Mobility),
    /// An indicator.
    Indicator(Indicator),
    /// A milestone.
    Milestone(Milestone),
}

/// A change to a dossier.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the campus identity.
    Campus(Box<Campus>),
    /// Replace the texts of the labelling application.
    Application(Box<ApplicationTexts>),
    /// Replace the record at `index` of the record's list.
    Replace {
        /// Position in the list.
        index: usize,
        /// The new record.
        record: Record,
    },
    /// Insert a record at `index` of its list.
    Insert {
        /// Position in the list (`len` appends).
        index: usize,
        /// The record.
        record: Record,
    },
    /// Remove the record at `index` of `list`.
    Remove {
        /// Which list.
        list: ListKind,
        /// Position in the list.
        index: usize,
    },
    /// Several edits applied as one step (undone together).
    Batch(Vec<Edit>),
}

/// The one thing a replacing edit changes: a burst of edits to the same target is one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Target {
    /// The campus identity.
    Campus,
    /// The application texts.
    Application,
    /// One record of one list.
    Record(ListKind, usize),
}

/// An edit that does not fit the dossier (a stale index): nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("modification impossible : l'élément n° {index} n'existe plus dans la liste")]
pub struct EditError {
    /// The index that was out of range.
    pub index: usize,
}

impl ListKind {
    /// The list's field name in a dossier file and in finding paths (`partners`).
    pub fn field_name(self) -> &'static str {
        match self {
            Self::Decisions => "label_decisions",
            Self::Partners => "partners",
            Self::Sectors => "sectors",
            Self::Actions => "actions",
            Self::Mobilities => "mobilities",
            Self::Indicators => "indicators",
            Self::Milestones => "milestones",
        }
    }
}

impl Record {
    /// The list this record belongs to.
    pub fn list(&self) -> ListKind {
        match self {
            Self::Decision(_) => ListKind::Decisions,
            Self::Partner(_) => ListKind::Partners,
            Self::Sector(_) => ListKind::Sectors,
            Self::Action(_) => ListKind::Actions,
            Self::Mobility(_) => ListKind::Mobilities,
            Self::Indicator(_) => ListKind::Indicators,
            Self::Milestone(_) => ListKind::Milestones,
        }
    }
}

fn take<T>(v: &mut Vec<T>, index: usize) -> Result<T, EditError> {
    if index < v.len() {
        Ok(v.remove(index))
    } else {
        Err(EditError { index })
    }
}

fn put<T>(v: &mut Vec<T>, index: usize, item: T) -> Result<(), EditError> {
    if index > v.len() {
        return Err(EditError { index });
    }
    v.insert(index, item);
    Ok(())
}

fn remove(d: &mut Dossier, list: ListKind, index: usize) -> Result<Record, EditError> {
    Ok(match list {
        ListKind::Decisions => Record::Decision(take(&mut d.label_decisions, index)?),
        ListKind::Partners => Record::Partner(take(&mut d.partners, index)?),
        ListKind::Sectors => Record::Sector(take(&mut d.sectors, index)?),
        ListKind::Actions => Record::Action(take(&mut d.actions, index)?),
        ListKind::Mobilities => Record::Mobility(take(&mut d.mobilities, index)?),
        ListKind::Indicators => Record::Indicator(take(&mut d.indicators, index)?),
        ListKind::Milestones => Record::Milestone(take(&mut d.milestones, index)?),
    })
}

fn insert(d: &mut Dossier, index: usize, record: Record) -> Result<(), EditError> {
    match record {
        Record::Decision(r) => put(&mut d.label_decisions, index, r),
        Record::Partner(r) => put(&mut d.partners, index, r),
        Record::Sector(r) => put(&mut d.sectors, index, r),
        Record::Action(r) => put(&mut d.actions, index, r),
        Record::Mobility(r) => put(&mut d.mobilities, index, r),
        Record::Indicator(r) => put(&mut d.indicators, index, r),
        Record::Milestone(r) => put(&mut d.milestones, index, r),
    }
}

/// The record at `index` of `list`, cloned.
pub fn record_at(d: &Dossier, list: ListKind, index: usize) -> Option<Record> {
    Some(match list {
        ListKind::Decisions => Record::Decision(d.label_decisions.get(index)?.clone()),
        ListKind::Partners => Record::Partner(d.partners.get(index)?.clone()),
        ListKind::Sectors => Record::Sector(d.sectors.get(index)?.clone()),
        ListKind::Actions => Record::Action(d.actions.get(index)?.clone()),
        ListKind::Mobilities => Record::Mobility(d.mobilities.get(index)?.clone()),
        ListKind::Indicators => Record::Indicator(d.indicators.get(index)?.clone()),
        ListKind::Milestones => Record::Milestone(d.milestones.get(index)?.clone()),
    })
}

impl Edit {
    /// True when applying the edit to `d` would change nothing.
    pub fn is_noop(&self, d: &Dossier) -> bool {
        match self {
            Self::Campus(c) => **c == d.campus,
            Self::Application(a) => **a == d.application,
            Self::Replace { index, record } => {
                record_at(d, record.list(), *index).as_ref() == Some(record)
            }
            Self::Batch(edits) => edits.is_empty(),
            Self::Insert { .. } | Self::Remove { .. } => false,
        }
    }

    /// Applies the edit and returns the edit that undoes it. On error the dossier is unchanged.
    pub fn apply(self, d: &mut Dossier) -> Result<Self, EditError> {
        match self {
            Self::Campus(c) => Ok(Self::Campus(Box::new(std::mem::replace(&mut d.campus, *c)))),
            Self::Application(a) => Ok(Self::Application(Box::new(std::mem::replace(
                &mut d.application,
                *a,
            )))),
            Self::Replace { index, record } => {
                let list = record.list();
                let old = remove(d, list, index)?;
                insert(d, index, record)?;
                Ok(Self::Replace { index, record: old })
            }
            Self::Insert { index, record } => {
                let list = record.list();
                insert(d, index, record)?;
                Ok(Self::Remove { list, index })
            }
            Self::Remove { list, index } => {
                let record = remove(d, list, index)?;
                Ok(Self::Insert { index, record })
            }
            Self::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for e in edits {
                    match e.apply(d) {
                        Ok(inv) => inverses.push(inv),
                        Err(err) => {
                            // Roll back what was applied so the dossier is unchanged.
                            for inv in inverses.into_iter().rev() {
                                let _ = inv.apply(d);
                            }
                            return Err(err);
                        }
                    }
                }
                inverses.reverse();
                Ok(Self::Batch(inverses))
            }
        }
    }

    /// What the edit targets, for merging a burst of edits into one undo step.
    pub(super) fn target(&self) -> Option<Target> {
        match self {
            Self::Campus(_) => Some(Target::Campus),
            Self::Application(_) => Some(Target::Application),
            Self::Replace { index, record } => Some(Target::Record(record.list(), *index)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ids::MilestoneId;
    use crate::model::milestone::{MilestoneKind, MilestoneStatus};

    fn milestone(id: &str) -> Record {
        Record::Milestone(Milestone {
            id: MilestoneId(id.into()),
            kind: MilestoneKind::Autre,
            title: id.into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            status: MilestoneStatus::Prevu,
            note: String::new(),
        })
    }

    #[test]
    fn every_edit_is_undone_by_its_inverse() {
        let mut d = Dossier::default();
        let original = d.clone();
        let inv1 = Edit::Insert {
            index: 0,
            record: milestone("J1"),
        }
        .apply(&mut d)
        .unwrap();
        let inv2 = Edit::Batch(vec![
            Edit::Insert {
                index: 1,
                record: milestone("J2"),
            },
            Edit::Replace {
                index: 0,
                record: milestone("J9"),
            },
        ])
        .apply(&mut d)
        .unwrap();
        assert_eq!(d.milestones.len(), 2);
        assert_eq!(d.milestones[0].title, "J9");
        inv2.apply(&mut d).unwrap();
        inv1.apply(&mut d).unwrap();
        assert_eq!(d, original);
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut d = Dossier::default();
        let err = Edit::Batch(vec![
            Edit::Insert {
                index: 0,
                record: milestone("J1"),
            },
            Edit::Remove {
                list: ListKind::Partners,
                index: 4,
            },
        ])
        .apply(&mut d);
        assert_eq!(err, Err(EditError { index: 4 }));
        assert!(d.milestones.is_empty());
    }
}
