//! `types.GenericAlias`: what subscribing a generic built-in class gives
//! (`list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`, `type[int]`).
//!
//! An alias records the class (`__origin__`) and the subscript as a
//! tuple (`__args__`). It stands in for its origin almost everywhere:
//! calling it creates an instance of the origin (noting the alias in the
//! instance's `__orig_class__` when it can), other attribute reads are
//! forwarded to the origin (`list[int].append is list.append`), and as a
//! base class it contributes its origin (`__mro_entries__`). It cannot be
//! the second argument of `isinstance`/`issubclass`.
//!
//! `__parameters__` collects the type variables among the arguments
//! (objects with `__typing_subst__`, and the parameters of nested
//! aliases); substituting them (`alias[int]`) is not supported yet.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TYPE_TYPE, TypeObject, is_instance, type_name_of};
use crate::builtins::{list, str as pystr, tuple, union_type};
use crate::call::{self, Args};
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, type_of};
use crate::protocol;

pub static mut GENERIC_ALIAS_TYPE: TypeObject = TypeObject::builtin(
    "GenericAlias",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_alias,
    Slots {
        repr: Some(alias_repr),
        hash: Some(alias_hash),
        richcompare: Some(alias_richcompare),
        call: Some(alias_call),
        getattr: Some(alias_getattr),
        getitem: Some(alias_getitem),
        number: Some(|a, b, op| if op == BinaryOp::Or { union_type::or(a, b) } else { Ok(not_implemented()) }),
        new: Some(alias_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("__mro_entries__", |a| Ok(tuple::from_slice(&[get(a[0]).origin])), 1, 1),
        MethodDef::positional("__instancecheck__", |_| {
            Err(type_error("isinstance() argument 2 cannot be a parameterized generic"))
        }, 1, 1),
        MethodDef::positional("__subclasscheck__", |_| {
            Err(type_error("issubclass() argument 2 cannot be a parameterized generic"))
        }, 1, 1),
        MethodDef::positional("__reduce__", |a| {
            let ga = get(a[0]);
            let state = tuple::from_slice(&[ga.origin, ga.args]);
            Ok(tuple::from_vec(vec![Obj::from_borrowed(Value::from_ptr(type_of(a[0]))), state]))
        }, 0, 0),
    ],
)
.with_module("types")
.with_getsets(&[
    GetSetDef { name: "__origin__", get: |v| Ok(Obj::from_borrowed(get(v).origin)), set: None },
    GetSetDef { name: "__args__", get: |v| Ok(Obj::from_borrowed(get(v).args)), set: None },
    GetSetDef { name: "__parameters__", get: parameters, set: None },
    GetSetDef { name: "__unpacked__", get: |_| Ok(Obj::from_bool(false)), set: None },
    GetSetDef { name: "__typing_unpacked_tuple_args__", get: |_| Ok(Obj::none()), set: None },
])
.with_doc("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).");

/// The `__class_getitem__` of the generic built-in classes.
pub const CLASS_GETITEM: MethodDef =
    MethodDef::positional("__class_getitem__", |a| Ok(new(a[0], a[1])), 1, 1).class();

#[repr(C)]
struct Alias {
    header: Header,
    origin: Value,
    /// Always a tuple.
    args: Value,
    /// `__parameters__`, computed on first use (null before).
    parameters: Value,
}

fn get<'a>(v: Value) -> &'a Alias {
    // SAFETY: GenericAlias objects.
    unsafe { &*v.as_ptr::<Alias>() }
}

unsafe fn dealloc_alias(v: Value) {
    let a = get(v);
    for field in [a.origin, a.args, a.parameters] {
        decref(field);
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn not_implemented() -> Obj {
    Obj::from_owned(Value::NOT_IMPLEMENTED)
}

/// `origin[args]` (CPython's `Py_GenericAlias`): a subscript that is not
/// a tuple becomes a one-item tuple.
pub fn new(origin: Value, args: Value) -> Obj {
    let args = if tuple::is_tuple(args) { Obj::from_borrowed(args) } else { tuple::from_slice(&[args]) };
    let p = alloc_object(&raw mut GENERIC_ALIAS_TYPE, std::mem::size_of::<Alias>()) as *mut Alias;
    incref(origin);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).origin = origin;
        (*p).args = args.into_raw();
        (*p).parameters = Value::NULL;
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Whether `v` is a GenericAlias.
pub fn is_alias(v: Value) -> bool {
    v.is_ptr() && type_of(v) == &raw mut GENERIC_ALIAS_TYPE
}

/// `types.GenericAlias(origin, args)`.
fn alias_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    match args.positional() {
        [origin, items] => Ok(new(*origin, *items)),
        other => Err(type_error(format!("GenericAlias expected 2 arguments, got {}", other.len()))),
    }
}

/// How an item of an alias or a union is shown: `...`, the repr of
/// anything that looks like an alias, `qualname` for built-in classes and
/// `module.qualname` for others, else the repr.
pub fn repr_item(p: Value) -> PyResult<String> {
    if p == Value::ELLIPSIS {
        return Ok("...".to_string());
    }
    let shown = |o: Obj| -> PyResult<String> { Ok(pystr::as_str(o.v()).to_string()) };
    if protocol::getattr_opt(p, "__origin__")?.is_some() && protocol::getattr_opt(p, "__args__")?.is_some() {
        return shown(protocol::repr(p)?);
    }
    let Some(qualname) = protocol::getattr_opt(p, "__qualname__")? else {
        return shown(protocol::repr(p)?);
    };
    let module = match protocol::getattr_opt(p, "__module__")? {
        Some(m) if !m.v().is_none() => m,
        _ => return shown(protocol::repr(p)?),
    };
    let qualname = shown(protocol::str_(qualname.v())?)?;
    if pystr::is_str(module.v()) && pystr::as_str(module.v()) == "builtins" {
        return Ok(qualname);
    }
    Ok(format!("{}.{qualname}", shown(protocol::str_(module.v())?)?))
}

fn alias_repr(v: Value) -> PyResult<Obj> {
    let a = get(v);
    let mut out = repr_item(a.origin)?;
    out.push('[');
    let items = tuple::items(a.args);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if list::is_exact_list(item) {
            // The argument list of a `Callable[[...], ...]`.
            let parts: Vec<String> = list::items(item).iter().map(|&x| repr_item(x)).collect::<PyResult<_>>()?;
            out.push('[');
            out.push_str(&parts.join(", "));
            out.push(']');
        } else {
            out.push_str(&repr_item(item)?);
        }
    }
    if items.is_empty() {
        out.push_str("()");
    }
    out.push(']');
    Ok(pystr::new(&out))
}

fn alias_hash(v: Value) -> PyResult<i64> {
    let a = get(v);
    Ok(protocol::hash(a.origin)? ^ protocol::hash(a.args)?)
}

fn alias_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_alias(a) || !is_alias(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let (x, y) = (get(a), get(b));
    let equal = protocol::compare_bool(x.origin, y.origin, CompareOp::Eq)?
        && protocol::compare_bool(x.args, y.args, CompareOp::Eq)?;
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

/// Calls the origin, then records the alias on the instance as
/// `__orig_class__` (instances that take no attributes are left alone).
fn alias_call(v: Value, args: &Args) -> PyResult<Obj> {
    let obj = call::call(get(v).origin, args)?;
    let key = pystr::intern("__orig_class__");
    if let Err(e) = protocol::setattr(obj.v(), key.v(), v) {
        let ignorable = crate::error::raised_matches(&raw mut crate::builtins::exceptions::ATTRIBUTE_ERROR)
            || crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR);
        if !ignorable {
            return Err(e);
        }
        crate::error::clear_raised();
    }
    Ok(obj)
}

/// Names read from the alias itself; every other attribute is the
/// origin's.
const OWN_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__bases__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn alias_getattr(v: Value, name: Value) -> PyResult<Obj> {
    if pystr::is_str(name) && !OWN_ATTRIBUTES.contains(&pystr::as_str(name)) {
        return protocol::getattr(get(v).origin, name);
    }
    crate::builtins::object::generic_getattr(v, name)
}

/// `__parameters__`: the type variables of the arguments, in order and
/// without repeats.
fn parameters(v: Value) -> PyResult<Obj> {
    let a = get(v);
    if a.parameters.is_null() {
        let params = collect_parameters(a.args)?;
        // SAFETY: the alias is live; the cache is set once.
        unsafe { (*v.as_ptr::<Alias>()).parameters = params.into_raw() };
    }
    Ok(Obj::from_borrowed(get(v).parameters))
}

/// CPython's `_Py_make_parameters` over an argument tuple (shared with
/// `types.UnionType`).
pub fn collect_parameters(args: Value) -> PyResult<Obj> {
    let mut found: Vec<Obj> = Vec::new();
    let add = |p: Value, found: &mut Vec<Obj>| {
        if !found.iter().any(|f| f.v() == p) {
            found.push(Obj::from_borrowed(p));
        }
    };
    for &t in tuple::items(args) {
        if is_instance(t, &raw mut TYPE_TYPE) {
            continue;
        }
        if protocol::getattr_opt(t, "__typing_subst__")?.is_some() {
            add(t, &mut found);
        } else if let Some(sub) = protocol::getattr_opt(t, "__parameters__")? {
            if tuple::is_tuple(sub.v()) {
                for &p in tuple::items(sub.v()) {
                    add(p, &mut found);
                }
            }
        }
    }
    Ok(tuple::from_vec(found))
}

/// `alias[...]`: only an alias with type variables can be subscripted.
fn alias_getitem(v: Value, _item: Value) -> PyResult<Obj> {
    subscript_parameters(v, parameters(v)?.v())
}

/// The error for subscribing an alias or union `v` whose parameters are
/// `params`.
pub fn subscript_parameters(v: Value, params: Value) -> PyResult<Obj> {
    if tuple::len(params) == 0 {
        let shown = protocol::repr(v)?;
        return Err(type_error(format!("{} is not a generic class", pystr::as_str(shown.v()))));
    }
    Err(crate::error::not_implemented_error(format!(
        "substituting the type parameters of a '{}' is not supported yet",
        type_name_of(v)
    )))
}
