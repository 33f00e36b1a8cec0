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

/// A small deterministic generator (xorshift64*), so a failing sequence can be replayed.
pub struct Rng(pub u64);

impl Rng {
    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}
