//! The `extern "C"` entry points generated code calls. Each is a thin
//! wrapper that converts between the ABI conventions (null or negative on
//! error, documented ownership) and the runtime's `PyResult` functions.
//!
//! The bottom of this file checks every function against the table in
//! `molt_abi::functions`, so a signature change on either side is a
//! compile error.

mod build;
mod calls;
mod errors;
mod operators;
mod program;

pub use build::*;
pub use calls::*;
pub use errors::*;
pub use operators::*;
pub use program::*;

use molt_abi::Value;

use crate::error::PyResult;
use crate::object::Obj;

/// A new reference on success, null on error.
#[inline(always)]
fn ret(r: PyResult<Obj>) -> Value {
    match r {
        Ok(o) => o.into_raw(),
        Err(_) => Value::NULL,
    }
}

/// 0 on success, -1 on error.
#[inline(always)]
fn status(r: PyResult<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// 0/1 for a truth value, -1 on error.
#[inline(always)]
fn truth(r: PyResult<bool>) -> i32 {
    match r {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

/// The Rust type of each ABI table type.
macro_rules! rust_type {
    (Value) => { molt_abi::Value };
    (I64) => { i64 };
    (I32) => { i32 };
    (F64) => { f64 };
    (Void) => { () };
    (Values) => { *const molt_abi::Value };
    (Out) => { *mut molt_abi::Value };
    (Code) => { *const molt_abi::layout::CodeDesc };
    (Cache) => { *mut molt_abi::layout::GlobalCache };
    (Attr) => { *mut molt_abi::layout::AttrCache };
    (Modules) => { *const molt_abi::layout::ModuleDesc };
    (Bytes) => { *const u8 };
    (Argv) => { *const *const u8 };
    (Func) => { unsafe extern "C" fn() };
}

macro_rules! check_exports {
    ($( $(#[doc = $doc:literal])* $err:ident fn $name:ident ( $($arg:ident : $ty:ident),* ) -> $ret:ident ; )*) => {
        $( const _: unsafe extern "C" fn($(rust_type!($ty)),*) -> rust_type!($ret) = $name; )*
    };
}

molt_abi::for_each_runtime_function!(check_exports);
