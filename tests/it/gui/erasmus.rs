//! Erasmus+ in the window: a group entered in one gesture, a project typed by its reference
//! with its budget view, a project's participants exported into the user's BM file.

use super::*;

#[test]
fn eight_learners_are_added_in_one_gesture_and_taken_back_in_one_undo() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(
        &mut h,
        "Campus exemple",
        "Mobilités Erasmus+ (participants)",
    );
    let before = h.state().document().unwrap().dossier().clone();
    let model = before.mobilities[0].clone();
    h.get_all_by_label(&model.activity_id)
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("✚ Ajouter 8 participants comme la ligne choisie")
        .click();
    h.run();
    let after = h.state().document().unwrap().dossier().clone();
    assert_eq!(after.mobilities.len(), before.mobilities.len() + 8);
    let added = &after.mobilities[before.mobilities.len()..];
    // They share the trip and get the next activity IDs of the project.
    for m in added {
        assert_eq!(
            (&m.project, &m.city, m.start, m.end, m.activity),
            (
                &model.project,
                &model.city,
                model.start,
                model.end,
                model.activity
            )
        );
    }
    let highest = before.highest_activity_number(model.project.as_ref());
    let numbers: Vec<u32> = added
        .iter()
        .map(|m| {
            m.activity_id
                .rsplit_once("MOB-")
                .unwrap()
                .1
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(numbers, (highest + 1..=highest + 8).collect::<Vec<_>>());
    // The first one added is selected: its form shows it.
    assert_eq!(
        field(&h, "ID d'activité de mobilité").value().as_deref(),
        Some(added[0].activity_id.as_str())
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().document().unwrap().dossier().mobilities.len(),
        before.mobilities.len(),
        "one undo takes the eight back"
    );
}

#[test]
fn a_project_typed_by_its_reference_knows_its_action_and_shows_its_budget() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Projets Erasmus+");
    h.get_by_label("✚ Ajouter").click();
    h.run();
    type_into(&mut h, "N° de projet", "2022-1-FR01-KA220-VET-000086243");
    let d = h.state().document().unwrap().dossier().clone();
    let p = d.projects.last().unwrap();
    assert_eq!(p.reference, "2022-1-FR01-KA220-VET-000086243");
    assert_eq!(
        (p.action, p.call_year),
        (cmq_dossiers::model::project::KeyAction::Ka220, 2022)
    );
    // A project with participants: its estimate against its grant, and its targets.
    let flagship = d
        .projects
        .iter()
        .find(|p| p.reference == "2022-1-FR01-KA121-VET-000114161")
        .unwrap();
    h.get_by_label(&flagship.reference).click();
    h.run();
    h.get_by_label("Estimation de la subvention");
    h.get_by_label("Barème vérifié par rapport au guide du programme");
    h.get_by_label("Total estimé");
    h.get_by_label("Objectifs : réalisé / prévu");
}

#[test]
fn a_projects_participants_go_into_the_users_bm_file_and_the_report_lists_what_to_fix() {
    let dir = examples();
    let template = dir.path().join("export-bm.csv");
    std::fs::write(
        &template,
        "Mobility activity ID;Data type;Grant Agreement No.;Start date;End date;Receiving country;Colonne inconnue\n\
         114161-MOB-00001;MA;2022-1-FR01-KA121-VET-000114161;06-03-2023;24-03-2023;DE;\n",
    )
    .unwrap();
    let answers = Arc::new(Answer(
        Some(dir.path().to_owned()),
        std::sync::Mutex::new(Vec::new()),
        Some(template.clone()),
    ));
    let mut h = app_with_dialogs(dir.path(), answers);
    open(&mut h, "Campus exemple", "Projets Erasmus+");
    h.get_by_label("2022-1-FR01-KA121-VET-000114161").click();
    h.run();
    h.get_by_label("📤 Exporter vers le Beneficiary Module…")
        .click();
    let written = dir.path().join("export-bm-participants.csv");
    for _ in 0..200 {
        h.run();
        if h.query_by_label("Export vers le Beneficiary Module")
            .is_some()
            && written.is_file()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        written.is_file(),
        "written: {:?}",
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect::<Vec<_>>()
    );
    h.get_by_label("Export vers le Beneficiary Module");
    assert!(
        h.query_by_label_contains("Colonne inconnue").is_some(),
        "the unknown column is listed"
    );
    let text = std::fs::read_to_string(&written).unwrap();
    let mut lines = text.trim_start_matches('\u{feff}').lines();
    assert_eq!(
        lines.next(),
        Some(
            "Mobility activity ID;Data type;Grant Agreement No.;Start date;End date;Receiving country;Colonne inconnue"
        )
    );
    assert!(lines.all(|l| l.contains(";MA;2022-1-FR01-KA121-VET-000114161;")));
    assert!(
        dir.path()
            .join("module-beneficiaire/KA121-2022.ron")
            .is_file()
    );
}

#[test]
fn a_duplicated_participant_gets_its_own_activity_id_and_no_name() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(
        &mut h,
        "Campus exemple",
        "Mobilités Erasmus+ (participants)",
    );
    let before = h.state().document().unwrap().dossier().clone();
    let model = before.mobilities[0].clone();
    h.get_all_by_label(&model.activity_id)
        .next()
        .unwrap()
        .click();
    h.run();
    h.get_by_label("⎘ Dupliquer").click();
    h.run();
    let after = h.state().document().unwrap().dossier().clone();
    assert_eq!(after.mobilities.len(), before.mobilities.len() + 1);
    let copy = after
        .mobilities
        .iter()
        .find(|m| !before.mobilities.iter().any(|b| b.id == m.id))
        .unwrap();
    assert_ne!(copy.activity_id, model.activity_id);
    assert!(copy.name.is_empty());
    assert_eq!(
        (copy.project.as_ref(), copy.start),
        (model.project.as_ref(), model.start)
    );
}
