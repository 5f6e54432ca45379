//! Runs the differential suite (`molt test`) as part of `cargo test`.
//!
//! A custom harness, so the suite's own report and summary line are
//! printed as they are.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let status = Command::new(env!("CARGO_BIN_EXE_molt"))
        .arg("test")
        .current_dir(root)
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("cannot run molt test: {e}");
            ExitCode::FAILURE
        }
    }
}
