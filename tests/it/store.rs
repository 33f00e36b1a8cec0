//! The store: round-trips of the examples, atomic saves with backups, malformed files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use std::fs;
use std::path::{Path, PathBuf};

use cmq_dossiers::store::{self, StoreErrorKind, examples::EXAMPLES};

/// The error as the French window words it.
fn fr(err: &store::StoreError) -> String {
    cmq_dossiers::i18n::Lang::Fr.strings().file_error(err)
}

fn temp_workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    (dir, path)
}

#[test]
fn every_example_round_trips_identically_and_is_already_in_canonical_layout() {
    let (_keep, dir) = temp_workspace();
    for ex in EXAMPLES {
        let first = store::from_text(ex.text).unwrap_or_else(|e| panic!("{}: {e}", ex.file_name));
        let path = dir.join(ex.file_name);
        store::save_file(&path, &first.dossier).unwrap();
        let second = store::load_file(&path).unwrap();
        assert_eq!(
            first.dossier, second.dossier,
            "{} changed on a round trip",
            ex.file_name
        );
        let saved = fs::read_to_string(&path).unwrap();
        assert_eq!(
            saved,
            store::to_text(&second.dossier).unwrap(),
            "{}: unstable text",
            ex.file_name
        );
        assert_eq!(
            saved, ex.text,
            "{} is not in the layout the app writes",
            ex.file_name
        );
    }
}

#[test]
fn install_examples_fills_a_new_workspace_and_never_overwrites() {
    let (_keep, dir) = temp_workspace();
    let ws = dir.join("exemples");
    store::install_examples(&ws).unwrap();
    let listed = store::list_dossiers(&ws).unwrap();
    assert_eq!(listed.len(), EXAMPLES.len());
    let mobi = ws.join("mobicampus.ron");
    fs::write(&mobi, "edited by the user").unwrap();
    store::install_examples(&ws).unwrap();
    assert_eq!(fs::read_to_string(&mobi).unwrap(), "edited by the user");
}

#[test]
fn save_keeps_the_previous_version_as_backup_and_leaves_no_temporary_file() {
    let (_keep, dir) = temp_workspace();
    let path = dir.join("mobicampus.ron");
    let mut d = store::from_text(EXAMPLES[3].text).unwrap().dossier;
    store::save_file(&path, &d).unwrap();
    let before = fs::read_to_string(&path).unwrap();
    d.campus.notes = "Nouvelle note".into();
    store::save_file(&path, &d).unwrap();
    assert_eq!(
        fs::read_to_string(store::backup_path(&path)).unwrap(),
        before
    );
    assert_eq!(
        store::load_file(&path).unwrap().dossier.campus.notes,
        "Nouvelle note"
    );
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "only the file and its backup: {names:?}");
    assert_eq!(store::list_dossiers(&dir).unwrap(), vec![path]);
}

/// Writes `text` to a file, loads it, and checks the file was not touched.
fn load_broken(text: &str) -> store::StoreError {
    let (_keep, dir) = temp_workspace();
    let path = dir.join("casse.ron");
    fs::write(&path, text).unwrap();
    let err = store::load_file(&path).expect_err("a broken file must not load");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        text,
        "loading changed the file"
    );
    assert!(!store::backup_path(&path).exists());
    err
}

fn example(name: &str) -> &'static str {
    EXAMPLES.iter().find(|e| e.file_name == name).unwrap().text
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn truncated_file_reports_where_it_stops() {
    let text = example("campus-exemple.ron");
    let cut = &text[..text.len() / 2];
    let err = load_broken(cut);
    let pos = err.position().expect("a position");
    assert!(pos.line >= cut.lines().count() - 1, "{err}");
    assert!(fr(&err).contains("tronqué"), "{err}");
}

#[test]
fn wrong_type_names_line_and_column() {
    let text = example("microtechniques-besancon.ron").replace(
        "duration_years: Some(4)",
        "duration_years: Some(\"quatre\")",
    );
    let err = load_broken(&text);
    let pos = err.position().unwrap();
    assert_eq!(pos.line, line_of(&text, "\"quatre\""));
    assert!(matches!(err.kind, StoreErrorKind::Syntax { .. }));
}

#[test]
fn unknown_field_is_an_error_naming_the_field() {
    let text = example("mobicampus.ron").replace(
        "website: \"\",",
        "website: \"\",\n        twitter: \"@mobicampus\",",
    );
    let err = load_broken(&text);
    assert_eq!(err.position().unwrap().line, line_of(&text, "twitter"));
    assert!(fr(&err).contains("champ inconnu « twitter »"), "{err}");
    assert!(fr(&err).starts_with(&format!("{}", err.path.display())));
}

#[test]
fn newer_version_with_unknown_fields_is_reported_as_newer_not_as_broken() {
    let current = format!("format_version: {}", store::FORMAT_VERSION);
    let text = example("mobicampus.ron")
        .replace(&current, "format_version: 99")
        .replace("website: \"\",", "website: \"\",\n        logo: \"x.png\",");
    let err = load_broken(&text);
    let StoreErrorKind::NewerVersion(n) = &err.kind else {
        panic!("{err}")
    };
    assert_eq!((n.found, n.supported), (99, store::FORMAT_VERSION));
    assert_eq!(err.position().unwrap().line, 2);
    assert!(fr(&err).contains("lecture seule"));
}

#[test]
fn newer_version_that_parses_opens_read_only_and_is_never_overwritten() {
    let (_keep, dir) = temp_workspace();
    let path = dir.join("futur.ron");
    let current = format!("format_version: {}", store::FORMAT_VERSION);
    let newer = format!("format_version: {}", store::FORMAT_VERSION + 1);
    let text = example("mobicampus.ron").replace(&current, &newer);
    assert_ne!(text, example("mobicampus.ron"));
    fs::write(&path, &text).unwrap();
    let loaded = store::load_file(&path).unwrap();
    assert_eq!(
        loaded.read_only.map(|n| n.found),
        Some(store::FORMAT_VERSION + 1)
    );
    let err = store::save_file(&path, &loaded.dossier).unwrap_err();
    assert!(matches!(err.kind, StoreErrorKind::NewerVersion(_)));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_broken_file_does_not_hide_the_rest_of_the_workspace() {
    let (_keep, dir) = temp_workspace();
    store::install_examples(&dir).unwrap();
    fs::write(dir.join("zz-casse.ron"), "(format_version: 1, campus: (").unwrap();
    let entries = store::load_workspace(&dir).unwrap();
    assert_eq!(entries.len(), EXAMPLES.len() + 1);
    let broken: Vec<&Path> = entries
        .iter()
        .filter(|e| e.result.is_err())
        .map(|e| e.path.as_path())
        .collect();
    assert_eq!(broken, [dir.join("zz-casse.ron").as_path()]);
}

#[test]
fn a_version_1_file_still_opens_and_is_saved_as_the_current_version() {
    let (_keep, dir) = temp_workspace();
    let path = dir.join("ancien.ron");
    // A file of format 1: no `lieu_de_vie`, no `application`.
    let v1 = "(\n    format_version: 1,\n    campus: (name: \"Ancien\", short_name: \"\", region_academique: \"27\", academies: [\"03\"], secteur: \"numerique\", etablissement_support: None, directeur: (name: \"\", email: \"\", phone: \"\"), president: (name: \"\", organisation: \"\", from_business: false), website: \"\", notes: \"\"),\n)\n";
    fs::write(&path, v1).unwrap();
    let loaded = store::load_file(&path).unwrap();
    assert!(loaded.read_only.is_none());
    assert_eq!(loaded.dossier.campus.name, "Ancien");
    store::save_file(&path, &loaded.dossier).unwrap();
    let saved = fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with(&format!(
        "(\n    format_version: {},",
        store::FORMAT_VERSION
    )));
    assert!(saved.contains("lieu_de_vie: \"\""));
}

/// The example campus saved at `path`, then changed and saved again (a second save makes the
/// backup and replaces the file).
fn save_twice(path: &Path) -> cmq_dossiers::model::Dossier {
    let mut d = store::from_text(example("campus-exemple.ron"))
        .unwrap()
        .dossier;
    store::save_file(path, &d).unwrap();
    d.campus.website = "https://changed.example".into();
    store::save_file(path, &d).unwrap();
    d
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let (_dir, ws) = temp_workspace();
    let path = ws.join("prive.ron");
    let d = store::from_text(example("campus-exemple.ron"))
        .unwrap()
        .dossier;
    store::save_file(&path, &d).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let mut changed = d.clone();
    changed.campus.website = "https://changed.example".into();
    store::save_file(&path, &changed).unwrap();
    let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{mode:o}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_dossier_is_saved_through_its_link_and_stays_a_link() {
    let (_dir, ws) = temp_workspace();
    let real_dir = ws.join("ailleurs");
    fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("campus.ron");
    let d = store::from_text(example("campus-exemple.ron"))
        .unwrap()
        .dossier;
    store::save_file(&real, &d).unwrap();
    let link = ws.join("campus.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut changed = d.clone();
    changed.campus.website = "https://changed.example".into();
    store::save_file(&link, &changed).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(store::load_file(&real).unwrap().dossier, changed);
    assert_eq!(store::load_file(&link).unwrap().dossier, changed);
}

#[cfg(unix)]
#[test]
fn links_planted_at_the_temporary_names_are_never_followed_and_leftovers_are_cleaned() {
    let (_dir, ws) = temp_workspace();
    let path = ws.join("campus.ron");
    let victim = ws.join("victime.txt");
    fs::write(&victim, "à garder").unwrap();
    // The names a save used to write through, planted before it: a link per plausible pid, and
    // a backup link's leftover.
    for pid in [std::process::id(), 1, 2, 4242] {
        std::os::unix::fs::symlink(&victim, ws.join(format!(".campus.ron.tmp-{pid}"))).unwrap();
    }
    std::os::unix::fs::symlink(&victim, ws.join("campus.ron.bak.link-4242")).unwrap();
    let d = save_twice(&path);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "à garder");
    assert_eq!(store::load_file(&path).unwrap().dossier, d);
    let left: Vec<String> = fs::read_dir(&ws)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-") || n.contains(".link-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[cfg(unix)]
#[test]
fn printing_goes_to_a_private_folder_of_its_own_each_time() {
    use std::os::unix::fs::PermissionsExt as _;
    let a = store::print_path("campus-synthese.pdf").unwrap();
    let b = store::print_path("campus-synthese.pdf").unwrap();
    assert_ne!(a, b, "two prints never share a path");
    assert!(a.ends_with("campus-synthese.pdf"));
    for p in [&a, &b] {
        let dir = p.parent().unwrap();
        let mode = fs::metadata(dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{} is {mode:o}", dir.display());
        fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_dossier_with_a_byte_order_mark_opens_and_version_0_is_refused_where_it_is_written() {
    let (_dir, ws) = temp_workspace();
    let text = example("campus-exemple.ron");
    let bom = ws.join("bom.ron");
    fs::write(&bom, format!("\u{feff}{text}")).unwrap();
    let expected = store::from_text(text).unwrap().dossier;
    assert_eq!(store::load_file(&bom).unwrap().dossier, expected);
    let zero = ws.join("zero.ron");
    fs::write(
        &zero,
        text.replacen(
            &format!("format_version: {}", store::FORMAT_VERSION),
            "format_version: 0",
            1,
        ),
    )
    .unwrap();
    let e = store::load_file(&zero).unwrap_err();
    let message = fr(&e);
    assert!(
        message.contains("format_version : 0 n'existe pas"),
        "{message}"
    );
    assert!(message.contains(":2:"), "names the line: {message}");
}
