//! Named methods of `list`.

use molt_abi::Value;

use crate::builtins::list::{self, items, len};
use crate::builtins::list_sort;
use crate::builtins::type_::MethodDef;
use crate::builtins::int;
use crate::call::KwArgs;
use crate::error::{PyResult, index_error, value_error};
use crate::object::Obj;
use crate::protocol;

pub const LIST_METHODS: &[MethodDef] = &[
    crate::builtins::generic_alias::CLASS_GETITEM,
    MethodDef::positional("append", |a| {
        list::push(a[0], Obj::from_borrowed(a[1]));
        Ok(Obj::none())
    }, 1, 1),
    MethodDef::positional("extend", |a| list::extend(a[0], a[1]).map(|_| Obj::none()), 1, 1),
    MethodDef::positional("insert", list_insert, 2, 2),
    MethodDef::positional("pop", list_pop, 0, 1),
    MethodDef::positional("remove", list_remove, 1, 1),
    MethodDef::positional("index", list_index, 1, 3),
    MethodDef::positional("count", list_count, 1, 1),
    MethodDef::positional("clear", |a| {
        list::replace_all(a[0], Vec::new());
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::positional("copy", |a| Ok(list::from_slice(items(a[0]))), 0, 0),
    MethodDef::positional("reverse", |a| {
        list::items_mut(a[0]).reverse();
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::keywords("sort", list_sort),
    MethodDef::positional("__reversed__", |a| Ok(list::reverse_iter(a[0])), 0, 0),
    MethodDef::keywords("__init__", list_init_method),
];

fn list_insert(a: &[Value]) -> PyResult<Obj> {
    let i = protocol::index_value(a[1])?;
    let n = len(a[0]) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    list::insert(a[0], i as usize, Obj::from_borrowed(a[2]));
    Ok(Obj::none())
}

fn list_pop(a: &[Value]) -> PyResult<Obj> {
    let n = len(a[0]);
    if n == 0 {
        return Err(index_error("pop from empty list"));
    }
    let i = match a.get(1) {
        Some(&i) => protocol::index_value(i)?,
        None => -1,
    };
    match protocol::normalize_index(&int::IntRef::Small(i), n) {
        Some(i) => Ok(list::remove_at(a[0], i)),
        None => Err(index_error("pop index out of range")),
    }
}

fn list_remove(a: &[Value]) -> PyResult<Obj> {
    let mut i = 0;
    while i < len(a[0]) {
        let item = Obj::from_borrowed(items(a[0])[i]);
        if protocol::eq(item.v(), a[1])? {
            if i < len(a[0]) {
                drop(list::remove_at(a[0], i));
            }
            return Ok(Obj::none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_index(a: &[Value]) -> PyResult<Obj> {
    let (start, stop) = protocol::index_bounds(a.get(2).copied(), a.get(3).copied(), len(a[0]))?;
    let mut i = start;
    while i < stop.min(len(a[0])) {
        let item = Obj::from_borrowed(items(a[0])[i]);
        if protocol::eq(item.v(), a[1])? {
            return Ok(int::from_i64(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in list", crate::builtins::str::as_str(protocol::repr(a[1])?.v()))))
}

fn list_count(a: &[Value]) -> PyResult<Obj> {
    let mut n = 0;
    let mut i = 0;
    while i < len(a[0]) {
        let item = Obj::from_borrowed(items(a[0])[i]);
        if protocol::eq(item.v(), a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(int::from_i64(n))
}

fn list_sort(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let (key, reverse) = list_sort::sort_args(a, kw)?;
    list_sort::sort(a[0], key, reverse)?;
    Ok(Obj::none())
}

fn list_init_method(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let names: Vec<Value> = kw.names.to_vec();
    let mut all = a[1..].to_vec();
    all.extend_from_slice(kw.values);
    let kwnames = if names.is_empty() { None } else { Some(crate::builtins::tuple::from_slice(&names)) };
    let args = crate::call::Args { all: &all, nargs: a.len() - 1, kwnames: kwnames.as_ref().map_or(Value::NULL, Obj::v) };
    crate::builtins::heap_type::list_init(a[0], &args)?;
    Ok(Obj::none())
}
