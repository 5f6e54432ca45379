//! Protocol slots of classes defined in Python: each slot looks up the
//! corresponding dunder on the instance's type and calls it, with
//! CPython's result checks (`__bool__` must return a bool, `__len__` a
//! non-negative int, ...).
//!
//! A class gets the wrapper for a slot when a class written in Python
//! defines the dunder somewhere in its MRO; otherwise it inherits the
//! built-in base's slot.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use crate::builtins::type_::{Slots, TypeObject, flags, lookup, type_name_of};
use crate::builtins::{int, str as pystr};
use crate::call::{self, Args};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Obj, type_of};
use crate::protocol;

/// The dunder `name` found on `type(v)`, bound to `v` like CPython's
/// `lookup_maybe_method`; None if absent. A dunder set to None is
/// returned as is, so calling it raises "'NoneType' object is not
/// callable" as in CPython (the slots that give None another meaning,
/// `__hash__` and `__iter__`, check for it first).
fn method(v: Value, name: &str) -> PyResult<Option<Obj>> {
    let key = pystr::intern(name);
    let ty = type_of(v);
    let attr = lookup(ty, key.v());
    if attr.is_null() {
        return Ok(None);
    }
    let attr = Obj::from_borrowed(attr);
    match crate::object::type_slots(attr.v()).descr_get {
        Some(get) => get(attr.v(), v, Value::from_ptr(ty)).map(Some),
        None => Ok(Some(attr)),
    }
}

fn call0(v: Value, name: &str) -> PyResult<Option<Obj>> {
    match method(v, name)? {
        Some(m) => call::call_positional(m.v(), &[]).map(Some),
        None => Ok(None),
    }
}

fn call_args(v: Value, name: &str, args: &[Value]) -> PyResult<Option<Obj>> {
    match method(v, name)? {
        Some(m) => call::call_positional(m.v(), args).map(Some),
        None => Ok(None),
    }
}

/// Whether `ty`'s MRO defines `name` in a class written in Python.
pub fn defined_in_python(ty: *mut TypeObject, name: &str) -> bool {
    let key = pystr::intern(name);
    let (v, owner) = crate::builtins::type_::lookup_with_owner(ty, key.v());
    // SAFETY: a found attribute's owner is a live type.
    !v.is_null() && unsafe { (*owner).flags & flags::HEAP != 0 }
}

/// Installs the Python-dunder slots a class needs on top of the slots it
/// inherited.
pub fn install(ty: *mut TypeObject, slots: &mut Slots) {
    let has = |name: &str| defined_in_python(ty, name);
    if has("__repr__") {
        slots.repr = Some(user_repr);
    }
    if has("__str__") {
        slots.str = Some(user_str);
    }
    if has("__hash__") {
        slots.hash = Some(user_hash);
    }
    if CompareOp::ALL.iter().any(|op| has(op.dunder())) {
        slots.richcompare = Some(user_richcompare);
    }
    if has("__bool__") {
        slots.bool = Some(user_bool);
    } else if has("__len__") {
        slots.bool = None;
    }
    if has("__len__") {
        slots.len = Some(user_len);
    }
    if has("__iter__") {
        slots.iter = Some(user_iter);
    }
    if has("__next__") {
        slots.next = Some(user_next);
    }
    if has("__getitem__") {
        slots.getitem = Some(user_getitem);
    }
    if has("__setitem__") || has("__delitem__") {
        slots.setitem = Some(user_setitem);
    }
    if has("__contains__") {
        slots.contains = Some(user_contains);
    }
    if has("__call__") {
        slots.call = Some(user_call);
    }
    if has("__getattribute__") || has("__getattr__") {
        slots.getattr = Some(user_getattr);
    }
    if has("__setattr__") || has("__delattr__") {
        slots.setattr = Some(user_setattr);
    }
    if BinaryOp::ALL.iter().any(|op| {
        let stem = op.dunder_stem();
        has(&format!("__{stem}__")) || has(&format!("__r{stem}__"))
    }) {
        slots.number = Some(user_number);
    }
    if [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert].iter().any(|op| has(op.dunder())) {
        slots.unary = Some(user_unary);
    }
    if has("__index__") {
        slots.index = Some(user_index);
    }
    if has("__get__") {
        slots.descr_get = Some(user_descr_get);
    }
    if has("__set__") || has("__delete__") {
        slots.descr_set = Some(user_descr_set);
    }
}

fn expect_str(r: Obj, what: &str) -> PyResult<Obj> {
    if pystr::is_str(r.v()) {
        Ok(r)
    } else {
        Err(type_error(format!("{what} returned non-string (type {})", type_name_of(r.v()))))
    }
}

fn user_repr(v: Value) -> PyResult<Obj> {
    match call0(v, "__repr__")? {
        Some(r) => expect_str(r, "__repr__"),
        None => crate::builtins::object::default_repr(v),
    }
}

fn user_str(v: Value) -> PyResult<Obj> {
    match call0(v, "__str__")? {
        Some(r) => expect_str(r, "__str__"),
        None => protocol::repr(v),
    }
}

fn user_hash(v: Value) -> PyResult<i64> {
    let key = pystr::intern("__hash__");
    if lookup(type_of(v), key.v()).is_none() {
        return protocol::unhashable(v);
    }
    match call0(v, "__hash__")? {
        Some(r) => match int::view(r.v()) {
            Some(int::IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
            Some(_) => int::int_hash(r.v()),
            None => Err(type_error("__hash__ method should return an integer")),
        },
        None => protocol::unhashable(v),
    }
}

/// `self op other`: the dunder on `type(self)`; otherwise the built-in
/// base's comparison, or object's default identity comparison (whose
/// `__ne__` inverts `__eq__`).
fn user_richcompare(v: Value, other: Value, op: CompareOp) -> PyResult<Obj> {
    if defined_in_python(type_of(v), op.dunder()) {
        if let Some(r) = call_args(v, op.dunder(), &[other])? {
            return Ok(r);
        }
    }
    let solid = crate::builtins::subtype::solid_base(type_of(v));
    if solid != &raw mut crate::builtins::object::OBJECT_TYPE {
        // SAFETY: static built-in type.
        return match unsafe { (*solid).slots.richcompare } {
            Some(f) => f(v, other, op),
            None => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
        };
    }
    if op == CompareOp::Ne && defined_in_python(type_of(v), "__eq__") {
        // The default `__ne__` inverts `__eq__`.
        let eq = user_richcompare(v, other, CompareOp::Eq)?;
        if eq.v() == Value::NOT_IMPLEMENTED {
            return Ok(eq);
        }
        return Ok(Obj::from_bool(!protocol::truthy(eq.v())?));
    }
    // SAFETY: OBJECT_TYPE is a static type with a richcompare slot.
    let base = unsafe { crate::builtins::object::OBJECT_TYPE.slots.richcompare };
    match base {
        Some(f) if op == CompareOp::Eq || op == CompareOp::Ne => f(v, other, op),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

fn user_bool(v: Value) -> PyResult<bool> {
    match call0(v, "__bool__")? {
        Some(r) if r.v().is_bool() => Ok(r.v() == Value::TRUE),
        Some(r) => Err(type_error(format!("__bool__ should return bool, returned {}", type_name_of(r.v())))),
        None => Ok(true),
    }
}

fn user_len(v: Value) -> PyResult<usize> {
    let r = call0(v, "__len__")?.ok_or_else(|| type_error("object has no len()"))?;
    let r = if int::is_int(r.v()) { r } else { protocol::index(r.v())? };
    match int::to_i64(r.v()) {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => Err(value_error("__len__() should return >= 0")),
        None => Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn user_iter(v: Value) -> PyResult<Obj> {
    let key = pystr::intern("__iter__");
    if lookup(type_of(v), key.v()).is_none() {
        return Err(type_error(format!("'{}' object is not iterable", type_name_of(v))));
    }
    call0(v, "__iter__")?.ok_or_else(|| type_error("not iterable"))
}

fn user_next(v: Value) -> PyResult<Option<Obj>> {
    match call0(v, "__next__") {
        Ok(r) => Ok(r),
        Err(e) => {
            if crate::error::raised_matches(&raw mut crate::builtins::exceptions::STOP_ITERATION) {
                crate::error::clear_raised();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn user_getitem(v: Value, key: Value) -> PyResult<Obj> {
    call_args(v, "__getitem__", &[key])?.ok_or_else(|| type_error(format!("'{}' object is not subscriptable", type_name_of(v))))
}

fn user_setitem(v: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    let r = match value {
        Some(x) => call_args(v, "__setitem__", &[key, x])?,
        None => call_args(v, "__delitem__", &[key])?,
    };
    match r {
        Some(_) => Ok(()),
        None if value.is_some() => {
            Err(type_error(format!("'{}' object does not support item assignment", type_name_of(v))))
        }
        None => Err(type_error(format!("'{}' object doesn't support item deletion", type_name_of(v)))),
    }
}

fn user_contains(v: Value, item: Value) -> PyResult<bool> {
    if lookup(type_of(v), pystr::intern("__contains__").v()).is_none() {
        return Err(type_error(format!("'{}' object is not a container", type_name_of(v))));
    }
    match call_args(v, "__contains__", &[item])? {
        Some(r) => protocol::truthy(r.v()),
        None => Ok(false),
    }
}

fn user_call(v: Value, args: &Args) -> PyResult<Obj> {
    match method(v, "__call__")? {
        Some(m) => call::call(m.v(), args),
        None => Err(crate::builtins::type_::not_callable(v)),
    }
}

/// `__getattribute__` (when overridden) with the `__getattr__` fallback on
/// AttributeError.
fn user_getattr(v: Value, name: Value) -> PyResult<Obj> {
    let ty = type_of(v);
    let first = if defined_in_python(ty, "__getattribute__") {
        call_args(v, "__getattribute__", &[name]).map(|r| r.unwrap_or_else(Obj::none))
    } else {
        crate::builtins::object::generic_getattr(v, name)
    };
    match first {
        Ok(r) => Ok(r),
        Err(e) => {
            if defined_in_python(ty, "__getattr__")
                && crate::error::raised_matches(&raw mut crate::builtins::exceptions::ATTRIBUTE_ERROR)
            {
                crate::error::clear_raised();
                return call_args(v, "__getattr__", &[name]).map(|r| r.unwrap_or_else(Obj::none));
            }
            Err(e)
        }
    }
}

fn user_setattr(v: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(v);
    match value {
        Some(x) if defined_in_python(ty, "__setattr__") => call_args(v, "__setattr__", &[name, x]).map(|_| ()),
        None if defined_in_python(ty, "__delattr__") => call_args(v, "__delattr__", &[name]).map(|_| ()),
        _ => crate::builtins::object::generic_setattr(v, name, value),
    }
}

/// The binary-operator slot of Python classes. It is called with the
/// operands in source order for either operand's type; which dunder runs
/// depends on which operand is an instance of a class defining it.
fn user_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    let (forward, reflected) = (op.dunder(), op.reflected_dunder());
    let (ta, tb) = (type_of(a), type_of(b));
    // A subclass on the right goes first only if it overrides the
    // reflected method (CPython's `method_is_overloaded`).
    let overloaded = || {
        let key = pystr::intern(reflected);
        lookup(tb, key.v()) != lookup(ta, key.v())
    };
    let reflected_first =
        ta != tb && crate::builtins::type_::is_subtype(tb, ta) && defined_in_python(tb, reflected) && overloaded();
    if reflected_first {
        if let Some(r) = call_args(b, reflected, &[a])? {
            if r.v() != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if defined_in_python(ta, forward) {
        if let Some(r) = call_args(a, forward, &[b])? {
            if r.v() != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    } else if let Some(f) = native_number(ta) {
        let r = f(a, b, op)?;
        if r.v() != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if ta != tb && !reflected_first {
        if defined_in_python(tb, reflected) {
            if let Some(r) = call_args(b, reflected, &[a])? {
                return Ok(r);
            }
        } else if let Some(f) = native_number(tb) {
            // The right operand's built-in base (`1 + Celsius(2.0)`).
            return f(a, b, op);
        }
    }
    Ok(Obj::from_owned(Value::NOT_IMPLEMENTED))
}

/// The number slot a Python class inherits from its built-in base.
fn native_number(ty: *mut TypeObject) -> Option<fn(Value, Value, BinaryOp) -> PyResult<Obj>> {
    let mut t = ty;
    // SAFETY: type chain of live types.
    unsafe {
        while !t.is_null() && (*t).flags & flags::HEAP != 0 {
            t = (*t).base;
        }
        if t.is_null() { None } else { (*t).slots.number }
    }
}

/// `-v`, `+v`, `~v`: the dunder's result as is (even NotImplemented, as
/// in CPython), else the built-in base's operator.
fn user_unary(v: Value, op: UnaryOp) -> PyResult<Obj> {
    if let Some(r) = call0(v, op.dunder())? {
        return Ok(r);
    }
    // SAFETY: static built-in type.
    match unsafe { (*crate::builtins::subtype::solid_base(type_of(v))).slots.unary } {
        Some(f) => f(v, op),
        None => Err(protocol::bad_unary_operand(v, op)),
    }
}

fn user_index(v: Value) -> PyResult<Obj> {
    let r = call0(v, "__index__")?.ok_or_else(|| type_error("no __index__"))?;
    if !int::is_int(r.v()) {
        return Err(type_error(format!("__index__ returned non-int (type {})", type_name_of(r.v()))));
    }
    Ok(r)
}

fn user_descr_get(d: Value, obj: Value, owner: Value) -> PyResult<Obj> {
    let obj = if obj.is_null() { Value::NONE } else { obj };
    let owner = if owner.is_null() { Value::NONE } else { owner };
    call_args(d, "__get__", &[obj, owner]).map(|r| r.unwrap_or_else(Obj::none))
}

fn user_descr_set(d: Value, obj: Value, value: Option<Value>) -> PyResult<()> {
    let r = match value {
        Some(v) => call_args(d, "__set__", &[obj, v])?,
        None => call_args(d, "__delete__", &[obj])?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(crate::error::attribute_error(if value.is_some() { "__set__" } else { "__delete__" })),
    }
}
