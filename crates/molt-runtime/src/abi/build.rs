//! Building values: displays, f-strings, unpacking and iteration.

use molt_abi::Value;
use molt_abi::ops::Conversion;

use super::{ret, status};
use crate::builtins::type_::type_name_of;
use crate::builtins::{dict, list, set, slice, str as pystr, tuple};
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

/// Takes over `n` references from `items`.
unsafe fn owned(items: *const Value, n: i64) -> Vec<Obj> {
    (0..n as usize).map(|i| Obj::from_owned(unsafe { *items.add(i) })).collect()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_build_list(items: *const Value, n: i64) -> Value {
    list::from_vec(unsafe { owned(items, n) }).into_raw()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_build_tuple(items: *const Value, n: i64) -> Value {
    tuple::from_raw_parts_stealing(items, n as usize).into_raw()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_build_dict(items: *const Value, n: i64) -> Value {
    let values = unsafe { owned(items, 2 * n) };
    let d = dict::with_capacity(n as usize);
    for pair in values.chunks(2) {
        if dict::set_item(d.v(), pair[0].v(), pair[1].v()).is_err() {
            return Value::NULL;
        }
    }
    d.into_raw()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_build_set(items: *const Value, n: i64) -> Value {
    let values = unsafe { owned(items, n) };
    let s = set::new_set();
    for v in &values {
        if set::add(s.v(), v.v()).is_err() {
            return Value::NULL;
        }
    }
    s.into_raw()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_build_slice(start: Value, stop: Value, step: Value) -> Value {
    slice::new(start, stop, step).into_raw()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_build_string(parts: *const Value, n: i64) -> Value {
    let parts = unsafe { owned(parts, n) };
    let mut out = String::new();
    for p in &parts {
        out.push_str(pystr::as_str(p.v()));
    }
    pystr::new(&out).into_raw()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_format_value(v: Value, spec: Value, conv: i64) -> Value {
    let conv = match conv {
        1 => Conversion::Str,
        2 => Conversion::Repr,
        3 => Conversion::Ascii,
        _ => Conversion::None,
    };
    ret(crate::format::format_field(v, spec, conv))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_list_append(l: Value, v: Value) -> i32 {
    list::push(l, Obj::from_owned(v));
    0
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_list_extend(l: Value, iterable: Value) -> i32 {
    let r = list::extend(l, iterable);
    if r.is_err() && crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR) {
        if crate::object::type_slots(iterable).iter.is_none() && crate::object::type_slots(iterable).getitem.is_none() {
            crate::error::clear_raised();
            type_error(format!("Value after * must be an iterable, not {}", type_name_of(iterable)));
        }
    }
    status(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_list_to_tuple(l: Value) -> Value {
    tuple::from_slice(list::items(l)).into_raw()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_dict_set_item(d: Value, key: Value, v: Value) -> i32 {
    let (k, v) = (Obj::from_owned(key), Obj::from_owned(v));
    status(dict::set_item(d, k.v(), v.v()))
}

/// `{**m}` (`callable` null) or `callable(**m)` (string keys, no
/// duplicates; None stands for a class statement's keywords).
#[unsafe(no_mangle)]
pub extern "C" fn molt_dict_merge(d: Value, mapping: Value, callable: Value) -> i32 {
    status(merge(d, mapping, callable))
}

fn merge(d: Value, mapping: Value, callable: Value) -> PyResult<()> {
    if callable.is_null() {
        if !dict::is_dict(mapping) && protocol::getattr_opt(mapping, "keys")?.is_none() {
            return Err(type_error(format!("'{}' object is not a mapping", type_name_of(mapping))));
        }
        return dict::update(d, mapping);
    }
    // The callee as errors name it; a class statement calls CPython's
    // `__build_class__`.
    let callee = || if callable.is_none() { Ok("__build_class__()".to_string()) } else { crate::call::function_str(callable) };
    let pairs: Vec<(Obj, Obj)> = if dict::is_dict(mapping) {
        dict::items_owned(mapping)
    } else {
        let Some(keys) = protocol::getattr_opt(mapping, "keys")? else {
            return Err(type_error(format!("{} argument after ** must be a mapping, not {}", callee()?, type_name_of(mapping))));
        };
        let keys = crate::call::call_positional(keys.v(), &[])?;
        let mut out = Vec::new();
        for k in protocol::collect(keys.v())? {
            let v = protocol::getitem(mapping, k.v())?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if !pystr::is_str(k.v()) {
            return Err(type_error("keywords must be strings"));
        }
        if dict::contains_key(d, k.v())? {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                callee()?,
                pystr::as_str(k.v())
            )));
        }
        dict::set_item(d, k.v(), v.v())?;
    }
    Ok(())
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_set_add(s: Value, v: Value) -> i32 {
    let v = Obj::from_owned(v);
    status(set::add(s, v.v()))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_get_iter(obj: Value) -> Value {
    ret(protocol::iter(obj))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_iter_next(it: Value) -> Value {
    match protocol::next(it) {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) => Value(molt_abi::value::ITER_STOP),
        Err(_) => Value::NULL,
    }
}

fn check_unpackable(v: Value) -> PyResult<()> {
    if crate::object::type_slots(v).iter.is_none() && crate::object::type_slots(v).getitem.is_none() {
        return Err(type_error(format!("cannot unpack non-iterable {} object", type_name_of(v))));
    }
    Ok(())
}

fn unpack_items(v: Value) -> PyResult<Vec<Obj>> {
    check_unpackable(v)?;
    protocol::collect(v)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_unpack_sequence(v: Value, n: i64, out: *mut Value) -> i32 {
    let n = n as usize;
    let r: PyResult<Vec<Obj>> = (|| {
        if list::is_exact_list(v) || tuple::is_exact_tuple(v) {
            let items = if list::is_exact_list(v) { list::items(v) } else { tuple::items(v) };
            if items.len() == n {
                return Ok(items.iter().map(|&x| Obj::from_borrowed(x)).collect());
            }
            return Err(count_error(n, items.len()));
        }
        // Other iterables are consumed only as far as needed: `n` items,
        // then one more to detect an excess, as CPython's `unpack_iterable`.
        check_unpackable(v)?;
        let it = protocol::iter(v)?;
        let mut items = Vec::with_capacity(n);
        while items.len() < n {
            match protocol::next(it.v())? {
                Some(x) => items.push(x),
                None => return Err(count_error(n, items.len())),
            }
        }
        match protocol::next(it.v())? {
            Some(_) => Err(count_error(n, n + 1)),
            None => Ok(items),
        }
    })();
    match r {
        Ok(items) => {
            for (i, item) in items.into_iter().enumerate() {
                unsafe { *out.add(i) = item.into_raw() };
            }
            0
        }
        Err(_) => -1,
    }
}

fn count_error(expected: usize, got: usize) -> crate::error::Raised {
    if got < expected {
        value_error(format!("not enough values to unpack (expected {expected}, got {got})"))
    } else {
        value_error(format!("too many values to unpack (expected {expected})"))
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_unpack_ex(v: Value, before: i64, after: i64, out: *mut Value) -> i32 {
    let (before, after) = (before as usize, after as usize);
    let r = unpack_items(v).and_then(|items| {
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        Ok(items)
    });
    match r {
        Ok(mut items) => {
            let tail = items.split_off(items.len() - after);
            let middle = items.split_off(before);
            let mut k = 0;
            for item in items {
                unsafe { *out.add(k) = item.into_raw() };
                k += 1;
            }
            unsafe { *out.add(k) = list::from_vec(middle).into_raw() };
            k += 1;
            for item in tail {
                unsafe { *out.add(k) = item.into_raw() };
                k += 1;
            }
            0
        }
        Err(_) => -1,
    }
}
