//! Cross-references by stable id: deleting a referenced record is refused, dangling ids reported.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers: a panic is a failed test"
)]

use cmq_dossiers::model::ids::{IndicatorId, PartnerId};
use cmq_dossiers::rules::{self, Severity};
use cmq_dossiers::store::{self, examples::EXAMPLES};

fn exemple() -> cmq_dossiers::model::Dossier {
    let text = EXAMPLES
        .iter()
        .find(|e| e.file_name == "campus-exemple.ron")
        .unwrap()
        .text;
    store::from_text(text).unwrap().dossier
}

#[test]
fn deleting_a_partner_still_referenced_is_refused_with_every_reference() {
    let mut d = exemple();
    let support = d.campus.etablissement_support.clone().unwrap();
    let before = d.partners.len();
    let err = d.remove_partner(&support).unwrap_err();
    assert!(
        err.references
            .iter()
            .any(|r| r.path == "campus.etablissement_support")
    );
    assert!(err.to_string().contains("établissement support"));
    assert_eq!(d.partners.len(), before, "nothing removed");
}

#[test]
fn deleting_an_unreferenced_partner_works() {
    let mut d = exemple();
    let free = d
        .partners
        .iter()
        .map(|p| p.id.clone())
        .find(|id| d.references_to_partner(id).is_empty())
        .expect("the example has a partner nobody points at");
    assert!(d.remove_partner(&free).unwrap().is_some());
    assert!(d.partner(&free).is_none());
}

#[test]
fn deleting_an_indicator_used_by_an_action_is_refused() {
    let mut d = exemple();
    let used = d.actions[0].indicators[0].clone();
    assert!(d.remove_indicator(&used).is_err());
    assert!(
        d.remove_indicator(&IndicatorId("I999".into()))
            .unwrap()
            .is_none()
    );
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
        .find(|f| f.code == "reference-inconnue")
        .expect("dangling lead reported");
    assert_eq!(f.path, "actions[2].lead");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.contains("P404"));
}
