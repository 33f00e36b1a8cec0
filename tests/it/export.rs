//! Table exports: French CSV and typed XLSX, safe to open, read back as they were written.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use crate::common::bin;
use crate::common::exemple;
use std::path::PathBuf;
use std::process::Command;

use calamine::{Data, DataType as _, Reader, Xlsx, open_workbook};
use cmq_dossiers::export::csv::{CsvOptions, to_csv};
use cmq_dossiers::export::{TableKind, table_of};
use cmq_dossiers::store;

/// The export table named `name` on the command line.
fn table(name: &str) -> TableKind {
    TableKind::from_name(name).expect("a table of the registry")
}

/// The example campus with a partner whose name is a formula, saved in a temp folder.
fn booby_trapped() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let mut d = exemple();
    d.partners[1].name = "=HYPERLINK(\"http://example.invalid\";\"Cliquez\")".into();
    let path = dir.path().join("piege.ron");
    store::save_file(&path, &d).unwrap();
    (dir, path)
}

#[test]
fn partners_csv_is_french_and_inert() {
    let d = exemple();
    let csv = to_csv(&table_of(&d, table("partners")), &CsvOptions::default());
    assert!(csv.starts_with('\u{feff}'), "BOM for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), d.partners.len() + 1);
    assert!(lines[0].starts_with("Identifiant;Nom;Type;Commune;Pays;UAI;SIRET"));
    assert!(
        lines[1]
            .starts_with("P1;Lycée exemple Vauban;Lycée (EPLE);Rennes;FR;0359000T;19353998698791")
    );
    assert!(
        lines[1].contains(";02/02/2015;"),
        "dates as JJ/MM/AAAA: {}",
        lines[1]
    );
    let actions = to_csv(&table_of(&d, table("actions")), &CsvOptions::default());
    assert!(
        actions.lines().nth(1).unwrap().contains(",00"),
        "decimal comma in amounts"
    );
}

#[test]
fn a_formula_in_a_partner_name_comes_out_inert_in_csv_and_xlsx() {
    let (dir, path) = booby_trapped();
    let csv = dir.path().join("partenaires.csv");
    let out = bin()
        .arg("export")
        .arg(&path)
        .args(["--format", "csv", "--table", "partners", "--output"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"Cliquez\"\")\""),
        "{text}"
    );
    assert!(!text.contains(";=HYPERLINK"));

    let xlsx = dir.path().join("partenaires.xlsx");
    let out = bin()
        .arg("export")
        .arg(&path)
        .args(["--format", "xlsx", "--table", "partners", "--output"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = book.worksheet_range("CMQ Dossiers").unwrap();
    let name = range.get_value((2, 1)).unwrap();
    assert_eq!(
        name,
        &Data::String("'=HYPERLINK(\"http://example.invalid\";\"Cliquez\")".into())
    );
    assert!(
        book.worksheet_formula("CMQ Dossiers").unwrap().is_empty(),
        "no formula in the workbook"
    );
}

#[test]
fn xlsx_read_back_gives_the_same_cells_typed() {
    let dir = tempfile::tempdir().unwrap();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/campus-exemple.ron");
    let xlsx = dir.path().join("mobilites.xlsx");
    let out = bin()
        .arg("export")
        .arg(&src)
        .args(["--format", "xlsx", "--table", "mobilities", "--output"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let d = exemple();
    let table = table_of(&d, table("mobilities"));
    let mut book: Xlsx<_> = open_workbook(&xlsx).unwrap();
    let range = book.worksheet_range("CMQ Dossiers").unwrap();
    assert_eq!(range.height(), d.mobilities.len() + 1);
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(header, table.headers);
    for (r, m) in d.mobilities.iter().enumerate() {
        let row: Vec<&Data> = range.rows().nth(r + 1).unwrap().iter().collect();
        assert_eq!(row[0], &Data::String(m.id.0.clone()));
        assert_eq!(row[15].as_date(), Some(m.start), "row {r}: start is a date");
        assert_eq!(row[16].as_date(), Some(m.end));
        assert_eq!(
            row[20].as_f64(),
            Some(f64::from(m.funded_travel_days)),
            "funded travel days is a number"
        );
        assert_eq!(
            row[10],
            &Data::String(m.receiving_org.clone()),
            "accents kept"
        );
    }
}

#[test]
fn the_beneficiary_module_layout_is_its_own_table() {
    let d = exemple();
    let t = table_of(&d, table("mobilities-bm"));
    assert_eq!(
        t.headers[..4],
        [
            "Data type",
            "Grant Agreement No.",
            "Project Code",
            "Mobility activity ID"
        ]
    );
    // One row per participant, each with its own Mobility activity ID.
    assert_eq!(t.rows.len(), d.mobilities.len());
    let ids: std::collections::HashSet<String> = t
        .rows
        .iter()
        .map(|r| format!("{:?}{:?}", r[2], r[3]))
        .collect();
    assert_eq!(ids.len(), t.rows.len());
}

#[test]
fn export_refuses_what_it_cannot_do_with_a_reason() {
    let out = bin()
        .args([
            "export", "x.ron", "--format", "odt", "--table", "partners", "--output", "x.odt",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("format inconnu : odt"));
    let out = bin()
        .args([
            "export", "x.ron", "--format", "csv", "--table", "nope", "--output", "x.csv",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("table inconnue : nope"));
    let out = bin()
        .args([
            "export",
            "/nonexistent.ron",
            "--format",
            "csv",
            "--table",
            "partners",
            "--output",
            "/tmp/x.csv",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_cancelled_export_writes_nothing() {
    use cmq_dossiers::export::{ExportError, Format, Progress, job};
    let dir = tempfile::tempdir().unwrap();
    let table = table_of(&exemple(), table("mobilities"));
    for format in [Format::Csv, Format::Xlsx] {
        let progress = Progress::default();
        progress.cancel();
        let path = dir.path().join(format!("annule.{}", format.extension()));
        let result = job::run(&table, format, &CsvOptions::default(), &path, &progress);
        assert!(matches!(result, Err(ExportError::Cancelled)), "{result:?}");
        assert!(!path.exists(), "nothing written");
    }
}

#[test]
fn libreoffice_opens_the_csv_with_the_right_columns_and_accents() {
    let dir = tempfile::tempdir().unwrap();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/campus-exemple.ron");
    let csv = dir.path().join("partenaires.csv");
    let out = bin()
        .arg("export")
        .arg(&src)
        .args(["--format", "csv", "--table", "partners", "--output"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // LibreOffice headless (libreoffice-calc-nogui, installed by .ci/run): `;`, `"`, UTF-8.
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let status = Command::new("soffice")
        .args([
            profile.as_str(),
            "--headless",
            "--infilter=CSV:59,34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&csv)
        .output()
        .expect("soffice (libreoffice-calc-nogui)");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let mut book: Xlsx<_> = open_workbook(dir.path().join("partenaires.xlsx")).unwrap();
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).unwrap();
    let d = exemple();
    assert_eq!(range.height(), d.partners.len() + 1);
    assert_eq!(
        range.width(),
        table_of(&d, table("partners")).headers.len(),
        "one column per field, no merged cells"
    );
    assert_eq!(range.get_value((0, 1)), Some(&Data::String("Nom".into())));
    assert_eq!(
        range.get_value((1, 1)),
        Some(&Data::String("Lycée exemple Vauban".into()))
    );
    assert_eq!(
        range.get_value((1, 2)),
        Some(&Data::String("Lycée (EPLE)".into()))
    );
    let commune = range.get_value((3, 3)).unwrap().to_string();
    assert_eq!(commune, "Vitré", "accents intact");
}

#[test]
fn the_csv_layout_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/campus-exemple.ron");
    let csv = dir.path().join("actions.csv");
    let out = bin()
        .arg("export")
        .arg(&src)
        .args([
            "--format",
            "csv",
            "--table",
            "actions",
            "--separateur",
            ",",
            "--point-decimal",
            "--sans-bom",
            "--output",
        ])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("Identifiant,Axe,Titre,"), "{text}");
    assert!(
        text.lines().nth(1).unwrap().ends_with(".00"),
        "decimal point"
    );
}

/// Issue 12, list 10: the partners table carries their contacts (the first one in columns the
/// import recognises, the others together).
#[test]
fn the_partners_table_carries_their_contacts() {
    let d = exemple();
    let t = table_of(&d, table("partners"));
    let col = |h: &str| t.headers.iter().position(|x| x == h).unwrap();
    let p = d
        .partners
        .iter()
        .position(|p| p.contacts.len() > 1)
        .unwrap();
    let c = &d.partners[p].contacts;
    assert_eq!(
        t.rows[p][col("Courriel")],
        cmq_dossiers::export::Cell::Text(c[0].email.clone())
    );
    let cmq_dossiers::export::Cell::Text(others) = &t.rows[p][col("Autres contacts")] else {
        panic!("the other contacts");
    };
    assert!(others.contains(&c[1].name));
}

#[test]
fn formulas_hidden_behind_whitespace_or_in_other_widths_come_out_inert_too() {
    let variants = [
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        " =1+1",
        "\u{a0}@SUM(A1)",
        "＝1+1",
        "＋1",
        "－1",
        "＠A1",
        "﹢1",
        "﹦1+1",
        "=1+1",
        "+33 6",
        "-2",
        "@A1",
    ];
    let mut d = exemple();
    for (p, v) in d.partners.iter_mut().zip(variants) {
        p.name = v.to_owned();
    }
    let partners = table_of(&d, table("partners"));
    let csv = to_csv(&partners, &CsvOptions::default());
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let names: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_owned()).collect();
    for (name, v) in names.iter().zip(variants) {
        assert_eq!(name, &format!("'{v}"), "{v:?} is inert");
    }
    // A name that merely contains a sign is left alone.
    d.partners[0].name = "Lycée A=B".into();
    let csv = to_csv(&table_of(&d, table("partners")), &CsvOptions::default());
    assert!(csv.contains(";Lycée A=B;"));
}
