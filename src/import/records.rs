//! One source row → one record: each mapped cell is read for its field and set on the record.
//! The same setters update an existing record, so « update the duplicate » changes only the
//! fields the file fills.

use chrono::NaiveDate;

use super::fields::ImportKind;
use super::text::normalise;
use super::value::Value;
use crate::model::Dossier;
use crate::model::action::{Action, ActionStatus, BudgetLine};
use crate::model::identifiers::{Checked, Siret, Uai};
use crate::model::ids::{ActionId, IndicatorId, MobilityId, PartnerId};
use crate::model::indicator::{Indicator, IndicatorSource};
use crate::model::mobility::{
    ActivityType, Direction, ErasmusProject, KeyAction, Mobility, ParticipantKind,
};
use crate::model::partner::{Contact, Partner, PartnerKind};
use crate::model::reference;
use crate::session::Record;

/// The cells of one row, by field key (only mapped, non-empty cells).
pub(super) struct RowValues<'a> {
    pub(super) kind: ImportKind,
    pub(super) cells: Vec<(&'static str, &'a Value)>,
    pub(super) years: Vec<(i32, &'a Value)>,
}

/// What converting a row found: problems that reject it, and remarks that do not.
#[derive(Default)]
pub(super) struct Notes {
    pub(super) errors: Vec<String>,
    pub(super) warnings: Vec<String>,
}

impl RowValues<'_> {
    fn get(&self, key: &str) -> Option<&Value> {
        self.cells.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn text(&self, key: &str) -> Option<String> {
        self.get(key).map(Value::text)
    }

    fn label(&self, key: &str) -> &'static str {
        self.kind.field(key).map_or("?", |f| f.label_fr)
    }

    fn date(&self, key: &str, notes: &mut Notes) -> Option<NaiveDate> {
        let v = self.get(key)?;
        v.date()
            .map_err(|e| notes.errors.push(format!("{} : {e}", self.label(key))))
            .ok()
    }

    fn number(&self, key: &str, notes: &mut Notes) -> Option<f64> {
        let v = self.get(key)?;
        v.number()
            .map_err(|e| notes.errors.push(format!("{} : {e}", self.label(key))))
            .ok()
    }

    fn flag(&self, key: &str, notes: &mut Notes) -> Option<bool> {
        let v = self.get(key)?;
        v.flag()
            .map_err(|e| notes.errors.push(format!("{} : {e}", self.label(key))))
            .ok()
    }
}

/// Builds a new record from a row (its id is set when the import is written).
pub(super) fn build(row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) -> Option<Record> {
    let record = match row.kind {
        ImportKind::Partners => {
            let mut p = Partner {
                id: PartnerId::default(),
                name: String::new(),
                kind: PartnerKind::Entreprise,
                commune: String::new(),
                country: "FR".into(),
                uai: Checked::default(),
                siret: Checked::default(),
                role: String::new(),
                convention_signed_on: None,
                governance: false,
                contacts: Vec::new(),
            };
            set_partner(&mut p, row, true, notes);
            Record::Partner(p)
        }
        ImportKind::Actions => {
            let mut a = Action {
                id: ActionId::default(),
                axis: String::new(),
                title: String::new(),
                description: String::new(),
                lead: None,
                partners: Vec::new(),
                start: None,
                end: None,
                status: ActionStatus::Prevue,
                budget: Vec::new(),
                indicators: Vec::new(),
            };
            set_action(&mut a, row, d, notes);
            Record::Action(a)
        }
        ImportKind::Mobilities => Record::Mobility(new_mobility(row, notes)?),
        ImportKind::Indicators => {
            let mut i = Indicator {
                id: IndicatorId::default(),
                code: String::new(),
                label: String::new(),
                unit: String::new(),
                category: String::new(),
                source: IndicatorSource::Saisie,
                target: None,
                values: std::collections::BTreeMap::new(),
            };
            set_indicator(&mut i, row, notes);
            Record::Indicator(i)
        }
    };
    Some(record)
}

/// Sets the row's fields on an existing record (the « update » of a duplicate).
pub(super) fn update(record: &mut Record, row: &RowValues<'_>, d: &Dossier) {
    let mut notes = Notes::default();
    match record {
        Record::Partner(p) => set_partner(p, row, false, &mut notes),
        Record::Action(a) => set_action(a, row, d, &mut notes),
        Record::Mobility(m) => {
            if let Some(new) = new_mobility(row, &mut notes) {
                *m = Mobility {
                    id: m.id.clone(),
                    ..new
                };
            }
        }
        Record::Indicator(i) => set_indicator(i, row, &mut notes),
        _ => {}
    }
}

fn set_partner(p: &mut Partner, row: &RowValues<'_>, new: bool, notes: &mut Notes) {
    if let Some(name) = row.text("name") {
        p.name = name;
    }
    if let Some(commune) = row.text("commune") {
        p.commune = commune;
    }
    if let Some(text) = row.text("uai") {
        match Uai::parse(&text) {
            Ok(uai) => p.uai = Checked::Valid(uai),
            Err(e) => notes.errors.push(format!("UAI : {e}")),
        }
    }
    if let Some(text) = row.text("siret") {
        match Siret::parse(&text) {
            Ok(siret) => p.siret = Checked::Valid(siret),
            Err(e) => notes.errors.push(format!("SIRET : {e}")),
        }
    }
    if let Some(text) = row.text("country") {
        match country_code(&text) {
            Some(code) => p.country = code,
            None => notes.errors.push(unknown_country(&text)),
        }
    }
    let voie_pro = row.flag("voie_pro", notes).unwrap_or(false);
    match row.text("kind") {
        Some(text) => {
            if let Some(kind) = partner_kind(&text) {
                p.kind = refine(kind, voie_pro);
            } else {
                p.kind = refine(default_kind(p), voie_pro);
                notes.warnings.push(format!(
                    "type « {text} » sans équivalent : « {} » retenu, à vérifier",
                    p.kind.label_fr()
                ));
            }
        }
        None if new => {
            p.kind = refine(default_kind(p), voie_pro);
            if p.country != "FR" {
                p.kind = PartnerKind::Etranger;
            }
        }
        None => {}
    }
    if let Some(role) = row.text("role") {
        p.role = role;
    }
    if let Some(date) = row.date("convention", notes) {
        p.convention_signed_on = Some(date);
    }
    if let Some(g) = row.flag("governance", notes) {
        p.governance = g;
    }
    let contact = Contact {
        name: row.text("contact_name").unwrap_or_default(),
        role: row.text("contact_role").unwrap_or_default(),
        email: row.text("contact_email").unwrap_or_default(),
        phone: row.text("contact_phone").unwrap_or_default(),
    };
    if contact != Contact::default()
        && !p
            .contacts
            .iter()
            .any(|c| c.name == contact.name && c.email == contact.email)
    {
        p.contacts.push(contact);
    }
}

/// The kind a partner without a recognised type gets: an establishment of the directory
/// (it has a UAI) is taken for a lycée, anything else for a company.
fn default_kind(p: &Partner) -> PartnerKind {
    if p.uai.is_empty() {
        PartnerKind::Entreprise
    } else {
        PartnerKind::Lycee
    }
}

/// A lycée with a vocational track is a lycée professionnel for the campus.
fn refine(kind: PartnerKind, voie_pro: bool) -> PartnerKind {
    if kind == PartnerKind::Lycee && voie_pro {
        PartnerKind::LyceePro
    } else {
        kind
    }
}

/// Reads a partner type: the app's labels, the directory's `Type_etablissement` values and
/// common words (LP, SEP, GRETA, OPCO…).
pub fn partner_kind(text: &str) -> Option<PartnerKind> {
    let n = normalise(text);
    if let Some(k) = PartnerKind::ALL
        .into_iter()
        .find(|k| normalise(k.label_fr()) == n || normalise(&format!("{k:?}")) == n)
    {
        return Some(k);
    }
    let has = |words: &[&str]| {
        words
            .iter()
            .any(|w| n == *w || n.starts_with(&format!("{w} ")) || n.contains(&format!(" {w}")))
    };
    let kind = if has(&["lycee professionnel", "lp", "sep", "lycee des metiers"]) {
        PartnerKind::LyceePro
    } else if has(&["lycee", "lpo", "lgt", "erea", "eple", "lycee agricole"]) {
        PartnerKind::Lycee
    } else if has(&["cfa", "centre de formation d apprentis", "ufa"]) {
        PartnerKind::Cfa
    } else if has(&["universite", "epscp", "iut", "university"]) {
        PartnerKind::Universite
    } else if has(&["laboratoire", "labo", "umr", "recherche", "laboratory"]) {
        PartnerKind::Laboratoire
    } else if has(&["greta", "formation continue", "afpa", "gip fcip"]) {
        PartnerKind::FormationContinue
    } else if has(&["pole de competitivite", "pole", "cluster"]) {
        PartnerKind::PoleCompetitivite
    } else if has(&[
        "branche",
        "opco",
        "federation",
        "syndicat professionnel",
        "cci",
        "cma",
    ]) {
        PartnerKind::Branche
    } else if has(&[
        "collectivite",
        "region",
        "conseil regional",
        "departement",
        "metropole",
        "communaute",
        "mairie",
    ]) {
        PartnerKind::Collectivite
    } else if has(&["association", "asso"]) {
        PartnerKind::Association
    } else if has(&["ecole", "school", "insa", "ensam"]) {
        PartnerKind::Ecole
    } else if has(&[
        "entreprise",
        "societe",
        "company",
        "sa",
        "sas",
        "sarl",
        "groupe",
    ]) {
        PartnerKind::Entreprise
    } else if has(&["etranger", "foreign", "partenaire etranger"]) {
        PartnerKind::Etranger
    } else {
        return None;
    };
    Some(kind)
}

/// An ISO country code from a code (`de`, `DE`) or a French name (`Allemagne`).
fn country_code(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(t.to_ascii_uppercase());
    }
    let n = normalise(t);
    reference::COUNTRIES
        .iter()
        .find(|c| normalise(c.name_fr) == n)
        .map(|c| c.code.to_owned())
}

fn unknown_country(text: &str) -> String {
    format!("Pays : « {text} » inconnu (indiquez le code ISO à deux lettres : DE, ES…)")
}

fn set_action(a: &mut Action, row: &RowValues<'_>, d: &Dossier, notes: &mut Notes) {
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
            None => notes.warnings.push(format!(
                "pilote « {lead} » introuvable parmi les partenaires du dossier : laissé vide"
            )),
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
        notes.errors.push(format!(
            "Fin : le {} précède le début ({})",
            e.format("%d/%m/%Y"),
            s.format("%d/%m/%Y")
        ));
    }
    if let Some(text) = row.text("status") {
        match action_status(&text) {
            Some(s) => a.status = s,
            None => notes.warnings.push(format!(
                "statut « {text} » inconnu : « {} » retenu",
                a.status.label_fr()
            )),
        }
    }
    if let Some(amount) = row.number("amount", notes) {
        if amount < 0.0 {
            notes.errors.push(format!(
                "Budget : montant négatif ({})",
                Value::Number(amount).text()
            ));
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

fn new_mobility(row: &RowValues<'_>, notes: &mut Notes) -> Option<Mobility> {
    let start = row.date("start", notes);
    let end = row.date("end", notes);
    let (Some(start), Some(end)) = (start, end) else {
        return None;
    };
    if end < start {
        notes.errors.push(format!(
            "Fin : le {} précède le début ({})",
            end.format("%d/%m/%Y"),
            start.format("%d/%m/%Y")
        ));
    }
    let reference = row.text("reference").unwrap_or_default();
    let key_action = match row.text("key_action") {
        Some(t) if normalise(&t).replace(' ', "").contains("ka122") => KeyAction::Ka122,
        Some(t) if normalise(&t).replace(' ', "").contains("ka121") => KeyAction::Ka121,
        Some(t) => {
            notes
                .warnings
                .push(format!("action clé « {t} » inconnue : KA121 retenue"));
            KeyAction::Ka121
        }
        None if reference.to_uppercase().contains("KA122") => KeyAction::Ka122,
        None => KeyAction::Ka121,
    };
    let call_year = match row.number("call_year", notes) {
        Some(y) if (2014.0..=2100.0).contains(&y) => y as u16,
        Some(y) => {
            notes.errors.push(format!(
                "Année de l'appel : « {} » n'est pas une année d'appel",
                Value::Number(y).text()
            ));
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
        notes
            .warnings
            .push(format!("public « {t} » inconnu : apprenants retenus"));
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
        notes.warnings.push(match &activity_text {
            Some(t) => format!(
                "activité « {t} » inconnue : « {} » retenue d'après la durée",
                guessed.rule().label_fr
            ),
            None => format!(
                "activité non indiquée : « {} » retenue d'après la durée",
                guessed.rule().label_fr
            ),
        });
        activity = Some(guessed);
    }
    let direction = match row.text("direction") {
        Some(t) => direction(&t).unwrap_or_else(|| {
            notes
                .warnings
                .push(format!("sens « {t} » inconnu : mobilité sortante retenue"));
            Direction::Sortante
        }),
        None => Direction::Sortante,
    };
    let country = if let Some(t) = row.text("country") {
        country_code(&t).unwrap_or_else(|| {
            notes.errors.push(unknown_country(&t));
            String::new()
        })
    } else {
        // A required field: the plan already rejects the row.
        String::new()
    };
    let participants = match row.number("participants", notes) {
        Some(n) if n >= 1.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => n as u32,
        Some(n) => {
            notes.errors.push(format!(
                "Participants : « {} » n'est pas un nombre de personnes",
                Value::Number(n).text()
            ));
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
    if let Some(a) = ActivityType::ALL
        .into_iter()
        .find(|a| normalise(a.rule().label_fr) == n || normalise(&format!("{a:?}")) == n)
    {
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

fn set_indicator(i: &mut Indicator, row: &RowValues<'_>, notes: &mut Notes) {
    for (key, field) in [
        ("code", &mut i.code),
        ("label", &mut i.label),
        ("unit", &mut i.unit),
        ("category", &mut i.category),
    ] {
        if let Some(t) = row.text(key) {
            *field = t;
        }
    }
    if let Some(t) = row.text("source") {
        let n = normalise(&t);
        i.source = match n.as_str() {
            "saisie" | "manuel" | "manual" => IndicatorSource::Saisie,
            "inserjeunes" | "inser jeunes" => IndicatorSource::InserJeunes,
            "calcul" | "calcule" | "computed" => IndicatorSource::Calcul,
            _ => {
                notes
                    .warnings
                    .push(format!("source « {t} » inconnue : « Saisie » retenue"));
                IndicatorSource::Saisie
            }
        };
    }
    if let Some(target) = row.number("target", notes) {
        i.target = Some(target);
    }
    for (year, v) in &row.years {
        match v.number() {
            Ok(n) => {
                i.values.insert(*year, n);
            }
            Err(e) => notes.errors.push(format!("Valeur {year} : {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_types_and_app_labels() {
        assert_eq!(partner_kind("Lycée"), Some(PartnerKind::Lycee));
        assert_eq!(
            partner_kind("Lycée professionnel"),
            Some(PartnerKind::LyceePro)
        );
        assert_eq!(partner_kind("CFA"), Some(PartnerKind::Cfa));
        assert_eq!(
            partner_kind("Université / EPSCP"),
            Some(PartnerKind::Universite)
        );
        assert_eq!(
            partner_kind("Pôle de compétitivité / cluster"),
            Some(PartnerKind::PoleCompetitivite)
        );
        assert_eq!(
            partner_kind("GRETA de Bretagne"),
            Some(PartnerKind::FormationContinue)
        );
        assert_eq!(partner_kind("Collège"), None);
        assert_eq!(refine(PartnerKind::Lycee, true), PartnerKind::LyceePro);
    }

    #[test]
    fn statuses_activities_directions() {
        assert_eq!(action_status("Terminée"), Some(ActionStatus::Terminee));
        assert_eq!(action_status("EnCours"), Some(ActionStatus::EnCours));
        assert_eq!(action_status("peut-être"), None);
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
        assert_eq!(country_code("Allemagne").as_deref(), Some("DE"));
        assert_eq!(country_code("es").as_deref(), Some("ES"));
        assert_eq!(country_code("Atlantide"), None);
    }
}
