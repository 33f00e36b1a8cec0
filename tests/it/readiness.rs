//! The readiness check: a complete dossier meets every criterion; taking away what a criterion
//! looks at makes that criterion fall, with advice.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use cmq_dossiers::model::Dossier;
use cmq_dossiers::model::label::LabelCategory;
use cmq_dossiers::model::partner::PartnerKind;
use cmq_dossiers::model::sector::FormationStatus;
use cmq_dossiers::rules::readiness::{CRITERIA, Level, readiness};
use cmq_dossiers::store::{self, examples::EXAMPLES};

/// The fictional campus, with the few conventions it lacks signed: it meets every criterion.
fn complete() -> Dossier {
    let text = EXAMPLES
        .iter()
        .find(|e| e.file_name == "campus-exemple.ron")
        .unwrap()
        .text;
    let mut d = store::from_text(text).unwrap().dossier;
    for p in &mut d.partners {
        p.convention_signed_on
            .get_or_insert(chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap());
    }
    d
}

#[test]
fn a_complete_dossier_meets_every_criterion() {
    let r = readiness(&complete());
    for a in &r.items {
        assert_eq!(
            a.level,
            Level::Met,
            "{}: {:?} {:?}",
            a.criterion.code,
            a.evidence,
            a.advice
        );
        assert!(a.advice.is_none());
        assert!(
            !a.evidence.is_empty(),
            "{} shows its evidence",
            a.criterion.code
        );
    }
    assert_eq!(r.items.len(), CRITERIA.len());
    let (got, max) = r.score(LabelCategory::Excellence);
    assert_eq!(got, max);
    assert!(
        cmq_dossiers::i18n::fill(
            cmq_dossiers::i18n::Lang::Fr.strings().criteria_version,
            &[("n", &r.version.to_string())]
        )
        .contains("2019")
    );
}

#[test]
fn each_criterion_falls_when_what_it_looks_at_is_missing() {
    type Break = fn(&mut Dossier);
    let cases: [(&str, Break); 15] = [
        ("reseau-convention", |d| {
            d.partners
                .iter_mut()
                .for_each(|p| p.convention_signed_on = None);
        }),
        ("reseau-eple-sup", |d| {
            d.partners.retain(|p| {
                !p.kind.is_eple() && !matches!(p.kind, PartnerKind::Universite | PartnerKind::Ecole)
            });
        }),
        ("reseau-entreprises", |d| {
            d.partners.retain(|p| p.kind != PartnerKind::Entreprise);
        }),
        ("reseau-recherche", |d| {
            d.partners.retain(|p| p.kind != PartnerKind::Laboratoire);
        }),
        ("pilotage-gouvernance", |d| {
            d.partners.iter_mut().for_each(|p| p.governance = false);
        }),
        ("pilotage-support", |d| {
            d.campus.etablissement_support = None;
        }),
        ("pilotage-directeur", |d| {
            d.campus.directeur.name.clear();
        }),
        ("pilotage-president", |d| {
            d.campus.president.from_business = false;
        }),
        ("formation-niveaux", |d| {
            d.sectors.clear();
        }),
        ("formation-apprentissage", |d| {
            d.sectors
                .iter_mut()
                .flat_map(|s| s.formations.iter_mut())
                .for_each(|f| f.status = FormationStatus::Scolaire);
        }),
        ("lieu-de-vie", |d| {
            d.campus.lieu_de_vie.clear();
        }),
        ("international", |d| {
            d.mobilities.clear();
            d.partners.retain(|p| p.kind != PartnerKind::Etranger);
        }),
        ("plan-actions", |d| {
            d.actions.clear();
        }),
        ("indicateurs", |d| {
            d.indicators.clear();
        }),
        ("label-duree", |d| {
            d.label_decisions[2].duration_years = Some(7);
        }),
    ];
    assert_eq!(cases.len(), CRITERIA.len(), "one case per criterion");
    for (code, break_it) in cases {
        let mut d = complete();
        break_it(&mut d);
        let r = readiness(&d);
        let a = r.get(code).unwrap_or_else(|| panic!("no criterion {code}"));
        assert_ne!(a.level, Level::Met, "{code} should fall");
        assert!(a.advice.is_some(), "{code} says what to add");
        assert!(r.score(LabelCategory::Excellence).0 < r.score(LabelCategory::Excellence).1);
    }
}

#[test]
fn partly_met_criteria_count_half() {
    let mut d = complete();
    d.campus.president.from_business = false;
    let r = readiness(&d);
    assert_eq!(r.get("pilotage-president").unwrap().level, Level::Partly);
    let (got, max) = r.score(LabelCategory::Cmq);
    assert_eq!(got + 1, max);
}

#[test]
fn research_is_required_only_for_excellence() {
    let mut d = complete();
    d.partners.retain(|p| p.kind != PartnerKind::Laboratoire);
    let r = readiness(&d);
    let (cmq, cmq_max) = r.score(LabelCategory::Cmq);
    assert_eq!(cmq, cmq_max, "a CMQ does not need a laboratory");
    let (exc, exc_max) = r.score(LabelCategory::Excellence);
    assert_eq!(exc + 2, exc_max);
}
