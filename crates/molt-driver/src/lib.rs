//! The compilation pipeline behind `molt build` and `molt run`:
//! front end, IR verification, code generation, and linking with the
//! embedded runtime into a standalone executable.

mod cache;
mod link;

use std::path::{Path, PathBuf};

pub use cache::cache_dir;
pub use link::runtime_archive;

/// Why a build failed.
#[derive(Debug)]
pub enum BuildError {
    /// The program is invalid or uses something unsupported; printed as-is.
    Diagnostic(molt_frontend::Diagnostic),
    /// The compiler itself failed (a bug) or the system linker did.
    Internal(String),
}

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BuildError::Diagnostic(d) => write!(f, "{d}"),
            BuildError::Internal(m) => write!(f, "molt: internal error: {m}"),
        }
    }
}

impl From<molt_frontend::Diagnostic> for BuildError {
    fn from(d: molt_frontend::Diagnostic) -> Self {
        BuildError::Diagnostic(d)
    }
}

/// Compiles `entry` to Molt IR, checks it and optimises it (what
/// `--emit-ir` prints and the backend compiles).
pub fn compile_ir(entry: &Path) -> Result<molt_ir::Program, BuildError> {
    let mut program = molt_frontend::compile_to_ir(entry)?;
    verify(&program)?;
    molt_ir::passes::optimize(&mut program);
    verify(&program)?;
    Ok(program)
}

fn verify(program: &molt_ir::Program) -> Result<(), BuildError> {
    for (id, f) in program.functions.iter() {
        if let Err(errors) = molt_ir::verifier::verify(f) {
            return Err(BuildError::Internal(format!(
                "invalid IR in {id} ({}):\n{}\n{}",
                f.code.qualname,
                errors.join("\n"),
                molt_ir::printer::print_function(f)
            )));
        }
    }
    Ok(())
}

/// Compiles `entry` into an executable at `output`.
pub fn build(entry: &Path, output: &Path) -> Result<(), BuildError> {
    let program = compile_ir(entry)?;
    let object = molt_backend::compile(&program).map_err(|e| BuildError::Internal(e.to_string()))?;
    link::link(&object, output)
}

/// Builds `entry` unless an up-to-date binary is cached; returns its path.
pub fn build_cached(entry: &Path) -> Result<PathBuf, BuildError> {
    let key = cache::program_key(entry)?;
    let path = cache::cache_dir().join("bin").join(&key);
    if path.is_file() {
        return Ok(path);
    }
    std::fs::create_dir_all(path.parent().unwrap_or(Path::new(".")))
        .map_err(|e| BuildError::Internal(format!("cannot create the build cache: {e}")))?;
    let tmp = crate::cache::temp_sibling(&path);
    build(entry, &tmp)?;
    std::fs::rename(&tmp, &path).map_err(|e| BuildError::Internal(format!("cannot fill the build cache: {e}")))?;
    Ok(path)
}
