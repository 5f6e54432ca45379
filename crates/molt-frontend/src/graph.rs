//! The module graph: starting from the entry file, every module of the
//! program reachable through `import` statements (anywhere in the code,
//! since imports inside functions and `try` blocks run too).
//!
//! Modules are searched in the entry file's directory, as `sys.path[0]`
//! would be: `name.py` or `name/__init__.py`, and submodules inside their
//! package's directory. Modules the runtime provides (`sys`, `math`) need
//! no source. A standard-library module Molt does not provide yet is a
//! compile error; any other missing module is left to fail at run time
//! with `ModuleNotFoundError`, exactly when CPython would.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::TextSize;

use crate::diagnostic::{Diagnostic, Result};
use crate::parse::parse;
use crate::scope::{SymbolTable, analyze};
use crate::source::SourceFile;
use crate::stdlib_names::STDLIB_MODULES;

/// Modules implemented natively by the runtime.
pub const NATIVE_MODULES: &[&str] = &["sys", "math", "builtins"];

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
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut queue: VecDeque<(String, PathBuf, bool)> = VecDeque::new();
    queue.push_back(("__main__".to_string(), entry.to_path_buf(), false));
    seen.insert("__main__".to_string(), 0);
    while let Some((name, path, is_package)) = queue.pop_front() {
        let module = load_module(&name, &path, is_package)?;
        let package = if is_package { name.clone() } else { name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default() };
        for (requested, at) in imported_names(&module.ast, &package) {
            for candidate in requested {
                if seen.contains_key(&candidate) {
                    continue;
                }
                match find_module(&root, &candidate) {
                    Some((file, pkg)) => {
                        seen.insert(candidate.clone(), 0);
                        queue.push_back((candidate, file, pkg));
                    }
                    None => {
                        seen.insert(candidate.clone(), 0);
                        let top = candidate.split('.').next().unwrap_or_default();
                        if !NATIVE_MODULES.contains(&top) && STDLIB_MODULES.contains(&top) && candidate == top {
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

fn load_module(name: &str, path: &Path, is_package: bool) -> Result<ParsedModule> {
    let text = std::fs::read_to_string(path).map_err(|e| Diagnostic::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let shown = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()).display().to_string();
    let source = SourceFile::new(shown, text);
    let ast = parse(&source)?;
    let symbols = analyze(&ast, &source)?;
    Ok(ParsedModule { name: name.to_string(), source, is_package, ast, symbols })
}

/// Finds the file of module `name` under `root`.
fn find_module(root: &Path, name: &str) -> Option<(PathBuf, bool)> {
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
