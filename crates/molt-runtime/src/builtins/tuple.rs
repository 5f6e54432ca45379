//! `tuple`: immutable sequences with their items stored inline.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{MethodDef, Slots, TypeObject, flags, type_name_of};
use crate::builtins::{int, list, slice, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, index_error, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref, make_immortal, type_of};
use crate::protocol;

#[unsafe(export_name = "molt_type_tuple")]
pub static mut TUPLE_TYPE: TypeObject = TypeObject::builtin(
    "tuple",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::TUPLE_SUBCLASS,
    dealloc_tuple,
    Slots {
        repr: Some(tuple_repr),
        hash: Some(tuple_hash),
        richcompare: Some(tuple_richcompare),
        len: Some(|v| Ok(len(v))),
        getitem: Some(tuple_getitem),
        contains: Some(|v, x| protocol::sequence_contains(items(v), x)),
        iter: Some(tuple_iter),
        number: Some(tuple_number),
        new: Some(tuple_new),
        ..Slots::EMPTY
    },
    &[
        crate::builtins::generic_alias::CLASS_GETITEM,
        MethodDef::positional("count", tuple_count, 1, 1),
        MethodDef::positional("index", tuple_index, 1, 3),
    ],
);

pub static mut TUPLE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "tuple_iterator",
    &raw mut OBJECT_TYPE,
    0,
    list::dealloc_seq_iterator,
    Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some(iterator_next), ..Slots::EMPTY },
    &[],
);

#[repr(C)]
pub struct TupleObject {
    pub header: Header,
    pub len: usize,
    // `len` values follow.
}

const _: () = assert!(std::mem::offset_of!(TupleObject, len) == molt_abi::layout::SEQ_LEN_OFFSET as usize);

unsafe fn dealloc_tuple(v: Value) {
    for &item in items(v) {
        decref(item);
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// An uninitialised tuple of `n` nulls, to be filled by the caller.
fn alloc(n: usize) -> *mut TupleObject {
    let size = crate::object::checked_size(std::mem::size_of::<TupleObject>(), n, 8)
        .unwrap_or_else(|| crate::fatal("tuple too large"));
    let p = alloc_object(&raw mut TUPLE_TYPE, size) as *mut TupleObject;
    // SAFETY: fresh allocation; items are zeroed (null).
    unsafe { (*p).len = n };
    p
}

/// Bytes used by tuple `v`: the struct and its items.
pub fn var_size(v: Value) -> usize {
    std::mem::size_of::<TupleObject>() + 8 * items(v).len()
}

/// An instance of tuple subclass `ty` holding new references to `values`,
/// followed by `extras` bytes for the class's own fields (see `subtype`).
pub fn new_subtype(ty: *mut TypeObject, values: &[Value], extras: usize) -> Obj {
    let size = crate::object::checked_size(std::mem::size_of::<TupleObject>() + extras, values.len(), 8)
        .unwrap_or_else(|| crate::fatal("tuple too large"));
    let p = alloc_object(ty, size) as *mut TupleObject;
    // SAFETY: fresh allocation with room for the items and the extras.
    unsafe {
        (*p).len = values.len();
        let dst = (p as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Value;
        for (i, &v) in values.iter().enumerate() {
            incref(v);
            *dst.add(i) = v;
        }
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// A tuple taking over the given references.
pub fn from_vec(values: Vec<Obj>) -> Obj {
    if values.is_empty() {
        return empty();
    }
    let p = alloc(values.len());
    // SAFETY: `alloc` made room for exactly this many items.
    unsafe {
        let dst = (p as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Value;
        for (i, v) in values.into_iter().enumerate() {
            *dst.add(i) = v.into_raw();
        }
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// A tuple of new references to borrowed values.
pub fn from_slice(values: &[Value]) -> Obj {
    if values.is_empty() {
        return empty();
    }
    let p = alloc(values.len());
    // SAFETY: as in `from_vec`.
    unsafe {
        let dst = (p as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Value;
        for (i, &v) in values.iter().enumerate() {
            incref(v);
            *dst.add(i) = v;
        }
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// A tuple stealing `n` references from `src`.
pub fn from_raw_parts_stealing(src: *const Value, n: usize) -> Obj {
    if n == 0 {
        return empty();
    }
    let p = alloc(n);
    // SAFETY: the caller provides `n` owned values.
    unsafe {
        let dst = (p as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Value;
        std::ptr::copy_nonoverlapping(src, dst, n);
    }
    Obj::from_owned(Value::from_ptr(p))
}

thread_local! {
    static EMPTY: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The shared empty tuple.
pub fn empty() -> Obj {
    let v = EMPTY.with(|e| e.get());
    if v != 0 {
        return Obj::from_owned(Value(v));
    }
    let p = alloc_object(&raw mut TUPLE_TYPE, std::mem::size_of::<TupleObject>());
    let v = Value::from_ptr(p);
    make_immortal(v);
    EMPTY.with(|e| e.set(v.0));
    Obj::from_owned(v)
}

#[inline]
pub fn is_tuple(v: Value) -> bool {
    // SAFETY: live type object.
    v.is_ptr() && unsafe { (*type_of(v)).flags & flags::TUPLE_SUBCLASS != 0 }
}

#[inline]
pub fn is_exact_tuple(v: Value) -> bool {
    has_type(v, &raw mut TUPLE_TYPE)
}

#[inline]
pub fn len(v: Value) -> usize {
    // SAFETY: tuple object.
    unsafe { (*v.as_ptr::<TupleObject>()).len }
}

/// The items of a tuple, borrowed.
#[inline]
pub fn items<'a>(v: Value) -> &'a [Value] {
    // SAFETY: tuple objects hold `len` initialised values after the header.
    unsafe {
        let p = v.as_ptr::<TupleObject>();
        std::slice::from_raw_parts((p as *const u8).add(std::mem::size_of::<TupleObject>()) as *const Value, (*p).len)
    }
}

fn tuple_repr(v: Value) -> PyResult<Obj> {
    let items = items(v);
    if items.is_empty() {
        return Ok(pystr::new("()"));
    }
    let Some(_guard) = crate::protocol::ReprGuard::enter(v) else {
        return Ok(pystr::new("(...)"));
    };
    let mut out = String::from("(");
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(pystr::as_str(protocol::repr(item)?.v()));
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(pystr::new(&out))
}

/// CPython's tuple hash (an xxHash-derived combination of item hashes).
fn tuple_hash(v: Value) -> PyResult<i64> {
    const PRIME1: u64 = 11400714785074694791;
    const PRIME2: u64 = 14029467366897019727;
    const PRIME5: u64 = 2870177450012600261;
    let items = items(v);
    let mut acc = PRIME5;
    for &item in items {
        let lane = protocol::hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (PRIME5 ^ 3527539));
    Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 })
}

fn tuple_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_tuple(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    protocol::compare_sequences(items(a), items(b), op)
}

fn tuple_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        let items = items(v);
        return match protocol::sequence_index(&i, items.len())? {
            Some(i) => Ok(Obj::from_borrowed(items[i])),
            None => Err(index_error("tuple index out of range")),
        };
    }
    if slice::is_slice(key) {
        let items = items(v);
        let (start, _, step, count) = slice::indices(key, items.len())?;
        if start == 0 && step == 1 && count == items.len() && is_exact_tuple(v) {
            return Ok(Obj::from_borrowed(v));
        }
        let picked: Vec<Value> = (0..count).map(|k| items[(start + k as isize * step) as usize]).collect();
        return Ok(from_slice(&picked));
    }
    if let Some(i) = crate::protocol::index_key(key)? {
        return tuple_getitem(v, i.v());
    }
    Err(type_error(format!("tuple indices must be integers or slices, not {}", type_name_of(key))))
}

fn tuple_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        BinaryOp::Add if is_tuple(a) => {
            if !is_tuple(b) {
                return Err(type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_name_of(b)
                )));
            }
            let mut all = items(a).to_vec();
            all.extend_from_slice(items(b));
            Ok(from_slice(&all))
        }
        BinaryOp::Mul => {
            let (t, n) = if is_tuple(a) { (a, b) } else { (b, a) };
            let Some(n) = int::view(n) else {
                return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
            };
            let count = protocol::repeat_count(&n, len(t))?;
            let src = items(t);
            let mut all = Vec::with_capacity(src.len() * count);
            for _ in 0..count {
                all.extend_from_slice(src);
            }
            Ok(from_slice(&all))
        }
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

fn tuple_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(empty()),
        [x] if is_exact_tuple(*x) => Ok(Obj::from_borrowed(*x)),
        [x] => Ok(from_vec(protocol::collect(*x)?)),
        more => Err(type_error(format!("tuple expected at most 1 argument, got {}", more.len()))),
    }
}

fn tuple_count(a: &[Value]) -> PyResult<Obj> {
    let mut n = 0;
    for &item in items(a[0]) {
        if protocol::eq(item, a[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn tuple_index(a: &[Value]) -> PyResult<Obj> {
    let items = items(a[0]);
    let (start, stop) = protocol::index_bounds(a.get(2).copied(), a.get(3).copied(), items.len())?;
    for (i, &item) in items.iter().enumerate().take(stop).skip(start) {
        if protocol::eq(item, a[1])? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(crate::error::value_error("tuple.index(x): x not in tuple"))
}

fn tuple_iter(v: Value) -> PyResult<Obj> {
    Ok(list::new_seq_iterator(&raw mut TUPLE_ITERATOR_TYPE, v))
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    Ok(list::seq_iterator_advance(it, |seq, i| items(seq).get(i).copied()))
}

const _: () = assert!(std::mem::size_of::<TupleObject>() == molt_abi::layout::TUPLE_ITEMS_OFFSET as usize);
