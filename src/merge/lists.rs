//! One list of records merged by id: records compared whole first (most are untouched), then
//! field by field where both sides changed one.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::model::RecordKind;

use super::value::{Mode, RawConflict, interleave, merge3};
use super::{Conflict, ConflictKind, Place};

/// Merges one list. `base` is `None` when no ancestor is known (every difference a conflict).
pub(super) fn merge_list<T>(
    base: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
    conflicts: &mut Vec<Conflict>,
) -> Vec<T>
where
    T: RecordKind + Serialize + DeserializeOwned,
{
    if ours == theirs {
        return ours.to_vec();
    }
    if let Some(b) = base {
        if b == ours {
            return theirs.to_vec();
        }
        if b == theirs {
            return ours.to_vec();
        }
    }
    let base_map: HashMap<&str, &T> = base
        .unwrap_or_default()
        .iter()
        .map(|r| (r.id(), r))
        .collect();
    let theirs_map: HashMap<&str, &T> = theirs.iter().map(|r| (r.id(), r)).collect();
    let ours_ids: HashSet<&str> = ours.iter().map(RecordKind::id).collect();
    let mode = if base.is_some() {
        Mode::ThreeWay
    } else {
        Mode::TwoWay
    };

    let mut kept: Vec<(&str, T)> = Vec::with_capacity(ours.len());
    for o in ours {
        let id = o.id();
        let b = base_map.get(id).copied();
        match (b, theirs_map.get(id).copied()) {
            (_, Some(t)) => kept.push((id, merge_record(b, o, t, mode, conflicts))),
            (Some(b), None) if b == o => {} // deleted by them, untouched by us
            (b, None) => {
                let kind = if b.is_some() {
                    ConflictKind::DeletedByThem
                } else if mode == Mode::TwoWay {
                    ConflictKind::OnlyOurs
                } else {
                    // Added by us.
                    kept.push((id, o.clone()));
                    continue;
                };
                conflicts.push(record_conflict(kind, b, Some(o), None));
                kept.push((id, o.clone()));
            }
        }
    }
    let mut added: HashMap<&str, T> = HashMap::new();
    for t in theirs {
        let id = t.id();
        if ours_ids.contains(id) {
            continue;
        }
        match base_map.get(id).copied() {
            Some(b) if b == t => {} // deleted by us, untouched by them
            Some(b) => {
                conflicts.push(record_conflict(
                    ConflictKind::DeletedByUs,
                    Some(b),
                    None,
                    Some(t),
                ));
                added.insert(id, t.clone());
            }
            None => {
                if mode == Mode::TwoWay {
                    conflicts.push(record_conflict(
                        ConflictKind::OnlyTheirs,
                        None,
                        None,
                        Some(t),
                    ));
                }
                added.insert(id, t.clone());
            }
        }
    }
    let order: Vec<&str> = theirs.iter().map(RecordKind::id).collect();
    interleave(kept, &order, added)
}

/// One record present on both sides.
fn merge_record<T>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    mode: Mode,
    conflicts: &mut Vec<Conflict>,
) -> T
where
    T: RecordKind + Serialize + DeserializeOwned,
{
    if ours == theirs {
        return ours.clone();
    }
    if mode == Mode::ThreeWay {
        if base == Some(ours) {
            return theirs.clone();
        }
        if base == Some(theirs) {
            return ours.clone();
        }
    }
    let place = Place::of(ours);
    merge_fields(base, ours, theirs, mode, &place, conflicts)
}

/// A value (a record, the campus, the application's texts) merged field by field through its
/// serde form. When the merged form does not read back (a value that cannot be one), the whole
/// value is one conflict and ours is kept.
pub(super) fn merge_fields<T>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    mode: Mode,
    place: &Place,
    conflicts: &mut Vec<Conflict>,
) -> T
where
    T: Clone + Serialize + DeserializeOwned,
{
    let json = |r: &T| serde_json::to_value(r).ok();
    let (b, o, t) = (base.and_then(json), json(ours), json(theirs));
    let mut raw: Vec<RawConflict> = Vec::new();
    let merged = merge3(
        b.as_ref(),
        o.as_ref(),
        t.as_ref(),
        mode,
        &mut Vec::new(),
        &mut raw,
    );
    if let Some(value) = merged.and_then(|v| serde_json::from_value::<T>(v).ok())
        && o.is_some()
        && t.is_some()
    {
        conflicts.extend(raw.into_iter().map(|r| Conflict {
            place: place.clone(),
            path: r.path,
            kind: ConflictKind::BothChanged,
            base: r.base,
            ours: r.ours,
            theirs: r.theirs,
        }));
        return value;
    }
    conflicts.push(Conflict {
        place: place.clone(),
        path: Vec::new(),
        kind: ConflictKind::BothChanged,
        base: b,
        ours: o,
        theirs: t,
    });
    ours.clone()
}

/// A record present on one side only, or deleted on one side and changed on the other.
fn record_conflict<T>(
    kind: ConflictKind,
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
) -> Conflict
where
    T: RecordKind + Serialize,
{
    let json = |r: Option<&T>| r.and_then(|r| serde_json::to_value(r).ok());
    let named = ours.or(theirs).or(base);
    Conflict {
        place: named.map_or(Place::Campus, Place::of),
        path: Vec::new(),
        kind,
        base: json(base),
        ours: json(ours),
        theirs: json(theirs),
    }
}
