//! Hostile and broken dossier files: each one is refused (or opened read-only) with a message
//! naming where the problem is, the file is never changed, and nothing panics or hangs.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use std::path::{Path, PathBuf};

use cmq_dossiers::rules;
use cmq_dossiers::store::{self, StoreErrorKind};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/malformed")
        .join(name)
}

/// Loads `name` and returns the error's text with its position; the file must be left as it was.
fn refused(name: &str) -> (Option<(usize, usize)>, String) {
    let path = corpus(name);
    let before = std::fs::read(&path).unwrap();
    let Err(err) = store::load_file(&path) else {
        panic!("{name} was accepted")
    };
    assert_eq!(std::fs::read(&path).unwrap(), before, "{name} was changed");
    let text = cmq_dossiers::i18n::Lang::Fr.strings().file_error(&err);
    assert!(text.starts_with(&path.display().to_string()), "{text}");
    (err.position().map(|p| (p.line, p.col)), text)
}

#[test]
fn each_broken_file_gets_its_message_and_position() {
    // (file, line of the problem, what the message says)
    let cases: &[(&str, Option<usize>, &str)] = &[
        ("tronque.ron", Some(24), "tronqué"),
        ("binaire.ron", Some(1), "UTF-8"),
        ("latin1.ron", Some(13), "pas en UTF-8"),
        (
            "mauvais-type.ron",
            Some(108),
            "champ « participants » : nombre entier attendu",
        ),
        (
            "champ-inconnu.ron",
            Some(3),
            "champ inconnu « hologrammes » en tête du dossier",
        ),
        ("vide.ron", Some(1), "le fichier est vide"),
        ("texte.ron", Some(1), "pas un dossier CMQ Dossiers"),
    ];
    for (name, line, says) in cases {
        let (position, text) = refused(name);
        assert_eq!(position.map(|p| p.0), *line, "{name}: {text}");
        assert!(text.contains(says), "{name}: {text}");
    }
}

#[test]
fn a_file_from_a_newer_version_opens_read_only_or_says_so() {
    let loaded = store::load_file(&corpus("version-future.ron")).unwrap();
    let newer = loaded.read_only.unwrap();
    assert_eq!(newer.found, 99);
    assert_eq!(newer.position.map(|p| p.line), Some(2));
    let path = corpus("version-future-champ-inconnu.ron");
    match store::load_file(&path).map(|_| ()).unwrap_err().kind {
        StoreErrorKind::NewerVersion(n) => assert_eq!(n.found, 99),
        other => panic!("{other:?}"),
    }
}

#[test]
fn duplicate_ids_load_and_are_reported_with_their_place() {
    let d = store::load_file(&corpus("identifiants-doubles.ron"))
        .unwrap()
        .dossier;
    let findings = rules::validate(&d);
    let dup = findings.iter().find(|f| f.code() == "id-double").unwrap();
    assert_eq!(dup.path, "partners[1].id");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profond.ron");
    let text = format!("(format_version: 2, campus: {})", "[".repeat(200_000));
    std::fs::write(&path, &text).unwrap();
    let err = store::load_file(&path).map(|_| ()).unwrap_err();
    assert!(err.position().is_some(), "{err}");
}

#[test]
fn a_hundred_megabyte_name_loads_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("geant.ron");
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/campus-exemple.ron"),
    )
    .unwrap();
    let huge = "x".repeat(100 * 1024 * 1024);
    let text = src.replacen("name: \"Campus exemple", &format!("name: \"{huge}"), 1);
    std::fs::write(&path, &text).unwrap();
    let d = store::load_file(&path).unwrap().dossier;
    assert!(d.campus.name.len() > 100 * 1024 * 1024);
}
