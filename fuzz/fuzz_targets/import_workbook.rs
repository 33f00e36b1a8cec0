//! The spreadsheet import (XLSX, XLS, ODS through calamine) on arbitrary bytes: never a panic or
//! a hang; a damaged workbook is an error naming the file.
#![no_main]

use std::path::Path;

use cmq_dossiers::import::{self, ImportKind, Mapping};
use cmq_dossiers::model::Dossier;
use cmq_dossiers::session::Progress;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let progress = Progress::default();
    let Ok(sheet) = import::read::read_workbook(data, Path::new("fuzz.xlsx"), &progress) else {
        return;
    };
    let dossier = Dossier::default();
    let mapping = Mapping::guess(ImportKind::Partners, &sheet.headers);
    let _ = import::plan(&sheet, &mapping, &dossier, &progress);
});
