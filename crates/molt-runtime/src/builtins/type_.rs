//! `type`: the type object model shared by built-in and user types.
//!
//! A type object carries protocol *slots* (Rust function pointers for the
//! dunder protocol, used by the runtime's fast paths), a method table for
//! named methods, and — once readied — a real `dict`, `__bases__` and
//! `__mro__` so attribute lookup works the same for every type.
//!
//! Static built-in types are `static mut` [`TypeObject`]s with immortal
//! headers; [`ready`] fills in their dict and MRO at start-up and copies
//! slots a type does not define from its base, as CPython's
//! `inherit_slots` does.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use crate::builtins::descriptor;
use crate::builtins::{dict, object as pyobject, str as pystr, tuple};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, attribute_error, type_error};
use crate::object::{Header, Obj, type_of};

pub type UnaryFn = fn(Value) -> PyResult<Obj>;
pub type BinaryFn = fn(Value, Value) -> PyResult<Obj>;

/// Protocol slots. `None` means "not supported" after inheritance.
#[derive(Copy, Clone)]
pub struct Slots {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<fn(Value) -> PyResult<i64>>,
    /// Returns `NotImplemented` for operand types it does not handle.
    pub richcompare: Option<fn(Value, Value, CompareOp) -> PyResult<Obj>>,
    pub bool: Option<fn(Value) -> PyResult<bool>>,
    pub len: Option<fn(Value) -> PyResult<usize>>,
    pub iter: Option<UnaryFn>,
    /// `Ok(None)` when exhausted.
    pub next: Option<fn(Value) -> PyResult<Option<Obj>>>,
    pub getitem: Option<BinaryFn>,
    /// `None` as the value deletes the item.
    pub setitem: Option<fn(Value, Value, Option<Value>) -> PyResult<()>>,
    pub contains: Option<fn(Value, Value) -> PyResult<bool>>,
    pub call: Option<fn(Value, &Args) -> PyResult<Obj>>,
    /// Full attribute lookup (`__getattribute__`).
    pub getattr: Option<BinaryFn>,
    /// `None` as the value deletes the attribute.
    pub setattr: Option<fn(Value, Value, Option<Value>) -> PyResult<()>>,
    /// Binary number protocol; called with the operands in source order for
    /// either operand's type; returns `NotImplemented` when unsupported.
    pub number: Option<fn(Value, Value, BinaryOp) -> PyResult<Obj>>,
    pub unary: Option<fn(Value, UnaryOp) -> PyResult<Obj>>,
    /// Creates an instance: the work of `type.__call__` for this type.
    pub new: Option<fn(*mut TypeObject, &Args) -> PyResult<Obj>>,
    /// Descriptor `__get__(self, obj, owner)`; `obj` is null for class access.
    pub descr_get: Option<fn(Value, Value, Value) -> PyResult<Obj>>,
    /// Descriptor `__set__`/`__delete__`; presence makes a data descriptor.
    pub descr_set: Option<fn(Value, Value, Option<Value>) -> PyResult<()>>,
    /// `__index__`.
    pub index: Option<UnaryFn>,
}

impl Slots {
    pub const EMPTY: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        richcompare: None,
        bool: None,
        len: None,
        iter: None,
        next: None,
        getitem: None,
        setitem: None,
        contains: None,
        call: None,
        getattr: None,
        setattr: None,
        number: None,
        unary: None,
        new: None,
        descr_get: None,
        descr_set: None,
        index: None,
    };

    /// Fills every empty slot from `base`.
    fn inherit(&mut self, base: &Slots) {
        macro_rules! inherit {
            ($($f:ident),*) => { $( if self.$f.is_none() { self.$f = base.$f; } )* };
        }
        inherit!(
            repr, str, hash, richcompare, bool, len, iter, next, getitem, setitem, contains, call,
            getattr, setattr, number, unary, new, descr_get, descr_set, index
        );
    }
}

/// A native method or function.
#[derive(Copy, Clone)]
pub enum NativeFn {
    /// Positional arguments only, between `min` and `max` of them (for
    /// methods, `self` is the first and is not counted).
    Positional { f: fn(&[Value]) -> PyResult<Obj>, min: u8, max: u8 },
    /// Positional and keyword arguments, checked by the function.
    Keywords(fn(&[Value], &KwArgs) -> PyResult<Obj>),
}

/// What a method table entry binds to.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Class,
    Static,
}

/// One named method of a built-in type.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
}

impl MethodDef {
    pub const fn positional(name: &'static str, f: fn(&[Value]) -> PyResult<Obj>, min: u8, max: u8) -> MethodDef {
        MethodDef { name, func: NativeFn::Positional { f, min, max }, kind: MethodKind::Instance }
    }

    pub const fn keywords(name: &'static str, f: fn(&[Value], &KwArgs) -> PyResult<Obj>) -> MethodDef {
        MethodDef { name, func: NativeFn::Keywords(f), kind: MethodKind::Instance }
    }

    pub const fn class(self) -> MethodDef {
        MethodDef { kind: MethodKind::Class, ..self }
    }

    pub const fn static_(self) -> MethodDef {
        MethodDef { kind: MethodKind::Static, ..self }
    }
}

/// A computed attribute of a built-in type.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: UnaryFn,
    pub set: Option<fn(Value, Option<Value>) -> PyResult<()>>,
}

pub mod flags {
    /// Created by a `class` statement; reference counted.
    pub const HEAP: u32 = 1 << 0;
    /// May be subclassed.
    pub const BASETYPE: u32 = 1 << 1;
    /// Readied.
    pub const READY: u32 = 1 << 2;
    /// Instances carry a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 3;
    /// Instances may be weakly referenced (`__weakref__` is defined).
    pub const WEAKREF: u32 = 1 << 4;
    /// A class whose `__slots__` add member fields to the instance layout.
    pub const OWN_MEMBERS: u32 = 1 << 5;
    /// A class extending a variable-size built-in (`str`, `tuple`,
    /// `bytes`): its fields follow the variable part (see `subtype`).
    pub const VAR_EXTRAS: u32 = 1 << 6;
    // Fast subclass tests, inherited like CPython's `Py_TPFLAGS_*_SUBCLASS`.
    pub const INT_SUBCLASS: u32 = 1 << 8;
    pub const STR_SUBCLASS: u32 = 1 << 9;
    pub const TUPLE_SUBCLASS: u32 = 1 << 10;
    pub const LIST_SUBCLASS: u32 = 1 << 11;
    pub const DICT_SUBCLASS: u32 = 1 << 12;
    pub const EXC_SUBCLASS: u32 = 1 << 13;
    pub const TYPE_SUBCLASS: u32 = 1 << 14;
    pub const SUBCLASS_MASK: u32 = 0x7f << 8;
}

/// A type object.
#[repr(C)]
pub struct TypeObject {
    pub header: Header,
    /// Name of a built-in type (`"int"`); heap types keep theirs in `name_obj`.
    pub name: &'static str,
    /// `__module__` of a built-in type.
    pub module_name: &'static str,
    pub dealloc: unsafe fn(Value),
    pub base: *mut TypeObject,
    pub flags: u32,
    pub slots: Slots,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// The docstring of a built-in type.
    pub doc: &'static str,
    /// Size of an instance created by `object.__new__` (heap types).
    pub instance_size: usize,
    /// Offset of the instance `__dict__` slot, or 0 when instances have none.
    pub dict_offset: usize,
    // Filled in by `ready`:
    pub name_obj: Value,
    pub qualname: Value,
    pub dict: Value,
    pub bases: Value,
    pub mro: Value,
}

impl TypeObject {
    /// A static built-in type whose instances are freed by `dealloc`.
    pub const fn builtin(
        name: &'static str,
        base: *mut TypeObject,
        flags: u32,
        dealloc: unsafe fn(Value),
        slots: Slots,
        methods: &'static [MethodDef],
    ) -> TypeObject {
        TypeObject {
            header: Header::immortal(&raw mut TYPE_TYPE),
            name,
            module_name: "builtins",
            dealloc,
            base,
            flags,
            slots,
            methods,
            getsets: &[],
            doc: "",
            instance_size: 0,
            dict_offset: 0,
            name_obj: Value::NULL,
            qualname: Value::NULL,
            dict: Value::NULL,
            bases: Value::NULL,
            mro: Value::NULL,
        }
    }

    pub const fn with_getsets(self, getsets: &'static [GetSetDef]) -> TypeObject {
        TypeObject { getsets, ..self }
    }

    pub const fn with_doc(self, doc: &'static str) -> TypeObject {
        TypeObject { doc, ..self }
    }

    pub const fn with_module(self, module_name: &'static str) -> TypeObject {
        TypeObject { module_name, ..self }
    }
}

/// Destructor of values that are never freed (immediates, static objects).
pub unsafe fn never_dealloc(_v: Value) {}

pub static mut TYPE_TYPE: TypeObject = TypeObject::builtin(
    "type",
    &raw mut pyobject::OBJECT_TYPE,
    flags::BASETYPE | flags::TYPE_SUBCLASS | flags::WEAKREF,
    crate::builtins::heap_type::type_dealloc,
    Slots {
        repr: Some(type_repr),
        call: Some(type_call),
        getattr: Some(type_getattr),
        setattr: Some(type_setattr),
        richcompare: Some(type_richcompare),
        number: Some(|a, b, op| {
            if op == BinaryOp::Or {
                crate::builtins::union_type::or(a, b)
            } else {
                Ok(Obj::from_owned(Value::NOT_IMPLEMENTED))
            }
        }),
        ..Slots::EMPTY
    },
    &[
        MethodDef::keywords("__new__", crate::builtins::heap_type::type_new_method).static_(),
        MethodDef::keywords("__init__", type_init),
        MethodDef::positional("__subclasses__", crate::builtins::type_bases::subclasses_method, 0, 0),
        MethodDef::positional("mro", |a| Ok(crate::builtins::list::from_slice(tuple::items(unsafe { (*a[0].as_ptr::<TypeObject>()).mro }))), 0, 0),
    ],
)
.with_getsets(&[
    GetSetDef { name: "__name__", get: type_get_name, set: Some(type_set_name) },
    GetSetDef { name: "__qualname__", get: type_get_qualname, set: Some(type_set_qualname) },
    GetSetDef { name: "__mro__", get: type_get_mro, set: None },
    GetSetDef { name: "__bases__", get: type_get_bases, set: Some(crate::builtins::type_bases::set_bases) },
    GetSetDef { name: "__base__", get: type_get_base, set: None },
    GetSetDef { name: "__dict__", get: type_get_dict, set: None },
    GetSetDef { name: "__module__", get: type_get_module, set: Some(|t, v| set_in_dict(t, "__module__", v)) },
    GetSetDef { name: "__doc__", get: type_get_doc, set: Some(|t, v| set_in_dict(t, "__doc__", v)) },
    GetSetDef { name: "__annotations__", get: type_get_annotations, set: Some(type_set_annotations) },
]);

/// `type.__init__(cls, name, bases, ns, **kw)`: everything happened in
/// `type.__new__`; only the argument count is checked.
fn type_init(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let n = a.len().saturating_sub(1);
    if n == 1 && !kw.is_empty() {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Obj::none())
}

/// Prepares a static type: name, bases, MRO, dict of methods, inherited slots.
///
/// # Safety
/// `ty` must be a live type object not yet readied, whose base is readied.
pub unsafe fn ready(ty: *mut TypeObject) {
    unsafe {
        let t = &mut *ty;
        if t.flags & flags::READY != 0 {
            return;
        }
        t.flags |= flags::READY;
        t.name_obj = pystr::intern(t.name).into_raw();
        t.qualname = t.name_obj;
        let own_slots = t.slots;
        let base = t.base;
        if base.is_null() {
            t.bases = tuple::empty().into_raw();
            t.mro = tuple::from_vec(vec![Obj::from_borrowed(Value::from_ptr(ty))]).into_raw();
        } else {
            ready(base);
            t.bases = tuple::from_vec(vec![Obj::from_borrowed(Value::from_ptr(base))]).into_raw();
            let mut mro = vec![Obj::from_borrowed(Value::from_ptr(ty))];
            mro.extend(tuple::items((*base).mro).iter().map(|&v| Obj::from_borrowed(v)));
            t.mro = tuple::from_vec(mro).into_raw();
            let base_slots = (*base).slots;
            t.slots.inherit(&base_slots);
            // As CPython (bpo-43916): a built-in type directly under
            // `object` without a constructor of its own cannot be
            // instantiated, rather than getting `object`'s.
            if own_slots.new.is_none() && base == &raw mut pyobject::OBJECT_TYPE {
                t.slots.new = None;
            }
            t.flags |= (*base).flags & (flags::SUBCLASS_MASK | flags::HAS_DICT);
            crate::builtins::type_bases::register(ty);
        }
        let d = dict::new();
        for m in t.methods {
            let descr = descriptor::new_method(m, ty);
            dict::set_item_str(d.v(), m.name, descr.v()).ok();
        }
        for g in t.getsets {
            let descr = descriptor::new_getset(g, ty);
            dict::set_item_str(d.v(), g.name, descr.v()).ok();
        }
        // Types without a docstring here get None rather than inheriting
        // object's (CPython documents every built-in type).
        if dict::get_item_str_value(d.v(), pystr::intern("__doc__").v()).is_none() {
            let doc = if t.doc.is_empty() { Obj::none() } else { pystr::new(t.doc) };
            dict::set_item_str(d.v(), "__doc__", doc.v()).ok();
        }
        crate::builtins::slot_wrapper::add_wrappers(ty, &own_slots, d.v());
        if own_slots.new.is_some() {
            crate::builtins::subtype::add_new_wrapper(ty, d.v());
        }
        t.dict = d.into_raw();
        crate::object::make_immortal(t.dict);
        crate::object::make_immortal(t.mro);
        crate::object::make_immortal(t.bases);
    }
}

/// Whether `sub` is `ty` or a subclass of it (walks the MRO).
pub fn is_subtype(sub: *mut TypeObject, ty: *mut TypeObject) -> bool {
    if sub == ty {
        return true;
    }
    // SAFETY: type pointers are live type objects.
    unsafe {
        let mro = (*sub).mro;
        if mro.is_null() {
            let mut t = (*sub).base;
            while !t.is_null() {
                if t == ty {
                    return true;
                }
                t = (*t).base;
            }
            return false;
        }
        tuple::items(mro).iter().any(|&t| t.as_ptr::<TypeObject>() == ty)
    }
}

/// `isinstance(v, ty)` for a single type, without `__instancecheck__`.
#[inline]
pub fn is_instance(v: Value, ty: *mut TypeObject) -> bool {
    is_subtype(type_of(v), ty)
}

/// Looks `name` up along the MRO of `ty`; borrowed result, null if absent.
#[inline]
pub fn lookup(ty: *mut TypeObject, name: Value) -> Value {
    lookup_with_owner(ty, name).0
}

/// [`lookup`], also returning the class in the MRO whose dict holds the
/// attribute (null when absent).
#[inline]
pub fn lookup_with_owner(ty: *mut TypeObject, name: Value) -> (Value, *mut TypeObject) {
    let interned = pystr::is_interned(name);
    if interned {
        if let Some((v, owner)) = crate::type_cache::get(ty as usize, name) {
            return (v, owner as *mut TypeObject);
        }
    }
    let (v, owner) = lookup_uncached(ty, name);
    if interned {
        crate::type_cache::put(ty as usize, name, v, owner as usize);
    }
    (v, owner)
}

fn lookup_uncached(ty: *mut TypeObject, name: Value) -> (Value, *mut TypeObject) {
    // SAFETY: readied types have an MRO tuple of types with dicts.
    unsafe {
        for &t in tuple::items((*ty).mro) {
            let d = (*t.as_ptr::<TypeObject>()).dict;
            if let Some(v) = dict::get_item_str_value(d, name) {
                return (v, t.as_ptr());
            }
        }
    }
    (Value::NULL, std::ptr::null_mut())
}

/// `__name__` of a type, as a Rust string.
pub fn type_name(ty: *mut TypeObject) -> String {
    // SAFETY: live type object.
    unsafe {
        if (*ty).name_obj.is_null() {
            (*ty).name.to_string()
        } else {
            pystr::as_str(( *ty).name_obj).to_string()
        }
    }
}

/// The name of the type of `v` as CPython's error messages show it (its
/// `tp_name`: the `__name__`, qualified by the module for built-in types
/// outside `builtins`, as in `'types.UnionType' object is not callable`).
pub fn type_name_of(v: Value) -> String {
    tp_name(type_of(v))
}

/// CPython's `tp_name` of a static type: the name, prefixed with its
/// module unless that is `builtins` (`types.UnionType`).
pub fn tp_name(ty: *mut TypeObject) -> String {
    // SAFETY: live type object.
    let module = unsafe { (*ty).module_name };
    if crate::builtins::heap_type::is_heap(ty) || module == "builtins" {
        type_name(ty)
    } else {
        format!("{module}.{}", type_name(ty))
    }
}

/// `__qualname__` of a type as a Rust string.
pub fn type_qualname(ty: *mut TypeObject) -> String {
    // SAFETY: live type object.
    unsafe {
        if (*ty).qualname.is_null() { type_name(ty) } else { pystr::as_str((*ty).qualname).to_string() }
    }
}

/// `__module__` of a type as a Rust string; `None` for a class whose
/// namespace has no str `__module__` (one made by `type()` where the
/// caller's module is not known).
pub fn type_module_opt(ty: *mut TypeObject) -> Option<String> {
    // SAFETY: live type object.
    unsafe {
        if (*ty).flags & flags::HEAP == 0 {
            return Some((*ty).module_name.to_string());
        }
        let m = dict::get_item_str_value((*ty).dict, pystr::intern("__module__").v())?;
        pystr::is_str(m).then(|| pystr::as_str(m).to_string())
    }
}

/// `__module__` of a type as a Rust string (`builtins` when unknown).
pub fn type_module(ty: *mut TypeObject) -> String {
    type_module_opt(ty).unwrap_or_else(|| "builtins".to_string())
}

/// `<class 'module.Qualname'>`, or `<class 'Name'>` for built-in classes
/// and classes of no known module (CPython's `type_repr`).
fn type_repr(v: Value) -> PyResult<Obj> {
    let ty = v.as_ptr::<TypeObject>();
    let text = match type_module_opt(ty) {
        Some(module) if module != "builtins" => format!("<class '{module}.{}'>", type_qualname(ty)),
        _ => format!("<class '{}'>", tp_name(ty)),
    };
    Ok(pystr::new(&text))
}

fn type_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_instance(b, &raw mut TYPE_TYPE) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    match op {
        CompareOp::Eq => Ok(Obj::from_bool(a == b)),
        CompareOp::Ne => Ok(Obj::from_bool(a != b)),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// `type(x)` with one argument, or `T(args)` to create an instance.
fn type_call(callable: Value, args: &Args) -> PyResult<Obj> {
    let ty = callable.as_ptr::<TypeObject>();
    // SAFETY: live type object.
    if ty == &raw mut TYPE_TYPE || unsafe { (*ty).flags } & flags::HEAP != 0 {
        return crate::builtins::heap_type::call_type_object(ty, args);
    }
    // SAFETY: live type object.
    match unsafe { (*ty).slots.new } {
        Some(new) => new(ty, args),
        None => Err(type_error(format!("cannot create '{}' instances", tp_name(ty)))),
    }
}

/// Attribute lookup on a type object: the metatype's data descriptors, the
/// type's own MRO (binding descriptors to the class), then the metatype's
/// other attributes.
fn type_getattr(obj: Value, name: Value) -> PyResult<Obj> {
    let ty = obj.as_ptr::<TypeObject>();
    let meta = type_of(obj);
    let meta_attr = lookup(meta, name);
    if !meta_attr.is_null() {
        if let Some(set) = crate::object::type_slots(meta_attr).descr_set {
            let _ = set;
            if let Some(get) = crate::object::type_slots(meta_attr).descr_get {
                return get(meta_attr, obj, Value::from_ptr(meta));
            }
        }
    }
    let attr = lookup(ty, name);
    if !attr.is_null() {
        if let Some(get) = crate::object::type_slots(attr).descr_get {
            return get(attr, Value::NULL, obj);
        }
        return Ok(Obj::from_borrowed(attr));
    }
    if !meta_attr.is_null() {
        if let Some(get) = crate::object::type_slots(meta_attr).descr_get {
            return get(meta_attr, obj, Value::from_ptr(meta));
        }
        return Ok(Obj::from_borrowed(meta_attr));
    }
    Err(attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        type_qualname(ty),
        pystr::as_str(name)
    )))
}

fn type_setattr(obj: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    let ty = obj.as_ptr::<TypeObject>();
    // A data descriptor of the metaclass (a property on it) wins.
    let meta_attr = lookup(type_of(obj), name);
    if !meta_attr.is_null() {
        if let Some(set) = crate::object::type_slots(meta_attr).descr_set {
            return set(meta_attr, obj, value);
        }
    }
    // SAFETY: live type object.
    unsafe {
        if (*ty).flags & flags::HEAP == 0 {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                pystr::as_str(name),
                type_name(ty)
            )));
        }
        crate::type_cache::invalidate();
        match value {
            Some(v) => dict::set_item((*ty).dict, name, v)?,
            None if dict::contains_key((*ty).dict, name)? => dict::del_item((*ty).dict, name)?,
            None => {
                return Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    type_qualname(ty),
                    pystr::as_str(name)
                )));
            }
        }
        let key = pystr::as_str(name);
        if key.starts_with("__") && key.ends_with("__") {
            let mut slots = (*(*ty).base).slots;
            crate::builtins::user_slots::install(ty, &mut slots);
            (*ty).slots = slots;
        }
        Ok(())
    }
}

/// The class being modified by a `type` attribute setter; built-in types
/// are immutable and no attribute may be deleted.
fn mutable_heap_type(v: Value, attr: &str, value: Option<Value>) -> PyResult<(*mut TypeObject, Value)> {
    let ty = v.as_ptr::<TypeObject>();
    // SAFETY: live type object.
    if unsafe { (*ty).flags } & flags::HEAP == 0 {
        return Err(type_error(format!("cannot set '{attr}' attribute of immutable type '{}'", type_name(ty))));
    }
    match value {
        Some(x) => Ok((ty, x)),
        None => Err(type_error(format!("cannot delete '{attr}' attribute of immutable type '{}'", type_name(ty)))),
    }
}

/// `cls.__module__ = m` and `cls.__doc__ = d`: stored in the class dict.
fn set_in_dict(v: Value, attr: &str, value: Option<Value>) -> PyResult<()> {
    let (ty, x) = mutable_heap_type(v, attr, value)?;
    crate::type_cache::invalidate();
    // SAFETY: live heap type.
    dict::set_item_str(unsafe { (*ty).dict }, attr, x)
}

/// `cls.__annotations__`: the class's own (not inherited) annotations;
/// a class without any gets a new empty dict, stored in its namespace.
fn type_get_annotations(v: Value) -> PyResult<Obj> {
    let ty = v.as_ptr::<TypeObject>();
    let key = pystr::intern("__annotations__");
    // SAFETY: live type object.
    unsafe {
        if let Some(a) = dict::get_item_str_value((*ty).dict, key.v()) {
            return Ok(Obj::from_borrowed(a));
        }
        if (*ty).flags & flags::HEAP == 0 {
            return Err(attribute_error(format!("type object '{}' has no attribute '__annotations__'", type_name(ty))));
        }
        let d = dict::new();
        crate::type_cache::invalidate();
        dict::set_item((*ty).dict, key.v(), d.v())?;
        Ok(d)
    }
}

fn type_set_annotations(v: Value, value: Option<Value>) -> PyResult<()> {
    let ty = v.as_ptr::<TypeObject>();
    // SAFETY: live type object.
    if unsafe { (*ty).flags } & flags::HEAP == 0 {
        let verb = if value.is_some() { "set" } else { "delete" };
        return Err(type_error(format!("cannot {verb} '__annotations__' attribute of immutable type '{}'", type_name(ty))));
    }
    crate::type_cache::invalidate();
    let key = pystr::intern("__annotations__");
    // SAFETY: live heap type.
    let d = unsafe { (*ty).dict };
    match value {
        Some(x) => dict::set_item(d, key.v(), x),
        None if dict::contains_key(d, key.v())? => dict::del_item(d, key.v()),
        None => Err(attribute_error("__annotations__")),
    }
}

/// A str assigned to `__name__`/`__qualname__` of class `v`.
fn name_value(v: Value, attr: &str, value: Option<Value>) -> PyResult<(*mut TypeObject, Obj)> {
    let (ty, x) = mutable_heap_type(v, attr, value)?;
    if !pystr::is_str(x) {
        return Err(type_error(format!(
            "can only assign string to {}.{attr}, not '{}'",
            type_name(ty),
            type_name_of(x)
        )));
    }
    Ok((ty, Obj::from_borrowed(x)))
}

fn type_set_name(v: Value, value: Option<Value>) -> PyResult<()> {
    let (ty, name) = name_value(v, "__name__", value)?;
    // SAFETY: live heap type owning its name.
    unsafe { crate::object::decref(std::mem::replace(&mut (*ty).name_obj, name.into_raw())) };
    Ok(())
}

fn type_set_qualname(v: Value, value: Option<Value>) -> PyResult<()> {
    let (ty, name) = name_value(v, "__qualname__", value)?;
    // SAFETY: live heap type owning its qualname.
    unsafe { crate::object::decref(std::mem::replace(&mut (*ty).qualname, name.into_raw())) };
    Ok(())
}

fn type_get_name(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(&type_name(v.as_ptr())))
}

fn type_get_qualname(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(&type_qualname(v.as_ptr())))
}

/// `cls.__module__`: a class's own namespace entry (any object), else
/// AttributeError; the module name of a built-in type.
fn type_get_module(v: Value) -> PyResult<Obj> {
    let ty = v.as_ptr::<TypeObject>();
    // SAFETY: live type object.
    unsafe {
        if (*ty).flags & flags::HEAP == 0 {
            return Ok(pystr::new((*ty).module_name));
        }
        match dict::get_item_str_value((*ty).dict, pystr::intern("__module__").v()) {
            Some(m) => Ok(Obj::from_borrowed(m)),
            None => Err(attribute_error("__module__")),
        }
    }
}

fn type_get_mro(v: Value) -> PyResult<Obj> {
    // SAFETY: live type object.
    Ok(Obj::from_borrowed(unsafe { (*v.as_ptr::<TypeObject>()).mro }))
}

fn type_get_bases(v: Value) -> PyResult<Obj> {
    // SAFETY: live type object.
    Ok(Obj::from_borrowed(unsafe { (*v.as_ptr::<TypeObject>()).bases }))
}

fn type_get_base(v: Value) -> PyResult<Obj> {
    // SAFETY: live type object.
    let base = unsafe { (*v.as_ptr::<TypeObject>()).base };
    if base.is_null() { Ok(Obj::none()) } else { Ok(Obj::from_borrowed(Value::from_ptr(base))) }
}

fn type_get_dict(v: Value) -> PyResult<Obj> {
    // SAFETY: live type object.
    Ok(crate::builtins::mappingproxy::new(unsafe { (*v.as_ptr::<TypeObject>()).dict }))
}

fn type_get_doc(v: Value) -> PyResult<Obj> {
    let ty = v.as_ptr::<TypeObject>();
    // SAFETY: live type object.
    unsafe {
        if let Some(d) = dict::get_item_str_value((*ty).dict, pystr::intern("__doc__").v()) {
            return Ok(Obj::from_borrowed(d));
        }
    }
    Ok(Obj::none())
}

/// Raises the TypeError CPython gives for calling a non-callable.
pub fn not_callable(v: Value) -> crate::error::Raised {
    type_error(format!("'{}' object is not callable", type_name_of(v)))
}
