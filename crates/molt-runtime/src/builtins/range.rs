//! `range`: lazy arithmetic progressions over machine integers.
//!
//! Bounds outside the i64 range raise OverflowError (CPython accepts them;
//! see docs/STATUS.md).

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::{int, slice, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, index_error, overflow_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, free_object, has_type};
use crate::protocol;

pub static mut RANGE_TYPE: TypeObject = TypeObject::builtin(
    "range",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_range,
    Slots {
        repr: Some(range_repr),
        hash: Some(range_hash),
        richcompare: Some(range_richcompare),
        bool: Some(|v| Ok(length(v) != 0)),
        len: Some(|v| Ok(length(v) as usize)),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        iter: Some(|v| {
            let r = get(v);
            Ok(new_iterator(r.start, r.step, length(v)))
        }),
        new: Some(range_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("count", range_count, 1, 1),
        MethodDef::positional("index", range_index, 1, 1),
        MethodDef::positional("__reversed__", range_reversed, 0, 0),
    ],
)
.with_getsets(&[
    GetSetDef { name: "start", get: |v| Ok(int::from_i64(get(v).start)), set: None },
    GetSetDef { name: "stop", get: |v| Ok(int::from_i64(get(v).stop)), set: None },
    GetSetDef { name: "step", get: |v| Ok(int::from_i64(get(v).step)), set: None },
]);

pub static mut RANGE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "range_iterator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_range,
    Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some(iterator_next), ..Slots::EMPTY },
    &[],
);

#[repr(C)]
pub struct RangeObject {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

unsafe fn dealloc_range(v: Value) {
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn get<'a>(v: Value) -> &'a RangeObject {
    // SAFETY: range object.
    unsafe { &*v.as_ptr::<RangeObject>() }
}

pub fn is_range(v: Value) -> bool {
    has_type(v, &raw mut RANGE_TYPE)
}

pub fn new(start: i64, stop: i64, step: i64) -> Obj {
    let p = alloc_object(&raw mut RANGE_TYPE, std::mem::size_of::<RangeObject>()) as *mut RangeObject;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Number of items of `range(start, stop, step)`.
pub fn len_of(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

fn length(v: Value) -> i64 {
    let r = get(v);
    len_of(r.start, r.stop, r.step)
}

fn item(v: Value, i: i64) -> i64 {
    let r = get(v);
    r.start + i * r.step
}

fn bound(v: Value) -> PyResult<i64> {
    match int::view(v) {
        Some(int::IntRef::Small(i)) => Ok(i),
        Some(int::IntRef::Big(b)) => num_traits::ToPrimitive::to_i64(b)
            .ok_or_else(|| overflow_error("range bounds beyond 64 bits are not supported")),
        None => {
            if let Some(r) = protocol::call_special(v, "__index__", &[])? {
                return bound(r.v());
            }
            Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(v))))
        }
    }
}

fn range_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.positional() {
        [stop] => (0, bound(*stop)?, 1),
        [start, stop] => (bound(*start)?, bound(*stop)?, 1),
        [start, stop, step] => (bound(*start)?, bound(*stop)?, bound(*step)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        more => return Err(type_error(format!("range expected at most 3 arguments, got {}", more.len()))),
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new(start, stop, step))
}

fn range_repr(v: Value) -> PyResult<Obj> {
    let r = get(v);
    Ok(pystr::new(&if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

/// CPython hashes a range by `(len, start, step)`, with `start` and `step`
/// replaced by None when they do not matter.
fn range_hash(v: Value) -> PyResult<i64> {
    let n = length(v);
    let r = get(v);
    let start = if n == 0 { Obj::none() } else { int::from_i64(r.start) };
    let step = if n <= 1 { Obj::none() } else { int::from_i64(r.step) };
    let t = crate::builtins::tuple::from_vec(vec![int::from_i64(n), start, step]);
    protocol::hash(t.v())
}

fn range_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_range(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let (n, m) = (length(a), length(b));
    let (x, y) = (get(a), get(b));
    let equal = n == m && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

fn range_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        let n = length(v);
        return match protocol::normalize_index(&i, n as usize) {
            Some(i) => Ok(int::from_i64(item(v, i as i64))),
            None => Err(index_error("range object index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _, step, count) = slice::indices(key, length(v) as usize)?;
        let r = get(v);
        let new_start = r.start + start as i64 * r.step;
        let new_step = r.step * step as i64;
        return Ok(new(new_start, new_start + count as i64 * new_step, new_step));
    }
    Err(type_error(format!("range indices must be integers or slices, not {}", type_name_of(key))))
}

/// Position of integer `x` in the range, if present.
fn position(v: Value, x: i64) -> Option<i64> {
    let r = get(v);
    let n = length(v);
    let offset = x as i128 - r.start as i128;
    if offset % r.step as i128 != 0 {
        return None;
    }
    let i = offset / r.step as i128;
    (0..n as i128).contains(&i).then_some(i as i64)
}

fn range_contains(v: Value, x: Value) -> PyResult<bool> {
    if int::is_exact_int(x) || x.is_bool() {
        return Ok(match int::to_i64(x) {
            Some(i) => position(v, i).is_some(),
            None => false,
        });
    }
    let it = protocol::iter(v)?;
    while let Some(y) = protocol::next(it.v())? {
        if protocol::eq(y.v(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_count(a: &[Value]) -> PyResult<Obj> {
    Ok(int::from_i64(range_contains(a[0], a[1])? as i64))
}

fn range_index(a: &[Value]) -> PyResult<Obj> {
    if let Some(i) = int::to_i64(a[1]) {
        if let Some(p) = position(a[0], i) {
            return Ok(int::from_i64(p));
        }
    }
    Err(value_error(format!("{} is not in range", pystr::as_str(protocol::repr(a[1])?.v()))))
}

fn range_reversed(a: &[Value]) -> PyResult<Obj> {
    let n = length(a[0]);
    let r = get(a[0]);
    let last = r.start + (n - 1) * r.step;
    Ok(new_iterator(if n == 0 { 0 } else { last }, -r.step, n))
}

#[repr(C)]
struct RangeIterator {
    header: Header,
    next: i64,
    step: i64,
    remaining: i64,
}

pub fn new_iterator(start: i64, step: i64, count: i64) -> Obj {
    let p = alloc_object(&raw mut RANGE_ITERATOR_TYPE, std::mem::size_of::<RangeIterator>()) as *mut RangeIterator;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).next = start;
        (*p).step = step;
        (*p).remaining = count;
    }
    Obj::from_owned(Value::from_ptr(p))
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: a RangeIterator.
    unsafe {
        let p = it.as_ptr::<RangeIterator>();
        if (*p).remaining <= 0 {
            return Ok(None);
        }
        let v = (*p).next;
        (*p).remaining -= 1;
        (*p).next = v.wrapping_add((*p).step);
        Ok(Some(int::from_i64(v)))
    }
}
