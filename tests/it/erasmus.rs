//! Erasmus+ as the Beneficiary Module knows it: files of format 4 converted (a group of N
//! becomes N participants), the grant estimate of `budget`, unit-cost tables dropped in.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use cmq_dossiers::store;

use crate::common::bin;

/// The format-4 example campus, as the app shipped it before participants were records.
fn format_4() -> &'static str {
    include_str!("../data/format-4/campus-exemple.ron")
}

#[test]
fn a_format_4_file_converts_on_opening_and_nothing_typed_is_lost() {
    let text = format_4();
    let loaded = match store::from_text(text) {
        Ok(l) => l,
        Err(e) => panic!("{e:?}"),
    };
    let conversion = loaded.converted.expect("a conversion is reported");
    let d = loaded.dossier;
    // Every group of N became N participants (the old file's counts, summed).
    let groups: Vec<(String, u32)> = text
        .lines()
        .filter(|l| l.contains("participants: "))
        .filter_map(|l| {
            let id = l.split("id: \"").nth(1)?.split('"').next()?.to_owned();
            let n = l
                .split("participants: ")
                .nth(1)?
                .split(',')
                .next()?
                .parse()
                .ok()?;
            Some((id, n))
        })
        .collect();
    let total: u32 = groups.iter().map(|(_, n)| *n).sum();
    assert_eq!(conversion.groups, groups.len());
    assert_eq!(d.mobilities.len() as u32, total);
    assert_eq!(conversion.participants as u32, total);
    // Each group's id is kept by its first participant; ids and activity IDs are unique.
    for (id, _) in &groups {
        assert!(d.mobilities.iter().any(|m| &m.id.0 == id), "{id}");
    }
    let ids: HashSet<&str> = d.mobilities.iter().map(|m| m.id.0.as_str()).collect();
    assert_eq!(ids.len(), d.mobilities.len());
    let activity_ids: HashSet<(String, &str)> = d
        .mobilities
        .iter()
        .map(|m| (format!("{:?}", m.project), m.activity_id.as_str()))
        .collect();
    assert_eq!(activity_ids.len(), d.mobilities.len());
    assert!(d.mobilities.iter().all(|m| m.activity_id.contains("-MOB-")));
    // The projects: one per distinct project of the groups, their references kept.
    let references: HashSet<&str> = text
        .lines()
        .filter_map(|l| l.split("reference: \"").nth(1)?.split('"').next())
        .filter(|r| r.contains("-KA"))
        .collect();
    let projects: HashSet<&str> = d.projects.iter().map(|p| p.reference.as_str()).collect();
    assert_eq!(projects, references);
    // A group of 8 learners to Tampere: 8 participants sharing the trip, green travel kept.
    let m3: Vec<_> = d
        .mobilities
        .iter()
        .filter(|m| m.city == "Tampere" && m.start.to_string() == "2025-05-14")
        .collect();
    assert_eq!(m3.len(), 8);
    assert!(
        m3.iter()
            .all(|m| m.green_travel() && m.departure_country == "FR")
    );
    // Saved, it is today's format and reads back the same.
    let saved = match store::to_text(&d) {
        Ok(t) => t,
        Err(e) => panic!("{e:?}"),
    };
    assert!(saved.contains(&format!("format_version: {},", store::FORMAT_VERSION)));
    let again = store::from_text(&saved).map(|l| (l.dossier, l.converted));
    assert_eq!(again.ok(), Some((d, None)));
}

#[test]
fn a_format_4_file_opened_by_the_cli_converts_and_fmt_writes_format_5() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ancien.ron");
    fs::write(&file, format_4()).unwrap();
    let out = bin().args(["fmt"]).arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("format_version: 5,"));
    assert!(text.contains("projects: ["));
    assert!(!text.contains("participants: "));
}

/// `budget --json` of `file`.
fn budget_json(file: &Path) -> serde_json::Value {
    let out = match bin().args(["budget", "--json"]).arg(file).output() {
        Ok(out) => out,
        Err(e) => panic!("budget did not run: {e}"),
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    match serde_json::from_slice(&out.stdout) {
        Ok(json) => json,
        Err(e) => panic!("budget --json is not JSON: {e}"),
    }
}

#[test]
fn budget_gives_the_2021_22_bands_for_a_call_2022_trip_from_rennes_to_stuttgart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    fs::write(&file, crate::common::exemple_text()).unwrap();
    let d = store::load_file(&file).unwrap().dossier;
    let json = budget_json(&file);
    let participants = json["participants"].as_array().unwrap();
    assert_eq!(participants.len(), d.mobilities.len());
    let mut seen = 0;
    for (m, p) in d.mobilities.iter().zip(participants) {
        let project = d
            .projects
            .iter()
            .find(|x| Some(&x.id) == m.project.as_ref());
        if m.departure_city == "Rennes"
            && m.city == "Stuttgart"
            && project.is_some_and(|x| x.call_year == 2022)
        {
            seen += 1;
            assert_eq!(p["band"], "500–1999", "{p}");
            let km = p["distance_km"].as_u64().unwrap();
            assert!((790..=810).contains(&km), "{km}");
            let travel = if m.green_travel() { 320 } else { 275 };
            assert_eq!(p["travel_eur"], travel);
            assert_eq!(p["verified"], true);
            for key in [
                "id",
                "project",
                "individual_support_eur",
                "organisational_support_eur",
                "inclusion_support_eur",
                "course_fees_eur",
                "total_eur",
            ] {
                assert!(!p[key].is_null(), "{key} in {p}");
            }
        }
    }
    assert!(
        seen >= 1,
        "the example has a call-2022 trip from Rennes to Stuttgart"
    );
    let project = json["projects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["reference"] == "2022-1-FR01-KA121-VET-000114161")
        .unwrap();
    assert!(project["total_eur"].as_u64().unwrap() > 0);
    assert!(!project["targets"].as_array().unwrap().is_empty());
    // In words: the project, its total and the grant awarded.
    let out = bin().arg("budget").arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Projet 2022-1-FR01-KA121-VET-000114161 (appel 2022)"),
        "{text}"
    );
    assert!(text.contains("tranche 500–1999 km"));
}

#[test]
fn a_unit_cost_table_dropped_in_the_workspace_is_used_and_a_broken_one_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    fs::write(&file, crate::common::exemple_text()).unwrap();
    let before = budget_json(&file);
    let y2026 = |json: &serde_json::Value| {
        json["projects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["call_year"] == 2026)
            .cloned()
            .unwrap()
    };
    assert_eq!(y2026(&before)["total_eur"], 0, "no table for 2026");
    let folder = dir.path().join("baremes-erasmus");
    fs::create_dir(&folder).unwrap();
    fs::write(
        folder.join("2026.ron"),
        "(call_years: [2026], source: \"Guide 2026, lu par la référente\", verified: false,
          travel: [(from_km: 10, to_km: None, standard: 100, green: Some(200))],
          individual: None, organisational: None, inclusion: Some(150), course_fees: None)",
    )
    .unwrap();
    fs::write(folder.join("casse.ron"), "(call_years: [2027], source: 12)").unwrap();
    let out = bin()
        .args(["budget", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("casse.ron:1:"), "{stderr}");
    let after: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = y2026(&after);
    assert!(p["travel_eur"].as_u64().unwrap() > 0);
    assert_eq!(p["verified"], false);
    assert_eq!(p["individual_support_eur"], 0);
}

/// A Beneficiary Module template as a user exports it from their project: its columns in its
/// own order, a column we do not know, a row of markers, one earlier mobility line.
fn bm_template_rows() -> (Vec<&'static str>, Vec<Vec<&'static str>>) {
    let headers = vec![
        "Receiving city",
        "Mobility activity ID",
        "Data type",
        "Start date",
        "Zero grant days",
        "Grant Agreement No.",
        "Activity type",
        "End date",
        "Participant",
        "Main means of transport",
        "Funded travel days",
        "Sending Organisation OID",
        "Participant with fewer opportunities",
        "Receiving country",
        "Sending city",
        "Receiving Organisation OID",
    ];
    let markers = vec![
        "",
        "*",
        "*",
        "* DD-MM-YYYY",
        "",
        "*",
        "* DICT",
        "* DD-MM-YYYY",
        "",
        "DICT",
        "",
        "*",
        "",
        "*",
        "",
        "*",
    ];
    let earlier = vec![
        "Stuttgart",
        "114161-MOB-00001",
        "MA",
        "06-03-2023",
        "0",
        "2022-1-FR01-KA121-VET-000114161",
        "LM-SHORT-VET",
        "24-03-2023",
        "",
        "Train",
        "2",
        "E10000001",
        "No",
        "DE",
        "Rennes",
        "E10000042",
    ];
    (headers, vec![markers, earlier])
}

fn run(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = match bin().args(args).output() {
        Ok(out) => out,
        Err(e) => panic!("cmq-dossiers did not run: {e}"),
    };
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_bm_template_comes_back_with_its_header_one_row_per_participant_and_reads_back_unchanged() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    use cmq_dossiers::export::table::{Cell, TableData};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    fs::write(&file, crate::common::exemple_text()).unwrap();
    let (headers, rows) = bm_template_rows();
    // The same template as the BM gives it, in XLSX and in CSV.
    let table = TableData {
        headers: headers.iter().map(|h| (*h).to_owned()).collect(),
        rows: rows
            .iter()
            .map(|r| r.iter().map(|c| Cell::Text((*c).to_owned())).collect())
            .collect(),
    };
    let xlsx = dir.path().join("export-bm.xlsx");
    fs::write(
        &xlsx,
        cmq_dossiers::export::xlsx::to_xlsx(&table, "Mobilities").unwrap(),
    )
    .unwrap();
    let csv = dir.path().join("export-bm.csv");
    let mut text = headers.join(";");
    for r in &rows {
        text.push('\n');
        text.push_str(&r.join(";"));
    }
    fs::write(&csv, text + "\n").unwrap();

    let d = store::load_file(&file).unwrap().dossier;
    let project = d
        .projects
        .iter()
        .find(|p| p.reference == "2022-1-FR01-KA121-VET-000114161")
        .unwrap();
    let participants = d
        .mobilities
        .iter()
        .filter(|m| m.project.as_ref() == Some(&project.id))
        .count();

    let out_xlsx = dir.path().join("vers-bm.xlsx");
    let (code, stdout, stderr) = run(&[
        "export".as_ref(),
        file.as_os_str(),
        "--format".as_ref(),
        "xlsx".as_ref(),
        "--table".as_ref(),
        "mobilities-bm".as_ref(),
        "--template".as_ref(),
        xlsx.as_os_str(),
        "--output".as_ref(),
        out_xlsx.as_os_str(),
    ]);
    assert!(code == 0 || code == 1, "{stderr}");
    assert!(
        stdout.contains(&format!("{participants} participants du projet")),
        "{stdout}"
    );
    assert!(
        stdout.contains("Zero grant days"),
        "the unknown column is listed: {stdout}"
    );
    assert!(stdout.contains("JJ-MM-AAAA"), "{stdout}");
    // The mapping is saved per action and call year, for the user to edit.
    assert!(
        dir.path()
            .join("module-beneficiaire/KA121-2022.ron")
            .is_file()
    );

    let mut book: Xlsx<_> = open_workbook(&out_xlsx).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let written: Vec<Vec<String>> = range
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(written[0], headers, "the template's header row, exactly");
    assert_eq!(written[1], rows[0], "its row of markers");
    assert_eq!(written.len(), 2 + participants, "one row per participant");
    let ids: HashSet<&str> = written[2..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(ids.len(), participants, "unique Mobility activity IDs");
    assert!(ids.iter().all(|id| id.starts_with("114161-MOB-")));
    assert!(
        written[2..].iter().all(|r| r[2] == "MA"),
        "the template's Data type"
    );
    assert!(
        written[2..].iter().all(|r| r[4].is_empty()),
        "unknown column left empty"
    );
    let date = &written[2][3];
    assert!(
        date.len() == 10 && date.as_bytes()[2] == b'-' && date.as_bytes()[5] == b'-',
        "the template's date format: {date}"
    );
    assert!(matches!(
        range.get((2, 10)),
        Some(Data::Float(_) | Data::Int(_))
    ));

    // Read back: every row matched by its Mobility activity ID, nothing changes.
    let before = fs::read(&file).unwrap();
    let (code, stdout, stderr) = run(&[
        "import".as_ref(),
        "mobilities".as_ref(),
        out_xlsx.as_os_str(),
        "--into".as_ref(),
        file.as_os_str(),
        "--duplicates".as_ref(),
        "update".as_ref(),
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("0 ajoutée, 0 mise à jour"), "{stdout}");
    assert_eq!(fs::read(&file).unwrap(), before, "the dossier is unchanged");

    // The CSV template: its separator, the same header.
    let out_csv = dir.path().join("vers-bm.csv");
    let (code, _, stderr) = run(&[
        "export".as_ref(),
        file.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--table".as_ref(),
        "mobilities-bm".as_ref(),
        "--template".as_ref(),
        csv.as_os_str(),
        "--output".as_ref(),
        out_csv.as_os_str(),
    ]);
    assert!(code == 0 || code == 1, "{stderr}");
    let text = fs::read_to_string(&out_csv).unwrap();
    let first = text.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert_eq!(first, headers.join(";"));
    assert_eq!(text.lines().count(), 2 + participants);
}

#[test]
fn the_bm_export_lists_the_rows_the_beneficiary_module_would_refuse() {
    use cmq_dossiers::model::mobility::Transport;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    let mut d = crate::common::exemple();
    let project = d
        .projects
        .iter()
        .find(|p| p.reference == "2022-1-FR01-KA121-VET-000114161")
        .cloned()
        .unwrap();
    let i = d
        .mobilities
        .iter()
        .position(|m| m.project.as_ref() == Some(&project.id))
        .unwrap();
    let sender = d.mobilities[i].sending_org.clone();
    d.mobilities[i].receiving_org = sender;
    d.mobilities[i].transport = Transport::Avion;
    d.mobilities[i].funded_travel_days = 4;
    let id = d.mobilities[i].activity_id.clone();
    store::save_file(&file, &d).unwrap();
    let (headers, rows) = bm_template_rows();
    let csv = dir.path().join("export-bm.csv");
    let mut text = headers.join(",");
    for r in &rows {
        text.push('\n');
        text.push_str(&r.join(","));
    }
    fs::write(&csv, text).unwrap();
    let out = dir.path().join("vers-bm.csv");
    let (code, stdout, stderr) = run(&[
        "export".as_ref(),
        file.as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--table".as_ref(),
        "mobilities-bm".as_ref(),
        "--template".as_ref(),
        csv.as_os_str(),
        "--output".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    // Written all the same, and each refusal named with its line and reason.
    assert!(out.is_file());
    let lines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains(&format!("({id})")))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("organisme d'envoi et organisme d'accueil identiques")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("4 jours de voyage financés")),
        "{stdout}"
    );
    assert!(
        lines.iter().all(|l| l.trim_start().starts_with("ligne ")),
        "{stdout}"
    );
}

#[test]
fn check_flags_the_wrong_project_numbers_of_the_fact_sheet_at_their_line() {
    use cmq_dossiers::model::project::{KeyAction, Project};
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    let mut d = crate::common::exemple();
    for (n, reference) in ["garbage-ref", "2022-1-FR01-KA220-VET-000086243"]
        .into_iter()
        .enumerate()
    {
        d.projects.push(Project {
            id: cmq_dossiers::model::ids::ProjectId(format!("EP9{n}")),
            reference: reference.to_owned(),
            action: KeyAction::Ka121,
            call_year: 2022,
            ..Project::default()
        });
    }
    store::save_file(&file, &d).unwrap();
    let (code, stdout, _) = run(&["check".as_ref(), file.as_os_str()]);
    assert_eq!(code, 1, "{stdout}");
    let text = fs::read_to_string(&file).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(
        stdout.contains(&format!(":{}:", line_of("garbage-ref")))
            && stdout.contains("error[erasmus-reference]"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(":{}:", line_of("KA220-VET-000086243")))
            && stdout.contains("error[erasmus-reference-projet]: le numéro de projet dit KA220, le projet indique KA121"),
        "{stdout}"
    );
}

#[test]
fn deleting_a_project_keeps_its_participants_without_a_project_in_one_undo_step() {
    use cmq_dossiers::model::ListKind;
    use cmq_dossiers::session::delete_with_references;
    let mut d = crate::common::exemple();
    let index = d
        .projects
        .iter()
        .position(|p| p.reference == "2022-1-FR01-KA121-VET-000114161")
        .unwrap();
    let id = d.projects[index].id.clone();
    let referring = d.references_to(ListKind::Projects, id.as_str());
    let participants = d
        .mobilities
        .iter()
        .filter(|m| m.project.as_ref() == Some(&id))
        .count();
    assert_eq!(
        referring.len(),
        participants,
        "the delete question lists them"
    );
    let before = d.mobilities.len();
    let edit = delete_with_references(&d, ListKind::Projects, index).unwrap();
    edit.apply(&mut d).unwrap();
    assert_eq!(d.mobilities.len(), before, "no participant is lost");
    assert!(d.mobilities.iter().all(|m| m.project.as_ref() != Some(&id)));
}

#[test]
fn a_table_dropped_for_one_year_leaves_the_shipped_ones_for_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("baremes-erasmus");
    fs::create_dir(&folder).unwrap();
    fs::write(
        folder.join("2024.ron"),
        "(call_years: [2024], source: \"Guide 2024\", verified: true,
          travel: [(from_km: 10, to_km: None, standard: 100, green: None)],
          individual: None, organisational: None, inclusion: None, course_fees: None)",
    )
    .unwrap();
    let tables = cmq_dossiers::session::grant_tables(dir.path()).tables;
    let for_year = |y| cmq_dossiers::rules::grant::for_call(&tables, y).map(|t| t.source.clone());
    assert_eq!(for_year(2024).as_deref(), Some("Guide 2024"));
    assert!(
        for_year(2025).is_some_and(|s| s != "Guide 2024"),
        "2025 keeps the shipped table"
    );
    assert!(for_year(2021).is_some());
}

#[test]
fn a_group_count_beyond_reason_converts_to_one_participant_that_keeps_it() {
    let text = format_4().replacen("participants: 8,", "participants: 4000000000,", 1);
    let loaded = store::from_text(&text).unwrap();
    let kept = loaded
        .dossier
        .mobilities
        .iter()
        .filter(|m| m.name.contains("4000000000"))
        .count();
    assert_eq!(kept, 1);
}

#[test]
fn the_sub_rows_of_a_bm_export_are_not_participants() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("campus.ron");
    fs::write(&file, crate::common::exemple_text()).unwrap();
    let src = dir.path().join("export.csv");
    fs::write(
        &src,
        "Data type,Grant Agreement No.,Mobility activity ID,Receiving country,Receiving city,Start date,End date\n\
         MA,2022-1-FR01-KA121-VET-000114161,114161-MOB-00001,ES,Bilbao,16-04-2023,23-04-2023\n\
         Itinerary,2022-1-FR01-KA121-VET-000114161,114161-MOB-00001,ES,Bilbao,,\n",
    )
    .unwrap();
    let (_, stdout, _) = run(&[
        "import".as_ref(),
        "mobilities".as_ref(),
        src.as_os_str(),
        "--into".as_ref(),
        file.as_os_str(),
        "--dry-run".as_ref(),
    ]);
    assert!(
        stdout.contains("ligne « Itinerary » du Beneficiary Module"),
        "{stdout}"
    );
}
