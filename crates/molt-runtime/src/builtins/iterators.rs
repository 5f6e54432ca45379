//! The lazy iterator types behind `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, and the `__getitem__` iteration fallback.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{Slots, TypeObject, type_name_of};
use crate::builtins::{int, tuple};
use crate::call::{self, Args};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object};
use crate::protocol;

macro_rules! iterator_type {
    ($name:ident, $pyname:literal, $next:ident, $new:expr) => {
        iterator_type!($name, $pyname, $next, $new, &[]);
    };
    ($name:ident, $pyname:literal, $next:ident, $new:expr, $methods:expr) => {
        pub static mut $name: TypeObject = TypeObject::builtin(
            $pyname,
            &raw mut OBJECT_TYPE,
            0,
            dealloc_iterator,
            Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some($next), new: $new, ..Slots::EMPTY },
            $methods,
        );
    };
}

iterator_type!(ENUMERATE_TYPE, "enumerate", enumerate_next, Some(enumerate_new), &[crate::builtins::generic_alias::CLASS_GETITEM]);
iterator_type!(ZIP_TYPE, "zip", zip_next, Some(zip_new));
iterator_type!(MAP_TYPE, "map", map_next, Some(map_new));
iterator_type!(FILTER_TYPE, "filter", filter_next, Some(filter_new));
iterator_type!(REVERSED_TYPE, "reversed", reversed_next, Some(reversed_new));
iterator_type!(SEQ_ITERATOR_TYPE, "iterator", seq_next, None);

/// Shared layout: up to a few owned values plus counters.
#[repr(C)]
struct IterState {
    header: Header,
    /// Owned values (iterators, functions); unused ones are null.
    parts: [Value; 3],
    /// Extra iterators for `zip` (owned), as a tuple or null.
    many: Value,
    count: i64,
    flag: i64,
}

fn state<'a>(v: Value) -> &'a mut IterState {
    // SAFETY: all types here share the IterState layout.
    unsafe { &mut *v.as_ptr::<IterState>() }
}

fn alloc(ty: *mut TypeObject, parts: [Option<Obj>; 3], many: Option<Obj>, count: i64, flag: i64) -> Obj {
    let p = alloc_object(ty, std::mem::size_of::<IterState>()) as *mut IterState;
    // SAFETY: fresh allocation.
    unsafe {
        for (i, part) in parts.into_iter().enumerate() {
            (*p).parts[i] = part.map_or(Value::NULL, Obj::into_raw);
        }
        (*p).many = many.map_or(Value::NULL, Obj::into_raw);
        (*p).count = count;
        (*p).flag = flag;
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_iterator(v: Value) {
    let s = state(v);
    for part in s.parts {
        if !part.is_null() {
            decref(part);
        }
    }
    if !s.many.is_null() {
        decref(s.many);
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn enumerate_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let params = args.parse("enumerate", &["iterable", "start"], 1)?;
    let it = protocol::iter(params[0].unwrap_or(Value::NONE))?;
    let start = match params[1] {
        None => 0,
        Some(s) => int::to_i64(s).ok_or_else(|| {
            type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(s)))
        })?,
    };
    Ok(alloc(&raw mut ENUMERATE_TYPE, [Some(it), None, None], None, start, 0))
}

fn enumerate_next(v: Value) -> PyResult<Option<Obj>> {
    let s = state(v);
    match protocol::next(s.parts[0])? {
        Some(item) => {
            let i = int::from_i64(s.count);
            s.count += 1;
            Ok(Some(tuple::from_vec(vec![i, item])))
        }
        None => Ok(None),
    }
}

fn zip_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let mut strict = false;
    for (name, value) in args.kw().iter() {
        if name == "strict" {
            strict = protocol::truthy(value)?;
        } else {
            return Err(type_error(format!("zip() got an unexpected keyword argument '{name}'")));
        }
    }
    let mut iters = Vec::new();
    for &a in args.positional() {
        iters.push(protocol::iter(a)?);
    }
    let n = iters.len() as i64;
    Ok(alloc(&raw mut ZIP_TYPE, [None, None, None], Some(tuple::from_vec(iters)), n, strict as i64))
}

fn zip_next(v: Value) -> PyResult<Option<Obj>> {
    let s = state(v);
    if s.many.is_null() {
        return Ok(None);
    }
    let iters = tuple::items(s.many).to_vec();
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, &it) in iters.iter().enumerate() {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None => {
                if s.flag != 0 {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(value_error(format!(
                            "zip() argument {} is shorter than argument{plural}{}",
                            i + 1,
                            i
                        )));
                    }
                    for (j, &rest) in iters.iter().enumerate().skip(1) {
                        if protocol::next(rest)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(value_error(format!(
                                "zip() argument {} is longer than argument{plural}{}",
                                j + 1,
                                j
                            )));
                        }
                    }
                }
                decref(s.many);
                s.many = Value::NULL;
                return Ok(None);
            }
        }
    }
    Ok(Some(tuple::from_vec(items)))
}

fn map_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("map() takes no keyword arguments"));
    }
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for &a in &pos[1..] {
        iters.push(protocol::iter(a)?);
    }
    Ok(alloc(&raw mut MAP_TYPE, [Some(Obj::from_borrowed(pos[0])), None, None], Some(tuple::from_vec(iters)), 0, 0))
}

fn map_next(v: Value) -> PyResult<Option<Obj>> {
    let s = state(v);
    let iters = tuple::items(s.many).to_vec();
    let mut items = Vec::with_capacity(iters.len());
    for it in iters {
        match protocol::next(it)? {
            Some(x) => items.push(x),
            None => return Ok(None),
        }
    }
    let values: Vec<Value> = items.iter().map(Obj::v).collect();
    call::call_positional(s.parts[0], &values).map(Some)
}

fn filter_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    match args.positional() {
        [f, iterable] => {
            let it = protocol::iter(*iterable)?;
            Ok(alloc(&raw mut FILTER_TYPE, [Some(Obj::from_borrowed(*f)), Some(it), None], None, 0, 0))
        }
        other => Err(type_error(format!("filter expected 2 arguments, got {}", other.len()))),
    }
}

fn filter_next(v: Value) -> PyResult<Option<Obj>> {
    let s = state(v);
    while let Some(item) = protocol::next(s.parts[1])? {
        let keep = if s.parts[0].is_none() {
            protocol::truthy(item.v())?
        } else {
            let r = call::call_positional(s.parts[0], &[item.v()])?;
            protocol::truthy(r.v())?
        };
        if keep {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

fn reversed_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    let [seq] = args.positional() else {
        return Err(type_error(format!("reversed expected 1 argument, got {}", args.positional().len())));
    };
    let key = crate::builtins::str::intern("__reversed__");
    if crate::builtins::type_::lookup(crate::object::type_of(*seq), key.v()).is_none() {
        // `__reversed__ = None` disables the sequence fallback.
        return Err(type_error(format!("'{}' object is not reversible", type_name_of(*seq))));
    }
    if let Some(r) = protocol::call_special(*seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let has_getitem = crate::object::type_slots(*seq).getitem.is_some();
    if !has_getitem || crate::builtins::dict::is_dict(*seq) {
        return Err(type_error(format!("'{}' object is not reversible", type_name_of(*seq))));
    }
    let n = protocol::len(*seq)? as i64;
    Ok(alloc(&raw mut REVERSED_TYPE, [Some(Obj::from_borrowed(*seq)), None, None], None, n, 0))
}

fn reversed_next(v: Value) -> PyResult<Option<Obj>> {
    let s = state(v);
    if s.count <= 0 || s.parts[0].is_null() {
        return Ok(None);
    }
    s.count -= 1;
    let i = int::from_i64(s.count);
    protocol::getitem(s.parts[0], i.v()).map(Some)
}

/// `iter(obj)` for objects with only `__getitem__`: index 0, 1, ... until
/// IndexError or StopIteration.
pub fn new_seq_iterator(seq: Value) -> Obj {
    alloc(&raw mut SEQ_ITERATOR_TYPE, [Some(Obj::from_borrowed(seq)), None, None], None, 0, 0)
}

fn seq_next(v: Value) -> PyResult<Option<Obj>> {
    let s = state(v);
    if s.parts[0].is_null() {
        return Ok(None);
    }
    let i = int::from_i64(s.count);
    match protocol::getitem(s.parts[0], i.v()) {
        Ok(x) => {
            s.count += 1;
            Ok(Some(x))
        }
        Err(e) => {
            if crate::error::raised_matches(&raw mut crate::builtins::exceptions::INDEX_ERROR)
                || crate::error::raised_matches(&raw mut crate::builtins::exceptions::STOP_ITERATION)
            {
                crate::error::clear_raised();
                decref(s.parts[0]);
                s.parts[0] = Value::NULL;
                return Ok(None);
            }
            Err(e)
        }
    }
}
