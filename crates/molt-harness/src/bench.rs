//! `molt bench`: every `bench/*.py` program under CPython 3.12, Molt (and
//! PyPy when `pypy3` is installed), run alternately, outputs checked
//! identical; prints median wall times, speedups and their geometric mean,
//! the Molt binary's peak RSS and the compile time; `--json` also writes
//! `bench/results/<timestamp>.json`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::cpython::{self, Outcome};

const TIMEOUT: Duration = Duration::from_secs(900);

struct Row {
    name: String,
    cpython: f64,
    molt: f64,
    pypy: Option<f64>,
    rss_kb: Option<u64>,
    compile: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
}

fn run(cmd: Command) -> Result<Outcome, String> {
    cpython::run(cmd, None, TIMEOUT).map_err(|e| e.to_string())
}

fn pypy() -> Option<PathBuf> {
    let ok = Command::new("pypy3").arg("-c").arg("pass").output().map(|o| o.status.success()).unwrap_or(false);
    ok.then(|| PathBuf::from("pypy3"))
}

/// Peak RSS of one run of `exe`, in KiB, measured by a child `molt`
/// process that runs it as its only child.
fn peak_rss(exe: &Path) -> Option<u64> {
    let me = std::env::current_exe().ok()?;
    let out = Command::new(me).arg("__rss").arg(exe).output().ok()?;
    String::from_utf8_lossy(&out.stderr).lines().last()?.trim().parse().ok()
}

pub fn main(names: &[String], json: bool, runs: usize) -> u8 {
    let python = match cpython::find() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("molt bench: {e}");
            return 1;
        }
    };
    let dir = PathBuf::from("bench");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "py")).collect(),
        Err(e) => {
            eprintln!("molt bench: cannot read bench/: {e}");
            return 1;
        }
    };
    files.sort();
    if !names.is_empty() {
        files.retain(|f| names.iter().any(|n| f.file_stem().is_some_and(|s| s == n.as_str())));
        if files.is_empty() {
            eprintln!("molt bench: no benchmark named {}", names.join(", "));
            return 2;
        }
    }
    let pypy = pypy();
    let tmp = std::env::temp_dir().join(format!("molt-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&tmp);
    let mut rows = Vec::new();
    let mut failed = false;
    for f in &files {
        let name = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let exe = tmp.join(&name);
        let start = Instant::now();
        if let Err(e) = molt_driver::build(f, &exe) {
            println!("{name}: build failed\n{e}");
            failed = true;
            continue;
        }
        let compile = start.elapsed().as_secs_f64();
        let (mut tc, mut tm, mut tp) = (Vec::new(), Vec::new(), Vec::new());
        let mut reference: Option<Vec<u8>> = None;
        let mut ok = true;
        for _ in 0..runs.max(1) {
            let mut py = Command::new(&python);
            py.arg(f).env("PYTHONHASHSEED", "0");
            let mut molt = Command::new(&exe);
            molt.env("PYTHONHASHSEED", "0");
            let mut batch = vec![("cpython", py), ("molt", molt)];
            if let Some(p) = &pypy {
                let mut c = Command::new(p);
                c.arg(f);
                batch.push(("pypy", c));
            }
            for (who, cmd) in batch {
                match run(cmd) {
                    Ok(o) if o.status == 0 && !o.timed_out => {
                        match &reference {
                            None => reference = Some(o.stdout.clone()),
                            Some(r) if *r != o.stdout => {
                                println!("{name}: output of {who} differs from CPython's");
                                ok = false;
                            }
                            _ => {}
                        }
                        let t = o.elapsed.as_secs_f64();
                        match who {
                            "cpython" => tc.push(t),
                            "molt" => tm.push(t),
                            _ => tp.push(t),
                        }
                    }
                    Ok(o) => {
                        println!("{name}: {who} failed (exit {}): {}", o.status, o.last_stderr_line());
                        ok = false;
                    }
                    Err(e) => {
                        println!("{name}: cannot run {who}: {e}");
                        ok = false;
                    }
                }
            }
            if !ok {
                break;
            }
        }
        if !ok {
            failed = true;
            continue;
        }
        rows.push(Row {
            name,
            cpython: median(tc),
            molt: median(tm),
            pypy: (!tp.is_empty()).then(|| median(tp)),
            rss_kb: peak_rss(&exe),
            compile,
        });
    }
    let _ = std::fs::remove_dir_all(&tmp);
    print_table(&rows, pypy.is_some());
    if json {
        if let Err(e) = write_json(&rows) {
            eprintln!("molt bench: cannot write results: {e}");
            return 1;
        }
    }
    if failed { 1 } else { 0 }
}

fn geomean(v: &[f64]) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp()
}

fn print_table(rows: &[Row], with_pypy: bool) {
    println!(
        "{:<22} {:>10} {:>10} {:>9}{} {:>10} {:>9}",
        "benchmark",
        "cpython s",
        "molt s",
        "speedup",
        if with_pypy { format!(" {:>10} {:>9}", "pypy s", "pypy x") } else { String::new() },
        "molt RSS",
        "compile s"
    );
    for r in rows {
        let pypy = match (with_pypy, r.pypy) {
            (true, Some(p)) => format!(" {:>10.3} {:>8.2}x", p, r.cpython / p),
            (true, None) => format!(" {:>10} {:>9}", "-", "-"),
            _ => String::new(),
        };
        println!(
            "{:<22} {:>10.3} {:>10.3} {:>8.2}x{} {:>8} KB {:>9.2}",
            r.name,
            r.cpython,
            r.molt,
            r.cpython / r.molt,
            pypy,
            r.rss_kb.map_or("-".to_string(), |k| k.to_string()),
            r.compile
        );
    }
    let molt: Vec<f64> = rows.iter().map(|r| r.cpython / r.molt).collect();
    print!("geometric mean speedup: molt {:.2}x", geomean(&molt));
    if with_pypy {
        let p: Vec<f64> = rows.iter().filter_map(|r| r.pypy.map(|p| r.cpython / p)).collect();
        print!(", pypy {:.2}x", geomean(&p));
    }
    println!();
}

fn write_json(rows: &[Row]) -> std::io::Result<()> {
    let dir = Path::new("bench/results");
    std::fs::create_dir_all(dir)?;
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut s = String::from("{\n  \"benchmarks\": [\n");
    for (i, r) in rows.iter().enumerate() {
        s.push_str(&format!(
            "    {{\"name\": \"{}\", \"cpython_s\": {:.6}, \"molt_s\": {:.6}, \"speedup\": {:.4}, \"pypy_s\": {}, \"molt_peak_rss_kb\": {}, \"compile_s\": {:.4}}}{}\n",
            r.name,
            r.cpython,
            r.molt,
            r.cpython / r.molt,
            r.pypy.map_or("null".to_string(), |p| format!("{p:.6}")),
            r.rss_kb.map_or("null".to_string(), |k| k.to_string()),
            r.compile,
            if i + 1 < rows.len() { "," } else { "" }
        ));
    }
    let molt: Vec<f64> = rows.iter().map(|r| r.cpython / r.molt).collect();
    s.push_str(&format!("  ],\n  \"geomean_speedup\": {:.4}\n}}\n", geomean(&molt)));
    std::fs::write(dir.join(format!("{stamp}.json")), s)
}

/// `molt __rss EXE`: runs EXE as the only child and prints its peak RSS
/// (KiB) on stderr.
pub fn measure_rss(exe: &Path) -> u8 {
    let status = Command::new(exe).stdout(std::process::Stdio::null()).env("PYTHONHASHSEED", "0").status();
    #[repr(C)]
    struct RUsage {
        utime: [i64; 2],
        stime: [i64; 2],
        maxrss: i64,
        rest: [i64; 13],
    }
    unsafe extern "C" {
        fn getrusage(who: i32, usage: *mut RUsage) -> i32;
    }
    const RUSAGE_CHILDREN: i32 = -1;
    let mut u = RUsage { utime: [0; 2], stime: [0; 2], maxrss: 0, rest: [0; 13] };
    // SAFETY: getrusage fills the struct, whose layout matches Linux's.
    let rc = unsafe { getrusage(RUSAGE_CHILDREN, &mut u) };
    if rc == 0 && status.is_ok() {
        eprintln!("{}", u.maxrss);
        0
    } else {
        1
    }
}
