//! Instances of classes that extend a built-in type (`class Tag(str)`,
//! `class Point(tuple)`, `class Registry(dict)`): how they are laid out,
//! created (`X.__new__(S, ...)`) and freed.
//!
//! An instance starts with the layout of its *solid base* (the built-in
//! type it extends) and continues with the class's own fields: `__slots__`
//! members and the `__dict__` slot. For fixed-size bases those fields sit
//! at fixed offsets (`TypeObject::dict_offset`, member offsets). For the
//! variable-size bases `str`, `tuple` and `bytes` the fields follow the
//! variable part, so an offset is stored as if that part were empty and
//! [`field_addr`] shifts it by the instance's variable size (CPython uses
//! negative offsets for the same purpose):
//!
//! ```python
//! class Tag(str):      # [StrObject][text...][pad][__dict__]
//!     pass
//! ```
//!
//! Immutable bases create the value first and copy it into an instance of
//! the subclass (CPython's `long_subtype_new`, `unicode_subtype_new`, ...);
//! mutable bases create an empty instance that `__init__` fills.

use molt_abi::Value;

use crate::builtins::exceptions::{self, BASE_EXCEPTION};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{MethodDef, TYPE_TYPE, TypeObject, flags, is_instance, is_subtype, type_name, type_name_of};
use crate::builtins::{builtin_function, bytearray, bytes, bytesio, complex, dict, float, int, list, set, str as pystr, stringio, tuple};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, type_of};

/// Whether `ty` was created at run time.
fn is_heap(ty: *mut TypeObject) -> bool {
    // SAFETY: live type object.
    unsafe { (*ty).flags & flags::HEAP != 0 }
}

/// The built-in type whose layout instances of `ty` share.
pub fn solid_base(ty: *mut TypeObject) -> *mut TypeObject {
    let mut t = ty;
    while is_heap(t) {
        // SAFETY: heap types always have a base.
        t = unsafe { (*t).base };
    }
    t
}

/// Whether instances of `solid` have a variable-size part their
/// subclasses' fields must follow.
pub fn is_var_sized(solid: *mut TypeObject) -> bool {
    solid == &raw mut pystr::STR_TYPE || solid == &raw mut tuple::TUPLE_TYPE || solid == &raw mut bytes::BYTES_TYPE
}

/// Instance size and `__dict__` offset of the built-in layouts classes
/// may extend; None for layouts not supported as bases yet. For
/// variable-size layouts the size is that of the fixed part.
pub fn base_layout(solid: *mut TypeObject) -> Option<(usize, usize)> {
    use std::mem::size_of;
    let fixed = |size: usize| Some((size, 0));
    if solid == &raw mut OBJECT_TYPE {
        return fixed(size_of::<Header>());
    }
    if is_subtype(solid, &raw mut BASE_EXCEPTION) {
        // SAFETY: exception types carry their layout.
        return Some(unsafe { ((*solid).instance_size, (*solid).dict_offset) });
    }
    if solid == &raw mut list::LIST_TYPE {
        return fixed(size_of::<list::ListObject>());
    }
    if solid == &raw mut bytearray::BYTEARRAY_TYPE {
        return fixed(size_of::<bytearray::ByteArrayObject>());
    }
    if solid == &raw mut stringio::STRING_IO_TYPE {
        return fixed(size_of::<stringio::StringIOObject>());
    }
    if solid == &raw mut bytesio::BYTES_IO_TYPE {
        return fixed(size_of::<bytesio::BytesIOObject>());
    }
    if solid == &raw mut dict::DICT_TYPE {
        return fixed(size_of::<dict::DictObject>());
    }
    if solid == &raw mut int::INT_TYPE {
        return fixed(size_of::<int::BigIntObject>());
    }
    if solid == &raw mut float::FLOAT_TYPE {
        return fixed(size_of::<float::FloatObject>());
    }
    if solid == &raw mut complex::COMPLEX_TYPE {
        return fixed(size_of::<complex::ComplexObject>());
    }
    if solid == &raw mut set::SET_TYPE || solid == &raw mut set::FROZENSET_TYPE {
        return fixed(size_of::<set::SetObject>());
    }
    if solid == &raw mut pystr::STR_TYPE {
        return fixed(size_of::<pystr::StrObject>());
    }
    if solid == &raw mut tuple::TUPLE_TYPE {
        return fixed(size_of::<tuple::TupleObject>());
    }
    if solid == &raw mut bytes::BYTES_TYPE {
        return fixed(size_of::<bytes::BytesObject>());
    }
    if solid == &raw mut TYPE_TYPE {
        // A class's own namespace serves as its instance dict.
        return Some((size_of::<TypeObject>(), std::mem::offset_of!(TypeObject, dict)));
    }
    None
}

fn align8(n: usize) -> usize {
    (n + 7) & !7
}

/// Where the class's own fields of `obj` begin, minus where they would
/// begin if the variable part were empty.
fn var_shift(obj: Value, ty: *mut TypeObject) -> usize {
    use std::mem::size_of;
    // SAFETY: live type object.
    let f = unsafe { (*ty).flags };
    let (fixed, used) = if f & flags::STR_SUBCLASS != 0 {
        (size_of::<pystr::StrObject>(), pystr::var_size(obj))
    } else if f & flags::TUPLE_SUBCLASS != 0 {
        (size_of::<tuple::TupleObject>(), tuple::var_size(obj))
    } else {
        (size_of::<bytes::BytesObject>(), bytes::var_size(obj))
    };
    align8(used) - fixed
}

/// The address of the field at offset `off` of an instance of class `ty`
/// (the `__dict__` slot or a `__slots__` member).
#[inline]
pub fn field_addr(obj: Value, ty: *mut TypeObject, off: usize) -> *mut Value {
    // SAFETY: live type object.
    let shift = if unsafe { (*ty).flags } & flags::VAR_EXTRAS == 0 { 0 } else { var_shift(obj, ty) };
    (obj.0 as usize + off + shift) as *mut Value
}

/// Bytes an instance of class `ty` needs beyond its base's layout.
fn extras_len(ty: *mut TypeObject) -> usize {
    let (fixed, _) = base_layout(solid_base(ty)).unwrap_or((0, 0));
    // SAFETY: heap type with a computed layout.
    unsafe { (*ty).instance_size - fixed }
}

/// Releases the class's own fields of `obj`, then frees it as its solid
/// base does.
pub unsafe fn subtype_dealloc(v: Value) {
    let ty = type_of(v);
    // SAFETY: the object is dying with a reference count of zero.
    if !unsafe { finalize(v, ty) } {
        return;
    }
    let solid = solid_base(ty);
    let (fixed, _) = base_layout(solid).unwrap_or((0, 0));
    // SAFETY: heap type; every field between the base layout and the
    // instance size is a value slot.
    unsafe {
        let mut off = fixed;
        while off < (*ty).instance_size {
            let slot = field_addr(v, ty, off);
            let old = *slot;
            *slot = Value::NULL;
            decref(old);
            off += 8;
        }
        ((*solid).dealloc)(v)
    }
}

/// Runs a `__del__` defined in Python on a dying instance (CPython's
/// `tp_finalize` for classes). The object is revived with one reference
/// for the call; it stays alive if `__del__` stored a new reference to
/// it. An exception in `__del__` is reported on stderr as CPython's
/// "Exception ignored in" and leaves an exception being raised at the
/// time untouched. Returns whether the object may be freed.
unsafe fn finalize(v: Value, ty: *mut TypeObject) -> bool {
    let (del, owner) = crate::builtins::type_::lookup_with_owner(ty, pystr::interned!("__del__"));
    if del.is_null() || !crate::builtins::heap_type::is_heap(owner) {
        return true;
    }
    // SAFETY: `v` is the dying object; its header stays valid until freed.
    let header = unsafe { &mut *v.as_ptr::<Header>() };
    header.refcnt = 1;
    let pending = crate::error::take_raised();
    let del = Obj::from_borrowed(del);
    if crate::call::call_with_self(del.v(), v, &Args::positional_only(&[])).is_err() {
        report_ignored(del.v());
    }
    if let Some(exc) = pending {
        crate::error::restore_raised(exc);
    }
    header.refcnt -= 1;
    header.refcnt == 0
}

/// CPython's report of an exception that cannot propagate (from `__del__`):
/// "Exception ignored in: <repr of the callable>" and the traceback.
fn report_ignored(source: Value) {
    let Some(exc) = crate::error::take_raised() else { return };
    let what = crate::protocol::repr(source).map(|r| pystr::as_str(r.v()).to_string()).unwrap_or_else(|_| {
        crate::error::clear_raised();
        "<object repr() failed>".into()
    });
    crate::stdio::flush(1);
    let text = format!("Exception ignored in: {what}\n{}", crate::builtins::traceback::format_uncaught(exc.v()));
    crate::stdio::write(2, text.as_bytes());
}

/// Allocates an instance of heap class `ty` the way its solid base's
/// `__new__` would, given the constructor arguments.
pub fn new_instance(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let solid = solid_base(ty);
    if is_subtype(solid, &raw mut BASE_EXCEPTION) {
        return exceptions::exception_new(ty, args);
    }
    // SAFETY: heap type with a computed layout.
    let size = unsafe { (*ty).instance_size };
    let extras = extras_len(ty);
    if solid == &raw mut dict::DICT_TYPE {
        return Ok(dict::new_subtype(ty, size));
    }
    if solid == &raw mut set::SET_TYPE {
        return Ok(set::new_subtype(ty, size));
    }
    if solid == &raw mut TYPE_TYPE {
        return match args.positional() {
            [name, bases, ns] => crate::builtins::heap_type::type_new(ty, *name, *bases, *ns, &args.kw()),
            other => Err(type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", other.len()))),
        };
    }
    let empty_then_init = [
        &raw mut OBJECT_TYPE,
        &raw mut list::LIST_TYPE,
        &raw mut bytearray::BYTEARRAY_TYPE,
        &raw mut stringio::STRING_IO_TYPE,
        &raw mut bytesio::BYTES_IO_TYPE,
    ];
    if empty_then_init.contains(&solid) {
        return Ok(Obj::from_owned(Value::from_ptr(alloc_object(ty, size.max(std::mem::size_of::<Header>())))));
    }
    // Immutable bases: build the value, then copy it into the subclass.
    // SAFETY: static built-in type; every supported base has a new slot.
    let exact = unsafe { (*solid).slots.new.expect("built-in base without __new__")(solid, args)? };
    let v = exact.v();
    Ok(if solid == &raw mut int::INT_TYPE {
        int::new_subtype(ty, size, v)
    } else if solid == &raw mut float::FLOAT_TYPE {
        float::new_subtype(ty, size, float::value_of(v))
    } else if solid == &raw mut complex::COMPLEX_TYPE {
        let (re, im) = complex::parts(v);
        complex::new_subtype(ty, size, re, im)
    } else if solid == &raw mut pystr::STR_TYPE {
        pystr::new_subtype(ty, v, extras)
    } else if solid == &raw mut tuple::TUPLE_TYPE {
        tuple::new_subtype(ty, tuple::items(v), extras)
    } else if solid == &raw mut bytes::BYTES_TYPE {
        bytes::new_subtype(ty, bytes::as_bytes(v), extras)
    } else if solid == &raw mut set::FROZENSET_TYPE {
        let s = set::new_subtype(ty, size);
        set::update(s.v(), v)?;
        s
    } else {
        return Err(crate::error::not_implemented_error(format!(
            "subclassing the built-in type '{}' is not supported yet",
            type_name(solid)
        )));
    })
}

/// The `__new__` every built-in type with a constructor exposes:
/// `X.__new__(S, *args)` creates an instance of subtype `S` of `X`.
static NEW_WRAPPER: MethodDef = MethodDef::keywords("__new__", new_wrapper);

/// Puts `X.__new__` (a built-in method bound to `X`, as in CPython) in the
/// dict of static type `ty`, unless its method table defines one.
pub fn add_new_wrapper(ty: *mut TypeObject, d: Value) {
    let key = pystr::intern("__new__");
    if dict::get_item_str_value(d, key.v()).is_some() {
        return;
    }
    // SAFETY: static built-in type with a static name.
    let f = builtin_function::new_bound(&NEW_WRAPPER, Value::from_ptr(ty), unsafe { (*ty).name });
    crate::object::make_immortal(f.v());
    dict::set_item(d, key.v(), f.v()).ok();
}

/// CPython's `tp_new_wrapper`: `args` is `[X, S, *rest]`.
fn new_wrapper(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let owner = args[0].as_ptr::<TypeObject>();
    let oname = type_name(owner);
    let Some(&cls) = args.get(1) else {
        return Err(type_error(format!("{oname}.__new__(): not enough arguments")));
    };
    if !is_instance(cls, &raw mut TYPE_TYPE) {
        return Err(type_error(format!("{oname}.__new__(X): X is not a type object ({})", type_name_of(cls))));
    }
    let sub = cls.as_ptr::<TypeObject>();
    let sname = type_name(sub);
    if !is_subtype(sub, owner) {
        return Err(type_error(format!("{oname}.__new__({sname}): {sname} is not a subtype of {oname}")));
    }
    let solid = solid_base(sub);
    // SAFETY: static built-in types with readied slots.
    let (own_new, solid_new) = unsafe { ((*owner).slots.new, (*solid).slots.new) };
    if own_new.map(|f| f as usize) != solid_new.map(|f| f as usize) {
        return Err(type_error(format!(
            "{oname}.__new__({sname}) is not safe, use {}.__new__()",
            type_name(solid)
        )));
    }
    let names: Vec<Obj> = kw.names.iter().map(|&n| Obj::from_borrowed(n)).collect();
    let kwnames = if names.is_empty() { Obj::none() } else { tuple::from_vec(names) };
    let mut all = args[2..].to_vec();
    all.extend_from_slice(kw.values);
    let rest = Args {
        all: &all,
        nargs: args.len() - 2,
        kwnames: if kw.names.is_empty() { Value::NULL } else { kwnames.v() },
    };
    if is_heap(sub) {
        new_instance(sub, &rest)
    } else {
        own_new.expect("type with a __new__ wrapper has a new slot")(sub, &rest)
    }
}
