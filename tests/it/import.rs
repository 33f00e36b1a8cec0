//! Import: the national establishment directory, spreadsheets of every kind, French CSV,
//! duplicates, rejected rows and the command line.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use crate::common::bin;
use crate::common::exemple;
use std::path::{Path, PathBuf};

use cmq_dossiers::import::{self, DuplicatePolicy, Filter, Mapping, Verdict};
use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::ListKind as ImportKind;
use cmq_dossiers::model::action::ActionStatus;
use cmq_dossiers::model::mobility::{ActivityType, ParticipantKind};
use cmq_dossiers::model::partner::PartnerKind;
use cmq_dossiers::rules;
use cmq_dossiers::session::{Document, Progress};
use cmq_dossiers::store;

use crate::testdata;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// Every accepted row, primary schools and collèges included.
const EVERY_ROW: Filter = Filter {
    lycees_and_cfa: false,
    vocational: false,
    below_lycee: true,
};

/// Reads `path`, guesses the mapping, plans against `d` and applies the import of every
/// accepted row; returns the plan.
fn import_into(d: &mut Dossier, kind: ImportKind, path: &Path) -> import::Plan {
    let sheet = import::read::read_file(path, &Progress::default()).unwrap();
    let mapping = Mapping::guess(kind, &sheet.headers);
    let mut plan = import::plan(&sheet, &mapping, d, &Progress::default()).unwrap();
    plan.apply(EVERY_ROW);
    if let Some(edit) = plan.edit(d, DuplicatePolicy::Skip) {
        edit.apply(d).unwrap();
    }
    plan
}

/// The directory rows, read independently of the importer: (UAI, name, commune, SIRET).
fn directory_rows(path: &Path) -> Vec<[String; 4]> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (uai, name, commune, siret) = (
        col("Identifiant_de_l_etablissement"),
        col("Nom_etablissement"),
        col("Nom_commune"),
        col("SIREN_SIRET"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            [&r[uai], &r[name], &r[commune], &r[siret]].map(str::to_owned)
        })
        .collect()
}

#[test]
fn the_directory_extracts_import_as_partners_with_no_manual_mapping() {
    for file in [
        "annuaire-education-dept35.csv",
        "annuaire-education-dept94.csv",
    ] {
        let Some(path) = testdata::shared(file) else {
            return;
        };
        let mut d = Dossier::default();
        let plan = import_into(&mut d, ImportKind::Partners, &path);
        assert_eq!(plan.rejected().count(), 0, "{file}");
        let rows = directory_rows(&path);
        assert!(rows.len() > 600, "{file}: {} rows", rows.len());
        for [uai, name, commune, siret] in &rows {
            let p = d
                .partners
                .iter()
                .find(|p| p.uai.text() == *uai)
                .unwrap_or_else(|| panic!("{file}: {uai} not imported"));
            // An establishment listed on several lines is imported once, from its first line.
            if rows.iter().find(|r| r[0] == *uai).unwrap()[1] == *name {
                assert_eq!(p.name, *name, "{file}: {uai}");
                assert_eq!(p.commune, *commune, "{file}: {uai}");
                assert_eq!(p.siret.text(), *siret, "{file}: {uai}");
            }
        }
        let distinct: std::collections::HashSet<_> = rows.iter().map(|r| &r[0]).collect();
        assert_eq!(d.partners.len(), distinct.len(), "{file}");
        let id_errors: Vec<_> = rules::validate(&d)
            .into_iter()
            .filter(|f| f.code() == "uai-invalide" || f.code() == "siret-invalide")
            .collect();
        assert!(id_errors.is_empty(), "{file}: {id_errors:?}");
        let lp = d.partners.iter().find(|p| p.uai.text() == "0350102W");
        if let Some(lp) = lp {
            assert_eq!(lp.kind, PartnerKind::LyceePro);
        }
        // No école maternelle or élémentaire is filed as higher education.
        let schools: Vec<_> = d
            .partners
            .iter()
            .filter(|p| p.kind == PartnerKind::Ecole)
            .map(|p| &p.name)
            .collect();
        assert!(schools.is_empty(), "{file}: {schools:?}");
    }
}

#[test]
fn primary_schools_and_colleges_are_left_out_unless_kept_and_the_quick_filters_choose_rows() {
    let Some(path) = testdata::shared("annuaire-education-dept35.csv") else {
        return;
    };
    let sheet = import::read::read_file(&path, &Progress::default()).unwrap();
    let mapping = Mapping::guess(ImportKind::Partners, &sheet.headers);
    let d = Dossier::default();
    let mut plan = import::plan(&sheet, &mapping, &d, &Progress::default()).unwrap();
    let mut kept = Dossier::default();
    plan.edit(&d, DuplicatePolicy::Skip)
        .unwrap()
        .apply(&mut kept)
        .unwrap();
    // 685 écoles and 117 collèges in the file: none by default, each with a warning.
    assert!(kept.partners.len() < 200, "{}", kept.partners.len());
    assert!(
        !kept
            .partners
            .iter()
            .any(|p| p.kind == PartnerKind::EcoleCollege)
    );
    let left_out = plan.counts(DuplicatePolicy::Skip).excluded;
    assert!(left_out > 780, "{left_out}");
    assert!(
        plan.rows
            .iter()
            .filter(|r| r.facets.below_lycee)
            .all(|r| !r.included && !r.warnings.is_empty())
    );

    plan.apply(Filter {
        lycees_and_cfa: true,
        vocational: true,
        below_lycee: false,
    });
    let mut vocational = Dossier::default();
    plan.edit(&d, DuplicatePolicy::Skip)
        .unwrap()
        .apply(&mut vocational)
        .unwrap();
    assert!(vocational.partners.len() > 20);
    assert!(
        vocational
            .partners
            .iter()
            .all(|p| p.kind == PartnerKind::LyceePro),
        "a lycée with a vocational track is a lycée professionnel for the campus"
    );

    // One row ticked by hand on top of the filter.
    let school = plan.rows.iter().position(|r| r.facets.below_lycee).unwrap();
    plan.set_included(school, true);
    assert_eq!(
        plan.counts(DuplicatePolicy::Skip).added,
        vocational.partners.len() + 1
    );
}

#[test]
fn the_command_line_imports_the_directory_and_check_finds_no_identifier_error() {
    let Some(source) = testdata::shared("annuaire-education-dept94.csv") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("campus.ron");
    store::save_file(&target, &exemple()).unwrap();
    let out = bin()
        .args(["import", "partners", "--with-schools"])
        .arg(&source)
        .arg("--into")
        .arg(&target)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("UAI ← Identifiant_de_l_etablissement"),
        "{stdout}"
    );
    let d = store::load_file(&target).unwrap().dossier;
    assert!(d.partners.len() > exemple().partners.len() + 500);
    let check = bin().arg("check").arg(&target).output().unwrap();
    let report = String::from_utf8_lossy(&check.stdout);
    assert!(!report.contains("uai-invalide") && !report.contains("siret-invalide"));
    assert!(
        !report.contains("UAI") || !report.contains("erreur"),
        "{report}"
    );
}

#[test]
fn an_xlsx_with_a_title_line_number_and_date_cells_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partenaires.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .write(0, 0, "Partenaires du campus — export 2026")
        .unwrap();
    for (c, h) in [
        "Raison sociale",
        "Ville",
        "N° SIRET",
        "Date de signature",
        "Copil",
    ]
    .iter()
    .enumerate()
    {
        sheet.write(2, c as u16, *h).unwrap();
    }
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2020, 2, 6).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    sheet
        .write(3, 0, "Ecole primaire publique les Lucioles")
        .unwrap();
    sheet.write(3, 1, "Baulon").unwrap();
    sheet.write(3, 2, 21_350_016_800_025_f64).unwrap();
    sheet
        .write_datetime_with_format(3, 3, &date, &format)
        .unwrap();
    sheet.write(3, 4, true).unwrap();
    sheet.write(4, 0, "Plasturgie Ouest").unwrap();
    sheet.write(4, 1, "Rennes").unwrap();
    sheet.write(4, 3, "15/03/2021").unwrap();
    sheet.write(4, 4, "non").unwrap();
    book.save(&path).unwrap();

    let sheet = import::read::read_file(&path, &Progress::default()).unwrap();
    assert_eq!(sheet.info.header_line, 3);
    let mut d = Dossier::default();
    let plan = import_into(&mut d, ImportKind::Partners, &path);
    assert_eq!(plan.rows[0].line, 4);
    assert_eq!(d.partners.len(), 2);
    let p = &d.partners[0];
    assert_eq!(p.siret.text(), "21350016800025");
    assert_eq!(p.convention_signed_on.unwrap().to_string(), "2020-02-06");
    assert!(p.governance);
    assert_eq!(p.kind, PartnerKind::Entreprise);
    let q = &d.partners[1];
    assert_eq!(q.convention_signed_on.unwrap().to_string(), "2021-03-15");
    assert!(!q.governance);
}

#[test]
fn an_ods_file_is_read_with_its_typed_cells() {
    let mut d = Dossier::default();
    let plan = import_into(&mut d, ImportKind::Partners, &data("partenaires.ods"));
    assert_eq!(plan.rejected().count(), 0);
    assert_eq!(d.partners.len(), 3);
    let lp = &d.partners[0];
    assert_eq!(lp.uai.text(), "0350102W");
    assert_eq!(lp.siret.text(), "19350102000013");
    assert_eq!(lp.kind, PartnerKind::LyceePro);
    assert_eq!(lp.convention_signed_on.unwrap().to_string(), "2020-02-06");
    let de = &d.partners[2];
    assert_eq!(
        (de.kind, de.country.as_str()),
        (PartnerKind::Etranger, "DE")
    );
    assert_eq!(de.commune, "München");
}

#[test]
fn a_latin1_csv_with_decimal_commas_and_french_dates_imports_actions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.csv");
    let mut d = exemple();
    let lead = d.partners[0].clone();
    let text = format!(
        "Axe;Intitulé;Porteur;Date de début;Date de fin;État;Montant\n\
         Attractivité;Salon des métiers de l'été;{};06/02/2020;30/06/2020;Terminée;1 234,50\n\
         International;Stage à Málaga;inconnu;2021-09-01;2021-10-01;En cours;\n",
        lead.name
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    std::fs::write(&path, &bytes).unwrap();
    let sheet = import::read::read_file(&path, &Progress::default()).unwrap();
    assert_eq!(sheet.info.encoding, Some("Windows-1252 / Latin-1"));
    let before = d.actions.len();
    let plan = import_into(&mut d, ImportKind::Actions, &path);
    assert_eq!(d.actions.len(), before + 2);
    let a = &d.actions[before];
    assert_eq!(a.title, "Salon des métiers de l'été");
    assert_eq!(a.lead.as_ref(), Some(&lead.id));
    assert_eq!(a.start.unwrap().to_string(), "2020-02-06");
    assert_eq!(a.status, ActionStatus::Terminee);
    assert_eq!(a.total_cents(), 123_450);
    let b = &d.actions[before + 1];
    assert_eq!(b.title, "Stage à Málaga");
    assert_eq!(b.lead, None);
    assert!(
        plan.rows[1].warnings[0]
            .text(cmq_dossiers::i18n::Lang::Fr.strings())
            .contains("« inconnu » introuvable")
    );
}

#[test]
fn mobilities_and_indicators_with_yearly_columns() {
    let dir = tempfile::tempdir().unwrap();
    let mob = dir.path().join("mobilites.csv");
    std::fs::write(
        &mob,
        "Project Code,Participant Category,Receiving Organisation,Receiving Country,Start Date,End Date,Number of Participants\n\
         2023-1-FR01-KA122-VET-000123456,Learner,Colegio Málaga,Espagne,2024-03-04,2024-03-22,12\n\
         2023-1-FR01-KA121-VET-000999999,Staff,TU Wien,AT,2024-05-06,2024-05-10,2\n",
    )
    .unwrap();
    let mut d = Dossier::default();
    let plan = import_into(&mut d, ImportKind::Mobilities, &mob);
    assert_eq!(plan.rejected().count(), 0, "{:?}", plan.rows);
    // A row of 12 learners is 12 participants, numbered in their project; each project
    // reference not yet in the dossier is a project, its action and call year read from it.
    assert_eq!(d.mobilities.len(), 14);
    assert_eq!(d.projects.len(), 2);
    let m = &d.mobilities[0];
    assert_eq!(m.country.as_str(), "ES");
    assert_eq!(
        (d.projects[0].call_year, d.projects[0].action),
        (2023, cmq_dossiers::model::project::KeyAction::Ka122)
    );
    assert_eq!(m.project.as_ref(), Some(&d.projects[0].id));
    let ids: Vec<&str> = d.mobilities[..12]
        .iter()
        .map(|m| m.activity_id.as_str())
        .collect();
    assert_eq!(ids[0], "123456-MOB-00001");
    assert_eq!(ids[11], "123456-MOB-00012");
    assert_eq!(m.activity, ActivityType::CourteDuree);
    assert_eq!(d.mobilities[12].participant, ParticipantKind::Personnels);
    assert_eq!(d.mobilities[13].activity_id, "999999-MOB-00002");

    let ind = dir.path().join("indicateurs.csv");
    std::fs::write(
        &ind,
        "Code;Libellé;Unité;Cible;2022;2023-2024\nINS-6M;Taux d'emploi à 6 mois;%;75;68,5;71\nMOB;Mobilités;élèves;abc;;\n",
    )
    .unwrap();
    let plan = import_into(&mut d, ImportKind::Indicators, &ind);
    assert_eq!(d.indicators.len(), 1);
    assert_eq!(d.indicators[0].values.get(&2022), Some(&68.5));
    assert_eq!(d.indicators[0].values.get(&2023), Some(&71.0));
    let rejected: Vec<_> = plan.rejected().collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].line, 3);
    assert!(
        rejected[0].errors[0]
            .text(cmq_dossiers::i18n::Lang::Fr.strings())
            .contains("« abc »"),
        "{:?}",
        rejected[0].errors
    );
}

#[test]
fn duplicates_are_skipped_updated_or_added_as_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.csv");
    let mut d = exemple();
    let known = d
        .partners
        .iter()
        .find(|p| !p.uai.is_empty())
        .unwrap()
        .clone();
    std::fs::write(
        &path,
        format!(
            "UAI;Nom;Commune\n{};{};Nouvelle-Commune\n0350122T;Ecole primaire publique les Lucioles;Baulon\n0350122T;Ecole (doublon dans le fichier);Baulon\n",
            known.uai.text(),
            known.name.to_lowercase()
        ),
    )
    .unwrap();
    let sheet = import::read::read_file(&path, &Progress::default()).unwrap();
    let mapping = Mapping::guess(ImportKind::Partners, &sheet.headers);
    let plan = import::plan(&sheet, &mapping, &d, &Progress::default()).unwrap();
    assert!(matches!(
        plan.rows[0].verdict,
        Verdict::Duplicate {
            by: import::MatchKey::Uai,
            ..
        }
    ));
    assert_eq!(plan.rows[1].verdict, Verdict::New);
    assert_eq!(
        plan.rows[2].verdict,
        Verdict::Repeated {
            line: 3,
            by: import::MatchKey::Uai
        }
    );

    let n = d.partners.len();
    let mut skip = d.clone();
    plan.edit(&d, DuplicatePolicy::Skip)
        .unwrap()
        .apply(&mut skip)
        .unwrap();
    assert_eq!(skip.partners.len(), n + 1);
    assert_eq!(skip.partner(&known.id), Some(&known));

    let mut update = d.clone();
    plan.edit(&d, DuplicatePolicy::Update)
        .unwrap()
        .apply(&mut update)
        .unwrap();
    assert_eq!(update.partners.len(), n + 1);
    let updated = update.partner(&known.id).unwrap();
    assert_eq!(updated.commune, "Nouvelle-Commune");
    assert_eq!(
        updated.kind, known.kind,
        "an unmapped field keeps its value"
    );

    plan.edit(&d, DuplicatePolicy::Add)
        .unwrap()
        .apply(&mut d)
        .unwrap();
    assert_eq!(d.partners.len(), n + 2);
    let ids: std::collections::HashSet<_> = d.partners.iter().map(|p| &p.id).collect();
    assert_eq!(ids.len(), d.partners.len(), "fresh ids");
}

/// A dossier file and a partner CSV with one bad UAI among good rows.
fn dossier_and_bad_csv() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("campus.ron");
    store::save_file(&target, &exemple()).unwrap();
    let source = dir.path().join("p.csv");
    std::fs::write(
        &source,
        "UAI;Nom\n0350122T;Ecole les Lucioles\n0350122A;Lettre fausse\n0350165P;Ecole de Cardroc\n",
    )
    .unwrap();
    (dir, target, source)
}

fn import_cli(source: &Path, target: &Path, extra: &[&str]) -> (Option<i32>, String) {
    let out = bin()
        .args(["import", "partners"])
        .arg(source)
        .arg("--into")
        .arg(target)
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn a_rejected_row_leaves_the_dossier_unchanged_unless_partial_is_accepted() {
    let (_dir, target, source) = dossier_and_bad_csv();
    let before = std::fs::read(&target).unwrap();
    let (code, out) = import_cli(&source, &target, &[]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("p.csv:3: rejetée : UAI"), "{out}");
    assert!(out.contains("0350122A"), "{out}");
    assert!(out.contains("rien n'a été écrit"), "{out}");
    assert_eq!(std::fs::read(&target).unwrap(), before);

    let (code, out) = import_cli(&source, &target, &["--accept-partial"]);
    assert_eq!(code, Some(1), "{out}");
    let d = store::load_file(&target).unwrap().dossier;
    assert_eq!(d.partners.len(), exemple().partners.len() + 2);
    assert!(d.partners.iter().all(|p| p.uai.text() != "0350122A"));
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let (dir, target, _) = dossier_and_bad_csv();
    let source = dir.path().join("ok.csv");
    std::fs::write(&source, "UAI;Nom\n0350122T;Ecole les Lucioles\n").unwrap();
    let before = std::fs::read(&target).unwrap();
    let (code, out) = import_cli(&source, &target, &["--dry-run"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("1 ajoutée") && out.contains("rien n'a été écrit"),
        "{out}"
    );
    assert_eq!(std::fs::read(&target).unwrap(), before);
    let (code, _) = import_cli(&source, &target, &[]);
    assert_eq!(code, Some(0));
    assert_ne!(std::fs::read(&target).unwrap(), before);
}

#[test]
fn a_saved_mapping_is_reused_and_a_bad_source_exits_2() {
    let (dir, target, _) = dossier_and_bad_csv();
    let source = dir.path().join("odd.csv");
    std::fs::write(
        &source,
        "Code établissement;Libellé\n0350122T;Ecole les Lucioles\n",
    )
    .unwrap();
    let mapping = dir.path().join("m.ron");
    let mut m = Mapping::guess(
        ImportKind::Partners,
        &["Code établissement".into(), "Libellé".into()],
    );
    assert_eq!(m.column("uai"), None);
    m.set("uai", Some("Code établissement".into()));
    m.set("name", Some("Libellé".into()));
    m.save(&mapping).unwrap();
    let (code, out) = import_cli(&source, &target, &["--mapping", mapping.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{out}");
    let d = store::load_file(&target).unwrap().dossier;
    assert!(d.partners.iter().any(|p| p.uai.text() == "0350122T"));

    let (code, _) = import_cli(&dir.path().join("absent.csv"), &target, &[]);
    assert_eq!(code, Some(2));
    let (code, _) = import_cli(
        &data("partenaires.ods"),
        &dir.path().join("absent.ron"),
        &[],
    );
    assert_eq!(code, Some(2));
}

#[test]
fn an_exported_table_imports_back_into_an_empty_dossier() {
    let d = exemple();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partners.csv");
    let csv = cmq_dossiers::export::csv::to_csv(
        &cmq_dossiers::export::table_of(
            &d,
            cmq_dossiers::export::TableKind::of_list(ImportKind::Partners)
                .expect("partners export"),
        ),
        &cmq_dossiers::export::csv::CsvOptions::default(),
    );
    std::fs::write(&path, csv).unwrap();
    let mut empty = Dossier::default();
    import_into(&mut empty, ImportKind::Partners, &path);
    assert_eq!(empty.partners.len(), d.partners.len());
    for (a, b) in d.partners.iter().zip(&empty.partners) {
        assert_eq!(
            (&a.name, a.kind, &a.uai, &a.siret, &a.commune, a.governance),
            (&b.name, b.kind, &b.uai, &b.siret, &b.commune, b.governance)
        );
    }
}

#[test]
fn the_whole_import_is_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.ron");
    store::save_file(&path, &exemple()).unwrap();
    let mut doc = Document::open(&path).unwrap();
    let before = doc.dossier().clone();
    let Some(source) = testdata::shared("annuaire-education-dept35.csv") else {
        return;
    };
    let sheet = import::read::read_file(&source, &Progress::default()).unwrap();
    let mapping = Mapping::guess(ImportKind::Partners, &sheet.headers);
    let mut plan = import::plan(&sheet, &mapping, doc.dossier(), &Progress::default()).unwrap();
    plan.apply(EVERY_ROW);
    doc.apply(plan.edit(doc.dossier(), DuplicatePolicy::Skip).unwrap())
        .unwrap();
    assert!(doc.dossier().partners.len() > 900);
    assert!(doc.undo());
    assert_eq!(doc.dossier(), &before);
    assert!(doc.redo());
    assert!(doc.dossier().partners.len() > 900);
}

#[test]
fn a_cancelled_read_gives_no_sheet() {
    let progress = Progress::default();
    progress.cancel();
    let Some(source) = testdata::shared("annuaire-education-dept94.csv") else {
        return;
    };
    let r = import::read::read_file(&source, &progress);
    assert!(matches!(r, Err(import::ReadError::Cancelled)));
}

/// Reads `bytes` as the CSV file `name` (written in a temporary folder).
fn read_bytes(name: &str, bytes: &[u8]) -> Result<import::Sheet, import::ReadError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    import::read::read_file(&path, &Progress::default())
}

#[test]
fn what_cannot_be_read_faithfully_is_refused_naming_the_line() {
    let fr = cmq_dossiers::i18n::Lang::Fr.strings();
    // An unbalanced quote: the rows after line 3 would merge into one cell.
    let quote = "Nom;Commune\nLycée A;Rennes\n\"Lycée B;Brest\nLycée C;Vannes\nLycée D;Lorient\n";
    let e = read_bytes("q.csv", quote.as_bytes()).unwrap_err();
    assert!(
        matches!(e, import::ReadError::UnclosedQuote { line: 3, .. }),
        "{e:?}"
    );
    assert!(
        e.text(fr).contains(":3: un guillemet ouvert"),
        "{}",
        e.text(fr)
    );
    // Quotes that close, doubled quotes, a quote inside a field: read as before.
    let fine = "Nom;Commune\n\"Lycée \"\"Vauban\"\"\";Rennes\nLycée 5\" B;Brest\n\"Sur\ndeux lignes\";Vannes\n";
    let sheet = read_bytes("ok.csv", fine.as_bytes()).unwrap();
    assert_eq!(sheet.rows.len(), 3);
    // UTF-8 lines beside Latin-1 lines.
    let mut mixed = "Nom;Commune\nLycée A;Rennes\n".as_bytes().to_vec();
    mixed.extend(b"Lyc\xe9e B;Brest\n");
    let e = read_bytes("m.csv", &mixed).unwrap_err();
    assert!(
        matches!(
            e,
            import::ReadError::MixedEncodings {
                utf8_line: 2,
                other_line: 3,
                ..
            }
        ),
        "{e:?}"
    );
    // A Latin-1 file alone is read as such.
    let sheet = read_bytes("l.csv", b"Nom;Commune\nLyc\xe9e B;Brest\n").unwrap();
    assert_eq!(sheet.rows[0].cells[0].text(), "Lycée B");
    // UTF-16 without its byte-order mark.
    let utf16: Vec<u8> = "Nom;Commune\nLycée A;Rennes\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let e = read_bytes("u.csv", &utf16).unwrap_err();
    assert!(
        matches!(e, import::ReadError::NulByte { line: 1, .. }),
        "{e:?}"
    );
}

#[test]
fn fresh_ids_never_collide_whatever_ids_the_dossier_holds() {
    let mut d = exemple();
    let last = d.partners.len() - 1;
    d.partners[last].id = cmq_dossiers::model::ids::PartnerId(format!("P{}", u64::MAX - 1));
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("p.csv");
    std::fs::write(
        &source,
        "Nom;Commune\nEntreprise 1;Rennes\nEntreprise 2;Rennes\nEntreprise 3;Rennes\n",
    )
    .unwrap();
    import_into(&mut d, ImportKind::Partners, &source);
    let ids: std::collections::HashSet<&str> = d.partners.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids.len(), d.partners.len(), "no duplicate id");
    assert!(
        rules::validate(&d).iter().all(|f| !f.code().contains("id")),
        "no id finding"
    );
}

#[test]
fn an_update_that_changes_nothing_is_not_an_edit_nor_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("campus.ron");
    store::save_file(&path, &exemple()).unwrap();
    let mut doc = Document::open(&path).unwrap();
    let p = &doc.dossier().partners[0];
    let source = dir.path().join("p.csv");
    std::fs::write(
        &source,
        format!(
            "Nom;Commune;UAI\n{};{};{}\n",
            p.name,
            p.commune,
            p.uai.text()
        ),
    )
    .unwrap();
    let sheet = import::read::read_file(&source, &Progress::default()).unwrap();
    let mapping = Mapping::guess(ImportKind::Partners, &sheet.headers);
    let plan = import::plan(&sheet, &mapping, doc.dossier(), &Progress::default()).unwrap();
    let counts = plan.counts(DuplicatePolicy::Update);
    assert_eq!((counts.updated, counts.skipped), (0, 1));
    assert!(plan.edit(doc.dossier(), DuplicatePolicy::Update).is_none());
    // A batch of no-ops is one too: applying it changes nothing and adds no undo step.
    let noop = cmq_dossiers::session::Edit::Batch(vec![cmq_dossiers::session::Edit::Replace {
        index: 0,
        record: cmq_dossiers::model::Record::Partner(doc.dossier().partners[0].clone()),
    }]);
    assert!(!doc.apply(noop).unwrap());
    assert!(!doc.is_dirty() && !doc.can_undo());
}

/// A rewrite of a workbook's part: its name and text in, its new text out.
type PartEdit = dyn Fn(&str, String) -> String;

/// A real XLSX of two rows, its parts rewritten by `edit(part name, text)`.
fn hostile_xlsx(edit: impl Fn(&str, String) -> String) -> Vec<u8> {
    use std::io::{Read as _, Write as _};
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Nom").unwrap();
    sheet.write_string(1, 0, "Lycée A").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut text = String::new();
        entry.read_to_string(&mut text).unwrap();
        out.start_file(name.clone(), options).unwrap();
        out.write_all(edit(&name, text).as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn spreadsheets_out_of_proportion_with_their_size_are_refused_unread() {
    let fr = cmq_dossiers::i18n::Lang::Fr.strings();
    // The base file reads.
    let fine = read_bytes("ok.xlsx", &hostile_xlsx(|_, t| t)).unwrap();
    assert_eq!(fine.rows[0].cells[0].text(), "Lycée A");
    let sheet = "xl/worksheets/sheet1.xml";
    let cases: Vec<(&str, Box<PartEdit>)> = vec![
        (
            "a sheet declaring A1:XFD1048576",
            Box::new(move |n, t| {
                if n == sheet {
                    t.replace("ref=\"A1:A2\"", "ref=\"A1:XFD1048576\"")
                } else {
                    t
                }
            }),
        ),
        (
            "a cell at A99999999",
            Box::new(move |n, t| {
                if n == sheet {
                    t.replace("r=\"A2\"", "r=\"A99999999\"")
                } else {
                    t
                }
            }),
        ),
        (
            "a hundred billion shared strings",
            Box::new(|n, t| {
                if n == "xl/sharedStrings.xml" {
                    t.replace("uniqueCount=\"2\"", "uniqueCount=\"100000000000\"")
                } else {
                    t
                }
            }),
        ),
        (
            "a part inflating to 40 MB",
            Box::new(move |n, t| {
                if n == sheet {
                    t + &" ".repeat(40 << 20)
                } else {
                    t
                }
            }),
        ),
    ];
    for (what, edit) in cases {
        let bytes = hostile_xlsx(edit);
        assert!(bytes.len() < 200_000, "{what}: {} bytes", bytes.len());
        let e = read_bytes("h.xlsx", &bytes).unwrap_err();
        assert!(
            matches!(e, import::ReadError::OutOfProportion { .. }),
            "{what}: {e:?}"
        );
        assert!(
            e.text(fr).contains("hors de proportion"),
            "{what}: {}",
            e.text(fr)
        );
    }
    // A CSV header of a million columns, and a cell longer than any field.
    let wide = format!("{}\n", "c;".repeat(1_000_001));
    let e = read_bytes("wide.csv", wide.as_bytes()).unwrap_err();
    assert!(
        matches!(e, import::ReadError::TooManyColumns { line: 1, .. }),
        "{e:?}"
    );
    let long = format!("Nom;Commune\n{};Rennes\n", "é".repeat(20_000));
    let e = read_bytes("long.csv", long.as_bytes()).unwrap_err();
    assert!(
        matches!(e, import::ReadError::CellTooLong { line: 2, .. }),
        "{e:?}"
    );
}

#[test]
fn import_campus_builds_a_workspace_from_a_list_without_doubles_and_writes_nothing_on_a_rejected_row()
 {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("dossiers");
    std::fs::create_dir(&ws).unwrap();
    let patmat = store::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == "patmat.ron")
        .unwrap();
    std::fs::write(ws.join("patmat.ron"), patmat.text).unwrap();
    let list = dir.path().join("liste.csv");
    std::fs::write(
        &list,
        "Nom du campus;Région académique;Filière;Date de l'arrêté;Catégorie;Durée;Décision;Référence\n\
         Campus de la mer et du littoral;Polynésie française;Transition énergétique;25/04/2022;CMQ;3;Création;MENE2212345A\n\
         Campus de l'aéronautique;Occitanie;Aéronautique;25/04/2022;excellence;2;;MENE2212345A\n\
         Campus de l'aéronautique;76;mobilite;22/09/2025;excellence;5;Renouvellement;MENE2525000A\n\
         Campus inconnu;Atlantide;Numérique;22/09/2025;CMQ;5;Création;\n\
         PatMAT;Centre-Val de Loire;Tourisme, gastronomie;01/03/2025;excellence;5;Renouvellement;\n         Campus des métiers et des qualifications d'excellence Patrimoines, métiers d'art et tourisme;24;tourisme-gastronomie;01/03/2025;excellence;5;Renouvellement;\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let out = bin()
            .args(["import", "campus"])
            .arg(&list)
            .arg("--into")
            .arg(&ws)
            .args(extra)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let files = || {
        let mut names: Vec<String> = std::fs::read_dir(&ws)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| Path::new(n).extension().is_some_and(|e| e == "ron"))
            .collect();
        names.sort();
        names
    };
    // A rejected row: the report names it, nothing is written.
    let (code, report) = run(&[]);
    assert_eq!(code, Some(1), "{report}");
    assert!(
        report.contains("liste.csv:5:") && report.contains("« Atlantide » inconnue"),
        "{report}"
    );
    assert_eq!(files(), ["patmat.ron"]);
    assert_eq!(
        std::fs::read_to_string(ws.join("patmat.ron")).unwrap(),
        patmat.text
    );
    // Accepting the others: two new dossiers, the existing campus completed.
    let (code, report) = run(&["--accept-partial"]);
    assert_eq!(code, Some(1), "{report}");
    assert_eq!(
        files(),
        [
            "campus-de-l-aeronautique.ron",
            "campus-de-la-mer-et-du-littoral.ron",
            "patmat.ron"
        ]
    );
    let load = |name: &str| store::load_file(&ws.join(name)).unwrap().dossier;
    // The vice-rectorat's campus passes check.
    let sea = load("campus-de-la-mer-et-du-littoral.ron");
    assert_eq!(sea.campus.region_academique, "987");
    assert_eq!(sea.campus.academies, ["41"]);
    let out = bin()
        .arg("check")
        .arg(ws.join("campus-de-la-mer-et-du-littoral.ron"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // Two rows, one campus, two decisions in date order.
    let air = load("campus-de-l-aeronautique.ron");
    assert_eq!(air.campus.secteur, "mobilite");
    let decisions: Vec<_> = air
        .label_decisions
        .iter()
        .map(|x| (x.date, x.kind, x.category, x.duration_years))
        .collect();
    assert_eq!(
        decisions,
        [
            (
                chrono::NaiveDate::from_ymd_opt(2022, 4, 25),
                cmq_dossiers::model::label::DecisionKind::Creation,
                cmq_dossiers::model::label::LabelCategory::Excellence,
                Some(2)
            ),
            (
                chrono::NaiveDate::from_ymd_opt(2025, 9, 22),
                cmq_dossiers::model::label::DecisionKind::Renouvellement,
                cmq_dossiers::model::label::LabelCategory::Excellence,
                Some(5)
            ),
        ]
    );
    let before = store::examples::EXAMPLES
        .iter()
        .find(|e| e.file_name == "patmat.ron")
        .map(|e| {
            store::from_text(e.text)
                .unwrap()
                .dossier
                .label_decisions
                .len()
        })
        .unwrap();
    assert_eq!(load("patmat.ron").label_decisions.len(), before + 1);
    // The same list again adds nothing: no second dossier, no decision twice.
    let (_, report) = run(&["--accept-partial"]);
    assert!(report.contains("déjà dans le dossier"), "{report}");
    assert_eq!(files().len(), 3);
    assert_eq!(
        load("campus-de-l-aeronautique.ron").label_decisions.len(),
        2
    );
    assert_eq!(load("patmat.ron").label_decisions.len(), before + 1);
}

#[test]
fn partners_bring_their_erasmus_oid_and_a_wrong_one_rejects_the_row_naming_it() {
    let sheet = read_bytes(
        "hotes.csv",
        "Nom;Pays;OID\nBerufsschule Beispiel;DE;E10012345\nEscola Exemplo;PT;E1234\n".as_bytes(),
    )
    .unwrap();
    let mapping = Mapping::guess(ImportKind::Partners, &sheet.headers);
    assert_eq!(mapping.column("oid"), Some("OID"));
    let plan = import::plan(&sheet, &mapping, &Dossier::default(), &Progress::default()).unwrap();
    assert_eq!(plan.rows[0].verdict, Verdict::New);
    assert_eq!(plan.rows[1].verdict, Verdict::Rejected);
    let said: Vec<String> = plan.rows[1]
        .errors
        .iter()
        .map(|n| n.text(cmq_dossiers::i18n::Lang::Fr.strings()))
        .collect();
    assert!(said.iter().any(|t| t.contains("« E1234 »")), "{said:?}");
    let mut d = Dossier::default();
    let mut plan = plan;
    plan.apply(EVERY_ROW);
    if let Some(edit) = plan.edit(&d, DuplicatePolicy::Skip) {
        edit.apply(&mut d).unwrap();
    }
    assert_eq!(d.partners.len(), 1);
    assert_eq!(d.partners[0].oid, "E10012345");
}

#[test]
fn in_a_campus_list_a_kind_not_given_follows_the_dates() {
    use cmq_dossiers::import::campuses;
    use cmq_dossiers::model::label::DecisionKind;
    let sheet = read_bytes(
        "liste.csv",
        "Nom du campus;Région;Filière;Date de l'arrêté\n\
         Campus A;53;numerique;\n\
         Campus A;53;numerique;25/04/2022\n\
         Campus B;1;numerique;10/03/2015\n"
            .as_bytes(),
    )
    .unwrap();
    // Campus B is already in the workspace with a later decision.
    let mut b = Dossier::default();
    b.campus.name = "Campus B".into();
    b.label_decisions
        .push(cmq_dossiers::model::label::LabelDecision {
            id: cmq_dossiers::model::ids::DecisionId("D1".into()),
            date: chrono::NaiveDate::from_ymd_opt(2022, 4, 25),
            kind: DecisionKind::Renouvellement,
            ..Default::default()
        });
    let plan = campuses::plan(&sheet, &[(PathBuf::from("b.ron"), b)]);
    assert_eq!(plan.rejected(), 0, "{plan:?}");
    let a = &plan.campuses[0];
    let kinds: Vec<_> = a.added.iter().map(|x| (x.date.is_some(), x.kind)).collect();
    // The dated arrêté is the creation; the undated one, listed first, comes after it.
    assert_eq!(
        kinds,
        [
            (true, DecisionKind::Creation),
            (false, DecisionKind::Renouvellement)
        ]
    );
    // An older arrêté than any the campus has is its creation; « 1 » is Guadeloupe's « 01 ».
    let b = &plan.campuses[1];
    assert_eq!(b.added[0].kind, DecisionKind::Creation);
    assert_eq!(b.dossier.campus.name, "Campus B");
}

#[test]
fn mobility_rows_bring_the_erasmus_fields_and_a_wrong_project_number_rejects_the_row() {
    use cmq_dossiers::model::mobility::Transport;
    let dir = tempfile::tempdir().unwrap();
    let mob = dir.path().join("participants.csv");
    std::fs::write(
        &mob,
        "Projet;Activité;Public;Ville de départ;Pays d'accueil;Ville d'accueil;Début;Fin;Participants (nombre);Transport principal;Jours de voyage financés;Moins d'opportunités\n\
         2022-1-FR01-KA121-VET-000086243;LM-SHORT-VET;Apprenants;Rennes;Allemagne;Stuttgart;06/03/2023;24/03/2023;3;train;2;oui\n\
         2022-1-FR01-KA121-VET-000086243;Job shadowing;Personnels;Rennes;IT;Turin;10/04/2023;14/04/2023;;avion;1;non\n\
         garbage-ref;SM-TTA;Personnels;Rennes;ES;Bilbao;10/04/2023;14/04/2023;;avion;1;non\n\
         2022-1-FR01-KA121-VET-000086243;SM-TTA;Personnels;Rennes;ES;Bilbao;10/04/2023;14/04/2023;;avion;2.5;non\n",
    )
    .unwrap();
    let mut d = Dossier::default();
    let plan = import_into(&mut d, ImportKind::Mobilities, &mob);
    let rejected: Vec<String> = plan
        .rejected()
        .map(|r| {
            r.errors
                .iter()
                .map(|e| e.text(cmq_dossiers::i18n::Lang::Fr.strings()))
                .collect::<Vec<_>>()
                .join(" ; ")
        })
        .collect();
    assert_eq!(rejected.len(), 2, "{rejected:?}");
    assert!(
        rejected[0].contains("« garbage-ref » n'est pas un numéro de projet Erasmus+"),
        "{rejected:?}"
    );
    assert!(
        rejected[1].contains("« 2,5 »") || rejected[1].contains("2.5"),
        "{rejected:?}"
    );
    // 3 learners + 1 staff, in one project made from its reference.
    assert_eq!(d.mobilities.len(), 4, "three learners and one staff");
    assert_eq!(d.projects.len(), 1);
    let m = &d.mobilities[0];
    assert_eq!(m.activity, ActivityType::CourteDuree);
    assert_eq!(
        (m.departure_country.as_str(), m.departure_city.as_str()),
        ("FR", "Rennes")
    );
    assert_eq!((m.country.as_str(), m.city.as_str()), ("DE", "Stuttgart"));
    assert_eq!(m.transport, Transport::Train);
    assert!(m.green_travel() && m.fewer_opportunities);
    assert_eq!(m.funded_travel_days, 2);
    assert_eq!(d.mobilities[3].transport, Transport::Avion);
    assert_eq!(d.mobilities[3].activity, ActivityType::JobShadowing);
}
