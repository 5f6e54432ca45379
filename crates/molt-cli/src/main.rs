//! `molt`: the command-line interface.

mod commands;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = commands::Cli::parse();
    ExitCode::from(commands::run(cli))
}
