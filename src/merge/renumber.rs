//! Ids both sides gave to different new records (both added a `P48`): theirs is renumbered,
//! with every field that pointed at it, before the lists merge.

use std::collections::{HashMap, HashSet};

use crate::model::{Dossier, ListKind, RecordKind};

use super::Renumbered;

/// The new records of theirs whose id one of our new records has too, each with a fresh id
/// that no version uses.
pub(super) fn colliding(base: &Dossier, ours: &Dossier, theirs: &Dossier) -> Vec<Renumbered> {
    let mut out = Vec::new();
    macro_rules! per_kind {
        ($( { $kind:ident $variant:ident $field:ident $ty:path, $id:ident $prefix:literal ;
              $($rest:tt)* } )*) => {
            $( collide::<$ty>(base, ours, theirs, &mut out); )*
        };
    }
    crate::for_each_record_kind!(per_kind);
    out
}

fn collide<T: RecordKind>(
    base: &Dossier,
    ours: &Dossier,
    theirs: &Dossier,
    out: &mut Vec<Renumbered>,
) {
    let base_ids: HashSet<&str> = T::list(base).iter().map(RecordKind::id).collect();
    let ours_new: HashMap<&str, &T> = T::list(ours)
        .iter()
        .filter(|r| !base_ids.contains(r.id()))
        .map(|r| (r.id(), r))
        .collect();
    if ours_new.is_empty() {
        return;
    }
    let clashes: Vec<&T> = T::list(theirs)
        .iter()
        .filter(|t| ours_new.get(t.id()).is_some_and(|o| *o != *t))
        .collect();
    if clashes.is_empty() {
        return;
    }
    let used: Vec<&str> = [base, ours, theirs]
        .into_iter()
        .flat_map(|d| T::list(d).iter().map(RecordKind::id))
        .collect();
    let fresh = crate::model::ids::fresh_ids(T::KIND.id_prefix(), &used, clashes.len());
    for (t, new) in clashes.into_iter().zip(fresh) {
        out.push(Renumbered {
            list: T::KIND,
            old: t.id().to_owned(),
            new,
            title: t.title().to_owned(),
        });
    }
}

/// Gives their records the fresh ids, references included.
pub(super) fn apply(theirs: &mut Dossier, renumbered: &[Renumbered]) {
    for kind in ListKind::ALL {
        let map: HashMap<String, String> = renumbered
            .iter()
            .filter(|r| r.list == *kind)
            .map(|r| (r.old.clone(), r.new.clone()))
            .collect();
        theirs.rename_ids(*kind, &map);
    }
}
