//! Module resolution: the bundled standard library, the compile error for
//! standard modules Molt lacks, and project modules shadowing standard
//! ones as CPython's `sys.path` order does.

use std::path::{Path, PathBuf};

use molt_frontend::Diagnostic;
use molt_frontend::graph::{ParsedModule, load_program};

/// A project directory holding `files`, removed when dropped.
struct Project(PathBuf);

impl Project {
    fn new(name: &str, files: &[(&str, &str)]) -> Project {
        let dir = std::env::temp_dir().join(format!("molt-graph-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("project dir");
            std::fs::write(path, text).expect("write source");
        }
        Project(dir)
    }

    fn main(&self) -> PathBuf {
        self.0.join("main.py")
    }
}

impl Drop for Project {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn module<'m>(modules: &'m [ParsedModule], name: &str) -> Option<&'m ParsedModule> {
    modules.iter().find(|m| m.name == name)
}

#[test]
fn bundled_module_is_found_under_its_own_name_and_stable_path() {
    let p = Project::new("bundled", &[("main.py", "import contextlib\n")]);
    let modules = load_program(&p.main()).unwrap_or_else(|d| panic!("{d}"));
    let m = module(&modules, "contextlib").expect("contextlib is loaded");
    assert_eq!(m.source.path, "<molt-stdlib>/contextlib.py");
    assert!(!m.is_package);
    // What the bundled module imports is followed too.
    assert_eq!(module(&modules, "functools").expect("functools is loaded").source.path, "<molt-stdlib>/functools.py");
}

#[test]
fn missing_standard_module_is_a_compile_error_naming_it() {
    let p = Project::new("missing", &[("main.py", "import contextlib\n\nimport xml.dom\n")]);
    match load_program(&p.main()) {
        Err(Diagnostic::Unsupported { feature, line, .. }) => {
            assert_eq!(feature, "the standard-library module 'xml'");
            assert_eq!(line, 3);
        }
        Err(other) => panic!("unexpected diagnostic: {other}"),
        Ok(_) => panic!("importing xml compiled"),
    }
}

#[test]
fn names_imported_from_a_bundled_module_are_not_modules() {
    let p = Project::new("from", &[("main.py", "from contextlib import suppress, nosuch\n")]);
    let modules = load_program(&p.main()).unwrap_or_else(|d| panic!("{d}"));
    assert!(module(&modules, "contextlib").is_some());
    assert!(module(&modules, "contextlib.suppress").is_none());
}

#[test]
fn project_module_shadows_a_bundled_one_everywhere() {
    let p = Project::new(
        "shadow",
        &[("main.py", "import contextlib\nimport functools\n"), ("functools.py", "def wraps(f):\n    return f\n")],
    );
    let modules = load_program(&p.main()).unwrap_or_else(|d| panic!("{d}"));
    let functools = module(&modules, "functools").expect("functools is loaded");
    let project_file = std::fs::canonicalize(p.0.join("functools.py")).expect("canonical path");
    assert_eq!(Path::new(&functools.source.path), project_file);
    assert_eq!(modules.iter().filter(|m| m.name == "functools").count(), 1);
}

#[test]
fn project_package_hides_bundled_submodules() {
    let p = Project::new(
        "package",
        &[("main.py", "import contextlib.extra\n"), ("contextlib/__init__.py", ""), ("contextlib/extra.py", "")],
    );
    let modules = load_program(&p.main()).unwrap_or_else(|d| panic!("{d}"));
    let pkg = module(&modules, "contextlib").expect("the project package");
    assert!(pkg.is_package && !pkg.source.path.starts_with("<molt-stdlib>"));
    assert!(module(&modules, "contextlib.extra").is_some());
}

#[test]
fn modules_cpython_finds_before_sys_path_are_never_shadowed() {
    let p = Project::new(
        "unshadowable",
        &[("main.py", "import sys\nimport math\n"), ("sys.py", "x = 1\n"), ("math.py", "pi = 3\n")],
    );
    let modules = load_program(&p.main()).unwrap_or_else(|d| panic!("{d}"));
    // `sys` is built in: the project's file is ignored; `math` is found on
    // sys.path after the script's directory, so the project's wins.
    assert!(module(&modules, "sys").is_none());
    assert!(module(&modules, "math").is_some());
    // `io` is frozen and loaded at start-up: whether Molt provides it or
    // reports it missing, the project's file never stands in for it.
    let p = Project::new("frozen", &[("main.py", "import io\n"), ("io.py", "x = 1\n")]);
    match load_program(&p.main()) {
        Ok(modules) => assert!(module(&modules, "io").is_none_or(|m| m.source.path.starts_with("<molt-stdlib>"))),
        Err(d) => assert!(matches!(d, Diagnostic::Unsupported { .. }), "{d}"),
    }
}
