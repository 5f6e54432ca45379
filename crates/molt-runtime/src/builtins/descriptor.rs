//! Descriptors of built-in types: `method_descriptor` (a method table
//! entry seen on its class) and `getset_descriptor` (a computed attribute).

use molt_abi::Value;

use crate::builtins::builtin_function;
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str as pystr;
use crate::builtins::type_::{GetSetDef, MethodDef, MethodKind, Slots, TypeObject, is_instance, type_name, type_name_of};
use crate::call::{self, Args};
use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Header, Obj, alloc_object};

pub static mut METHOD_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "method_descriptor",
    &raw mut OBJECT_TYPE,
    0,
    crate::builtins::type_::never_dealloc,
    Slots {
        repr: Some(method_repr),
        call: Some(method_call),
        descr_get: Some(method_get),
        ..Slots::EMPTY
    },
    &[],
);

pub static mut GETSET_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "getset_descriptor",
    &raw mut OBJECT_TYPE,
    0,
    crate::builtins::type_::never_dealloc,
    Slots {
        repr: Some(getset_repr),
        descr_get: Some(getset_get),
        descr_set: Some(getset_set),
        ..Slots::EMPTY
    },
    &[],
);

/// Descriptors live as long as their (static) type: they are immortal.
#[repr(C)]
pub struct MethodDescriptor {
    pub header: Header,
    pub def: *const MethodDef,
    pub owner: *mut TypeObject,
}

#[repr(C)]
pub struct GetSetDescriptor {
    pub header: Header,
    pub def: *const GetSetDef,
    pub owner: *mut TypeObject,
}

pub fn new_method(def: &'static MethodDef, owner: *mut TypeObject) -> Obj {
    let p = alloc_object(&raw mut METHOD_DESCRIPTOR_TYPE, std::mem::size_of::<MethodDescriptor>()) as *mut MethodDescriptor;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).def = def;
        (*p).owner = owner;
    }
    let v = Obj::from_owned(Value::from_ptr(p));
    crate::object::make_immortal(v.v());
    v
}

pub fn new_getset(def: &'static GetSetDef, owner: *mut TypeObject) -> Obj {
    let p = alloc_object(&raw mut GETSET_DESCRIPTOR_TYPE, std::mem::size_of::<GetSetDescriptor>()) as *mut GetSetDescriptor;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).def = def;
        (*p).owner = owner;
    }
    let v = Obj::from_owned(Value::from_ptr(p));
    crate::object::make_immortal(v.v());
    v
}

fn method<'a>(d: Value) -> (&'static MethodDef, *mut TypeObject) {
    // SAFETY: a MethodDescriptor over a static method table.
    unsafe {
        let p = d.as_ptr::<MethodDescriptor>();
        (&*(*p).def, (*p).owner)
    }
}

pub fn is_method_descriptor(v: Value) -> bool {
    crate::object::has_type(v, &raw mut METHOD_DESCRIPTOR_TYPE)
}

/// The method table entry behind a method descriptor, with its owner.
pub fn method_def(d: Value) -> (&'static MethodDef, *mut TypeObject) {
    method(d)
}

/// The static name of a type (for `list.append`-style names).
fn owner_name(owner: *mut TypeObject) -> &'static str {
    // SAFETY: static built-in types.
    unsafe { (*owner).name }
}

fn method_repr(d: Value) -> PyResult<Obj> {
    let (def, owner) = method(d);
    Ok(pystr::new(&format!("<method '{}' of '{}' objects>", def.name, type_name(owner))))
}

/// `list.append(lst, x)`: the first argument is the receiver.
fn method_call(d: Value, args: &Args) -> PyResult<Obj> {
    let (def, owner) = method(d);
    let qual = || format!("{}.{}", owner_name(owner), def.name);
    match def.kind {
        MethodKind::Static => call::call_native(def, None, &qual, args),
        MethodKind::Class => call::call_native(def, Some(Value::from_ptr(owner)), &qual, args),
        MethodKind::Instance => {
            let Some((&receiver, rest)) = args.positional().split_first() else {
                return Err(type_error(format!(
                    "unbound method {}() needs an argument",
                    qual()
                )));
            };
            if !is_instance(receiver, owner) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    def.name,
                    type_name(owner),
                    type_name_of(receiver)
                )));
            }
            let shifted = Args { all: &args.all[1..], nargs: rest.len(), kwnames: args.kwnames };
            call::call_native(def, Some(receiver), &qual, &shifted)
        }
    }
}

fn method_get(d: Value, obj: Value, owner: Value) -> PyResult<Obj> {
    let (def, defining) = method(d);
    match def.kind {
        MethodKind::Instance if obj.is_null() => Ok(Obj::from_borrowed(d)),
        MethodKind::Instance => Ok(builtin_function::new_bound(def, obj, owner_name(defining))),
        MethodKind::Class => {
            let cls = if owner.is_null() { Value::from_ptr(crate::object::type_of(obj)) } else { owner };
            Ok(builtin_function::new_bound(def, cls, owner_name(defining)))
        }
        MethodKind::Static => Ok(builtin_function::new_static(def, owner_name(defining))),
    }
}

fn getset<'a>(d: Value) -> (&'static GetSetDef, *mut TypeObject) {
    // SAFETY: a GetSetDescriptor over a static table.
    unsafe {
        let p = d.as_ptr::<GetSetDescriptor>();
        (&*(*p).def, (*p).owner)
    }
}

fn getset_repr(d: Value) -> PyResult<Obj> {
    let (def, owner) = getset(d);
    Ok(pystr::new(&format!("<attribute '{}' of '{}' objects>", def.name, type_name(owner))))
}

fn getset_get(d: Value, obj: Value, _owner: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::from_borrowed(d));
    }
    let (def, owner) = getset(d);
    if !is_instance(obj, owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            def.name,
            type_name(owner),
            type_name_of(obj)
        )));
    }
    (def.get)(obj)
}

fn getset_set(d: Value, obj: Value, value: Option<Value>) -> PyResult<()> {
    let (def, owner) = getset(d);
    match def.set {
        Some(set) => set(obj, value),
        None => Err(attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            def.name,
            type_name(owner)
        ))),
    }
}
