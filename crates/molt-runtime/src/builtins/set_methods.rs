//! Named methods of `set` and `frozenset`, each following its CPython
//! counterpart in `setobject.c` (what is iterated and in which order
//! decides the resulting table layout, and so the iteration order).

use molt_abi::Value;

use crate::builtins::set;
use crate::builtins::type_::{MethodDef, type_name_of};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error};
use crate::object::Obj;

pub const SET_METHODS: &[MethodDef] = &[
    crate::builtins::generic_alias::CLASS_GETITEM,
    MethodDef::keywords("__init__", set_init),
    MethodDef::positional("add", |a| set::add(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("discard", |a| set::discard(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("remove", |a| set::remove(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("pop", |a| set::pop(a[0]), 0, 0),
    MethodDef::positional("clear", |a| {
        set::clear(a[0]);
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::positional("copy", |a| set::copy(a[0]), 0, 0),
    MethodDef::positional("update", |a| each(a, set::update), 0, 255),
    MethodDef::positional("difference_update", |a| each(a, set::difference_update), 0, 255),
    MethodDef::positional("symmetric_difference_update", |a| set::symmetric_difference_update(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("intersection_update", intersection_update, 0, 255),
    MethodDef::positional("union", union, 0, 255),
    MethodDef::positional("intersection", intersection, 0, 255),
    MethodDef::positional("difference", difference, 0, 255),
    MethodDef::positional("symmetric_difference", |a| set::symmetric_difference(a[0], a[1]), 1, 1),
    MethodDef::positional("issubset", |a| Ok(Obj::from_bool(set::is_subset(a[0], a[1])?)), 1, 1),
    MethodDef::positional("issuperset", |a| Ok(Obj::from_bool(set::is_superset(a[0], a[1])?)), 1, 1),
    MethodDef::positional("isdisjoint", |a| Ok(Obj::from_bool(set::is_disjoint(a[0], a[1])?)), 1, 1),
];

pub const FROZENSET_METHODS: &[MethodDef] = &[
    crate::builtins::generic_alias::CLASS_GETITEM,
    MethodDef::positional("copy", frozenset_copy, 0, 0),
    MethodDef::positional("union", union, 0, 255),
    MethodDef::positional("intersection", intersection, 0, 255),
    MethodDef::positional("difference", difference, 0, 255),
    MethodDef::positional("symmetric_difference", |a| set::symmetric_difference(a[0], a[1]), 1, 1),
    MethodDef::positional("issubset", |a| Ok(Obj::from_bool(set::is_subset(a[0], a[1])?)), 1, 1),
    MethodDef::positional("issuperset", |a| Ok(Obj::from_bool(set::is_superset(a[0], a[1])?)), 1, 1),
    MethodDef::positional("isdisjoint", |a| Ok(Obj::from_bool(set::is_disjoint(a[0], a[1])?)), 1, 1),
];

/// Applies an in-place update for each argument in turn.
fn each(a: &[Value], f: fn(Value, Value) -> PyResult<()>) -> PyResult<Obj> {
    for &other in &a[1..] {
        f(a[0], other)?;
    }
    Ok(Obj::none())
}

/// `s.union(*others)`: a copy updated from each iterable as given.
fn union(a: &[Value]) -> PyResult<Obj> {
    let r = set::copy(a[0])?;
    for &other in &a[1..] {
        if other != a[0] {
            set::update(r.v(), other)?;
        }
    }
    Ok(r)
}

/// `s.intersection(*others)`: intersected one argument at a time.
fn intersection(a: &[Value]) -> PyResult<Obj> {
    if a.len() == 1 {
        return set::copy(a[0]);
    }
    let mut r = Obj::from_borrowed(a[0]);
    for &other in &a[1..] {
        r = set::intersection(r.v(), other)?;
    }
    Ok(r)
}

/// `s.difference(*others)`: one difference, then in-place removals.
fn difference(a: &[Value]) -> PyResult<Obj> {
    if a.len() == 1 {
        return set::copy(a[0]);
    }
    let r = set::difference(a[0], a[1])?;
    for &other in &a[2..] {
        set::difference_update(r.v(), other)?;
    }
    Ok(r)
}

fn intersection_update(a: &[Value]) -> PyResult<Obj> {
    let r = intersection(a)?;
    if r.v() != a[0] {
        set::intersection_update_with(a[0], r.v());
    }
    Ok(Obj::none())
}

/// `frozenset.copy()`: an exact frozenset is its own copy.
fn frozenset_copy(a: &[Value]) -> PyResult<Obj> {
    if crate::object::has_type(a[0], &raw mut set::FROZENSET_TYPE) {
        return Ok(Obj::from_borrowed(a[0]));
    }
    set::copy(a[0])
}

/// `set.__init__(self, iterable=())`: refills the set (subclasses reach it
/// through `super().__init__`).
pub fn set_init(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    if !kw.is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    if a.len() > 2 {
        return Err(type_error(format!("{} expected at most 1 argument, got {}", type_name_of(a[0]), a.len() - 1)));
    }
    set::clear(a[0]);
    if let Some(&x) = a.get(1) {
        set::update(a[0], x)?;
    }
    Ok(Obj::none())
}
