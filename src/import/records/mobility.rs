//! A row → an Erasmus+ mobility: the Beneficiary Module's words, French labels, and an activity
//! deduced from the public and the duration when the file has none.

use super::{Importable, Notes, RowValues, country_code};
use crate::i18n::Lang;
use crate::import::fields::{Field, MOBILITY_FIELDS};
use crate::import::note::Note;
use crate::import::plan::MatchKey;
use crate::import::value::Value;
use crate::model::Dossier;
use crate::model::text::normalise;
use std::collections::HashMap;

use crate::model::erasmus::{bm_transport, project_number};
use crate::model::ids::{MobilityId, ProjectId};
use crate::model::mobility::{ActivityType, Direction, Mobility, ParticipantKind, Transport};
use crate::model::project::Project;
use crate::model::{ListKind, Record, RecordKind};
use crate::rules::activities;
use crate::session::Edit;

/// Most participants one row may stand for (a row claiming a million would fill the memory).
const MAX_PARTICIPANTS_PER_ROW: u32 = 999;

/// The mobility of a row, or `None` when its dates are missing or unreadable (`notes` says why).
/// A row of N participants counts N ([`Notes::copies`]); a project reference the dossier does
/// not have yet asks for a new project ([`Notes::new_project`]).
pub(super) fn new_mobility(
    row: &RowValues<'_>,
    d: &Dossier,
    notes: &mut Notes,
) -> Option<Mobility> {
    // A BM file mixes main lines with itinerary and certification sub-rows: only main lines
    // are participants.
    if let Some(kind) = row.text("data_type") {
        let n = normalise(&kind);
        if n.contains("itiner") || n.contains("certif") {
            notes.errors.push(Note::BmSubRow(kind));
            return None;
        }
    }
    let start = row.date("start", notes);
    let end = row.date("end", notes);
    let (Some(start), Some(end)) = (start, end) else {
        return None;
    };
    if end < start {
        notes.errors.push(Note::EndBeforeStart { start, end });
    }
    let project = match row.text("reference") {
        None => None,
        Some(reference) => {
            let r = reference.trim();
            if let Some(p) = d.projects.iter().find(|p| {
                p.reference.trim().eq_ignore_ascii_case(r)
                    || (!p.grant_agreement.trim().is_empty()
                        && p.grant_agreement.trim().eq_ignore_ascii_case(r))
            }) {
                Some(p.id.clone())
            } else if project_number(r).is_some() {
                notes.new_project = Some(Project::from_reference(r));
                None
            } else {
                notes.errors.push(Note::ProjectReference(reference.clone()));
                None
            }
        }
    };
    let participant_text = row.text("participant");
    let mut participant = participant_text.as_deref().and_then(participant_kind);
    if let (Some(t), None) = (&participant_text, participant) {
        notes.warnings.push(Note::UnknownPublic(t.clone()));
    }
    let activity_text = row.text("activity");
    let mut activity = activity_text.as_deref().and_then(activity_type);
    if participant.is_none() {
        participant = Some(
            activity
                .and_then(activities::current)
                .and_then(|r| r.participants.first().copied())
                .unwrap_or(ParticipantKind::Apprenants),
        );
    }
    let participant = participant.unwrap_or(ParticipantKind::Apprenants);
    if activity.is_none() {
        let days = (end - start).num_days() + 1;
        let guessed = match participant {
            ParticipantKind::Personnels => ActivityType::JobShadowing,
            ParticipantKind::Experts => ActivityType::ExpertInvite,
            ParticipantKind::EnseignantsAccueillis => ActivityType::EnseignantAccueilli,
            ParticipantKind::Apprenants | ParticipantKind::Accompagnateurs if days >= 90 => {
                ActivityType::ErasmusPro
            }
            ParticipantKind::Apprenants | ParticipantKind::Accompagnateurs if days >= 10 => {
                ActivityType::CourteDuree
            }
            ParticipantKind::Apprenants | ParticipantKind::Accompagnateurs => {
                ActivityType::MobiliteGroupe
            }
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
    let mut country_of = |key: &str| {
        row.text(key).map(|t| {
            country_code(&t).unwrap_or_else(|| {
                notes.errors.push(Note::UnknownCountry(t.clone()));
                String::new()
            })
        })
    };
    // A required field: without it the plan already rejects the row.
    let country = country_of("country").unwrap_or_default();
    // An outgoing participant leaves from France unless the file says otherwise.
    let departure_country = country_of("departure_country").unwrap_or_else(|| match direction {
        Direction::Sortante => "FR".to_owned(),
        Direction::Entrante => String::new(),
    });
    let copies = match row.number("participants", notes) {
        Some(n) if n >= 1.0 && n.fract() == 0.0 && n <= f64::from(MAX_PARTICIPANTS_PER_ROW) => {
            n as u32
        }
        Some(n) => {
            notes
                .errors
                .push(Note::NotAPersonCount(Value::Number(n).text()));
            1
        }
        None => 1,
    };
    notes.copies = copies;
    let funded_travel_days = match row.number("funded_travel_days", notes) {
        Some(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u8::MAX) => n as u8,
        Some(n) => {
            notes
                .errors
                .push(Note::NotTravelDays(Value::Number(n).text()));
            0
        }
        None => 0,
    };
    let distance_km = match row.number("distance_km", notes) {
        Some(n) if (0.0..=40_000.0).contains(&n) => Some(n.round() as u32),
        Some(n) => {
            notes.errors.push(Note::Value(
                row.field("distance_km")?,
                crate::import::value::ValueError::Number(Value::Number(n).text()),
            ));
            None
        }
        None => None,
    };
    let transport = match row.text("transport") {
        Some(t) => transport(&t).unwrap_or_else(|| {
            notes.warnings.push(Note::UnknownTransport(t));
            Transport::NonRenseigne
        }),
        // A file that only says « green travel »: sustainable, means not given.
        None if row.flag("green_travel", notes) == Some(true) => Transport::AutreDurable,
        None => Transport::NonRenseigne,
    };
    Some(Mobility {
        id: MobilityId::default(),
        project,
        activity_id: row.text("activity_id").unwrap_or_default(),
        name: row.text("name").unwrap_or_default(),
        activity: activity.unwrap_or(ActivityType::CourteDuree),
        participant,
        direction,
        sending_org: row.text("sending").unwrap_or_default(),
        receiving_org: row.text("receiving").unwrap_or_default(),
        departure_country,
        departure_city: row.text("departure_city").unwrap_or_default(),
        country,
        city: row.text("city").unwrap_or_default(),
        start,
        end,
        transport,
        funded_travel_days,
        distance_km,
        fewer_opportunities: row.flag("fewer_opportunities", notes).unwrap_or(false),
        recent_graduate: row.flag("recent_graduate", notes).unwrap_or(false),
    })
}

/// The means of transport a cell names (French or English, the BM's words).
fn transport(text: &str) -> Option<Transport> {
    let n = normalise(text);
    if let Some(t) = Transport::ALL.into_iter().find(|t| {
        Lang::ALL
            .iter()
            .any(|l| normalise((l.strings().transport_label)(*t)) == n)
            || normalise(bm_transport(*t)) == n
    }) {
        return Some(t);
    }
    let any = |words: &[&str]| words.iter().any(|w| n.contains(w));
    Some(if any(&["train", "rail"]) {
        Transport::Train
    } else if any(&["covoiturage", "car sharing", "carpool"]) {
        Transport::Covoiturage
    } else if any(&["bus", "coach", "autocar"]) {
        Transport::Bus
    } else if any(&["velo", "bicycle", "bike"]) {
        Transport::Velo
    } else if any(&["avion", "plane", "air", "vol"]) {
        Transport::Avion
    } else if any(&["voiture", "car"]) {
        Transport::Voiture
    } else if any(&["bateau", "ferry", "boat"]) {
        Transport::Bateau
    } else if any(&["durable", "sustainable"]) {
        Transport::AutreDurable
    } else {
        return None;
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
    } else if any(&["accompagn", "accompanying"]) {
        Some(ParticipantKind::Accompagnateurs)
    } else if any(&["expert"]) {
        Some(ParticipantKind::Experts)
    } else if any(&["accueilli", "hosted", "in training", "en formation"]) {
        Some(ParticipantKind::EnseignantsAccueillis)
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
    if let Some(a) = activities::by_code_or_name(text) {
        return Some(a);
    }
    if let Some(a) = ActivityType::ALL.into_iter().find(|a| {
        Lang::ALL
            .iter()
            .any(|l| normalise((l.strings().activity_label)(*a)) == n)
            || normalise(&format!("{a:?}")) == n
    }) {
        return Some(a);
    }
    let any = |words: &[&str]| words.iter().any(|w| n.contains(w));
    Some(if any(&["expert"]) {
        ActivityType::ExpertInvite
    } else if any(&["hosting", "accueil d enseignants"]) {
        ActivityType::EnseignantAccueilli
    } else if any(&["preparato"]) {
        ActivityType::VisitePreparatoire
    } else if any(&["shadowing", "observation"]) {
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

    fn build(row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) -> Option<Self> {
        new_mobility(row, d, notes)
    }

    /// The fields the row gives are set (read together: dates and activity depend on each
    /// other); what the file does not give stays as it was, so a Beneficiary Module file with
    /// fewer columns than ours changes only what it says.
    fn update(&mut self, row: &RowValues<'_>, d: &Dossier) {
        let Some(new) = new_mobility(row, d, &mut Notes::default()) else {
            return;
        };
        let given = |key: &str| row.text(key).is_some();
        macro_rules! take {
            ($($field:ident <- $($key:literal)|+),* $(,)?) => {
                $(if $(given($key))||+ {
                    self.$field = new.$field.clone();
                })*
            };
        }
        take!(
            activity_id <- "activity_id",
            name <- "name",
            activity <- "activity",
            participant <- "participant",
            direction <- "direction",
            sending_org <- "sending",
            receiving_org <- "receiving",
            departure_country <- "departure_country",
            departure_city <- "departure_city",
            country <- "country",
            city <- "city",
            start <- "start",
            end <- "end",
            transport <- "transport",
            funded_travel_days <- "funded_travel_days",
            distance_km <- "distance_km",
            fewer_opportunities <- "fewer_opportunities",
            recent_graduate <- "recent_graduate",
        );
        // A file that says only « green travel »: the means changes only when it contradicts it.
        if !given("transport") && given("green_travel") && new.green_travel() != self.green_travel()
        {
            self.transport = new.transport;
        }
        if new.project.is_some() {
            self.project = new.project;
        }
    }

    /// A participant is recognised by its Mobility activity ID in its project (the
    /// Beneficiary Module's key), else by its trip, dates and name.
    fn keys(&self) -> Vec<(MatchKey, String)> {
        let project = self.project.as_ref().map_or("", |p| p.as_str());
        let mut keys = Vec::new();
        if !self.activity_id.trim().is_empty() {
            keys.push((
                MatchKey::ActivityId,
                format!("{project}|{}", self.activity_id.trim()),
            ));
        }
        keys.push((
            MatchKey::Mobility,
            format!(
                "{project}|{}|{}|{}|{}|{:?}|{:?}|{}",
                self.start,
                self.end,
                self.country,
                normalise(&self.receiving_org),
                self.participant,
                self.direction,
                normalise(&self.name)
            ),
        ));
        keys
    }

    fn scope(&self) -> Option<String> {
        self.project.as_ref().map(|p| p.0.clone())
    }

    fn label(&self) -> String {
        let who = if self.name.trim().is_empty() {
            &self.activity_id
        } else {
            &self.name
        };
        format!(
            "{who} → {} ({}) {}",
            self.receiving_org,
            self.country,
            self.start.format("%d/%m/%Y")
        )
    }
}

/// The participants of the mobility rows to add: each row's record `copies` times, in its
/// project (a project the dossier does not have is created once, as an insert returned first),
/// with Mobility activity IDs numbered on from the project's highest (`086243-MOB-00013`). A
/// row's own activity ID is kept when it stands for one participant.
pub(crate) fn participants(
    d: &Dossier,
    rows: Vec<(Record, u32, Option<Project>)>,
) -> (Vec<Edit>, Vec<Record>) {
    let mut projects: Vec<Project> = Vec::new();
    let mut fresh_project_ids = ListKind::Projects
        .fresh_ids(d, rows.iter().filter(|r| r.2.is_some()).count())
        .into_iter();
    let mut next: HashMap<ProjectId, u32> = HashMap::new();
    let mut out = Vec::new();
    // The activity IDs the rows give themselves, so that numbering never takes one of them.
    let explicit: Vec<(Option<ProjectId>, u32)> = rows
        .iter()
        .filter_map(|(r, _, _)| {
            let m = Mobility::of_record(r)?;
            let n = m.activity_id.rsplit_once("MOB-")?.1.parse().ok()?;
            Some((m.project.clone(), n))
        })
        .collect();
    for (record, copies, new_project) in rows {
        let Some(mut m) = Mobility::of_record(&record).cloned() else {
            continue;
        };
        if let Some(new) = new_project {
            let known = projects
                .iter()
                .find(|p| p.reference.eq_ignore_ascii_case(&new.reference))
                .map(|p| p.id.clone());
            m.project = Some(known.unwrap_or_else(|| {
                let id = ProjectId(fresh_project_ids.next().unwrap_or_default());
                projects.push(Project {
                    id: id.clone(),
                    ..new
                });
                id
            }));
        }
        let project = m.project.as_ref().and_then(|id| {
            d.projects
                .iter()
                .chain(projects.iter())
                .find(|p| &p.id == id)
        });
        for _ in 0..copies.max(1) {
            let mut one = m.clone();
            if (copies > 1 || one.activity_id.trim().is_empty())
                && let Some(p) = project
            {
                let n = next
                    .entry(p.id.clone())
                    .or_insert_with(|| highest_in(d, &p.id, &explicit));
                *n += 1;
                one.activity_id = p.mobility_id(*n);
            }
            out.push(one.into_record());
        }
    }
    let first = d.projects.len();
    let inserts = projects
        .into_iter()
        .enumerate()
        .map(|(n, p)| Edit::Insert {
            index: first + n,
            record: Record::Project(p),
        })
        .collect();
    (inserts, out)
}

/// The highest activity number of project `id`: in the dossier, or given by a row.
fn highest_in(d: &Dossier, id: &ProjectId, explicit: &[(Option<ProjectId>, u32)]) -> u32 {
    let given = explicit
        .iter()
        .filter(|(p, _)| p.as_ref() == Some(id))
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0);
    d.highest_activity_number(Some(id)).max(given)
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
