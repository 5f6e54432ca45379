//! Locating CPython 3.12 and running programs with a timeout.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Finds CPython 3.12: `$MOLT_CPYTHON`, then `python3.12` on `PATH`, then
/// pyenv's 3.12 (`pyenv prefix 3.12.1`).
pub fn find() -> Result<PathBuf, String> {
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        return if is_312(Path::new(&p)) { Ok(PathBuf::from(p)) } else { Err(format!("MOLT_CPYTHON={p} is not CPython 3.12")) };
    }
    if is_312(Path::new("python3.12")) {
        return Ok(PathBuf::from("python3.12"));
    }
    for version in ["3.12.1", "3.12"] {
        if let Ok(out) = Command::new("pyenv").args(["prefix", version]).output() {
            if out.status.success() {
                let prefix = String::from_utf8_lossy(&out.stdout).trim().to_string();
                let exe = PathBuf::from(prefix).join("bin/python3.12");
                if is_312(&exe) {
                    return Ok(exe);
                }
            }
        }
    }
    Err("CPython 3.12 not found: set MOLT_CPYTHON, put python3.12 on PATH, or install it with pyenv".into())
}

fn is_312(exe: &Path) -> bool {
    Command::new(exe)
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 12))"])
        .stderr(Stdio::null())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "True")
        .unwrap_or(false)
}

/// What a program did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Exit status, or 128 + signal number.
    pub status: i32,
    pub timed_out: bool,
    pub elapsed: Duration,
}

impl Outcome {
    /// The last non-empty line of stderr.
    pub fn last_stderr_line(&self) -> String {
        String::from_utf8_lossy(&self.stderr).lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string()
    }
}

/// Runs `cmd` with `stdin` (or an empty input), killing it after `timeout`.
pub fn run(mut cmd: Command, stdin: Option<&Path>, timeout: Duration) -> std::io::Result<Outcome> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    match stdin {
        Some(p) => cmd.stdin(std::fs::File::open(p)?),
        None => cmd.stdin(Stdio::null()),
    };
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let mut out_pipe = child.stdout.take().expect("stdout");
    let mut err_pipe = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out_pipe.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err_pipe.read_to_end(&mut v);
        v
    });
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            timed_out = true;
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let elapsed = start.elapsed();
    use std::os::unix::process::ExitStatusExt;
    let code = status.code().unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    Ok(Outcome {
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
        status: code,
        timed_out,
        elapsed,
    })
}
