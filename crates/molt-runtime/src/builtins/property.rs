//! `property`: a data descriptor calling getter, setter and deleter
//! functions.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, type_qualname};
use crate::builtins::str as pystr;
use crate::call::{self, Args};
use crate::error::{PyResult, attribute_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, type_of};

pub static mut PROPERTY_TYPE: TypeObject = TypeObject::builtin(
    "property",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_property,
    Slots { descr_get: Some(property_get), descr_set: Some(property_set), new: Some(property_new), ..Slots::EMPTY },
    &[
        MethodDef::positional("getter", |a| copy_with(a[0], Some(a[1]), None, None), 1, 1),
        MethodDef::positional("setter", |a| copy_with(a[0], None, Some(a[1]), None), 1, 1),
        MethodDef::positional("deleter", |a| copy_with(a[0], None, None, Some(a[1])), 1, 1),
        MethodDef::positional("__set_name__", set_name, 2, 2),
    ],
)
.with_getsets(&[
    GetSetDef { name: "fget", get: |v| Ok(or_none(get(v).fget)), set: None },
    GetSetDef { name: "fset", get: |v| Ok(or_none(get(v).fset)), set: None },
    GetSetDef { name: "fdel", get: |v| Ok(or_none(get(v).fdel)), set: None },
    GetSetDef { name: "__doc__", get: |v| Ok(or_none(get(v).doc)), set: None },
]);

#[repr(C)]
pub struct PropertyObject {
    header: Header,
    fget: Value,
    fset: Value,
    fdel: Value,
    doc: Value,
    /// The attribute name, from `__set_name__` (for error messages).
    name: Value,
}

fn get<'a>(v: Value) -> &'a mut PropertyObject {
    // SAFETY: property objects.
    unsafe { &mut *v.as_ptr::<PropertyObject>() }
}

fn or_none(v: Value) -> Obj {
    if v.is_null() { Obj::none() } else { Obj::from_borrowed(v) }
}

fn held(v: Option<Value>) -> Value {
    match v {
        Some(x) if !x.is_none() => {
            incref(x);
            x
        }
        _ => Value::NULL,
    }
}

unsafe fn dealloc_property(v: Value) {
    let p = get(v);
    for f in [p.fget, p.fset, p.fdel, p.doc, p.name] {
        decref(f);
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn alloc(ty: *mut TypeObject, fget: Option<Value>, fset: Option<Value>, fdel: Option<Value>, doc: Option<Value>) -> PyResult<Obj> {
    let p = alloc_object(ty, std::mem::size_of::<PropertyObject>()) as *mut PropertyObject;
    // The getter's docstring stands in for a missing doc.
    let doc = match doc.filter(|d| !d.is_none()) {
        Some(d) => Some(d),
        None => match fget.filter(|f| !f.is_none()) {
            Some(f) => crate::protocol::getattr_opt(f, "__doc__")?.map(|d| d.into_raw()).inspect(|&d| decref(d)),
            None => None,
        },
    };
    // SAFETY: fresh allocation.
    unsafe {
        (*p).fget = held(fget);
        (*p).fset = held(fset);
        (*p).fdel = held(fdel);
        (*p).doc = held(doc);
    }
    Ok(Obj::from_owned(Value::from_ptr(p)))
}

fn property_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let p = args.parse("property", &["fget", "fset", "fdel", "doc"], 0)?;
    alloc(ty, p[0], p[1], p[2], p[3])
}

fn copy_with(v: Value, fget: Option<Value>, fset: Option<Value>, fdel: Option<Value>) -> PyResult<Obj> {
    let p = get(v);
    let pick = |new: Option<Value>, old: Value| new.or((!old.is_null()).then_some(old));
    let out = alloc(type_of(v), pick(fget, p.fget), pick(fset, p.fset), pick(fdel, p.fdel), (!p.doc.is_null()).then_some(p.doc))?;
    if !p.name.is_null() {
        incref(p.name);
        get(out.v()).name = p.name;
    }
    Ok(out)
}

fn set_name(a: &[Value]) -> PyResult<Obj> {
    let p = get(a[0]);
    incref(a[2]);
    let old = std::mem::replace(&mut p.name, a[2]);
    decref(old);
    Ok(Obj::none())
}

fn describe(v: Value, obj: Value, what: &str) -> crate::error::Raised {
    let name = get(v).name;
    let owner = type_qualname(type_of(obj));
    if name.is_null() || !pystr::is_str(name) {
        attribute_error(format!("property of '{owner}' object has no {what}"))
    } else {
        attribute_error(format!("property '{}' of '{owner}' object has no {what}", pystr::as_str(name)))
    }
}

fn property_get(v: Value, obj: Value, _owner: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::from_borrowed(v));
    }
    let fget = get(v).fget;
    if fget.is_null() {
        return Err(describe(v, obj, "getter"));
    }
    call::call_positional(fget, &[obj])
}

fn property_set(v: Value, obj: Value, value: Option<Value>) -> PyResult<()> {
    let p = get(v);
    match value {
        Some(x) => {
            if p.fset.is_null() {
                return Err(describe(v, obj, "setter"));
            }
            call::call_positional(p.fset, &[obj, x]).map(|_| ())
        }
        None => {
            if p.fdel.is_null() {
                return Err(describe(v, obj, "deleter"));
            }
            call::call_positional(p.fdel, &[obj]).map(|_| ())
        }
    }
}
