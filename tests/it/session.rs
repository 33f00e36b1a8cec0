//! The editing session without a window: edits, undo/redo, dirty flag, saving, recovery.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use std::fs;
use std::path::PathBuf;

use cmq_dossiers::model::identifiers::Checked;
use cmq_dossiers::session::{
    Document, Edit, ListKind, Record, SaveOutcome, delete_with_references,
};
use cmq_dossiers::store;

use crate::common::Rng;

fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    store::install_examples(dir.path()).unwrap();
    let path = dir.path().join("campus-exemple.ron");
    (dir, path)
}

fn rename_campus(doc: &Document, name: &str) -> Edit {
    let mut c = doc.dossier().campus.clone();
    c.name = name.into();
    Edit::Campus(Box::new(c))
}

#[test]
fn an_edit_marks_dirty_and_undo_back_to_the_saved_state_clears_it() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    assert!(!doc.is_dirty());
    assert!(doc.apply(rename_campus(&doc, "Nouveau nom")).unwrap());
    assert!(doc.is_dirty());
    assert!(doc.undo());
    assert!(!doc.is_dirty(), "back to what the file holds");
    assert!(doc.redo());
    assert_eq!(doc.dossier().campus.name, "Nouveau nom");
    assert!(doc.is_dirty());
}

#[test]
fn a_no_op_edit_pollutes_neither_undo_nor_the_dirty_flag() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    let same = Edit::Campus(Box::new(doc.dossier().campus.clone()));
    assert!(!doc.apply(same).unwrap());
    assert!(!doc.is_dirty());
    assert!(!doc.can_undo());
}

#[test]
fn a_burst_of_typing_in_one_field_is_one_undo_step() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    let before = doc.dossier().campus.name.clone();
    for name in ["L", "Ly", "Lyc", "Lycée"] {
        doc.apply(rename_campus(&doc, name)).unwrap();
    }
    doc.seal_undo_step();
    doc.apply(rename_campus(&doc, "Lycée X")).unwrap();
    assert!(doc.undo());
    assert_eq!(doc.dossier().campus.name, "Lycée");
    assert!(doc.undo());
    assert_eq!(doc.dossier().campus.name, before);
    assert!(!doc.can_undo());
}

#[test]
fn validation_follows_every_edit() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    assert_eq!(doc.counts().0, 0);
    let mut p = doc.dossier().partners[0].clone();
    p.uai = Checked::from_text("0359000U");
    doc.apply(Edit::Replace {
        index: 0,
        record: Record::Partner(p),
    })
    .unwrap();
    assert_eq!(doc.counts().0, 1);
    assert_eq!(doc.findings_at("partners[0].uai").count(), 1);
    doc.undo();
    assert_eq!(doc.counts().0, 0);
}

#[test]
fn saving_over_a_file_changed_by_another_program_is_refused_unless_asked() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    doc.apply(rename_campus(&doc, "Mon nom")).unwrap();
    let theirs = fs::read_to_string(&path)
        .unwrap()
        .replace("Campus exemple des industries", "Campus modifié ailleurs");
    fs::write(&path, &theirs).unwrap();
    assert_eq!(doc.save(false).unwrap(), SaveOutcome::ChangedOnDisk);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "nothing written"
    );
    doc.reload().unwrap();
    assert!(
        doc.dossier()
            .campus
            .name
            .starts_with("Campus modifié ailleurs")
    );
    assert!(!doc.is_dirty());
    doc.apply(rename_campus(&doc, "Mon nom")).unwrap();
    assert_eq!(doc.save(false).unwrap(), SaveOutcome::Saved);
    assert_eq!(
        store::load_file(&path).unwrap().dossier.campus.name,
        "Mon nom"
    );
}

#[test]
fn unsaved_edits_are_copied_aside_and_offered_back() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    doc.apply(rename_campus(&doc, "Non enregistré")).unwrap();
    assert!(doc.autosave(std::time::Instant::now()).is_none());
    assert!(doc.finish_autosave().is_none());
    drop(doc); // the app "crashes" here
    let reopened = Document::open(&path).unwrap();
    let recovered = reopened.recovered().expect("a recovery copy").unwrap();
    assert_eq!(recovered.campus.name, "Non enregistré");
    assert_ne!(
        reopened.dossier().campus.name,
        "Non enregistré",
        "the file itself is untouched"
    );
    let mut doc = reopened;
    doc.restore(recovered);
    assert!(doc.is_dirty());
    doc.save(false).unwrap();
    assert!(
        Document::open(&path).unwrap().recovered().is_none(),
        "saving drops the copy"
    );
}

/// Issue 12, item 2: the recovery copy tells the truth. Back to the saved state by undo, the
/// copy written meanwhile is removed; a restored copy is one step that undo takes back.
#[test]
fn undo_back_to_the_saved_state_removes_the_recovery_copy_and_a_restore_can_be_undone() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    let as_read = doc.dossier().clone();
    doc.apply(rename_campus(&doc, "Essai")).unwrap();
    assert!(doc.autosave(std::time::Instant::now()).is_none());
    assert!(doc.finish_autosave().is_none());
    assert!(store::recovery_path(&path).exists(), "the copy is written");
    assert!(doc.undo());
    assert!(!doc.is_dirty());
    assert!(doc.autosave(std::time::Instant::now()).is_none());
    assert!(
        !store::recovery_path(&path).exists(),
        "back to the saved state: no copy left to offer"
    );
    // Edited again, even back to the very state copied before: copied again.
    assert!(doc.redo());
    let later = std::time::Instant::now() + cmq_dossiers::session::RECOVERY_EVERY;
    assert!(doc.autosave(later).is_none());
    assert!(doc.finish_autosave().is_none());
    assert!(store::recovery_path(&path).exists());
    drop(doc);

    let mut doc = Document::open(&path).unwrap();
    let recovered = doc.recovered().expect("a copy").unwrap();
    doc.restore(recovered);
    assert_eq!(doc.dossier().campus.name, "Essai");
    assert!(doc.is_dirty());
    assert!(doc.undo(), "the restore is a step");
    assert_eq!(*doc.dossier(), as_read);
    assert!(!doc.is_dirty());
    assert!(doc.redo());
    assert_eq!(doc.dossier().campus.name, "Essai");
}

#[test]
fn deleting_a_referenced_partner_clears_the_references_and_undoes_in_one_step() {
    let (_keep, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    let before = doc.dossier().clone();
    let support = before.campus.etablissement_support.clone().unwrap();
    let index = before
        .partners
        .iter()
        .position(|p| p.id == support)
        .unwrap();
    let edit = delete_with_references(doc.dossier(), ListKind::Partners, index).unwrap();
    doc.apply(edit).unwrap();
    assert_eq!(doc.dossier().campus.etablissement_support, None);
    assert!(doc.dossier().partner(&support).is_none());
    assert!(doc.dossier().references_to_partner(&support).is_empty());
    assert!(
        doc.findings()
            .iter()
            .all(|f| f.code() != "reference-inconnue")
    );
    doc.undo();
    assert_eq!(*doc.dossier(), before);
}

#[test]
fn the_first_start_opens_no_workspace_and_the_examples_live_apart_read_only() {
    use cmq_dossiers::session::{Document, example_workspace, startup_workspace};
    let data = tempfile::tempdir().unwrap();
    // First start: nothing remembered, nothing asked: no workspace (the window welcomes).
    assert_eq!(startup_workspace(None, None), None);
    let examples = example_workspace(data.path()).unwrap();
    assert_eq!(examples, data.path().join("exemples"));
    assert_eq!(store::list_dossiers(&examples).unwrap().len(), 6);
    assert!(store::is_example_workspace(&examples));
    // Its dossiers open read-only: an edit is refused and nothing can be saved.
    let mut doc = Document::open_example(&examples.join("patmat.ron")).unwrap();
    assert!(doc.is_read_only());
    assert!(doc.start_save(true).is_err());
    // A dossier the user deleted from the examples does not come back.
    fs::remove_file(examples.join("patmat.ron")).unwrap();
    example_workspace(data.path()).unwrap();
    assert_eq!(store::list_dossiers(&examples).unwrap().len(), 5);
    // The remembered workspace reopens while it exists; an explicit one wins.
    let mine = data.path().join("mine");
    fs::create_dir(&mine).unwrap();
    assert!(!store::is_example_workspace(&mine));
    assert_eq!(startup_workspace(None, Some(mine.clone())), Some(mine));
    assert_eq!(
        startup_workspace(None, Some(data.path().join("nope"))),
        None
    );
    let asked = startup_workspace(Some(PathBuf::from("/tmp/x")), None);
    assert_eq!(asked, Some(PathBuf::from("/tmp/x")));
}

fn host() -> String {
    fs::read_to_string("/etc/hostname").map_or_else(|_| "?".into(), |h| h.trim().to_owned())
}

#[test]
fn a_dossier_open_in_another_instance_is_read_only_here_until_that_one_is_gone() {
    let (_dir, path) = workspace();
    let lock = store::lock_path(&path);
    fs::write(&lock, "").unwrap();
    // Another instance: a process holding the operating system's lock on the lock file
    // (`flock`, util-linux), which says who holds it.
    let mut other = std::process::Command::new("flock")
        .args(["--exclusive", "--close"])
        .arg(&lock)
        .args(["sleep", "30"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("flock (util-linux)");
    // Until `flock` has taken it (a document opened before that takes the lock itself, and
    // writes its own name: the holder's line is written again before each try).
    let mut doc = None;
    for _ in 0..1000 {
        fs::write(&lock, format!("4242\n{}\n2026-11-23 09:00\n", host())).unwrap();
        let tried = Document::open(&path).unwrap();
        if tried.locked_by().is_some() {
            doc = Some(tried);
            break;
        }
        drop(tried);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let mut doc = doc.expect("flock took the lock");
    assert_eq!(doc.locked_by().map(|h| h.pid), Some(4242));
    assert!(doc.is_read_only());
    // A holder on this machine is a running window: no opening anyway.
    assert!(!doc.open_anyway());
    assert!(doc.is_read_only());
    let edit = rename_campus(&doc, "Modifié ici");
    assert!(!doc.apply(edit).unwrap(), "edits are refused");
    let err = cmq_dossiers::i18n::Lang::Fr
        .strings()
        .save_failure(&doc.save(false).unwrap_err());
    assert!(err.contains("ouvert dans une autre fenêtre"), "{err}");
    drop(doc);

    // That instance was killed: the system let its lock go, whatever its file says.
    other.kill().unwrap();
    other.wait().unwrap();
    let mut doc = Document::open(&path).unwrap();
    assert!(doc.locked_by().is_none());
    let text = fs::read_to_string(&lock).unwrap();
    assert_eq!(
        text.lines().next(),
        Some(std::process::id().to_string().as_str())
    );
    doc.apply(rename_campus(&doc, "Modifié ici")).unwrap();
    assert_eq!(doc.save(false).unwrap(), SaveOutcome::Saved);
    // A second document of the same dossier (a second window) is read-only, even in this
    // process; once the first is closed, the dossier opens for writing again.
    let again = Document::open(&path).unwrap();
    assert_eq!(again.locked_by().map(|h| h.pid), Some(std::process::id()));
    drop(again);
    drop(doc);
    assert_eq!(
        fs::read_to_string(&lock).unwrap(),
        "",
        "released: nobody named"
    );
    let last = Document::open(&path).unwrap();
    assert!(last.locked_by().is_none());
}

#[test]
fn a_save_that_cannot_write_reports_it_and_keeps_the_edits() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("cle-usb");
    fs::create_dir(&folder).unwrap();
    store::install_examples(&folder).unwrap();
    let path = folder.join("campus-exemple.ron");
    let mut doc = Document::open(&path).unwrap();
    doc.apply(rename_campus(&doc, "Travail de la journée"))
        .unwrap();
    // The folder went away (a USB key pulled out, a network share lost).
    fs::remove_dir_all(&folder).unwrap();
    // The file is gone: first the question « changed on disk », then, told to write, the error.
    assert_eq!(doc.save(false).unwrap(), SaveOutcome::ChangedOnDisk);
    let err = cmq_dossiers::i18n::Lang::Fr
        .strings()
        .save_failure(&doc.save(true).unwrap_err());
    assert!(err.contains("campus-exemple.ron"), "{err}");
    assert!(doc.is_dirty());
    assert_eq!(doc.dossier().campus.name, "Travail de la journée");
    // Once the folder is back, the same edits save.
    fs::create_dir(&folder).unwrap();
    assert_eq!(doc.save(true).unwrap(), SaveOutcome::Saved);
    let saved = store::load_file(&path).unwrap().dossier;
    assert_eq!(saved.campus.name, "Travail de la journée");
}

#[test]
fn a_background_save_writes_its_snapshot_and_edits_made_meanwhile_stay_unsaved() {
    let (_dir, path) = workspace();
    let mut doc = Document::open(&path).unwrap();
    doc.apply(rename_campus(&doc, "Avant l'enregistrement"))
        .unwrap();
    doc.seal_undo_step();
    doc.start_save(false).unwrap();
    assert!(doc.is_saving());
    doc.apply(rename_campus(&doc, "Pendant l'enregistrement"))
        .unwrap();
    let outcome = loop {
        if let Some(o) = doc.poll_save() {
            break o;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    assert_eq!(outcome.unwrap(), SaveOutcome::Saved);
    assert!(!doc.is_saving());
    let on_disk = store::load_file(&path).unwrap().dossier;
    assert_eq!(on_disk.campus.name, "Avant l'enregistrement");
    assert_eq!(doc.dossier().campus.name, "Pendant l'enregistrement");
    assert!(
        doc.is_dirty(),
        "the edit made during the save is not saved yet"
    );
    assert!(doc.undo());
    assert!(!doc.is_dirty(), "undo returns to the saved state");
}

/// `r` changed in one of the ways that can make or clear a finding: a duplicated or empty id,
/// an invalid or repeated UAI, a dangling reference, inverted dates, an empty title…
fn mutate(r: &mut Record, d: &cmq_dossiers::model::Dossier, rng: &mut Rng) {
    let other_partner = d
        .partners
        .get(rng.below(d.partners.len()))
        .map(|p| p.id.clone());
    let pick = rng.below(4);
    match r {
        Record::Decision(x) => match pick {
            0 => x.duration_years = Some(0),
            1 => x.date = None,
            2 => x.id.0 = "D1".into(),
            _ => x.kind = cmq_dossiers::model::label::DecisionKind::PassageExcellence,
        },
        Record::Partner(p) => match pick {
            0 => p.uai = Checked::from_text("0251234X"),
            1 => p.uai = d.partners.first().map_or(Checked::Empty, |f| f.uai.clone()),
            2 => p.id.0 = format!("P{}", rng.below(4)),
            _ => {
                p.name.clear();
                p.governance = !p.governance;
            }
        },
        Record::Sector(s) => match (pick, s.formations.first_mut()) {
            (0, Some(f)) => f.level = 12,
            (1, Some(f)) => {
                f.etablissement = Some(cmq_dossiers::model::ids::PartnerId("P999".into()));
            }
            (2, Some(f)) => f.id.0 = "F1".into(),
            _ => s.id.0 = "S1".into(),
        },
        Record::Action(a) => match pick {
            0 => a.lead = other_partner,
            1 => a.lead = Some(cmq_dossiers::model::ids::PartnerId("P999".into())),
            2 => a
                .indicators
                .push(cmq_dossiers::model::ids::IndicatorId("I999".into())),
            _ => a.title.clear(),
        },
        Record::Project(p) => match pick {
            0 => std::mem::swap(&mut p.start, &mut p.end),
            1 => p.reference = "garbage-ref".into(),
            2 => p.call_year += 1,
            _ => p.id.0 = "EP1".into(),
        },
        Record::Mobility(m) => match pick {
            0 => std::mem::swap(&mut m.start, &mut m.end),
            1 => m.project = None,
            2 => m.city.push('x'),
            _ => m.id.0 = "M1".into(),
        },
        Record::Indicator(i) => match pick {
            0 => i.code = "EMPLOI".into(),
            1 => i.code.clear(),
            2 => i.id.0 = "I1".into(),
            _ => i.target = Some(f64::NAN),
        },
        Record::Milestone(m) => match pick {
            0 => {
                m.kind = cmq_dossiers::model::milestone::MilestoneKind::Autre;
                m.title.clear();
            }
            _ => m.id.0 = "J1".into(),
        },
    }
}

/// A random edit of `d`: a record replaced, added, removed; the campus; or a batch.
fn random_edit(d: &cmq_dossiers::model::Dossier, rng: &mut Rng) -> Option<Edit> {
    let kind = ListKind::ALL[rng.below(ListKind::ALL.len())];
    let len = kind.len(d);
    Some(match rng.below(10) {
        0..=4 => {
            let index = rng.below(len);
            let mut record = kind.record_at(d, index)?;
            mutate(&mut record, d, rng);
            Edit::Replace { index, record }
        }
        5 | 6 => {
            let mut record = kind.record_at(d, rng.below(len))?;
            if rng.below(2) == 0 {
                mutate(&mut record, d, rng);
            }
            Edit::Insert {
                index: rng.below(len + 1),
                record,
            }
        }
        7 => Edit::Remove {
            list: kind,
            index: (len > 0).then(|| rng.below(len))?,
        },
        8 => {
            let mut c = d.campus.clone();
            c.etablissement_support = match rng.below(3) {
                0 => None,
                1 => Some(cmq_dossiers::model::ids::PartnerId("P999".into())),
                _ => d.partners.first().map(|p| p.id.clone()),
            };
            Edit::Campus(Box::new(c))
        }
        _ => Edit::Batch(
            (0..3)
                .filter_map(|_| {
                    let index = rng.below(len);
                    let mut record = kind.record_at(d, index)?;
                    mutate(&mut record, d, rng);
                    Some(Edit::Replace { index, record })
                })
                .collect(),
        ),
    })
}

/// Findings and the workspace summary are kept up to date edit by edit (only what an edit
/// touched is computed again); after any edit, undo or redo they equal a computation from
/// scratch.
#[test]
fn findings_kept_edit_by_edit_equal_a_full_validation_after_any_edits_and_undos() {
    use cmq_dossiers::session::Summary;
    let (_keep, path) = workspace();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let rules = cmq_dossiers::rules::calendar::CalendarRules::default();
    for seed in 1..=40_u64 {
        let mut doc = Document::open(&path).unwrap();
        let mut summary = Summary::of(doc.dossier(), today, &rules);
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        for step in 0..60 {
            match rng.below(8) {
                0 => {
                    doc.undo();
                }
                1 => {
                    doc.redo();
                }
                _ => {
                    if let Some(edit) = random_edit(doc.dossier(), &mut rng) {
                        doc.apply(edit).unwrap();
                        if rng.below(3) == 0 {
                            doc.seal_undo_step();
                        }
                    }
                }
            }
            let change = doc.take_change();
            summary.update(doc.dossier(), &change, today, &rules);
            // Compared as text: an indicator target of NaN (one of the mutations) is unequal to
            // itself.
            assert!(
                format!("{summary:?}")
                    == format!("{:?}", Summary::of(doc.dossier(), today, &rules)),
                "seed {seed}, step {step}: the summary kept up to date differs from a fresh one"
            );
            let kept: Vec<_> = doc.findings().iter().cloned().collect();
            let full = cmq_dossiers::rules::validate(doc.dossier());
            assert_eq!(kept, full, "seed {seed}, step {step}");
            assert_eq!(
                doc.counts().0,
                full.iter()
                    .filter(|f| f.severity == cmq_dossiers::rules::Severity::Error)
                    .count(),
                "seed {seed}, step {step}"
            );
        }
    }
}

/// Set in the child of [`a_window_ended_by_sigterm_or_a_reused_pid_leaves_no_stale_lock`]: the
/// dossier it holds open until it is ended.
const LOCK_CHILD: &str = "CMQ_LOCK_CHILD";

/// A window's session, in a child process: holds the dossier open until the parent ends it.
#[test]
fn lock_holder_child() {
    let Ok(path) = std::env::var(LOCK_CHILD) else {
        return;
    };
    let path = PathBuf::from(path);
    let doc = Document::open(&path).unwrap();
    assert!(doc.locked_by().is_none());
    fs::write(path.with_extension("ready"), "").unwrap();
    std::thread::sleep(std::time::Duration::from_mins(1));
    drop(doc);
}

#[cfg(unix)]
#[test]
fn a_window_ended_by_sigterm_or_a_reused_pid_leaves_no_stale_lock() {
    let (_dir, path) = workspace();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "session::lock_holder_child", "--nocapture"])
        .env(LOCK_CHILD, &path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let ready = path.with_extension("ready");
    for _ in 0..1000 {
        if ready.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(ready.exists(), "the child opened the dossier");
    let held = Document::open(&path).unwrap();
    assert_eq!(held.locked_by().map(|h| h.pid), Some(child.id()));
    drop(held);
    // The session ends as at a logout: SIGTERM, no chance to clean up.
    let term = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    child.wait().unwrap();
    let mut doc = Document::open(&path).unwrap();
    assert!(doc.locked_by().is_none(), "released with the process");
    drop(doc);
    // A lock file naming a live process of this machine (its pid reused by another program)
    // that holds no lock: nobody holds the dossier.
    fs::write(
        store::lock_path(&path),
        format!("1\n{}\n2026-11-23 09:00\n", host()),
    )
    .unwrap();
    doc = Document::open(&path).unwrap();
    assert!(doc.locked_by().is_none());
    doc.apply(rename_campus(&doc, "Ouvert après")).unwrap();
    assert_eq!(doc.save(false).unwrap(), SaveOutcome::Saved);
}

#[test]
fn something_else_than_a_file_at_the_lock_place_lets_no_window_write() {
    let (_dir, path) = workspace();
    fs::create_dir(store::lock_path(&path)).unwrap();
    let before = fs::read(&path).unwrap();
    for _ in 0..2 {
        let mut doc = Document::open(&path).unwrap();
        assert!(doc.is_read_only());
        assert!(!doc.apply(rename_campus(&doc, "Deux fenêtres")).unwrap());
        assert!(doc.save(false).is_err());
    }
    assert_eq!(fs::read(&path).unwrap(), before);
}
