//! `member_descriptor`: one `__slots__` entry of a class, seen on the
//! class. It reads and writes a value field at a fixed offset of the
//! instance (shifted past the variable part for `str`/`tuple`/`bytes`
//! subclasses, see `subtype`); an empty (null) field reads as a missing
//! attribute.
//!
//! ```python
//! class Point:
//!     __slots__ = ("x", "y")   # Point.x is <member 'x' of 'Point' objects>
//! ```

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str as pystr;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject, is_instance, type_name, type_name_of, type_qualname};
use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, type_of};

pub static mut MEMBER_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "member_descriptor",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_member,
    Slots { repr: Some(member_repr), descr_get: Some(member_get), descr_set: Some(member_set), ..Slots::EMPTY },
    &[],
)
.with_getsets(&[
    GetSetDef { name: "__name__", get: |d| Ok(Obj::from_borrowed(get(d).name)), set: None },
    GetSetDef {
        name: "__qualname__",
        get: |d| Ok(pystr::new(&format!("{}.{}", type_qualname(get(d).owner), pystr::as_str(get(d).name)))),
        set: None,
    },
    GetSetDef { name: "__objclass__", get: |d| Ok(Obj::from_borrowed(Value::from_ptr(get(d).owner))), set: None },
]);

#[repr(C)]
struct MemberDescriptor {
    header: Header,
    /// The (mangled) slot name.
    name: Value,
    /// The class whose `__slots__` declared the member; it outlives the
    /// descriptor, which lives in its dict.
    owner: *mut TypeObject,
    offset: usize,
}

fn get<'a>(d: Value) -> &'a MemberDescriptor {
    // SAFETY: member descriptors.
    unsafe { &*d.as_ptr::<MemberDescriptor>() }
}

/// A descriptor for the field at `offset` of `owner`'s instances.
pub fn new(name: Obj, owner: *mut TypeObject, offset: usize) -> Obj {
    let p = alloc_object(&raw mut MEMBER_DESCRIPTOR_TYPE, std::mem::size_of::<MemberDescriptor>()) as *mut MemberDescriptor;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).name = name.into_raw();
        (*p).owner = owner;
        (*p).offset = offset;
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_member(d: Value) {
    decref(get(d).name);
    unsafe { free_object(d.as_ptr::<Header>()) }
}

fn member_repr(d: Value) -> PyResult<Obj> {
    let m = get(d);
    Ok(pystr::new(&format!("<member '{}' of '{}' objects>", pystr::as_str(m.name), type_name(m.owner))))
}

/// The field of `obj` the descriptor names, after CPython's type check.
fn field(d: Value, obj: Value) -> PyResult<*mut Value> {
    let m = get(d);
    if !is_instance(obj, m.owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            pystr::as_str(m.name),
            type_name(m.owner),
            type_name_of(obj)
        )));
    }
    Ok(crate::builtins::subtype::field_addr(obj, type_of(obj), m.offset))
}

fn member_get(d: Value, obj: Value, _owner: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::from_borrowed(d));
    }
    let slot = field(d, obj)?;
    // SAFETY: the field lies inside the live instance.
    let v = unsafe { *slot };
    if v.is_null() {
        return Err(crate::builtins::object::no_attribute(obj, get(d).name));
    }
    Ok(Obj::from_borrowed(v))
}

fn member_set(d: Value, obj: Value, value: Option<Value>) -> PyResult<()> {
    let slot = field(d, obj)?;
    // SAFETY: the field lies inside the live instance.
    unsafe {
        let old = *slot;
        match value {
            Some(v) => {
                crate::object::incref(v);
                *slot = v;
            }
            None if old.is_null() => return Err(attribute_error(pystr::as_str(get(d).name).to_string())),
            None => *slot = Value::NULL,
        }
        decref(old);
    }
    Ok(())
}
