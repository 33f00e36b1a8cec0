//! Sharing a dossier through a synced folder: another machine's version arrives on disk while
//! the window has edits of its own; the window merges it without losing either side.

use super::*;

/// The file rewritten by « another machine »: `change` applied to what the file holds.
fn other_machine_writes(file: &Path, change: impl FnOnce(&mut cmq_dossiers::model::Dossier)) {
    let mut d = store::load_file(file).unwrap().dossier;
    change(&mut d);
    std::fs::write(file, store::to_text(&d).unwrap()).unwrap();
}

/// The examples' PatMAT open at its identity, with `website` typed into « Site web »: the
/// edits of this machine, before another one writes.
fn patmat_with_website(website: &str) -> (tempfile::TempDir, PathBuf, Harness<'static, CmqApp>) {
    let dir = examples();
    let file = dir.path().join("patmat.ron");
    let mut h = app_on(dir.path());
    open(&mut h, "PatMAT", "Identité & label");
    type_into(&mut h, "Site web", website);
    (dir, file, h)
}

#[test]
fn another_machine_s_change_on_disk_merges_with_the_edits_typed_here() {
    let (_dir, file, mut h) = patmat_with_website("https://patmat.example");
    other_machine_writes(&file, |d| d.campus.short_name = "PatMAT (directeur)".into());
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().campus.short_name, "PatMAT (directeur)");
    assert_eq!(doc.dossier().campus.website, "https://patmat.example");
    assert!(
        h.state().dialog().is_none(),
        "no question: nothing contradicts"
    );
    h.get_by_label_contains("Reçu d'une autre machine et fusionné");
    // One undo step takes back what came in, and only that.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().campus.short_name, "PatMAT");
    assert_eq!(doc.dossier().campus.website, "https://patmat.example");
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    // Saved: the file holds both sides.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    wait_until(&mut h, |app| !app.document().unwrap().is_saving());
    let saved = store::load_file(&file).unwrap().dossier;
    assert_eq!(saved.campus.short_name, "PatMAT (directeur)");
    assert_eq!(saved.campus.website, "https://patmat.example");
}

#[test]
fn a_conflict_opens_the_merge_view_and_nothing_is_taken_before_apply() {
    let (_dir, file, mut h) = patmat_with_website("https://ici.example");
    other_machine_writes(&file, |d| {
        d.campus.website = "https://la-bas.example".into();
        d.campus.notes = "Vu avec le directeur".into();
    });
    let theirs = std::fs::read_to_string(&file).unwrap();
    h.run();
    h.get_by_label("Une autre version de ce dossier est arrivée");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().campus.website, "https://ici.example");
    assert_ne!(
        doc.dossier().campus.notes,
        "Vu avec le directeur",
        "not before apply"
    );
    h.get_by_label("La leur : « https://la-bas.example »")
        .click();
    h.run();
    h.get_by_label("Appliquer la fusion").click();
    h.run();
    assert!(h.state().dialog().is_none());
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().campus.website, "https://la-bas.example");
    assert_eq!(doc.dossier().campus.notes, "Vu avec le directeur");
    assert!(!doc.is_dirty(), "it holds what the file holds");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        theirs,
        "nothing written"
    );
}

#[test]
fn a_merge_left_for_later_comes_back_at_the_save_and_nothing_is_overwritten() {
    let (_dir, file, mut h) = patmat_with_website("https://ici.example");
    other_machine_writes(&file, |d| {
        d.campus.website = "https://la-bas.example".into();
    });
    let theirs = std::fs::read_to_string(&file).unwrap();
    h.run();
    h.get_by_label("Plus tard").click();
    h.run();
    assert!(h.state().dialog().is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    wait_until(&mut h, |app| !app.document().unwrap().is_saving());
    h.run();
    h.get_by_label("Une autre version de ce dossier est arrivée");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        theirs,
        "not overwritten"
    );
}

#[test]
fn a_sync_client_s_conflict_copy_is_listed_under_its_dossier_and_merged_then_set_aside() {
    let dir = examples();
    let file = dir.path().join("patmat.ron");
    let copy = dir
        .path()
        .join("patmat (conflicted copy 2026-11-30 101500).ron");
    let mut d = store::load_file(&file).unwrap().dossier;
    d.campus.website = "https://copie.example".into();
    std::fs::write(&copy, store::to_text(&d).unwrap()).unwrap();
    let mut h = app_on(dir.path());
    let entries = h.state().workspace().unwrap().entries().len();
    assert!(
        h.state()
            .workspace()
            .unwrap()
            .entries()
            .iter()
            .all(|e| e.path != copy),
        "not a second campus"
    );
    h.get_by_label_contains("⚠ copie en conflit : patmat (conflicted copy");
    h.get_by_label("Fusionner").click();
    h.run();
    // Opened, then merged: never opened here, so every difference is asked.
    h.get_by_label("Une autre version de ce dossier est arrivée");
    h.get_by_label("La leur : « https://copie.example »")
        .click();
    h.run();
    h.get_by_label("Appliquer la fusion").click();
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.path(), file);
    assert_eq!(doc.dossier().campus.website, "https://copie.example");
    assert!(doc.is_dirty(), "the merge is an edit to save");
    assert!(!copy.exists());
    assert!(
        dir.path()
            .join("copies-fusionnees")
            .join(copy.file_name().unwrap())
            .exists(),
        "moved aside, not deleted"
    );
    assert!(h.query_by_label_contains("⚠ copie en conflit").is_none());
    assert_eq!(h.state().workspace().unwrap().entries().len(), entries);
}

#[test]
fn each_save_is_journaled_under_the_name_given_once() {
    let dir = examples();
    let file = dir.path().join("patmat.ron");
    let mut h = app_on(dir.path());
    open(&mut h, "PatMAT", "Journal");
    h.get_by_label_contains("Aucun journal n'est tenu");
    field(&h, "Votre nom dans le journal :").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Votre nom dans le journal :").type_text("Marie Durand");
    h.run();
    h.get_by_label("Tenir le journal à ce nom").click();
    h.run();
    assert_eq!(
        h.state().settings().user_name.as_deref(),
        Some("Marie Durand")
    );
    h.get_by_label("Identité & label").click();
    h.run();
    type_into(&mut h, "Site web", "https://patmat.example");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    wait_until(&mut h, |app| !app.document().unwrap().is_dirty());
    h.get_by_label("Journal").click();
    h.run();
    h.get_by_label("Marie Durand");
    h.get_by_label("Site web");
    let journal = store::read_journal(&file).unwrap();
    assert_eq!(journal.lines.len(), 1);
    assert_eq!(journal.lines[0].who, "Marie Durand");
    assert_eq!(journal.lines[0].fields, ["website"]);
}

#[test]
fn a_conflict_copy_arriving_while_the_window_is_open_is_listed() {
    let dir = examples();
    let file = dir.path().join("patmat.ron");
    let mut h = app_on(dir.path());
    assert!(h.query_by_label_contains("⚠ copie en conflit").is_none());
    let copy = dir
        .path()
        .join("patmat.sync-conflict-20261130-101500-ABCDEFG.ron");
    std::fs::copy(&file, &copy).unwrap();
    // The folder is listed every three seconds.
    std::thread::sleep(std::time::Duration::from_millis(3100));
    h.run();
    h.get_by_label_contains("⚠ copie en conflit : patmat.sync-conflict");
    assert!(
        h.state()
            .workspace()
            .unwrap()
            .entries()
            .iter()
            .all(|e| e.path != copy)
    );
    // Removed by hand: it leaves the list.
    std::fs::remove_file(&copy).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(3100));
    h.run();
    assert!(h.query_by_label_contains("⚠ copie en conflit").is_none());
}

#[test]
fn a_big_dossier_s_new_version_merges_on_a_thread_with_the_edits_typed_meanwhile() {
    use cmq_dossiers::model::{ListKind, RecordKind as _};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("grand.ron");
    let mut d = crate::common::exemple();
    let model = d.mobilities.clone();
    while store::to_text(&d).unwrap().len() < 2_200_000 {
        let ids = ListKind::Mobilities.fresh_ids(&d, model.len());
        for (m, id) in model.iter().zip(ids) {
            let mut m = m.clone();
            m.set_id(id);
            d.mobilities.push(m);
        }
    }
    std::fs::write(&file, store::to_text(&d).unwrap()).unwrap();
    let mut h = app_on(dir.path());
    entry(&h, "Campus exemple").click();
    wait_until(&mut h, |app| app.document().is_some());
    h.get_by_label("Identité & label").click();
    h.run();
    type_into(&mut h, "Site web", "/ici");
    let typed = h
        .state()
        .document()
        .unwrap()
        .dossier()
        .campus
        .website
        .clone();
    other_machine_writes(&file, |d| {
        d.campus.short_name = "EXEMPLE (directeur)".into();
    });
    wait_until(&mut h, |app| {
        app.document().unwrap().dossier().campus.short_name == "EXEMPLE (directeur)"
    });
    assert_eq!(
        h.state().document().unwrap().dossier().campus.website,
        typed
    );
    assert!(typed.ends_with("/ici"));
}

#[test]
fn a_value_typed_under_other_is_applied_with_enter_and_said() {
    let (_dir, file, mut h) = patmat_with_website("https://ici.example");
    other_machine_writes(&file, |d| {
        d.campus.website = "https://la-bas.example".into();
    });
    h.run();
    h.get_by_label("Autre :").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Autre :").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Autre :")
        .type_text("https://patmat.example.fr");
    h.run();
    // Choosing « La mienne » and back keeps what was typed.
    h.get_by_label("La mienne : « https://ici.example »")
        .click();
    h.run();
    h.get_by_label("Autre :").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Autre :").focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().dialog().is_none(), "Enter applies");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().campus.website, "https://patmat.example.fr");
    h.get_by_label_contains("Reçu d'une autre machine et fusionné : 1 fiche");
}

#[test]
fn saving_over_a_file_cut_on_disk_asks_instead_of_failing_in_silence() {
    let (_dir, file, mut h) = patmat_with_website("https://ici.example");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, &text[..text.len() / 2]).unwrap();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    wait_until(&mut h, |app| !app.document().unwrap().is_saving());
    h.run();
    h.get_by_label("Fichier modifié sur le disque");
    h.get_by_label("Écraser").click();
    h.run();
    let saved = store::load_file(&file).unwrap().dossier;
    assert_eq!(saved.campus.website, "https://ici.example");
}
