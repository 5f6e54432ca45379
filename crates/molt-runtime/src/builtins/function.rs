//! `function`: Python functions compiled by Molt.
//!
//! A function object pairs a static code descriptor emitted by the backend
//! (its body, its generic-entry trampoline and its serialized `CodeInfo`)
//! with the run-time parts CPython keeps on the function: globals, default
//! values, closure cells and the attribute dict.

use molt_abi::Value;
use molt_abi::layout::CodeDesc;

use crate::builtins::code::{CodeObject, as_value as code_value, code_from_desc};
use crate::builtins::object::{OBJECT_TYPE, generic_getattr, generic_setattr};
use crate::builtins::type_::{GetSetDef, Slots, TypeObject, flags};
use crate::builtins::{dict, method, str as pystr, tuple};
use crate::call::Args;
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref};

pub static mut FUNCTION_TYPE: TypeObject = TypeObject {
    dict_offset: std::mem::offset_of!(FunctionObject, dict),
    ..TypeObject::builtin(
        "function",
        &raw mut OBJECT_TYPE,
        flags::HAS_DICT,
        dealloc_function,
        Slots {
            repr: Some(function_repr),
            call: Some(function_call),
            descr_get: Some(function_get),
            getattr: Some(generic_getattr),
            setattr: Some(generic_setattr),
            ..Slots::EMPTY
        },
        &[],
    )
    .with_getsets(&[
        GetSetDef { name: "__name__", get: |f| Ok(Obj::from_borrowed(get(f).name)), set: Some(set_name) },
        GetSetDef { name: "__qualname__", get: |f| Ok(Obj::from_borrowed(get(f).qualname)), set: Some(set_qualname) },
        GetSetDef { name: "__doc__", get: |f| Ok(Obj::from_borrowed(get(f).doc)), set: Some(set_doc) },
        GetSetDef { name: "__module__", get: |f| Ok(Obj::from_borrowed(get(f).module)), set: Some(set_module) },
        GetSetDef { name: "__defaults__", get: |f| Ok(or_none(get(f).defaults)), set: Some(set_defaults) },
        GetSetDef { name: "__kwdefaults__", get: |f| Ok(or_none(get(f).kwdefaults)), set: Some(set_kwdefaults) },
        GetSetDef { name: "__globals__", get: |f| Ok(Obj::from_borrowed(get(f).globals)), set: None },
        GetSetDef { name: "__closure__", get: |f| Ok(or_none(get(f).closure)), set: None },
        GetSetDef { name: "__code__", get: |f| Ok(Obj::from_borrowed(code_value(get(f).code))), set: None },
        GetSetDef { name: "__dict__", get: get_dict, set: None },
        GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations) },
    ])
};

#[repr(C)]
pub struct FunctionObject {
    pub header: Header,
    pub code: *const CodeObject,
    pub globals: Value,
    /// Tuple of defaults for the last positional parameters, or null.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or null.
    pub kwdefaults: Value,
    /// Tuple of cells, or null.
    pub closure: Value,
    pub dict: Value,
    pub name: Value,
    pub qualname: Value,
    pub doc: Value,
    pub module: Value,
}

/// A new function object (arguments borrowed; null ones mean absent).
pub fn new(desc: *const CodeDesc, globals: Value, defaults: Value, kwdefaults: Value, closure: Value) -> Obj {
    let code = code_from_desc(desc);
    let p = alloc_object(&raw mut FUNCTION_TYPE, std::mem::size_of::<FunctionObject>()) as *mut FunctionObject;
    for v in [globals, defaults, kwdefaults, closure] {
        if !v.is_null() {
            incref(v);
        }
    }
    // SAFETY: fresh allocation; the code object is immortal.
    unsafe {
        (*p).code = code;
        (*p).globals = globals;
        (*p).defaults = defaults;
        (*p).kwdefaults = kwdefaults;
        (*p).closure = closure;
        (*p).name = (*code).name;
        (*p).qualname = (*code).qualname;
        (*p).doc = Value::NONE;
        (*p).module = match dict::get_item_str_value(globals, pystr::intern("__name__").v()) {
            Some(m) => {
                incref(m);
                m
            }
            None => Value::NONE,
        };
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_function(v: Value) {
    let f = get(v);
    for field in [f.globals, f.defaults, f.kwdefaults, f.closure, f.dict, f.name, f.qualname, f.doc, f.module] {
        if !field.is_null() {
            decref(field);
        }
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

pub fn get<'a>(f: Value) -> &'a mut FunctionObject {
    // SAFETY: callers pass function objects.
    unsafe { &mut *f.as_ptr::<FunctionObject>() }
}

pub fn is_function(v: Value) -> bool {
    has_type(v, &raw mut FUNCTION_TYPE)
}

/// The code object of a function.
pub fn code<'a>(f: Value) -> &'a CodeObject {
    // SAFETY: code objects are immortal.
    unsafe { &*get(f).code }
}

fn or_none(v: Value) -> Obj {
    if v.is_null() { Obj::none() } else { Obj::from_borrowed(v) }
}

fn function_repr(f: Value) -> PyResult<Obj> {
    Ok(pystr::new(&format!("<function {} at {:#x}>", pystr::as_str(get(f).qualname), f.0)))
}

/// Calls a compiled function through its trampoline.
pub fn function_call(f: Value, args: &Args) -> PyResult<Obj> {
    let code = code(f);
    // SAFETY: the trampoline follows the generic-entry convention; `args`
    // stays alive for the call.
    let r = unsafe { (code.trampoline)(f, args.all.as_ptr(), args.nargs as i64, args.kwnames) };
    if r.is_null() { Err(crate::error::Raised) } else { Ok(Obj::from_owned(r)) }
}

/// Functions bind to instances as methods.
fn function_get(f: Value, obj: Value, _owner: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::from_borrowed(f));
    }
    Ok(method::new(f, obj))
}

fn replace_field(field: &mut Value, v: Value) {
    incref(v);
    let old = std::mem::replace(field, v);
    if !old.is_null() {
        decref(old);
    }
}

fn set_name(f: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) if pystr::is_str(v) => {
            replace_field(&mut get(f).name, v);
            Ok(())
        }
        _ => Err(type_error("__name__ must be set to a string object")),
    }
}

fn set_qualname(f: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) if pystr::is_str(v) => {
            replace_field(&mut get(f).qualname, v);
            Ok(())
        }
        _ => Err(type_error("__qualname__ must be set to a string object")),
    }
}

fn set_doc(f: Value, v: Option<Value>) -> PyResult<()> {
    replace_field(&mut get(f).doc, v.unwrap_or(Value::NONE));
    Ok(())
}

fn set_module(f: Value, v: Option<Value>) -> PyResult<()> {
    replace_field(&mut get(f).module, v.unwrap_or(Value::NONE));
    Ok(())
}

fn set_defaults(f: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        None => {
            replace_field(&mut get(f).defaults, Value::NULL);
            Ok(())
        }
        Some(v) if v.is_none() => {
            let old = std::mem::replace(&mut get(f).defaults, Value::NULL);
            decref(old);
            Ok(())
        }
        Some(v) if tuple::is_tuple(v) => {
            replace_field(&mut get(f).defaults, v);
            Ok(())
        }
        Some(_) => Err(type_error("__defaults__ must be set to a tuple object")),
    }
}

fn set_kwdefaults(f: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        None => {
            let old = std::mem::replace(&mut get(f).kwdefaults, Value::NULL);
            decref(old);
            Ok(())
        }
        Some(v) if v.is_none() => set_kwdefaults(f, None),
        Some(v) if dict::is_dict(v) => {
            replace_field(&mut get(f).kwdefaults, v);
            Ok(())
        }
        Some(_) => Err(type_error("__kwdefaults__ must be set to a dict object")),
    }
}

fn get_dict(f: Value) -> PyResult<Obj> {
    let d = crate::builtins::object::instance_dict(f).unwrap_or(Value::NONE);
    Ok(Obj::from_borrowed(d))
}

fn get_annotations(f: Value) -> PyResult<Obj> {
    let d = crate::builtins::object::instance_dict(f).unwrap_or(Value::NONE);
    let key = pystr::intern("__annotations__");
    if let Some(a) = dict::get_item_str_value(d, key.v()) {
        return Ok(Obj::from_borrowed(a));
    }
    let a = dict::new();
    dict::set_item(d, key.v(), a.v())?;
    Ok(a)
}

/// As CPython: a dict, or None (or `del`) to reset to a new empty dict on
/// the next read. (`functools.update_wrapper` assigns it.)
fn set_annotations(f: Value, v: Option<Value>) -> PyResult<()> {
    let d = crate::builtins::object::instance_dict(f).unwrap_or(Value::NONE);
    let key = pystr::intern("__annotations__");
    match v {
        Some(v) if dict::is_dict(v) => dict::set_item(d, key.v(), v),
        Some(v) if !v.is_none() => Err(type_error("__annotations__ must be set to a dict object")),
        _ => {
            if dict::get_item_str_value(d, key.v()).is_some() {
                dict::del_item(d, key.v())?;
            }
            Ok(())
        }
    }
}
