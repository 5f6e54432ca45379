//! Classes created at run time (`class` statements, `type(name, bases,
//! ns)`): their creation (C3 MRO, instance layout, slots, `__set_name__`,
//! `__init_subclass__`, the `__class__` cell) and the instantiation
//! protocol (`__new__` then `__init__`).
//!
//! Instances extend the layout of their *solid base* — the built-in type
//! whose memory layout they inherit (`object`, an exception, `list`,
//! `dict`, `int`) — with a `__dict__` slot when the base has none.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TYPE_TYPE, TypeObject, flags, is_subtype, type_name, type_name_of, type_qualname, lookup_with_owner};
use crate::builtins::{cell, classmethod, dict, function, int, list, set, staticmethod, str as pystr, subtype, tuple};
use crate::call::{self, Args, KwArgs};
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, decref, incref, type_of};

/// Whether `ty` was created at run time.
pub fn is_heap(ty: *mut TypeObject) -> bool {
    // SAFETY: live type object.
    unsafe { (*ty).flags & flags::HEAP != 0 }
}

/// The type whose instance layout `ty`'s extends without change apart
/// from `__dict__`/`__weakref__`: the nearest class with `__slots__`
/// members, else the built-in solid base (CPython's `solid_base`).
pub fn layout_base(ty: *mut TypeObject) -> *mut TypeObject {
    let mut t = ty;
    // SAFETY: heap types always have a base.
    unsafe {
        while is_heap(t) && (*t).flags & flags::OWN_MEMBERS == 0 {
            t = (*t).base;
        }
        // Built-in exceptions all share one layout, so any two can be
        // combined (`class E(OSError, ValueError)`), as CPython's
        // `solid_base` finds by comparing instance sizes.
        let root = &raw mut crate::builtins::exceptions::BASE_EXCEPTION;
        if !is_heap(t) && is_subtype(t, root) && (*t).instance_size == (*root).instance_size {
            t = root;
        }
    }
    t
}

/// CPython's `best_base`: the base whose instance layout the others'
/// extend (the class's own layout extends it). `bases` are classes that
/// accept subclasses; there is at least one.
pub fn best_base(bases: &[*mut TypeObject]) -> PyResult<*mut TypeObject> {
    let mut best = bases[0];
    for &b in &bases[1..] {
        let (lb, lbest) = (layout_base(b), layout_base(best));
        if is_subtype(lbest, lb) {
            continue;
        }
        if !is_subtype(lb, lbest) {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
        best = b;
    }
    Ok(best)
}

/// CPython's C3 linearisation of `bases` (their MROs and the list
/// itself); the new class goes first.
pub fn c3(bases: &[*mut TypeObject]) -> PyResult<Vec<*mut TypeObject>> {
    let mut seqs: Vec<Vec<*mut TypeObject>> = bases
        .iter()
        // SAFETY: readied types.
        .map(|&b| unsafe { tuple::items((*b).mro).iter().map(|v| v.as_ptr::<TypeObject>()).collect() })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0])
            .find(|&c| seqs.iter().all(|s| !s[1..].contains(&c)));
        match candidate {
            Some(c) => {
                out.push(c);
                for s in &mut seqs {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_name(s[0]);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// Frees a class when its last reference goes (static types are
/// immortal and never get here).
pub unsafe fn type_dealloc(v: Value) {
    let ty = v.as_ptr::<TypeObject>();
    // SAFETY: a heap type allocated by `type_new`.
    unsafe {
        if (*ty).flags & flags::HEAP == 0 {
            return;
        }
        crate::type_cache::invalidate();
        crate::builtins::type_bases::unregister(ty);
        for field in [(*ty).dict, (*ty).mro, (*ty).bases, (*ty).name_obj, (*ty).qualname] {
            decref(field);
        }
        decref(Value::from_ptr((*ty).base));
        let meta = (*ty).header.ty;
        drop(Box::from_raw(ty));
        decref(Value::from_ptr(meta));
    }
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)`.
pub fn type_new(meta: *mut TypeObject, name: Value, bases: Value, ns: Value, kw: &KwArgs) -> PyResult<Obj> {
    type_new_in(meta, name, bases, ns, kw, Value::NULL)
}

/// [`type_new`] called from code whose module globals are `globals` (or
/// null when unknown): a namespace without `__module__` gets the
/// module's `__name__`, as CPython takes it from the calling frame.
pub fn type_new_in(meta: *mut TypeObject, name: Value, bases: Value, ns: Value, kw: &KwArgs, globals: Value) -> PyResult<Obj> {
    if !pystr::is_str(name) {
        return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", type_name_of(name))));
    }
    if !tuple::is_tuple(bases) {
        return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name_of(bases))));
    }
    if !dict::is_dict(ns) {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", type_name_of(ns))));
    }
    for &b in tuple::items(bases) {
        if !crate::builtins::type_::is_instance(b, &raw mut TYPE_TYPE)
            && crate::protocol::getattr_opt(b, "__mro_entries__")?.is_some()
        {
            return Err(type_error("type() doesn't support MRO entry resolution; use types.new_class()"));
        }
    }
    // The most derived metaclass of `meta` and the bases' metaclasses
    // creates the class; one with its own `__new__` is handed the call.
    let winner = metaclass(Some(Value::from_ptr(meta)), bases)?.as_ptr::<TypeObject>();
    if winner != meta && crate::builtins::user_slots::defined_in_python(winner, "__new__") {
        return metaclass_new(winner, &[name, bases, ns], kw);
    }
    let meta = winner;
    let mut base_types: Vec<*mut TypeObject> = Vec::new();
    for &b in tuple::items(bases) {
        if !crate::builtins::type_::is_instance(b, &raw mut TYPE_TYPE) {
            return Err(type_error(format!("bases must be types, not {}", type_name_of(b))));
        }
        let bt = b.as_ptr::<TypeObject>();
        // SAFETY: live type.
        if unsafe { (*bt).flags } & flags::BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", type_qualname(bt))));
        }
        if base_types.contains(&bt) {
            return Err(type_error(format!("duplicate base class {}", type_name(bt))));
        }
        base_types.push(bt);
    }
    if base_types.is_empty() {
        base_types.push(&raw mut OBJECT_TYPE);
    }
    let best = best_base(&base_types)?;
    let solid = subtype::solid_base(best);
    let Some((solid_size, solid_dict)) = subtype::base_layout(solid) else {
        return Err(crate::error::not_implemented_error(format!(
            "subclassing the built-in type '{}' is not supported yet",
            type_name(solid)
        )));
    };
    // SAFETY: live best base.
    let (best_size, best_dict, best_flags, best_slots) = unsafe {
        let b = &*best;
        let size = if is_heap(best) { b.instance_size } else { solid_size };
        let off = if is_heap(best) { b.dict_offset } else { solid_dict };
        (size, off, b.flags, b.slots)
    };
    let layout = SlotsLayout::new(ns, name, best, best_dict != 0, &base_types)?;
    let members_at = best_size;
    let mut instance_size = best_size + 8 * layout.members.len();
    let dict_offset = if best_dict != 0 {
        best_dict
    } else if layout.add_dict {
        instance_size += 8;
        instance_size - 8
    } else {
        0
    };
    let mut type_flags = flags::HEAP | flags::BASETYPE | flags::READY | (best_flags & flags::SUBCLASS_MASK);
    for &b in &base_types {
        // SAFETY: live types.
        type_flags |= unsafe { (*b).flags } & flags::SUBCLASS_MASK;
    }
    for (on, flag) in [
        (dict_offset != 0, flags::HAS_DICT),
        (layout.add_weak || best_flags & flags::WEAKREF != 0, flags::WEAKREF),
        (!layout.members.is_empty(), flags::OWN_MEMBERS),
        (subtype::is_var_sized(solid), flags::VAR_EXTRAS),
    ] {
        if on {
            type_flags |= flag;
        }
    }
    let ty = Box::into_raw(Box::new(TypeObject {
        header: Header { refcnt: 1, ty: meta },
        name: "",
        module_name: "",
        dealloc: subtype::subtype_dealloc,
        base: best,
        flags: type_flags,
        slots: best_slots,
        methods: &[],
        getsets: &[],
        doc: "",
        instance_size,
        dict_offset,
        name_obj: Value::NULL,
        qualname: Value::NULL,
        dict: Value::NULL,
        bases: Value::NULL,
        mro: Value::NULL,
    }));
    incref(Value::from_ptr(meta));
    incref(Value::from_ptr(best));
    let cls = Obj::from_owned(Value::from_ptr(ty));
    // SAFETY: the fresh type object; fields are filled before use.
    unsafe {
        (*ty).name_obj = pystr::intern_value(name).into_raw();
        let d = dict::copy(ns)?;
        let module_key = pystr::intern("__module__");
        if !globals.is_null() && dict::get_item_str_value(d.v(), module_key.v()).is_none() {
            if let Some(module) = dict::get_item_str_value(globals, pystr::intern("__name__").v()) {
                dict::set_item(d.v(), module_key.v(), module)?;
            }
        }
        let qual_key = pystr::intern("__qualname__");
        (*ty).qualname = match dict::pop_item(d.v(), qual_key.v())? {
            Some(q) if pystr::is_str(q.v()) => q.into_raw(),
            Some(q) => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name_of(q.v())
                )));
            }
            None => pystr::intern_value(name).into_raw(),
        };
        for (key, wrap) in [
            ("__new__", staticmethod::new as fn(Value) -> Obj),
            ("__init_subclass__", classmethod::new),
            ("__class_getitem__", classmethod::new),
        ] {
            let k = pystr::intern(key);
            if let Some(f) = dict::get_item_str_value(d.v(), k.v()) {
                if function::is_function(f) {
                    let wrapped = wrap(f);
                    dict::set_item(d.v(), k.v(), wrapped.v())?;
                }
            }
        }
        for (i, member) in layout.members.iter().enumerate() {
            let descr = crate::builtins::member::new(member.clone(), ty, members_at + 8 * i);
            dict::set_item(d.v(), member.v(), descr.v())?;
        }
        if layout.add_dict {
            let descr = crate::builtins::descriptor::new_getset(&DICT_GETSET, ty);
            dict::set_item_str(d.v(), "__dict__", descr.v())?;
        }
        if layout.add_weak {
            let descr = crate::builtins::descriptor::new_getset(&WEAKREF_GETSET, ty);
            dict::set_item_str(d.v(), "__weakref__", descr.v())?;
        }
        if dict::get_item_str_value(d.v(), pystr::intern("__doc__").v()).is_none() {
            dict::set_item_str(d.v(), "__doc__", Value::NONE)?;
        }
        let eq = dict::get_item_str_value(d.v(), pystr::intern("__eq__").v()).is_some();
        let hash = dict::get_item_str_value(d.v(), pystr::intern("__hash__").v()).is_some();
        if eq && !hash {
            dict::set_item_str(d.v(), "__hash__", Value::NONE)?;
        }
        let classcell = dict::pop_item(d.v(), pystr::intern("__classcell__").v())?;
        (*ty).dict = d.into_raw();
        crate::type_cache::invalidate();
        (*ty).bases = if tuple::len(bases) == 0 { tuple::from_slice(&[Value::from_ptr(&raw mut OBJECT_TYPE)]) } else { Obj::from_borrowed(bases) }.into_raw();
        let mut mro = vec![Obj::from_borrowed(Value::from_ptr(ty))];
        for t in c3(&base_types)? {
            mro.push(Obj::from_borrowed(Value::from_ptr(t)));
        }
        (*ty).mro = tuple::from_vec(mro).into_raw();
        crate::builtins::type_bases::register(ty);
        let mut slots: Slots = (*ty).slots;
        crate::builtins::user_slots::install(ty, &mut slots);
        (*ty).slots = slots;
        if let Some(c) = classcell {
            if c.v().is_ptr() && crate::object::has_type(c.v(), &raw mut cell::CELL_TYPE) {
                cell::set(c.v(), Obj::from_borrowed(cls.v()).into_raw());
            }
        }
        // `__set_name__` on every attribute that has it.
        for (k, v) in dict::items_owned((*ty).dict) {
            if crate::builtins::type_::lookup(type_of(v.v()), pystr::intern("__set_name__").v()).is_null() {
                continue;
            }
            crate::protocol::call_special(v.v(), "__set_name__", &[cls.v(), k.v()])?;
        }
    }
    init_subclass(cls.v(), kw)?;
    Ok(cls)
}

/// What a class adds to its best base's layout: `__slots__` members
/// (mangled, sorted as CPython does), a `__dict__` and a `__weakref__`.
struct SlotsLayout {
    members: Vec<Obj>,
    add_dict: bool,
    add_weak: bool,
}

impl SlotsLayout {
    fn new(ns: Value, name: Value, best: *mut TypeObject, base_has_dict: bool, bases: &[*mut TypeObject]) -> PyResult<SlotsLayout> {
        let solid = subtype::solid_base(best);
        // CPython's variable-size types (`tp_itemsize != 0`) take neither
        // members nor a weak-reference slot.
        let itemsize = [&raw mut int::INT_TYPE, &raw mut tuple::TUPLE_TYPE, &raw mut crate::builtins::bytes::BYTES_TYPE, &raw mut TYPE_TYPE]
            .contains(&solid);
        let may_add_dict = !base_has_dict;
        // SAFETY: live type.
        let may_add_weak = unsafe { (*best).flags } & flags::WEAKREF == 0 && !itemsize;
        let Some(slots) = dict::get_item_str_value(ns, pystr::intern("__slots__").v()) else {
            return Ok(SlotsLayout { members: Vec::new(), add_dict: may_add_dict, add_weak: may_add_weak });
        };
        let items = if pystr::is_str(slots) { vec![Obj::from_borrowed(slots)] } else { crate::protocol::collect(slots)? };
        let mut layout = SlotsLayout { members: Vec::new(), add_dict: false, add_weak: false };
        for item in items {
            if !pystr::is_str(item.v()) {
                return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name_of(item.v()))));
            }
            let text = pystr::as_str(item.v());
            if !is_identifier(text) {
                return Err(type_error("__slots__ must be identifiers"));
            }
            match text {
                "__dict__" => {
                    if !may_add_dict || layout.add_dict {
                        return Err(type_error("__dict__ slot disallowed: we already got one"));
                    }
                    layout.add_dict = true;
                }
                "__weakref__" => {
                    if !may_add_weak || layout.add_weak {
                        return Err(type_error(
                            "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                        ));
                    }
                    layout.add_weak = true;
                }
                _ => {
                    let mangled = pystr::intern(&mangle(pystr::as_str(name), text));
                    if dict::get_item_str_value(ns, mangled.v()).is_some() {
                        let shown = crate::protocol::repr(mangled.v())?;
                        return Err(crate::error::value_error(format!(
                            "{} in __slots__ conflicts with class variable",
                            pystr::as_str(shown.v())
                        )));
                    }
                    layout.members.push(mangled);
                }
            }
        }
        if !layout.members.is_empty() && itemsize {
            return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{}'", type_name(best))));
        }
        layout.members.sort_by(|a, b| pystr::as_str(a.v()).cmp(pystr::as_str(b.v())));
        // Secondary bases may provide a `__dict__` or weak references.
        for &b in bases {
            // SAFETY: live types.
            let (off, f) = unsafe { ((*b).dict_offset, (*b).flags) };
            layout.add_dict |= may_add_dict && off != 0;
            layout.add_weak |= may_add_weak && f & flags::WEAKREF != 0;
        }
        Ok(layout)
    }
}

/// Whether `s` is a Python identifier (`str.isidentifier`).
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// CPython's private-name mangling of `attr` inside class `class_name`.
fn mangle(class_name: &str, attr: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !attr.starts_with("__") || attr.ends_with("__") || attr.contains('.') || stripped.is_empty() {
        return attr.to_string();
    }
    format!("_{stripped}{attr}")
}

/// `__dict__` of instances of classes that add one.
static DICT_GETSET: GetSetDef =
    GetSetDef { name: "__dict__", get: crate::builtins::object::get_dict, set: Some(crate::builtins::object::set_dict) };

/// `__weakref__` of classes that add one: always None, as no weak
/// references exist yet.
static WEAKREF_GETSET: GetSetDef = GetSetDef { name: "__weakref__", get: |_| Ok(Obj::none()), set: None };

/// Calls `super(cls, cls).__init_subclass__(**kw)`.
fn init_subclass(cls: Value, kw: &KwArgs) -> PyResult<()> {
    let ty = cls.as_ptr::<TypeObject>();
    let key = pystr::intern("__init_subclass__");
    // SAFETY: readied type with an MRO.
    let mro = unsafe { tuple::items((*ty).mro) };
    for &t in &mro[1..] {
        // SAFETY: types in the MRO.
        let d = unsafe { (*t.as_ptr::<TypeObject>()).dict };
        if let Some(attr) = dict::get_item_str_value(d, key.v()) {
            let attr = Obj::from_borrowed(attr);
            let bound = match crate::object::type_slots(attr.v()).descr_get {
                Some(get) => get(attr.v(), Value::NULL, cls)?,
                None => attr,
            };
            let names: Vec<Obj> = kw.names.iter().map(|&n| Obj::from_borrowed(n)).collect();
            let kwnames = if names.is_empty() { Value::NULL } else { tuple::from_vec(names).into_raw() };
            let r = call::call(bound.v(), &Args { all: kw.values, nargs: 0, kwnames });
            decref(kwnames);
            return r.map(|_| ());
        }
    }
    Ok(())
}

/// `object.__init_subclass__`: accepts no keyword arguments.
pub fn object_init_subclass(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    if !kw.is_empty() {
        let cls = args.first().map(|&c| type_qualname(c.as_ptr())).unwrap_or_default();
        return Err(type_error(format!("{cls}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Obj::none())
}

/// Whether `attr` (found on a class) is a function written in Python.
fn is_python_callable(attr: Value) -> bool {
    !attr.is_null()
        && !crate::builtins::descriptor::is_method_descriptor(attr)
        && !crate::object::has_type(attr, &raw mut crate::builtins::slot_wrapper::WRAPPER_DESCRIPTOR_TYPE)
}

/// `cls(*args, **kwargs)` for a class created at run time: `__new__`,
/// then `__init__` when the result is an instance of the class.
pub fn call_heap_type(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let (new_attr, new_owner) = lookup_with_owner(ty, pystr::interned!("__new__"));
    let (init_attr, init_owner) = lookup_with_owner(ty, pystr::interned!("__init__"));
    let user_new = is_python_callable(new_attr) && !new_owner.is_null() && is_heap(new_owner);
    let user_init = is_python_callable(init_attr) && !init_owner.is_null() && is_heap(init_owner);
    let obj = if user_new {
        let new_fn = Obj::from_borrowed(new_attr);
        let f = match crate::object::type_slots(new_fn.v()).descr_get {
            Some(get) => get(new_fn.v(), Value::NULL, Value::from_ptr(ty))?,
            None => new_fn,
        };
        let mut all = Vec::with_capacity(args.all.len() + 1);
        all.push(Value::from_ptr(ty));
        all.extend_from_slice(args.all);
        call::call(f.v(), &Args { all: &all, nargs: args.nargs + 1, kwnames: args.kwnames })?
    } else {
        if !user_init && !args.is_empty() && subtype::solid_base(ty) == &raw mut OBJECT_TYPE {
            return Err(type_error(format!("{}() takes no arguments", type_qualname(ty))));
        }
        subtype::new_instance(ty, args)?
    };
    if !crate::builtins::type_::is_instance(obj.v(), ty) {
        return Ok(obj);
    }
    let obj_ty = type_of(obj.v());
    // A user `__new__` may have changed the class, so look again after it.
    let (init, init_owner) = if obj_ty == ty && !user_new { (init_attr, init_owner) } else { lookup_with_owner(obj_ty, pystr::interned!("__init__")) };
    if !init.is_null() && !init_owner.is_null() && is_heap(init_owner) {
        let init = Obj::from_borrowed(init);
        let r = call::call_with_self(init.v(), obj.v(), args)?;
        if !r.v().is_none() {
            return Err(type_error(format!("__init__() should return None, not '{}'", type_name_of(r.v()))));
        }
    } else {
        builtin_init(obj.v(), args)?;
    }
    Ok(obj)
}

/// The `__init__` of the solid base, for classes that do not define one.
fn builtin_init(obj: Value, args: &Args) -> PyResult<()> {
    let solid = subtype::solid_base(type_of(obj));
    if solid == &raw mut list::LIST_TYPE {
        return list_init(obj, args);
    }
    if solid == &raw mut set::SET_TYPE {
        let mut all = vec![obj];
        all.extend_from_slice(args.positional());
        return crate::builtins::set_methods::set_init(&all, &args.kw()).map(|_| ());
    }
    if solid == &raw mut crate::builtins::bytearray::BYTEARRAY_TYPE {
        return crate::builtins::bytearray::init(obj, args.positional(), &args.kw());
    }
    if solid == &raw mut crate::builtins::stringio::STRING_IO_TYPE {
        return crate::builtins::stringio::init(obj, args.positional(), &args.kw());
    }
    if solid == &raw mut crate::builtins::bytesio::BYTES_IO_TYPE {
        return crate::builtins::bytesio::init(obj, args.positional(), &args.kw());
    }
    if solid == &raw mut TYPE_TYPE && args.nargs != 1 && args.nargs != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    if solid == &raw mut dict::DICT_TYPE {
        for &x in args.positional() {
            dict::update(obj, x)?;
        }
        return dict::update_from_kwargs(obj, &args.kw());
    }
    Ok(())
}

/// `list.__init__(self, iterable=())`.
pub fn list_init(obj: Value, args: &Args) -> PyResult<()> {
    if !args.kw_is_empty() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    match args.positional() {
        [] => {
            list::replace_all(obj, Vec::new());
            Ok(())
        }
        [x] => {
            list::replace_all(obj, Vec::new());
            list::extend(obj, *x)
        }
        more => Err(type_error(format!("list expected at most 1 argument, got {}", more.len()))),
    }
}

/// `object.__init__(self, *args, **kwargs)` with CPython's excess-argument
/// rules.
pub fn object_init(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let Some(&obj) = args.first() else {
        return Err(type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    let excess = args.len() > 1 || !kw.is_empty();
    if excess {
        let ty = type_of(obj);
        if crate::builtins::user_slots::defined_in_python(ty, "__init__") {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !crate::builtins::user_slots::defined_in_python(ty, "__new__") {
            return Err(type_error(format!("{}() takes no arguments", type_qualname(ty))));
        }
    }
    Ok(Obj::none())
}

/// `object.__new__(cls, *args, **kwargs)`.
pub fn object_new(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let Some(&cls) = args.first() else {
        return Err(type_error("object.__new__(): not enough arguments"));
    };
    if !crate::builtins::type_::is_instance(cls, &raw mut TYPE_TYPE) {
        return Err(type_error(format!("object.__new__(X): X is not a type object ({})", type_name_of(cls))));
    }
    let ty = cls.as_ptr::<TypeObject>();
    let excess = args.len() > 1 || !kw.is_empty();
    if excess {
        if crate::builtins::user_slots::defined_in_python(ty, "__new__") {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !crate::builtins::user_slots::defined_in_python(ty, "__init__") {
            return Err(type_error(format!("{}() takes no arguments", type_qualname(ty))));
        }
    }
    // CPython's "static base": the nearest class whose `__new__` is not
    // written in Python; it must construct like `object`.
    let mut staticbase = ty;
    while crate::builtins::user_slots::defined_in_python(staticbase, "__new__") {
        // SAFETY: heap types always have a base.
        staticbase = unsafe { (*staticbase).base };
    }
    // SAFETY: static built-in types with readied slots.
    let (base_new, object_new) = unsafe { ((*subtype::solid_base(staticbase)).slots.new, OBJECT_TYPE.slots.new) };
    if base_new.map(|f| f as usize) != object_new.map(|f| f as usize) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            type_name(ty),
            type_name(staticbase)
        )));
    }
    if !is_heap(ty) {
        return object_new.expect("object has a new slot")(ty, &Args::positional_only(&[]));
    }
    subtype::new_instance(ty, &Args::positional_only(&[]))
}

/// `type.__new__(meta, name, bases, ns, **kw)` as a static method.
pub fn type_new_method(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    match args {
        [meta, name, bases, ns] => {
            if !crate::builtins::type_::is_instance(*meta, &raw mut TYPE_TYPE) {
                return Err(type_error("type.__new__(X): X is not a type object"));
            }
            type_new(meta.as_ptr(), *name, *bases, *ns, kw)
        }
        [meta, x] if kw.is_empty() && meta.as_ptr::<TypeObject>() == &raw mut TYPE_TYPE => {
            Ok(Obj::from_borrowed(Value::from_ptr(type_of(*x))))
        }
        _ => Err(type_error("type.__new__() takes exactly 3 arguments (0 given)")),
    }
}

/// `meta.__new__(meta, name, bases, ns, **kw)` for a metaclass whose
/// `__new__` is written in Python.
fn metaclass_new(meta: *mut TypeObject, args: &[Value; 3], kw: &KwArgs) -> PyResult<Obj> {
    let new_fn = Obj::from_borrowed(lookup_with_owner(meta, pystr::interned!("__new__")).0);
    let f = match crate::object::type_slots(new_fn.v()).descr_get {
        Some(get) => get(new_fn.v(), Value::NULL, Value::from_ptr(meta))?,
        None => new_fn,
    };
    let mut all = vec![Value::from_ptr(meta)];
    all.extend_from_slice(args);
    all.extend_from_slice(kw.values);
    let kwnames = if kw.is_empty() { Obj::none() } else { tuple::from_slice(kw.names) };
    let kwnames = if kw.is_empty() { Value::NULL } else { kwnames.v() };
    call::call(f.v(), &Args { all: &all, nargs: 4, kwnames })
}

/// `type(name, bases, ns)` and `type(x)`, and calling a metaclass.
pub fn call_type_object(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    call_type_object_in(ty, args, Value::NULL)
}

/// [`call_type_object`] from code whose module globals are `globals`
/// (null when unknown), for the new class's `__module__`.
pub fn call_type_object_in(ty: *mut TypeObject, args: &Args, globals: Value) -> PyResult<Obj> {
    if ty == &raw mut TYPE_TYPE {
        return match args.positional() {
            [x] if args.kw_is_empty() => Ok(Obj::from_borrowed(Value::from_ptr(type_of(*x)))),
            [name, bases, ns] => type_new_in(ty, *name, *bases, *ns, &args.kw(), globals),
            _ => Err(type_error("type() takes 1 or 3 arguments")),
        };
    }
    call_heap_type(ty, args)
}

/// The metaclass of a class statement: the explicit one, or the most
/// derived metaclass of the bases.
fn metaclass(explicit: Option<Value>, bases: Value) -> PyResult<Value> {
    let mut winner = match explicit {
        Some(m) => m,
        None => match tuple::items(bases).first() {
            Some(&b) => Value::from_ptr(type_of(b)),
            None => Value::from_ptr(&raw mut TYPE_TYPE),
        },
    };
    if !crate::builtins::type_::is_instance(winner, &raw mut TYPE_TYPE) {
        return Ok(winner);
    }
    for &b in tuple::items(bases) {
        let bm = type_of(b);
        let w = winner.as_ptr::<TypeObject>();
        if is_subtype(w, bm) {
            continue;
        }
        if is_subtype(bm, w) {
            winner = Value::from_ptr(bm);
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// CPython's `update_bases` (and `types.resolve_bases`): each base that
/// is not a class but has `__mro_entries__` is replaced by the tuple that
/// method returns for the original bases (`class C(list[int])` has the
/// base `list`). Returns `bases` itself when nothing was replaced.
pub fn resolve_bases(bases: Value) -> PyResult<Obj> {
    let items = tuple::items(bases);
    let mut resolved: Option<Vec<Obj>> = None;
    for (i, &b) in items.iter().enumerate() {
        let entries = if crate::builtins::type_::is_instance(b, &raw mut TYPE_TYPE) {
            None
        } else {
            crate::protocol::getattr_opt(b, "__mro_entries__")?
        };
        let Some(entries) = entries else {
            if let Some(r) = &mut resolved {
                r.push(Obj::from_borrowed(b));
            }
            continue;
        };
        let new = call::call_positional(entries.v(), &[bases])?;
        if !tuple::is_tuple(new.v()) {
            return Err(type_error("__mro_entries__ must return a tuple"));
        }
        let r = resolved.get_or_insert_with(|| items[..i].iter().map(|&v| Obj::from_borrowed(v)).collect());
        r.extend(tuple::items(new.v()).iter().map(|&v| Obj::from_borrowed(v)));
    }
    Ok(match resolved {
        Some(r) => tuple::from_vec(r),
        None => Obj::from_borrowed(bases),
    })
}

/// CPython's `__build_class__` for a compiled class body.
pub fn build_class(body: Value, name: Value, orig_bases: Value, kwargs: Value) -> PyResult<Obj> {
    let resolved = resolve_bases(orig_bases)?;
    let bases = resolved.v();
    let kw = if kwargs.is_none() || kwargs.is_null() { dict::new() } else { dict::copy(kwargs)? };
    let explicit = dict::pop_item(kw.v(), pystr::intern("metaclass").v())?;
    let meta = metaclass(explicit.as_ref().map(Obj::v), bases)?;
    let meta = Obj::from_borrowed(meta);
    let pairs = dict::items_owned(kw.v());
    let kwnames = if pairs.is_empty() { Value::NULL } else { tuple::from_vec(pairs.iter().map(|(k, _)| k.clone()).collect()).into_raw() };
    let kwvalues: Vec<Value> = pairs.iter().map(|(_, v)| v.v()).collect();
    let release = Obj::from_owned(if kwnames.is_null() { Value::NONE } else { kwnames });
    // The namespace: `__prepare__` when the metaclass defines one.
    let ns = match crate::protocol::getattr_opt(meta.v(), "__prepare__")? {
        Some(prepare) if !crate::builtins::descriptor::is_method_descriptor(prepare.v()) => {
            let mut all = vec![name, bases];
            all.extend_from_slice(&kwvalues);
            call::call(prepare.v(), &Args { all: &all, nargs: 2, kwnames })?
        }
        _ => dict::new(),
    };
    if crate::object::type_slots(ns.v()).getitem.is_none() {
        let meta_name = if crate::builtins::type_::is_instance(meta.v(), &raw mut TYPE_TYPE) {
            type_name(meta.v().as_ptr())
        } else {
            "<metaclass>".to_string()
        };
        return Err(type_error(format!(
            "{meta_name}.__prepare__() must return a mapping, not {}",
            type_name_of(ns.v())
        )));
    }
    let cell = call::call_positional(body, &[ns.v()])?;
    if bases != orig_bases {
        crate::protocol::setitem(ns.v(), pystr::intern("__orig_bases__").v(), orig_bases)?;
    }
    if crate::object::has_type(cell.v(), &raw mut cell::CELL_TYPE) {
        crate::protocol::setitem(ns.v(), pystr::intern("__classcell__").v(), cell.v())?;
    }
    let mut all = vec![name, bases, ns.v()];
    all.extend_from_slice(&kwvalues);
    let cls = call::call(meta.v(), &Args { all: &all, nargs: 3, kwnames })?;
    drop(release);
    Ok(cls)
}

/// A name read in a class body: the namespace, then the module, then
/// builtins (CPython's `LOAD_NAME`).
pub fn class_lookup(ns: Value, globals: Value, name: Value) -> PyResult<Obj> {
    let found = if dict::is_exact_dict(ns) {
        dict::get_item(ns, name)?.map(Obj::from_borrowed)
    } else {
        match crate::protocol::getitem(ns, name) {
            Ok(v) => Some(v),
            Err(e) => {
                if crate::error::raised_matches(&raw mut crate::builtins::exceptions::KEY_ERROR) {
                    crate::error::clear_raised();
                    None
                } else {
                    return Err(e);
                }
            }
        }
    };
    if let Some(v) = found {
        return Ok(v);
    }
    if let Some(v) = dict::get_item(globals, name)? {
        return Ok(Obj::from_borrowed(v));
    }
    if let Some(v) = dict::get_item(crate::import::builtins_dict(), name)? {
        return Ok(Obj::from_borrowed(v));
    }
    Err(crate::builtins::exceptions::name_error_for(name))
}
