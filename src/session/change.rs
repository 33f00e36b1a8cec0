//! What an edit touched, told to those who keep something derived from the dossier: the
//! findings ([`Touched`]), the window's table caches ([`ListRevisions`]) and the workspace
//! summary ([`Change`]). Each recomputes only the parts an edit touched.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::{ListKind, Record};
use crate::rules::Touched;

use super::edit::Edit;

impl Edit {
    /// What this edit touches. Called on the *inverse* of an applied edit, whose `Replace`
    /// holds the record as it was before: a lone `Replace` is a record replaced in place;
    /// anything in a batch, and every insert or remove, reshapes its list.
    pub(crate) fn touched(&self) -> Touched<'_> {
        let mut t = Touched::default();
        match self {
            Self::Replace { index, record } => t.replaced.push((*index, record)),
            other => other.reshapes(&mut t),
        }
        t
    }

    fn reshapes(&self, t: &mut Touched<'_>) {
        let mut list = |kind: ListKind| {
            if !t.reshaped.contains(&kind) {
                t.reshaped.push(kind);
            }
        };
        match self {
            // The application's texts are checked with the campus (their length).
            Self::Campus(_) | Self::Application(_) => t.campus = true,
            Self::Replace { record, .. } | Self::Insert { record, .. } => list(record.kind()),
            Self::Remove { list: kind, .. } => list(*kind),
            Self::Batch(edits) => {
                for e in edits {
                    e.reshapes(t);
                }
            }
            Self::Whole(_) => {
                t.campus = true;
                for &kind in ListKind::ALL {
                    list(kind);
                }
            }
        }
    }
}

/// What changed in a dossier since the window last took it ([`Document::take_change`]):
/// enough for the workspace summary to update only the parts that depend on it.
///
/// [`Document::take_change`]: super::Document::take_change
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// The campus identity changed.
    pub campus: bool,
    /// Lists changed other than by replacing records in place.
    pub reshaped: BTreeSet<ListKind>,
    /// Records replaced in place, by list and index, with the record as it was first.
    pub replaced: BTreeMap<(ListKind, usize), Record>,
}

impl Change {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// True when the list `kind` may have changed.
    pub fn touches(&self, kind: ListKind) -> bool {
        self.reshaped.contains(&kind) || self.replaced.keys().any(|(k, _)| *k == kind)
    }

    /// Adds what `touched` says (the first state of a record replaced twice is kept).
    pub(super) fn add(&mut self, touched: &Touched<'_>) {
        self.campus |= touched.campus;
        self.reshaped.extend(touched.reshaped.iter().copied());
        for (index, old) in &touched.replaced {
            self.replaced
                .entry((old.kind(), *index))
                .or_insert_with(|| (*old).clone());
        }
    }
}

/// Revisions are unique in the process, so a cache keyed by one never matches another
/// document's or another state's.
static NEXT_REVISION: AtomicU64 = AtomicU64::new(1);

fn fresh() -> u64 {
    NEXT_REVISION.fetch_add(1, Ordering::Relaxed)
}

/// Per list, a revision that changes whenever the list changes, and the last change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListRevisions(BTreeMap<ListKind, ListRevision>);

/// The revision of one list and how it was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct ListRevision {
    revision: u64,
    /// Set when the last change replaced one record in place: the revision before, the index.
    replaced: Option<(u64, usize)>,
}

impl Default for ListRevisions {
    fn default() -> Self {
        Self(
            ListKind::ALL
                .iter()
                .map(|&k| {
                    (
                        k,
                        ListRevision {
                            revision: fresh(),
                            replaced: None,
                        },
                    )
                })
                .collect(),
        )
    }
}

impl ListRevisions {
    /// The revision of the list `kind`.
    pub fn of(&self, kind: ListKind) -> u64 {
        self.0.get(&kind).map_or(0, |r| r.revision)
    }

    /// The index of the one record replaced in place when the list went from revision `since`
    /// to its current one; `None` when it changed otherwise (or more than once).
    pub fn replaced_since(&self, kind: ListKind, since: u64) -> Option<usize> {
        let r = self.0.get(&kind)?;
        r.replaced
            .and_then(|(before, index)| (before == since).then_some(index))
    }

    pub(super) fn record(&mut self, touched: &Touched<'_>) {
        for &kind in &touched.reshaped {
            self.0.insert(
                kind,
                ListRevision {
                    revision: fresh(),
                    replaced: None,
                },
            );
        }
        for (index, old) in &touched.replaced {
            let kind = old.kind();
            let before = self.of(kind);
            self.0.insert(
                kind,
                ListRevision {
                    revision: fresh(),
                    replaced: (touched.replaced.len() == 1).then_some((before, *index)),
                },
            );
        }
    }
}
