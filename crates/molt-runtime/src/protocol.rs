//! The object protocols every operation goes through: conversion (`repr`,
//! `str`, hashing, truth), operators with CPython's dispatch order and
//! reflected fallbacks, attribute and item access, and iteration.
//!
//! Each function has a fast path for the common immediate or exact types
//! and otherwise dispatches through the type's slots.

use std::cell::RefCell;

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use crate::builtins::type_::{is_subtype, lookup, type_name_of};
use crate::builtins::{float, int, iterators, list, set, str as pystr, tuple};
use crate::call;
use crate::error::{PyResult, Raised, type_error};
use crate::object::{Obj, type_of, type_slots};

// ---- Conversion ----------------------------------------------------------

/// `repr(v)`.
pub fn repr(v: Value) -> PyResult<Obj> {
    if v.is_small_int() {
        return Ok(pystr::new(&v.small_int().to_string()));
    }
    let slot = type_slots(v).repr.unwrap_or(crate::builtins::object::default_repr);
    let r = call::with_recursion_guard(" while getting the repr of an object", || slot(v))?;
    if !pystr::is_str(r.v()) {
        return Err(type_error(format!("__repr__ returned non-string (type {})", type_name_of(r.v()))));
    }
    Ok(r)
}

/// `str(v)`.
pub fn str_(v: Value) -> PyResult<Obj> {
    if pystr::is_exact_str(v) {
        return Ok(Obj::from_borrowed(v));
    }
    let slots = type_slots(v);
    let r = match slots.str {
        Some(s) => s(v)?,
        None => repr(v)?,
    };
    if !pystr::is_str(r.v()) {
        return Err(type_error(format!("__str__ returned non-string (type {})", type_name_of(r.v()))));
    }
    Ok(r)
}

/// `ascii(v)`: `repr` with non-ASCII characters escaped.
pub fn ascii(v: Value) -> PyResult<Obj> {
    let r = repr(v)?;
    let s = pystr::as_str(r.v());
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() { out.push(c) } else { pystr::push_escape(&mut out, c) }
    }
    Ok(pystr::new(&out))
}

/// `hash(v)`.
pub fn hash(v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return crate::builtins::int::int_hash(v);
    }
    if pystr::is_exact_str(v) {
        return Ok(pystr::hash_of(v));
    }
    match type_slots(v).hash {
        Some(h) => h(v),
        None => Err(unhashable_error(v)),
    }
}

/// The `hash` slot of mutable containers.
pub fn unhashable(v: Value) -> PyResult<i64> {
    Err(unhashable_error(v))
}

fn unhashable_error(v: Value) -> Raised {
    type_error(format!("unhashable type: '{}'", type_name_of(v)))
}

/// `bool(v)`.
#[inline]
pub fn truthy(v: Value) -> PyResult<bool> {
    if v.is_bool() {
        return Ok(v == Value::TRUE);
    }
    if v.is_none() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_f64() != 0.0);
    }
    let slots = type_slots(v);
    if let Some(b) = slots.bool {
        return b(v);
    }
    if let Some(l) = slots.len {
        return Ok(l(v)? != 0);
    }
    Ok(true)
}

/// `operator.index(v)`: `v` itself for ints, else its `__index__()`,
/// which must return an int.
pub fn index(v: Value) -> PyResult<Obj> {
    if int::is_int(v) {
        return Ok(Obj::from_borrowed(v));
    }
    let r = match type_slots(v).index {
        Some(index) => index(v)?,
        None => match call_special(v, "__index__", &[])? {
            Some(r) => r,
            None => {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(v))));
            }
        },
    };
    if int::is_int(r.v()) {
        Ok(r)
    } else {
        Err(type_error(format!("__index__ returned non-int (type {})", type_name_of(r.v()))))
    }
}

/// The int an index key converts to through `__index__`, for sequence
/// subscripts; None when the key's type has no `__index__`.
pub fn index_key(key: Value) -> PyResult<Option<Obj>> {
    match type_slots(key).index {
        Some(_) if !int::is_int(key) => index(key).map(Some),
        _ => Ok(None),
    }
}

/// Integer value of an `__index__`-able object.
pub fn index_value(v: Value) -> PyResult<i64> {
    if let Some(i) = int::view(v) {
        return match i {
            int::IntRef::Small(i) => Ok(i),
            _ => Err(crate::error::overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    match type_slots(v).index {
        Some(index) => index_value(index(v)?.v()),
        None => match call_special(v, "__index__", &[])? {
            Some(r) if int::is_int(r.v()) => index_value(r.v()),
            Some(r) => Err(type_error(format!("__index__ returned non-int (type {})", type_name_of(r.v())))),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(v)
            ))),
        },
    }
}

/// Resolves a sequence index for `seq[i]`: `Ok(None)` when out of range,
/// IndexError for ints too big for an index (as CPython's
/// `PyNumber_AsSsize_t` with IndexError).
pub fn sequence_index(i: &int::IntRef, len: usize) -> PyResult<Option<usize>> {
    if !matches!(i, int::IntRef::Small(_)) {
        return Err(crate::error::index_error("cannot fit 'int' into an index-sized integer"));
    }
    Ok(normalize_index(i, len))
}

/// Resolves a sequence index (negative counts from the end); None when out
/// of range.
pub fn normalize_index(i: &int::IntRef, len: usize) -> Option<usize> {
    match i {
        int::IntRef::Small(i) => {
            let i = if *i < 0 { *i + len as i64 } else { *i };
            (0..len as i64).contains(&i).then_some(i as usize)
        }
        _ => None,
    }
}

/// Start/stop arguments of `index()`-style methods, clamped to `len`.
pub fn index_bounds(start: Option<Value>, stop: Option<Value>, len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let clamp = |v: Option<Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            None => default,
            Some(v) => crate::builtins::slice::saturating_index(v, "slice indices must be integers or have an __index__ method")?,
        };
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
    };
    Ok((clamp(start, 0)?, clamp(stop, n)?))
}

/// The repetition count for `seq * n`, raising MemoryError/OverflowError
/// for absurd sizes.
pub fn repeat_count(n: &int::IntRef, item_count: usize) -> PyResult<usize> {
    let n = match n {
        int::IntRef::Small(n) => (*n).max(0) as usize,
        r if r.is_negative() => 0,
        _ => return Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
    };
    if item_count.checked_mul(n).is_none_or(|total| total > (1 << 40)) {
        return Err(crate::error::memory_error());
    }
    Ok(n)
}

// ---- Operators -----------------------------------------------------------

fn not_implemented(r: &Obj) -> bool {
    r.v() == Value::NOT_IMPLEMENTED
}

/// Tries `op` through both operands' number slots in CPython's order;
/// `Ok(None)` when both decline.
fn binary_dispatch(a: Value, b: Value, op: BinaryOp) -> PyResult<Option<Obj>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let slot_a = type_slots(a).number;
    let mut slot_b = if ta != tb { type_slots(b).number } else { None };
    if slot_b.map(|f| f as usize) == slot_a.map(|f| f as usize) {
        slot_b = None;
    }
    if let Some(fa) = slot_a {
        if let Some(fb) = slot_b {
            if is_subtype(tb, ta) {
                let r = fb(a, b, op)?;
                if !not_implemented(&r) {
                    return Ok(Some(r));
                }
                slot_b = None;
            }
        }
        let r = fa(a, b, op)?;
        if !not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if let Some(fb) = slot_b {
        let r = fb(a, b, op)?;
        if !not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// `a op b`.
pub fn binary_op(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    if let Some(r) = fast_binary(a, b, op)? {
        return Ok(r);
    }
    match binary_dispatch(a, b, op)? {
        Some(r) => Ok(r),
        None => match repeat_by_index(a, b, op)? {
            Some(r) => Ok(r),
            None => Err(unsupported(a, b, op, "")),
        },
    }
}

/// `seq * n` where `n` is not an int but has `__index__` (CPython's
/// `sq_repeat` takes any index).
fn repeat_by_index(a: Value, b: Value, op: BinaryOp) -> PyResult<Option<Obj>> {
    if op != BinaryOp::Mul {
        return Ok(None);
    }
    if is_sequence_for_repeat(a) {
        if let Some(n) = index_key(b)? {
            return binary_op(a, n.v(), op).map(Some);
        }
    } else if is_sequence_for_repeat(b) {
        if let Some(n) = index_key(a)? {
            return binary_op(n.v(), b, op).map(Some);
        }
    }
    Ok(None)
}

/// Small-int and float arithmetic without slot dispatch.
#[inline]
fn fast_binary(a: Value, b: Value, op: BinaryOp) -> PyResult<Option<Obj>> {
    if a.is_small_int() && b.is_small_int() {
        return int::int_number(a, b, op).map(Some);
    }
    if a.is_float() && b.is_float() {
        return float::binary_values(a.as_f64(), b.as_f64(), op).map(|r| (!not_implemented(&r)).then_some(r));
    }
    Ok(None)
}

fn unsupported(a: Value, b: Value, op: BinaryOp, suffix: &str) -> Raised {
    let symbol = if op == BinaryOp::Pow && suffix.is_empty() { "** or pow()" } else { op.symbol() };
    if op == BinaryOp::Add && suffix.is_empty() && pystr::is_str(a) {
        return type_error(format!("can only concatenate str (not \"{}\") to str", type_name_of(b)));
    }
    if op == BinaryOp::Mul && (is_sequence_for_repeat(a) || is_sequence_for_repeat(b)) {
        let other = if is_sequence_for_repeat(a) { b } else { a };
        return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name_of(other)));
    }
    type_error(format!(
        "unsupported operand type(s) for {symbol}{suffix}: '{}' and '{}'",
        type_name_of(a),
        type_name_of(b)
    ))
}

fn is_sequence_for_repeat(v: Value) -> bool {
    pystr::is_str(v)
        || list::is_list(v)
        || tuple::is_tuple(v)
        || crate::builtins::bytes::is_bytes(v)
        || crate::builtins::bytearray::is_bytearray(v)
}

/// `a op= b`: mutable containers update in place, user types get
/// `__iop__`, everything else falls back to `a op b`.
pub fn inplace_op(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    if let Some(r) = fast_binary(a, b, op)? {
        return Ok(r);
    }
    if list::is_list(a) {
        match op {
            BinaryOp::Add => return list::inplace_concat(a, b),
            BinaryOp::Mul if int::is_int(b) => return list::inplace_repeat(a, b),
            _ => {}
        }
    }
    if let Some(r) = set::inplace(a, b, op)? {
        return Ok(r);
    }
    if crate::builtins::bytearray::is_bytearray(a) {
        if let Some(r) = crate::builtins::bytearray::inplace(a, b, op)? {
            return Ok(r);
        }
    }
    // `dict |= x` accepts what `dict.update(x)` does (CPython's `dict_ior`).
    if crate::builtins::dict::is_dict(a) && op == BinaryOp::Or {
        crate::builtins::dict::update(a, b)?;
        return Ok(Obj::from_borrowed(a));
    }
    // Only user-defined types can have in-place dunders.
    // SAFETY: live type object.
    if unsafe { (*type_of(a)).flags } & crate::builtins::type_::flags::HEAP != 0 {
        let dunder = format!("__i{}__", op.dunder_stem());
        if let Some(r) = call_special(a, &dunder, &[b])? {
            if !not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match binary_dispatch(a, b, op)? {
        Some(r) => Ok(r),
        None => Err(unsupported(a, b, op, "=")),
    }
}

/// Unary `-`, `+`, `~`.
pub fn unary_op(v: Value, op: UnaryOp) -> PyResult<Obj> {
    match type_slots(v).unary {
        Some(f) => f(v, op),
        None => Err(bad_unary_operand(v, op)),
    }
}

/// The TypeError for a unary operator `v`'s type does not support.
pub fn bad_unary_operand(v: Value, op: UnaryOp) -> Raised {
    type_error(format!("bad operand type for {}: '{}'", op.symbol(), type_name_of(v)))
}

/// Rich comparison with CPython's reflection rules; returns an object.
pub fn rich_compare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(Obj::from_bool(op.test(a.small_int().cmp(&b.small_int()))));
    }
    let (ta, tb) = (type_of(a), type_of(b));
    let mut reflected_done = false;
    if ta != tb && is_subtype(tb, ta) {
        if let Some(f) = type_slots(b).richcompare {
            reflected_done = true;
            let r = f(b, a, op.swapped())?;
            if !not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = type_slots(a).richcompare {
        let r = f(a, b, op)?;
        if !not_implemented(&r) {
            return Ok(r);
        }
    }
    if !reflected_done {
        if let Some(f) = type_slots(b).richcompare {
            let r = f(b, a, op.swapped())?;
            if !not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(Obj::from_bool(a == b)),
        CompareOp::Ne => Ok(Obj::from_bool(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name_of(a),
            type_name_of(b)
        ))),
    }
}

/// Rich comparison reduced to a truth value.
#[inline]
pub fn compare_bool(a: Value, b: Value, op: CompareOp) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(op.test(a.small_int().cmp(&b.small_int())));
    }
    if a.is_float() && b.is_float() {
        return Ok(match a.as_f64().partial_cmp(&b.as_f64()) {
            Some(ord) => op.test(ord),
            None => op == CompareOp::Ne,
        });
    }
    if pystr::is_exact_str(a) && pystr::is_exact_str(b) {
        return Ok(match op {
            CompareOp::Eq => pystr::eq(a, b),
            CompareOp::Ne => !pystr::eq(a, b),
            _ => op.test(pystr::as_str(a).as_bytes().cmp(pystr::as_str(b).as_bytes())),
        });
    }
    let r = rich_compare(a, b, op)?;
    truthy(r.v())
}

/// `a == b` with the identity shortcut containers use.
#[inline]
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        // Identity implies equality for containers (NaN included).
        return Ok(true);
    }
    compare_bool(a, b, CompareOp::Eq)
}

/// `a < b` as a truth value.
pub fn less_than(a: Value, b: Value) -> PyResult<bool> {
    compare_bool(a, b, CompareOp::Lt)
}

/// Lexicographic comparison of two sequences, as lists and tuples do.
pub fn compare_sequences(xs: &[Value], ys: &[Value], op: CompareOp) -> PyResult<Obj> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && xs.len() != ys.len() {
        return Ok(Obj::from_bool(op == CompareOp::Ne));
    }
    for (&x, &y) in xs.iter().zip(ys) {
        if !call::with_recursion_guard(" in comparison", || eq(x, y))? {
            return match op {
                CompareOp::Eq => Ok(Obj::from_bool(false)),
                CompareOp::Ne => Ok(Obj::from_bool(true)),
                _ => rich_compare(x, y, op),
            };
        }
    }
    Ok(Obj::from_bool(op.test(xs.len().cmp(&ys.len()))))
}

/// `x in items` for a sequence.
pub fn sequence_contains(items: &[Value], x: Value) -> PyResult<bool> {
    for &item in items {
        if eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    if let Some(f) = type_slots(container).contains {
        return f(container, item);
    }
    let Ok(it) = iter(container) else {
        crate::error::clear_raised();
        return Err(type_error(format!("argument of type '{}' is not iterable", type_name_of(container))));
    };
    while let Some(x) = next(it.v())? {
        if eq(x.v(), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- Attributes and items ------------------------------------------------

/// `getattr(v, name)` for a str name.
pub fn getattr(v: Value, name: Value) -> PyResult<Obj> {
    match type_slots(v).getattr {
        Some(f) => f(v, name),
        None => crate::builtins::object::generic_getattr(v, name),
    }
}

/// `getattr(v, name, None)`-like: `Ok(None)` only for AttributeError.
pub fn getattr_opt(v: Value, name: &str) -> PyResult<Option<Obj>> {
    let key = pystr::intern(name);
    match getattr(v, key.v()) {
        Ok(r) => Ok(Some(r)),
        Err(e) => {
            if crate::error::raised_matches(&raw mut crate::builtins::exceptions::ATTRIBUTE_ERROR) {
                crate::error::clear_raised();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

pub fn setattr(v: Value, name: Value, value: Value) -> PyResult<()> {
    set_or_del_attr(v, name, Some(value))
}

pub fn delattr(v: Value, name: Value) -> PyResult<()> {
    set_or_del_attr(v, name, None)
}

fn set_or_del_attr(v: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    match type_slots(v).setattr {
        Some(f) => f(v, name, value),
        None => {
            let attr = pystr::as_str(name);
            if lookup(type_of(v), name).is_null() {
                Err(crate::error::attribute_error(format!(
                    "'{}' object has no attribute '{attr}'",
                    type_name_of(v)
                )))
            } else {
                Err(crate::error::attribute_error(format!(
                    "'{}' object attribute '{attr}' is read-only",
                    type_name_of(v)
                )))
            }
        }
    }
}

/// `v[key]`.
pub fn getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(f) = type_slots(v).getitem {
        return f(v, key);
    }
    if crate::builtins::type_::is_instance(v, &raw mut crate::builtins::type_::TYPE_TYPE) {
        // `type[int]` is special-cased (other metaclass instances are not).
        if v.as_ptr::<crate::builtins::type_::TypeObject>() == &raw mut crate::builtins::type_::TYPE_TYPE {
            return Ok(crate::builtins::generic_alias::new(v, key));
        }
        let hook = crate::builtins::type_::lookup(v.as_ptr(), pystr::intern("__class_getitem__").v());
        if !hook.is_null() {
            let hook = Obj::from_borrowed(hook);
            let bound = match type_slots(hook.v()).descr_get {
                Some(get) => get(hook.v(), Value::NULL, v)?,
                None => hook,
            };
            return call::call_positional(bound.v(), &[key]);
        }
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            crate::builtins::type_::type_name(v.as_ptr())
        )));
    }
    Err(type_error(format!("'{}' object is not subscriptable", type_name_of(v))))
}

/// `v[key] = value`.
pub fn setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    match type_slots(v).setitem {
        Some(f) => f(v, key, Some(value)),
        None => Err(type_error(format!("'{}' object does not support item assignment", type_name_of(v)))),
    }
}

/// `del v[key]`.
pub fn delitem(v: Value, key: Value) -> PyResult<()> {
    match type_slots(v).setitem {
        Some(f) => f(v, key, None),
        None => Err(type_error(format!("'{}' object doesn't support item deletion", type_name_of(v)))),
    }
}

/// `len(v)`.
pub fn len(v: Value) -> PyResult<usize> {
    match type_slots(v).len {
        Some(f) => f(v),
        None => Err(type_error(format!("object of type '{}' has no len()", type_name_of(v)))),
    }
}

// ---- Iteration -----------------------------------------------------------

/// `iter(v)`.
pub fn iter(v: Value) -> PyResult<Obj> {
    let slots = type_slots(v);
    if let Some(f) = slots.iter {
        let it = f(v)?;
        if type_slots(it.v()).next.is_none() {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name_of(it.v()))));
        }
        return Ok(it);
    }
    if slots.getitem.is_some() && !crate::builtins::dict::is_dict(v) {
        return Ok(iterators::new_seq_iterator(v));
    }
    Err(type_error(format!("'{}' object is not iterable", type_name_of(v))))
}

/// Advances an iterator: `Ok(None)` when exhausted. A StopIteration
/// raised by the iterator also means exhaustion (CPython's `PyIter_Next`).
#[inline]
pub fn next(it: Value) -> PyResult<Option<Obj>> {
    match type_slots(it).next {
        Some(f) => match f(it) {
            Err(e) => {
                if crate::error::raised_matches(&raw mut crate::builtins::exceptions::STOP_ITERATION) {
                    crate::error::clear_raised();
                    return Ok(None);
                }
                Err(e)
            }
            r => r,
        },
        None => Err(type_error(format!("'{}' object is not an iterator", type_name_of(it)))),
    }
}

/// Collects an iterable into owned values.
pub fn collect(v: Value) -> PyResult<Vec<Obj>> {
    if list::is_exact_list(v) {
        return Ok(list::items(v).iter().map(|&x| Obj::from_borrowed(x)).collect());
    }
    if tuple::is_exact_tuple(v) {
        return Ok(tuple::items(v).iter().map(|&x| Obj::from_borrowed(x)).collect());
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(it.v())? {
        out.push(x);
    }
    Ok(out)
}

// ---- Special methods -----------------------------------------------------

/// Calls special method `name` looked up on the type of `v` (not the
/// instance), as CPython's `lookup_maybe_method`; `Ok(None)` if the type
/// has no such attribute.
pub fn call_special(v: Value, name: &str, args: &[Value]) -> PyResult<Option<Obj>> {
    match lookup_special(v, name)? {
        Some(bound) => call::call_positional(bound.v(), args).map(Some),
        None => Ok(None),
    }
}

/// Special method `name` looked up on the type of `v` and bound to `v`.
pub fn lookup_special(v: Value, name: &str) -> PyResult<Option<Obj>> {
    let key = pystr::intern(name);
    let ty = type_of(v);
    let attr = lookup(ty, key.v());
    if attr.is_null() {
        return Ok(None);
    }
    let attr = Obj::from_borrowed(attr);
    match type_slots(attr.v()).descr_get {
        Some(get) => get(attr.v(), v, Value::from_ptr(ty)).map(Some),
        None => Ok(Some(attr)),
    }
}

// ---- Context managers ----------------------------------------------------

/// The start of `with mgr`: returns `mgr.__enter__()` and the bound
/// `__exit__`, both looked up on the type as CPython does.
pub fn enter_context(mgr: Value) -> PyResult<(Obj, Obj)> {
    let unsupported = |detail: &str| {
        crate::error::type_error(format!("'{}' object does not support the context manager protocol{detail}", type_name_of(mgr)))
    };
    let enter = lookup_special(mgr, "__enter__")?.ok_or_else(|| unsupported(""))?;
    let exit = lookup_special(mgr, "__exit__")?.ok_or_else(|| unsupported(" (missed __exit__ method)"))?;
    let value = call::call_positional(enter.v(), &[])?;
    Ok((value, exit))
}

/// `__exit__` as the `with` body raised `exc`: whether to suppress it.
/// `__exit__(None, None, None)` as the `with` body completes; the
/// result is ignored.
pub fn exit_context(exit: Value) -> PyResult<()> {
    call::call_positional(exit, &[Value::NONE, Value::NONE, Value::NONE]).map(drop)
}

/// `__exit__` after the `with` body raised `exc`: whether to suppress it.
pub fn exit_context_with(exit: Value, exc: Value) -> PyResult<bool> {
    let ty = Value::from_ptr(type_of(exc));
    let tb = crate::builtins::exceptions::traceback_of(exc);
    let r = call::call_positional(exit, &[ty, exc, tb.v()])?;
    truthy(r.v())
}

thread_local! {
    static REPR_STACK: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being printed, so self-references print as `[...]`.
pub struct ReprGuard(Value);

impl ReprGuard {
    /// None when `v` is already being printed.
    pub fn enter(v: Value) -> Option<ReprGuard> {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&v) {
                None
            } else {
                s.push(v);
                Some(ReprGuard(v))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(i) = s.iter().rposition(|&x| x == self.0) {
                s.remove(i);
            }
        });
    }
}
