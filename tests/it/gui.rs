//! The window driven headless through egui_kittest, the way a referent uses it: find widgets
//! by their label, click, type, and check the dossier (and the file) changed.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportEvent, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use cmq_dossiers::model::identifiers::Checked;
use cmq_dossiers::store;
use cmq_dossiers::ui::folder_picker::{FileDialogs, Picked};
use cmq_dossiers::ui::sections::Section;
use cmq_dossiers::ui::{CmqApp, Settings};

use crate::testdata;

/// File dialogs that answer with a fixed folder (no portal exists headless) or a fixed file to
/// read, and a viewer that only remembers what it was asked to open.
struct Answer(
    Option<PathBuf>,
    std::sync::Mutex<Vec<PathBuf>>,
    Option<PathBuf>,
);

impl FileDialogs for Answer {
    fn pick_folder(&self, _start: Option<PathBuf>) -> Picked {
        self.0.clone().into()
    }

    fn save_file(&self, _start: Option<PathBuf>, name: &str) -> Picked {
        self.0.as_ref().map(|dir| dir.join(name)).into()
    }

    fn open_file(&self, path: &Path) -> std::io::Result<()> {
        if let Ok(mut opened) = self.1.lock() {
            opened.push(path.to_owned());
        }
        Ok(())
    }

    fn pick_file(&self, _start: Option<PathBuf>, _filter: &str, _ext: &[&str]) -> Picked {
        self.2.clone().into()
    }
}

/// A system with no file dialog to show (no portal, no zenity).
struct NoDialog;

impl FileDialogs for NoDialog {
    fn pick_folder(&self, _start: Option<PathBuf>) -> Picked {
        Picked::Unavailable
    }

    fn save_file(&self, _start: Option<PathBuf>, _name: &str) -> Picked {
        Picked::Unavailable
    }

    fn open_file(&self, _path: &Path) -> std::io::Result<()> {
        Err(std::io::ErrorKind::NotFound.into())
    }

    fn pick_file(&self, _start: Option<PathBuf>, _filter: &str, _ext: &[&str]) -> Picked {
        Picked::Unavailable
    }
}

fn answer(dir: Option<PathBuf>) -> Answer {
    Answer(dir, std::sync::Mutex::new(Vec::new()), None)
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn app_on(dir: &Path) -> Harness<'static, CmqApp> {
    app_with_picker(dir, answer(None))
}

fn app_with_picker(dir: &Path, picker: Answer) -> Harness<'static, CmqApp> {
    app_with_dialogs(dir, Arc::new(picker))
}

fn app_with_dialogs<D: FileDialogs + 'static>(
    dir: &Path,
    dialogs: Arc<D>,
) -> Harness<'static, CmqApp> {
    let settings = Settings {
        workspace: Some(dir.to_owned()),
        ..Settings::default()
    };
    let app = CmqApp::new(settings, dialogs, today());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut CmqApp| app.ui(ui), app);
    h.run();
    h
}

fn examples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    store::install_examples(dir.path()).unwrap();
    dir
}

/// The entry of the dossier list named `name` (the dashboard has links with the same names).
fn entry<'a>(h: &'a Harness<'static, CmqApp>, name: &'a str) -> egui_kittest::Node<'a> {
    h.get_by(move |n| n.label().as_deref() == Some(name) && n.role() != Role::Link)
}

fn open(h: &mut Harness<'static, CmqApp>, dossier: &str, section: &str) {
    entry(h, dossier).click();
    h.run();
    h.get_by_label(section).click();
    h.run();
}

fn field<'a>(h: &'a Harness<'static, CmqApp>, label: &'a str) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(Role::TextInput, label)
}

/// Puts the cursor in the text field labelled `label` and types `text`.
fn type_into(h: &mut Harness<'static, CmqApp>, label: &str, text: &str) {
    field(h, label).focus();
    h.run();
    field(h, label).type_text(text);
    h.run();
}

fn press(h: &mut Harness<'static, CmqApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn request_close(h: &mut Harness<'static, CmqApp>) {
    h.input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .events
        .push(ViewportEvent::Close);
    h.run();
}

#[test]
fn the_example_workspace_lists_every_campus() {
    let dir = examples();
    let h = app_on(dir.path());
    assert_eq!(h.state().workspace().unwrap().entries().len(), 6);
    for name in [
        "MOBICAMPUS",
        "PatMAT",
        "CosmetoPharma",
        "TransNum",
        "Campus exemple",
        "Campus microtechniques et systèmes intelligents",
    ] {
        entry(&h, name);
    }
    // Where each label stands today, in French words.
    h.get_by_label_contains("label CMQ expiré le 13 février 2021, non renouvelé");
    h.get_by_label_contains("CMQ « excellence » jusqu'au 25 avril 2027");
}

#[test]
fn add_a_partner_flag_and_fix_its_uai_undo_redo_save_and_find_it_after_reload() {
    let dir = examples();
    let file = dir.path().join("microtechniques-besancon.ron");
    let mut h = app_on(dir.path());
    open(
        &mut h,
        "Campus microtechniques et systèmes intelligents",
        "Partenaires",
    );
    h.get_by_label("✚ Ajouter").click();
    h.run();
    type_into(&mut h, "Nom", "Lycée Jules Haag");
    type_into(&mut h, "Commune", "Besançon");
    type_into(&mut h, "UAI", "0250010X");
    let doc = h.state().document().unwrap();
    let p = doc.dossier().partners.last().unwrap();
    assert_eq!(p.name, "Lycée Jules Haag");
    assert_eq!(p.uai, Checked::Invalid("0250010X".into()));
    // Flagged next to the field, at once.
    h.get_by_label_contains("lettre de contrôle erronée dans l'UAI « 0250010X » : A attendue");
    assert!(doc.is_dirty());

    // Fix the letter.
    field(&h, "UAI").focus();
    h.key_press(Key::Backspace);
    h.run();
    type_into(&mut h, "UAI", "A");
    assert_eq!(
        h.state()
            .document()
            .unwrap()
            .dossier()
            .partners
            .last()
            .unwrap()
            .uai
            .text(),
        "0250010A"
    );
    assert!(
        h.query_by_label_contains("lettre de contrôle erronée")
            .is_none()
    );

    // Undo: the UAI typed in that field goes as one step; the name and commune stay.
    press(&mut h, Modifiers::COMMAND, Key::Z);
    let p = h
        .state()
        .document()
        .unwrap()
        .dossier()
        .partners
        .last()
        .unwrap()
        .clone();
    assert!(p.uai.is_empty(), "{:?}", p.uai);
    assert_eq!(p.commune, "Besançon");
    // Redo with Ctrl+Shift+Z.
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(
        h.state()
            .document()
            .unwrap()
            .dossier()
            .partners
            .last()
            .unwrap()
            .uai
            .text(),
        "0250010A"
    );

    // Save with Ctrl+S: the file holds the partner.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.step();
    // The save runs on its own thread; the status bar says when it is done.
    wait_until(&mut h, |app| !app.document().unwrap().is_saving());
    assert!(!h.state().document().unwrap().is_dirty());
    h.get_by_label("✔ Enregistré");
    let reloaded = store::load_file(&file).unwrap().dossier;
    // The campus already had the lycée as établissement support (without UAI); ours is the last.
    let p = reloaded.partners.last().unwrap();
    assert_eq!(p.name, "Lycée Jules Haag");
    assert_eq!(p.uai.text(), "0250010A");
    assert_eq!(p.commune, "Besançon");

    // A fresh app on the same workspace shows it.
    drop(h);
    let mut h = app_on(dir.path());
    open(
        &mut h,
        "Campus microtechniques et systèmes intelligents",
        "Partenaires",
    );
    assert_eq!(h.query_all_by_label("Lycée Jules Haag").count(), 2);
    h.get_by_label("0250010A");
}

#[test]
fn filter_and_sort_a_table() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("50 / 50");
    type_into(&mut h, "Filtrer :", "vitré");
    h.get_by_label("3 / 50");
    h.get_by_label("Lycée professionnel exemple Les Rochers");
    assert!(
        h.query_by_label("Lycée exemple Vauban").is_none(),
        "filtered out"
    );

    let y = |h: &Harness<'static, CmqApp>, name: &str| h.get_by_label(name).rect().min.y;
    // Sort by name, ascending then descending.
    h.get_by_label("Nom").click();
    h.run();
    assert!(y(&h, "Agglomération exemple") < y(&h, "Atelier exemple de précision"));
    assert!(
        y(&h, "Atelier exemple de précision") < y(&h, "Lycée professionnel exemple Les Rochers")
    );
    h.get_by_label("Nom ⬆").click();
    h.run();
    assert!(y(&h, "Lycée professionnel exemple Les Rochers") < y(&h, "Agglomération exemple"));
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = examples();
    let file = dir.path().join("mobicampus.ron");
    let before = std::fs::read_to_string(&file).unwrap();
    let mut h = app_on(dir.path());
    open(&mut h, "MOBICAMPUS", "Identité & label");
    type_into(&mut h, "Site web", "https://mobicampus.example");
    request_close(&mut h);
    h.get_by_label("Modifications non enregistrées");
    assert!(!h.state().close_allowed());
    h.get_by_label("Annuler").click();
    h.run();
    assert!(h.state().dialog().is_none());
    assert!(!h.state().close_allowed(), "cancel keeps the window open");
    request_close(&mut h);
    h.get_by_label("Ne pas enregistrer").click();
    h.run();
    assert!(h.state().close_allowed());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "nothing written"
    );
}

#[test]
fn a_click_in_the_checks_panel_jumps_to_the_field() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("Lycée exemple Vauban").click();
    h.run();
    type_into(&mut h, "SIRET", "9");
    h.get_by_label("1 erreur · 0 avertissement").click();
    h.run();
    h.get_by_label("Jalons").click();
    h.run();
    // Where, in words: the list and the partner, not `partners[…].siret`.
    h.get_by_label("Partenaires › Lycée exemple Vauban");
    assert!(h.query_by_label_contains(".siret").is_none());
    h.get_by_label_contains("« 193539986987919 »").click();
    h.run();
    h.run();
    assert_eq!(
        h.state().section(),
        Section::List(cmq_dossiers::model::ListKind::Partners)
    );
    assert!(field(&h, "SIRET").is_focused());
}

#[test]
fn new_dossier_with_ctrl_n_creates_its_file() {
    let dir = examples();
    let mut h = app_on(dir.path());
    press(&mut h, Modifiers::COMMAND, Key::N);
    h.get_by_label("Nouveau dossier");
    type_into(&mut h, "Nom", "Campus de l'énergie");
    // No filière is guessed: « Créer » waits for it, and says so.
    h.get_by_label("Le nom, la région académique et la filière sont à renseigner.");
    h.get_by_label("Créer").click();
    h.run();
    assert!(
        h.state().dialog().is_some(),
        "nothing created without a filière"
    );
    h.get_by_label("Mobilité, aéronautique, transports terrestres et maritimes")
        .click();
    h.run();
    h.get_by_label("Créer").click();
    h.run();
    let file = dir.path().join("campus-de-l-energie.ron");
    let d = store::load_file(&file).unwrap().dossier;
    assert_eq!(d.campus.name, "Campus de l'énergie");
    assert_eq!(h.state().workspace().unwrap().entries().len(), 7);
}

/// Issue 12, item 3: the « Nouveau dossier » dialog keeps what was typed — opened a second
/// time, a région picked, a click beside it — takes the name at once and creates on Enter.
#[test]
fn the_new_dossier_dialog_keeps_what_was_typed_and_enter_creates() {
    let dir = examples();
    let mut h = app_on(dir.path());
    press(&mut h, Modifiers::COMMAND, Key::N);
    h.get_by_label("Annuler").click();
    h.run();
    assert!(h.state().dialog().is_none());
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(field(&h, "Nom").is_focused(), "the name is typed at once");
    field(&h, "Nom").type_text("Campus de la mer");
    h.run();
    h.get_by_label("Bretagne").click();
    h.run();
    h.get_by_label("Mobilité, aéronautique, transports terrestres et maritimes")
        .click();
    h.run();
    // A click beside the dialog.
    h.input_mut().events.extend([
        egui::Event::PointerMoved(egui::pos2(20.0, 880.0)),
        egui::Event::PointerButton {
            pos: egui::pos2(20.0, 880.0),
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        },
        egui::Event::PointerButton {
            pos: egui::pos2(20.0, 880.0),
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        },
    ]);
    h.run();
    let Some(cmq_dossiers::ui::dialogs::Dialog::New { name, region, .. }) = h.state().dialog()
    else {
        panic!("the dialog is still open");
    };
    assert_eq!(name, "Campus de la mer");
    assert_eq!(region, "53", "Bretagne");
    press(&mut h, Modifiers::NONE, Key::Enter);
    let d = store::load_file(&dir.path().join("campus-de-la-mer.ron"))
        .unwrap()
        .dossier;
    assert_eq!(d.campus.region_academique, "53");
}

#[test]
fn after_a_crash_the_next_start_offers_the_unsaved_edits() {
    let dir = examples();
    {
        let mut h = app_on(dir.path());
        open(&mut h, "TransNum", "Identité & label");
        type_into(&mut h, "Site web", "https://transnum.example");
        // The autosave runs from the frame loop; wait for the copy, then "crash" (drop).
        let mut app = h.into_state();
        assert!(
            app_finish_autosave(&mut app),
            "the recovery copy was written"
        );
    }
    let mut h = app_on(dir.path());
    h.get_by_label("Modifications récupérées");
    h.get_by_label("Restaurer").click();
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().campus.website, "https://transnum.example");
    assert!(doc.is_dirty());
    // The restore taken back: the copy and the list's ⟲ go, and the next start offers nothing.
    let path = doc.path().to_owned();
    press(&mut h, Modifiers::COMMAND, Key::Z);
    h.get_by_label("✔ Enregistré");
    h.run();
    assert!(!store::recovery_path(&path).exists(), "the copy is gone");
    assert!(h.query_by_label("⟲").is_none(), "the marker is gone");
    drop(h);
    let h = app_on(dir.path());
    assert!(h.query_by_label("Modifications récupérées").is_none());
}

/// Issue 12, item 2: edit, let the recovery copy be written, undo back to « Enregistré », quit
/// and start again: nothing is offered.
#[test]
fn undo_back_to_saved_then_restart_offers_no_recovery() {
    let dir = examples();
    {
        let mut h = app_on(dir.path());
        open(&mut h, "TransNum", "Identité & label");
        type_into(&mut h, "Site web", "https://transnum.example");
        let path = h.state().document().unwrap().path().to_owned();
        let mut app = h.into_state();
        assert!(
            app_finish_autosave(&mut app),
            "the recovery copy was written"
        );
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 900.0))
            .with_max_steps(12)
            .build_ui_state(|ui, app: &mut CmqApp| app.ui(ui), app);
        press(&mut h, Modifiers::COMMAND, Key::Z);
        h.get_by_label("✔ Enregistré");
        h.run();
        assert!(
            !store::recovery_path(&path).exists(),
            "undone back to the file: the copy is gone"
        );
    }
    let h = app_on(dir.path());
    assert!(h.query_by_label("Modifications récupérées").is_none());
}

/// Waits until the recovery copy of the open dossier is on disk.
fn app_finish_autosave(app: &mut CmqApp) -> bool {
    let path = app.document().unwrap().path().to_owned();
    for _ in 0..200 {
        if store::recovery_path(&path).exists() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    false
}

#[test]
fn ctrl_o_opens_the_chosen_workspace_and_a_cancelled_dialog_only_says_so() {
    let first = examples();
    let second = tempfile::tempdir().unwrap();
    let only = store::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == "mobicampus.ron")
        .unwrap();
    std::fs::write(second.path().join("seul.ron"), only.text).unwrap();
    let mut h = app_with_picker(first.path(), answer(Some(second.path().to_owned())));
    press(&mut h, Modifiers::COMMAND, Key::O);
    for _ in 0..50 {
        h.run();
        if h.state().workspace().unwrap().dir() == second.path() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(h.state().workspace().unwrap().dir(), second.path());
    assert_eq!(h.state().workspace().unwrap().entries().len(), 1);
    assert_eq!(
        h.state().settings().workspace.as_deref(),
        Some(second.path())
    );

    let mut h = app_with_picker(first.path(), answer(None));
    press(&mut h, Modifiers::COMMAND, Key::O);
    for _ in 0..50 {
        h.run();
        if h.query_by_label_contains("Aucun dossier choisi").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.get_by_label_contains("Aucun dossier choisi");
    assert_eq!(
        h.state().workspace().unwrap().dir(),
        first.path(),
        "workspace unchanged"
    );
}

#[test]
fn the_interface_switches_to_english() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("Affichage").click();
    h.run();
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("Partners");
    h.get_by_label("View");
    h.get_by_label_contains("CMQ “excellence” until 25 April 2027");
}

#[test]
fn deleting_a_referenced_partner_asks_and_clears_the_references() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("Lycée exemple Vauban").click();
    h.run();
    h.get_by_label("🗑 Supprimer").click();
    h.run();
    h.get_by_label("Supprimer « Lycée exemple Vauban » ?");
    h.get_by_label("• l'établissement support du campus");
    h.get_by_label("Annuler").click();
    h.run();
    assert_eq!(
        h.state().document().unwrap().dossier().partners.len(),
        50,
        "cancel keeps it"
    );
    h.get_by_label("🗑 Supprimer").click();
    h.run();
    h.get_by_label("Supprimer et retirer les références")
        .click();
    h.run();
    let d = h.state().document().unwrap().dossier();
    assert_eq!(d.partners.len(), 49);
    assert_eq!(d.campus.etablissement_support, None);
    assert_eq!(
        h.state().document().unwrap().counts().0,
        0,
        "no dangling reference left"
    );
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state().document().unwrap().dossier().partners.len(),
        50,
        "one undo brings all back"
    );
}

#[test]
fn number_fields_refuse_letters() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(
        &mut h,
        "Campus exemple",
        "Mobilités Erasmus+ (participants)",
    );
    let first = h.state().document().unwrap().dossier().mobilities[0].clone();
    let row = h.get_all_by_label(&first.activity_id).next().unwrap();
    row.click();
    h.run();
    let before = travel_days(&h, &first.id);
    type_into(&mut h, "Jours de voyage financés", "abc");
    let after = travel_days(&h, &first.id);
    assert_eq!(before, after, "letters are not a number");
    assert!(
        !field(&h, "Jours de voyage financés")
            .value()
            .unwrap_or_default()
            .contains('a')
    );
    type_into(&mut h, "Jours de voyage financés", "1");
    let after = travel_days(&h, &first.id);
    assert_eq!(after, before * 10 + 1);
}

fn travel_days(h: &Harness<'static, CmqApp>, id: &cmq_dossiers::model::ids::MobilityId) -> u8 {
    let d = h.state().document().unwrap().dossier();
    d.mobilities
        .iter()
        .find(|m| &m.id == id)
        .unwrap()
        .funded_travel_days
}

#[test]
fn ctrl_f_puts_the_cursor_in_the_filter() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Jalons");
    press(&mut h, Modifiers::COMMAND, Key::F);
    assert!(field(&h, "Filtrer :").is_focused());
    field(&h, "Filtrer :").type_text("comité");
    h.run();
    h.get_by_label("4 / 17");
}

#[test]
fn switching_dossier_with_unsaved_changes_asks_and_can_save_first() {
    let dir = examples();
    let file = dir.path().join("mobicampus.ron");
    let mut h = app_on(dir.path());
    open(&mut h, "MOBICAMPUS", "Identité & label");
    type_into(&mut h, "Site web", "https://mobicampus.example");
    entry(&h, "PatMAT").click();
    h.run();
    h.get_by_label("Modifications non enregistrées");
    h.get_by_label("Enregistrer").click();
    h.run();
    assert_eq!(
        h.state().document().unwrap().path(),
        dir.path().join("patmat.ron")
    );
    let saved = store::load_file(&file).unwrap().dossier;
    assert_eq!(saved.campus.website, "https://mobicampus.example");
}

#[test]
fn hidden_columns_and_the_theme_are_choices_of_the_user() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("0359000T");
    h.get_by_label("Colonnes").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "UAI").click();
    h.run();
    assert!(
        h.query_by_label("0359000T").is_none(),
        "the UAI column is hidden"
    );
    h.get_by_label("Affichage").click();
    h.run();
    h.get_by_label("Thème sombre").click();
    h.run();
    assert_eq!(h.state().settings().theme, egui::ThemePreference::Dark);
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

#[test]
fn the_dashboard_lists_every_campus_deadline_overdue_first_and_opens_the_campus() {
    let dir = examples();
    let mut h = app_on(dir.path());
    h.get_by_label("Tableau de bord");
    h.get_by_label("labels finissant dans les 12 mois");
    h.get_by_label("Mobilités Erasmus+ par année (participants)");
    // The fictional campus's renewal file, typed for 25 October 2026, is not filed.
    let overdue = h
        .get_all_by_label("Dépôt du dossier de renouvellement")
        .count();
    assert!(overdue >= 1);
    h.get_all_by_label("25 octobre 2026")
        .next()
        .expect("the overdue deadline's date");
    // One row per campus in the small timeline, and a click opens the campus's calendar.
    // The deadline list links to the campus first; the timeline rows come after it.
    let link = h
        .query_all_by(|n| n.label().as_deref() == Some("Campus exemple") && n.role() == Role::Link)
        .last()
        .expect("the campus's row");
    link.click();
    h.run();
    let doc = h.state().document().expect("a dossier opened");
    assert!(doc.path().ends_with("campus-exemple.ron"));
    assert_eq!(h.state().section(), Section::Timeline);
}

#[test]
fn the_timeline_renders_zooms_and_a_click_on_a_milestone_opens_its_form() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Calendrier");
    h.get_by_label_contains("CMQ « excellence » 25 avril 2022");
    let years = h.state().timeline_state().tick_unit();
    assert!(
        matches!(years, cmq_dossiers::ui::TickUnit::Years(_)),
        "{years:?}"
    );
    let scale = h.state().timeline_state().scale();
    h.get_by_label("➕ Zoomer").click();
    h.run();
    assert!((h.state().timeline_state().scale() - 2.0 * scale).abs() < 1e-3);
    while !matches!(
        h.state().timeline_state().tick_unit(),
        cmq_dossiers::ui::TickUnit::Months
    ) {
        h.get_by_label("➕ Zoomer").click();
        h.run();
    }
    h.get_by_label("Tout voir").click();
    h.run();
    assert!(
        (h.state().timeline_state().scale() - scale).abs() < 1e-3,
        "back to the whole span"
    );

    h.get_by_label("Comité de pilotage annuel — 15 juin 2027")
        .click();
    h.run();
    assert_eq!(
        h.state().section(),
        Section::List(cmq_dossiers::model::ListKind::Milestones)
    );
    assert_eq!(
        field(&h, "Titre").value().as_deref(),
        Some("Comité de pilotage annuel")
    );
    assert!(
        h.query_all_by_label("15 juin 2027").count() >= 1,
        "its row is in the table"
    );
}

#[test]
fn the_calendar_rules_can_be_changed_and_are_remembered() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "MOBICAMPUS", "Calendrier");
    assert!(
        h.query_by_label_contains("Bilan d'étape (2 ans après le label)")
            .is_none()
    );
    h.get_by_label("Règles du calendrier").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Bilan d'étape après le décret de 2019")
        .click();
    h.run();
    assert_eq!(h.state().settings().calendar.bilan_2019_years, Some(2));
    h.get_by_label_contains("Bilan d'étape (2 ans après le label) — 6 février 2022");
}

#[test]
fn the_application_view_scores_the_dossier_and_keeps_its_texts() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Candidature");
    // How many criteria are met, no score; the conventions lack a few signatures, and the
    // texts written are for the referent to judge.
    h.get_by_label("13 / 17");
    h.get_by_label("15 / 22");
    h.get_by_label_contains("partenaires français sur 42 ont signé la convention");
    assert!(h.query_by_label_contains("Score").is_none());
    h.get_by_label("Ce que la loi exige");
    assert!(
        h.get_all_by_label_contains("Texte : Code de l'éducation, art. D335-33")
            .count()
            >= 4
    );
    assert!(h.get_all_by_label_contains("À juger").count() >= 1);
    let part = "I. Analyse d'opportunité, enjeux du territoire";
    let before = h
        .state()
        .document()
        .unwrap()
        .dossier()
        .application
        .opportunite
        .clone();
    h.get_by_role_and_label(Role::MultilineTextInput, part)
        .focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, part)
        .type_text(" Un bassin de 300 entreprises.");
    h.run();
    let after = h
        .state()
        .document()
        .unwrap()
        .dossier()
        .application
        .opportunite
        .clone();
    assert_eq!(after, format!("{before} Un bassin de 300 entreprises."));
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state()
            .document()
            .unwrap()
            .dossier()
            .application
            .opportunite,
        before
    );
}

#[test]
fn a_filtered_table_exports_the_rows_shown_in_the_background() {
    let dir = examples();
    let out = tempfile::tempdir().unwrap();
    let mut h = app_with_picker(dir.path(), answer(Some(out.path().to_owned())));
    open(&mut h, "Campus exemple", "Partenaires");
    type_into(&mut h, "Filtrer :", "vitré");
    h.get_by_label("3 / 50");
    h.get_by_label("⬇ Exporter").click();
    h.run();
    h.get_by_label("CSV — lignes affichées").click();
    let file = out.path().join("campus-exemple-partners.csv");
    for _ in 0..100 {
        h.run();
        if h.state().export_job().is_none() && file.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let text = std::fs::read_to_string(&file).expect("the export was written");
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 4, "header and the three rows shown:\n{text}");
    assert!(lines[1..].iter().all(|l| l.contains("Vitré")));
    h.get_by_label_contains("campus-exemple-partners.csv (3 lignes)");
}

#[test]
fn with_no_system_file_dialog_the_apps_own_chooser_appears_and_is_used() {
    let dir = examples();
    let out = tempfile::tempdir().unwrap();
    std::fs::create_dir(out.path().join("exports")).unwrap();
    let mut h = app_with_dialogs(dir.path(), Arc::new(NoDialog));
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("⬇ Exporter").click();
    h.run();
    h.get_by_label("CSV — lignes affichées").click();
    // Not a silent cancel: the chooser says why it is there, starting beside the dossier.
    wait_for_chooser(&mut h);
    let path = field(&h, "Chemin").value().unwrap_or_default();
    assert!(
        path.ends_with("campus-exemple-partners.csv")
            && path.contains(&*dir.path().to_string_lossy()),
        "{path}"
    );
    // Another folder typed: its entries are listed, one click goes into a subfolder.
    field(&h, "Chemin").focus();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::A);
    field(&h, "Chemin").type_text(&format!("{}/", out.path().display()));
    h.run();
    h.get_by_label("📁 exports").click();
    h.run();
    let target = out
        .path()
        .join("exports")
        .join("campus-exemple-partners.csv");
    assert_eq!(
        field(&h, "Chemin").value().as_deref(),
        Some(&*target.to_string_lossy())
    );
    assert!(h.query_by_label_contains("sera remplacé").is_none());
    h.get_by_label("Choisir").click();
    wait_until(&mut h, |app| app.export_job().is_none() && target.exists());
    assert!(
        h.query_by_label_contains("aucune fenêtre de choix de fichier")
            .is_none()
    );
    // Escape closes it as a cancel, said so.
    h.get_by_label("⬇ Exporter").click();
    h.run();
    h.get_by_label("CSV — lignes affichées").click();
    wait_for_chooser(&mut h);
    // Saving over an existing file is said before it happens.
    field(&h, "Chemin").focus();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::A);
    field(&h, "Chemin").type_text(&target.to_string_lossy());
    h.run();
    h.get_by_label("Ce fichier existe déjà : il sera remplacé.");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(
        h.query_by_label_contains("aucune fenêtre de choix de fichier")
            .is_none()
    );
    h.get_by_label_contains("Aucun fichier choisi");
}

#[test]
fn the_menus_open_from_the_keyboard_and_ctrl_digits_show_the_sections() {
    let dir = examples();
    let mut h = app_on(dir.path());
    let new_entry = |h: &Harness<'static, CmqApp>| {
        h.query_all_by_label_contains("Nouveau dossier…").count() > 0
    };
    assert!(!new_entry(&h), "the File menu starts closed");
    // F10 opens the first menu with its first entry focused: Enter chooses it.
    press(&mut h, Modifiers::NONE, Key::F10);
    assert!(new_entry(&h), "F10 opens the File menu");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!new_entry(&h), "Escape closes it");
    // Alt pressed and released alone opens it too.
    // (as a window system sends it: the key, then the modifiers, both within one frame)
    let alt = |pressed, modifiers| egui::Event::Key {
        key: Key::AltLeft,
        physical_key: Some(Key::AltLeft),
        pressed,
        repeat: false,
        modifiers,
    };
    h.event(alt(true, Modifiers::NONE));
    h.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    h.event(alt(false, Modifiers::ALT));
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
    assert!(new_entry(&h), "Alt alone opens the File menu");
    press(&mut h, Modifiers::NONE, Key::Escape);
    // Alt with another key (a shortcut of the system) opens nothing.
    h.event(alt(true, Modifiers::NONE));
    h.event(egui::Event::ModifiersChanged(Modifiers::ALT));
    h.key_press_modifiers(Modifiers::ALT, Key::Tab);
    h.event(alt(false, Modifiers::ALT));
    h.event(egui::Event::ModifiersChanged(Modifiers::NONE));
    h.run();
    assert!(!new_entry(&h), "Alt+Tab is not Alt alone");
    press(&mut h, Modifiers::NONE, Key::F10);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(
        h.state().dialog().is_some(),
        "Enter chose « Nouveau dossier… »"
    );
    assert!(field(&h, "Nom").is_focused());
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().dialog().is_none());
    // → and ← go from an open menu to its neighbours, the first entry focused.
    let shown = |h: &Harness<'static, CmqApp>, label: &str| {
        h.query_all_by_label_contains(label).count() > 0
    };
    press(&mut h, Modifiers::NONE, Key::F10);
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert!(
        shown(&h, "Renommer le fichier…"),
        "→ opens the Dossier menu"
    );
    assert!(!new_entry(&h), "and closes the File menu");
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    press(&mut h, Modifiers::NONE, Key::ArrowLeft);
    assert!(shown(&h, "Aide et raccourcis"), "← from File wraps to Aide");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(
        h.state().help_shown(),
        "Enter chose the focused first entry"
    );
    h.get_by_label("Raccourcis clavier");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!h.state().help_shown());
    // Affichage, whose first entry (the checks) is greyed without a dossier: the focus goes to
    // the first choice that can be made, and ↓ Enter picks the next one.
    press(&mut h, Modifiers::NONE, Key::F10);
    for _ in 0..3 {
        press(&mut h, Modifiers::NONE, Key::ArrowRight);
    }
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().settings().theme, egui::ThemePreference::Light);
    // Ctrl+digit: the sections of the open dossier, in the side panel's order; Ctrl+0 the dashboard.
    entry(&h, "Campus exemple").click();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Num2);
    h.get_by_label("⬆ Importer…");
    h.get_by_label("50 / 50");
    press(&mut h, Modifiers::COMMAND, Key::Num1);
    assert_eq!(h.state().section(), Section::Identity);
    h.get_by_label("Nom court");
    press(&mut h, Modifiers::COMMAND, Key::Num0);
    assert_eq!(h.state().section(), Section::Dashboard);
    h.get_by_label_contains("Prochaines échéances");
    // On a French keyboard the « 1 » key is « & »: the key's place counts.
    entry(&h, "Campus exemple").click();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Num2);
    h.event(egui::Event::Key {
        key: Key::Num7,
        physical_key: Some(Key::Num1),
        pressed: true,
        repeat: false,
        modifiers: Modifiers::COMMAND,
    });
    h.run();
    assert_eq!(h.state().section(), Section::Identity);
}

/// Steps frames until the app's own file chooser shows (the system's answer comes from a thread).
fn wait_for_chooser(h: &mut Harness<'static, CmqApp>) {
    for _ in 0..500 {
        h.step();
        if h.query_by_label_contains("aucune fenêtre de choix de fichier")
            .is_some()
        {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the app's own file chooser did not show");
}

/// Runs frames until the export under way ends.
fn wait_for_export(h: &mut Harness<'static, CmqApp>) {
    for _ in 0..300 {
        h.run();
        if h.state().export_job().is_none() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the export did not end");
}

#[test]
fn ctrl_p_lays_out_the_chosen_sections_and_opens_the_pdf_in_the_viewer() {
    let dir = examples();
    let dialogs = Arc::new(answer(None));
    let mut h = app_with_dialogs(dir.path(), Arc::clone(&dialogs));
    open(&mut h, "Campus exemple", "Identité & label");
    press(&mut h, Modifiers::COMMAND, Key::P);
    h.get_by_label("Synthèse du dossier");
    h.get_by_role_and_label(Role::CheckBox, "Indicateurs")
        .click();
    h.run();
    h.get_by_label("Imprimer").click();
    wait_for_export(&mut h);
    let opened = dialogs.1.lock().unwrap().clone();
    assert_eq!(opened.len(), 1, "the viewer was asked to open the PDF");
    let pdf = std::fs::read(&opened[0]).unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    // The choice is remembered for this dossier.
    let path = h.state().document().unwrap().path().to_owned();
    let choice = h.state().settings().pdf_choice(&path);
    assert!(!choice.sections.iter().any(|s| s == "indicators"));
    assert_eq!(choice.sections.len(), 7);
}

#[test]
fn the_application_exports_as_pdf_where_the_user_chose() {
    let dir = examples();
    let out = tempfile::tempdir().unwrap();
    let mut h = app_with_picker(dir.path(), answer(Some(out.path().to_owned())));
    open(&mut h, "MOBICAMPUS", "Identité & label");
    h.get_by_label("Fichier").click();
    h.run();
    h.get_by_label("Exporter en PDF…").click();
    h.run();
    h.get_by_label("Dossier de candidature à la labellisation")
        .click();
    h.run();
    h.get_by_label("Exporter…").click();
    for _ in 0..300 {
        h.run();
        if out.path().join("mobicampus-candidature.pdf").exists()
            && h.state().export_job().is_none()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let pdf =
        std::fs::read(out.path().join("mobicampus-candidature.pdf")).expect("the PDF was written");
    assert!(pdf.starts_with(b"%PDF"));
}

/// Runs frames until `done` holds for the app (background work ends between frames).
/// Steps frames until `done` (a background job keeps the window repainting meanwhile, so one
/// frame at a time rather than `run`, whose step limit a slow machine would reach), then lets
/// the window settle.
fn wait_until(h: &mut Harness<'static, CmqApp>, done: impl Fn(&CmqApp) -> bool) {
    for _ in 0..1000 {
        h.step();
        if done(h.state()) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the background work did not end");
}

#[test]
fn import_partners_through_the_mapping_dialog_adjust_a_column_confirm_and_undo() {
    use cmq_dossiers::ui::import_dialog::Stage;
    let dir = examples();
    let source = dir.path().join("partenaires.csv");
    std::fs::write(
        &source,
        "Nom;Ville;UAI;Téléphone fixe\n\
         Ecole primaire publique les Lucioles;Baulon;0350122T;02 99 85 38 02\n\
         Lycée professionnel Beaumont;Redon;0350102W;02 99 72 37 37\n\
         Lycée Beaumont (doublon);Redon;0350102W;\n",
    )
    .unwrap();
    let picker = Answer(None, std::sync::Mutex::new(Vec::new()), Some(source));
    let mut h = app_with_picker(dir.path(), picker);
    open(&mut h, "Campus exemple", "Partenaires");
    let before = h.state().document().unwrap().dossier().clone();

    h.get_by_label("⬆ Importer…").click();
    wait_until(&mut h, |app| {
        matches!(
            app.import_flow().map(|f| &f.stage),
            Some(Stage::Mapping { .. })
        )
    });
    // Guessed from the headers: Ville is the commune; the phone column is not recognised.
    h.get_by_label_contains("Baulon · Redon · Redon");
    h.get_by_role_and_label(Role::ComboBox, "Contact : téléphone")
        .click();
    h.run();
    h.get_by_label("Téléphone fixe").click();
    h.run();
    h.get_by_label_contains("02 99 85 38 02 · 02 99 72 37 37 · ");

    h.get_by_label("Vérifier les lignes").click();
    wait_until(&mut h, |app| {
        matches!(
            app.import_flow().map(|f| &f.stage),
            Some(Stage::Report { .. })
        )
    });
    // The third row repeats the second one's UAI: listed, and left out.
    h.get_by_label_contains("3 lignes : 2 à ajouter, 0 à mettre à jour, 1 ignorées");
    h.get_by_label("Lycée Beaumont (doublon)");
    h.get_by_label("Importer (2)").click();
    h.run();

    assert!(h.state().import_flow().is_none());
    let d = h.state().document().unwrap().dossier().clone();
    assert_eq!(d.partners.len(), before.partners.len() + 2);
    let p = d
        .partners
        .iter()
        .find(|p| p.uai.text() == "0350122T")
        .unwrap();
    assert_eq!(p.commune, "Baulon");
    assert_eq!(p.contacts[0].phone, "02 99 85 38 02");
    // The rows are in the table.
    type_into(&mut h, "Filtrer :", "Beaumont");
    h.get_by_label("Lycée professionnel Beaumont");

    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().document().unwrap().dossier(), &before);
}

/// The example campus made wrong in many ways, saved as « Campus à vérifier » in `dir`.
fn a_dossier_with_findings(dir: &Path) {
    use cmq_dossiers::model::ids::PartnerId;
    let mut d = store::load_file(&dir.join("campus-exemple.ron"))
        .unwrap()
        .dossier;
    d.campus.name = "Campus à vérifier".into();
    d.campus.short_name.clear();
    d.partners[1].uai = Checked::from_text("0251234X");
    d.partners[2].siret = Checked::from_text("12345678901234");
    d.partners[3].country = "Allemagne".into();
    let duplicate = d.partners[4].id.clone();
    d.partners[5].id = duplicate;
    d.actions[0].lead = Some(PartnerId("P999".into()));
    d.actions[1].title.clear();
    if let (Some(start), Some(a)) = (d.actions[2].start, d.actions.get_mut(2)) {
        a.end = start.pred_opt();
    }
    d.mobilities[0].funded_travel_days = 9;
    d.mobilities[1].end = d.mobilities[1].start;
    d.indicators[0].code.clear();
    d.milestones[0].kind = cmq_dossiers::model::milestone::MilestoneKind::Autre;
    d.milestones[0].title.clear();
    d.label_decisions[0].duration_years = Some(9);
    store::save_file(&dir.join("campus-a-verifier.ron"), &d).unwrap();
}

/// Every text the window shows now (labels and values of the accessibility tree).
fn texts(h: &Harness<'static, CmqApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT as _;
    h.query_all_by(|_| true)
        .flat_map(|n| {
            let node = n.accesskit_node();
            [node.label(), node.value()]
        })
        .flatten()
        .collect()
}

/// The English window, walked over every section, the checks panel, the delete question and
/// an import report, shows none of the French sentences the domain's codes have in French —
/// and does show their English wording.
#[test]
fn the_english_window_shows_no_french_made_by_the_domain() {
    use cmq_dossiers::i18n::Lang;
    use cmq_dossiers::ui::import_dialog::Stage;
    use cmq_dossiers::ui::sections::Section;

    let dir = examples();
    a_dossier_with_findings(dir.path());
    let source = dir.path().join("partners.csv");
    std::fs::write(
        &source,
        "Name;City;UAI;Country\n\
         Lycée Pasteur;Besançon;0250010X;FR\n\
         Firma Müller;Stuttgart;;Atlantide\n\
         Lycée exemple Vauban;Besançon;0251234U;FR\n",
    )
    .unwrap();
    let settings = Settings {
        workspace: Some(dir.path().to_owned()),
        lang: Lang::En,
        ..Settings::default()
    };
    let picker = Answer(None, std::sync::Mutex::new(Vec::new()), Some(source));
    let app = CmqApp::new(settings, Arc::new(picker), today());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut CmqApp| app.ui(ui), app);
    h.run();
    entry(&h, "Campus à vérifier").click();
    h.run();

    let (fr, en) = (Lang::Fr.strings(), Lang::En.strings());
    let d = h.state().document().unwrap().dossier().clone();
    let findings = cmq_dossiers::rules::validate(&d);
    assert!(findings.len() >= 12, "the dossier has findings to show");
    let mut pairs: Vec<(String, String)> = findings
        .iter()
        .map(|f| ((fr.issue)(&f.issue), (en.issue)(&f.issue)))
        .collect();
    let rules = cmq_dossiers::rules::calendar::CalendarRules::default();
    for i in cmq_dossiers::rules::calendar::timeline(&d, &rules, today()).items {
        pairs.push(((fr.item_title)(&i.title), (en.item_title)(&i.title)));
    }
    for a in cmq_dossiers::rules::readiness::readiness(&d).items {
        let check = a.criterion.check;
        pairs.push((
            (fr.criterion_title)(check).into(),
            (en.criterion_title)(check).into(),
        ));
        pairs.extend(
            a.evidence
                .iter()
                .map(|e| ((fr.evidence)(e), (en.evidence)(e))),
        );
        pairs.extend(
            a.advice
                .map(|x| ((fr.advice)(x).into(), (en.advice)(x).into())),
        );
    }
    // Words of the catalogue that are also the referent's own data (an indicator named
    // « Entreprises partenaires ») are data, not sentences of the domain.
    let data = store::to_text(&d).unwrap();
    pairs.retain(|(f, e)| f != e && !data.contains(f.as_str()));
    let no_french = |h: &Harness<'static, CmqApp>, pairs: &[(String, String)], place: &str| {
        let shown = texts(h);
        for (french, _) in pairs {
            assert!(
                !shown.iter().any(|t| t.contains(french.as_str())),
                "{place}: French « {french} » in the English window"
            );
        }
    };

    for section in Section::all() {
        h.get_by_label(section.title(en)).click();
        h.run();
        no_french(&h, &pairs, section.title(en));
    }
    // Amounts the English way: « 12 500,00 € » is “€12,500.00”.
    h.get_by_label(Section::List(cmq_dossiers::model::ListKind::Actions).title(en))
        .click();
    h.run();
    let shown = texts(&h);
    assert!(shown.iter().any(|t| t.starts_with('€') && t.contains('.')));
    assert!(!shown.iter().any(|t| t.ends_with(" €")));
    // The timeline and the application show their items and criteria in English.
    h.get_by_label(Section::Application.title(en)).click();
    h.run();
    let shown = texts(&h);
    for a in cmq_dossiers::rules::readiness::readiness(&d).items {
        let title = (en.criterion_title)(a.criterion.check);
        assert!(shown.iter().any(|t| t == title), "criterion « {title} »");
    }

    h.get_by_label_contains(" errors · ").click();
    h.run();
    no_french(&h, &pairs, "checks panel");
    let shown = texts(&h);
    for f in &findings {
        let english = (en.issue)(&f.issue);
        assert!(
            shown.iter().any(|t| t.contains(english.as_str())),
            "the checks panel says « {english} »"
        );
    }

    // The delete question of the établissement support names what refers to it.
    h.get_by_label(Section::List(cmq_dossiers::model::ListKind::Partners).title(en))
        .click();
    h.run();
    let support = d.campus.etablissement_support.clone().unwrap();
    let name = d.partner(&support).unwrap().name.clone();
    h.get_all_by_label(&name).next().unwrap().click();
    h.run();
    h.get_by_label(&format!("🗑 {}", en.delete)).click();
    h.run();
    h.get_by_label(&format!("Delete “{name}”?"));
    let references: Vec<(String, String)> = d
        .references_to(cmq_dossiers::model::ListKind::Partners, support.as_str())
        .iter()
        .map(|r| ((fr.referrer)(&r.from), (en.referrer)(&r.from)))
        .collect();
    assert!(!references.is_empty());
    no_french(&h, &references, "delete question");
    for (_, english) in &references {
        h.get_by_label(&format!("• {english}"));
    }
    h.get_by_label(en.cancel).click();
    h.run();

    // The import report words its verdicts and notes in English.
    h.get_by_label(&format!("⬆ {}", en.import.import)).click();
    wait_until(&mut h, |app| {
        matches!(
            app.import_flow().map(|f| &f.stage),
            Some(Stage::Mapping { .. })
        )
    });
    h.get_by_label(en.import.check).click();
    wait_until(&mut h, |app| {
        matches!(
            app.import_flow().map(|f| &f.stage),
            Some(Stage::Report { .. })
        )
    });
    let Some(Stage::Report { plan, .. }) = h.state().import_flow().map(|f| &f.stage) else {
        panic!("a report");
    };
    let notes: Vec<(String, String)> = plan
        .rows
        .iter()
        .flat_map(|r| r.errors.iter().chain(&r.warnings))
        .map(|n| (n.text(fr), n.text(en)))
        .filter(|(f, e)| f != e)
        .collect();
    assert!(notes.len() >= 2, "the report has notes: {notes:?}");
    no_french(&h, &notes, "import report");
    no_french(&h, &pairs, "import report");
    let shown = texts(&h);
    for (_, english) in &notes {
        assert!(
            shown.iter().any(|t| t.contains(english.as_str())),
            "the report says « {english} »"
        );
    }
}

/// Issue 12, item 5: any year can be typed for an indicator, and nothing is stored before a
/// value is typed (never a 0).
#[test]
fn an_indicator_value_for_any_year_is_typed_and_an_empty_one_is_not_stored() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Indicateurs");
    let first = h.state().document().unwrap().dossier().indicators[0].clone();
    assert!(!first.values.contains_key(&2015));
    h.get_all_by_label(&first.label).next().unwrap().click();
    h.run();
    field(&h, "Année").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Année").type_text("2015");
    h.run();
    h.get_by_label("✚ Ajouter la valeur").click();
    h.run();
    let values = |h: &Harness<'static, CmqApp>| {
        h.state().document().unwrap().dossier().indicators[0]
            .values
            .clone()
    };
    assert_eq!(values(&h), first.values, "no value typed: nothing stored");
    type_into(&mut h, "Valeur", "1 412,5");
    h.get_by_label("✚ Ajouter la valeur").click();
    h.run();
    assert_eq!(values(&h).get(&2015), Some(&1412.5));
    assert_eq!(values(&h).len(), first.values.len() + 1);
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(values(&h), first.values, "one undo takes it back");
}

/// Issue 12, item 1: a date is typed in one step (`10/02/2014`), or reached in the calendar by
/// its year arrows; text that is not a date changes nothing.
#[test]
fn a_milestone_still_to_come_cannot_be_marked_done() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Jalons");
    h.get_by_label("15 juin 2027").click();
    h.run();
    let done_offered = |h: &mut Harness<'static, CmqApp>| {
        let before = h.query_all_by_label("Fait").count();
        h.get_by_role_and_label(Role::ComboBox, "Statut").click();
        h.run();
        let shown = h.query_all_by_label("Fait").count();
        press(h, Modifiers::NONE, Key::Escape);
        shown > before
    };
    assert!(
        !done_offered(&mut h),
        "15 juin 2027 is after today (22 novembre 2026)"
    );
    field(&h, "Date").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Date").type_text("10/02/2014");
    h.run();
    assert!(done_offered(&mut h), "a past milestone can be done");
}

#[test]
fn a_new_label_decision_dated_2014_lasts_the_4_years_of_its_decree() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "CosmetoPharma", "Identité & label");
    h.get_by_label("✚ Ajouter").click();
    h.run();
    let last = |h: &Harness<'static, CmqApp>| {
        h.state()
            .document()
            .unwrap()
            .dossier()
            .label_decisions
            .last()
            .cloned()
            .unwrap()
    };
    assert_eq!(last(&h).duration_years, Some(5), "today's decree: 5 years");
    field(&h, "Date de l'arrêté").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Date de l'arrêté").type_text("10/02/2014");
    h.run();
    assert_eq!(last(&h).date, chrono::NaiveDate::from_ymd_opt(2014, 2, 10));
    assert_eq!(last(&h).duration_years, Some(4), "the 2014 decree: 4 years");
    assert!(
        h.query_by_label_contains("dépasse la durée maximale")
            .is_none(),
        "no error at once"
    );
}

#[test]
fn a_date_is_typed_in_one_step_or_picked_by_year_and_month() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Jalons");
    let first = h.state().document().unwrap().dossier().milestones[0].clone();
    h.get_all_by_label(&first.title).next().unwrap().click();
    h.run();
    let date =
        |h: &Harness<'static, CmqApp>| h.state().document().unwrap().dossier().milestones[0].date;
    field(&h, "Date").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Date").type_text("31/02/2014");
    h.run();
    assert_eq!(date(&h), first.date, "not a date: nothing changes");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    field(&h, "Date").type_text("10/02/2014");
    h.run();
    assert_eq!(
        date(&h),
        chrono::NaiveDate::from_ymd_opt(2014, 2, 10).unwrap()
    );
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(
        field(&h, "Date").value().as_deref(),
        Some("10 février 2014"),
        "shown in words once left"
    );

    // The calendar: two clicks on « » reach February 2016; a day picked is the date.
    h.get_by_label("📅").click();
    h.run();
    h.get_by_label("février 2014");
    h.get_by_label("»").click();
    h.run();
    h.get_by_label("»").click();
    h.run();
    h.get_by_label("février 2016");
    h.get_by_label("29").click();
    h.run();
    assert_eq!(
        date(&h),
        chrono::NaiveDate::from_ymd_opt(2016, 2, 29).unwrap()
    );
}

/// Issue 12, list 10: Ctrl+Z of a change made in another section goes there and says so.
#[test]
fn undoing_a_change_made_elsewhere_shows_where_it_was() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Identité & label");
    type_into(&mut h, "Site web", "x");
    h.get_by_label("Partenaires").click();
    h.run();
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(h.state().section(), Section::Identity);
    h.get_by_label_contains("Annulé dans Identité & label");
    press(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.get_by_label_contains("Rétabli dans Identité & label");
}

#[test]
fn the_directory_import_keeps_only_lycees_and_cfa_when_asked_and_never_files_schools_as_higher_education()
 {
    use cmq_dossiers::model::partner::PartnerKind;
    use cmq_dossiers::ui::import_dialog::Stage;
    let Some(source) = testdata::shared("annuaire-education-dept35.csv") else {
        return;
    };
    // What the file says: the UAIs of its lycées (EREA included).
    let text = std::fs::read_to_string(&source).unwrap();
    let lycees: std::collections::BTreeSet<String> = text
        .lines()
        .skip(1)
        .map(|l| l.split(';').collect::<Vec<_>>())
        .filter(|c| matches!(c.get(2), Some(&"Lycée" | &"EREA")))
        .map(|c| c[0].to_owned())
        .collect();
    assert!(lycees.len() > 50, "{} lycées", lycees.len());
    let dir = examples();
    let picker = Answer(None, std::sync::Mutex::new(Vec::new()), Some(source));
    let mut h = app_with_picker(dir.path(), picker);
    open(&mut h, "Campus exemple", "Partenaires");
    let before = h.state().document().unwrap().dossier().clone();
    h.get_by_label("⬆ Importer…").click();
    wait_until(&mut h, |app| {
        matches!(
            app.import_flow().map(|f| &f.stage),
            Some(Stage::Mapping { .. })
        )
    });
    h.get_by_label("Vérifier les lignes").click();
    wait_until(&mut h, |app| {
        matches!(
            app.import_flow().map(|f| &f.stage),
            Some(Stage::Report { .. })
        )
    });
    // Primary schools and collèges are left out before any choice; kept on demand, they are
    // listed with the warning that says what they are.
    h.get_by_label_contains("laissées de côté");
    h.get_by_role_and_label(Role::CheckBox, "avec les écoles et collèges")
        .click();
    h.run();
    assert!(
        h.query_all_by_label_contains("école ou collège, classé « École primaire ou collège »")
            .next()
            .is_some()
    );
    h.get_by_role_and_label(Role::CheckBox, "avec les écoles et collèges")
        .click();
    h.get_by_role_and_label(Role::CheckBox, "lycées et CFA seulement")
        .click();
    h.run();
    h.get_by_label_contains("Importer (").click();
    h.run();
    assert!(h.state().import_flow().is_none());
    let d = h.state().document().unwrap().dossier().clone();
    let known: std::collections::BTreeSet<String> =
        before.partners.iter().map(|p| p.uai.text()).collect();
    let added = &d.partners[before.partners.len()..];
    assert!(!added.is_empty());
    for p in added {
        assert!(
            matches!(
                p.kind,
                PartnerKind::Lycee | PartnerKind::LyceePro | PartnerKind::Cfa
            ),
            "{} is a {:?}",
            p.name,
            p.kind
        );
        assert!(lycees.contains(&p.uai.text()), "{} is no lycée", p.name);
    }
    let expected = lycees.iter().filter(|u| !known.contains(*u)).count();
    assert_eq!(added.len(), expected);
}

/// The app as it starts with `settings`, file dialogs answered by `picker`.
fn app_with_settings(settings: Settings, picker: Answer) -> Harness<'static, CmqApp> {
    let app = CmqApp::new(settings, Arc::new(picker), today());
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut CmqApp| app.ui(ui), app);
    h.run();
    h
}

#[test]
fn the_first_start_welcomes_the_examples_stay_apart_read_only_and_a_restart_returns_to_the_dossier()
{
    let data = tempfile::tempdir().unwrap();
    let mine = data.path().join("Mes campus");
    let settings = Settings {
        examples: Some(data.path().to_owned()),
        ..Settings::default()
    };
    let mut h = app_with_settings(settings, answer(Some(mine.clone())));
    // First start: the welcome, no workspace, no sample campus on the dashboard.
    h.get_by_label("Bienvenue dans CMQ Dossiers");
    assert!(h.state().workspace().is_none());

    // The examples: a workspace of their own, read-only.
    h.get_by_label("Voir les exemples").click();
    h.run();
    let examples = h.state().workspace().unwrap().dir().to_owned();
    assert_eq!(h.state().workspace().unwrap().entries().len(), 6);
    h.get_by_label_contains("Exemples en lecture seule");
    open(&mut h, "Campus exemple", "Identité & label");
    let before = h.state().document().unwrap().dossier().clone();
    type_into(&mut h, "Nom court", "X");
    assert_eq!(h.state().document().unwrap().dossier(), &before);
    h.get_by_label_contains("Les exemples sont en lecture seule");
    press(&mut h, Modifiers::COMMAND, Key::N);
    assert!(
        h.state().dialog().is_none(),
        "no new dossier among the examples"
    );

    // My own workspace, in the folder I choose (created): none of the examples in it.
    h.get_by_label("Créer mon espace de travail…").click();
    wait_until(&mut h, |app| {
        app.workspace().is_some_and(|w| w.dir() == mine.as_path())
    });
    assert!(h.state().workspace().unwrap().entries().is_empty());
    assert!(!h.state().workspace().unwrap().is_examples());
    press(&mut h, Modifiers::COMMAND, Key::N);
    h.get_by_role_and_label(Role::TextInput, "Nom")
        .type_text("Campus de la mer");
    h.run();
    h.get_by_label("Bretagne").click();
    h.run();
    h.get_by_label("Mobilité, aéronautique, transports terrestres et maritimes")
        .click();
    h.run();
    h.get_by_label("Créer").click();
    h.run();
    assert_eq!(h.state().workspace().unwrap().entries().len(), 1);
    assert_eq!(store::list_dossiers(&examples).unwrap().len(), 6);
    // The examples again, and the way back to my workspace from their banner.
    h.get_by_label("Fichier").click();
    h.run();
    h.get_by_label("Voir les exemples").click();
    h.run();
    assert!(h.state().workspace().unwrap().is_examples());
    h.get_by_label("Retour à mon espace de travail").click();
    h.run();
    assert_eq!(h.state().workspace().unwrap().dir(), mine.as_path());
    entry(&h, "Campus de la mer").click();
    h.run();
    open_section(&mut h, "Partenaires");

    // Restart with what the app remembered: my workspace, my dossier, the same section.
    let remembered = h.state().settings().clone();
    drop(h);
    let h = app_with_settings(remembered, answer(None));
    assert_eq!(h.state().workspace().unwrap().dir(), mine.as_path());
    assert_eq!(
        h.state().document().unwrap().dossier().campus.name,
        "Campus de la mer"
    );
    assert_eq!(
        h.state().section(),
        Section::List(cmq_dossiers::model::ListKind::Partners)
    );
}

/// Shows the section `name` of the open dossier from the side panel.
fn open_section(h: &mut Harness<'static, CmqApp>, name: &str) {
    h.get_by(|n| n.label().as_deref() == Some(name) && n.role() != Role::Link)
        .click();
    h.run();
}

#[test]
fn a_dossier_is_renamed_duplicated_archived_and_binned_from_the_dossier_menu_and_nothing_is_lost() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "PatMAT", "Identité & label");
    let original = h.state().document().unwrap().dossier().clone();

    h.get_by_label("Dossier").click();
    h.run();
    h.get_by_label("Renommer le fichier…").click();
    h.run();
    let name = h.get_by_role_and_label(Role::TextInput, "Nouveau nom du fichier (sans .ron)");
    name.focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Nouveau nom du fichier (sans .ron)")
        .type_text("cosmetopharma");
    h.run();
    h.get_by_label("Un fichier de ce nom existe déjà dans l'espace de travail");
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Nouveau nom du fichier (sans .ron)")
        .type_text("patmat-2026");
    h.run();
    press(&mut h, Modifiers::NONE, Key::Enter);
    let renamed = dir.path().join("patmat-2026.ron");
    assert!(renamed.is_file() && !dir.path().join("patmat.ron").exists());
    assert_eq!(h.state().document().unwrap().path(), renamed.as_path());

    h.get_by_label("Dossier").click();
    h.run();
    h.get_by_label("Dupliquer").click();
    h.run();
    let copy = dir.path().join("patmat-2026 (copie).ron");
    assert_eq!(h.state().document().unwrap().path(), copy.as_path());
    assert!(
        h.state()
            .document()
            .unwrap()
            .dossier()
            .campus
            .name
            .ends_with("(copie)")
    );
    assert_eq!(h.state().workspace().unwrap().entries().len(), 7);

    h.get_by_label("Dossier").click();
    h.run();
    h.get_by_label("Archiver").click();
    h.run();
    assert!(h.state().document().is_none());
    assert!(
        dir.path()
            .join("archives/patmat-2026 (copie).ron")
            .is_file()
    );
    assert_eq!(h.state().workspace().unwrap().entries().len(), 6);
    h.get_by_label_contains("Archives (1)").click();
    h.run();
    h.get_by_label("Remettre").click();
    h.run();
    assert!(copy.is_file());
    assert_eq!(h.state().workspace().unwrap().entries().len(), 7);

    entry(&h, "PatMAT").click();
    h.run();
    h.get_by_label("Dossier").click();
    h.run();
    h.get_by_label("Mettre à la corbeille…").click();
    h.run();
    h.get_by_label("Mettre à la corbeille").click();
    h.run();
    let binned = dir.path().join("corbeille/patmat-2026.ron");
    assert!(binned.is_file() && !renamed.exists());
    let kept = store::load_file(&binned).unwrap().dossier;
    assert_eq!(kept, original, "the binned file is the dossier, whole");
    assert_eq!(h.state().workspace().unwrap().entries().len(), 6);
    // The bin is listed too, and a binned dossier comes back with « Remettre ».
    h.get_by_label_contains("Corbeille (1)").click();
    h.run();
    h.get_by_label("Remettre").click();
    h.run();
    assert!(renamed.is_file() && !binned.exists());
    assert_eq!(h.state().workspace().unwrap().entries().len(), 7);
}

#[test]
fn the_keyboard_walks_from_the_filter_to_the_rows_and_into_the_form_and_new_contacts_take_the_cursor()
 {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    // Ctrl+F, a few letters, ↓: the first row shown is selected and has the focus.
    press(&mut h, Modifiers::COMMAND, Key::F);
    field(&h, "Filtrer :").type_text("vitré");
    h.run();
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    let d = h.state().document().unwrap().dossier().clone();
    let first = d
        .partners
        .iter()
        .find(|p| p.commune.to_lowercase().contains("vitré"))
        .unwrap()
        .clone();
    h.get_by_label_contains(&first.name);
    // Enter on the row: the cursor goes to the form's first field.
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(
        h.query_all_by_role_and_label(Role::TextInput, "Nom")
            .next()
            .is_some_and(|n| n.is_focused()),
        "Enter put the cursor in the form's first field, the partner's name"
    );
    press(&mut h, Modifiers::NONE, Key::End);
    h.event(egui::Event::Text(" (site 2)".into()));
    h.run();
    let edited = h.state().document().unwrap().dossier().clone();
    let p = edited.partners.iter().find(|p| p.id == first.id).unwrap();
    assert_eq!(p.name, format!("{} (site 2)", first.name));
    // « ✚ Contacts »: the new row's name has the cursor; typing fills it.
    let contacts = p.contacts.len();
    h.get_by_label("✚ Contacts").click();
    h.run();
    h.run();
    h.event(egui::Event::Text("Camille Martin".into()));
    h.run();
    let edited = h.state().document().unwrap().dossier().clone();
    let p = edited.partners.iter().find(|p| p.id == first.id).unwrap();
    assert_eq!(p.contacts.len(), contacts + 1);
    assert_eq!(p.contacts[contacts].name, "Camille Martin");
}

#[test]
fn a_criterion_of_the_application_leads_to_where_it_is_filled_in() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "PatMAT", "Candidature");
    h.get_by_role_and_label(
        Role::Link,
        "Hébergement et activités associatives, culturelles et sportives",
    )
    .click();
    h.run();
    assert_eq!(h.state().section(), Section::Identity);
    h.run();
    let focused = h
        .query_all(egui_kittest::kittest::by().role(Role::MultilineTextInput))
        .find(egui_kittest::Node::is_focused);
    assert!(focused.is_some(), "the cursor is in « Lieu de vie »");
}

#[test]
fn nothing_moves_while_typing_an_invalid_value_and_a_long_text_scrolls_inside_its_field() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    h.get_by_label("✚ Ajouter").click();
    h.run();
    let below = |h: &Harness<'static, CmqApp>| field(h, "SIRET").rect();
    let before = below(&h);
    // An invalid UAI: its message appears, beside the field; the next field stays put.
    type_into(&mut h, "UAI", "0250");
    assert!(
        h.query_all_by_label_contains("UAI").count() > 1,
        "the UAI's message is shown"
    );
    assert_eq!(below(&h), before, "the SIRET field did not move");
    // A long text in a multi-line field scrolls inside a fixed height.
    open_section(&mut h, "Identité & label");
    let notes_below = |h: &Harness<'static, CmqApp>| {
        h.get_by_role_and_label(Role::MultilineTextInput, "Notes")
            .rect()
    };
    assert_eq!(h.state().section(), Section::Identity);
    let before = notes_below(&h);
    let place = h.get_by_role_and_label(Role::MultilineTextInput, "Lieu de vie, hébergement");
    place.focus();
    h.run();
    h.event(egui::Event::Text("Internat de 120 places.\n".repeat(12)));
    h.run();
    assert!(
        h.state()
            .document()
            .unwrap()
            .dossier()
            .campus
            .lieu_de_vie
            .contains("places.\nInternat"),
        "the text was typed"
    );
    assert_eq!(notes_below(&h), before, "the next field did not move");
}

#[test]
fn the_dashboards_campus_rows_span_the_workspaces_dates_and_pan_with_a_drag() {
    let dir = examples();
    let mut h = app_on(dir.path());
    assert_eq!(h.state().section(), Section::Dashboard);
    let view = |h: &Harness<'static, CmqApp>| {
        h.ctx
            .data(|d| d.get_temp::<(f64, f64)>(egui::Id::unique("campus-rows-view")))
            .unwrap()
    };
    let day = |y, m, d| {
        use chrono::Datelike as _;
        f64::from(
            chrono::NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .num_days_from_ce(),
        )
    };
    // Fitted to the examples, not a fixed 2018–2029: from before the first label (Campus
    // exemple, March 2015) to a year after the last deadline (June 2027).
    let (first, shown) = view(&h);
    assert!(first <= day(2015, 1, 1), "starts at day {first}");
    assert!(
        first + shown >= day(2028, 6, 1),
        "ends at day {}",
        first + shown
    );
    // A drag to the left shows later years.
    let row = h.get_by_role_and_label(Role::Link, "MOBICAMPUS").rect();
    let from = egui::pos2(row.right() + 300.0, row.center().y);
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for step in 1..=10 {
        h.hover_at(from - egui::vec2(20.0 * step as f32, 0.0));
        h.run();
    }
    h.drop_at(from - egui::vec2(200.0, 0.0));
    h.run();
    let (moved, same) = view(&h);
    assert!((same - shown).abs() < 1e-6, "a drag pans, it does not zoom");
    assert!(moved > first + 30.0, "panned from {first} to {moved}");
}

#[test]
fn a_long_name_never_widens_the_side_panel_and_tables_fill_the_window_without_moving_the_form() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Identité & label");
    let panel = |h: &Harness<'static, CmqApp>| field(h, "Rechercher un campus…").rect().width();
    let before = panel(&h);
    type_into(
        &mut h,
        "Nom court",
        &" et de la très longue vallée".repeat(6),
    );
    h.run();
    assert!((panel(&h) - before).abs() < 1.0, "{before} → {}", panel(&h));
    // Adding a sector does not move the form: the table's height does not follow its rows.
    open_section(&mut h, "Filières & formations");
    h.get_by_label("Robotique et automatismes").click();
    h.run();
    let form = field(&h, "Filière du campus").rect();
    h.get_by_label("✚ Ajouter").click();
    h.run();
    h.run();
    assert_eq!(
        field(&h, "Filière du campus").rect(),
        form,
        "the form stayed put"
    );
    // Sixteen milestones and a short form: the table shows them all rather than leaving the
    // bottom of the window empty.
    open_section(&mut h, "Jalons");
    let milestones = h.state().document().unwrap().dossier().milestones.clone();
    h.get_by_label(&milestones[0].title).click();
    h.run();
    let last = &milestones[milestones.len() - 1];
    assert!(
        h.query_all_by_label(&last.title).next().is_some(),
        "the last milestone, « {} », is in view",
        last.title
    );
}

#[test]
fn the_print_dialog_keeps_its_size_and_its_buttons_when_the_document_changes() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Identité & label");
    press(&mut h, Modifiers::COMMAND, Key::P);
    let button = |h: &Harness<'static, CmqApp>| h.get_by_label("Imprimer").rect();
    let before = button(&h);
    h.get_by_label("Dossier de candidature à la labellisation")
        .click();
    h.run();
    assert_eq!(button(&h), before, "the Imprimer button did not move");
    press(&mut h, Modifiers::NONE, Key::Escape);
}

#[test]
fn printing_without_a_pdf_viewer_says_where_the_pdf_was_saved_and_why_it_is_not_shown() {
    let dir = examples();
    let mut h = app_with_dialogs(dir.path(), Arc::new(NoDialog));
    open(&mut h, "PatMAT", "Identité & label");
    press(&mut h, Modifiers::COMMAND, Key::P);
    h.get_by_label("Imprimer").click();
    h.run();
    wait_until(&mut h, |app| app.export_job().is_none());
    h.get_by_label_contains("PDF enregistré :");
    h.get_by_label_contains("aucun programme d'ouverture des PDF (xdg-open) n'est installé");
}

#[test]
fn an_error_stays_in_the_status_bar_until_dismissed_whatever_is_said_after() {
    let dir = examples();
    let mut h = app_with_dialogs(dir.path(), Arc::new(NoDialog));
    open(&mut h, "PatMAT", "Identité & label");
    press(&mut h, Modifiers::COMMAND, Key::P);
    h.get_by_label("Imprimer").click();
    h.run();
    wait_until(&mut h, |app| app.export_job().is_none());
    let error = "aucun programme d'ouverture des PDF (xdg-open) n'est installé";
    h.get_by_label_contains(error);
    // An information comes next (a save): the error is still there.
    type_into(&mut h, "Site web", "https://patmat.example");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    wait_until(&mut h, |app| !app.document().unwrap().is_dirty());
    h.get_by_label_contains("Enregistré :");
    h.get_by_label_contains(error);
    // Read, it is dismissed.
    h.get_by_label("✖").click();
    h.run();
    assert!(h.query_by_label_contains(error).is_none());
}

#[test]
fn a_dossier_open_elsewhere_is_read_only_and_typing_in_it_says_why() {
    let dir = examples();
    // Another window: this process holds the dossier open first.
    let other = cmq_dossiers::session::Document::open(&dir.path().join("patmat.ron")).unwrap();
    let mut h = app_on(dir.path());
    open(&mut h, "PatMAT", "Identité & label");
    assert!(h.state().document().unwrap().is_read_only());
    // Said above the dossier for as long as it lasts; a window of this machine is running, so
    // there is no « Ouvrir quand même ».
    let said = "🔒 ce dossier est ouvert dans une autre fenêtre";
    h.get_by_label_contains(said);
    assert!(h.query_by_label("Ouvrir quand même").is_none());
    let before = h.state().document().unwrap().dossier().clone();
    type_into(&mut h, "Site web", "https://ici.example");
    assert_eq!(
        h.state().document().unwrap().dossier(),
        &before,
        "nothing changed"
    );
    // Typing says why in the status bar, until dismissed.
    let why = "ouvert dans une autre fenêtre";
    assert_eq!(h.query_all_by_label_contains(why).count(), 2);
    h.get_by_label("✖").click();
    h.run();
    assert_eq!(h.query_all_by_label_contains(why).count(), 1);
    drop(other);
}

#[test]
fn a_dossier_held_on_another_computer_says_who_and_since_when_and_opens_anyway() {
    let dir = examples();
    let path = dir.path().join("patmat.ron");
    // A window on the director's computer, on a shared folder: its lock, its name in the file.
    let lock_path = store::lock_path(&path);
    let since = chrono::Local::now().naive_local() - chrono::TimeDelta::days(3);
    std::fs::write(
        &lock_path,
        format!(
            "4242
poste-du-directeur
{}
",
            since.format("%Y-%m-%d %H:%M")
        ),
    )
    .unwrap();
    let lock = std::fs::File::open(&lock_path).unwrap();
    lock.try_lock().unwrap();
    let mut h = app_on(dir.path());
    open(&mut h, "PatMAT", "Identité & label");
    assert!(h.state().document().unwrap().is_read_only());
    // Who, on which computer, since when and how long ago.
    let day = format!("depuis le {}", since.format("%d/%m/%Y"));
    h.get_by(|n| {
        n.value().is_some_and(|l| {
            l.starts_with(
                "🔒 ce dossier est ouvert sur un autre ordinateur, « poste-du-directeur »",
            ) && l.contains(&day)
                && l.contains("il y a 3 jours")
                && l.contains("ce verrou n'est qu'indicatif")
                && l.ends_with("les deux versions seront fusionnées fiche par fiche")
        })
    });
    h.get_by_label("Ouvrir quand même").click();
    h.run();
    assert!(!h.state().document().unwrap().is_read_only());
    assert!(h.query_by_label("Ouvrir quand même").is_none());
    h.get_by_label_contains("Ouvert quand même : « poste-du-directeur »");
    type_into(&mut h, "Site web", "https://ici.example");
    // The save runs in the background: step until it is done.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    wait_until(&mut h, |app| !app.document().unwrap().is_dirty());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("https://ici.example"));
    // The other computer's lock was left as it was.
    assert!(
        std::fs::read_to_string(&lock_path)
            .unwrap()
            .contains("poste-du-directeur")
    );
    drop(lock);
}

#[test]
fn in_a_sorted_table_the_row_clicked_is_the_one_deleted_and_a_filtered_out_selection_is_dropped() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Jalons");
    // Sorted by title, descending: the visual order is not the file's.
    h.get_by_role_and_label(Role::Button, "Titre").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Titre ⬆").click();
    h.run();
    let d = h.state().document().unwrap().dossier().clone();
    let mut titles: Vec<&str> = d.milestones.iter().map(|m| m.title.as_str()).collect();
    titles.sort_unstable();
    // A title of its own, away from both ends (its row and its index differ once sorted).
    let target = titles
        .iter()
        .skip(titles.len() / 3)
        .find(|t| d.milestones.iter().filter(|m| m.title == **t).count() == 1)
        .unwrap()
        .to_string();
    let index = d.milestones.iter().position(|m| m.title == target).unwrap();
    assert_ne!(
        index,
        titles.len() - 1 - titles.iter().position(|t| *t == target).unwrap()
    );
    h.get_by_label(&target).click();
    h.run();
    h.get_by_label("🗑 Supprimer").click();
    h.run();
    let after = h.state().document().unwrap().dossier().clone();
    assert_eq!(after.milestones.len(), d.milestones.len() - 1);
    assert!(
        !after.milestones.iter().any(|m| m.title == target),
        "the row clicked, « {target} », is the one gone"
    );
    // A selected row the filter hides is no longer selected: no form edits an unseen row.
    let keep = after.milestones[0].title.clone();
    h.get_by_label(&keep).click();
    h.run();
    assert!(field(&h, "Titre").rect().is_finite(), "its form shows");
    type_into(&mut h, "Filtrer :", "zzz-aucun-jalon");
    assert!(
        h.query_by_role_and_label(Role::TextInput, "Titre")
            .is_none(),
        "no form for a hidden row"
    );
}

#[test]
fn with_no_row_selected_the_hint_under_a_long_table_is_in_view() {
    let dir = examples();
    let mut h = app_on(dir.path());
    open(&mut h, "Campus exemple", "Partenaires");
    let hint = h.get_by_label_contains("Sélectionnez une ligne").rect();
    let status = h.get_by_label_contains("Enregistré").rect();
    assert!(
        hint.bottom() <= status.top() - 4.0,
        "the hint {hint:?} is above the status bar {status:?}"
    );
}

/// The number shown above `label` in the dashboard's counts.
fn count_above(h: &Harness<'static, CmqApp>, label: &str) -> String {
    use egui_kittest::kittest::NodeT as _;
    let under = h.get_by_label(label).rect();
    h.query_all_by(|n| {
        n.value()
            .or_else(|| n.label())
            .is_some_and(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit()))
    })
    .find(|n| {
        let r = n.rect();
        (r.center().x - under.center().x).abs() < 90.0
            && r.max.y <= under.min.y + 2.0
            && r.max.y > under.min.y - 60.0
    })
    .and_then(|n| {
        let node = n.accesskit_node();
        node.value().or_else(|| node.label())
    })
    .unwrap_or_else(|| panic!("no count above « {label} »"))
}

#[test]
fn an_expired_excellence_label_is_said_expired_and_not_counted_as_excellence() {
    let dir = tempfile::tempdir().unwrap();
    // Campuses of the arrêté of 25 April 2022, « excellence », for 5, 3 and 2 years; seen on
    // 22 November 2026.
    for (file, name, years) in [
        ("cinq.ron", "Campus cinq ans", 5),
        ("trois.ron", "Campus trois ans", 3),
        ("deux.ron", "Campus deux ans", 2),
    ] {
        let mut d = cmq_dossiers::model::Dossier::default();
        d.campus.name = name.into();
        d.label_decisions
            .push(cmq_dossiers::model::label::LabelDecision {
                id: cmq_dossiers::model::ids::DecisionId("D1".into()),
                category: cmq_dossiers::model::label::LabelCategory::Excellence,
                date: chrono::NaiveDate::from_ymd_opt(2022, 4, 25),
                duration_years: Some(years),
                ..Default::default()
            });
        store::save_file(&dir.path().join(file), &d).unwrap();
    }
    let mut h = app_on(dir.path());
    h.get_by_label("Tableau de bord");
    // The dossier list says where each stands.
    h.get_by_label("CMQ « excellence » jusqu'au 25 avril 2027");
    h.get_by_label("label CMQ « excellence » expiré le 25 avril 2025, non renouvelé");
    h.get_by_label("label CMQ « excellence » expiré le 25 avril 2024, non renouvelé");
    // The counts: one « excellence » held today, two campuses without a current label.
    assert_eq!(count_above(&h, "« excellence »"), "1");
    assert_eq!(count_above(&h, "sans label en cours"), "2");
    // Their old deadlines collapsed into one fact each.
    assert_eq!(
        h.get_all_by_label("Label CMQ « excellence » expiré, non renouvelé")
            .count(),
        2
    );
    // Its calendar says so too.
    open(&mut h, "Campus deux ans", "Calendrier");
    h.get_by_label(
        "Label aujourd'hui : label CMQ « excellence » expiré le 25 avril 2024, non renouvelé",
    );
}

#[test]
fn a_list_of_campuses_imported_from_the_dashboard_creates_and_completes_dossiers() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("dossiers");
    std::fs::create_dir(&ws).unwrap();
    let patmat = store::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == "patmat.ron")
        .unwrap();
    std::fs::write(ws.join("patmat.ron"), patmat.text).unwrap();
    let list = dir.path().join("liste.csv");
    std::fs::write(
        &list,
        "Nom du campus;Région académique;Filière;Date de l'arrêté;Catégorie;Durée\n\
         Campus de la mer et du littoral;Polynésie française;Transition énergétique;25/04/2022;CMQ;3\n\
         Campus inconnu;Atlantide;Numérique;22/09/2025;CMQ;5\n\
         PatMAT;Centre-Val de Loire;Tourisme, gastronomie;01/03/2025;excellence;5\n",
    )
    .unwrap();
    let picker = Answer(None, std::sync::Mutex::new(Vec::new()), Some(list));
    let mut h = app_with_dialogs(&ws, Arc::new(picker));
    // PatMAT is open in this window: the list completes it as an edit of it.
    open(&mut h, "PatMAT", "Identité & label");
    let before = h
        .state()
        .document()
        .unwrap()
        .dossier()
        .label_decisions
        .len();
    h.get_by_label_contains("Tableau de bord").click();
    h.run();
    h.get_by_label("⬆ Importer une liste de campus…").click();
    for _ in 0..500 {
        h.step();
        if h.query_by_label("Liste de campus").is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    // The report: each row, the rejected one with its reason, each campus.
    h.get_by_label_contains("« Atlantide » inconnue");
    h.get_by_label("nouveau dossier « Campus de la mer et du littoral » : 1 décision");
    h.get_by_label("1 ligne refusée sera laissée de côté.");
    h.get_by_label("Créer ou compléter 2 dossiers").click();
    h.run();
    assert!(ws.join("campus-de-la-mer-et-du-littoral.ron").exists());
    entry(&h, "Campus de la mer et du littoral");
    let doc = h.state().document().unwrap();
    assert_eq!(doc.dossier().label_decisions.len(), before + 1);
    assert!(doc.is_dirty(), "an edit of the open dossier, to save");
    press(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        h.state()
            .document()
            .unwrap()
            .dossier()
            .label_decisions
            .len(),
        before
    );
}

mod erasmus;
mod sharing;
