//! The findings of an open dossier, kept up to date edit by edit: an edit recomputes the
//! checks of what it touched, never the whole dossier.
//!
//! Findings are kept in parts: the campus identity, each list (its own findings, and each
//! record's), and the cross-references. Replacing one record re-checks that record; its list's
//! own checks run again only when a field they read changed (an id, a UAI…), and the
//! cross-references only when a referring or referred-to field changed. Invariant: after any
//! sequence of [`Findings::update`]s, [`Findings::iter`] yields exactly what
//! [`validate`](super::validate) yields for the same dossier (a property test checks it).

use std::collections::BTreeMap;

use crate::model::{Dossier, ListKind, Record};
use crate::rules::{Finding, Severity};

use super::{Checks, ChecksVisitor, campus, mobilities, references, with_checks};

/// Every finding of a dossier, in parts that an edit updates separately.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Findings {
    campus: Vec<Finding>,
    lists: BTreeMap<ListKind, ListFindings>,
    references: Vec<Finding>,
    errors: usize,
    total: usize,
}

/// The findings of one list: about the list as a whole, and per record (only records with
/// findings are stored, so a long clean list costs nothing to walk).
#[derive(Clone, Debug, Default, PartialEq)]
struct ListFindings {
    whole: Vec<Finding>,
    records: BTreeMap<usize, Vec<Finding>>,
    errors: usize,
    total: usize,
}

/// What an edit changed, for [`Findings::update`].
#[derive(Clone, Debug, Default)]
pub struct Touched<'a> {
    /// The campus identity changed.
    pub campus: bool,
    /// Lists whose records were added, removed or changed several at a time: re-checked whole.
    pub reshaped: Vec<ListKind>,
    /// Records replaced in place: their index and the record as it was before.
    pub replaced: Vec<(usize, &'a Record)>,
}

impl Touched<'_> {
    /// True when the edit changed nothing the findings depend on (the application texts).
    pub fn is_empty(&self) -> bool {
        !self.campus && self.reshaped.is_empty() && self.replaced.is_empty()
    }
}

fn errors_in(findings: &[Finding]) -> usize {
    findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count()
}

impl ListFindings {
    fn set_record(&mut self, index: usize, found: Vec<Finding>) {
        if let Some(old) = self.records.remove(&index) {
            self.errors -= errors_in(&old);
            self.total -= old.len();
        }
        if !found.is_empty() {
            self.errors += errors_in(&found);
            self.total += found.len();
            self.records.insert(index, found);
        }
    }

    fn set_whole(&mut self, found: Vec<Finding>) {
        self.errors = self.errors + errors_in(&found) - errors_in(&self.whole);
        self.total = self.total + found.len() - self.whole.len();
        self.whole = found;
    }

    fn iter(&self) -> impl Iterator<Item = &Finding> {
        self.whole.iter().chain(self.records.values().flatten())
    }
}

/// Checks a whole list.
struct Whole<'a>(&'a Dossier);

impl ChecksVisitor for Whole<'_> {
    type Output = ListFindings;
    fn visit<R: Checks>(self) -> ListFindings {
        let mut lf = ListFindings::default();
        let mut whole = Vec::new();
        R::check_list(self.0, &mut whole);
        lf.set_whole(whole);
        for (i, r) in R::list(self.0).iter().enumerate() {
            lf.set_record(i, record_findings(i, r));
        }
        lf
    }
}

/// Whether a kind takes part in cross-references.
struct InReferences;

impl ChecksVisitor for InReferences {
    type Output = bool;
    fn visit<R: Checks>(self) -> bool {
        R::IN_REFERENCES
    }
}

/// Re-checks one replaced record; returns whether the cross-references need checking again.
struct Replaced<'a> {
    d: &'a Dossier,
    index: usize,
    old: &'a Record,
    list: &'a mut ListFindings,
}

impl ChecksVisitor for Replaced<'_> {
    type Output = bool;
    fn visit<R: Checks>(self) -> bool {
        let (Some(old), Some(new)) = (R::of_record(self.old), R::list(self.d).get(self.index))
        else {
            return true;
        };
        self.list
            .set_record(self.index, record_findings(self.index, new));
        if R::list_key_changed(old, new) {
            let mut whole = Vec::new();
            R::check_list(self.d, &mut whole);
            self.list.set_whole(whole);
        }
        R::references_changed(old, new)
    }
}

/// The findings of the record at `index`: its kind's checks, and texts too long.
fn record_findings<R: Checks>(index: usize, r: &R) -> Vec<Finding> {
    let path = R::KIND.path(index);
    let mut found = Vec::new();
    R::check_record(index, r, &path, &mut found);
    super::too_long(r, &path, &mut found);
    found
}

fn campus_findings(d: &Dossier) -> Vec<Finding> {
    let mut out = Vec::new();
    campus::check(d, &mut out);
    super::too_long(&d.campus, "campus", &mut out);
    super::too_long(&d.application, "application", &mut out);
    out
}

fn reference_findings(d: &Dossier) -> Vec<Finding> {
    let mut out = Vec::new();
    references::check(d, &mut out);
    mobilities::check_with_projects(d, &mut out);
    out
}

impl Findings {
    /// Every finding of `d`, computed from scratch.
    pub fn of(d: &Dossier) -> Self {
        let mut f = Self {
            campus: campus_findings(d),
            lists: ListKind::ALL
                .iter()
                .map(|&k| (k, with_checks(k, Whole(d))))
                .collect(),
            references: reference_findings(d),
            errors: 0,
            total: 0,
        };
        f.recount();
        f
    }

    /// Brings the findings up to date after an edit that changed what `touched` says; `d` is
    /// the dossier after the edit.
    pub fn update(&mut self, d: &Dossier, touched: &Touched<'_>) {
        let mut references = false;
        if touched.campus {
            self.campus = campus_findings(d);
            references = true;
        }
        for &kind in &touched.reshaped {
            self.lists.insert(kind, with_checks(kind, Whole(d)));
            references |= with_checks(kind, InReferences);
        }
        for &(index, old) in &touched.replaced {
            let kind = old.kind();
            if touched.reshaped.contains(&kind) {
                continue;
            }
            let list = self.lists.entry(kind).or_default();
            references |= with_checks(
                kind,
                Replaced {
                    d,
                    index,
                    old,
                    list,
                },
            );
        }
        if references {
            self.references = reference_findings(d);
        }
        self.recount();
    }

    fn recount(&mut self) {
        let lists = self.lists.values();
        self.errors = errors_in(&self.campus)
            + errors_in(&self.references)
            + lists.clone().map(|l| l.errors).sum::<usize>();
        self.total =
            self.campus.len() + self.references.len() + lists.map(|l| l.total).sum::<usize>();
    }

    /// Every finding: the campus, each list in registry order, then the cross-references.
    pub fn iter(&self) -> impl Iterator<Item = &Finding> {
        self.campus
            .iter()
            .chain(self.lists.values().flat_map(ListFindings::iter))
            .chain(&self.references)
    }

    /// The findings about the field at `path` or inside it (`partners[3]` gives those of
    /// `partners[3].uai`).
    pub fn at<'a>(&'a self, path: &'a str) -> Vec<&'a Finding> {
        let inside = |f: &&Finding| {
            f.path == path
                || f.path
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.'))
        };
        match ListKind::of_path(path) {
            // One record's fields: look at its list and the cross-references only.
            Some((kind, Some(index))) => {
                let list = self.lists.get(&kind);
                list.into_iter()
                    .flat_map(|l| {
                        l.whole
                            .iter()
                            .chain(l.records.get(&index).into_iter().flatten())
                    })
                    .chain(&self.references)
                    .filter(inside)
                    .collect()
            }
            _ => self.iter().filter(inside).collect(),
        }
    }

    /// Number of findings.
    pub fn len(&self) -> usize {
        self.total
    }

    /// True when the dossier has no finding.
    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.errors
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.total - self.errors
    }
}
