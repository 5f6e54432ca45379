//! `classmethod`: binds the wrapped callable to the class.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject, flags};
use crate::builtins::method;
use crate::call::Args;
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, type_of};

pub static mut CLASSMETHOD_TYPE: TypeObject = TypeObject {
    dict_offset: std::mem::offset_of!(Wrapped, dict),
    ..TypeObject::builtin(
        "classmethod",
        &raw mut OBJECT_TYPE,
        flags::BASETYPE | flags::HAS_DICT,
        dealloc_wrapped,
        Slots {
            descr_get: Some(classmethod_get),
            new: Some(classmethod_new),
            getattr: Some(crate::builtins::object::generic_getattr),
            setattr: Some(crate::builtins::object::generic_setattr),
            ..Slots::EMPTY
        },
        &[],
    )
    .with_getsets(&[
        GetSetDef { name: "__func__", get: |v| Ok(Obj::from_borrowed(get(v).func)), set: None },
        GetSetDef { name: "__wrapped__", get: |v| Ok(Obj::from_borrowed(get(v).func)), set: None },
        GetSetDef { name: "__doc__", get: wrapped_doc, set: Some(set_wrapped_doc) },
    ])
};

/// `__doc__` of a classmethod or staticmethod: one assigned to the
/// wrapper, else the wrapped function's (CPython copies it at creation).
pub fn wrapped_doc(v: Value) -> PyResult<Obj> {
    if let Some(d) = crate::builtins::object::instance_dict(v) {
        if let Some(doc) = crate::builtins::dict::get_item_str_value(d, crate::builtins::str::intern("__doc__").v()) {
            return Ok(Obj::from_borrowed(doc));
        }
    }
    crate::protocol::getattr(get(v).func, crate::builtins::str::intern("__doc__").v())
}

/// Assigning or deleting `__doc__` of a classmethod or staticmethod.
pub fn set_wrapped_doc(v: Value, value: Option<Value>) -> PyResult<()> {
    let d = crate::builtins::object::instance_dict(v).expect("wrappers have a dict");
    let key = crate::builtins::str::intern("__doc__");
    match value {
        Some(x) => crate::builtins::dict::set_item(d, key.v(), x),
        None => crate::builtins::dict::set_item(d, key.v(), Value::NONE),
    }
}

/// Layout shared by `classmethod` and `staticmethod`.
#[repr(C)]
pub struct Wrapped {
    pub header: Header,
    pub func: Value,
    pub dict: Value,
}

pub fn get<'a>(v: Value) -> &'a Wrapped {
    // SAFETY: classmethod/staticmethod objects.
    unsafe { &*v.as_ptr::<Wrapped>() }
}

pub unsafe fn dealloc_wrapped(v: Value) {
    decref(get(v).func);
    decref(get(v).dict);
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// A wrapper of type `ty` around `func` (borrowed).
pub fn wrap(ty: *mut TypeObject, func: Value) -> Obj {
    let p = alloc_object(ty, std::mem::size_of::<Wrapped>()) as *mut Wrapped;
    incref(func);
    // SAFETY: fresh allocation.
    unsafe { (*p).func = func };
    Obj::from_owned(Value::from_ptr(p))
}

pub fn new(func: Value) -> Obj {
    wrap(&raw mut CLASSMETHOD_TYPE, func)
}

fn classmethod_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    match args.positional() {
        [f] if args.kw_is_empty() => Ok(wrap(ty, *f)),
        other => Err(type_error(format!("classmethod expected 1 argument, got {}", other.len()))),
    }
}

fn classmethod_get(d: Value, obj: Value, owner: Value) -> PyResult<Obj> {
    let cls = if owner.is_null() || owner.is_none() { Value::from_ptr(type_of(obj)) } else { owner };
    let func = get(d).func;
    // A wrapped descriptor (e.g. a property) binds to the class itself.
    if let Some(inner) = crate::object::type_slots(func).descr_get {
        if !crate::builtins::function::is_function(func) {
            return inner(func, cls, cls);
        }
    }
    Ok(method::new(func, cls))
}
