//! The subcommands. Exit status: 0 success, 1 compile or program error
//! (a program's own status is passed through by `run`), 2 usage error.

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "molt", version, about = "An ahead-of-time compiler for Python 3.12")]
pub struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a program into a standalone executable.
    Build {
        /// The entry file.
        file: PathBuf,
        /// Where to write the executable (default: the file name without `.py`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print the Molt IR instead of building.
        #[arg(long)]
        emit_ir: bool,
    },
    /// Compile (cached) and run a program; arguments after the file go to it.
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run the differential test suite against CPython 3.12.
    Test {
        /// Test files or directories (default: tests/differential).
        paths: Vec<PathBuf>,
        /// Parallel jobs (default: number of CPUs).
        #[arg(short, long)]
        jobs: Option<usize>,
    },
    /// Run the benchmarks against CPython 3.12 (and PyPy when installed).
    Bench {
        /// Benchmark names (default: all of bench/*.py).
        names: Vec<String>,
        /// Also write the results as JSON under bench/results/.
        #[arg(long)]
        json: bool,
        /// Runs per interpreter and benchmark.
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Compare a program's output and timing under CPython and Molt.
    Compare { file: PathBuf },
    /// Internal: run an executable and report its peak RSS (used by bench).
    #[command(name = "__rss", hide = true)]
    Rss { exe: PathBuf },
}

pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Cmd::Build { file, output, emit_ir } => build(&file, output, emit_ir),
        Cmd::Run { file, args } => run_program(&file, &args),
        Cmd::Test { paths, jobs } => molt_harness::differential::main(&paths, jobs),
        Cmd::Bench { names, json, runs } => molt_harness::bench::main(&names, json, runs),
        Cmd::Compare { file } => molt_harness::compare::main(&file),
        Cmd::Rss { exe } => molt_harness::bench::measure_rss(&exe),
    }
}

fn check_file(file: &Path) -> Result<(), u8> {
    if !file.is_file() {
        eprintln!("molt: error: can't open file '{}': No such file or directory", file.display());
        return Err(2);
    }
    Ok(())
}

fn build(file: &Path, output: Option<PathBuf>, emit_ir: bool) -> u8 {
    if let Err(code) = check_file(file) {
        return code;
    }
    if emit_ir {
        return match molt_driver::compile_ir(file) {
            Ok(p) => {
                print!("{}", molt_ir::printer::print_program(&p));
                0
            }
            Err(e) => report(e),
        };
    }
    let output = output.unwrap_or_else(|| file.with_extension(""));
    match molt_driver::build(file, &output) {
        Ok(()) => 0,
        Err(e) => report(e),
    }
}

fn report(e: molt_driver::BuildError) -> u8 {
    eprintln!("{e}");
    1
}

fn run_program(file: &Path, args: &[String]) -> u8 {
    if let Err(code) = check_file(file) {
        return code;
    }
    let exe = match molt_driver::build_cached(file) {
        Ok(p) => p,
        Err(e) => return report(e),
    };
    let status = Command::new(&exe).arg0_compat(file).args(args).status();
    match status {
        Ok(s) => exit_code(s),
        Err(e) => {
            eprintln!("molt: error: cannot run {}: {e}", exe.display());
            1
        }
    }
}

/// The status to pass through: the program's exit code, or 128+signal.
fn exit_code(s: std::process::ExitStatus) -> u8 {
    use std::os::unix::process::ExitStatusExt;
    match (s.code(), s.signal()) {
        (Some(c), _) => c as u8,
        (None, Some(sig)) => 128 + sig as u8,
        _ => 1,
    }
}

/// `sys.argv[0]` is the script path, as under CPython.
trait Arg0 {
    fn arg0_compat(&mut self, file: &Path) -> &mut Self;
}

impl Arg0 for Command {
    fn arg0_compat(&mut self, file: &Path) -> &mut Self {
        use std::os::unix::process::CommandExt;
        self.arg0(file.as_os_str())
    }
}
