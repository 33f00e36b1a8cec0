//! The three-way merge of one value, field by field, on its serde form (`serde_json::Value`):
//! objects merge key by key, lists of plain values as sets, lists of records that carry a key
//! (`id`, `name`, `funder`, `activity`) element by element; anything else merges whole.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::Value;

/// One step of the path to a field inside a record.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Step {
    /// A field of a structure, or a key of a map (an indicator's year).
    Field(String),
    /// The element of a list whose `key` field holds `value` (the contact named « Marie »).
    Item {
        /// The field that identifies the elements (`name`).
        key: String,
        /// Its value for this element.
        value: Value,
    },
}

/// A path inside a record, as text: `contacts[Marie Durand].email`, `values.2021`.
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Field(name) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
            }
            Step::Item { value, .. } => {
                out.push('[');
                out.push_str(&scalar_text(value));
                out.push(']');
            }
        }
    }
    out
}

/// A plain value as a person reads it: text without quotes, `null` as nothing.
pub fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Two sides that disagree on one value.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct RawConflict {
    pub path: Vec<Step>,
    pub base: Option<Value>,
    pub ours: Option<Value>,
    pub theirs: Option<Value>,
}

/// How the merge reads a missing base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mode {
    /// The common ancestor is known: an absent base value means « added since ».
    ThreeWay,
    /// No ancestor: every difference is a conflict.
    TwoWay,
}

/// Merges one value. `None` is « absent » (a map key, a list element, a record). Conflicts are
/// pushed to `out` with their path; the result then holds our value, or theirs when ours is
/// absent (nothing is lost by default).
pub(super) fn merge3(
    base: Option<&Value>,
    ours: Option<&Value>,
    theirs: Option<&Value>,
    mode: Mode,
    path: &mut Vec<Step>,
    out: &mut Vec<RawConflict>,
) -> Option<Value> {
    if ours == theirs {
        return ours.cloned();
    }
    if mode == Mode::ThreeWay {
        if ours == base {
            return theirs.cloned();
        }
        if theirs == base {
            return ours.cloned();
        }
    }
    match (ours, theirs) {
        (Some(Value::Object(o)), Some(Value::Object(t))) => {
            let b = base.and_then(Value::as_object);
            let mut merged = serde_json::Map::new();
            let keys = o.keys().chain(t.keys().filter(|k| !o.contains_key(*k)));
            for k in keys {
                path.push(Step::Field(k.clone()));
                let v = merge3(
                    b.and_then(|b| b.get(k)),
                    o.get(k),
                    t.get(k),
                    mode,
                    path,
                    out,
                );
                path.pop();
                if let Some(v) = v {
                    merged.insert(k.clone(), v);
                }
            }
            return Some(Value::Object(merged));
        }
        (Some(Value::Array(o)), Some(Value::Array(t))) => {
            let b = base.and_then(Value::as_array).map(Vec::as_slice);
            if let Some(v) = merge_arrays(b, o, t, mode, path, out) {
                return Some(Value::Array(v));
            }
        }
        _ => {}
    }
    out.push(RawConflict {
        path: path.clone(),
        base: base.cloned(),
        ours: ours.cloned(),
        theirs: theirs.cloned(),
    });
    ours.or(theirs).cloned()
}

/// The fields that identify the elements of a list of records, tried in this order.
const KEYS: [&str; 4] = ["id", "name", "funder", "activity"];

/// A list merged element by element, or `None` when it must merge as a whole (its elements
/// have no key, or a key repeats).
fn merge_arrays(
    base: Option<&[Value]>,
    ours: &[Value],
    theirs: &[Value],
    mode: Mode,
    path: &mut Vec<Step>,
    out: &mut Vec<RawConflict>,
) -> Option<Vec<Value>> {
    let all = || ours.iter().chain(theirs).chain(base.unwrap_or_default());
    if all().all(|v| !v.is_object() && !v.is_array()) {
        if mode == Mode::TwoWay {
            return None;
        }
        return merge_sets(base.unwrap_or_default(), ours, theirs);
    }
    let key = KEYS.into_iter().find(|k| {
        all().all(|v| v.get(*k).is_some_and(|x| !x.is_object() && !x.is_array()))
            && [Some(ours), Some(theirs), base]
                .into_iter()
                .flatten()
                .all(|list| unique(list.iter().filter_map(|v| v.get(*k))))
    })?;
    let key_of = |v: &Value| v.get(key).map(Value::to_string).unwrap_or_default();
    let base_map: HashMap<String, &Value> = base
        .unwrap_or_default()
        .iter()
        .map(|v| (key_of(v), v))
        .collect();
    let theirs_map: HashMap<String, &Value> = theirs.iter().map(|v| (key_of(v), v)).collect();
    let ours_keys: HashSet<String> = ours.iter().map(key_of).collect();
    let step = |v: &Value, path: &mut Vec<Step>| {
        path.push(Step::Item {
            key: key.to_owned(),
            value: v.get(key).cloned().unwrap_or(Value::Null),
        });
    };
    let mut kept = Vec::with_capacity(ours.len());
    for o in ours {
        let k = key_of(o);
        step(o, path);
        let v = merge3(
            base_map.get(&k).copied(),
            Some(o),
            theirs_map.get(&k).copied(),
            mode,
            path,
            out,
        );
        path.pop();
        kept.push((k, v));
    }
    let mut added = HashMap::new();
    for t in theirs {
        let k = key_of(t);
        if ours_keys.contains(&k) {
            continue;
        }
        step(t, path);
        let v = merge3(base_map.get(&k).copied(), None, Some(t), mode, path, out);
        path.pop();
        added.insert(k, v);
    }
    let order: Vec<String> = theirs.iter().map(key_of).collect();
    Some(
        interleave(kept, &order, added)
            .into_iter()
            .flatten()
            .collect(),
    )
}

/// True when no value repeats.
fn unique<'a>(values: impl Iterator<Item = &'a Value>) -> bool {
    let mut seen = HashSet::new();
    values.into_iter().all(|v| seen.insert(v.to_string()))
}

/// A list of plain values (an action's partners, a campus's académies) merged as a set: ours in
/// their order, without what theirs removed, with what theirs added at the end.
fn merge_sets(base: &[Value], ours: &[Value], theirs: &[Value]) -> Option<Vec<Value>> {
    if !unique(base.iter()) || !unique(ours.iter()) || !unique(theirs.iter()) {
        return None;
    }
    let removed: Vec<&Value> = base.iter().filter(|b| !theirs.contains(b)).collect();
    let mut merged: Vec<Value> = ours
        .iter()
        .filter(|o| !removed.contains(o))
        .cloned()
        .collect();
    for t in theirs {
        if !base.contains(t) && !merged.contains(t) {
            merged.push(t.clone());
        }
    }
    Some(merged)
}

/// Ours in their order, each of theirs' own elements after the element that precedes it in
/// theirs (at the front when none does): records added on their side land where they put them.
pub(super) fn interleave<K, X>(
    ours: Vec<(K, X)>,
    theirs_order: &[K],
    mut added: HashMap<K, X>,
) -> Vec<X>
where
    K: std::hash::Hash + Eq + Clone,
{
    if added.is_empty() {
        return ours.into_iter().map(|(_, x)| x).collect();
    }
    let in_ours: HashSet<&K> = ours.iter().map(|(k, _)| k).collect();
    let mut front = Vec::new();
    let mut after: HashMap<K, Vec<X>> = HashMap::new();
    let mut anchor: Option<&K> = None;
    for k in theirs_order {
        if in_ours.contains(k) {
            anchor = Some(k);
        } else if let Some(x) = added.remove(k) {
            match anchor {
                Some(a) => after.entry(a.clone()).or_default().push(x),
                None => front.push(x),
            }
        }
    }
    let mut merged = front;
    merged.reserve(ours.len());
    for (k, x) in ours {
        merged.push(x);
        if let Some(more) = after.remove(&k) {
            merged.extend(more);
        }
    }
    merged
}

/// The fields where `a` and `b` differ, with both values (lists compare whole).
pub(super) fn differences(
    a: Option<&Value>,
    b: Option<&Value>,
    path: &mut Vec<Step>,
    out: &mut Vec<(Vec<Step>, Option<Value>, Option<Value>)>,
) {
    if a == b {
        return;
    }
    if let (Some(Value::Object(x)), Some(Value::Object(y))) = (a, b) {
        for k in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
            path.push(Step::Field(k.clone()));
            differences(x.get(k), y.get(k), path, out);
            path.pop();
        }
        return;
    }
    out.push((path.clone(), a.cloned(), b.cloned()));
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn merged(base: &Value, ours: &Value, theirs: &Value) -> (Option<Value>, Vec<RawConflict>) {
        let mut out = Vec::new();
        let v = merge3(
            Some(base),
            Some(ours),
            Some(theirs),
            Mode::ThreeWay,
            &mut Vec::new(),
            &mut out,
        );
        (v, out)
    }

    #[test]
    fn fields_changed_on_different_sides_both_arrive() {
        let (v, c) = merged(
            &json!({"name": "A", "email": "a@x"}),
            &json!({"name": "B", "email": "a@x"}),
            &json!({"name": "A", "email": "b@x"}),
        );
        assert!(c.is_empty());
        assert_eq!(v, Some(json!({"name": "B", "email": "b@x"})));
    }

    #[test]
    fn one_field_changed_both_ways_is_a_conflict_holding_ours() {
        let (v, c) = merged(&json!({"n": 1}), &json!({"n": 2}), &json!({"n": 3}));
        assert_eq!(v, Some(json!({"n": 2})));
        assert_eq!(c.len(), 1);
        assert_eq!(path_text(&c[0].path), "n");
        assert_eq!(c[0].theirs, Some(json!(3)));
    }

    #[test]
    fn keyed_lists_merge_element_by_element() {
        let base = json!([{"name": "Marie", "email": "m@x"}, {"name": "Paul", "email": "p@x"}]);
        let ours = json!([{"name": "Marie", "email": "m2@x"}, {"name": "Paul", "email": "p@x"}]);
        let theirs = json!([{"name": "Paul", "email": "p@x"}, {"name": "Zoé", "email": "z@x"}]);
        let (v, c) = merged(&base, &ours, &theirs);
        // Theirs removed Marie while ours changed her: a conflict that keeps her.
        assert_eq!(c.len(), 1);
        assert_eq!(path_text(&c[0].path), "[Marie]");
        assert_eq!(
            v,
            Some(
                json!([{"name": "Marie", "email": "m2@x"}, {"name": "Paul", "email": "p@x"},
                {"name": "Zoé", "email": "z@x"}])
            )
        );
    }

    #[test]
    fn plain_lists_merge_as_sets() {
        let (v, c) = merged(
            &json!(["P1", "P2"]),
            &json!(["P1", "P2", "P3"]),
            &json!(["P2"]),
        );
        assert!(c.is_empty());
        assert_eq!(v, Some(json!(["P2", "P3"])));
    }

    #[test]
    fn maps_merge_key_by_key() {
        let (v, c) = merged(
            &json!({"2021": 1.0}),
            &json!({"2021": 1.0, "2022": 2.0}),
            &json!({"2021": 1.5}),
        );
        assert!(c.is_empty());
        assert_eq!(v, Some(json!({"2021": 1.5, "2022": 2.0})));
    }

    #[test]
    fn without_a_base_every_difference_is_a_conflict() {
        let mut out = Vec::new();
        let v = merge3(
            None,
            Some(&json!({"a": 1, "b": ["x"]})),
            Some(&json!({"a": 1, "b": ["y"]})),
            Mode::TwoWay,
            &mut Vec::new(),
            &mut out,
        );
        assert_eq!(v, Some(json!({"a": 1, "b": ["x"]})));
        assert_eq!(out.len(), 1);
        assert_eq!(path_text(&out[0].path), "b");
    }
}
