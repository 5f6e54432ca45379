//! `object`: the root type, and the generic attribute protocol every type
//! without special needs uses.

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::type_::{self, GetSetDef, MethodDef, Slots, TypeObject, flags, lookup, type_name_of};
use crate::builtins::{dict, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, type_of, type_slots};

pub static mut OBJECT_TYPE: TypeObject = TypeObject::builtin(
    "object",
    std::ptr::null_mut(),
    flags::BASETYPE,
    dealloc_plain,
    Slots {
        repr: Some(default_repr),
        str: Some(default_str),
        hash: Some(identity_hash),
        richcompare: Some(identity_compare),
        getattr: Some(generic_getattr),
        setattr: Some(generic_setattr),
        new: Some(object_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::keywords("__init__", crate::builtins::heap_type::object_init),
        MethodDef::keywords("__new__", crate::builtins::heap_type::object_new).static_(),
        MethodDef::keywords("__init_subclass__", crate::builtins::heap_type::object_init_subclass).class(),
        MethodDef::positional("__format__", object_format, 1, 1),
        MethodDef::positional("__sizeof__", object_sizeof, 0, 0),
        MethodDef::positional("__dir__", |a| crate::modules::builtins::default_dir(a[0]), 0, 0),
    ],
)
.with_getsets(&[GetSetDef { name: "__class__", get: get_class, set: Some(set_class) }])
.with_doc(
    "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
);

/// `object.__sizeof__()`: the instance's fixed size in bytes.
fn object_sizeof(a: &[Value]) -> PyResult<Obj> {
    let ty = type_of(a[0]);
    // SAFETY: live type object.
    let size = unsafe { (*ty).instance_size }.max(std::mem::size_of::<Header>());
    Ok(crate::builtins::int::from_i64(size as i64))
}

/// `object.__format__(spec)`: `str(self)` for an empty spec.
fn object_format(a: &[Value]) -> PyResult<Obj> {
    if !pystr::is_str(a[1]) {
        return Err(type_error(format!("format spec must be a str, not {}", type_name_of(a[1]))));
    }
    if !pystr::as_str(a[1]).is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name_of(a[0]))));
    }
    crate::protocol::str_(a[0])
}

/// Frees an object that holds no references beyond its header (and its
/// instance dict, if its type has one).
pub unsafe fn dealloc_plain(v: Value) {
    unsafe {
        let ty = type_of(v);
        let off = (*ty).dict_offset;
        if off != 0 {
            decref(*((v.0 as usize + off) as *const Value));
        }
        free_object(v.as_ptr::<Header>());
    }
}

fn object_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.is_empty() {
        return Err(type_error(format!("{}() takes no arguments", type_::type_qualname(ty))));
    }
    // SAFETY: `ty` is a live type; plain objects are just a header (plus a
    // dict slot for heap types that have one).
    let size = unsafe { (*ty).instance_size.max(std::mem::size_of::<Header>()) };
    Ok(Obj::from_owned(Value::from_ptr(alloc_object(ty, size))))
}

/// `<module.Qualname object at 0x...>`.
pub fn default_repr(v: Value) -> PyResult<Obj> {
    let ty = type_of(v);
    let text = match type_::type_module_opt(ty) {
        Some(module) if module != "builtins" => format!("<{module}.{} object at {:#x}>", type_::type_qualname(ty), v.0),
        _ => format!("<{} object at {:#x}>", type_::tp_name(ty), v.0),
    };
    Ok(pystr::new(&text))
}

fn default_str(v: Value) -> PyResult<Obj> {
    crate::protocol::repr(v)
}

/// CPython's `_Py_HashPointer`: the address rotated right by 4 bits.
pub fn identity_hash(v: Value) -> PyResult<i64> {
    let h = v.0.rotate_right(4) as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn identity_compare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    match op {
        CompareOp::Eq if a == b => Ok(Obj::from_bool(true)),
        CompareOp::Ne => {
            // `__ne__` defaults to the inverse of `__eq__` (the slot of
            // `a`'s type only, without reflection, as CPython).
            let eq = match type_slots(a).richcompare {
                Some(f) => f(a, b, CompareOp::Eq)?,
                None => Obj::from_owned(Value::NOT_IMPLEMENTED),
            };
            if eq.v() == Value::NOT_IMPLEMENTED {
                return Ok(eq);
            }
            Ok(Obj::from_bool(!crate::protocol::truthy(eq.v())?))
        }
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

fn get_class(v: Value) -> PyResult<Obj> {
    Ok(Obj::from_borrowed(Value::from_ptr(type_of(v))))
}

/// `obj.__class__ = cls`: allowed between classes created at run time
/// whose instances have the same layout.
fn set_class(obj: Value, value: Option<Value>) -> PyResult<()> {
    let Some(new) = value else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    if !type_::is_instance(new, &raw mut type_::TYPE_TYPE) {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", type_name_of(new))));
    }
    let (old_ty, new_ty) = (type_of(obj), new.as_ptr::<TypeObject>());
    let heap = |t: *mut TypeObject| crate::builtins::heap_type::is_heap(t);
    if !heap(old_ty) || !heap(new_ty) {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    // SAFETY: live heap types.
    let same_layout = unsafe {
        crate::builtins::subtype::solid_base(old_ty) == crate::builtins::subtype::solid_base(new_ty)
            && (*old_ty).instance_size == (*new_ty).instance_size
            && (*old_ty).dict_offset == (*new_ty).dict_offset
            && crate::builtins::heap_type::layout_base(old_ty) == crate::builtins::heap_type::layout_base(new_ty)
    };
    if !same_layout {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            type_::type_name(new_ty),
            type_::type_name(old_ty)
        )));
    }
    crate::object::incref(new);
    // SAFETY: live heap object; its header owns a reference to its type.
    unsafe { (*obj.as_ptr::<Header>()).ty = new_ty };
    decref(Value::from_ptr(old_ty));
    Ok(())
}

/// The instance dict slot of `obj`, if its type has one.
pub fn instance_dict_slot(obj: Value) -> Option<*mut Value> {
    if !obj.is_ptr() {
        return None;
    }
    let ty = type_of(obj);
    // SAFETY: live type object; the offset lies inside the instance.
    let off = unsafe { (*ty).dict_offset };
    if off == 0 { None } else { Some(crate::builtins::subtype::field_addr(obj, ty, off)) }
}

/// The instance dict of `obj` (borrowed), created on first use.
pub fn instance_dict(obj: Value) -> Option<Value> {
    let slot = instance_dict_slot(obj)?;
    // SAFETY: the slot belongs to the live object.
    unsafe {
        if (*slot).is_null() {
            *slot = dict::new().into_raw();
        }
        Some(*slot)
    }
}

/// The `__dict__` attribute of objects with an instance dict.
pub fn get_dict(obj: Value) -> PyResult<Obj> {
    match instance_dict(obj) {
        Some(d) => Ok(Obj::from_borrowed(d)),
        None => Err(no_attribute(obj, pystr::intern("__dict__").v())),
    }
}

/// Assigning or deleting the `__dict__` attribute.
pub fn set_dict(obj: Value, value: Option<Value>) -> PyResult<()> {
    if let Some(v) = value {
        if !dict::is_dict(v) {
            return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name_of(v))));
        }
    }
    let slot = instance_dict_slot(obj).expect("class with a __dict__ getset has a dict slot");
    // SAFETY: the slot belongs to the live object.
    unsafe {
        let old = *slot;
        *slot = match value {
            Some(v) => Obj::from_borrowed(v).into_raw(),
            None => Value::NULL,
        };
        decref(old);
    }
    Ok(())
}

/// `object.__getattribute__`: data descriptors on the type, then the
/// instance dict, then other class attributes.
pub fn generic_getattr(obj: Value, name: Value) -> PyResult<Obj> {
    match generic_getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(obj, name)),
    }
}

/// Like [`generic_getattr`] but `Ok(None)` instead of AttributeError.
pub fn generic_getattr_opt(obj: Value, name: Value) -> PyResult<Option<Obj>> {
    let ty = type_of(obj);
    let descr = lookup(ty, name);
    if !descr.is_null() {
        let s = type_slots(descr);
        if let (Some(get), Some(_)) = (s.descr_get, s.descr_set) {
            return get(descr, obj, Value::from_ptr(ty)).map(Some);
        }
    }
    if let Some(slot) = instance_dict_slot(obj) {
        // SAFETY: the slot belongs to the live object.
        let d = unsafe { *slot };
        if !d.is_null() {
            if let Some(v) = dict::get_item_str_value(d, name) {
                return Ok(Some(Obj::from_borrowed(v)));
            }
        }
    }
    if !descr.is_null() {
        if let Some(get) = type_slots(descr).descr_get {
            return get(descr, obj, Value::from_ptr(ty)).map(Some);
        }
        return Ok(Some(Obj::from_borrowed(descr)));
    }
    Ok(None)
}

/// `object.__setattr__`/`__delattr__`.
pub fn generic_setattr(obj: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(obj);
    let descr = lookup(ty, name);
    if !descr.is_null() {
        if let Some(set) = type_slots(descr).descr_set {
            return set(descr, obj, value);
        }
    }
    match instance_dict(obj) {
        Some(d) => match value {
            Some(v) => dict::set_item(d, name, v),
            None => {
                if dict::contains_key(d, name)? {
                    dict::del_item(d, name)
                } else {
                    Err(no_attribute(obj, name))
                }
            }
        },
        None => {
            if descr.is_null() {
                Err(no_attribute(obj, name))
            } else {
                Err(attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name_of(obj),
                    pystr::as_str(name)
                )))
            }
        }
    }
}

/// The AttributeError for a missing attribute, with CPython's wording.
pub fn no_attribute(obj: Value, name: Value) -> crate::error::Raised {
    let message = format!("'{}' object has no attribute '{}'", type_name_of(obj), pystr::as_str(name));
    crate::builtins::exceptions::attribute_error_on(obj, name, message)
}
