//! Validation: all findings at once, with severity, code, field path and a French message.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use chrono::NaiveDate;
use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::identifiers::Checked;
use cmq_dossiers::rules::{self, Finding, Severity};
use cmq_dossiers::store::{self, examples::EXAMPLES};

fn load(name: &str) -> Dossier {
    let text = EXAMPLES.iter().find(|e| e.file_name == name).unwrap().text;
    store::from_text(text).unwrap().dossier
}

fn errors(d: &Dossier) -> Vec<Finding> {
    rules::validate(d)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_examples_have_no_errors() {
    for ex in EXAMPLES {
        let d = store::from_text(ex.text).unwrap().dossier;
        assert_eq!(errors(&d), [], "{}", ex.file_name);
    }
}

#[test]
fn label_duration_is_checked_against_its_regime() {
    let mut d = load("microtechniques-besancon.ron");
    d.label_decisions[0].duration_years = Some(5); // 2017: 2014 regime, 4 years at most
    let e = errors(&d);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].path, "label_decisions[0].duration_years");
    assert!(
        (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue).contains("4 ans"),
        "{}",
        (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue)
    );
    d.label_decisions[0].date = Some(ymd(2019, 9, 16)); // from the 2019 decree: 5 years allowed
    assert_eq!(errors(&d), []);
}

#[test]
fn label_end_is_derived_from_the_latest_decision() {
    let end = |name: &str| {
        let rules = rules::calendar::CalendarRules::default();
        rules::calendar::timeline(&load(name), &rules, ymd(2026, 11, 30))
            .label
            .end()
    };
    assert_eq!(end("campus-exemple.ron"), Some(ymd(2027, 4, 25)));
    assert_eq!(end("microtechniques-besancon.ron"), Some(ymd(2021, 2, 13)));
    assert_eq!(
        end("mobicampus.ron"),
        None,
        "duration unknown: no invented end"
    );
}

fn codes(d: &Dossier) -> Vec<(String, &'static str)> {
    rules::validate(d)
        .into_iter()
        .map(|f| (f.path.clone(), f.issue.code()))
        .collect()
}

#[test]
fn a_gap_between_two_labels_is_a_warning_naming_both_dates() {
    let mut d = load("campus-exemple.ron");
    assert!(
        !codes(&d).iter().any(|(_, c)| *c == "label-interruption"),
        "the example has no unexplained gap"
    );
    // The first label (10 March 2015, 4 years) ends on 10 March 2019; the next one in December.
    d.label_decisions[1].date = Some(ymd(2019, 12, 20));
    d.label_decisions[1].duration_years = Some(3);
    let gap: Vec<Finding> = rules::validate(&d)
        .into_iter()
        .filter(|f| f.issue.code() == "label-interruption")
        .collect();
    assert_eq!(gap.len(), 1, "{gap:?}");
    assert_eq!(gap[0].severity, Severity::Warning);
    assert_eq!(gap[0].path, "label_decisions[1].date");
    let said = (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&gap[0].issue);
    assert!(
        said.contains("10 mars 2019") && said.contains("20 décembre 2019"),
        "{said}"
    );
    // A non-renewal decision explains it.
    d.label_decisions
        .push(cmq_dossiers::model::label::LabelDecision {
            id: cmq_dossiers::model::ids::DecisionId("D9".into()),
            kind: cmq_dossiers::model::label::DecisionKind::NonRenouvellement,
            date: Some(ymd(2019, 3, 10)),
            ..Default::default()
        });
    assert!(!codes(&d).iter().any(|(_, c)| *c == "label-interruption"));
}

#[test]
fn a_campus_of_a_vice_rectorat_passes_and_the_internationale_mention_ends_in_2019() {
    let mut d = load("campus-exemple.ron");
    d.campus.region_academique = "987".into();
    d.campus.academies = vec!["41".into()];
    assert_eq!(errors(&d), []);
    assert!(
        !codes(&d)
            .iter()
            .any(|(p, _)| p.starts_with("campus.region") || p.starts_with("campus.academies"))
    );
    d.label_decisions[0].internationale = true;
    assert_eq!(errors(&d), [], "a mention of 2015 is right");
    d.label_decisions[2].internationale = true;
    let e = errors(&d);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].path, "label_decisions[2].internationale");
}

#[test]
fn every_wrong_field_is_reported_in_one_pass() {
    let mut d = load("campus-exemple.ron");
    d.partners[3].uai = Checked::from_text("0350012A");
    d.partners[4].siret = Checked::from_text("12345678901234");
    let m = &mut d.mobilities[0];
    m.end = m.start.pred_opt().unwrap();
    d.actions[1].end = Some(ymd(2000, 1, 1));
    let paths: Vec<String> = errors(&d).into_iter().map(|f| f.path).collect();
    assert_eq!(
        paths,
        [
            "partners[3].uai",
            "partners[4].siret",
            "actions[1].end",
            "mobilities[0].end"
        ]
    );
}

#[test]
fn an_invalid_uai_message_names_the_uai_and_the_expected_letter() {
    let mut d = load("campus-exemple.ron");
    d.partners[0].uai = Checked::from_text("0359000U");
    let e = errors(&d);
    assert_eq!(e[0].code(), "uai-invalide");
    assert!(
        (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue).contains("0359000U")
            && (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue).contains("T attendue"),
        "{}",
        (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue)
    );
}

#[test]
fn a_mobility_outside_its_activity_bounds_is_flagged() {
    let mut d = load("campus-exemple.ron");
    let i = d
        .mobilities
        .iter()
        .position(|m| m.activity == cmq_dossiers::model::mobility::ActivityType::ErasmusPro)
        .unwrap();
    let start = d.mobilities[i].start;
    d.mobilities[i].end = start + chrono::Duration::days(29); // 30 days: too short for ErasmusPro
    let e = errors(&d);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].code(), "duree-mobilite");
    assert!(
        (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue).contains("30 jours")
            && (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue).contains("90 à 365"),
        "{}",
        (cmq_dossiers::i18n::Lang::Fr.strings().issue)(&e[0].issue)
    );
}

/// Issue 12, list 10: e-mail addresses are checked (a warning; the text is kept as typed).
#[test]
fn e_mail_addresses_that_cannot_be_one_are_flagged() {
    let mut d = load("campus-exemple.ron");
    let before = rules::validate(&d)
        .iter()
        .filter(|f| f.code() == "email-invalide")
        .count();
    assert_eq!(before, 0, "the example's addresses are fine");
    d.partners[0].contacts[0].email = "jean.dupont@".into();
    d.campus.directeur.email = "direction campus@exemple.fr".into();
    d.partners[1].contacts[0].email = "contact@lycee-exemple.fr".into();
    let found: Vec<(String, Severity)> = rules::validate(&d)
        .into_iter()
        .filter(|f| f.code() == "email-invalide")
        .map(|f| (f.path, f.severity))
        .collect();
    assert_eq!(
        found,
        [
            ("campus.directeur.email".to_owned(), Severity::Warning),
            (
                "partners[0].contacts[0].email".to_owned(),
                Severity::Warning
            ),
        ]
    );
}

#[test]
fn a_sector_without_a_name_is_an_error_on_its_name() {
    let mut d = load("campus-exemple.ron");
    d.sectors[1].name = "  ".into();
    let found: Vec<_> = errors(&d)
        .into_iter()
        .filter(|f| f.code() == "filiere-nom")
        .map(|f| f.path)
        .collect();
    assert_eq!(found, ["sectors[1].name"]);
}

#[test]
fn a_text_longer_than_a_field_may_hold_is_an_error_at_its_field() {
    let mut d = load("campus-exemple.ron");
    let long = "é".repeat(cmq_dossiers::model::MAX_TEXT_CHARS + 1);
    d.partners[2].contacts[0].email = long.clone();
    d.application.pilotage = long.clone();
    d.campus.notes = long;
    let mut found: Vec<String> = errors(&d)
        .into_iter()
        .filter(|f| f.code() == "texte-trop-long")
        .map(|f| f.path)
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "application.pilotage",
            "campus.notes",
            "partners[2].contacts[0].email"
        ]
    );
}

#[test]
fn typing_an_overlong_application_text_is_found_at_once() {
    use cmq_dossiers::session::{Document, Edit};
    let d = load("campus-exemple.ron");
    let mut doc = Document::new("campus.ron".into(), d.clone(), None, None);
    let mut texts = d.application.clone();
    texts.opportunite = "x".repeat(cmq_dossiers::model::MAX_TEXT_CHARS + 1);
    doc.apply(Edit::Application(Box::new(texts))).unwrap();
    assert!(
        doc.findings()
            .iter()
            .any(|f| f.code() == "texte-trop-long" && f.path == "application.opportunite"),
        "kept up to date edit by edit"
    );
}

#[test]
fn erasmus_project_numbers_and_oids_are_checked_at_their_field() {
    use cmq_dossiers::model::project::KeyAction;
    let mut d = load("campus-exemple.ron");
    assert!(
        !codes(&d)
            .iter()
            .any(|(_, c)| c.starts_with("erasmus") || *c == "oid-invalide"),
        "the example's numbers and OIDs are right"
    );
    let at = "projects[0].reference";
    let found = |d: &Dossier| -> Vec<&'static str> {
        codes(d)
            .into_iter()
            .filter(|(p, _)| *p == at)
            .map(|(_, c)| c)
            .collect()
    };
    d.projects[0].action = KeyAction::Ka121;
    d.projects[0].call_year = 2022;
    // The wrong references of shared/domain.md §5.5: not a number at all…
    d.projects[0].reference = "garbage-ref".into();
    assert_eq!(found(&d), ["erasmus-reference"]);
    // …a partnership's number (KA220) filed as a KA121 mobility project…
    d.projects[0].reference = "2022-1-FR01-KA220-VET-000086243".into();
    assert_eq!(found(&d), ["erasmus-reference-projet"]);
    // …another call year than the project's.
    d.projects[0].reference = "2023-1-FR01-KA121-VET-000086243".into();
    assert_eq!(found(&d), ["erasmus-reference-projet"]);
    // A 2014–2020 number reads too (and says its own year and action).
    d.projects[0].reference = "2017-1-FR01-KA202-037441".into();
    assert_eq!(
        found(&d),
        ["erasmus-reference-projet", "erasmus-reference-projet"]
    );
    d.projects[0].reference = "2022-1-FR01-KA121-VET-000086243".into();
    assert!(found(&d).is_empty());
    // An outgoing participant funded by another agency than the French one: a warning at the
    // participant's project.
    let outgoing = d
        .mobilities
        .iter()
        .position(|m| {
            m.direction == cmq_dossiers::model::mobility::Direction::Sortante
                && m.project.as_ref() == Some(&d.projects[0].id)
        })
        .unwrap();
    d.projects[0].reference = "2022-1-DE02-KA121-VET-000086243".into();
    let project = format!("mobilities[{outgoing}].project");
    assert!(
        codes(&d)
            .iter()
            .any(|(p, c)| *p == project && *c == "erasmus-agence")
    );
    // Sent and received by the same organisation: the Beneficiary Module's own rule.
    let sender = d.mobilities[outgoing].sending_org.clone();
    d.mobilities[outgoing].receiving_org = sender;
    let receiving = format!("mobilities[{outgoing}].receiving_org");
    assert!(
        codes(&d)
            .iter()
            .any(|(p, c)| *p == receiving && *c == "mobilite-meme-organisme")
    );
    // An OID: E and 8 digits.
    d.partners[0].oid = "E1234".into();
    assert!(
        codes(&d)
            .iter()
            .any(|(p, c)| p == "partners[0].oid" && *c == "oid-invalide")
    );
    d.partners[0].oid = "E10012345".into();
    assert!(!codes(&d).iter().any(|(p, _)| p == "partners[0].oid"));
}

#[test]
fn the_beneficiary_modules_rules_are_findings_at_the_participants_field() {
    use chrono::Duration;
    use cmq_dossiers::model::mobility::{ActivityType, ParticipantKind, Transport};
    let mut d = load("campus-exemple.ron");
    let i = d
        .mobilities
        .iter()
        .position(|m| {
            m.activity == ActivityType::JobShadowing
                && d.projects
                    .iter()
                    .any(|p| Some(&p.id) == m.project.as_ref() && p.start.is_some())
        })
        .unwrap();
    let path = |field: &str| format!("mobilities[{i}].{field}");
    let has = |d: &Dossier, field: &str, code: &str| {
        codes(d)
            .iter()
            .any(|(p, c)| *p == path(field) && *c == code)
    };
    assert!(!codes(&d).iter().any(|(p, _)| p.starts_with(&path(""))));
    // Dates outside the project's.
    let project = d
        .projects
        .iter()
        .find(|p| Some(&p.id) == d.mobilities[i].project.as_ref())
        .cloned()
        .unwrap();
    let m = &mut d.mobilities[i];
    let length = m.end - m.start;
    m.start = project.end.unwrap() - Duration::days(1);
    m.end = m.start + length;
    assert!(has(&d, "end", "mobilite-hors-projet"));
    // A duration outside the activity's bounds (job shadowing: 2 to 60 days).
    let m = &mut d.mobilities[i];
    m.start = project.start.unwrap();
    m.end = m.start + Duration::days(70);
    assert!(has(&d, "end", "duree-mobilite"));
    let m = &mut d.mobilities[i];
    m.end = m.start + Duration::days(5);
    // More than 2 funded travel days, or 6 with green travel.
    m.transport = Transport::Avion;
    m.funded_travel_days = 3;
    assert!(has(&d, "funded_travel_days", "jours-voyage"));
    let m = &mut d.mobilities[i];
    m.transport = Transport::Train;
    assert!(!has(&d, "funded_travel_days", "jours-voyage"));
    let m = &mut d.mobilities[i];
    m.funded_travel_days = 7;
    assert!(has(&d, "funded_travel_days", "jours-voyage"));
    let m = &mut d.mobilities[i];
    m.funded_travel_days = 2;
    // A city the gazetteer does not know, unless a distance is typed.
    m.city = "Atlantis".into();
    assert!(has(&d, "city", "ville-inconnue"));
    let m = &mut d.mobilities[i];
    m.distance_km = Some(880);
    assert!(!has(&d, "city", "ville-inconnue"));
    // A public the activity is not for, an activity the action does not offer.
    let m = &mut d.mobilities[i];
    m.participant = ParticipantKind::Apprenants;
    assert!(has(&d, "participant", "activite-public"));
    let m = &mut d.mobilities[i];
    m.participant = ParticipantKind::Personnels;
    m.activity = ActivityType::VisitePreparatoire;
    let ka121 = project.action == cmq_dossiers::model::project::KeyAction::Ka121;
    assert_eq!(has(&d, "activity", "activite-non-proposee"), ka121);
    // No project, an activity ID used twice in the project.
    let m = &mut d.mobilities[i];
    m.activity = ActivityType::JobShadowing;
    m.project = None;
    assert!(has(&d, "project", "mobilite-sans-projet"));
    let twin = d
        .mobilities
        .iter()
        .position(|o| o.project.is_some() && o.id != d.mobilities[i].id)
        .unwrap();
    d.mobilities[i].project = d.mobilities[twin].project.clone();
    d.mobilities[i].activity_id = d.mobilities[twin].activity_id.clone();
    let later = i.max(twin);
    assert!(
        codes(&d)
            .iter()
            .any(|(p, c)| *p == format!("mobilities[{later}].activity_id")
                && *c == "id-activite-mobilite")
    );
}

#[test]
fn a_milestone_naming_a_decision_that_grants_no_label_is_flagged() {
    let mut d = load("campus-exemple.ron");
    d.milestones[0].decision = Some(cmq_dossiers::model::ids::DecisionId("D3".into()));
    assert!(!codes(&d).iter().any(|(p, _)| p == "milestones[0].decision"));
    d.milestones[0].decision = Some(cmq_dossiers::model::ids::DecisionId("D99".into()));
    assert!(
        codes(&d)
            .iter()
            .any(|(p, c)| p == "milestones[0].decision" && *c == "reference-inconnue")
    );
}
