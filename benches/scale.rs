//! Speed and memory at scale: `cargo bench` (release build) prints one Markdown table row per
//! measure, with its target and whether it is met. The README's table is this output.
//!
//! `cargo bench -- --quick` runs fewer repetitions (for a smoke test); `-- --keystroke` runs the
//! keystroke row alone, `-- --merge` the merge row alone.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs,
    reason = "a benchmark: a panic is a failed run"
)]

#[path = "support/generate.rs"]
mod generate;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use cmq_dossiers::model::action::Action;
use cmq_dossiers::model::application::ApplicationTexts;
use cmq_dossiers::model::campus::Campus;
use cmq_dossiers::model::indicator::Indicator;
use cmq_dossiers::model::label::LabelDecision;
use cmq_dossiers::model::milestone::Milestone;
use cmq_dossiers::model::mobility::Mobility;
use cmq_dossiers::model::partner::Partner;
use cmq_dossiers::model::sector::Sector;
use cmq_dossiers::model::{Dossier, RecordKind};
use cmq_dossiers::session::{Document, Edit, Record};
use cmq_dossiers::store;
use cmq_dossiers::ui::folder_picker::Picked;

/// The file layout, read by the ron crate alone: the baseline our loading is compared with.
#[derive(serde::Deserialize)]
#[allow(dead_code, reason = "fields are read by serde only")]
struct RonOnly {
    format_version: u32,
    campus: Campus,
    label_decisions: Vec<LabelDecision>,
    partners: Vec<Partner>,
    sectors: Vec<Sector>,
    actions: Vec<Action>,
    mobilities: Vec<Mobility>,
    indicators: Vec<Indicator>,
    milestones: Vec<Milestone>,
    application: ApplicationTexts,
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn row(what: &str, measured: &str, target: &str, met: bool) {
    println!(
        "| {what} | {measured} | {target} | {} |",
        if met { "yes" } else { "**no**" }
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--memory") {
        memory(Path::new(&args[i + 1]));
        return;
    }
    let quick = args.iter().any(|a| a == "--quick");
    if args.iter().any(|a| a == "--keystroke") {
        // Only the keystroke row (its two dossiers are generated here).
        let dir = tempfile::tempdir().unwrap();
        for (name, size) in [("petit", SMALL), ("grand", generate::LARGE)] {
            std::fs::create_dir_all(dir.path().join(name)).unwrap();
            let d = generate::dossier(size);
            store::save_file(&dir.path().join(name).join("charge.ron"), &d).unwrap();
        }
        keystrokes(dir.path(), if quick { 1 } else { 5 });
        return;
    }
    let runs = if quick { 1 } else { 5 };
    if args.iter().any(|a| a == "--merge") {
        // Only the merge row.
        let dir = tempfile::tempdir().unwrap();
        let big = generate::dossier(generate::LARGE);
        std::fs::create_dir_all(dir.path().join("grand")).unwrap();
        let path = dir.path().join("grand").join("charge.ron");
        store::save_file(&path, &big).unwrap();
        merge_row(dir.path(), &path, &big, runs);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let big = generate::dossier(generate::LARGE);
    std::fs::create_dir_all(dir.path().join("grand")).unwrap();
    let path = dir.path().join("grand").join("charge.ron");
    store::save_file(&path, &big).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    println!(
        "Dossier: {} partners, {} actions, {} mobilities, {} indicators; file {:.1} MB\n",
        big.partners.len(),
        big.actions.len(),
        big.mobilities.len(),
        big.indicators.len(),
        size as f64 / 1e6
    );
    println!("| measure | median | target | met |\n|---|---|---|---|");

    let text = std::fs::read_to_string(&path).unwrap();
    let ron_only = median(runs, || {
        let parsed: RonOnly = ron::from_str(&text).unwrap();
        std::hint::black_box(parsed);
    });
    row(
        "ron crate alone parses the file",
        &ms(ron_only),
        "(baseline)",
        true,
    );
    let open = median(runs, || {
        std::hint::black_box(Document::open(&path).unwrap());
    });
    let ratio = open.as_secs_f64() / ron_only.as_secs_f64();
    row(
        "open (read, parse, validate)",
        &format!("{} ({:.0} % of ron alone)", ms(open), ratio * 100.0),
        "≤ 130 % of ron alone (the issue's 0.45 s is 1.3 × 0.33 s for its 37 MB file)",
        ratio <= 1.3,
    );
    let mut flip = false;
    let save = median(runs + 2, || {
        // Alternate two versions so every save really writes (an identical save is skipped).
        let mut d = big.clone();
        flip = !flip;
        if flip {
            d.campus.website = "https://exemple.invalid/".into();
        }
        store::save_file(&path, &d).unwrap();
    });
    let serialise = median(runs, || {
        std::hint::black_box(store::to_text(&big).unwrap());
    });
    row(
        "turn the dossier into text (part of save)",
        &ms(serialise),
        "—",
        true,
    );
    let clone = median(runs, || {
        std::hint::black_box(big.clone());
    });
    row(
        "save (with fsync)",
        &format!("{} (incl. {} to copy the dossier)", ms(save), ms(clone)),
        "≤ 600 ms",
        save <= Duration::from_millis(600),
    );
    let validate = median(runs, || {
        std::hint::black_box(cmq_dossiers::rules::validate(&big));
    });
    row("validate", &ms(validate), "—", true);
    merge_row(dir.path(), &path, &big, runs);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let rules = cmq_dossiers::rules::calendar::CalendarRules::default();
    let timeline = median(runs, || {
        std::hint::black_box(cmq_dossiers::rules::calendar::timeline(&big, &rules, today));
    });
    row("derive the timeline", &ms(timeline), "—", true);
    let table = cmq_dossiers::export::table_of(
        &big,
        cmq_dossiers::export::TableKind::from_name("mobilities").unwrap(),
    );
    let xlsx = median(runs.min(3), || {
        std::hint::black_box(cmq_dossiers::export::xlsx::to_xlsx(&table, "Mobilités").unwrap());
    });
    row("export 100 000 mobilities as XLSX", &ms(xlsx), "—", true);
    let tables = cmq_dossiers::rules::grant::shipped().unwrap();
    let estimate = median(runs.min(3), || {
        std::hint::black_box(cmq_dossiers::rules::budget::estimate(&big, &tables));
    });
    row(
        "grant estimate, 100 000 participants (budget)",
        &ms(estimate),
        "—",
        true,
    );
    let largest = big
        .projects
        .iter()
        .max_by_key(|p| {
            big.mobilities
                .iter()
                .filter(|m| m.project.as_ref() == Some(&p.id))
                .count()
        })
        .unwrap();
    let in_largest = big
        .mobilities
        .iter()
        .filter(|m| m.project.as_ref() == Some(&largest.id))
        .count();
    let one = median(runs, || {
        std::hint::black_box(cmq_dossiers::rules::budget::estimate_project(
            &big, largest, &tables,
        ));
    });
    row(
        &format!("budget view of a project of {in_largest} participants, one frame"),
        &ms(one),
        "≤ 16 ms",
        one <= Duration::from_millis(16),
    );
    let pdf_dossier = generate::dossier(generate::Size {
        partners: 200,
        actions: 60,
        mobilities: 200,
        indicators: 20,
        years: 10,
    });
    let options = cmq_dossiers::export::pdf::PdfOptions::default();
    let pdf = median(runs, || {
        std::hint::black_box(
            cmq_dossiers::export::pdf::to_pdf(&pdf_dossier, &options, &rules, today).unwrap(),
        );
    });
    row(
        "PDF summary, 200 partners",
        &ms(pdf),
        "≤ 500 ms",
        pdf <= Duration::from_millis(500),
    );
    // frames() writes the small dossier the keystroke row also uses.
    frames(dir.path(), runs);
    keystrokes(dir.path(), runs);
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--memory", path.to_str().unwrap()])
        .output()
        .unwrap();
    print!("{}", String::from_utf8_lossy(&out.stdout));
}

/// File dialogs that answer nothing (the benchmark opens no dialog).
struct NoDialogs;
impl cmq_dossiers::ui::folder_picker::FileDialogs for NoDialogs {
    fn pick_folder(&self, _: Option<std::path::PathBuf>) -> Picked {
        Picked::Cancelled
    }
    fn save_file(&self, _: Option<std::path::PathBuf>, _: &str) -> Picked {
        Picked::Cancelled
    }
    fn open_file(&self, _: &Path) -> std::io::Result<()> {
        Ok(())
    }
    fn pick_file(&self, _: Option<std::path::PathBuf>, _: &str, _: &[&str]) -> Picked {
        Picked::Cancelled
    }
}

/// The small dossier of the comparisons: 1 000 rows per list.
const SMALL: generate::Size = generate::Size {
    partners: 1000,
    actions: 1000,
    mobilities: 1000,
    indicators: 200,
    years: 10,
};

/// One UI frame of each list section, scrolling, with 1 000 and with 100 000 rows.
fn frames(dir: &Path, runs: usize) {
    use cmq_dossiers::ui::{CmqApp, Settings};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    let small_dir = dir.join("petit");
    std::fs::create_dir_all(&small_dir).unwrap();
    let small = generate::dossier(SMALL);
    store::save_file(&small_dir.join("charge.ron"), &small).unwrap();
    let big_dir = dir.join("grand");

    let frame_time = |workspace: &Path, section: &str| -> Duration {
        let settings = Settings {
            workspace: Some(workspace.to_owned()),
            ..Settings::default()
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let app = CmqApp::new(settings, Arc::new(NoDialogs), today);
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 900.0))
            .with_max_steps(64)
            .build_ui_state(|ui, app: &mut CmqApp| app.ui(ui), app);
        h.run();
        h.get_by(|n| {
            n.label().as_deref() == Some("Campus de charge")
                && n.role() != egui::accesskit::Role::Link
        })
        .click();
        // A big dossier opens on a thread: wait for it.
        let opened = Instant::now();
        while h.state().document().is_none() && opened.elapsed() < Duration::from_mins(1) {
            h.step();
            std::thread::sleep(Duration::from_millis(5));
        }
        h.run();
        h.get_by_label(section).click();
        h.run();
        let table_at = egui::pos2(800.0, 300.0);
        let mut times = Vec::new();
        for i in 0..(20 + 100 * runs) {
            h.input_mut()
                .events
                .push(egui::Event::PointerMoved(table_at));
            h.input_mut().events.push(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                // Down then up, ten frames each: both tables keep scrolling (the small one
                // would otherwise reach its end and stop, which is cheaper to draw).
                delta: egui::vec2(0.0, if (i / 10) % 2 == 0 { -3.0 } else { 3.0 }),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
            let t = Instant::now();
            h.step();
            // The first frames warm the caches (layout of the visible rows, fonts).
            if i >= 20 {
                times.push(t.elapsed());
            }
        }
        times.sort();
        times[times.len() / 2]
    };
    for (section, what) in [
        ("Partenaires", "partners"),
        ("Plan d'actions", "actions"),
        ("Mobilités Erasmus+ (participants)", "mobilities"),
        ("Indicateurs", "indicators"),
    ] {
        let small = frame_time(&small_dir, section);
        let big = frame_time(&big_dir, section);
        let ratio = big.as_secs_f64() / small.as_secs_f64();
        row(
            &format!("frame while scrolling {what}, small / large dossier"),
            &format!("{} / {} (× {ratio:.2})", ms(small), ms(big)),
            "≤ 2 ms, ratio ≤ 1.5",
            big <= Duration::from_millis(2) && ratio <= 1.5,
        );
    }
}

/// One character typed into a mobility's city, then everything the window recomputes before
/// its next frame: the findings and their counts, the workspace summary, the mobility table's
/// cache. Median over many keystrokes into one open document (one burst of typing).
fn keystroke_time(workspace: &Path, runs: usize) -> Duration {
    use cmq_dossiers::session::Workspace;
    use cmq_dossiers::ui::{Lang, TableState, TableView};

    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let rules = cmq_dossiers::rules::calendar::CalendarRules::default();
    let path = workspace.join("charge.ron");
    let mut ws = Workspace::open(workspace, today, rules).unwrap();
    let mut doc = Document::open(&path).unwrap();
    let s = Lang::Fr.strings();
    let columns = cmq_dossiers::ui::sections::mobility_columns(s);
    let mut table = TableState::default();
    let index = doc.dossier().mobilities.len() / 2;
    let show = |doc: &Document, table: &mut TableState| {
        let revisions = doc.revisions();
        let kind = cmq_dossiers::model::ListKind::Mobilities;
        let view = TableView {
            id: "mobilities",
            rows: &doc.dossier().mobilities,
            columns: &columns,
            id_of: |m| m.id.as_str(),
            revision: revisions.of(kind),
            replaced_since: &|since| revisions.replaced_since(kind, since),
            editable: true,
            exportable: true,
            importable: true,
        };
        std::hint::black_box(table.rows_shown(&view));
    };
    show(&doc, &mut table);
    let mut times = Vec::new();
    for i in 0..(20 + 200 * runs) {
        let mut m = doc.dossier().mobilities[index].clone();
        m.city.push(char::from(b'a' + (i % 26) as u8));
        let edit = Edit::Replace {
            index,
            record: Record::Mobility(m),
        };
        let t = Instant::now();
        doc.apply(edit).unwrap();
        std::hint::black_box(doc.counts());
        let change = doc.take_change();
        ws.apply_change(&path, doc.dossier(), &change);
        show(&doc, &mut table);
        if i >= 20 {
            times.push(t.elapsed());
        }
    }
    times.sort();
    times[times.len() / 2]
}

fn keystrokes(dir: &Path, runs: usize) {
    let small = keystroke_time(&dir.join("petit"), runs);
    let big = keystroke_time(&dir.join("grand"), runs);
    let ratio = big.as_secs_f64() / small.as_secs_f64();
    let us = |d: Duration| format!("{:.4} ms", d.as_secs_f64() * 1000.0);
    row(
        "keystroke in a form, small / large dossier",
        &format!("{} / {} (× {ratio:.2})", us(small), us(big)),
        "≤ 1 ms, ratio ≤ 1.5",
        big <= Duration::from_millis(1) && ratio <= 1.5,
    );
}

/// Merging two versions of the large dossier, 1 000 edits on each side (half of theirs on
/// records ours changed too, in another field; a few records added and deleted on each side),
/// against reading the three files.
fn merge_row(dir: &Path, base_path: &Path, big: &Dossier, runs: usize) {
    let n = big.mobilities.len();
    let (mut ours, mut theirs) = (big.clone(), big.clone());
    for k in 0..990 {
        let i = (k * 97) % n;
        ours.mobilities[i].city = format!("{} (nous)", ours.mobilities[i].city);
        let j = if k % 2 == 0 { i } else { (k * 89 + 7) % n };
        theirs.mobilities[j].name = format!("{} (eux)", theirs.mobilities[j].name);
    }
    for side in [&mut ours, &mut theirs] {
        // New ids above every id of the ancestor (both sides give the same ones: renumbered).
        let mut added = side.mobilities[0].clone();
        let ids = cmq_dossiers::model::ListKind::Mobilities.fresh_ids(side, 5);
        for id in ids {
            added.set_id(id);
            side.mobilities.push(added.clone());
        }
        side.mobilities.drain(1..6);
    }
    let ours_path = dir.join("grand").join("nous.ron");
    let theirs_path = dir.join("grand").join("eux.ron");
    store::save_file(&ours_path, &ours).unwrap();
    store::save_file(&theirs_path, &theirs).unwrap();
    let read = median(runs, || {
        for p in [base_path, &ours_path, &theirs_path] {
            std::hint::black_box(store::load_file(p).unwrap());
        }
    });
    let merge = median(runs, || {
        let m = cmq_dossiers::merge::merge(Some(big), &ours, &theirs);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts.first());
        std::hint::black_box(m);
    });
    let ratio = merge.as_secs_f64() / read.as_secs_f64();
    row(
        "merge two versions, 1 000 edits each side / read the three files",
        &format!("{} / {} ({ratio:.2} ×)", ms(merge), ms(read)),
        "≤ 2 × reading",
        ratio <= 2.0,
    );
}

/// Resident memory with the large dossier open after 100 edits (a fresh process).
fn memory(path: &Path) {
    let mut doc = Document::open(path).unwrap();
    for i in 0..100 {
        let mut m = doc.dossier().mobilities[i].clone();
        m.city = format!("Ville modifiée {i}");
        doc.apply(Edit::Replace {
            index: i,
            record: Record::Mobility(m),
        })
        .unwrap();
        doc.seal_undo_step();
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let rss = kb("VmRSS:") / 1024;
    let peak = kb("VmHWM:") / 1024;
    row(
        "resident memory, large dossier open after 100 edits",
        &format!("{rss} MB (peak {peak} MB)"),
        "≤ 250 MB",
        rss <= 250,
    );
    std::hint::black_box(&doc);
    let _: &Dossier = doc.dossier();
}
