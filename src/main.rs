//! The `cmq-dossiers` binary: the window, or a command-line tool (`check`, `timeline`, `fmt`).

use std::process::ExitCode;

use cmq_dossiers::cli::{self, Command};
use cmq_dossiers::i18n::{Lang, fill};
use cmq_dossiers::ui;

fn main() -> ExitCode {
    let s = Lang::from_env().strings();
    let command = match cli::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", e.text(s));
            return ExitCode::from(2);
        }
    };
    match command {
        Command::Gui {
            workspace,
            examples,
        } => match ui::run(workspace, examples) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", fill(s.window_failed, &[("reason", &e.to_string())]));
                ExitCode::FAILURE
            }
        },
        Command::GuiDossier(path) => match ui::run_on_dossier(path) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", fill(s.window_failed, &[("reason", &e.to_string())]));
                ExitCode::FAILURE
            }
        },
        other => match cli::run(&other, &mut std::io::stdout().lock()) {
            Ok(code) => ExitCode::from(code),
            // `cmq-dossiers timeline … | head`: the reader left; that is not an error.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", fill(s.output_failed, &[("reason", &e.to_string())]));
                ExitCode::from(2)
            }
        },
    }
}
