//! Operators, attributes and items.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use super::{ret, status, truth};
use crate::error::system_error;
use crate::protocol;

fn bad_op() -> crate::error::Raised {
    system_error("invalid operator code")
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_binary(a: Value, b: Value, op: i64) -> Value {
    ret(BinaryOp::from_code(op).ok_or_else(bad_op).and_then(|op| protocol::binary_op(a, b, op)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_inplace(a: Value, b: Value, op: i64) -> Value {
    ret(BinaryOp::from_code(op).ok_or_else(bad_op).and_then(|op| protocol::inplace_op(a, b, op)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_unary(a: Value, op: i64) -> Value {
    ret(UnaryOp::from_code(op).ok_or_else(bad_op).and_then(|op| protocol::unary_op(a, op)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_compare(a: Value, b: Value, op: i64) -> Value {
    ret(CompareOp::from_code(op).ok_or_else(bad_op).and_then(|op| protocol::rich_compare(a, b, op)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_compare_bool(a: Value, b: Value, op: i64) -> i32 {
    truth(CompareOp::from_code(op).ok_or_else(bad_op).and_then(|op| protocol::compare_bool(a, b, op)))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_is_true(v: Value) -> i32 {
    truth(protocol::truthy(v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_contains(container: Value, item: Value) -> i32 {
    truth(protocol::contains(container, item))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_getattr(obj: Value, name: Value, cache: *mut molt_abi::layout::AttrCache) -> Value {
    if let Some(v) = crate::attr_cache::fast_getattr(obj, name, cache) {
        crate::object::incref(v);
        return v;
    }
    ret(crate::attr_cache::getattr(obj, name, cache))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_setattr(obj: Value, name: Value, v: Value, cache: *mut molt_abi::layout::AttrCache) -> i32 {
    if crate::attr_cache::fast_setattr(obj, name, v, cache) {
        return 0;
    }
    status(crate::attr_cache::setattr(obj, name, v, cache))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_delattr(obj: Value, name: Value) -> i32 {
    status(protocol::delattr(obj, name))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_getitem(obj: Value, key: Value) -> Value {
    ret(protocol::getitem(obj, key))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_setitem(obj: Value, key: Value, v: Value) -> i32 {
    status(protocol::setitem(obj, key, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_delitem(obj: Value, key: Value) -> i32 {
    status(protocol::delitem(obj, key))
}
