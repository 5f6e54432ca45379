//! Named methods of `set` and `frozenset`.

use molt_abi::Value;

use crate::builtins::set::{self, is_anyset};
use crate::builtins::type_::{MethodDef, type_name_of};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error};
use crate::object::Obj;

pub const SET_METHODS: &[MethodDef] = &[
    MethodDef::keywords("__init__", set_init),
    MethodDef::positional("add", |a| set::add(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("discard", |a| set::discard(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("remove", |a| set::remove(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("pop", |a| set::pop(a[0]), 0, 0),
    MethodDef::positional("clear", |a| {
        set::clear(a[0]);
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::positional("copy", |a| set::from_iterable(a[0]), 0, 0),
    MethodDef::positional("update", |a| each(a, set::update), 0, 255),
    MethodDef::positional("difference_update", |a| each(a, set::difference_update), 0, 255),
    MethodDef::positional("symmetric_difference_update", |a| set::symmetric_difference_update(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("intersection_update", intersection_update, 0, 255),
    MethodDef::positional("union", |a| fold(a, set::union), 0, 255),
    MethodDef::positional("intersection", |a| fold(a, set::intersection), 0, 255),
    MethodDef::positional("difference", |a| fold(a, set::difference), 0, 255),
    MethodDef::positional("symmetric_difference", |a| set::symmetric_difference(a[0], a[1]), 1, 1),
    MethodDef::positional("issubset", issubset, 1, 1),
    MethodDef::positional("issuperset", issuperset, 1, 1),
    MethodDef::positional("isdisjoint", isdisjoint, 1, 1),
];

pub const FROZENSET_METHODS: &[MethodDef] = &[
    MethodDef::positional("copy", |a| Ok(Obj::from_borrowed(a[0])), 0, 0),
    MethodDef::positional("union", |a| fold(a, set::union), 0, 255),
    MethodDef::positional("intersection", |a| fold(a, set::intersection), 0, 255),
    MethodDef::positional("difference", |a| fold(a, set::difference), 0, 255),
    MethodDef::positional("symmetric_difference", |a| set::symmetric_difference(a[0], a[1]), 1, 1),
    MethodDef::positional("issubset", issubset, 1, 1),
    MethodDef::positional("issuperset", issuperset, 1, 1),
    MethodDef::positional("isdisjoint", isdisjoint, 1, 1),
];

fn each(a: &[Value], f: fn(Value, Value) -> PyResult<()>) -> PyResult<Obj> {
    for &other in &a[1..] {
        f(a[0], other)?;
    }
    Ok(Obj::none())
}

/// Applies a binary set operation across all arguments, converting
/// non-set iterables to sets first.
fn fold(a: &[Value], f: fn(Value, Value) -> PyResult<Obj>) -> PyResult<Obj> {
    let mut acc = match a.len() {
        // `s.union()` and friends with no arguments return a copy.
        1 => return set::union(a[0], set::new_set().v()),
        _ => Obj::from_borrowed(a[0]),
    };
    for &other in &a[1..] {
        let other = as_set(other)?;
        acc = f(acc.v(), other.v())?;
    }
    Ok(acc)
}

fn as_set(v: Value) -> PyResult<Obj> {
    if is_anyset(v) { Ok(Obj::from_borrowed(v)) } else { set::from_iterable(v) }
}

fn intersection_update(a: &[Value]) -> PyResult<Obj> {
    let r = fold(a, set::intersection)?;
    set::clear(a[0]);
    set::update(a[0], r.v())?;
    Ok(Obj::none())
}

fn issubset(a: &[Value]) -> PyResult<Obj> {
    let other = as_set(a[1])?;
    Ok(Obj::from_bool(set::is_subset(a[0], other.v())?))
}

fn issuperset(a: &[Value]) -> PyResult<Obj> {
    let other = as_set(a[1])?;
    Ok(Obj::from_bool(set::is_subset(other.v(), a[0])?))
}

fn isdisjoint(a: &[Value]) -> PyResult<Obj> {
    let other = as_set(a[1])?;
    for k in set::keys(other.v()) {
        if set::contains(a[0], k)? {
            return Ok(Obj::from_bool(false));
        }
    }
    Ok(Obj::from_bool(true))
}

/// `set.__init__(self, iterable=())`: refills the set (subclasses reach it
/// through `super().__init__`).
pub fn set_init(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    if !kw.is_empty() {
        return Err(type_error(format!("{}() takes no keyword arguments", type_name_of(a[0]))));
    }
    if a.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", a.len() - 1)));
    }
    set::clear(a[0]);
    if let Some(&x) = a.get(1) {
        set::update(a[0], x)?;
    }
    Ok(Obj::none())
}
