//! PDF documents, checked the way a reader would: text extracted with `pdftotext`, fonts listed
//! with `pdffonts` (poppler-utils, installed by `.ci/run`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use cmq_dossiers::export::pdf::{Document, PdfOptions, to_pdf};
use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::ids::PartnerId;
use cmq_dossiers::rules::calendar::CalendarRules;
use cmq_dossiers::store::{self, examples::EXAMPLES};

use crate::common::exemple;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn write_pdf(dir: &Path, name: &str, d: &Dossier, options: &PdfOptions) -> PathBuf {
    let bytes = to_pdf(d, options, &CalendarRules::default(), today()).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    // typst sets French apostrophes (’); compare with the plain ones of the data.
    String::from_utf8_lossy(&out.stdout).replace('’', "'")
}

fn pages(text: &str) -> usize {
    text.matches('\u{c}').count()
}

/// Collapses runs of spaces, as `-layout` may spread a table cell.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_example_prints_its_campus_its_partners_and_embedded_fonts() {
    let dir = tempfile::tempdir().unwrap();
    for ex in EXAMPLES {
        let d = store::from_text(ex.text).unwrap().dossier;
        for document in [Document::Summary, Document::Application] {
            let options = PdfOptions {
                document,
                ..PdfOptions::default()
            };
            let path = write_pdf(
                dir.path(),
                &format!("{}-{document:?}.pdf", ex.file_name),
                &d,
                &options,
            );
            let text = squeeze(&pdftotext(&path));
            assert!(
                text.contains("Campus des métiers et des qualifications"),
                "{}",
                ex.file_name
            );
            assert!(
                text.contains(&squeeze(d.campus.display_name())),
                "{}: campus name",
                ex.file_name
            );
            for p in &d.partners {
                let first_words: String = p
                    .name
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(
                    text.contains(&first_words),
                    "{}: partner {}",
                    ex.file_name,
                    p.name
                );
            }
            assert!(text.contains("Page 1 /"), "page numbers");
            let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
            let fonts = String::from_utf8_lossy(&fonts.stdout);
            assert!(fonts.contains("DejaVuSans"), "{fonts}");
            for line in fonts.lines().skip(2) {
                let cols: Vec<&str> = line.split_whitespace().collect();
                // name type encoding emb sub uni ...: « emb » is « yes » for every font.
                assert!(
                    cols.iter().rev().nth(3) == Some(&"yes") || cols.contains(&"yes"),
                    "embedded: {line}"
                );
            }
        }
    }
}

#[test]
fn the_fictional_campus_fills_several_pages_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let text = EXAMPLES
        .iter()
        .find(|e| e.file_name == "campus-exemple.ron")
        .unwrap()
        .text;
    let d = store::from_text(text).unwrap().dossier;
    let path = write_pdf(dir.path(), "exemple.pdf", &d, &PdfOptions::default());
    let text = pdftotext(&path);
    assert!(pages(&text) >= 3, "{} pages", pages(&text));
    let order = [
        "Identité et label",
        "Partenaires (50)",
        "Filières et formations",
        "Plan d'actions",
        "Mobilité Erasmus+",
        "Indicateurs",
        "Calendrier du label",
        "Grille des critères",
    ];
    // Each heading comes after the previous one (a heading word may also appear in a cell).
    let mut from = 0;
    for h in order {
        let at = text[from..]
            .find(h)
            .unwrap_or_else(|| panic!("{h} missing after byte {from}"));
        from += at + h.len();
    }
    assert!(
        text.contains("6 février 2020") || text.contains("25 avril 2022"),
        "French dates"
    );

    let application = write_pdf(
        dir.path(),
        "candidature.pdf",
        &d,
        &PdfOptions {
            document: Document::Application,
            ..PdfOptions::default()
        },
    );
    let text = squeeze(&pdftotext(&application));
    for part in [
        "I. Analyse d'opportunité",
        "II. Offre de formation",
        "III. Partenariats",
        "IV. Projet pédagogique",
        "V. Pilotage et organisation",
        "VI. Ouverture internationale",
        "VII. Plan d'actions et indicateurs",
    ] {
        assert!(text.contains(part), "{part}");
    }
    assert!(
        text.contains("Le territoire compte 300 entreprises"),
        "the referent's own text"
    );
}

#[test]
fn a_dossier_with_500_partners_gives_a_long_table_with_its_header_on_every_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = Dossier::default();
    d.campus.name = "Campus des cinq cents partenaires".into();
    let template = exemple().partners[20].clone();
    for i in 0..500 {
        let mut p = template.clone();
        p.id = PartnerId(format!("P{i}"));
        p.name = format!("Entreprise numéro {i:03}");
        d.partners.push(p);
    }
    let options = PdfOptions {
        sections: vec!["partners".into()],
        ..PdfOptions::default()
    };
    let path = write_pdf(dir.path(), "500.pdf", &d, &options);
    let text = pdftotext(&path);
    let n = pages(&text);
    assert!(n >= 8, "{n} pages");
    let pages_with_header = text
        .split('\u{c}')
        .filter(|p| p.contains("Nom") && p.contains("SIRET"))
        .count();
    assert!(
        pages_with_header >= n - 1,
        "header repeated: {pages_with_header} of {n}"
    );
    for i in [0, 250, 499] {
        assert!(
            text.contains(&format!("Entreprise numéro {i:03}")),
            "row {i} kept"
        );
    }
}

#[test]
fn the_budget_total_is_never_alone_at_the_top_of_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let example = exemple();
    let options = PdfOptions {
        sections: vec!["actions".into()],
        ..PdfOptions::default()
    };
    // Around the numbers of actions that fill a page to its last line (54 did, with the total
    // alone on the next page).
    for n in 45..=75 {
        let mut d = example.clone();
        let template = d.actions[0].clone();
        d.actions = (0..n)
            .map(|i| {
                let mut a = template.clone();
                a.id = cmq_dossiers::model::ids::ActionId(format!("A{i}"));
                a.title = format!("Action numéro {i:03}");
                // One line per row, so that some count of rows fills a page to its last line.
                a.axis = "Axe 1".into();
                a
            })
            .collect();
        let path = write_pdf(dir.path(), &format!("{n}.pdf"), &d, &options);
        let text = pdftotext(&path);
        for page in text.split('\u{c}') {
            if page.contains("Budget total") {
                assert!(
                    page.contains("Action numéro"),
                    "{n} actions: the total is alone on its page:\n{page}"
                );
            }
        }
    }
}

#[test]
fn in_the_application_a_subheading_stands_on_its_own_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = store::from_text(
        EXAMPLES
            .iter()
            .find(|e| e.file_name == "mobicampus.ron")
            .unwrap()
            .text,
    )
    .unwrap()
    .dossier;
    d.application = cmq_dossiers::model::application::ApplicationTexts::default();
    d.campus.lieu_de_vie.clear();
    let options = PdfOptions {
        document: Document::Application,
        ..PdfOptions::default()
    };
    let path = write_pdf(dir.path(), "candidature.pdf", &d, &options);
    let text = pdftotext(&path);
    let line = text
        .lines()
        .find(|l| l.contains("Lieu de vie") && !l.contains("hébergement"))
        .expect("the « Lieu de vie » heading");
    assert_eq!(line.trim(), "Lieu de vie", "a line of its own: {line:?}");
}

#[test]
fn a_very_long_word_breaks_inside_its_cell_and_stacked_marks_are_capped() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = Dossier::default();
    d.campus.name = "Campus des mots longs".into();
    let word: String = "Abcdefghij".repeat(12);
    let mut p = cmq_dossiers::model::partner::Partner {
        id: PartnerId("P1".into()),
        name: word.clone(),
        ..Default::default()
    };
    d.partners.push(p.clone());
    p.id = PartnerId("P2".into());
    p.name = format!("E{} fin", "\u{301}".repeat(2000));
    d.partners.push(p);
    let options = PdfOptions {
        sections: vec!["partners".into()],
        ..PdfOptions::default()
    };
    let path = write_pdf(dir.path(), "mots.pdf", &d, &options);
    let text = pdftotext(&path).replace('\u{200b}', "");
    // Cut into pieces on several lines, none longer than a cell; nothing lost.
    assert!(!text.contains(&word), "the 120-letter word was not broken");
    let pieces: String = text
        .lines()
        .flat_map(str::split_whitespace)
        .filter(|w| {
            w.starts_with("Abcdefghij") || w.starts_with("bcdefghij") || w.contains("Abcde")
        })
        .collect();
    assert!(pieces.contains("AbcdefghijAbcdefghij"), "{text}");
    let marks = text.chars().filter(|c| *c == '\u{301}').count();
    assert!(marks <= 3, "{marks} combining marks printed");
}

#[test]
fn an_emoji_prints_with_the_embedded_emoji_font() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = Dossier::default();
    d.campus.name = "Campus de la mer 🌊".into();
    d.partners.push(cmq_dossiers::model::partner::Partner {
        id: PartnerId("P1".into()),
        name: "Fusées 🚀 de l'Atlantique".into(),
        ..Default::default()
    });
    let options = PdfOptions {
        sections: vec!["identity".into(), "partners".into()],
        ..PdfOptions::default()
    };
    let path = write_pdf(dir.path(), "emoji.pdf", &d, &options);
    let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    // Without a font that has them, the two emoji are drawn as DejaVu's empty box.
    assert!(fonts.contains("NotoEmoji"), "{fonts}");
    let text = pdftotext(&path);
    assert!(text.contains('🚀') && text.contains('🌊'), "{text}");
}

#[test]
fn a_dossier_too_large_to_lay_out_gets_an_error_naming_the_limit_not_an_abort() {
    use cmq_dossiers::export::pdf::{MAX_CHARS, MAX_ROWS, PdfError};
    let s = cmq_dossiers::i18n::Lang::Fr.strings();
    let mut d = Dossier::default();
    d.campus.name = "Campus aux mille partenaires".into();
    d.partners = (1..=MAX_ROWS + 1)
        .map(|n| cmq_dossiers::model::partner::Partner {
            id: PartnerId(format!("P{n}")),
            name: format!("Entreprise {n}"),
            ..Default::default()
        })
        .collect();
    let rules = CalendarRules::default();
    let refused = to_pdf(&d, &PdfOptions::default(), &rules, today());
    let Err(e @ PdfError::TooManyRows { rows }) = refused else {
        panic!("{} partners laid out", d.partners.len());
    };
    assert_eq!(rows, MAX_ROWS + 1);
    let said = e.text(s);
    assert!(
        said.contains(&s.whole((MAX_ROWS + 1) as u64)) && said.contains(&s.whole(MAX_ROWS as u64)),
        "{said}"
    );
    // Without the partners' list the same dossier prints.
    let identity = PdfOptions {
        sections: vec!["identity".into()],
        ..PdfOptions::default()
    };
    assert!(to_pdf(&d, &identity, &rules, today()).is_ok());
    // A text longer than a PDF holds, in the application.
    let mut d = exemple();
    d.application.opportunite = "Le territoire recrute. ".repeat(MAX_CHARS / 20);
    let application = PdfOptions {
        document: Document::Application,
        ..PdfOptions::default()
    };
    let refused = to_pdf(&d, &application, &rules, today());
    assert!(
        matches!(refused, Err(PdfError::TooMuchText { chars }) if chars > MAX_CHARS),
        "{refused:?}"
    );
}

#[test]
fn the_pdf_banner_says_whether_the_label_is_held_or_expired() {
    let dir = tempfile::tempdir().unwrap();
    for (years, said) in [
        (2, "label CMQ « excellence » expiré le 25 avril 2024"),
        (5, "CMQ « excellence » jusqu'au 25 avril 2027"),
    ] {
        let mut d = Dossier::default();
        d.campus.name = format!("Campus {years} ans");
        d.label_decisions
            .push(cmq_dossiers::model::label::LabelDecision {
                id: cmq_dossiers::model::ids::DecisionId("D1".into()),
                category: cmq_dossiers::model::label::LabelCategory::Excellence,
                date: chrono::NaiveDate::from_ymd_opt(2022, 4, 25),
                duration_years: Some(years),
                ..Default::default()
            });
        let options = PdfOptions {
            sections: vec!["identity".into()],
            ..PdfOptions::default()
        };
        let bytes = to_pdf(
            &d,
            &options,
            &CalendarRules::default(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
        )
        .unwrap();
        let path = dir.path().join(format!("c{years}.pdf"));
        std::fs::write(&path, bytes).unwrap();
        let text = squeeze(&pdftotext(&path));
        assert!(text.contains(said), "{years} years: {text}");
        // The banner's title names the category held today only.
        let held = text.contains("Campus des métiers et des qualifications « excellence »");
        assert_eq!(held, years == 5, "{text}");
    }
}
