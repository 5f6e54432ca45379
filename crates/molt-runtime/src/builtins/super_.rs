//! `super`: attribute lookup that starts after a given class in the MRO
//! of an instance's (or class's) type.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TYPE_TYPE, TypeObject, is_instance, is_subtype, type_name, type_qualname};
use crate::builtins::{dict, str as pystr, tuple};
use crate::call::Args;
use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, type_of};

pub static mut SUPER_TYPE: TypeObject = TypeObject::builtin(
    "super",
    &raw mut OBJECT_TYPE,
    flags_base(),
    dealloc_super,
    Slots { repr: Some(super_repr), getattr: Some(super_getattr), new: Some(super_new), ..Slots::EMPTY },
    &[],
)
.with_getsets(&[
    GetSetDef { name: "__thisclass__", get: |v| Ok(Obj::from_borrowed(Value::from_ptr(get(v).this))), set: None },
    GetSetDef { name: "__self__", get: |v| Ok(Obj::from_borrowed(get(v).obj)), set: None },
    GetSetDef { name: "__self_class__", get: |v| Ok(Obj::from_borrowed(Value::from_ptr(get(v).obj_type))), set: None },
]);

const fn flags_base() -> u32 {
    crate::builtins::type_::flags::BASETYPE
}

#[repr(C)]
struct SuperObject {
    header: Header,
    this: *mut TypeObject,
    obj: Value,
    /// The type whose MRO is searched.
    obj_type: *mut TypeObject,
}

fn get<'a>(v: Value) -> &'a SuperObject {
    // SAFETY: super objects.
    unsafe { &*v.as_ptr::<SuperObject>() }
}

unsafe fn dealloc_super(v: Value) {
    let s = get(v);
    decref(Value::from_ptr(s.this));
    decref(s.obj);
    decref(Value::from_ptr(s.obj_type));
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn super_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let [this, obj] = args.positional() else {
        // Zero-argument `super()` inside a method is compiled to the
        // two-argument form, so only a call outside one gets here.
        return Err(match args.nargs {
            0 => crate::error::runtime_error("super(): no arguments"),
            1 => crate::error::not_implemented_error("unbound super objects are not supported"),
            n => type_error(format!("super() takes at most 2 arguments ({n} given)")),
        });
    };
    if !is_instance(*this, &raw mut TYPE_TYPE) {
        return Err(type_error(format!("super() argument 1 must be a type, not {}", crate::builtins::type_::type_name_of(*this))));
    }
    let this_t = this.as_ptr::<TypeObject>();
    let obj_type = if is_instance(*obj, &raw mut TYPE_TYPE) && is_subtype(obj.as_ptr(), this_t) {
        obj.as_ptr::<TypeObject>()
    } else if is_subtype(type_of(*obj), this_t) {
        type_of(*obj)
    } else {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    let p = alloc_object(ty, std::mem::size_of::<SuperObject>()) as *mut SuperObject;
    for v in [*this, *obj, Value::from_ptr(obj_type)] {
        incref(v);
    }
    // SAFETY: fresh allocation.
    unsafe {
        (*p).this = this_t;
        (*p).obj = *obj;
        (*p).obj_type = obj_type;
    }
    Ok(Obj::from_owned(Value::from_ptr(p)))
}

fn super_repr(v: Value) -> PyResult<Obj> {
    let s = get(v);
    Ok(pystr::new(&format!(
        "<super: <class '{}'>, <{} object>>",
        type_name(s.this),
        type_qualname(s.obj_type)
    )))
}

fn super_getattr(v: Value, name: Value) -> PyResult<Obj> {
    let s = get(v);
    // `__class__` and friends are attributes of the super object itself.
    if pystr::as_str(name) != "__class__" {
        // SAFETY: readied type with an MRO.
        let mro = unsafe { tuple::items((*s.obj_type).mro) };
        let start = mro.iter().position(|t| t.as_ptr::<TypeObject>() == s.this).map_or(mro.len(), |i| i + 1);
        for &t in &mro[start..] {
            // SAFETY: types in the MRO.
            let d = unsafe { (*t.as_ptr::<TypeObject>()).dict };
            if let Some(attr) = dict::get_item_str_value(d, name) {
                let attr = Obj::from_borrowed(attr);
                return match crate::object::type_slots(attr.v()).descr_get {
                    Some(get) => {
                        let obj = if s.obj == Value::from_ptr(s.obj_type) { Value::NULL } else { s.obj };
                        get(attr.v(), obj, Value::from_ptr(s.obj_type))
                    }
                    None => Ok(attr),
                };
            }
        }
    }
    match crate::builtins::object::generic_getattr_opt(v, name)? {
        Some(r) => Ok(r),
        None => Err(attribute_error(format!("'super' object has no attribute '{}'", pystr::as_str(name)))),
    }
}
