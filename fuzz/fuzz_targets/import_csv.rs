//! The CSV import on arbitrary bytes: reading, guessing a mapping and checking every row, for
//! each list; never a panic or a hang.
#![no_main]

use std::path::Path;

use cmq_dossiers::import::{self, ImportKind, Mapping};
use cmq_dossiers::model::Dossier;
use cmq_dossiers::session::Progress;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let progress = Progress::default();
    let Ok(sheet) = import::read::read_csv(data, Path::new("fuzz.csv"), &progress) else {
        return;
    };
    let dossier = Dossier::default();
    for kind in ImportKind::ALL {
        let mapping = Mapping::guess(kind, &sheet.headers);
        if let Some(plan) = import::plan(&sheet, &mapping, &dossier, &progress) {
            for r in &plan.rows {
                assert!(r.line >= 1);
            }
            if let Some(edit) = plan.edit(&dossier, import::DuplicatePolicy::Add) {
                let mut d = dossier.clone();
                assert!(edit.apply(&mut d).is_ok());
            }
        }
    }
});
