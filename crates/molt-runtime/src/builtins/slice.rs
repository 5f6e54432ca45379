//! `slice` objects and the index arithmetic every sequence uses.

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject};
use crate::builtins::{int, str as pystr, tuple};
use crate::call::Args;
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref};
use crate::protocol;

pub static mut SLICE_TYPE: TypeObject = TypeObject::builtin(
    "slice",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_slice,
    Slots {
        repr: Some(slice_repr),
        hash: Some(slice_hash),
        richcompare: Some(slice_richcompare),
        new: Some(slice_new),
        ..Slots::EMPTY
    },
    &[MethodDef::positional("indices", slice_indices_method, 1, 1)],
)
.with_getsets(&[
    GetSetDef { name: "start", get: |v| Ok(Obj::from_borrowed(get(v).start)), set: None },
    GetSetDef { name: "stop", get: |v| Ok(Obj::from_borrowed(get(v).stop)), set: None },
    GetSetDef { name: "step", get: |v| Ok(Obj::from_borrowed(get(v).step)), set: None },
]);

#[repr(C)]
pub struct SliceObject {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

unsafe fn dealloc_slice(v: Value) {
    let s = get(v);
    decref(s.start);
    decref(s.stop);
    decref(s.step);
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn get<'a>(v: Value) -> &'a SliceObject {
    // SAFETY: slice object.
    unsafe { &*v.as_ptr::<SliceObject>() }
}

/// `(start, stop, step)`, borrowed.
pub fn fields(s: Value) -> (Value, Value, Value) {
    let sl = get(s);
    (sl.start, sl.stop, sl.step)
}

#[inline]
pub fn is_slice(v: Value) -> bool {
    has_type(v, &raw mut SLICE_TYPE)
}

/// `slice(start, stop, step)`; arguments borrowed.
pub fn new(start: Value, stop: Value, step: Value) -> Obj {
    let p = alloc_object(&raw mut SLICE_TYPE, std::mem::size_of::<SliceObject>()) as *mut SliceObject;
    incref(start);
    incref(stop);
    incref(step);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).start = start;
        (*p).stop = stop;
        (*p).step = step;
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Converts a slice bound to a clamped index (CPython's
/// `_PyEval_SliceIndex`: None means absent; huge values saturate).
pub fn bound(v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    saturating_index(v, "slice indices must be integers or None or have an __index__ method").map(Some)
}

/// An index argument as an i64, saturating for huge ints (so it can be
/// clamped to any length), with `error` for non-integers; CPython's
/// `_PyEval_SliceIndexNotNone`, used by `index()` methods' start and stop.
pub fn saturating_index(v: Value, error: &str) -> PyResult<i64> {
    match int::view(v) {
        Some(int::IntRef::Small(i)) => Ok(i),
        Some(r) => Ok(if r.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }),
        None => match protocol::lookup_special(v, "__index__")? {
            Some(f) => {
                let r = crate::call::call_positional(f.v(), &[])?;
                if !int::is_int(r.v()) {
                    return Err(type_error(format!(
                        "__index__ returned non-int (type {})",
                        crate::builtins::type_::type_name_of(r.v())
                    )));
                }
                saturating_index(r.v(), error)
            }
            None => Err(type_error(error)),
        },
    }
}

/// Resolves a slice against a sequence of `len` items: `(start, stop,
/// step, count)` with CPython's `PySlice_Unpack` + `AdjustIndices` rules.
pub fn indices(s: Value, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    Ok(unpack(s)?.adjust(len))
}

/// A slice's bounds converted to integers (CPython's `PySlice_Unpack`)
/// but not yet adjusted to a length. Converting may run `__index__`,
/// which may resize a mutable sequence, so such a sequence unpacks first
/// and reads its length after.
pub struct Unpacked {
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
}

/// Converts the bounds of slice `s`.
pub fn unpack(s: Value) -> PyResult<Unpacked> {
    let sl = get(s);
    let step = bound(sl.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    Ok(Unpacked { start: bound(sl.start)?, stop: bound(sl.stop)?, step })
}

impl Unpacked {
    /// `(start, stop, step, count)` for a sequence of `len` items.
    pub fn adjust(&self, len: usize) -> (isize, isize, isize, usize) {
        let step = self.step;
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |x: Option<i64>, default: i64| -> i64 {
            match x {
                None => default,
                Some(x) if x < 0 => (x + len).max(lower),
                Some(x) => x.min(upper),
            }
        };
        let start = clamp(self.start, if step < 0 { upper } else { lower });
        let stop = clamp(self.stop, if step < 0 { lower } else { upper });
        let count = if step < 0 {
            if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        (start as isize, stop as isize, step as isize, count as usize)
    }
}

fn slice_repr(v: Value) -> PyResult<Obj> {
    let s = get(v);
    let parts = [protocol::repr(s.start)?, protocol::repr(s.stop)?, protocol::repr(s.step)?];
    Ok(pystr::new(&format!(
        "slice({}, {}, {})",
        pystr::as_str(parts[0].v()),
        pystr::as_str(parts[1].v()),
        pystr::as_str(parts[2].v())
    )))
}

fn as_tuple(v: Value) -> Obj {
    let s = get(v);
    tuple::from_slice(&[s.start, s.stop, s.step])
}

fn slice_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_slice(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    protocol::rich_compare(as_tuple(a).v(), as_tuple(b).v(), op)
}

/// CPython 3.12's `slice_hash`: the tuple hash of the three fields,
/// without the length term.
fn slice_hash(v: Value) -> PyResult<i64> {
    const PRIME1: u64 = 11400714785074694791;
    const PRIME2: u64 = 14029467366897019727;
    const PRIME5: u64 = 2870177450012600261;
    let s = get(v);
    let mut acc = PRIME5;
    for field in [s.start, s.stop, s.step] {
        let lane = protocol::hash(field)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME1);
    }
    Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 })
}

fn slice_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    match args.positional() {
        [stop] => Ok(new(Value::NONE, *stop, Value::NONE)),
        [start, stop] => Ok(new(*start, *stop, Value::NONE)),
        [start, stop, step] => Ok(new(*start, *stop, *step)),
        [] => Err(type_error("slice expected at least 1 argument, got 0")),
        more => Err(type_error(format!("slice expected at most 3 arguments, got {}", more.len()))),
    }
}

fn slice_indices_method(a: &[Value]) -> PyResult<Obj> {
    let n = protocol::index_value(a[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = indices(a[0], n as usize)?;
    Ok(tuple::from_vec(vec![int::from_i64(start as i64), int::from_i64(stop as i64), int::from_i64(step as i64)]))
}
