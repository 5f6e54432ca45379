//! `mappingproxy`: a read-only view of a mapping, which is what
//! `cls.__dict__` returns so a class namespace cannot be changed behind
//! the back of its slots (writes go through `setattr(cls, ...)`).

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{MethodDef, Slots, TypeObject};
use crate::builtins::str as pystr;
use crate::call::{self, Args};
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type};
use crate::protocol;

pub static mut MAPPINGPROXY_TYPE: TypeObject = TypeObject::builtin(
    "mappingproxy",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_proxy,
    Slots {
        repr: Some(|p| {
            let r = protocol::repr(mapping(p))?;
            Ok(pystr::new(&format!("mappingproxy({})", pystr::as_str(r.v()))))
        }),
        str: Some(|p| protocol::str_(mapping(p))),
        richcompare: Some(proxy_richcompare),
        len: Some(|p| protocol::len(mapping(p))),
        iter: Some(|p| protocol::iter(mapping(p))),
        getitem: Some(|p, k| protocol::getitem(mapping(p), k)),
        contains: Some(|p, k| protocol::contains(mapping(p), k)),
        new: Some(proxy_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("keys", |a| forward(a, "keys"), 0, 0),
        MethodDef::positional("values", |a| forward(a, "values"), 0, 0),
        MethodDef::positional("items", |a| forward(a, "items"), 0, 0),
        MethodDef::positional("get", |a| forward(a, "get"), 1, 2),
        MethodDef::positional("copy", |a| forward(a, "copy"), 0, 0),
    ],
);

#[repr(C)]
struct MappingProxyObject {
    header: Header,
    mapping: Value,
}

fn mapping(p: Value) -> Value {
    // SAFETY: mappingproxy objects.
    unsafe { (*p.as_ptr::<MappingProxyObject>()).mapping }
}

/// A read-only view of `mapping`.
pub fn new(mapping: Value) -> Obj {
    let p = alloc_object(&raw mut MAPPINGPROXY_TYPE, std::mem::size_of::<MappingProxyObject>()) as *mut MappingProxyObject;
    // SAFETY: fresh allocation.
    unsafe { (*p).mapping = Obj::from_borrowed(mapping).into_raw() };
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_proxy(p: Value) {
    decref(mapping(p));
    unsafe { free_object(p.as_ptr::<Header>()) }
}

/// `mappingproxy(mapping)`.
fn proxy_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let [m] = args.positional() else {
        return Err(type_error(format!("mappingproxy() takes exactly one argument ({} given)", args.nargs)));
    };
    if crate::builtins::list::is_list(*m) || crate::builtins::tuple::is_tuple(*m) || crate::object::type_slots(*m).getitem.is_none() {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            crate::builtins::type_::type_name_of(*m)
        )));
    }
    Ok(new(*m))
}

/// Calls method `name` of the proxied mapping with the other arguments.
fn forward(a: &[Value], name: &str) -> PyResult<Obj> {
    let key = pystr::intern(name);
    call::call_method(mapping(a[0]), key.v(), &Args::positional_only(&a[1..]))
}

fn proxy_richcompare(p: Value, other: Value, op: CompareOp) -> PyResult<Obj> {
    let other = if has_type(other, &raw mut MAPPINGPROXY_TYPE) { mapping(other) } else { other };
    protocol::rich_compare(mapping(p), other, op)
}
