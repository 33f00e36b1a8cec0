//! The three-way merge of dossiers (`cmq_dossiers::merge`): random disjoint edits on two sides
//! merge to their union, an unchanged side gives the other back byte for byte, and each kind of
//! conflict is reported with both values.

use std::collections::HashMap;

use cmq_dossiers::merge::{self, Change, Choice, ConflictKind, Place};
use cmq_dossiers::model::{Dossier, ListKind, RecordKind};
use cmq_dossiers::store;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::common::{Rng, exemple};

/// The two editors of the property test. Each changes only the text fields at its own parity,
/// so two edits of one record never touch the same field.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    A,
    B,
}

/// `r` with one of its text fields (of this side's parity) changed, when it has one that can
/// take any text.
fn change_text_field<T: Serialize + DeserializeOwned>(
    r: &T,
    side: Side,
    rng: &mut Rng,
) -> Option<T> {
    let Ok(Value::Object(map)) = serde_json::to_value(r) else {
        return None;
    };
    let parity = usize::from(side == Side::B);
    let mut keys: Vec<String> = map
        .iter()
        .enumerate()
        .filter(|(i, (k, v))| i % 2 == parity && v.is_string() && k.as_str() != "id")
        .map(|(_, (k, _))| k.clone())
        .collect();
    while !keys.is_empty() {
        let key = keys.swap_remove(rng.below(keys.len()));
        let mut changed = map.clone();
        let old = changed[&key].as_str().unwrap_or_default().to_owned();
        changed.insert(key, Value::String(format!("{old} ({})", rng.next() % 1000)));
        if let Ok(v) = serde_json::from_value(Value::Object(changed)) {
            return Some(v);
        }
    }
    None
}

/// What one side did to one list: records changed, deleted, added.
struct ListEdits<T> {
    changed: Vec<T>,
    deleted: Vec<String>,
    added: Vec<T>,
}

/// Random edits of `side` to the records `mine` says are its own (`both` may be edited by both
/// sides, on different fields), and one or two new records with the next free ids.
fn edit_list<T>(
    list: &mut Vec<T>,
    owner: &HashMap<String, u8>,
    side: Side,
    rng: &mut Rng,
) -> ListEdits<T>
where
    T: RecordKind + Serialize + DeserializeOwned,
{
    let mine = u8::from(side != Side::A);
    let mut edits = ListEdits {
        changed: Vec::new(),
        deleted: Vec::new(),
        added: Vec::new(),
    };
    let mut i = 0;
    while i < list.len() {
        let who = owner.get(list[i].id()).copied().unwrap_or(3);
        let action = rng.below(3);
        if who == mine && action == 0 {
            edits.deleted.push(list.remove(i).id().to_owned());
            continue;
        }
        if (who == mine || who == 2)
            && action == 1
            && let Some(new) = change_text_field(&list[i], side, rng)
        {
            list[i] = new.clone();
            edits.changed.push(new);
        }
        i += 1;
    }
    for _ in 0..rng.below(3) {
        if let Some(template) = list.first() {
            let mut new =
                change_text_field(template, side, rng).unwrap_or_else(|| template.clone());
            let used: Vec<&str> = list.iter().map(RecordKind::id).collect();
            let id = cmq_dossiers::model::ids::fresh_ids(T::KIND.id_prefix(), &used, 1);
            new.set_id(id.concat());
            list.push(new.clone());
            edits.added.push(new);
        }
    }
    edits
}

/// Who may edit each record: 0 side A, 1 side B, 2 both (different fields), 3 nobody.
fn owners<T: RecordKind>(list: &[T], rng: &mut Rng) -> HashMap<String, u8> {
    list.iter()
        .map(|r| (r.id().to_owned(), rng.below(4) as u8))
        .collect()
}

/// The records of a list by id.
fn by_id<T: RecordKind>(list: &[T]) -> HashMap<String, T> {
    list.iter()
        .map(|r| (r.id().to_owned(), r.clone()))
        .collect()
}

/// The union of both sides' edits of one list over `expected` (the base's records): deletions,
/// A's changes and additions, B's changes to records A did not change (those both changed are
/// checked field by field), B's additions under the ids the merge gave them.
fn expect_list<T: RecordKind>(
    expected: &mut HashMap<String, T>,
    a: &ListEdits<T>,
    b: &ListEdits<T>,
    renamed: &HashMap<String, String>,
) {
    for id in a.deleted.iter().chain(&b.deleted) {
        expected.remove(id);
    }
    for r in a.changed.iter().chain(&a.added) {
        expected.insert(r.id().to_owned(), r.clone());
    }
    for r in &b.changed {
        if !a.changed.iter().any(|x| x.id() == r.id()) {
            expected.insert(r.id().to_owned(), r.clone());
        }
    }
    for r in &b.added {
        let mut r = r.clone();
        if let Some(new) = renamed.get(r.id()) {
            r.set_id(new.clone());
        }
        expected.insert(r.id().to_owned(), r);
    }
}

/// Disjoint edits on two sides of a dossier (different records, or different fields of one
/// record; deletions; new records, whose ids collide) always merge, without a conflict, to the
/// union of both.
#[test]
fn disjoint_edits_on_two_sides_merge_to_their_union() {
    let base = exemple();
    for seed in 1..=60_u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let (mut a, mut b) = (base.clone(), base.clone());
        a.campus.notes.push_str(" — vu avec le directeur");
        b.campus.website = "https://campus.example.fr/nouveau".into();
        macro_rules! run {
            ($($field:ident),*) => {{
                $(
                    let owner = owners(&base.$field, &mut rng);
                    let ea = edit_list(&mut a.$field, &owner, Side::A, &mut rng);
                    let eb = edit_list(&mut b.$field, &owner, Side::B, &mut rng);
                    let m = merge::merge(Some(&base), &a, &b);
                    assert!(m.conflicts.is_empty(), "seed {seed}: {:?}", m.conflicts);
                    let renamed: HashMap<String, String> = m
                        .renumbered
                        .iter()
                        .filter(|r| r.list == ListKind::from_field_name(stringify!($field)).unwrap())
                        .map(|r| (r.old.clone(), r.new.clone()))
                        .collect();
                    let mut expected = by_id(&base.$field);
                    expect_list(&mut expected, &ea, &eb, &renamed);
                    let got = by_id(&m.dossier.$field);
                    assert_eq!(got.len(), expected.len(), "seed {seed}: {}", stringify!($field));
                    for (id, r) in &got {
                        let from_a = ea.changed.iter().find(|x| x.id() == id);
                        let from_b = eb.changed.iter().find(|x| x.id() == id);
                        match (from_a, from_b) {
                            (Some(x), Some(y)) => {
                                // Both changed it, on different fields: both changes are in.
                                let (rv, xv, yv, bv) = (
                                    serde_json::to_value(r).unwrap(),
                                    serde_json::to_value(x).unwrap(),
                                    serde_json::to_value(y).unwrap(),
                                    serde_json::to_value(&by_id(&base.$field)[id]).unwrap(),
                                );
                                for (k, v) in bv.as_object().unwrap() {
                                    let want = if xv[k] != *v { &xv[k] } else { &yv[k] };
                                    assert_eq!(&rv[k], want, "seed {seed}: {id}.{k}");
                                }
                            }
                            _ => assert_eq!(Some(r), expected.get(id), "seed {seed}: {id}"),
                        }
                    }
                )*
                let m = merge::merge(Some(&base), &a, &b);
                assert_eq!(m.dossier.campus.notes, a.campus.notes);
                assert_eq!(m.dossier.campus.website, b.campus.website);
            }};
        }
        run!(
            label_decisions,
            partners,
            sectors,
            actions,
            projects,
            mobilities,
            indicators,
            milestones
        );
    }
}

/// Merging with a side that did not change gives the other side back, byte for byte once
/// written.
#[test]
fn merging_with_an_unchanged_side_returns_the_other_byte_for_byte() {
    let base = exemple();
    for seed in 1..=20_u64 {
        let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D));
        let mut changed = base.clone();
        let owner = owners(&base.partners, &mut rng);
        edit_list(&mut changed.partners, &owner, Side::A, &mut rng);
        let owner = owners(&base.mobilities, &mut rng);
        edit_list(&mut changed.mobilities, &owner, Side::B, &mut rng);
        let text = |d: &Dossier| store::to_text(d).unwrap();
        let theirs_only = merge::merge(Some(&base), &base, &changed);
        assert!(theirs_only.conflicts.is_empty());
        assert_eq!(text(&theirs_only.dossier), text(&changed), "seed {seed}");
        let ours_only = merge::merge(Some(&base), &changed, &base);
        assert!(ours_only.conflicts.is_empty());
        assert_eq!(text(&ours_only.dossier), text(&changed), "seed {seed}");
    }
}

fn partner_index(d: &Dossier, id: &str) -> usize {
    match d.partners.iter().position(|p| p.id.as_str() == id) {
        Some(i) => i,
        None => panic!("partner {id} in the merge"),
    }
}

/// The same field changed both ways is a conflict naming the record and the field; the merge
/// holds our value, and choosing theirs puts theirs.
#[test]
fn the_same_field_changed_both_ways_is_a_conflict() {
    let base = exemple();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let id = base.partners[0].id.0.clone();
    ours.partners[0].name = "Lycée Vauban (nous)".into();
    theirs.partners[0].name = "Lycée Vauban (eux)".into();
    theirs.partners[0].role = "Plateau technique partagé".into();
    let mut m = merge::merge(Some(&base), &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    let c = &m.conflicts[0];
    assert_eq!(c.kind, ConflictKind::BothChanged);
    assert_eq!(c.field(), "name");
    assert!(matches!(&c.place, Place::Record { list: ListKind::Partners, id: i, .. } if *i == id));
    assert_eq!(c.theirs, Some(Value::String("Lycée Vauban (eux)".into())));
    let p = &m.dossier.partners[partner_index(&m.dossier, &id)];
    assert_eq!(p.name, "Lycée Vauban (nous)");
    assert_eq!(
        p.role, "Plateau technique partagé",
        "the other field came in"
    );
    let c = c.clone();
    merge::resolve(&mut m.dossier, &c, &Choice::Theirs).unwrap();
    assert_eq!(
        m.dossier.partners[partner_index(&m.dossier, &id)].name,
        "Lycée Vauban (eux)"
    );
    merge::resolve(
        &mut m.dossier,
        &c,
        &Choice::Value(Value::String("Lycée Vauban".into())),
    )
    .unwrap();
    assert_eq!(
        m.dossier.partners[partner_index(&m.dossier, &id)].name,
        "Lycée Vauban"
    );
}

/// A record changed on one side and deleted on the other is a conflict; the merge keeps the
/// changed record (nothing lost), and choosing the deletion deletes it.
#[test]
fn a_record_changed_on_one_side_and_deleted_on_the_other_is_a_conflict() {
    let base = exemple();
    let id = base.partners[1].id.0.clone();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.partners[1].role = "Accueil des stagiaires".into();
    theirs.partners.remove(1);
    let mut m = merge::merge(Some(&base), &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].kind, ConflictKind::DeletedByThem);
    assert!(m.conflicts[0].is_whole_record());
    assert!(m.dossier.partners.iter().any(|p| p.id.as_str() == id));
    let c = m.conflicts[0].clone();
    merge::resolve(&mut m.dossier, &c, &Choice::Theirs).unwrap();
    assert!(!m.dossier.partners.iter().any(|p| p.id.as_str() == id));

    // The other way round: we deleted, they changed.
    let m = merge::merge(Some(&base), &theirs, &ours);
    assert_eq!(m.conflicts[0].kind, ConflictKind::DeletedByUs);
    assert!(
        m.dossier
            .partners
            .iter()
            .any(|p| p.id.as_str() == id && p.role == "Accueil des stagiaires")
    );

    // Deleted on one side, untouched on the other: deleted, no conflict.
    let m = merge::merge(Some(&base), &base, &theirs);
    assert!(m.conflicts.is_empty());
    assert!(!m.dossier.partners.iter().any(|p| p.id.as_str() == id));
}

/// Both sides added a `P…` with the same id: theirs gets a fresh id, and the fields of theirs that
/// pointed at it (an action's lead) point at the new id.
#[test]
fn ids_both_sides_added_are_renumbered_with_their_references() {
    let base = exemple();
    let next = ListKind::Partners.next_id(&base);
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let mut p = base.partners[0].clone();
    p.id.0.clone_from(&next);
    p.name = "Entreprise ajoutée par nous".into();
    ours.partners.push(p.clone());
    p.name = "Entreprise ajoutée par eux".into();
    theirs.partners.push(p);
    theirs.actions[0].lead = Some(cmq_dossiers::model::ids::PartnerId(next.clone()));
    let m = merge::merge(Some(&base), &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.renumbered.len(), 1);
    let new = &m.renumbered[0].new;
    assert_ne!(new, &next);
    let d = &m.dossier;
    assert_eq!(
        d.partners[partner_index(d, &next)].name,
        "Entreprise ajoutée par nous"
    );
    assert_eq!(
        d.partners[partner_index(d, new)].name,
        "Entreprise ajoutée par eux"
    );
    let action = d
        .actions
        .iter()
        .find(|a| a.id == base.actions[0].id)
        .unwrap();
    assert_eq!(
        action.lead.as_ref().map(|l| l.0.as_str()),
        Some(new.as_str())
    );
}

/// Lists of values inside a record merge element by element: contacts by name, an action's
/// partners as a set, an indicator's yearly values by year.
#[test]
fn lists_inside_a_record_merge_element_by_element() {
    let base = exemple();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    let i = base
        .partners
        .iter()
        .position(|p| !p.contacts.is_empty())
        .unwrap();
    ours.partners[i].contacts[0].phone = "06 00 00 00 01".into();
    theirs.partners[i]
        .contacts
        .push(cmq_dossiers::model::partner::Contact {
            name: "Zoé Nouvelle".into(),
            role: "DDFPT".into(),
            ..Default::default()
        });
    let a = base
        .actions
        .iter()
        .position(|a| !a.partners.is_empty())
        .unwrap();
    let extra = base.partners.last().unwrap().id.clone();
    ours.actions[a].partners.push(extra.clone());
    theirs.actions[a].partners.remove(0);
    let k = base
        .indicators
        .iter()
        .position(|x| !x.values.is_empty())
        .unwrap();
    ours.indicators[k].values.insert(2030, 12.0);
    theirs.indicators[k].values.insert(2031, 13.0);
    let m = merge::merge(Some(&base), &ours, &theirs);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let contacts = &m.dossier.partners[i].contacts;
    assert_eq!(contacts[0].phone, "06 00 00 00 01");
    assert!(contacts.iter().any(|c| c.name == "Zoé Nouvelle"));
    let partners = &m.dossier.actions[a].partners;
    assert!(partners.contains(&extra));
    assert!(
        !partners.contains(&base.actions[a].partners[0]) || base.actions[a].partners[0] == extra
    );
    let values = &m.dossier.indicators[k].values;
    assert_eq!(
        (values.get(&2030), values.get(&2031)),
        (Some(&12.0), Some(&13.0))
    );

    // The same contact's phone changed both ways: a conflict at that contact's field.
    theirs.partners[i].contacts[0].phone = "06 99 99 99 99".into();
    let m = merge::merge(Some(&base), &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    let name = &base.partners[i].contacts[0].name;
    assert_eq!(m.conflicts[0].field(), format!("contacts[{name}].phone"));
}

/// Without a common ancestor every difference is a conflict; records on one side only are kept.
#[test]
fn without_an_ancestor_every_difference_is_a_conflict() {
    let base = exemple();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.partners[0].name = "Un".into();
    theirs.partners[1].name = "Deux".into();
    theirs.partners.pop();
    let m = merge::merge(None, &ours, &theirs);
    let kinds: Vec<ConflictKind> = m.conflicts.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ConflictKind::BothChanged,
            ConflictKind::BothChanged,
            ConflictKind::OnlyOurs
        ],
        "{:?}",
        m.conflicts
    );
    assert_eq!(m.dossier.partners.len(), base.partners.len());
}

/// `diff` lists what differs record by record and field by field.
#[test]
fn diff_lists_records_and_fields() {
    let a = exemple();
    let mut b = a.clone();
    b.partners[0].name = "Nouveau nom".into();
    b.milestones.clear();
    let d = merge::diff(&a, &b);
    let changed = d
        .iter()
        .find(|x| {
            matches!(
                &x.place,
                Place::Record {
                    list: ListKind::Partners,
                    ..
                }
            )
        })
        .unwrap();
    let Change::Changed(fields) = &changed.change else {
        panic!("a changed partner");
    };
    assert_eq!(fields.len(), 1);
    assert_eq!(merge::path_text(&fields[0].path), "name");
    assert_eq!(
        d.iter().filter(|x| x.change == Change::Removed).count(),
        a.milestones.len()
    );
    assert!(merge::same_campus(&a, &b));
    let mut other = a.clone();
    other.campus.name = "Campus tout autre".into();
    other.campus.short_name = "AUTRE".into();
    assert!(!merge::same_campus(&a, &other));
}

/// A sync client's conflict copy merges from the version both came from, found in the ancestor
/// store by content: our saved edits and the copy's both arrive, without a conflict.
#[test]
fn a_conflict_copy_merges_from_the_version_both_came_from() {
    use cmq_dossiers::session::{Document, Edit, Source};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    let base = exemple();
    std::fs::write(&file, store::to_text(&base).unwrap()).unwrap();
    let mut doc = Document::open(&file).unwrap();
    doc.set_ancestors(store::Ancestors::new(dir.path().join("versions")));
    let mut ours = base.clone();
    ours.partners[0].role = "Rôle d'ici".into();
    doc.apply(Edit::Whole(Box::new(ours))).unwrap();
    doc.save(false).unwrap();
    // The other machine started from the same version.
    let mut theirs = base.clone();
    theirs.actions[0].title = "Action de là-bas".into();
    let copy = dir
        .path()
        .join("campus (conflicted copy 2026-11-30 101500).ron");
    std::fs::write(&copy, store::to_text(&theirs).unwrap()).unwrap();
    let incoming = doc.merge_copy(&copy).unwrap();
    assert!(incoming.had_ancestor);
    assert!(
        incoming.merge.conflicts.is_empty(),
        "{:?}",
        incoming.merge.conflicts
    );
    assert_eq!(incoming.from, Source::Copy(copy.clone()));
    let merged = incoming.merge.dossier.clone();
    doc.accept_incoming(&incoming, merged);
    assert_eq!(doc.dossier().partners[0].role, "Rôle d'ici");
    assert_eq!(doc.dossier().actions[0].title, "Action de là-bas");
    assert!(doc.is_dirty(), "to save: the file is as it was");
    assert!(!doc.changed_on_disk().unwrap());
}

/// The file replaced by another campus's dossier is not merged: it is said.
#[test]
fn another_campus_on_disk_is_not_merged() {
    use cmq_dossiers::session::{Document, IncomingError};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    let base = exemple();
    std::fs::write(&file, store::to_text(&base).unwrap()).unwrap();
    let doc = Document::open(&file).unwrap();
    let mut other = base.clone();
    other.campus.name = "Campus tout autre".into();
    other.campus.short_name = "AUTRE".into();
    std::fs::write(&file, store::to_text(&other).unwrap()).unwrap();
    assert!(matches!(
        doc.merge_from_disk(),
        Err(IncomingError::OtherCampus { .. })
    ));
}

/// A conflict copy cut short by the sync, or written by a newer version of the app, is refused
/// with where it breaks; nothing is changed.
#[test]
fn a_truncated_or_newer_conflict_copy_is_refused_with_where() {
    use cmq_dossiers::session::{Document, IncomingError};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    let text = store::to_text(&exemple()).unwrap();
    std::fs::write(&file, &text).unwrap();
    let doc = Document::open(&file).unwrap();
    let copy = dir
        .path()
        .join("campus (conflicted copy 2026-11-30 101500).ron");
    std::fs::write(&copy, &text[..text.len() / 3]).unwrap();
    match doc.merge_copy(&copy) {
        Err(IncomingError::Store(e)) => {
            assert_eq!(e.path, copy);
            assert!(e.position().is_some(), "{e}");
        }
        other => panic!("refused, not {other:?}"),
    }
    let newer = text.replacen("format_version: 5", "format_version: 99", 1);
    std::fs::write(&copy, newer).unwrap();
    assert!(matches!(
        doc.merge_copy(&copy),
        Err(IncomingError::Store(_))
    ));
    assert!(!doc.is_dirty());
}
