//! The project's shared public test data (`../shared/testdata/`: directory extracts, UAI and
//! SIRET samples…), read where it lies, never copied into the project.

use std::path::PathBuf;

/// The shared test data file `name`: under `$CMQ_TESTDATA`, else `../shared/testdata/` beside
/// the project, else `/work/shared/testdata/`. `None` (said on standard error, so the test
/// skips) when none has it; with `CMQ_REQUIRE_TESTDATA` set, as CI sets it, a panic instead.
pub fn shared(name: &str) -> Option<PathBuf> {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let found = [
        std::env::var_os("CMQ_TESTDATA").map(PathBuf::from),
        Some(manifest.join("../shared/testdata")),
        Some(PathBuf::from("/work/shared/testdata")),
    ]
    .into_iter()
    .flatten()
    .map(|dir| dir.join(name))
    .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CMQ_REQUIRE_TESTDATA").is_none(),
            "shared test data {name} not found (set CMQ_TESTDATA to the shared/testdata folder)"
        );
        eprintln!("skipped: shared test data {name} not found (set CMQ_TESTDATA)");
    }
    found
}
