//! `types.UnionType`: the result of `X | Y` between classes, `None` and
//! generic aliases (`int | str`, `list[int] | None`).
//!
//! The members are kept in `__args__`, flattened (`(int | str) | bytes`
//! has three) and without repeats (`int | int` is just `int`); `None`
//! stands for its class, `NoneType`, and is shown as `None`. A union is
//! accepted by `isinstance` and `issubclass` as the tuple of its members.
//! Equality and hashing ignore the order of the members.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::generic_alias::{self, is_alias};
use crate::builtins::none::NONE_TYPE;
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TYPE_TYPE, TypeObject, is_instance};
use crate::builtins::{set, str as pystr, tuple};
use crate::error::PyResult;
use crate::object::{Header, Obj, alloc_object, decref, free_object, type_of};
use crate::protocol;

pub static mut UNION_TYPE: TypeObject = TypeObject::builtin(
    "UnionType",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_union,
    Slots {
        repr: Some(union_repr),
        hash: Some(union_hash),
        richcompare: Some(union_richcompare),
        getattr: Some(union_getattr),
        getitem: Some(|v, _| generic_alias::subscript_parameters(v, parameters(v)?.v())),
        number: Some(|a, b, op| if op == BinaryOp::Or { or(a, b) } else { Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)) }),
        ..Slots::EMPTY
    },
    &[],
)
.with_module("types")
.with_getsets(&[
    GetSetDef { name: "__args__", get: |v| Ok(Obj::from_borrowed(get(v).args)), set: None },
    GetSetDef { name: "__parameters__", get: parameters, set: None },
])
.with_doc("Represent a PEP 604 union type\n\nE.g. for int | str");

#[repr(C)]
struct Union {
    header: Header,
    /// The members, a tuple of at least two.
    args: Value,
    /// `__parameters__`, computed on first use (null before).
    parameters: Value,
}

fn get<'a>(v: Value) -> &'a Union {
    // SAFETY: UnionType objects.
    unsafe { &*v.as_ptr::<Union>() }
}

unsafe fn dealloc_union(v: Value) {
    decref(get(v).args);
    decref(get(v).parameters);
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// Whether `v` is a union.
pub fn is_union(v: Value) -> bool {
    v.is_ptr() && type_of(v) == &raw mut UNION_TYPE
}

/// The members of union `v` (a tuple, borrowed).
pub fn members(v: Value) -> Value {
    get(v).args
}

/// What may take part in `|`: `None`, classes, aliases and unions.
fn is_unionable(v: Value) -> bool {
    v.is_none() || is_instance(v, &raw mut TYPE_TYPE) || is_alias(v) || is_union(v)
}

/// `a | b` for the `|` slots of `type`, GenericAlias and UnionType;
/// `NotImplemented` when either side cannot be a member.
pub fn or(a: Value, b: Value) -> PyResult<Obj> {
    if !is_unionable(a) || !is_unionable(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let mut flat: Vec<Value> = Vec::new();
    for v in [a, b] {
        if is_union(v) {
            flat.extend_from_slice(tuple::items(members(v)));
        } else if v.is_none() {
            flat.push(Value::from_ptr(&raw mut NONE_TYPE));
        } else {
            flat.push(v);
        }
    }
    let mut unique: Vec<Value> = Vec::new();
    for v in flat {
        let mut duplicate = false;
        for &u in &unique {
            // Aliases are compared by value, everything else by identity.
            duplicate = if is_alias(v) && is_alias(u) { protocol::compare_bool(v, u, CompareOp::Eq)? } else { v == u };
            if duplicate {
                break;
            }
        }
        if !duplicate {
            unique.push(v);
        }
    }
    if unique.len() == 1 {
        return Ok(Obj::from_borrowed(unique[0]));
    }
    let p = alloc_object(&raw mut UNION_TYPE, std::mem::size_of::<Union>()) as *mut Union;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).args = tuple::from_slice(&unique).into_raw();
        (*p).parameters = Value::NULL;
    }
    Ok(Obj::from_owned(Value::from_ptr(p)))
}

fn union_repr(v: Value) -> PyResult<Obj> {
    let mut parts = Vec::new();
    for &item in tuple::items(members(v)) {
        if item == Value::from_ptr(&raw mut NONE_TYPE) {
            parts.push("None".to_string());
        } else {
            parts.push(generic_alias::repr_item(item)?);
        }
    }
    Ok(pystr::new(&parts.join(" | ")))
}

fn union_hash(v: Value) -> PyResult<i64> {
    let members = set::from_iterable(get(v).args)?;
    let frozen = set::frozen_copy(members.v())?;
    protocol::hash(frozen.v())
}

fn union_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_union(a) || !is_union(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let (x, y) = (set::from_iterable(members(a))?, set::from_iterable(members(b))?);
    protocol::rich_compare(x.v(), y.v(), op)
}

/// `__module__` is the class's (`types`); everything else is looked up
/// on the union as usual.
fn union_getattr(v: Value, name: Value) -> PyResult<Obj> {
    if pystr::is_str(name) && pystr::as_str(name) == "__module__" {
        return protocol::getattr(Value::from_ptr(type_of(v)), name);
    }
    crate::builtins::object::generic_getattr(v, name)
}

fn parameters(v: Value) -> PyResult<Obj> {
    if get(v).parameters.is_null() {
        let params = generic_alias::collect_parameters(get(v).args)?;
        // SAFETY: the union is live; the cache is set once.
        unsafe { (*v.as_ptr::<Union>()).parameters = params.into_raw() };
    }
    Ok(Obj::from_borrowed(get(v).parameters))
}
