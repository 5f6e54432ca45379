//! Named methods of `dict`.

use molt_abi::Value;

use crate::builtins::dict;
use crate::builtins::dict_views::{self, IterKind};
use crate::builtins::type_::MethodDef;
use crate::builtins::tuple;
use crate::call::KwArgs;
use crate::error::{PyResult, key_error, type_error};
use crate::object::Obj;

pub const DICT_METHODS: &[MethodDef] = &[
    crate::builtins::generic_alias::CLASS_GETITEM,
    MethodDef::positional("get", dict_get, 1, 2),
    MethodDef::positional("keys", |a| Ok(dict_views::new_view(a[0], IterKind::Keys)), 0, 0),
    MethodDef::positional("values", |a| Ok(dict_views::new_view(a[0], IterKind::Values)), 0, 0),
    MethodDef::positional("items", |a| Ok(dict_views::new_view(a[0], IterKind::Items)), 0, 0),
    MethodDef::positional("pop", dict_pop, 1, 2),
    MethodDef::positional("popitem", dict_popitem, 0, 0),
    MethodDef::positional("setdefault", dict_setdefault, 1, 2),
    MethodDef::keywords("update", dict_update),
    MethodDef::positional("clear", |a| {
        dict::clear(a[0]);
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::positional("copy", |a| dict::copy(a[0]), 0, 0),
    MethodDef::positional("fromkeys", dict_fromkeys, 1, 2).class(),
    MethodDef::positional("__reversed__", dict_reversed, 0, 0),
    MethodDef::keywords("__init__", |a, kw| {
        if a.len() > 2 {
            return Err(type_error(format!("dict expected at most 1 argument, got {}", a.len() - 1)));
        }
        if let Some(&x) = a.get(1) {
            dict::update(a[0], x)?;
        }
        dict::update_from_kwargs(a[0], kw)?;
        Ok(Obj::none())
    }),
];

fn dict_get(a: &[Value]) -> PyResult<Obj> {
    match dict::get_item(a[0], a[1])? {
        Some(v) => Ok(Obj::from_borrowed(v)),
        None => Ok(Obj::from_borrowed(a.get(2).copied().unwrap_or(Value::NONE))),
    }
}

fn dict_pop(a: &[Value]) -> PyResult<Obj> {
    match dict::pop_item(a[0], a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(&default) => Ok(Obj::from_borrowed(default)),
            None => Err(key_error(a[1])),
        },
    }
}

fn dict_popitem(a: &[Value]) -> PyResult<Obj> {
    match dict::pop_last(a[0])? {
        Some((k, v)) => Ok(tuple::from_vec(vec![k, v])),
        None => Err(crate::error::raise(
            &raw mut crate::builtins::exceptions::KEY_ERROR,
            "popitem(): dictionary is empty",
        )),
    }
}

fn dict_setdefault(a: &[Value]) -> PyResult<Obj> {
    if let Some(v) = dict::get_item(a[0], a[1])? {
        return Ok(Obj::from_borrowed(v));
    }
    let default = a.get(2).copied().unwrap_or(Value::NONE);
    dict::set_item(a[0], a[1], default)?;
    Ok(Obj::from_borrowed(default))
}

fn dict_update(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    match a.len() {
        1 => {}
        2 => dict::update(a[0], a[1])?,
        n => return Err(type_error(format!("update expected at most 1 argument, got {}", n - 1))),
    }
    dict::update_from_kwargs(a[0], kw)?;
    Ok(Obj::none())
}

/// `cls.fromkeys(iterable, value=None)`: subclasses get an instance of
/// `cls`, filled through `__setitem__`.
fn dict_fromkeys(a: &[Value]) -> PyResult<Obj> {
    let exact = a[0].as_ptr::<crate::builtins::type_::TypeObject>() == &raw mut dict::DICT_TYPE;
    let d = if exact { dict::new() } else { crate::call::call_positional(a[0], &[])? };
    let value = a.get(2).copied().unwrap_or(Value::NONE);
    let it = crate::protocol::iter(a[1])?;
    while let Some(k) = crate::protocol::next(it.v())? {
        if exact {
            dict::set_item(d.v(), k.v(), value)?;
        } else {
            crate::protocol::setitem(d.v(), k.v(), value)?;
        }
    }
    Ok(d)
}

fn dict_reversed(a: &[Value]) -> PyResult<Obj> {
    Ok(dict_views::new_iterator(a[0], IterKind::Keys, true))
}
