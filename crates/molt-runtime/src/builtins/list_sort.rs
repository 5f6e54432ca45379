//! `list.sort` and `sorted`: key computation, CPython's choice of
//! comparison, and the Timsort of `crate::sort`.
//!
//! As in CPython's `list_sort_impl`:
//!
//! - the list is empty while it is sorted (key functions and comparisons
//!   see `[]`); anything they add is discarded, and any change to the list
//!   raises `ValueError("list modified during sort")` afterwards;
//! - each key is computed once, before any comparison; if a key function
//!   raises, the list is restored unchanged;
//! - `reverse=True` reverses, sorts stably and reverses back, so equal
//!   items keep their order;
//! - before sorting, the keys are scanned once: when they all share a type
//!   the comparison specializes (small ints, floats and str compare
//!   natively; other types call their `<` slot directly), and tuples whose
//!   first items share a type compare those first items the same way. The
//!   specializations never change which Python methods run, except where
//!   CPython's do too (a same-type `__lt__` returning NotImplemented is
//!   retried through the full protocol, as `unsafe_object_compare` does).

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::list::ListObject;
use crate::builtins::type_::TypeObject;
use crate::builtins::{float, int, str as pystr, tuple};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error, value_error};
use crate::object::{decref, raw_free, type_of};
use crate::protocol;

/// `list.sort(key=None, reverse=False)` on list `l`.
pub fn sort(l: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    // SAFETY: `l` is a list; its buffer moves out for the duration of the
    // sort and is put back below, whatever happens.
    let (saved, n, cap) = unsafe {
        let p = l.as_ptr::<ListObject>();
        let saved = ((*p).items, (*p).len, (*p).cap);
        (*p).items = std::ptr::null_mut();
        (*p).len = 0;
        (*p).cap = 0;
        saved
    };
    let values: &mut [Value] = if n == 0 {
        &mut []
    } else {
        // SAFETY: the saved buffer holds `n` owned items and nothing else
        // refers to it until it is restored.
        unsafe { std::slice::from_raw_parts_mut(saved, n) }
    };
    let result = sort_values(values, key, reverse);
    // SAFETY: list object; whatever the sort's callbacks stored in it is
    // replaced by the saved buffer and released afterwards.
    let modified = unsafe {
        let p = l.as_ptr::<ListObject>();
        let modified = !(*p).items.is_null() || (*p).len != 0;
        let (extra, extra_len) = ((*p).items, (*p).len);
        (*p).items = saved;
        (*p).len = n;
        (*p).cap = cap;
        if !extra.is_null() {
            for i in 0..extra_len {
                decref(*extra.add(i));
            }
            raw_free(extra as *mut u8);
        }
        modified
    };
    match result {
        Ok(()) if modified => Err(value_error("list modified during sort")),
        r => r.map(drop),
    }
}

/// Sorts owned `values` in place; `Err` after a key function or comparison
/// raised (the values are then permuted as CPython leaves them).
fn sort_values(values: &mut [Value], key: Option<Value>, reverse: bool) -> PyResult<()> {
    let Some(key) = key else {
        if reverse {
            values.reverse();
        }
        let r = sort_keyed(values);
        if reverse {
            values.reverse();
        }
        return r;
    };
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(values.len());
    for &v in values.iter() {
        match crate::call::call_positional(key, &[v]) {
            Ok(k) => pairs.push((k.into_raw(), v)),
            Err(e) => {
                for (k, _) in pairs {
                    decref(k);
                }
                return Err(e);
            }
        }
    }
    if reverse {
        pairs.reverse();
    }
    let r = sort_keyed(&mut pairs);
    if reverse {
        pairs.reverse();
    }
    for (slot, (k, v)) in values.iter_mut().zip(pairs) {
        *slot = v;
        decref(k);
    }
    r
}

/// An item being sorted: a key alone, or a key with the value it carries.
trait Keyed: Copy {
    fn key(self) -> Value;
}

impl Keyed for Value {
    #[inline(always)]
    fn key(self) -> Value {
        self
    }
}

impl Keyed for (Value, Value) {
    #[inline(always)]
    fn key(self) -> Value {
        self.0
    }
}

/// How two keys of the same kind compare (CPython's `ms.key_compare`).
#[derive(Copy, Clone)]
enum Kind {
    /// Ints that fit a machine word.
    SmallInt,
    Float,
    Str,
    /// Same type with a `<` slot, called directly.
    SameType(fn(Value, Value, CompareOp) -> PyResult<crate::object::Obj>),
    /// Mixed types: the full comparison protocol.
    Generic,
}

/// CPython's pre-sort scan: what every key (or every tuple key's first
/// item) has in common.
fn classify<T: Keyed>(items: &[T]) -> (Kind, bool) {
    let first = items[0].key();
    let mut in_tuples = tuple::is_exact_tuple(first) && tuple::len(first) > 0;
    let head = |k: Value| if in_tuples { tuple::items(k)[0] } else { k };
    let ty: *mut TypeObject = type_of(head(first));
    let mut same_type = true;
    let mut small = true;
    for it in items {
        let k = it.key();
        if in_tuples && !(tuple::is_exact_tuple(k) && tuple::len(k) > 0) {
            in_tuples = false;
            same_type = false;
            break;
        }
        let h = head(k);
        if type_of(h) != ty {
            same_type = false;
            if !in_tuples {
                break;
            }
        }
        if same_type && !h.is_small_int() {
            small = false;
        }
    }
    let kind = if !same_type {
        Kind::Generic
    } else if ty == &raw mut int::INT_TYPE && small {
        Kind::SmallInt
    } else if ty == &raw mut float::FLOAT_TYPE {
        Kind::Float
    } else if ty == &raw mut pystr::STR_TYPE {
        Kind::Str
    } else {
        // SAFETY: live type object.
        match unsafe { (*ty).slots.richcompare } {
            Some(f) => Kind::SameType(f),
            None => Kind::Generic,
        }
    };
    // Tuples of tuples compare their first items with the full protocol.
    let kind = if in_tuples && ty == &raw mut tuple::TUPLE_TYPE { Kind::Generic } else { kind };
    (kind, in_tuples)
}

fn sort_keyed<T: Keyed>(items: &mut [T]) -> PyResult<()> {
    if items.len() < 2 {
        return Ok(());
    }
    let (kind, in_tuples) = classify(items);
    macro_rules! run {
        ($lt:expr) => {
            if in_tuples {
                crate::sort::timsort(items, |a: T, b: T| tuple_lt(a.key(), b.key(), $lt))
            } else {
                crate::sort::timsort(items, |a: T, b: T| ($lt)(a.key(), b.key()))
            }
        };
    }
    match kind {
        Kind::SmallInt => run!(|a: Value, b: Value| Ok(a.small_int() < b.small_int())),
        Kind::Float => run!(|a: Value, b: Value| Ok(a.as_f64() < b.as_f64())),
        Kind::Str => run!(|a: Value, b: Value| Ok(pystr::as_str(a).as_bytes() < pystr::as_str(b).as_bytes())),
        Kind::SameType(f) => run!(|a: Value, b: Value| same_type_lt(f, a, b)),
        Kind::Generic => run!(protocol::less_than),
    }
}

/// CPython's `unsafe_object_compare`.
fn same_type_lt(f: fn(Value, Value, CompareOp) -> PyResult<crate::object::Obj>, a: Value, b: Value) -> PyResult<bool> {
    let r = f(a, b, CompareOp::Lt)?;
    if r.v() == Value::NOT_IMPLEMENTED {
        return protocol::less_than(a, b);
    }
    if r.v().is_bool() {
        return Ok(r.v() == Value::TRUE);
    }
    protocol::truthy(r.v())
}

/// CPython's `unsafe_tuple_compare`: the first differing items decide,
/// the first pair through the specialized `first_lt`.
#[inline(always)]
fn tuple_lt(a: Value, b: Value, first_lt: impl Fn(Value, Value) -> PyResult<bool>) -> PyResult<bool> {
    let (xs, ys) = (tuple::items(a), tuple::items(b));
    let mut i = 0;
    while i < xs.len() && i < ys.len() {
        if !protocol::eq(xs[i], ys[i])? {
            break;
        }
        i += 1;
    }
    if i >= xs.len() || i >= ys.len() {
        return Ok(xs.len() < ys.len());
    }
    if i == 0 { first_lt(xs[0], ys[0]) } else { protocol::less_than(xs[i], ys[i]) }
}

/// Keyword parsing for `list.sort` and `sorted` (`key`, `reverse` are
/// keyword-only).
pub fn sort_args(args: &[Value], kw: &KwArgs) -> PyResult<(Option<Value>, bool)> {
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (name, value) in kw.iter() {
        match name {
            "key" => key = if value.is_none() { None } else { Some(value) },
            "reverse" => reverse = protocol::truthy(value)?,
            other => {
                return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()")));
            }
        }
    }
    Ok((key, reverse))
}
