//! The `cmq-dossiers` binary: the window, or a command-line tool (`check`, `timeline`, `fmt`).

use std::process::ExitCode;

use cmq_dossiers::cli::{self, Command};
use cmq_dossiers::ui;

fn main() -> ExitCode {
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Gui { workspace } => match ui::run(workspace) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("CMQ Dossiers n'a pas pu ouvrir sa fenêtre : {e}");
                ExitCode::FAILURE
            }
        },
        other => match cli::run(&other, &mut std::io::stdout().lock()) {
            Ok(code) => ExitCode::from(code),
            // `cmq-dossiers timeline … | head`: the reader left; that is not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("écriture de la sortie impossible : {e}");
                ExitCode::from(2)
            }
        },
    }
}
