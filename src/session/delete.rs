//! Deleting a record others refer to: one edit that clears the references, then removes it.

use crate::model::Dossier;
use crate::model::ids::{IndicatorId, PartnerId};

use crate::model::{ListKind, RecordKind as _};

use super::edit::Edit;

/// The edit that removes the record at `index` of `list` and clears every reference to it
/// (undone in one step). `None` when there is no such record.
pub fn delete_with_references(d: &Dossier, list: ListKind, index: usize) -> Option<Edit> {
    let mut edits = Vec::new();
    let id = list.id_at(d, index)?.to_owned();
    match list {
        ListKind::Partners => clear_partner(d, &PartnerId(id), &mut edits),
        ListKind::Indicators => clear_indicator(d, &IndicatorId(id), &mut edits),
        ListKind::Projects => clear_project(d, &id, &mut edits),
        // Nothing refers to records of the other kinds.
        _ => {}
    }
    edits.push(Edit::Remove { list, index });
    Some(Edit::Batch(edits))
}

fn clear_partner(d: &Dossier, id: &PartnerId, edits: &mut Vec<Edit>) {
    if d.campus.etablissement_support.as_ref() == Some(id) {
        let mut c = d.campus.clone();
        c.etablissement_support = None;
        edits.push(Edit::Campus(Box::new(c)));
    }
    for (index, a) in d.actions.iter().enumerate() {
        if a.lead.as_ref() == Some(id) || a.partners.contains(id) {
            let mut a = a.clone();
            if a.lead.as_ref() == Some(id) {
                a.lead = None;
            }
            a.partners.retain(|p| p != id);
            edits.push(Edit::Replace {
                index,
                record: a.into_record(),
            });
        }
    }
    for (index, s) in d.sectors.iter().enumerate() {
        if s.formations
            .iter()
            .any(|f| f.etablissement.as_ref() == Some(id))
        {
            let mut s = s.clone();
            for f in &mut s.formations {
                if f.etablissement.as_ref() == Some(id) {
                    f.etablissement = None;
                }
            }
            edits.push(Edit::Replace {
                index,
                record: s.into_record(),
            });
        }
    }
}

fn clear_indicator(d: &Dossier, id: &IndicatorId, edits: &mut Vec<Edit>) {
    for (index, a) in d.actions.iter().enumerate() {
        if a.indicators.contains(id) {
            let mut a = a.clone();
            a.indicators.retain(|i| i != id);
            edits.push(Edit::Replace {
                index,
                record: a.into_record(),
            });
        }
    }
}

/// The participants of project `id` keep their trip and lose their project (a finding says so).
fn clear_project(d: &Dossier, id: &str, edits: &mut Vec<Edit>) {
    for (index, m) in d.mobilities.iter().enumerate() {
        if m.project.as_ref().is_some_and(|p| p.as_str() == id) {
            let mut m = m.clone();
            m.project = None;
            edits.push(Edit::Replace {
                index,
                record: m.into_record(),
            });
        }
    }
}
