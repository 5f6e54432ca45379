//! The differential test suite: every program under `tests/differential`
//! runs under CPython 3.12 and as a Molt-compiled binary; stdout, the exit
//! status and the last line of stderr must match.
//!
//! A directory holding `main.py` is one multi-file test (its other files
//! are modules). A file `name.stdin` beside a test is its standard input.
//! A test whose first lines contain `# molt: xfail <reason>` is expected
//! to fail; passing anyway is reported as an error so stale markers go.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use crate::cpython::{self, Outcome};

const TIMEOUT: Duration = Duration::from_secs(60);

/// One test program.
#[derive(Debug, Clone)]
pub struct TestCase {
    /// Path relative to the suite root, for reports.
    pub name: String,
    pub entry: PathBuf,
    pub stdin: Option<PathBuf>,
    pub xfail: Option<String>,
}

/// Finds tests under `root` (a file or directory).
pub fn discover(root: &Path) -> Vec<TestCase> {
    let mut out = Vec::new();
    if root.is_file() {
        if let Some(t) = case(root, root.parent().unwrap_or(Path::new("."))) {
            out.push(t);
        }
        return out;
    }
    walk(root, root, &mut out);
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn walk(dir: &Path, root: &Path, out: &mut Vec<TestCase>) {
    let main = dir.join("main.py");
    if main.is_file() && dir != root {
        if let Some(t) = case(&main, root) {
            out.push(t);
        }
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "__pycache__") {
                continue;
            }
            walk(&p, root, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            if let Some(t) = case(&p, root) {
                out.push(t);
            }
        }
    }
}

fn case(entry: &Path, root: &Path) -> Option<TestCase> {
    let text = std::fs::read_to_string(entry).ok()?;
    let xfail = text
        .lines()
        .take(5)
        .find_map(|l| l.trim().strip_prefix("# molt: xfail").map(|r| r.trim().to_string()));
    let stdin = entry.with_extension("stdin");
    let name = entry.strip_prefix(root).unwrap_or(entry).display().to_string();
    Some(TestCase { name, entry: entry.to_path_buf(), stdin: stdin.is_file().then_some(stdin), xfail })
}

/// The verdict on one test.
#[derive(Debug)]
pub enum Verdict {
    Pass,
    Fail(String),
    ExpectedFailure,
    UnexpectedPass,
}

fn python_env(cmd: &mut Command) {
    cmd.env("PYTHONHASHSEED", "0").env("PYTHONDONTWRITEBYTECODE", "1").env("PYTHONIOENCODING", "utf-8");
}

/// Runs one test.
pub fn run_case(t: &TestCase, python: &Path, workdir: &Path) -> Verdict {
    let dir = t.entry.parent().unwrap_or(Path::new("."));
    let file_name = t.entry.file_name().map(PathBuf::from).unwrap_or_default();
    let mut py = Command::new(python);
    py.arg(&file_name).current_dir(dir);
    python_env(&mut py);
    let expected = match cpython::run(py, t.stdin.as_deref(), TIMEOUT) {
        Ok(o) => o,
        Err(e) => return Verdict::Fail(format!("could not run CPython: {e}")),
    };
    let exe = workdir.join(t.name.replace(['/', '\\', '.'], "_"));
    let outcome = match molt_driver::build(&t.entry, &exe) {
        Ok(()) => {
            let mut cmd = Command::new(&exe);
            use std::os::unix::process::CommandExt;
            cmd.arg0(&file_name).current_dir(dir);
            python_env(&mut cmd);
            let r = cpython::run(cmd, t.stdin.as_deref(), TIMEOUT);
            let _ = std::fs::remove_file(&exe);
            match r {
                Ok(o) => o,
                Err(e) => return Verdict::Fail(format!("could not run the compiled program: {e}")),
            }
        }
        // A compile error behaves like a program that printed it and
        // exited with status 1 (CPython does the same for syntax errors).
        Err(e) => Outcome {
            stdout: Vec::new(),
            stderr: format!("{e}\n").into_bytes(),
            status: 1,
            timed_out: false,
            elapsed: Duration::ZERO,
        },
    };
    let verdict = compare(&expected, &outcome);
    match (&t.xfail, verdict) {
        (None, v) => v,
        (Some(_), Verdict::Pass) => Verdict::UnexpectedPass,
        (Some(_), Verdict::Fail(_)) => Verdict::ExpectedFailure,
        (Some(_), v) => v,
    }
}

fn compare(expected: &Outcome, actual: &Outcome) -> Verdict {
    if actual.timed_out {
        return Verdict::Fail(format!("timed out after {}s", TIMEOUT.as_secs()));
    }
    let mut problems = Vec::new();
    if expected.stdout != actual.stdout {
        problems.push(stdout_diff(&expected.stdout, &actual.stdout));
    }
    if expected.status != actual.status {
        problems.push(format!("exit status: expected {}, got {}", expected.status, actual.status));
    }
    let (el, al) = (expected.last_stderr_line(), actual.last_stderr_line());
    if el != al {
        problems.push(format!("last stderr line:\n    expected: {el}\n    got:      {al}"));
    }
    if problems.is_empty() { Verdict::Pass } else { Verdict::Fail(problems.join("\n  ")) }
}

fn stdout_diff(expected: &[u8], actual: &[u8]) -> String {
    let e = String::from_utf8_lossy(expected);
    let a = String::from_utf8_lossy(actual);
    let el: Vec<&str> = e.lines().collect();
    let al: Vec<&str> = a.lines().collect();
    for i in 0..el.len().max(al.len()) {
        let (x, y) = (el.get(i), al.get(i));
        if x != y {
            return format!(
                "stdout differs at line {}:\n    expected: {}\n    got:      {}",
                i + 1,
                x.map_or("<end of output>".to_string(), |s| s.to_string()),
                y.map_or("<end of output>".to_string(), |s| s.to_string())
            );
        }
    }
    "stdout differs (line endings or trailing newline)".to_string()
}

/// `molt test`: runs the suite and prints a summary; returns the exit
/// status (1 when any test fails or cannot run).
pub fn main(paths: &[PathBuf], jobs: Option<usize>) -> u8 {
    let python = match cpython::find() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("molt test: {e}");
            return 1;
        }
    };
    let roots: Vec<PathBuf> = if paths.is_empty() { vec![PathBuf::from("tests/differential")] } else { paths.to_vec() };
    let mut cases = Vec::new();
    for r in &roots {
        if !r.exists() {
            eprintln!("molt test: no such file or directory: {}", r.display());
            return 2;
        }
        cases.extend(discover(r));
    }
    if cases.is_empty() {
        eprintln!("molt test: no tests found");
        return 1;
    }
    let workdir = std::env::temp_dir().join(format!("molt-test-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&workdir) {
        eprintln!("molt test: cannot create {}: {e}", workdir.display());
        return 1;
    }
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).max(1);
    let queue = Mutex::new(cases.iter().enumerate().collect::<Vec<_>>());
    let results: Mutex<Vec<(usize, Verdict)>> = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let next = queue.lock().map(|mut q| q.pop()).unwrap_or(None);
                let Some((i, t)) = next else { break };
                let v = run_case(t, &python, &workdir);
                if let Ok(mut r) = results.lock() {
                    r.push((i, v));
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&workdir);
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(i, _)| *i);
    let (mut passed, mut failed, mut xfailed) = (0, 0, 0);
    for (i, v) in &results {
        let t = &cases[*i];
        match v {
            Verdict::Pass => passed += 1,
            Verdict::ExpectedFailure => xfailed += 1,
            Verdict::Fail(why) => {
                failed += 1;
                println!("FAIL {}\n  {why}", t.name);
            }
            Verdict::UnexpectedPass => {
                failed += 1;
                println!("FAIL {} (marked xfail: {}) passed unexpectedly; remove the marker", t.name, t.xfail.clone().unwrap_or_default());
            }
        }
    }
    println!("{passed} passed, {failed} failed, {xfailed} expected failures");
    if failed > 0 { 1 } else { 0 }
}
