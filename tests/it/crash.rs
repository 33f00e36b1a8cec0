//! Crash safety: the real save and recovery paths run in a child process that is killed
//! (SIGKILL) at random moments; the dossier, its backup and its recovery copy must always be a
//! complete version, never half of one.
//!
//! 200 kills by default, each after a handshake (the child says its loop started), counting
//! what the kills saw; `CMQ_CRASH_KILLS=1000 cargo test --test crash` for the long run.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use crate::common::exemple;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use cmq_dossiers::model::Dossier;
use cmq_dossiers::store;

/// Set in the child: the dossier file it saves in a loop.
const CHILD: &str = "CMQ_CRASH_CHILD";

/// The four versions the child writes: `A`/`B` saved, `C`/`D` as recovery copies. They differ in
/// size (B and D carry 3 000 more mobilities) so a cut write cannot pass for a whole one.
fn versions() -> [Dossier; 4] {
    let small = exemple();
    let mut big = small.clone();
    let model = big.mobilities[0].clone();
    for i in 0..3000 {
        let mut extra = model.clone();
        extra.id = cmq_dossiers::model::ids::MobilityId(format!("MX{i}"));
        extra.city = format!("Ville {i}");
        big.mobilities.push(extra);
    }
    let mut small_copy = small.clone();
    small_copy.campus.name = "Copie de secours C".into();
    let mut big_copy = big.clone();
    big_copy.campus.name = "Copie de secours D".into();
    [small, big, small_copy, big_copy]
}

/// The child's loop: save A, write recovery C, save B, write recovery D, drop the recovery copy…
/// until killed. Runs only when [`CHILD`] is set (the parent starts this test binary with it).
#[test]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let path = PathBuf::from(path);
    let [a, b, c, d] = versions();
    // The handshake: the parent's delay starts once the saving loop does.
    std::fs::write(ready_flag(&path), "").unwrap();
    loop {
        for (saved, recovery) in [(&a, &c), (&b, &d)] {
            store::save_file(&path, saved).unwrap();
            store::write_recovery(&path, recovery).unwrap();
            store::discard_recovery(&path).unwrap();
            store::write_recovery(&path, recovery).unwrap();
        }
    }
}

/// The file the child writes when its loop starts.
fn ready_flag(path: &Path) -> PathBuf {
    path.with_extension("ready")
}

/// A small deterministic generator (no dependency): the kill delays, reproducible per run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

fn assert_one_of(path: &Path, expected: &[&Dossier], what: &str, kill: usize) {
    let loaded = store::load_file(path)
        .unwrap_or_else(|e| panic!("kill {kill}: {what} unreadable: {e}"))
        .dossier;
    assert!(
        expected.iter().any(|d| **d == loaded),
        "kill {kill}: {what} is not one of the versions written"
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_whole_old_or_new_file() {
    let kills: usize = std::env::var("CMQ_CRASH_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.ron");
    let [a, b, c, d] = versions();
    store::save_file(&path, &a).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut rng = Lcg(0x00c0_ffee);
    // What the kills saw: which version the dossier held, and how many landed in the middle
    // of a write (its temporary file left behind) — proof that they hit saves, not only pauses.
    let (mut saw_a, mut saw_b, mut mid_write) = (0, 0, 0);
    for kill in 0..kills {
        let flag = ready_flag(&path);
        let _ = std::fs::remove_file(&flag);
        let mut child = Command::new(&exe)
            .args([
                "crash::crash_child",
                "--exact",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..2000 {
            if flag.exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(flag.exists(), "kill {kill}: the child never started saving");
        // Anywhere in the loop: a save of the small or the big version, a recovery copy.
        std::thread::sleep(Duration::from_micros(rng.next() % 60_000));
        child.kill().unwrap();
        child.wait().unwrap();
        let loaded = store::load_file(&path).map(|l| l.dossier);
        match loaded {
            Ok(d) if d == a => saw_a += 1,
            Ok(d) if d == b => saw_b += 1,
            _ => {}
        }
        assert_one_of(&path, &[&a, &b], "the dossier", kill);
        let backup = store::backup_path(&path);
        if backup.exists() {
            assert_one_of(&backup, &[&a, &b], "the backup", kill);
        }
        let recovery = store::recovery_path(&path);
        if recovery.exists() {
            assert_one_of(&recovery, &[&c, &d], "the recovery copy", kill);
        }
        let in_write = std::fs::read_dir(dir.path()).unwrap().any(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.starts_with(".campus.ron.tmp-") || name.starts_with("..campus.ron.recovery.tmp-")
        });
        mid_write += usize::from(in_write);
    }
    assert!(
        saw_a > 0 && saw_b > 0,
        "the kills saw both versions (A {saw_a}, B {saw_b})"
    );
    assert!(
        mid_write > 0,
        "at least one kill landed in the middle of a write ({mid_write} of {kills})"
    );
    // A later save cleans the temporary files the killed saves left behind.
    store::save_file(&path, &b).unwrap();
    store::save_file(&path, &a).unwrap();
    store::write_recovery(&path, &c).unwrap();
    // Nothing else than the dossier, its backup, its recovery copy and the test's flag: no
    // temporary file, no backup link (`.bak.link-…`) of a killed save.
    let expected = [
        path.clone(),
        store::backup_path(&path),
        store::recovery_path(&path),
        ready_flag(&path),
    ];
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !expected.contains(p))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
