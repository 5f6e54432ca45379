//! Molt's front end: from source files to Molt IR.
//!
//! [`graph::load_program`] parses the entry file and every module it
//! imports and builds their symbol tables; [`lower::lower_program`] turns
//! them into one IR program.

mod bundled;
pub mod diagnostic;
pub mod graph;
pub mod lower;
pub mod parse;
pub mod scope;
pub mod source;
mod stdlib_names;

pub use diagnostic::Diagnostic;

/// Parses, analyses and lowers the program rooted at `entry`.
pub fn compile_to_ir(entry: &std::path::Path) -> Result<molt_ir::Program, Diagnostic> {
    let modules = graph::load_program(entry)?;
    lower::lower_program(&modules)
}
