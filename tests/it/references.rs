//! Cross-references by stable id: who points at a record, deleting it with its references in one
//! edit, and dangling ids in a file reported.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use crate::common::exemple;
use cmq_dossiers::model::ids::PartnerId;
use cmq_dossiers::rules::{self, Severity};
use cmq_dossiers::session::{ListKind, delete_with_references};

#[test]
fn every_reference_to_a_partner_is_found() {
    let d = exemple();
    let support = d.campus.etablissement_support.clone().unwrap();
    let refs = d.references_to_partner(&support);
    assert!(
        refs.iter()
            .any(|r| r.path == "campus.etablissement_support")
    );
    assert!(
        refs.iter()
            .any(|r| r.from == cmq_dossiers::model::Referrer::CampusSupport)
    );
    for r in &refs {
        assert!(
            r.path.starts_with("campus.")
                || r.path.starts_with("actions[")
                || r.path.starts_with("sectors["),
            "{}",
            r.path
        );
    }
}

#[test]
fn deleting_a_referenced_partner_clears_every_reference_in_the_same_edit() {
    let mut d = exemple();
    let support = d.campus.etablissement_support.clone().unwrap();
    let index = d.partners.iter().position(|p| p.id == support).unwrap();
    let edit = delete_with_references(&d, ListKind::Partners, index).unwrap();
    edit.apply(&mut d).unwrap();
    assert!(d.partner(&support).is_none());
    assert!(d.references_to_partner(&support).is_empty());
    assert!(
        rules::validate(&d)
            .iter()
            .all(|f| f.code() != "reference-inconnue")
    );
}

#[test]
fn deleting_an_indicator_used_by_actions_clears_their_links() {
    let mut d = exemple();
    let used = d.actions[0].indicators[0].clone();
    assert!(!d.references_to_indicator(&used).is_empty());
    let index = d.indicators.iter().position(|x| x.id == used).unwrap();
    delete_with_references(&d, ListKind::Indicators, index)
        .unwrap()
        .apply(&mut d)
        .unwrap();
    assert!(d.references_to_indicator(&used).is_empty());
    assert!(delete_with_references(&d, ListKind::Indicators, 999).is_none());
}

#[test]
fn a_dangling_reference_in_a_file_is_reported_at_its_path() {
    let mut d = exemple();
    assert!(
        rules::validate(&d)
            .iter()
            .all(|f| f.severity != Severity::Error)
    );
    d.actions[2].lead = Some(PartnerId("P404".into()));
    let findings = rules::validate(&d);
    let f = findings
        .iter()
        .find(|f| f.code() == "reference-inconnue")
        .expect("dangling lead reported");
    assert_eq!(f.path, "actions[2].lead");
    assert_eq!(f.severity, Severity::Error);
    assert!((cmq_dossiers::i18n::Lang::Fr.strings().issue)(&f.issue).contains("P404"));
}
