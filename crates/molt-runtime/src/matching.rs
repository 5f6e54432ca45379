//! The runtime half of structural pattern matching (`match`): the checks
//! behind sequence, mapping and class patterns, as CPython's
//! `MATCH_SEQUENCE`, `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS`.

use molt_abi::Value;

use crate::builtins::bool_::BOOL_TYPE;
use crate::builtins::bytearray::BYTEARRAY_TYPE;
use crate::builtins::bytes::BYTES_TYPE;
use crate::builtins::dict::{self, DICT_TYPE};
use crate::builtins::float::FLOAT_TYPE;
use crate::builtins::int::INT_TYPE;
use crate::builtins::list::LIST_TYPE;
use crate::builtins::memoryview::MEMORYVIEW_TYPE;
use crate::builtins::range::RANGE_TYPE;
use crate::builtins::set::{FROZENSET_TYPE, SET_TYPE};
use crate::builtins::str::{self as pystr, STR_TYPE};
use crate::builtins::tuple::{self, TUPLE_TYPE};
use crate::builtins::type_::{TYPE_TYPE, TypeObject, is_instance, is_subtype, type_name, type_name_of};
use crate::call;
use crate::error::{self, PyResult, type_error, value_error};
use crate::object::{Obj, type_of};
use crate::protocol;

fn is_sequence_type(ty: *mut TypeObject) -> bool {
    let bases = [&raw mut LIST_TYPE, &raw mut TUPLE_TYPE, &raw mut RANGE_TYPE, &raw mut MEMORYVIEW_TYPE];
    bases.into_iter().any(|b| is_subtype(ty, b))
}

fn is_mapping_type(ty: *mut TypeObject) -> bool {
    is_subtype(ty, &raw mut DICT_TYPE)
}

/// Types whose instances a class pattern with one positional sub-pattern
/// matches as a whole (`case int(x)`).
fn matches_self(ty: *mut TypeObject) -> bool {
    let bases = [
        &raw mut BOOL_TYPE,
        &raw mut BYTEARRAY_TYPE,
        &raw mut BYTES_TYPE,
        &raw mut DICT_TYPE,
        &raw mut FLOAT_TYPE,
        &raw mut FROZENSET_TYPE,
        &raw mut INT_TYPE,
        &raw mut LIST_TYPE,
        &raw mut SET_TYPE,
        &raw mut STR_TYPE,
        &raw mut TUPLE_TYPE,
    ];
    bases.into_iter().any(|b| is_subtype(ty, b))
}

/// A sequence pattern's test: `subject` is a sequence (not a str, bytes,
/// bytearray or other iterable) of exactly `len` items, or at least `len` when the
/// pattern has a starred item.
pub fn sequence(subject: Value, len: usize, star: bool) -> PyResult<bool> {
    if !is_sequence_type(type_of(subject)) {
        return Ok(false);
    }
    let n = protocol::len(subject)?;
    Ok(if star { n >= len } else { n == len })
}

/// A mapping pattern's test: `subject` is a mapping with at least `nkeys`
/// items.
pub fn mapping(subject: Value, nkeys: usize) -> PyResult<bool> {
    if !is_mapping_type(type_of(subject)) {
        return Ok(false);
    }
    Ok(nkeys == 0 || protocol::len(subject)? >= nkeys)
}

/// The values of `keys` (a tuple) in `subject`, as a tuple, or None when a
/// key is missing. Lookups go through `subject.get()`, so `__missing__`
/// is never called; a key repeated at run time is a ValueError.
pub fn keys(subject: Value, keys: Value) -> PyResult<Obj> {
    let keys = tuple::items(keys);
    // A fresh object no mapping can hold: `get`'s default.
    let missing = crate::builtins::list::new();
    let get = protocol::getattr(subject, pystr::intern("get").v())?;
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for &k in keys {
        for &s in &seen {
            if protocol::eq(s, k)? {
                let r = protocol::repr(k)?;
                return Err(value_error(format!("mapping pattern checks duplicate key ({})", pystr::as_str(r.v()))));
            }
        }
        seen.push(k);
        let v = call::call_positional(get.v(), &[k, missing.v()])?;
        if v.v() == missing.v() {
            return Ok(Obj::none());
        }
        values.push(v);
    }
    Ok(tuple::from_vec(values))
}

/// `**rest` of a mapping pattern: a new dict of the items of `subject`
/// whose keys are not in `keys`.
pub fn rest(subject: Value, keys: Value) -> PyResult<Obj> {
    let d = dict::new();
    dict::update(d.v(), subject)?;
    for &k in tuple::items(keys) {
        dict::del_item(d.v(), k)?;
    }
    Ok(d)
}

/// A class pattern `cls(p1, .., name=p, ..)`: when `subject` is an
/// instance of `cls`, a tuple of the values to match (positional
/// sub-patterns through `__match_args__`, then the keyword names), or None
/// when it is not or an attribute is missing.
pub fn class(subject: Value, cls: Value, npos: usize, kwnames: Value) -> PyResult<Obj> {
    if !is_instance(cls, &raw mut TYPE_TYPE) {
        return Err(type_error("called match pattern must be a class"));
    }
    let ty = cls.as_ptr::<TypeObject>();
    if !crate::modules::builtins::isinstance(subject, cls)? {
        return Ok(Obj::none());
    }
    let type_name = &type_name(ty);
    let mut seen: Vec<Obj> = Vec::new();
    let mut values = Vec::new();
    if npos > 0 {
        let match_args = protocol::getattr_opt(cls, "__match_args__")?;
        let (allowed, names) = match &match_args {
            Some(m) if tuple::is_exact_tuple(m.v()) => (tuple::len(m.v()), Some(tuple::items(m.v()))),
            Some(m) => {
                return Err(type_error(format!("{type_name}.__match_args__ must be a tuple (got {})", type_name_of(m.v()))));
            }
            None if matches_self(ty) => (1, None),
            None => (0, None),
        };
        if allowed < npos {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!("{type_name}() accepts {allowed} positional sub-pattern{plural} ({npos} given)")));
        }
        match names {
            None => values.push(Obj::from_borrowed(subject)),
            Some(names) => {
                for &name in &names[..npos] {
                    if !pystr::is_exact_str(name) {
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", type_name_of(name))));
                    }
                    match attribute(subject, name, type_name, &mut seen)? {
                        Some(v) => values.push(v),
                        None => return Ok(Obj::none()),
                    }
                }
            }
        }
    }
    for &name in tuple::items(kwnames) {
        match attribute(subject, name, type_name, &mut seen)? {
            Some(v) => values.push(v),
            None => return Ok(Obj::none()),
        }
    }
    Ok(tuple::from_vec(values))
}

/// `getattr(subject, name)` for a class pattern, None when missing.
fn attribute(subject: Value, name: Value, type_name: &str, seen: &mut Vec<Obj>) -> PyResult<Option<Obj>> {
    if seen.iter().any(|s| pystr::as_str(s.v()) == pystr::as_str(name)) {
        let r = protocol::repr(name)?;
        return Err(type_error(format!("{type_name}() got multiple sub-patterns for attribute {}", pystr::as_str(r.v()))));
    }
    seen.push(Obj::from_borrowed(name));
    match protocol::getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if error::raised_matches(&raw mut crate::builtins::exceptions::ATTRIBUTE_ERROR) {
                error::clear_raised();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}
