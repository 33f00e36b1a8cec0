//! A user's decision on one conflict, applied to the merged dossier.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::{Dossier, ListKind, RecordKind};

use super::value::Step;
use super::{Conflict, Place};

/// What the user keeps for a conflict.
#[derive(Clone, Debug, PartialEq)]
pub enum Choice {
    /// Our value (what the merge holds by default, except a record we deleted and they changed).
    Ours,
    /// Their value.
    Theirs,
    /// A value the user typed.
    Value(Value),
}

/// Why a decision could not be applied.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// The record or field is no longer in the merged dossier.
    #[error("the field is no longer there")]
    NotFound,
    /// The value is not one the field can hold (text typed into a number).
    #[error("the value does not fit the field")]
    DoesNotFit,
}

/// Applies `choice` to `conflict` in `merged`: the field (or the record's presence) takes the
/// chosen value.
pub fn resolve(
    merged: &mut Dossier,
    conflict: &Conflict,
    choice: &Choice,
) -> Result<(), ResolveError> {
    let value = match choice {
        Choice::Ours => conflict.ours.clone(),
        Choice::Theirs => conflict.theirs.clone(),
        Choice::Value(v) => Some(v.clone()),
    };
    let path = conflict.path.as_slice();
    match &conflict.place {
        Place::Campus => set_in_value(&mut merged.campus, path, value),
        Place::Application => set_in_value(&mut merged.application, path, value),
        Place::Record { list, id, .. } => {
            macro_rules! per_kind {
                ($( { $kind:ident $variant:ident $field:ident $ty:path, $idty:ident $prefix:literal ;
                      $($rest:tt)* } )*) => {
                    match list {
                        $( ListKind::$kind => set_in_list(&mut merged.$field, id, path, value), )*
                    }
                };
            }
            crate::for_each_record_kind!(per_kind)
        }
    }
}

fn set_in_list<T>(
    list: &mut Vec<T>,
    id: &str,
    path: &[Step],
    value: Option<Value>,
) -> Result<(), ResolveError>
where
    T: RecordKind + Serialize + DeserializeOwned,
{
    let at = list.iter().position(|r| r.id() == id);
    if !path.is_empty() {
        let slot = at
            .and_then(|i| list.get_mut(i))
            .ok_or(ResolveError::NotFound)?;
        return set_in_value(slot, path, value);
    }
    match (value, at) {
        (None, Some(i)) => {
            list.remove(i);
        }
        (None, None) => {}
        (Some(v), at) => {
            let record: T = serde_json::from_value(v).map_err(|_| ResolveError::DoesNotFit)?;
            match at.and_then(|i| list.get_mut(i)) {
                Some(slot) => *slot = record,
                None => list.push(record),
            }
        }
    }
    Ok(())
}

fn set_in_value<T>(target: &mut T, path: &[Step], value: Option<Value>) -> Result<(), ResolveError>
where
    T: Serialize + DeserializeOwned,
{
    let mut json = serde_json::to_value(&*target).map_err(|_| ResolveError::DoesNotFit)?;
    set_at(&mut json, path, value)?;
    *target = serde_json::from_value(json).map_err(|_| ResolveError::DoesNotFit)?;
    Ok(())
}

fn set_at(root: &mut Value, path: &[Step], value: Option<Value>) -> Result<(), ResolveError> {
    let Some((last, parents)) = path.split_last() else {
        *root = value.unwrap_or(Value::Null);
        return Ok(());
    };
    let mut node = root;
    for step in parents {
        node = child(node, step).ok_or(ResolveError::NotFound)?;
    }
    match (last, node) {
        (Step::Field(k), Value::Object(map)) => {
            match value {
                Some(v) => map.insert(k.clone(), v),
                None => map.remove(k),
            };
            Ok(())
        }
        (Step::Item { key, value: kv }, Value::Array(items)) => {
            let at = items.iter().position(|e| e.get(key) == Some(kv));
            match (value, at) {
                (Some(v), Some(i)) => items[i] = v,
                (Some(v), None) => items.push(v),
                (None, Some(i)) => {
                    items.remove(i);
                }
                (None, None) => {}
            }
            Ok(())
        }
        _ => Err(ResolveError::NotFound),
    }
}

fn child<'a>(node: &'a mut Value, step: &Step) -> Option<&'a mut Value> {
    match step {
        Step::Field(k) => node.get_mut(k.as_str()),
        Step::Item { key, value } => node
            .as_array_mut()?
            .iter_mut()
            .find(|e| e.get(key.as_str()) == Some(value)),
    }
}
