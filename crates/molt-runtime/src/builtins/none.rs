//! The singleton types: `NoneType`, `NotImplementedType` and `ellipsis`.
//! Their values are immediates, so they are never allocated or freed.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str as pystr;
use crate::builtins::type_::{Slots, TypeObject, never_dealloc};
use crate::call::Args;
use crate::error::{PyResult, type_error};
use crate::object::Obj;

pub static mut NONE_TYPE: TypeObject = TypeObject::builtin(
    "NoneType",
    &raw mut OBJECT_TYPE,
    0,
    never_dealloc,
    Slots {
        repr: Some(none_repr),
        bool: Some(always_false),
        hash: Some(singleton_hash),
        new: Some(none_new),
        ..Slots::EMPTY
    },
    &[],
);

pub static mut NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject::builtin(
    "NotImplementedType",
    &raw mut OBJECT_TYPE,
    0,
    never_dealloc,
    Slots { repr: Some(not_implemented_repr), hash: Some(singleton_hash), ..Slots::EMPTY },
    &[],
);

pub static mut ELLIPSIS_TYPE: TypeObject = TypeObject::builtin(
    "ellipsis",
    &raw mut OBJECT_TYPE,
    0,
    never_dealloc,
    Slots { repr: Some(ellipsis_repr), hash: Some(singleton_hash), ..Slots::EMPTY },
    &[],
);

fn none_repr(_: Value) -> PyResult<Obj> {
    Ok(pystr::intern("None"))
}

fn not_implemented_repr(_: Value) -> PyResult<Obj> {
    Ok(pystr::intern("NotImplemented"))
}

fn ellipsis_repr(_: Value) -> PyResult<Obj> {
    Ok(pystr::intern("Ellipsis"))
}

fn always_false(_: Value) -> PyResult<bool> {
    Ok(false)
}

/// CPython hashes these singletons by address, which differs from run to
/// run; a fixed value derived from the encoding is just as valid.
fn singleton_hash(v: Value) -> PyResult<i64> {
    Ok((v.0 >> 1) as i64 & 0x7fff_ffff)
}

fn none_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.is_empty() {
        return Err(type_error("NoneType takes no arguments"));
    }
    Ok(Obj::none())
}
