//! `memoryview`: one-dimensional views of format `'B'` (unsigned bytes)
//! over a `bytes` or `bytearray` object.
//!
//! A view records where its items lie in the exporter's buffer (first
//! byte, stride, count), so slicing a view gives a view of the same
//! memory and writes through a view of a bytearray change the bytearray.
//! Each live view of a bytearray (or of a BytesIO's buffer, from
//! `getbuffer()`) counts as one export of it, which keeps it from being
//! resized (see `bytearray`) until the view is released (`release()`, the
//! end of a `with` block, or when the view is freed). Operations on a
//! released view raise ValueError, as in CPython.
//!
//! Not supported yet: other formats and shapes (`cast` to anything but
//! `'B'` is a NotImplementedError), and views of other exporters.

use std::borrow::Cow;

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str_methods::parse_kw;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::{bytearray, bytes, bytesio, int, list, slice, str as pystr, tuple};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref};
use crate::protocol;

pub static mut MEMORYVIEW_TYPE: TypeObject = TypeObject::builtin(
    "memoryview",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_memoryview,
    Slots {
        repr: Some(memoryview_repr),
        hash: Some(memoryview_hash),
        richcompare: Some(memoryview_richcompare),
        len: Some(|v| Ok(live(v)?.len)),
        getitem: Some(memoryview_getitem),
        setitem: Some(memoryview_setitem),
        iter: Some(|v| {
            live(v)?;
            Ok(list::new_seq_iterator(&raw mut MEMORY_ITERATOR_TYPE, v))
        }),
        new: Some(memoryview_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("release", |a| {
            release(a[0]);
            Ok(Obj::none())
        }, 0, 0),
        MethodDef::keywords("tobytes", tobytes),
        MethodDef::positional("tolist", |a| {
            let items = contents(a[0])?.iter().map(|&b| int::from_i64(b as i64)).collect();
            Ok(list::from_vec(items))
        }, 0, 0),
        MethodDef::keywords("hex", crate::builtins::bytes_methods::hex_method),
        MethodDef::positional("toreadonly", |a| {
            let v = live(a[0])?;
            Ok(new_view(v.obj, v.start, v.step, v.len, true))
        }, 0, 0),
        MethodDef::keywords("cast", cast),
        MethodDef::positional("__enter__", |a| {
            live(a[0])?;
            Ok(Obj::from_borrowed(a[0]))
        }, 0, 0),
        MethodDef::positional("__exit__", |a| {
            release(a[0]);
            Ok(Obj::none())
        }, 0, 3),
    ],
)
.with_getsets(&[
    GetSetDef { name: "obj", get: |v| Ok(Obj::from_borrowed(live(v)?.obj)), set: None },
    GetSetDef { name: "nbytes", get: |v| Ok(int::from_i64(live(v)?.len as i64)), set: None },
    GetSetDef { name: "readonly", get: |v| Ok(Obj::from_bool(live(v)?.readonly)), set: None },
    GetSetDef { name: "itemsize", get: |v| live(v).map(|_| int::from_i64(1)), set: None },
    GetSetDef { name: "format", get: |v| live(v).map(|_| pystr::new_ascii("B")), set: None },
    GetSetDef { name: "ndim", get: |v| live(v).map(|_| int::from_i64(1)), set: None },
    GetSetDef { name: "shape", get: |v| Ok(tuple::from_vec(vec![int::from_i64(live(v)?.len as i64)])), set: None },
    GetSetDef { name: "strides", get: |v| Ok(tuple::from_vec(vec![int::from_i64(live(v)?.step as i64)])), set: None },
    GetSetDef { name: "suboffsets", get: |v| live(v).map(|_| tuple::empty()), set: None },
    GetSetDef { name: "c_contiguous", get: |v| Ok(Obj::from_bool(live(v)?.contiguous())), set: None },
    GetSetDef { name: "f_contiguous", get: |v| Ok(Obj::from_bool(live(v)?.contiguous())), set: None },
    GetSetDef { name: "contiguous", get: |v| Ok(Obj::from_bool(live(v)?.contiguous())), set: None },
]);

pub static mut MEMORY_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "memory_iterator",
    &raw mut OBJECT_TYPE,
    0,
    list::dealloc_seq_iterator,
    Slots {
        iter: Some(|v| Ok(Obj::from_borrowed(v))),
        next: Some(iterator_next),
        ..Slots::EMPTY
    },
    &[],
);

#[repr(C)]
pub struct MemoryViewObject {
    pub header: Header,
    /// The exporter (a bytes or bytearray object), owned; null once
    /// released.
    obj: Value,
    /// Offset of the first item in the exporter's buffer.
    start: usize,
    /// Distance between items, in bytes (negative for reversed views).
    step: isize,
    len: usize,
    readonly: bool,
    /// Cached hash of a read-only view, -1 until computed.
    hash: i64,
}

impl MemoryViewObject {
    /// Whether the items are adjacent and in order: CPython's test for one
    /// dimension, a unit stride or a single item (an empty view with
    /// another stride is not).
    fn contiguous(&self) -> bool {
        self.step == 1 || self.len == 1
    }

    /// The byte offset of item `i` (in range).
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }
}

fn get<'a>(v: Value) -> &'a mut MemoryViewObject {
    // SAFETY: callers pass memoryview objects.
    unsafe { &mut *v.as_ptr::<MemoryViewObject>() }
}

/// The view, which must not be released.
fn live<'a>(v: Value) -> PyResult<&'a mut MemoryViewObject> {
    let m = get(v);
    if m.obj.is_null() {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

pub fn is_memoryview(v: Value) -> bool {
    crate::object::has_type(v, &raw mut MEMORYVIEW_TYPE)
}

/// The exporter's whole buffer.
fn base<'a>(obj: Value) -> &'a [u8] {
    if bytearray::is_bytearray(obj) {
        bytearray::as_bytes(obj)
    } else if bytesio::is_buffer(obj) {
        bytesio::buffer_bytes(obj)
    } else {
        bytes::as_bytes(obj)
    }
}

/// The buffer of a writable exporter (a view is read-only otherwise).
fn base_mut<'a>(obj: Value) -> &'a mut [u8] {
    if bytesio::is_buffer(obj) { bytesio::buffer_bytes_mut(obj) } else { bytearray::as_bytes_mut(obj) }
}

/// Counts a view in (`+1`) or out (`-1`) of the exports of a resizable
/// exporter.
fn add_export(obj: Value, delta: isize) {
    if bytearray::is_bytearray(obj) {
        bytearray::add_export(obj, delta);
    } else if bytesio::is_buffer(obj) {
        bytesio::add_export(obj, delta);
    }
}

/// The bytes of view `v`, borrowed when they are contiguous.
pub fn contents<'a>(v: Value) -> PyResult<Cow<'a, [u8]>> {
    let m = live(v)?;
    let data = base(m.obj);
    if m.contiguous() {
        return Ok(Cow::Borrowed(&data[m.start..m.start + m.len]));
    }
    Ok(Cow::Owned((0..m.len).map(|i| data[m.offset(i)]).collect()))
}

/// A new view of exporter `obj` (a bytes or bytearray object, or the
/// buffer of a BytesIO).
pub fn new_view(obj: Value, start: usize, step: isize, len: usize, readonly: bool) -> Obj {
    let p = alloc_object(&raw mut MEMORYVIEW_TYPE, std::mem::size_of::<MemoryViewObject>()) as *mut MemoryViewObject;
    incref(obj);
    add_export(obj, 1);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).obj = obj;
        (*p).start = start;
        (*p).step = step;
        (*p).len = len;
        (*p).readonly = readonly;
        (*p).hash = -1;
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Releases the view (idempotent): the exporter may be resized again.
fn release(v: Value) {
    let m = get(v);
    let obj = std::mem::replace(&mut m.obj, Value::NULL);
    if obj.is_null() {
        return;
    }
    add_export(obj, -1);
    decref(obj);
}

unsafe fn dealloc_memoryview(v: Value) {
    release(v);
    // SAFETY: a memoryview allocated by `new_view`.
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// `memoryview(object)`.
fn memoryview_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let kw = args.kw();
    // The missing argument is reported before any unknown keyword.
    let [object] = match (args.positional().first(), kw.get("object")) {
        (None, None) => [None],
        _ => parse_kw("memoryview", args.positional(), &kw, ["object"])?,
    };
    let Some(x) = object else {
        return Err(type_error("memoryview() missing required argument 'object' (pos 1)"));
    };
    if is_memoryview(x) {
        let m = live(x)?;
        return Ok(new_view(m.obj, m.start, m.step, m.len, m.readonly));
    }
    if bytes::is_bytes(x) {
        return Ok(new_view(x, 0, 1, bytes::as_bytes(x).len(), true));
    }
    if bytearray::is_bytearray(x) {
        return Ok(new_view(x, 0, 1, bytearray::len(x), false));
    }
    Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name_of(x))))
}

fn memoryview_repr(v: Value) -> PyResult<Obj> {
    let released = if get(v).obj.is_null() { "released " } else { "" };
    Ok(pystr::new(&format!("<{released}memory at {:#x}>", v.0)))
}

/// The hash of a read-only view is that of its bytes, when the exporter
/// itself is hashable.
fn memoryview_hash(v: Value) -> PyResult<i64> {
    let m = live(v)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    protocol::hash(m.obj)?;
    if m.hash == -1 {
        let data = contents(v)?;
        m.hash = crate::numfmt::hash_bytes(crate::modules::sys::hash_secret(), &data);
    }
    Ok(m.hash)
}

/// Equality with any bytes-like object, item by item; a released view
/// equals only itself. Ordering is not supported.
fn memoryview_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let equal = if a == b {
        true
    } else if get(a).obj.is_null() || (is_memoryview(b) && get(b).obj.is_null()) {
        false
    } else {
        match crate::builtins::buffer::view(b)? {
            Some(other) => *contents(a)? == *other,
            None => return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
        }
    };
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

/// What a subscript of a one-dimensional view selects.
enum Key {
    Index(usize),
    Slice { start: isize, step: isize, count: usize },
}

fn resolve_key(v: Value, key: Value) -> PyResult<Key> {
    let n = live(v)?.len;
    if slice::is_slice(key) {
        let (start, _, step, count) = slice::indices(key, n)?;
        return Ok(Key::Slice { start, step, count });
    }
    if tuple::is_tuple(key) {
        let items = tuple::items(key);
        if items.iter().all(|&k| slice::is_slice(k)) && !items.is_empty() {
            return Err(crate::error::not_implemented_error("multi-dimensional slicing is not implemented"));
        }
        if items.iter().all(|&k| crate::object::type_slots(k).index.is_some() || int::is_int(k)) {
            return match items {
                [] => Err(crate::error::not_implemented_error("sub-views are not implemented")),
                [one] => resolve_key(v, *one),
                more => Err(type_error(format!("cannot index 1-dimension view with {}-element tuple", more.len()))),
            };
        }
        return Err(type_error("memoryview: invalid slice key"));
    }
    let index = match int::view(key) {
        Some(_) => Obj::from_borrowed(key),
        None => match protocol::index_key(key)? {
            Some(i) => i,
            None => return Err(type_error("memoryview: invalid slice key")),
        },
    };
    let n = live(v)?.len;
    let i = match int::view(index.v()) {
        Some(int::IntRef::Small(i)) => i,
        _ => return Err(index_error("cannot fit 'int' into an index-sized integer")),
    };
    match protocol::normalize_index(&int::IntRef::Small(i), n) {
        Some(i) => Ok(Key::Index(i)),
        None => Err(index_error("index out of bounds on dimension 1")),
    }
}

fn memoryview_getitem(v: Value, key: Value) -> PyResult<Obj> {
    match resolve_key(v, key)? {
        Key::Index(i) => {
            let m = live(v)?;
            Ok(int::from_i64(base(m.obj)[m.offset(i)] as i64))
        }
        Key::Slice { start, step, count } => {
            let m = live(v)?;
            let first = if count == 0 { m.start } else { m.offset(start as usize) };
            Ok(new_view(m.obj, first, m.step * step, count, m.readonly))
        }
    }
}

fn memoryview_setitem(v: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    if live(v)?.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(type_error("cannot delete memory"));
    };
    match resolve_key(v, key)? {
        Key::Index(i) => {
            let b = match int::view(value) {
                Some(int::IntRef::Small(b @ 0..=255)) => b as u8,
                Some(_) => return Err(value_error("memoryview: invalid value for format 'B'")),
                None => return Err(type_error("memoryview: invalid type for format 'B'")),
            };
            let m = live(v)?;
            let at = m.offset(i);
            base_mut(m.obj)[at] = b;
        }
        Key::Slice { start, step, count } => {
            let src = crate::builtins::buffer::require(value)?.into_owned();
            if src.len() != count {
                return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            let m = live(v)?;
            let offsets: Vec<usize> = (0..count).map(|k| m.offset((start + k as isize * step) as usize)).collect();
            let data = base_mut(m.obj);
            for (at, b) in offsets.into_iter().zip(src) {
                data[at] = b;
            }
        }
    }
    Ok(())
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    Ok(list::seq_iterator_advance(it, |v, i| {
        let m = get(v);
        if m.obj.is_null() || i >= m.len {
            return None;
        }
        bytes::byte_value(base(m.obj), m.offset(i))
    }))
}

/// `tobytes(order='C')`: the items as bytes (every order gives the same
/// bytes for one dimension).
fn tobytes(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [order] = parse_kw("tobytes", &a[1..], kw, ["order"])?;
    if let Some(o) = order.filter(|o| !o.is_none()) {
        if !pystr::is_str(o) || !matches!(pystr::as_str(o), "C" | "F" | "A") {
            return Err(value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(bytes::new(&contents(a[0])?))
}

/// `cast(format, shape=None)`: only the identity cast to `'B'` of a
/// contiguous view.
fn cast(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [format, shape] = parse_kw("cast", &a[1..], kw, ["format", "shape"])?;
    let m = live(a[0])?;
    let Some(format) = format else {
        return Err(type_error("cast() missing required argument 'format' (pos 1)"));
    };
    if !pystr::is_str(format) {
        return Err(type_error(format!("cast() argument 'format' must be str, not {}", type_name_of(format))));
    }
    if !m.contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if pystr::as_str(format) != "B" || shape.is_some_and(|s| !s.is_none()) {
        return Err(crate::error::not_implemented_error(
            "memoryview.cast() supports only the format 'B' without a shape",
        ));
    }
    Ok(new_view(m.obj, m.start, 1, m.len, m.readonly))
}
