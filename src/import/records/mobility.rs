//! A row → an Erasmus+ mobility: the Beneficiary Module's words, French labels, and an activity
//! deduced from the public and the duration when the file has none.

use super::{Importable, Notes, RowValues, country_code};
use crate::i18n::Lang;
use crate::import::fields::{Field, MOBILITY_FIELDS};
use crate::import::note::Note;
use crate::import::plan::MatchKey;
use crate::import::text::normalise;
use crate::import::value::Value;
use crate::model::Dossier;
use crate::model::ids::MobilityId;
use crate::model::mobility::{
    ActivityType, Direction, ErasmusProject, KeyAction, Mobility, ParticipantKind,
};

/// The mobility of a row, or `None` when its dates are missing or unreadable (`notes` says why).
pub(super) fn new_mobility(row: &RowValues<'_>, notes: &mut Notes) -> Option<Mobility> {
    let start = row.date("start", notes);
    let end = row.date("end", notes);
    let (Some(start), Some(end)) = (start, end) else {
        return None;
    };
    if end < start {
        notes.errors.push(Note::EndBeforeStart { start, end });
    }
    let reference = row.text("reference").unwrap_or_default();
    let key_action = match row.text("key_action") {
        Some(t) if normalise(&t).replace(' ', "").contains("ka122") => KeyAction::Ka122,
        Some(t) if normalise(&t).replace(' ', "").contains("ka121") => KeyAction::Ka121,
        Some(t) => {
            notes.warnings.push(Note::UnknownKeyAction(t));
            KeyAction::Ka121
        }
        None if reference.to_uppercase().contains("KA122") => KeyAction::Ka122,
        None => KeyAction::Ka121,
    };
    let call_year = match row.number("call_year", notes) {
        Some(y) if (2014.0..=2100.0).contains(&y) => y as u16,
        Some(y) => {
            notes
                .errors
                .push(Note::NotACallYear(Value::Number(y).text()));
            0
        }
        None => reference
            .get(..4)
            .and_then(|y| y.parse::<u16>().ok())
            .filter(|y| (2014..=2100).contains(y))
            .unwrap_or(start.format("%Y").to_string().parse().unwrap_or(2021)),
    };
    let participant_text = row.text("participant");
    let mut participant = participant_text.as_deref().and_then(participant_kind);
    if let (Some(t), None) = (&participant_text, participant) {
        notes.warnings.push(Note::UnknownPublic(t.clone()));
    }
    let activity_text = row.text("activity");
    let mut activity = activity_text.as_deref().and_then(activity_type);
    if participant.is_none() {
        participant = Some(activity.map_or(ParticipantKind::Apprenants, |a| a.rule().participant));
    }
    let participant = participant.unwrap_or(ParticipantKind::Apprenants);
    if activity.is_none() {
        let days = (end - start).num_days() + 1;
        let guessed = match participant {
            ParticipantKind::Personnels => ActivityType::JobShadowing,
            ParticipantKind::Apprenants if days >= 90 => ActivityType::ErasmusPro,
            ParticipantKind::Apprenants if days >= 10 => ActivityType::CourteDuree,
            ParticipantKind::Apprenants => ActivityType::MobiliteGroupe,
        };
        notes
            .warnings
            .push(Note::UnknownActivity(activity_text.clone(), guessed));
        activity = Some(guessed);
    }
    let direction = match row.text("direction") {
        Some(t) => direction(&t).unwrap_or_else(|| {
            notes.warnings.push(Note::UnknownDirection(t));
            Direction::Sortante
        }),
        None => Direction::Sortante,
    };
    let country = if let Some(t) = row.text("country") {
        country_code(&t).unwrap_or_else(|| {
            notes.errors.push(Note::UnknownCountry(t.clone()));
            String::new()
        })
    } else {
        // A required field: the plan already rejects the row.
        String::new()
    };
    let participants = match row.number("participants", notes) {
        Some(n) if n >= 1.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => n as u32,
        Some(n) => {
            notes
                .errors
                .push(Note::NotAPersonCount(Value::Number(n).text()));
            1
        }
        None => 1,
    };
    Some(Mobility {
        id: MobilityId::default(),
        project: ErasmusProject {
            action: key_action,
            call_year,
            reference,
        },
        activity: activity.unwrap_or(ActivityType::CourteDuree),
        participant,
        direction,
        sending_org: row.text("sending").unwrap_or_default(),
        receiving_org: row.text("receiving").unwrap_or_default(),
        country,
        city: row.text("city").unwrap_or_default(),
        start,
        end,
        participants,
        green_travel: row.flag("green_travel", notes).unwrap_or(false),
        fewer_opportunities: row.flag("fewer_opportunities", notes).unwrap_or(false),
    })
}

fn participant_kind(text: &str) -> Option<ParticipantKind> {
    let n = normalise(text);
    let any = |words: &[&str]| words.iter().any(|w| n.contains(w));
    if any(&[
        "apprenant",
        "eleve",
        "apprenti",
        "learner",
        "etudiant",
        "stagiaire",
    ]) {
        Some(ParticipantKind::Apprenants)
    } else if any(&[
        "personnel",
        "staff",
        "enseignant",
        "formateur",
        "professeur",
    ]) {
        Some(ParticipantKind::Personnels)
    } else {
        None
    }
}

fn activity_type(text: &str) -> Option<ActivityType> {
    let n = normalise(text);
    if let Some(a) = ActivityType::ALL.into_iter().find(|a| {
        let rule = a.rule();
        Lang::ALL
            .iter()
            .any(|l| normalise((l.strings().activity_label)(*a)) == n)
            || normalise(&format!("{a:?}")) == n
            || normalise(rule.bm_name) == n
            || rule.bm_code.is_some_and(|code| normalise(code) == n)
    }) {
        return Some(a);
    }
    let any = |words: &[&str]| words.iter().any(|w| n.contains(w));
    Some(if any(&["shadowing", "observation"]) {
        ActivityType::JobShadowing
    } else if any(&["teaching", "enseignement"]) {
        ActivityType::Enseignement
    } else if any(&["competition", "concours"]) {
        ActivityType::Competition
    } else if any(&["group", "groupe"]) {
        ActivityType::MobiliteGroupe
    } else if any(&["erasmuspro", "erasmus pro", "long"]) {
        ActivityType::ErasmusPro
    } else if any(&["short", "courte"]) {
        ActivityType::CourteDuree
    } else if any(&["course", "cours", "training", "formation"]) {
        ActivityType::Formation
    } else {
        return None;
    })
}

fn direction(text: &str) -> Option<Direction> {
    match normalise(text).as_str() {
        "sortante" | "sortant" | "sortie" | "out" | "outgoing" | "envoi" => {
            Some(Direction::Sortante)
        }
        "entrante" | "entrant" | "in" | "incoming" | "accueil" => Some(Direction::Entrante),
        _ => None,
    }
}

impl Importable for Mobility {
    const FIELDS: &'static [Field] = MOBILITY_FIELDS;

    fn build(row: &RowValues<'_>, _: &Dossier, notes: &mut Notes) -> Option<Self> {
        new_mobility(row, notes)
    }

    /// A mobility is rebuilt whole from the row (keeping its id): its dates and activity
    /// depend on each other.
    fn update(&mut self, row: &RowValues<'_>, _: &Dossier) {
        if let Some(new) = new_mobility(row, &mut Notes::default()) {
            *self = Self {
                id: self.id.clone(),
                ..new
            };
        }
    }

    fn keys(&self) -> Vec<(MatchKey, String)> {
        vec![(
            MatchKey::Mobility,
            format!(
                "{}|{}|{}|{}|{}|{:?}|{:?}",
                self.project.reference,
                self.start,
                self.end,
                self.country,
                normalise(&self.receiving_org),
                self.participant,
                self.direction
            ),
        )]
    }

    fn label(&self) -> String {
        format!(
            "{} ({}) {}",
            self.receiving_org,
            self.country,
            self.start.format("%d/%m/%Y")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_and_directions() {
        assert_eq!(
            activity_type("Teaching or training assignments"),
            Some(ActivityType::Enseignement)
        );
        assert_eq!(
            activity_type("Long-term learning mobility of VET learners (ErasmusPro)"),
            Some(ActivityType::ErasmusPro)
        );
        assert_eq!(
            activity_type("Mobilité courte durée"),
            Some(ActivityType::CourteDuree)
        );
        assert_eq!(direction("Sortante"), Some(Direction::Sortante));
    }

    #[test]
    fn the_beneficiary_modules_activity_codes_are_read() {
        for (code, activity) in [
            ("LM-SKILL-VET", ActivityType::Competition),
            ("LM-SHORT-VET", ActivityType::CourteDuree),
            ("LM-LONG-VET", ActivityType::ErasmusPro),
            ("SM-JOB-SHDW", ActivityType::JobShadowing),
            ("SM-TTA", ActivityType::Enseignement),
            ("SM-COUR-TRAIN", ActivityType::Formation),
        ] {
            assert_eq!(activity_type(code), Some(activity), "{code}");
        }
    }
}
