//! `builtin_function_or_method`: native functions, free-standing (`len`)
//! or bound to a receiver (`[].append`).

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::str as pystr;
use crate::call::{self, Args};
use crate::error::PyResult;
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref};

pub static mut BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject::builtin(
    "builtin_function_or_method",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_builtin,
    Slots {
        repr: Some(builtin_repr),
        call: Some(builtin_call),
        richcompare: Some(builtin_richcompare),
        hash: Some(builtin_hash),
        ..Slots::EMPTY
    },
    &[],
)
.with_getsets(&[
    GetSetDef { name: "__name__", get: |f| Ok(pystr::intern(get(f).def().name)), set: None },
    GetSetDef { name: "__qualname__", get: |f| Ok(pystr::new(&qualname(f))), set: None },
    GetSetDef { name: "__self__", get: self_attr, set: None },
]);

#[repr(C)]
pub struct BuiltinFunctionObject {
    pub header: Header,
    pub def: *const MethodDef,
    /// The receiver of a bound method, or null for a plain function.
    pub receiver: Value,
    /// `__module__` of a plain function (a module name), else empty.
    pub module: &'static str,
    /// Qualifying type name for methods (`list` in `list.append`).
    pub owner: &'static str,
}

/// A plain built-in function of module `module`.
pub fn new_function(def: &'static MethodDef, module: &'static str) -> Obj {
    alloc(def, Value::NULL, module, "")
}

/// A static method of type `owner` (`str.maketrans`), unbound but named
/// after its type.
pub fn new_static(def: &'static MethodDef, owner: &'static str) -> Obj {
    alloc(def, Value::NULL, "builtins", owner)
}

/// A method bound to `receiver`; `owner` names the defining type.
pub fn new_bound(def: &'static MethodDef, receiver: Value, owner: &'static str) -> Obj {
    incref(receiver);
    alloc(def, receiver, "", owner)
}

fn alloc(def: &'static MethodDef, receiver: Value, module: &'static str, owner: &'static str) -> Obj {
    let p = alloc_object(&raw mut BUILTIN_FUNCTION_TYPE, std::mem::size_of::<BuiltinFunctionObject>())
        as *mut BuiltinFunctionObject;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).def = def;
        (*p).receiver = receiver;
        (*p).module = module;
        (*p).owner = owner;
    }
    Obj::from_owned(Value::from_ptr(p))
}

impl BuiltinFunctionObject {
    pub fn def(&self) -> &'static MethodDef {
        // SAFETY: method tables are static.
        unsafe { &*self.def }
    }
}

pub fn get<'a>(f: Value) -> &'a BuiltinFunctionObject {
    // SAFETY: callers pass builtin function objects.
    unsafe { &*f.as_ptr::<BuiltinFunctionObject>() }
}

pub fn is_builtin(v: Value) -> bool {
    has_type(v, &raw mut BUILTIN_FUNCTION_TYPE)
}

unsafe fn dealloc_builtin(v: Value) {
    let r = get(v).receiver;
    if !r.is_null() {
        decref(r);
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn qualname(f: Value) -> String {
    let b = get(f);
    if b.owner.is_empty() { b.def().name.to_string() } else { format!("{}.{}", b.owner, b.def().name) }
}

fn self_attr(f: Value) -> PyResult<Obj> {
    let r = get(f).receiver;
    Ok(if r.is_null() { Obj::none() } else { Obj::from_borrowed(r) })
}

fn builtin_repr(f: Value) -> PyResult<Obj> {
    let b = get(f);
    if b.receiver.is_null() {
        return Ok(pystr::new(&format!("<built-in function {}>", b.def().name)));
    }
    Ok(pystr::new(&format!(
        "<built-in method {} of {} object at {:#x}>",
        b.def().name,
        type_name_of(b.receiver),
        b.receiver.0
    )))
}

fn builtin_call(f: Value, args: &Args) -> PyResult<Obj> {
    let b = get(f);
    let receiver = if b.receiver.is_null() { None } else { Some(b.receiver) };
    call::call_native(b.def(), receiver, &|| qualname(f), args)
}

/// Two built-in methods are equal when they are the same native function
/// bound to the same receiver (CPython's `meth_richcompare`), so each
/// access of `object.__new__` or `x.append` gives an equal object:
/// `enum` and `dataclasses` compare such methods found on types.
fn builtin_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_builtin(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let equal = std::ptr::eq(get(a).def, get(b).def) && get(a).receiver == get(b).receiver;
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

/// Consistent with equality: from the native function and the receiver's
/// identity.
fn builtin_hash(f: Value) -> PyResult<i64> {
    let b = get(f);
    let h = (b.def as usize).rotate_right(4) as i64 ^ b.receiver.0.rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}
