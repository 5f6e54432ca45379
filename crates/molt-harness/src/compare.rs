//! `molt compare FILE`: one program under CPython and under Molt, outputs
//! checked equal, times shown side by side.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::cpython;

pub fn main(file: &Path) -> u8 {
    if !file.is_file() {
        eprintln!("molt: error: can't open file '{}': No such file or directory", file.display());
        return 2;
    }
    let python = match cpython::find() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("molt compare: {e}");
            return 1;
        }
    };
    let exe = match molt_driver::build_cached(file) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let timeout = Duration::from_secs(600);
    let mut py = Command::new(&python);
    py.arg(file).env("PYTHONHASHSEED", "0");
    let mut molt = Command::new(&exe);
    molt.env("PYTHONHASHSEED", "0");
    let (a, b) = match (cpython::run(py, None, timeout), cpython::run(molt, None, timeout)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("molt compare: {e}");
            return 1;
        }
    };
    let same = a.stdout == b.stdout && a.status == b.status && a.last_stderr_line() == b.last_stderr_line();
    println!("CPython 3.12: {:>9.3} s  (exit {})", a.elapsed.as_secs_f64(), a.status);
    println!("Molt:         {:>9.3} s  (exit {})", b.elapsed.as_secs_f64(), b.status);
    println!("speedup:      {:>9.2}x", a.elapsed.as_secs_f64() / b.elapsed.as_secs_f64().max(1e-9));
    if same {
        println!("outputs: identical");
        0
    } else {
        println!("outputs: DIFFERENT");
        1
    }
}
