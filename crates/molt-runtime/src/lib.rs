//! The Molt runtime: everything a compiled Python program links against.
//!
//! - [`object`]: heap objects, reference counting, allocation;
//! - [`builtins`]: the built-in types, one module per type;
//! - [`protocol`]: the object protocols (operators, attributes, iteration);
//! - [`call`]: the calling convention and argument binding;
//! - [`error`]: the raised-exception state;
//! - [`format`], [`numfmt`]: text formatting of values;
//! - [`unicode`]: the character database behind `str` (Unicode 15.0.0);
//! - [`codecs`]: `str.encode` and `bytes.decode`;
//! - [`modules`]: native modules (`builtins`, `sys`, `math`);
//! - [`import`], [`globals`], [`program`], [`stdio`]: the program around them;
//! - [`abi`]: the `extern "C"` entry points generated code calls.

pub mod abi;
pub mod attr_cache;
pub mod builtins;
pub mod call;
pub mod codecs;
pub mod error;
pub mod format;
pub mod globals;
pub mod import;
pub mod matching;
pub mod modules;
pub mod numfmt;
pub mod object;
pub mod program;
pub mod protocol;
pub mod sort;
pub mod stdio;
pub mod type_cache;
pub mod unicode;

/// Rust-side buffers (strings, vectors, tables) share the object
/// allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stops the program after an unrecoverable internal failure.
pub fn fatal(msg: &str) -> ! {
    stdio::flush_all();
    eprintln!("Fatal Python error: {msg}");
    std::process::abort()
}
