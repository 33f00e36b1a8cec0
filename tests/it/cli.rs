//! The `cmq-dossiers check` command, run as a user runs it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use crate::common::bin;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::testdata;

fn examples() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    v.sort();
    v
}

#[test]
fn check_passes_on_every_example() {
    let out = bin().arg("check").args(examples()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(!stdout.contains(": error["), "{stdout}");
}

#[test]
fn check_exits_1_naming_a_uai_whose_letter_was_changed() {
    let dir = tempfile::tempdir().unwrap();
    let src = fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/campus-exemple.ron"),
    )
    .unwrap();
    let text = src.replacen("uai: \"0359000T\"", "uai: \"0359000U\"", 1);
    assert_ne!(text, src);
    let file = dir.path().join("copie.ron");
    fs::write(&file, &text).unwrap();
    let out = bin().arg("check").arg(&file).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line = text.lines().position(|l| l.contains("0359000U")).unwrap() + 1;
    let text_line = text.lines().nth(line - 1).unwrap();
    // Columns count characters (« Lycée » has a two-byte é before the UAI).
    let col = text_line[..text_line.find("\"0359000U\"").unwrap()]
        .chars()
        .count()
        + 1;
    let expected = format!("{}:{line}:{col}: error[uai-invalide]:", file.display());
    assert!(
        stdout.contains(&expected),
        "expected {expected} in\n{stdout}"
    );
    assert!(stdout.contains("0359000U"));
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        text,
        "check never writes"
    );
}

#[test]
fn check_exits_2_on_a_malformed_file_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("casse.ron");
    fs::write(
        &file,
        "(\n    format_version: 1,\n    campus: (name: 12),\n)\n",
    )
    .unwrap();
    let out = bin().args(["check", "--json"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["code"], "fichier-illisible");
    assert_eq!(json[0]["line"], 3);
    assert_eq!(json[0]["severity"], "error");
}

#[test]
fn check_json_lists_findings_with_paths() {
    let out = bin()
        .args(["check", "--json"])
        .args(examples())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json.as_array().unwrap();
    assert!(items.iter().all(|i| i["severity"] == "warning"));
    assert!(
        items
            .iter()
            .any(|i| i["path"] == "label_decisions[0].duration_years")
    );
}

#[test]
fn unknown_command_exits_2_with_usage() {
    let out = bin().arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("commande inconnue : frobnicate") && err.contains("Usage"));
}

#[test]
fn fmt_rewrites_in_canonical_layout_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.ron");
    let messy = "(format_version:1,campus:(name:\"A\",short_name:\"\",region_academique:\"27\",academies:[\"03\"],secteur:\"numerique\",etablissement_support:None,directeur:(name:\"\",email:\"\",phone:\"\"),president:(name:\"\",organisation:\"\",from_business:false),website:\"\",notes:\"\"))";
    fs::write(&file, messy).unwrap();
    let out = bin().arg("fmt").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let tidy = fs::read_to_string(&file).unwrap();
    assert!(
        tidy.starts_with(&format!(
            "(\n    format_version: {},\n    campus: (\n        name: \"A\",",
            cmq_dossiers::store::FORMAT_VERSION
        )),
        "{tidy}"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join("a.ron.bak")).unwrap(),
        messy
    );
}

#[test]
fn timeline_prints_items_in_date_order_with_statuses_for_the_given_day() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/microtechniques-besancon.ron");
    let out = bin()
        .args(["timeline", "--today", "2019-01-01"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let bilan = text
        .lines()
        .find(|l| l.contains("Bilan d'étape"))
        .expect("the bilan d'étape");
    assert!(
        bilan.contains("2019-02-13") && bilan.contains("Bientôt"),
        "{bilan}"
    );
    let dates: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted);

    let out = bin()
        .args(["timeline", "--json", "--today", "2021-03-01"])
        .arg(&file)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json[0]["items"].as_array().unwrap();
    // Ended and not renewed: expired, said once, as something to deal with.
    let end = items.iter().find(|i| i["kind"] == "label_end").unwrap();
    assert_eq!(
        (end["date"].as_str(), end["status"].as_str()),
        (Some("2021-02-13"), Some("overdue"))
    );
    assert_eq!(json[0]["periods"][0]["end"], "2021-02-13");
    assert_eq!(json[0]["label_status"], "expired");
    assert_eq!(json[0]["label_end"], "2021-02-13");
}

#[test]
fn timeline_json_says_whether_a_label_of_25_april_2022_is_active_or_expired() {
    let dir = tempfile::tempdir().unwrap();
    for (years, status, end) in [
        (2, "expired", "2024-04-25"),
        (3, "expired", "2025-04-25"),
        (5, "active", "2027-04-25"),
    ] {
        let mut d = cmq_dossiers::model::Dossier::default();
        d.campus.name = format!("Campus {years} ans");
        d.label_decisions
            .push(cmq_dossiers::model::label::LabelDecision {
                id: cmq_dossiers::model::ids::DecisionId("D1".into()),
                date: chrono::NaiveDate::from_ymd_opt(2022, 4, 25),
                duration_years: Some(years),
                ..Default::default()
            });
        let file = dir.path().join(format!("c{years}.ron"));
        cmq_dossiers::store::save_file(&file, &d).unwrap();
        let out = bin()
            .args(["timeline", "--json", "--today", "2026-11-30"])
            .arg(&file)
            .output()
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json[0]["label_status"], status, "{years} years");
        assert_eq!(json[0]["label_end"], end, "{years} years");
    }
    let none = dir.path().join("none.ron");
    cmq_dossiers::store::save_file(&none, &cmq_dossiers::model::Dossier::default()).unwrap();
    let out = bin()
        .args(["timeline", "--json", "--today", "2026-11-30"])
        .arg(&none)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["label_status"], "none");
    assert!(json[0]["label_end"].is_null());
    // Labelled, the arrêté's date unknown (a real campus known from a press release): not
    // « never labelled ».
    let mut d = cmq_dossiers::model::Dossier::default();
    d.label_decisions
        .push(cmq_dossiers::model::label::LabelDecision {
            id: cmq_dossiers::model::ids::DecisionId("D1".into()),
            ..Default::default()
        });
    cmq_dossiers::store::save_file(&none, &d).unwrap();
    let out = bin()
        .args(["timeline", "--json", "--today", "2026-11-30"])
        .arg(&none)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["label_status"], "undated");
}

#[test]
fn timeline_rejects_a_badly_written_day() {
    let out = bin()
        .args(["timeline", "--today", "22/11/2026", "x.ron"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("AAAA-MM-JJ"));
}

#[test]
fn timeline_options_change_the_calendar_rules() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let run = |args: &[&str], file: &str| {
        let out = bin()
            .arg("timeline")
            .args(args)
            .arg(dir.join(file))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let plain = run(&["--today", "2021-01-01"], "mobicampus.ron");
    assert!(
        !plain.contains("Bilan d'étape ("),
        "no bilan after 2019 by default:\n{plain}"
    );
    let with_bilan = run(
        &["--today", "2021-01-01", "--bilan-2019", "2"],
        "mobicampus.ron",
    );
    assert!(
        with_bilan
            .lines()
            .any(|l| l.contains("2022-02-06") && l.contains("Bilan d'étape")),
        "{with_bilan}"
    );
    let earlier = run(
        &["--today", "2019-01-01", "--preavis-mois", "3"],
        "microtechniques-besancon.ron",
    );
    assert!(
        earlier
            .lines()
            .any(|l| l.contains("2020-11-13") && l.contains("renouvellement")),
        "{earlier}"
    );
}

/// A copy of the example campus in `dir`, to write into.
fn example_copy(dir: &std::path::Path) -> PathBuf {
    let dossier = examples()
        .into_iter()
        .find(|p| p.ends_with("campus-exemple.ron"))
        .unwrap();
    let copy = dir.join("campus.ron");
    fs::copy(&dossier, &copy).unwrap();
    copy
}

/// Runs the binary with `args` under strace and returns the socket calls it made.
fn sockets_of(args: &[&std::ffi::OsStr]) -> String {
    traced_sockets(
        std::ffi::OsStr::new(env!("CARGO_BIN_EXE_cmq-dossiers")),
        args,
    )
}

/// The socket calls `program args` made, as strace logged them.
fn traced_sockets(program: &std::ffi::OsStr, args: &[&std::ffi::OsStr]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("sockets.log");
    let status = Command::new("strace")
        .args(["-f", "-qq", "-e", "trace=socket", "-o"])
        .arg(&log)
        .arg(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("strace is needed for this test (.ci/run installs it)");
    assert!(status.code().is_some());
    fs::read_to_string(&log).unwrap()
}

#[test]
fn no_command_opens_a_network_socket() {
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    let out = |name: &str| dir.path().join(name).into_os_string();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/partenaires.ods");
    let runs: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["check".into(), copy.clone().into()],
        vec!["timeline".into(), copy.clone().into()],
        vec![
            "export".into(),
            copy.clone().into(),
            "--format".into(),
            "pdf".into(),
            "--output".into(),
            out("s.pdf"),
        ],
        vec![
            "export".into(),
            copy.clone().into(),
            "--format".into(),
            "xlsx".into(),
            "--table".into(),
            "partners".into(),
            "--output".into(),
            out("p.xlsx"),
        ],
        vec![
            "import".into(),
            "partners".into(),
            source.into(),
            "--into".into(),
            copy.clone().into(),
        ],
    ];
    // The positive control: strace does see a program that opens a network socket (bash's
    // /dev/tcp), so an empty log below means no socket, not a tracer that could not trace.
    let control = traced_sockets(
        std::ffi::OsStr::new("bash"),
        &[
            std::ffi::OsStr::new("-c"),
            std::ffi::OsStr::new("exec 3<>/dev/tcp/127.0.0.1/9 || true"),
        ],
    );
    assert!(
        control.contains("AF_INET"),
        "strace did not see the control's socket: it cannot vouch for the runs below\n{control}"
    );
    for args in runs {
        let args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsString::as_os_str).collect();
        let log = sockets_of(&args);
        assert!(
            !log.contains("AF_INET"),
            "{args:?} opened a network socket:\n{log}"
        );
    }
}

#[test]
fn a_write_that_fails_half_way_reports_it_and_leaves_the_dossier_whole() {
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    let before = fs::read(&copy).unwrap();
    let Some(source) = testdata::shared("annuaire-education-dept94.csv") else {
        return;
    };
    // `ulimit -f` makes the disk « full » after 16 KB for this command: the save fails half-way
    // (SIGXFSZ ignored, so the write returns an error instead of killing the process).
    let out = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 32; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_cmq-dossiers"))
        .args(["import", "partners", "--with-schools"])
        .arg(&source)
        .arg("--into")
        .arg(&copy)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("campus.ron"), "{stderr}");
    assert_eq!(fs::read(&copy).unwrap(), before, "the dossier is untouched");
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A dossier whose first partner's UAI has a wrong check letter.
fn dossier_with_a_wrong_uai_letter() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/campus-exemple.ron");
    let mut d = cmq_dossiers::store::load_file(&src).unwrap().dossier;
    d.partners[0].uai = cmq_dossiers::model::identifiers::Checked::from_text("0251234X");
    let path = dir.path().join("uai.ron");
    cmq_dossiers::store::save_file(&path, &d).unwrap();
    (dir, path)
}

/// `check` in the language of the locale: `LC_ALL` first, then `LC_MESSAGES`, then `LANG`.
#[test]
fn check_speaks_the_language_of_the_locale() {
    let (_keep, path) = dossier_with_a_wrong_uai_letter();
    let run = |vars: &[(&str, &str)]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_cmq-dossiers"));
        c.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in vars {
            c.env(k, v);
        }
        let out = c.arg("check").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "an invalid UAI is an error");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .find(|l| l.contains("uai-invalide"))
            .map(str::to_owned)
            .expect("the UAI finding")
    };
    let english = run(&[("LANG", "en_US.UTF-8")]);
    assert!(
        english.contains("wrong check letter in the UAI “0251234X”"),
        "{english}"
    );
    let french = run(&[("LANG", "fr_FR.UTF-8")]);
    assert!(
        french.contains("lettre de contrôle erronée dans l'UAI « 0251234X »"),
        "{french}"
    );
    let precedence = run(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")]);
    assert!(precedence.contains("lettre de contrôle"), "{precedence}");
    let messages = run(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB.UTF-8")]);
    assert!(messages.contains("wrong check letter"), "{messages}");
    let none = run(&[]);
    assert!(
        none.contains("lettre de contrôle"),
        "French by default: {none}"
    );
}

/// A CSV of one partner named `name`, for an import.
fn one_partner_csv(dir: &std::path::Path, file: &str, name: &str) -> PathBuf {
    let path = dir.join(file);
    fs::write(
        &path,
        format!("Nom;Commune;Type\n{name};Rennes;Entreprise\n"),
    )
    .unwrap();
    path
}

#[test]
fn two_writers_started_together_on_one_dossier_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..50 {
        let copy = example_copy(dir.path());
        let a = one_partner_csv(dir.path(), "a.csv", &format!("Entreprise A{round}"));
        let b = one_partner_csv(dir.path(), "b.csv", &format!("Entreprise B{round}"));
        let start = |source: &PathBuf| {
            bin()
                .args(["import", "partners"])
                .arg(source)
                .arg("--into")
                .arg(&copy)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        };
        // Every third round, `fmt` races one of the imports instead.
        let (first, second) = if round % 3 == 2 {
            let fmt = bin()
                .arg("fmt")
                .arg(&copy)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            (start(&a), fmt)
        } else {
            (start(&a), start(&b))
        };
        for child in [first, second] {
            let out = child.wait_with_output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let d = cmq_dossiers::store::load_file(&copy).unwrap().dossier;
        let has = |name: &str| d.partners.iter().any(|p| p.name == name);
        assert!(
            has(&format!("Entreprise A{round}")),
            "round {round}: A lost"
        );
        if round % 3 != 2 {
            assert!(
                has(&format!("Entreprise B{round}")),
                "round {round}: B lost"
            );
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".tmp-") || n.contains(".link-"))
            .collect();
        assert!(leftovers.is_empty(), "round {round}: {leftovers:?}");
    }
}

#[test]
fn import_and_fmt_refuse_a_dossier_a_window_has_open_and_leave_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    let before = fs::read(&copy).unwrap();
    // The window: this process holds the dossier open.
    let window = cmq_dossiers::session::Document::open(&copy).unwrap();
    assert!(window.locked_by().is_none());
    let source = one_partner_csv(dir.path(), "a.csv", "Entreprise A");
    for args in [
        vec![
            "import".into(),
            "partners".into(),
            source.clone().into_os_string(),
            "--into".into(),
            copy.clone().into_os_string(),
        ],
        vec!["fmt".into(), copy.clone().into_os_string()],
    ] {
        let out = bin().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("ouvert dans une autre fenêtre")
                && stderr.contains(&std::process::id().to_string()),
            "names the holder: {stderr}"
        );
    }
    assert_eq!(fs::read(&copy).unwrap(), before, "untouched");
    drop(window);
}

/// Runs `cmd`, failing the test if it has not ended within 20 s (a command waiting for ever on
/// a FIFO); returns its exit code and what it printed (standard error, then standard output).
fn run_within(mut cmd: Command) -> (Option<i32>, String) {
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..2000 {
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            let printed = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&out.stdout)
            );
            return (out.status.code(), printed);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    panic!("{cmd:?} still running after 20 s");
}

#[test]
fn an_output_never_destroys_the_dossier_or_the_file_read() {
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    let other = dir.path().join("autre.ron");
    fs::copy(&copy, &other).unwrap();
    let before = fs::read(&copy).unwrap();
    let source = one_partner_csv(dir.path(), "a.csv", "Entreprise A");
    let source_before = fs::read(&source).unwrap();
    let cases: Vec<Vec<std::ffi::OsString>> = vec![
        // The export onto the dossier itself, as PDF and as CSV, and onto another dossier.
        vec![
            "export".into(),
            copy.clone().into(),
            "--format".into(),
            "pdf".into(),
            "--output".into(),
            copy.clone().into(),
        ],
        vec![
            "export".into(),
            copy.clone().into(),
            "--format".into(),
            "csv".into(),
            "--table".into(),
            "partners".into(),
            "--output".into(),
            copy.clone().into(),
        ],
        vec![
            "export".into(),
            copy.clone().into(),
            "--format".into(),
            "csv".into(),
            "--table".into(),
            "partners".into(),
            "--output".into(),
            other.clone().into(),
        ],
        // The mapping onto the dossier, or onto the source, even in a dry run.
        vec![
            "import".into(),
            "partners".into(),
            source.clone().into(),
            "--into".into(),
            copy.clone().into(),
            "--save-mapping".into(),
            copy.clone().into(),
            "--dry-run".into(),
        ],
        vec![
            "import".into(),
            "partners".into(),
            source.clone().into(),
            "--into".into(),
            copy.clone().into(),
            "--save-mapping".into(),
            source.clone().into(),
        ],
    ];
    for args in cases {
        let mut cmd = bin();
        cmd.args(&args);
        let (code, stderr) = run_within(cmd);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("refusé") || stderr.contains("ne sera pas remplacé"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(fs::read(&copy).unwrap(), before, "the dossier is untouched");
    assert_eq!(fs::read(&other).unwrap(), before, "the other dossier too");
    assert_eq!(fs::read(&source).unwrap(), source_before, "the source too");
}

#[cfg(unix)]
#[test]
fn fifos_are_refused_at_once_as_inputs_and_as_outputs_and_a_linked_output_stays_a_link() {
    use std::os::unix::fs::FileTypeExt as _;
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    let fifo = dir.path().join("tube.ron");
    let fifo_csv = dir.path().join("tube.csv");
    for f in [&fifo, &fifo_csv] {
        let made = Command::new("mkfifo").arg(f).status().unwrap();
        assert!(made.success());
    }
    let source = one_partner_csv(dir.path(), "a.csv", "Entreprise A");
    let cases: Vec<Vec<std::ffi::OsString>> = vec![
        vec!["check".into(), fifo.clone().into()],
        vec!["timeline".into(), fifo.clone().into()],
        vec!["fmt".into(), fifo.clone().into()],
        vec![
            "import".into(),
            "partners".into(),
            fifo_csv.clone().into(),
            "--into".into(),
            copy.clone().into(),
        ],
        vec![
            "import".into(),
            "partners".into(),
            source.clone().into(),
            "--into".into(),
            fifo.clone().into(),
        ],
        vec![
            "export".into(),
            copy.clone().into(),
            "--format".into(),
            "csv".into(),
            "--table".into(),
            "partners".into(),
            "--output".into(),
            fifo_csv.clone().into(),
        ],
    ];
    for args in cases {
        let mut cmd = bin();
        cmd.args(&args);
        let (code, stderr) = run_within(cmd);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("pas un fichier ordinaire"),
            "{args:?}: {stderr}"
        );
    }
    assert!(
        fs::symlink_metadata(&fifo_csv)
            .unwrap()
            .file_type()
            .is_fifo(),
        "the FIFO is still one"
    );
    // An output reached through a link is written through it; the link stays.
    let real = dir.path().join("vrai.csv");
    fs::write(&real, "").unwrap();
    let link = dir.path().join("lien.csv");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut cmd = bin();
    cmd.arg("export")
        .arg(&copy)
        .args(["--format", "csv", "--table", "partners", "--output"])
        .arg(&link);
    let (code, stderr) = run_within(cmd);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&real)
            .unwrap()
            .contains("Lycée exemple Vauban")
    );
}

#[cfg(unix)]
#[test]
fn an_output_name_that_is_not_utf8_is_written_as_given() {
    use std::os::unix::ffi::OsStrExt as _;
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    // « Qé.csv » and « Qè.csv » in Latin-1: two names that one lossy conversion makes one.
    let names = [
        std::ffi::OsStr::from_bytes(b"Q\xe9.csv"),
        std::ffi::OsStr::from_bytes(b"Q\xe8.csv"),
    ];
    for (table, name) in ["partners", "actions"].into_iter().zip(names) {
        let mut cmd = bin();
        cmd.arg("export")
            .arg(&copy)
            .args(["--format", "csv", "--table", table, "--output"])
            .arg(dir.path().join(name));
        let (code, stderr) = run_within(cmd);
        assert_eq!(code, Some(0), "{stderr}");
    }
    let partners = fs::read_to_string(dir.path().join(names[0])).unwrap();
    let actions = fs::read_to_string(dir.path().join(names[1])).unwrap();
    assert!(partners.contains("Lycée exemple Vauban"), "{partners}");
    assert!(actions.contains("Forum des métiers"), "{actions}");
    assert!(
        !dir.path().join("Q\u{fffd}.csv").exists(),
        "no mangled name"
    );
}

#[test]
fn a_pdf_too_large_to_lay_out_is_refused_with_its_reason_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let copy = example_copy(dir.path());
    let mut d = cmq_dossiers::store::load_file(&copy).unwrap().dossier;
    let max = cmq_dossiers::export::pdf::MAX_ROWS;
    d.partners = (1..=max + 1)
        .map(|n| cmq_dossiers::model::partner::Partner {
            id: cmq_dossiers::model::ids::PartnerId(format!("P{n}")),
            name: format!("Entreprise {n}"),
            ..Default::default()
        })
        .collect();
    cmq_dossiers::store::save_file(&copy, &d).unwrap();
    let output = dir.path().join("synthese.pdf");
    let mut cmd = bin();
    cmd.arg("export")
        .arg(&copy)
        .args(["--format", "pdf", "--output"])
        .arg(&output);
    let (code, stderr) = run_within(cmd);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("lignes de tableau"), "{stderr}");
    assert!(
        stderr.contains("3\u{202f}000 qu'un PDF peut tenir"),
        "{stderr}"
    );
    assert!(!output.exists());
}
