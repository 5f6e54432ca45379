//! `module`: a namespace backed by a real dict (its globals).

use molt_abi::Value;

use crate::builtins::object::{OBJECT_TYPE, generic_getattr_opt, generic_setattr};
use crate::builtins::type_::{GetSetDef, Slots, TypeObject, flags};
use crate::builtins::{dict, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, attribute_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type};

pub static mut MODULE_TYPE: TypeObject = TypeObject {
    dict_offset: std::mem::offset_of!(ModuleObject, dict),
    ..TypeObject::builtin(
        "module",
        &raw mut OBJECT_TYPE,
        flags::BASETYPE | flags::HAS_DICT,
        dealloc_module,
        Slots {
            repr: Some(module_repr),
            getattr: Some(module_getattr),
            setattr: Some(generic_setattr),
            new: Some(module_new),
            ..Slots::EMPTY
        },
        &[],
    )
    .with_getsets(&[GetSetDef { name: "__dict__", get: |m| Ok(Obj::from_borrowed(dict_of(m))), set: None }])
};

#[repr(C)]
pub struct ModuleObject {
    pub header: Header,
    pub dict: Value,
}

unsafe fn dealloc_module(v: Value) {
    decref(dict_of(v));
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// A new module named `name` with a fresh globals dict.
pub fn new(name: &str) -> Obj {
    let p = alloc_object(&raw mut MODULE_TYPE, std::mem::size_of::<ModuleObject>()) as *mut ModuleObject;
    let d = dict::new();
    for (key, value) in [("__name__", pystr::new(name)), ("__doc__", Obj::none()), ("__package__", Obj::none()), ("__spec__", Obj::none()), ("__loader__", Obj::none())] {
        dict::set_item_str(d.v(), key, value.v()).ok();
    }
    // SAFETY: fresh allocation.
    unsafe { (*p).dict = d.into_raw() };
    Obj::from_owned(Value::from_ptr(p))
}

pub fn is_module(v: Value) -> bool {
    v.is_ptr() && crate::builtins::type_::is_subtype(crate::object::type_of(v), &raw mut MODULE_TYPE)
}

pub fn dict_of(m: Value) -> Value {
    // SAFETY: module object.
    unsafe { (*m.as_ptr::<ModuleObject>()).dict }
}

/// The module's `__name__` as a Rust string ("?" if missing).
pub fn name_of(m: Value) -> String {
    match dict::get_item_str_value(dict_of(m), pystr::intern("__name__").v()) {
        Some(n) if pystr::is_str(n) => pystr::as_str(n).to_string(),
        _ => "?".to_string(),
    }
}

fn module_repr(m: Value) -> PyResult<Obj> {
    let name = name_of(m);
    match dict::get_item_str_value(dict_of(m), pystr::intern("__file__").v()) {
        Some(f) if pystr::is_str(f) => Ok(pystr::new(&format!("<module '{name}' from '{}'>", pystr::as_str(f)))),
        _ => Ok(pystr::new(&format!("<module '{name}' (built-in)>"))),
    }
}

/// Attribute lookup with PEP 562's module `__getattr__` and CPython's
/// message, including the circular-import hint.
pub fn module_getattr(m: Value, name: Value) -> PyResult<Obj> {
    if let Some(v) = generic_getattr_opt(m, name)? {
        return Ok(v);
    }
    if let Some(hook) = dict::get_item_str_value(dict_of(m), pystr::intern("__getattr__").v()) {
        let hook = Obj::from_borrowed(hook);
        return crate::call::call_positional(hook.v(), &[name]);
    }
    let module = name_of(m);
    let attr = pystr::as_str(name);
    if crate::import::is_initializing(m) {
        return Err(attribute_error(format!(
            "partially initialized module '{module}' has no attribute '{attr}' (most likely due to a circular import)"
        )));
    }
    Err(attribute_error(format!("module '{module}' has no attribute '{attr}'")))
}

fn module_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    match args.positional() {
        [name] if pystr::is_str(*name) => Ok(new(pystr::as_str(*name))),
        _ => Err(crate::error::type_error("module() argument 'name' must be str")),
    }
}

pub fn is_exact_module(v: Value) -> bool {
    has_type(v, &raw mut MODULE_TYPE)
}
