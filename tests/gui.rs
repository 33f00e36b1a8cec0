//! The window, driven headless through egui_kittest: what a user sees on the workspace list.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use cmq_dossiers::store;
use cmq_dossiers::ui::CmqApp;

fn harness(app: CmqApp) -> Harness<'static, CmqApp> {
    Harness::builder()
        .with_size(egui::vec2(1100.0, 700.0))
        .build_ui_state(|ui, app: &mut CmqApp| app.ui(ui), app)
}

#[test]
fn the_example_workspace_lists_every_campus_with_category_and_label_end() {
    let dir = tempfile::tempdir().unwrap();
    store::install_examples(dir.path()).unwrap();
    let mut h = harness(CmqApp::open(Some(dir.path().to_owned())));
    h.run();
    assert_eq!(h.state().entries().len(), 6);
    h.get_by_label("MOBICAMPUS");
    h.get_by_label("PatMAT");
    h.get_by_label("Campus microtechniques et systèmes intelligents");
    // Jules Haag's campus: labelled 13 February 2017 for four years.
    h.get_by_label("13 février 2021");
    // The fictional campus: renewed on 25 April 2022 for five years, « excellence ».
    h.get_by_label("25 avril 2027");
    assert!(h.query_all_by_label("CMQ « excellence »").count() >= 5);
    h.get_by_label("6 dossier(s)");
}

#[test]
fn a_broken_file_is_shown_as_unreadable_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    store::install_examples(dir.path()).unwrap();
    let broken = dir.path().join("casse.ron");
    std::fs::write(&broken, "(format_version: 1, campus: (").unwrap();
    let mut h = harness(CmqApp::open(Some(dir.path().to_owned())));
    h.run();
    h.get_by_label("Fichier illisible");
    h.get_by_label("casse.ron");
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "(format_version: 1, campus: ("
    );
}
