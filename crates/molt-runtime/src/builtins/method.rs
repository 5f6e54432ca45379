//! `method`: a function bound to an instance.

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject};
use crate::builtins::str as pystr;
use crate::call::{self, Args};
use crate::error::PyResult;
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref};
use crate::protocol;

pub static mut METHOD_TYPE: TypeObject = TypeObject::builtin(
    "method",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_method,
    Slots {
        repr: Some(method_repr),
        call: Some(method_call),
        richcompare: Some(method_richcompare),
        hash: Some(method_hash),
        getattr: Some(method_getattr),
        new: Some(method_new),
        ..Slots::EMPTY
    },
    &[],
)
.with_getsets(&[
    GetSetDef { name: "__func__", get: |m| Ok(Obj::from_borrowed(get(m).func)), set: None },
    GetSetDef { name: "__self__", get: |m| Ok(Obj::from_borrowed(get(m).receiver)), set: None },
    // The function's docstring, not the one `method` inherits from object.
    GetSetDef { name: "__doc__", get: |m| protocol::getattr(get(m).func, pystr::intern("__doc__").v()), set: None },
]);

#[repr(C)]
pub struct MethodObject {
    pub header: Header,
    pub func: Value,
    pub receiver: Value,
}

/// `types.MethodType(function, instance)`.
fn method_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(crate::error::type_error("method() takes no keyword arguments"));
    }
    let [func, receiver] = args.positional() else {
        return Err(crate::error::type_error(format!("method expected 2 arguments, got {}", args.nargs)));
    };
    if crate::object::type_slots(*func).call.is_none() {
        return Err(crate::error::type_error("first argument must be callable"));
    }
    if receiver.is_none() {
        return Err(crate::error::type_error("instance must not be None"));
    }
    Ok(new(*func, *receiver))
}

pub fn new(func: Value, receiver: Value) -> Obj {
    let p = alloc_object(&raw mut METHOD_TYPE, std::mem::size_of::<MethodObject>()) as *mut MethodObject;
    incref(func);
    incref(receiver);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).func = func;
        (*p).receiver = receiver;
    }
    Obj::from_owned(Value::from_ptr(p))
}

pub fn get<'a>(m: Value) -> &'a MethodObject {
    // SAFETY: callers pass method objects.
    unsafe { &*m.as_ptr::<MethodObject>() }
}

pub fn is_method(v: Value) -> bool {
    has_type(v, &raw mut METHOD_TYPE)
}

unsafe fn dealloc_method(v: Value) {
    decref(get(v).func);
    decref(get(v).receiver);
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn method_call(m: Value, args: &Args) -> PyResult<Obj> {
    let mo = get(m);
    call::call_with_self(mo.func, mo.receiver, args)
}

fn method_repr(m: Value) -> PyResult<Obj> {
    let mo = get(m);
    let name = protocol::getattr_opt(mo.func, "__qualname__")?
        .or(protocol::getattr_opt(mo.func, "__name__")?)
        .map(|n| pystr::as_str(n.v()).to_string())
        .unwrap_or_else(|| "?".into());
    let receiver = protocol::repr(mo.receiver)?;
    Ok(pystr::new(&format!("<bound method {name} of {}>", pystr::as_str(receiver.v()))))
}

fn method_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_method(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let equal = get(a).receiver == get(b).receiver && protocol::eq(get(a).func, get(b).func)?;
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

fn method_hash(m: Value) -> PyResult<i64> {
    let a = protocol::hash(get(m).func)?;
    let b = crate::builtins::object::identity_hash(get(m).receiver)?;
    let h = a ^ b;
    Ok(if h == -1 { -2 } else { h })
}

/// Attributes not found on the method come from the function.
fn method_getattr(m: Value, name: Value) -> PyResult<Obj> {
    match crate::builtins::object::generic_getattr_opt(m, name)? {
        Some(v) => Ok(v),
        None => protocol::getattr(get(m).func, name),
    }
}
