//! `range`: lazy arithmetic progressions.
//!
//! Bounds are Python ints of any size. When start, stop, step and the
//! length all fit in an i64 (nearly always) the range keeps machine copies
//! and every operation is plain arithmetic; otherwise it computes with big
//! ints, as CPython's `longrangeobject` does.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::{int, slice, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, index_error, overflow_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type};
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
        bool: Some(|v| Ok(!big_len(v).is_zero())),
        len: Some(range_len),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        iter: Some(range_iter),
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
    GetSetDef { name: "start", get: |v| Ok(Obj::from_borrowed(get(v).start)), set: None },
    GetSetDef { name: "stop", get: |v| Ok(Obj::from_borrowed(get(v).stop)), set: None },
    GetSetDef { name: "step", get: |v| Ok(Obj::from_borrowed(get(v).step)), set: None },
]);

#[unsafe(export_name = "molt_type_range_iterator")]
pub static mut RANGE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "range_iterator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_iterator,
    Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some(iterator_next), ..Slots::EMPTY },
    &[],
);

#[repr(C)]
pub struct RangeObject {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    /// Machine copies `(start, step, len)` when everything fits an i64.
    pub small: Option<(i64, i64, i64)>,
}

unsafe fn dealloc_range(v: Value) {
    let r = get(v);
    decref(r.start);
    decref(r.stop);
    decref(r.step);
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn get<'a>(v: Value) -> &'a RangeObject {
    // SAFETY: range object.
    unsafe { &*v.as_ptr::<RangeObject>() }
}

pub fn is_range(v: Value) -> bool {
    has_type(v, &raw mut RANGE_TYPE)
}

fn big(v: Value) -> BigInt {
    int::to_bigint(v).unwrap_or_default()
}

/// Number of items of `range(start, stop, step)` for any ints.
fn len_of(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step.is_negative() && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        BigInt::zero()
    }
}

/// A range over three int values (borrowed).
pub fn new(start: Value, stop: Value, step: Value) -> Obj {
    let small = match (int::to_i64(start), int::to_i64(stop), int::to_i64(step)) {
        (Some(a), Some(b), Some(c)) => len_of(&a.into(), &b.into(), &c.into()).to_i64().map(|n| (a, c, n)),
        _ => None,
    };
    let p = alloc_object(&raw mut RANGE_TYPE, std::mem::size_of::<RangeObject>()) as *mut RangeObject;
    for v in [start, stop, step] {
        crate::object::incref(v);
    }
    // SAFETY: fresh allocation.
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
        std::ptr::write(&mut (*p).small, small);
    }
    Obj::from_owned(Value::from_ptr(p))
}

fn new_big(start: BigInt, stop: BigInt, step: BigInt) -> Obj {
    let (a, b, c) = (int::from_bigint(start), int::from_bigint(stop), int::from_bigint(step));
    new(a.v(), b.v(), c.v())
}

fn big_len(v: Value) -> BigInt {
    let r = get(v);
    match r.small {
        Some((_, _, n)) => BigInt::from(n),
        None => len_of(&big(r.start), &big(r.stop), &big(r.step)),
    }
}

/// The item at a valid index.
fn item(v: Value, i: &BigInt) -> Obj {
    let r = get(v);
    if let (Some((start, step, _)), Some(i)) = (r.small, i.to_i64()) {
        return int::from_i128(start as i128 + i as i128 * step as i128);
    }
    int::from_bigint(big(r.start) + i * big(r.step))
}

fn bound(v: Value) -> PyResult<Obj> {
    if int::is_int(v) {
        return Ok(int::from_bigint(big(v)));
    }
    let r = protocol::index(v)?;
    Ok(int::from_bigint(big(r.v())))
}

fn range_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let (start, stop, step) = match args.positional() {
        [stop] => (int::from_i64(0), bound(*stop)?, int::from_i64(1)),
        [start, stop] => (bound(*start)?, bound(*stop)?, int::from_i64(1)),
        [start, stop, step] => (bound(*start)?, bound(*stop)?, bound(*step)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        more => return Err(type_error(format!("range expected at most 3 arguments, got {}", more.len()))),
    };
    if int::sign(step.v()) == num_bigint::Sign::NoSign {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new(start.v(), stop.v(), step.v()))
}

fn range_len(v: Value) -> PyResult<usize> {
    big_len(v)
        .to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

fn range_repr(v: Value) -> PyResult<Obj> {
    let r = get(v);
    let text = |x: Value| -> PyResult<String> { Ok(pystr::as_str(protocol::repr(x)?.v()).to_string()) };
    let one = int::to_i64(r.step) == Some(1);
    Ok(pystr::new(&if one {
        format!("range({}, {})", text(r.start)?, text(r.stop)?)
    } else {
        format!("range({}, {}, {})", text(r.start)?, text(r.stop)?, text(r.step)?)
    }))
}

/// CPython hashes a range by `(len, start, step)`, with `start` and `step`
/// replaced by None when they do not matter.
fn range_hash(v: Value) -> PyResult<i64> {
    let n = big_len(v);
    let r = get(v);
    let start = if n.is_zero() { Obj::none() } else { Obj::from_borrowed(r.start) };
    let step = if n <= BigInt::one() { Obj::none() } else { Obj::from_borrowed(r.step) };
    let t = crate::builtins::tuple::from_vec(vec![int::from_bigint(n), start, step]);
    protocol::hash(t.v())
}

fn range_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_range(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let (n, m) = (big_len(a), big_len(b));
    let (x, y) = (get(a), get(b));
    let equal = n == m && (n.is_zero() || (big(x.start) == big(y.start) && (n.is_one() || big(x.step) == big(y.step))));
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

fn range_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        let n = big_len(v);
        let i = i.to_bigint();
        let i = if i.is_negative() { i + &n } else { i };
        if i.is_negative() || i >= n {
            return Err(index_error("range object index out of range"));
        }
        return Ok(item(v, &i));
    }
    if slice::is_slice(key) {
        let r = get(v);
        let (start, stop, step) = slice_indices_big(key, &big_len(v))?;
        let (rs, rstep) = (big(r.start), big(r.step));
        return Ok(new_big(&rs + start * &rstep, &rs + stop * &rstep, rstep * step));
    }
    if let Some(r) = protocol::call_special(key, "__index__", &[])? {
        return range_getitem(v, r.v());
    }
    if let Some(i) = crate::protocol::index_key(key)? {
        return range_getitem(v, i.v());
    }
    Err(type_error(format!("range indices must be integers or slices, not {}", type_name_of(key))))
}

/// CPython's `_PySlice_GetLongIndices`: a slice resolved against a length
/// of any size.
fn slice_indices_big(s: Value, length: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let (start, stop, step) = slice::fields(s);
    let as_big = |v: Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        if int::is_int(v) {
            return Ok(Some(big(v)));
        }
        match protocol::lookup_special(v, "__index__")? {
            Some(_) => Ok(Some(big(protocol::index(v)?.v()))),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let step = as_big(step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative { (BigInt::from(-1), length - 1u32) } else { (BigInt::zero(), length.clone()) };
    let clamp = |x: Option<BigInt>, default: &BigInt| -> BigInt {
        match x {
            None => default.clone(),
            Some(x) => {
                let x = if x.is_negative() { x + length } else { x };
                if x < lower {
                    lower.clone()
                } else if x > upper {
                    upper.clone()
                } else {
                    x
                }
            }
        }
    };
    let start = clamp(as_big(start)?, if negative { &upper } else { &lower });
    let stop = clamp(as_big(stop)?, if negative { &lower } else { &upper });
    Ok((start, stop, step))
}

/// Position of integer `x` in the range, if present.
fn position(v: Value, x: &BigInt) -> Option<BigInt> {
    let r = get(v);
    let offset = x - big(r.start);
    let (q, rem) = offset.div_rem(&big(r.step));
    (rem.is_zero() && !q.is_negative() && q < big_len(v)).then_some(q)
}

fn range_contains(v: Value, x: Value) -> PyResult<bool> {
    if int::is_exact_int(x) || x.is_bool() {
        return Ok(position(v, &big(x)).is_some());
    }
    let it = protocol::iter(v)?;
    while let Some(y) = protocol::next(it.v())? {
        if protocol::eq(y.v(), x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `range.count(x)`: arithmetic for ints, a scan for anything else.
fn range_count(a: &[Value]) -> PyResult<Obj> {
    if int::is_exact_int(a[1]) || a[1].is_bool() {
        return Ok(int::from_i64(position(a[0], &big(a[1])).is_some() as i64));
    }
    let mut n = 0;
    let it = protocol::iter(a[0])?;
    while let Some(y) = protocol::next(it.v())? {
        if protocol::eq(y.v(), a[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

/// `range.index(x)`: arithmetic for ints, a scan for anything else.
fn range_index(a: &[Value]) -> PyResult<Obj> {
    if int::is_exact_int(a[1]) || a[1].is_bool() {
        if let Some(p) = position(a[0], &big(a[1])) {
            return Ok(int::from_bigint(p));
        }
        return Err(value_error(format!("{} is not in range", pystr::as_str(protocol::repr(a[1])?.v()))));
    }
    let mut i = 0;
    let it = protocol::iter(a[0])?;
    while let Some(y) = protocol::next(it.v())? {
        if protocol::eq(y.v(), a[1])? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn range_reversed(a: &[Value]) -> PyResult<Obj> {
    let r = get(a[0]);
    let n = big_len(a[0]);
    let last = if n.is_zero() { big(r.start) } else { big(r.start) + (&n - 1u32) * big(r.step) };
    Ok(new_iterator(last, -big(r.step), n))
}

fn range_iter(v: Value) -> PyResult<Obj> {
    let r = get(v);
    Ok(new_iterator(big(r.start), big(r.step), big_len(v)))
}

/// Big-int iterator state, for ranges beyond machine ints.
struct BigCursor {
    next: BigInt,
    step: BigInt,
    remaining: BigInt,
}

/// A range iterator. Compiled loops advance the machine-int state inline
/// (see `molt_abi::layout::RANGE_ITER_*`); `big` is used instead when the
/// range does not fit.
#[repr(C)]
struct RangeIterator {
    header: Header,
    next: i64,
    step: i64,
    remaining: i64,
    /// Null unless the range needs big ints.
    big: *mut BigCursor,
}

const _: () = assert!(std::mem::offset_of!(RangeIterator, next) == molt_abi::layout::RANGE_ITER_NEXT_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(RangeIterator, step) == molt_abi::layout::RANGE_ITER_STEP_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(RangeIterator, remaining) == molt_abi::layout::RANGE_ITER_REMAINING_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(RangeIterator, big) == molt_abi::layout::RANGE_ITER_BIG_OFFSET as usize);

fn new_iterator(start: BigInt, step: BigInt, count: BigInt) -> Obj {
    let p = alloc_object(&raw mut RANGE_ITERATOR_TYPE, std::mem::size_of::<RangeIterator>()) as *mut RangeIterator;
    let small = match (start.to_i64(), step.to_i64(), count.to_i64()) {
        (Some(next), Some(step), Some(remaining)) if (next as i128 + step as i128 * remaining as i128).abs() < i64::MAX as i128 => {
            Some((next, step, remaining))
        }
        _ => None,
    };
    // SAFETY: fresh, zeroed allocation.
    unsafe {
        match small {
            Some((next, step, remaining)) => {
                (*p).next = next;
                (*p).step = step;
                (*p).remaining = remaining;
            }
            None => (*p).big = Box::into_raw(Box::new(BigCursor { next: start, step, remaining: count })),
        }
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_iterator(v: Value) {
    unsafe {
        let p = v.as_ptr::<RangeIterator>();
        if !(*p).big.is_null() {
            drop(Box::from_raw((*p).big));
        }
        free_object(v.as_ptr::<Header>());
    }
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: a RangeIterator.
    let r = unsafe { &mut *it.as_ptr::<RangeIterator>() };
    if r.big.is_null() {
        if r.remaining <= 0 {
            return Ok(None);
        }
        let v = r.next;
        r.remaining -= 1;
        r.next = v.wrapping_add(r.step);
        return Ok(Some(int::from_i64(v)));
    }
    // SAFETY: owned by the iterator.
    let c = unsafe { &mut *r.big };
    if !c.remaining.is_positive() {
        return Ok(None);
    }
    let v = c.next.clone();
    c.remaining -= 1u32;
    c.next += &c.step;
    Ok(Some(int::from_bigint(v)))
}
