//! `bool`: a subclass of `int` whose two values are immediates.

use molt_abi::Value;
use molt_abi::ops::BinaryOp;

use crate::builtins::int::INT_TYPE;
use crate::builtins::str as pystr;
use crate::builtins::type_::{Slots, TypeObject, never_dealloc};
use crate::call::Args;
use crate::error::{PyResult, type_error};
use crate::object::Obj;

pub static mut BOOL_TYPE: TypeObject = TypeObject::builtin(
    "bool",
    &raw mut INT_TYPE,
    0,
    never_dealloc,
    Slots { repr: Some(bool_repr), number: Some(bool_number), new: Some(bool_new), ..Slots::EMPTY },
    &[],
);

fn bool_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::intern(if v == Value::TRUE { "True" } else { "False" }))
}

/// `&`, `|` and `^` of two bools stay bools; everything else is int math.
fn bool_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    if a.is_bool() && b.is_bool() {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        match op {
            BinaryOp::And => return Ok(Obj::from_bool(x & y)),
            BinaryOp::Or => return Ok(Obj::from_bool(x | y)),
            BinaryOp::Xor => return Ok(Obj::from_bool(x ^ y)),
            _ => {}
        }
    }
    crate::builtins::int::int_number(a, b, op)
}

fn bool_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(Obj::from_bool(false)),
        [v] => Ok(Obj::from_bool(crate::protocol::truthy(*v)?)),
        more => Err(type_error(format!("bool expected at most 1 argument, got {}", more.len()))),
    }
}
