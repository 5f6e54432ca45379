//! The bundled standard library: Python modules written for Molt (the
//! `stdlib/` directory at the workspace root), compiled like user code.
//!
//! Their sources are embedded into the compiler by `build.rs`, so a built
//! `molt` carries them. Each is lowered under its real name (`contextlib`)
//! with a stable, machine-independent path, [`PATH_PREFIX`]`/contextlib.py`,
//! as its `__file__` and in tracebacks: the build machine's checkout
//! location never leaks into programs, and the name cannot be mistaken
//! for a file on disk (compare CPython's `<frozen os>`).

/// One module of the bundled standard library.
pub struct BundledModule {
    /// Dotted module name.
    pub name: &'static str,
    /// Whether it is a package (`name/__init__.py`).
    pub is_package: bool,
    /// Path under `stdlib/`, with `/` separators.
    pub relative_path: &'static str,
    pub source: &'static str,
}

/// The directory bundled modules appear to live in.
pub const PATH_PREFIX: &str = "<molt-stdlib>";

include!(concat!(env!("OUT_DIR"), "/bundled_stdlib.rs"));

/// The bundled module called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static BundledModule> {
    MODULES.iter().find(|m| m.name == name)
}

impl BundledModule {
    /// The path shown as `__file__` and in tracebacks.
    pub fn shown_path(&self) -> String {
        format!("{PATH_PREFIX}/{}", self.relative_path)
    }
}
