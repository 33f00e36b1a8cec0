//! What several test modules share: the command as a user runs it, and the example campus.

use std::process::Command;

use cmq_dossiers::model::Dossier;
use cmq_dossiers::store::{self, examples::EXAMPLES};

/// The command, speaking French whatever the machine's locale.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cmq-dossiers"));
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8");
    c
}

/// The bundled fictional campus that fills every field.
pub fn exemple() -> Dossier {
    let Some(example) = EXAMPLES
        .iter()
        .find(|e| e.file_name == "campus-exemple.ron")
    else {
        panic!("the bundled example campus-exemple.ron");
    };
    match store::from_text(example.text) {
        Ok(loaded) => loaded.dossier,
        Err(e) => panic!("the bundled example reads: {e}"),
    }
}

/// The text of the bundled fictional campus.
pub fn exemple_text() -> &'static str {
    EXAMPLES
        .iter()
        .find(|e| e.file_name == "campus-exemple.ron")
        .map_or("", |e| e.text)
}
