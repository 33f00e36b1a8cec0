//! The readiness check: a complete dossier shows every criterion; taking away what a criterion
//! looks at makes that criterion fall, with advice; each criterion names its source.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::ids::PartnerId;
use cmq_dossiers::model::label::LabelCategory;
use cmq_dossiers::model::mobility::Direction;
use cmq_dossiers::model::partner::{Partner, PartnerKind};
use cmq_dossiers::model::sector::FormationStatus;
use cmq_dossiers::rules::readiness::{CRITERIA, Level, Part, SourceKind, readiness};

use crate::common::{bin, exemple};

/// The fictional campus, with the few conventions it lacks signed and the rectorat in its
/// governance: it shows every criterion.
fn complete() -> Dossier {
    let mut d = exemple();
    for p in &mut d.partners {
        p.convention_signed_on
            .get_or_insert(chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap());
    }
    d.partners.push(Partner {
        id: PartnerId("P900".into()),
        name: "Rectorat de l'académie de Rennes".into(),
        kind: PartnerKind::Etat,
        governance: true,
        convention_signed_on: chrono::NaiveDate::from_ymd_opt(2015, 2, 2),
        ..Partner::default()
    });
    d
}

#[test]
fn a_complete_dossier_shows_every_criterion_and_each_names_its_source() {
    let s = cmq_dossiers::i18n::Lang::Fr.strings();
    let r = readiness(&complete());
    assert_eq!(r.items.len(), CRITERIA.len());
    for a in &r.items {
        assert!(
            matches!(a.level, Level::Met | Level::ToCheck),
            "{}: {:?} {:?}",
            a.criterion.code,
            a.evidence,
            a.advice
        );
        assert!(
            !a.evidence.is_empty(),
            "{} shows its evidence",
            a.criterion.code
        );
        let source = (s.source_text)(&a.criterion.source);
        assert!(!source.trim().is_empty(), "{}", a.criterion.code);
        // Only practice may cite no text.
        assert_eq!(
            a.criterion.source.citation.is_empty(),
            a.criterion.source.kind == SourceKind::Practice,
            "{}",
            a.criterion.code
        );
    }
    // What the law requires comes first, and it cites the Code de l'éducation.
    assert_eq!(r.items[0].criterion.part, Part::Law);
    assert!(
        r.items
            .iter()
            .filter(|a| a.criterion.part == Part::Law)
            .all(|a| a.criterion.source.citation.contains("D335-33"))
    );
    // Invented items are gone: no « durée du label », no « trois entreprises ».
    for a in &r.items {
        let title = (s.criterion_title)(a.criterion.check).to_lowercase();
        assert!(
            !title.contains("durée") && !title.contains("entreprises partenaires"),
            "{title}"
        );
    }
    let (met, all) = r.met(LabelCategory::Cmq);
    assert!(met > 0 && met <= all);
}

#[test]
fn each_criterion_falls_when_what_it_looks_at_is_missing() {
    type Break = fn(&mut Dossier);
    let cases: [(&str, Break); 22] = [
        ("loi-convention", |d| {
            d.partners
                .iter_mut()
                .for_each(|p| p.convention_signed_on = None);
        }),
        ("loi-eple", |d| {
            d.partners.retain(|p| !p.kind.is_eple());
        }),
        ("loi-gouvernance", |d| {
            d.partners.iter_mut().for_each(|p| p.governance = false);
        }),
        ("loi-lieu-de-vie", |d| {
            d.campus.lieu_de_vie.clear();
        }),
        ("loi-publics", |d| {
            d.sectors.clear();
            d.partners.retain(|p| {
                !matches!(
                    p.kind,
                    PartnerKind::Universite | PartnerKind::Ecole | PartnerKind::FormationContinue
                )
            });
        }),
        ("cdc-opportunite", |d| {
            d.application.opportunite.clear();
        }),
        ("cdc-gouvernance-etat-region-economie", |d| {
            d.partners
                .iter_mut()
                .filter(|p| p.kind == PartnerKind::Etat)
                .for_each(|p| p.governance = false);
        }),
        ("cdc-continuum", |d| {
            d.sectors
                .iter_mut()
                .flat_map(|s| s.formations.iter_mut())
                .for_each(|f| f.level = 4);
        }),
        ("cdc-statuts", |d| {
            d.sectors
                .iter_mut()
                .flat_map(|s| s.formations.iter_mut())
                .for_each(|f| f.status = FormationStatus::Scolaire);
        }),
        ("cdc-inclusion", |d| {
            d.mobilities
                .iter_mut()
                .for_each(|m| m.fewer_opportunities = false);
        }),
        ("cdc-orientation", |d| {
            d.actions.clear();
        }),
        ("cdc-international", |d| {
            // Participants coming in count for their own country's project, not this one.
            d.mobilities
                .iter_mut()
                .for_each(|m| m.direction = Direction::Entrante);
        }),
        ("excellence-lieu", |d| {
            d.campus.lieu_de_vie.clear();
        }),
        ("excellence-recherche", |d| {
            d.partners.retain(|p| p.kind != PartnerKind::Laboratoire);
        }),
        ("excellence-rayonnement", |d| {
            d.mobilities.clear();
        }),
        ("excellence-partenariats", |d| {
            d.partners.retain(|p| p.kind != PartnerKind::Etranger);
        }),
        ("excellence-innovation", |d| {
            d.application.projet_pedagogique.clear();
        }),
        ("pratique-support", |d| {
            d.campus.etablissement_support = None;
        }),
        ("pratique-directeur", |d| {
            d.campus.directeur.name.clear();
        }),
        ("pratique-president", |d| {
            d.campus.president.from_business = false;
        }),
        ("pratique-plan-actions", |d| {
            d.actions.clear();
        }),
        ("pratique-indicateurs", |d| {
            d.indicators.clear();
        }),
    ];
    assert_eq!(cases.len(), CRITERIA.len(), "one case per criterion");
    for (code, break_it) in cases {
        let before = readiness(&complete());
        let mut d = complete();
        break_it(&mut d);
        let r = readiness(&d);
        let a = r.get(code).unwrap_or_else(|| panic!("no criterion {code}"));
        assert!(
            a.level < before.get(code).unwrap().level,
            "{code} should fall: {:?}",
            a.level
        );
        assert!(a.advice.is_some(), "{code} says what to add");
    }
}

#[test]
fn foreign_hosts_need_not_sign_and_a_university_may_carry_the_campus() {
    let mut d = complete();
    // A host abroad signs no French convention.
    for p in d
        .partners
        .iter_mut()
        .filter(|p| p.kind == PartnerKind::Etranger)
    {
        p.convention_signed_on = None;
    }
    let r = readiness(&d);
    assert_eq!(r.get("loi-convention").unwrap().level, Level::Met);
    // MOBICAMPUS is carried by a university (seed 000).
    let university = d
        .partners
        .iter()
        .find(|p| p.kind == PartnerKind::Universite)
        .map(|p| p.id.clone());
    assert!(university.is_some());
    d.campus.etablissement_support = university;
    let r = readiness(&d);
    assert_eq!(r.get("pratique-support").unwrap().level, Level::Met);
}

#[test]
fn excellence_requirements_count_only_for_excellence() {
    let mut d = complete();
    d.partners.retain(|p| p.kind != PartnerKind::Laboratoire);
    let r = readiness(&d);
    let cmq: Vec<_> = r.for_category(LabelCategory::Cmq).collect();
    assert!(cmq.iter().all(|a| a.criterion.part != Part::Excellence));
    let (met_cmq, all_cmq) = r.met(LabelCategory::Cmq);
    let (met_exc, all_exc) = r.met(LabelCategory::Excellence);
    assert!(all_exc > all_cmq);
    assert!(met_exc - met_cmq < all_exc - all_cmq, "research is missing");
}

#[test]
fn check_readiness_json_gives_every_criterion_a_source_and_the_application_pdf_no_score() {
    let out = bin()
        .args(["check", "--readiness", "--json"])
        .arg(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/examples/campus-exemple.ron"),
        )
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = json[0]["items"].as_array().unwrap();
    assert_eq!(items.len(), CRITERIA.len());
    for item in items {
        let source = item["source"].as_str().unwrap_or_default();
        assert!(!source.trim().is_empty(), "{item}");
        assert!(!item["title"].as_str().unwrap().contains("Durée"), "{item}");
    }
    assert!(json[0].get("score_cmq").is_none());
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("candidature.pdf");
    let made = bin()
        .arg("export")
        .arg(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/examples/campus-exemple.ron"),
        )
        .args(["--format", "pdf", "--document", "application", "--output"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).to_lowercase();
    assert!(!text.contains("score"), "no score in the application");
    assert!(text.contains("d335-33"), "sources are printed");
}
