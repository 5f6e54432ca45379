//! The module graph: starting from the entry file, every module of the
//! program reachable through `import` statements (anywhere in the code,
//! since imports inside functions and `try` blocks run too).
//!
//! A module is searched as CPython 3.12 searches `sys.path` when running a
//! script: first the entry file's directory (`sys.path[0]`): `name.py` or
//! `name/__init__.py`, and submodules inside their package's directory;
//! then the standard library, which for Molt is the modules the runtime
//! implements natively ([`NATIVE_MODULES`]) and the bundled Python ones
//! ([`crate::bundled`]). So a project's `contextlib.py` shadows the bundled
//! `contextlib`, as it shadows CPython's; the modules CPython finds before
//! searching `sys.path` (built-in, frozen or imported at start-up, such as
//! `sys` or `os`) are never taken from the project. A standard-library
//! module Molt does not provide yet is a compile error; any other missing
//! module is left to fail at run time with `ModuleNotFoundError`, exactly
//! when CPython would.

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextSize;

use crate::bundled::{self, BundledModule};
use crate::diagnostic::{Diagnostic, Result};
use crate::parse::parse;
use crate::scope::{SymbolTable, analyze};
use crate::source::SourceFile;
use crate::stdlib_names::{STDLIB_MODULES, UNSHADOWABLE};

/// Modules implemented natively by the runtime. (`math` is shadowable, as
/// CPython's extension module is; the runtime prefers a compiled module of
/// the same name.)
pub const NATIVE_MODULES: &[&str] = &["sys", "math", "os", "types", "io", "builtins"];

/// One module of the program, parsed and analysed.
pub struct ParsedModule {
    pub name: String,
    pub source: SourceFile,
    pub is_package: bool,
    pub ast: ast::ModModule,
    pub symbols: SymbolTable,
}

/// Loads the entry file and everything it imports.
pub fn load_program(entry: &Path) -> Result<Vec<ParsedModule>> {
    let root = entry.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut modules: Vec<ParsedModule> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue: VecDeque<(String, Found)> = VecDeque::new();
    queue.push_back(("__main__".to_string(), Found::File(entry.to_path_buf(), false)));
    seen.insert("__main__".to_string());
    while let Some((name, found)) = queue.pop_front() {
        let module = load_module(&name, &found)?;
        let package = if module.is_package {
            name.clone()
        } else {
            name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
        };
        for (requested, at) in imported_names(&module.ast, &package) {
            for candidate in requested {
                if !seen.insert(candidate.clone()) {
                    continue;
                }
                match find_module(&root, &candidate) {
                    Some(found) => queue.push_back((candidate, found)),
                    None => {
                        if is_missing_stdlib_module(&candidate) {
                            return Err(Diagnostic::unsupported(
                                &module.source,
                                at,
                                format!("the standard-library module '{candidate}'"),
                            ));
                        }
                    }
                }
            }
        }
        modules.push(module);
    }
    Ok(modules)
}

/// Whether `name` is a top-level standard-library module that Molt
/// provides neither natively nor bundled. (A missing `pkg.name` may be an
/// attribute imported with `from pkg import name`, so only top-level
/// names are judged.)
fn is_missing_stdlib_module(name: &str) -> bool {
    !name.contains('.') && STDLIB_MODULES.contains(&name) && !NATIVE_MODULES.contains(&name)
}

fn load_module(name: &str, found: &Found) -> Result<ParsedModule> {
    let (source, is_package) = match *found {
        Found::File(ref path, is_package) => {
            let text = std::fs::read_to_string(path).map_err(|e| Diagnostic::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })?;
            let shown = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
            (SourceFile::new(shown, text), is_package)
        }
        Found::Bundled(b) => (SourceFile::new(b.shown_path(), b.source.to_string()), b.is_package),
    };
    let ast = parse(&source)?;
    let symbols = analyze(&ast, &source)?;
    Ok(ParsedModule { name: name.to_string(), source, is_package, ast, symbols })
}

/// A module found by [`find_module`].
enum Found {
    /// A project file, and whether it is a package's `__init__.py`.
    File(PathBuf, bool),
    Bundled(&'static BundledModule),
}

/// Finds module `name` as CPython's import system would: the project
/// (`root`) first, unless CPython finds the module before searching
/// `sys.path`; then the bundled standard library. A package and its
/// submodules come from one place: a project package hides the bundled
/// package's submodules. Native modules need no source and are not
/// "found" here.
fn find_module(root: &Path, name: &str) -> Option<Found> {
    let top = name.split('.').next().unwrap_or_default();
    if !UNSHADOWABLE.contains(&top) && find_in_dir(root, top).is_some() {
        return find_in_dir(root, name).map(|(path, pkg)| Found::File(path, pkg));
    }
    bundled::find(name).map(Found::Bundled)
}

/// Finds the file of module `name` under `root`.
fn find_in_dir(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
    let mut dir = root.to_path_buf();
    let parts: Vec<&str> = name.split('.').collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let pkg = dir.join(part);
        if last {
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Some((init, true));
            }
            let file = dir.join(format!("{part}.py"));
            if file.is_file() {
                return Some((file, false));
            }
            return None;
        }
        if !pkg.join("__init__.py").is_file() {
            return None;
        }
        dir = pkg;
    }
    None
}

/// Every module an import statement may load: the named module, its
/// parents, and for `from m import x` the possible submodule `m.x`.
fn imported_names(module: &ast::ModModule, package: &str) -> Vec<(Vec<String>, TextSize)> {
    let mut finder = ImportFinder { package, found: Vec::new() };
    for s in &module.body {
        finder.visit_stmt(s);
    }
    finder.found
}

struct ImportFinder<'p> {
    package: &'p str,
    found: Vec<(Vec<String>, TextSize)>,
}

fn with_parents(name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split('.').collect();
    (1..=parts.len()).map(|n| parts[..n].join(".")).collect()
}

/// Resolves a relative module reference like CPython's `resolve_name`.
pub fn resolve_relative(package: &str, module: Option<&str>, level: u32) -> std::result::Result<String, String> {
    if level == 0 {
        return Ok(module.unwrap_or_default().to_string());
    }
    if package.is_empty() {
        return Err("attempted relative import with no known parent package".into());
    }
    let mut base = package;
    for _ in 1..level {
        match base.rfind('.') {
            Some(dot) => base = &base[..dot],
            None => return Err("attempted relative import beyond top-level package".into()),
        }
    }
    Ok(match module {
        Some(m) if !m.is_empty() => format!("{base}.{m}"),
        _ => base.to_string(),
    })
}

impl<'a> Visitor<'a> for ImportFinder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.found.push((with_parents(alias.name.as_str()), alias.range.start()));
                }
            }
            Stmt::ImportFrom(i) => {
                let at = i.range.start();
                // An unresolvable relative import fails at run time, as in
                // CPython.
                if let Ok(base) = resolve_relative(self.package, i.module.as_ref().map(|m| m.as_str()), i.level) {
                    let mut names = with_parents(&base);
                    for alias in &i.names {
                        if alias.name.as_str() != "*" {
                            names.push(format!("{base}.{}", alias.name));
                        }
                    }
                    self.found.push((names, at));
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }
}
