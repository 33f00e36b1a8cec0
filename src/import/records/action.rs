//! A row → an action of the plan: its lead found among the partners, its status, its budget.

use super::{Importable, Notes, RowValues};
use crate::import::fields::{ACTION_FIELDS, Field};
use crate::import::note::Note;
use crate::import::plan::MatchKey;
use crate::import::value::Value;
use crate::model::Dossier;
use crate::model::action::{Action, ActionStatus, BudgetLine};
use crate::model::ids::PartnerId;
use crate::model::text::normalise;

/// Sets the row's action fields on `a`; the lead is looked up among `d`'s partners.
pub(super) fn set_action(a: &mut Action, row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) {
    for (key, field) in [
        ("axis", &mut a.axis),
        ("title", &mut a.title),
        ("description", &mut a.description),
    ] {
        if let Some(t) = row.text(key) {
            *field = t;
        }
    }
    if let Some(lead) = row.text("lead") {
        match find_partner(d, &lead) {
            Some(id) => a.lead = Some(id),
            None => notes.warnings.push(Note::UnknownLead(lead)),
        }
    }
    if let Some(start) = row.date("start", notes) {
        a.start = Some(start);
    }
    if let Some(end) = row.date("end", notes) {
        a.end = Some(end);
    }
    if let (Some(s), Some(e)) = (a.start, a.end)
        && e < s
    {
        notes.errors.push(Note::EndBeforeStart { start: s, end: e });
    }
    if let Some(text) = row.text("status") {
        match action_status(&text) {
            Some(s) => a.status = s,
            None => notes.warnings.push(Note::UnknownStatus(text, a.status)),
        }
    }
    if let Some(amount) = row.number("amount", notes) {
        if amount < 0.0 {
            notes
                .errors
                .push(Note::NegativeBudget(Value::Number(amount).text()));
        } else {
            let funder = row.text("funder").unwrap_or_default();
            let line = BudgetLine {
                funder: funder.clone(),
                amount_cents: (amount * 100.0).round() as i64,
            };
            match a.budget.iter_mut().find(|b| b.funder == funder) {
                Some(b) => *b = line,
                None => a.budget.push(line),
            }
        }
    }
}

/// The partner named by `text`: its id, UAI, SIRET or name.
fn find_partner(d: &Dossier, text: &str) -> Option<PartnerId> {
    let t = text.trim();
    let n = normalise(t);
    d.partners
        .iter()
        .find(|p| {
            p.id.as_str() == t
                || p.uai.text().eq_ignore_ascii_case(t)
                || (!p.siret.is_empty() && p.siret.text() == t.replace(' ', ""))
        })
        .or_else(|| d.partners.iter().find(|p| normalise(&p.name) == n))
        .map(|p| p.id.clone())
}

fn action_status(text: &str) -> Option<ActionStatus> {
    let n = normalise(text);
    let s = match n.as_str() {
        "prevue" | "prevu" | "a venir" | "a faire" | "planned" | "planifiee" => {
            ActionStatus::Prevue
        }
        "en cours" | "encours" | "in progress" | "ongoing" | "demarree" => ActionStatus::EnCours,
        "terminee" | "termine" | "realisee" | "realise" | "achevee" | "faite" | "done"
        | "completed" | "finished" => ActionStatus::Terminee,
        "abandonnee" | "abandonne" | "annulee" | "annule" | "abandoned" | "cancelled"
        | "canceled" => ActionStatus::Abandonnee,
        _ => ActionStatus::ALL
            .into_iter()
            .find(|s| normalise(&format!("{s:?}")) == n)?,
    };
    Some(s)
}

impl Importable for Action {
    const FIELDS: &'static [Field] = ACTION_FIELDS;

    fn build(row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) -> Option<Self> {
        let mut a = Self::default();
        set_action(&mut a, row, d, notes);
        Some(a)
    }

    fn update(&mut self, row: &RowValues<'_>, d: &Dossier) {
        set_action(self, row, d, &mut Notes::default());
    }

    fn keys(&self) -> Vec<(MatchKey, String)> {
        vec![(MatchKey::Title, normalise(&self.title))]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_french_and_english() {
        assert_eq!(action_status("Terminée"), Some(ActionStatus::Terminee));
        assert_eq!(action_status("EnCours"), Some(ActionStatus::EnCours));
        assert_eq!(action_status("peut-être"), None);
    }
}
