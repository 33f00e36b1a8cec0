//! The dossier loader on arbitrary bytes: never a panic or a hang, and every refusal carries a
//! position in the file.
#![no_main]

use cmq_dossiers::store::{self, StoreErrorKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let result = store::decode(data.to_vec()).and_then(|text| store::from_text(&text));
    match result {
        Ok(loaded) => {
            // What loads can be validated and written back.
            let _ = cmq_dossiers::rules::validate(&loaded.dossier);
            assert!(store::to_text(&loaded.dossier).is_ok());
        }
        Err(StoreErrorKind::Syntax { position, .. }) => {
            assert!(position.line >= 1 && position.col >= 1);
        }
        Err(StoreErrorKind::NewerVersion(_)) => {}
        Err(other) => panic!("unexpected error kind: {other:?}"),
    }
});
