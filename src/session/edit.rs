//! Edits: the only way a dossier changes. Each applied edit yields its inverse, for undo.
//!
//! Records are reached through the registry ([`ListKind`], [`Record`]): an edit names a list and
//! a position, never a field of [`Dossier`], so a new kind of record needs nothing here.

use crate::model::Dossier;
use crate::model::application::ApplicationTexts;
use crate::model::campus::Campus;
use crate::model::{ListKind, Record};

/// A change to a dossier.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the campus identity.
    Campus(Box<Campus>),
    /// Replace the texts of the labelling application.
    Application(Box<ApplicationTexts>),
    /// Replace the record at `index` of the record's list (swapped in place).
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
    /// Replace the whole dossier (a restored recovery copy).
    Whole(Box<Dossier>),
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
#[error("no record at position {index} of `{}`", .list.field_name())]
pub struct EditError {
    /// The list edited.
    pub list: ListKind,
    /// The index that was out of range.
    pub index: usize,
}

impl Edit {
    /// True when applying the edit to `d` would change nothing.
    pub fn is_noop(&self, d: &Dossier) -> bool {
        match self {
            Self::Campus(c) => **c == d.campus,
            Self::Application(a) => **a == d.application,
            Self::Replace { index, record } => record.is_at(d, *index),
            // Each edit checked against the dossier as it is: exact for batches of replaces,
            // and an insert or a remove is never a no-op anyway.
            Self::Batch(edits) => edits.iter().all(|e| e.is_noop(d)),
            Self::Whole(w) => **w == *d,
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
            Self::Whole(w) => Ok(Self::Whole(Box::new(std::mem::replace(d, *w)))),
            Self::Replace { index, mut record } => {
                if record.swap_with(d, index) {
                    Ok(Self::Replace { index, record })
                } else {
                    Err(EditError {
                        list: record.kind(),
                        index,
                    })
                }
            }
            Self::Insert { index, record } => {
                let list = record.kind();
                if record.insert_into(d, index) {
                    Ok(Self::Remove { list, index })
                } else {
                    Err(EditError { list, index })
                }
            }
            Self::Remove { list, index } => list
                .remove(d, index)
                .map(|record| Self::Insert { index, record })
                .ok_or(EditError { list, index }),
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

    /// Where the edit changes the dossier, as a field path (`partners[3]`, `campus`): the
    /// first place it touches; `None` for a whole dossier.
    pub fn path(&self) -> Option<String> {
        match self {
            Self::Campus(_) => Some("campus".into()),
            Self::Application(_) => Some("application".into()),
            Self::Replace { index, record } | Self::Insert { index, record } => {
                Some(record.kind().path(*index))
            }
            Self::Remove { list, .. } => Some(list.field_name().to_owned()),
            Self::Batch(edits) => edits.iter().find_map(Self::path),
            Self::Whole(_) => None,
        }
    }

    /// What the edit targets, for merging a burst of edits into one undo step.
    pub(super) fn target(&self) -> Option<Target> {
        match self {
            Self::Campus(_) => Some(Target::Campus),
            Self::Application(_) => Some(Target::Application),
            Self::Replace { index, record } => Some(Target::Record(record.kind(), *index)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RecordKind as _;
    use crate::model::milestone::Milestone;

    fn milestone(id: &str) -> Record {
        Milestone {
            id: crate::model::ids::MilestoneId(id.into()),
            title: id.into(),
            ..Milestone::default()
        }
        .into_record()
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
        assert_eq!(
            err,
            Err(EditError {
                list: ListKind::Partners,
                index: 4
            })
        );
        assert!(d.milestones.is_empty());
    }
}
