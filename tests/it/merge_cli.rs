//! `cmq-dossiers merge` and `diff` run as a user (and git) runs them: exit codes, conflicts on
//! standard error, nothing written on bad input, and a real `git merge` with the driver.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use cmq_dossiers::model::Dossier;
use cmq_dossiers::store;

use crate::common::{bin, exemple, exemple_text};

fn write(path: &Path, d: &Dossier) {
    fs::write(path, store::to_text(d).unwrap()).unwrap();
}

fn merge(dir: &Path, extra: &[&str]) -> Output {
    bin()
        .current_dir(dir)
        .args(["merge", "base.ron", "nous.ron", "eux.ron"])
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Three versions in a folder: the example as ancestor, and the two given.
fn versions(ours: &Dossier, theirs: &Dossier) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("base.ron"), exemple_text()).unwrap();
    write(&dir.path().join("nous.ron"), ours);
    write(&dir.path().join("eux.ron"), theirs);
    dir
}

#[test]
fn merge_writes_both_sides_edits_and_exits_0() {
    let base = exemple();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.partners[0].role = "Plateau technique".into();
    theirs.actions[0].title = "Action renommée chez le directeur".into();
    let dir = versions(&ours, &theirs);
    let o = merge(dir.path(), &["--output", "fusion.ron"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let merged = store::load_file(&dir.path().join("fusion.ron"))
        .unwrap()
        .dossier;
    assert_eq!(merged.partners[0].role, "Plateau technique");
    assert_eq!(merged.actions[0].title, "Action renommée chez le directeur");
    assert!(
        !dir.path().join("fusion.ron.bak").exists(),
        "no backup beside a merge's output"
    );
}

#[test]
fn merge_with_an_unchanged_side_gives_the_other_file_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    // Their file as a person left it: not in the canonical layout.
    let theirs = exemple_text().replace("    ", "  ");
    fs::write(dir.path().join("base.ron"), exemple_text()).unwrap();
    fs::write(dir.path().join("nous.ron"), exemple_text()).unwrap();
    fs::write(dir.path().join("eux.ron"), &theirs).unwrap();
    let o = merge(dir.path(), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), theirs);
}

#[test]
fn a_conflict_exits_1_keeps_ours_and_names_the_field_on_standard_error() {
    let base = exemple();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.partners[0].role = "Rôle chez nous".into();
    theirs.partners[0].role = "Rôle chez eux".into();
    theirs.partners[1].role = "Autre champ".into();
    let dir = versions(&ours, &theirs);
    let o = merge(dir.path(), &["--output", "nous.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("conflit")).collect();
    assert_eq!(lines.len(), 1, "{err}");
    assert!(lines[0].contains(base.partners[0].id.as_str()), "{err}");
    assert!(lines[0].contains("champ role"), "{err}");
    assert!(lines[0].contains("« Rôle chez eux »"), "{err}");
    let merged = store::load_file(&dir.path().join("nous.ron"))
        .unwrap()
        .dossier;
    assert_eq!(merged.partners[0].role, "Rôle chez nous");
    assert_eq!(merged.partners[1].role, "Autre champ");

    // For a machine: JSON on standard error.
    write(&dir.path().join("nous.ron"), &ours);
    let o = merge(dir.path(), &["--json", "--output", "fusion.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&o.stderr).unwrap();
    assert_eq!(report["conflicts"][0]["kind"], "both_changed");
    assert_eq!(report["conflicts"][0]["theirs"], "Rôle chez eux");
    assert_eq!(report["conflicts"][0]["list"], "partners");
}

#[test]
fn versions_of_two_different_campuses_are_refused_and_nothing_is_written() {
    let base = exemple();
    let mut other = base.clone();
    other.campus.name = "Campus tout autre".into();
    other.campus.short_name = "AUTRE".into();
    let dir = versions(&base, &other);
    fs::write(dir.path().join("fusion.ron"), "déjà là").unwrap();
    let o = merge(dir.path(), &["--output", "fusion.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("ne sont pas deux versions"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("fusion.ron")).unwrap(),
        "déjà là"
    );
}

#[test]
fn a_truncated_or_newer_version_is_refused_with_where_and_nothing_is_written() {
    let base = exemple();
    let dir = versions(&base, &base);
    let text = exemple_text();
    fs::write(dir.path().join("eux.ron"), &text[..text.len() / 2]).unwrap();
    let before = fs::read(dir.path().join("nous.ron")).unwrap();
    let o = merge(dir.path(), &["--output", "nous.ron"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("eux.ron:"), "{}", stderr(&o));
    assert_eq!(fs::read(dir.path().join("nous.ron")).unwrap(), before);

    let newer = text.replacen("format_version: 5", "format_version: 99", 1);
    fs::write(dir.path().join("eux.ron"), newer).unwrap();
    let o = merge(dir.path(), &["--output", "nous.ron"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(fs::read(dir.path().join("nous.ron")).unwrap(), before);
}

#[test]
fn without_an_ancestor_it_says_so_and_every_difference_is_a_conflict() {
    let base = exemple();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.partners[0].role = "Un".into();
    theirs.partners[1].role = "Deux".into();
    let dir = versions(&ours, &theirs);
    fs::write(dir.path().join("base.ron"), "").unwrap();
    let o = merge(dir.path(), &["--output", "fusion.ron"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("pas d'ancêtre commun"), "{err}");
    assert_eq!(err.lines().filter(|l| l.starts_with("conflit")).count(), 2);
}

#[test]
fn diff_lists_records_and_fields_and_exits_1_when_they_differ() {
    let a = exemple();
    let mut b = a.clone();
    b.partners[0].role = "Rôle nouveau".into();
    let dir = versions(&a, &b);
    let o = bin()
        .current_dir(dir.path())
        .args(["diff", "nous.ron", "eux.ron"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&format!("~ Partenaires {}", a.partners[0].id.as_str())),
        "{out}"
    );
    assert!(
        out.contains("role : « ") && out.contains("» → « Rôle nouveau »"),
        "{out}"
    );
    let o = bin()
        .current_dir(dir.path())
        .args(["diff", "nous.ron", "nous.ron"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
}

/// git, or `None` (said) when this machine has none; CI, which has it, fails instead.
fn git(dir: &Path) -> Option<impl Fn(&[&str]) -> Output> {
    if Command::new("git").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("CMQ_REQUIRE_TESTDATA").is_none(),
            "git is needed for the merge-driver test"
        );
        eprintln!("skipped: git not found");
        return None;
    }
    let dir = dir.to_owned();
    Some(move |args: &[&str]| {
        Command::new("git")
            .current_dir(&dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", &dir)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "fr_FR.UTF-8")
            .args(args)
            .output()
            .unwrap()
    })
}

/// Two branches edit the same dossier; `git merge` with the driver merges them record by
/// record, and a field changed on both branches is a conflict git reports.
#[test]
fn a_real_git_merge_with_the_driver() {
    let dir = tempfile::tempdir().unwrap();
    let Some(git) = git(dir.path()) else {
        return;
    };
    let ok = |o: Output| {
        assert!(o.status.success(), "{}", stderr(&o));
        o
    };
    ok(git(&["init", "-q", "-b", "main"]));
    ok(git(&["config", "user.name", "Référente"]));
    ok(git(&["config", "user.email", "referente@example.fr"]));
    let driver = format!(
        "'{}' merge %O %A %B --output %A",
        env!("CARGO_BIN_EXE_cmq-dossiers")
    );
    ok(git(&["config", "merge.cmq.driver", &driver]));
    ok(git(&["config", "merge.cmq.name", "CMQ Dossiers"]));
    let differ = format!("'{}' diff", env!("CARGO_BIN_EXE_cmq-dossiers"));
    ok(git(&["config", "diff.cmq.command", &differ]));
    fs::write(
        dir.path().join(".gitattributes"),
        "*.ron merge=cmq diff=cmq\n",
    )
    .unwrap();
    let file = dir.path().join("campus.ron");
    fs::write(&file, exemple_text()).unwrap();
    ok(git(&["add", "."]));
    ok(git(&["commit", "-q", "-m", "dossier"]));

    let base = exemple();
    ok(git(&["checkout", "-q", "-b", "directeur"]));
    let mut theirs = base.clone();
    theirs.actions[0].title = "Action du directeur".into();
    theirs.partners[0].role = "Rôle du directeur".into();
    write(&file, &theirs);
    // git diff through the driver: record by record, field by field.
    let shown = ok(git(&["diff"]));
    let shown = String::from_utf8_lossy(&shown.stdout);
    assert!(
        shown.contains(&format!("~ Partenaires {}", base.partners[0].id.as_str()))
            && shown.contains("» → « Rôle du directeur »"),
        "{shown}"
    );
    ok(git(&["commit", "-q", "-am", "directeur"]));

    ok(git(&["checkout", "-q", "main"]));
    let mut ours = base.clone();
    ours.partners[1].role = "Rôle de la référente".into();
    write(&file, &ours);
    ok(git(&["commit", "-q", "-am", "référente"]));

    ok(git(&["merge", "-q", "--no-edit", "directeur"]));
    let merged = store::load_file(&file).unwrap().dossier;
    assert_eq!(merged.actions[0].title, "Action du directeur");
    assert_eq!(merged.partners[0].role, "Rôle du directeur");
    assert_eq!(merged.partners[1].role, "Rôle de la référente");
    let status = ok(git(&["status", "--porcelain"]));
    assert_eq!(String::from_utf8_lossy(&status.stdout), "", "clean tree");

    // The same field on both branches: git stops, the file holds ours, stderr names the field.
    ok(git(&["checkout", "-q", "directeur"]));
    let mut theirs = store::load_file(&file).unwrap().dossier;
    theirs.partners[2].role = "Rôle A".into();
    write(&file, &theirs);
    ok(git(&["commit", "-q", "-am", "directeur 2"]));
    ok(git(&["checkout", "-q", "main"]));
    let mut ours = store::load_file(&file).unwrap().dossier;
    ours.partners[2].role = "Rôle B".into();
    write(&file, &ours);
    ok(git(&["commit", "-q", "-am", "référente 2"]));
    let o = git(&["merge", "--no-edit", "directeur"]);
    assert!(!o.status.success());
    let said = format!("{}{}", stderr(&o), String::from_utf8_lossy(&o.stdout));
    assert!(
        said.contains("champ role") && said.contains("« Rôle A »"),
        "{said}"
    );
    let merged = store::load_file(&file).unwrap().dossier;
    assert_eq!(merged.partners[2].role, "Rôle B");
    assert_eq!(merged.partners[1].role, "Rôle de la référente");
}
