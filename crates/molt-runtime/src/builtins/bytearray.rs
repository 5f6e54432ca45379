//! `bytearray`: mutable byte strings over a separately allocated buffer.
//!
//! It has every method of `bytes` (the shared table of `bytes_methods`),
//! returning bytearrays, plus mutation: item and slice assignment and
//! deletion (extended slices included), `append`, `extend`, `insert`,
//! `pop`, `remove`, `clear`, `copy`, `reverse`, `+=` and `*=`.
//!
//! While a `memoryview` exports the buffer (`exports > 0`) the buffer must
//! not move, so any operation that would change the length raises
//! BufferError, as in CPython; operations that keep the length (item
//! assignment, `+= b''`) are allowed.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::bytes_methods::byte_string_methods;
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str_methods::parse_kw;
use crate::builtins::type_::{Slots, TypeObject, flags, type_name, type_name_of};
use crate::builtins::{buffer, bytes, int, list, slice, str as pystr};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, free_object, raw_alloc, raw_free};
use crate::protocol;

pub static mut BYTEARRAY_TYPE: TypeObject = TypeObject::builtin(
    "bytearray",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_bytearray,
    Slots {
        repr: Some(bytearray_repr),
        hash: Some(protocol::unhashable),
        richcompare: Some(bytearray_richcompare),
        len: Some(|v| Ok(len(v))),
        getitem: Some(bytearray_getitem),
        setitem: Some(bytearray_setitem),
        contains: Some(bytes::contains),
        iter: Some(|v| Ok(list::new_seq_iterator(&raw mut BYTEARRAY_ITERATOR_TYPE, v))),
        number: Some(bytearray_number),
        new: Some(bytearray_new),
        ..Slots::EMPTY
    },
    byte_string_methods![
        MethodDef::positional("append", append, 1, 1),
        MethodDef::positional("extend", |a| extend(a[0], a[1]).map(|_| Obj::none()), 1, 1),
        MethodDef::positional("insert", insert, 2, 2),
        MethodDef::positional("pop", pop, 0, 1),
        MethodDef::positional("remove", remove, 1, 1),
        MethodDef::positional("clear", |a| splice(a[0], 0, len(a[0]), &[]).map(|_| Obj::none()), 0, 0),
        MethodDef::positional("copy", |a| Ok(new(as_bytes(a[0]))), 0, 0),
        MethodDef::positional("reverse", |a| {
            as_bytes_mut(a[0]).reverse();
            Ok(Obj::none())
        }, 0, 0),
        MethodDef::keywords("__init__", |a, kw| init(a[0], &a[1..], kw).map(|_| Obj::none())),
    ],
);

pub static mut BYTEARRAY_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "bytearray_iterator",
    &raw mut OBJECT_TYPE,
    0,
    list::dealloc_seq_iterator,
    Slots {
        iter: Some(|v| Ok(Obj::from_borrowed(v))),
        next: Some(|it| Ok(list::seq_iterator_advance(it, |b, i| bytes::byte_value(as_bytes(b), i)))),
        ..Slots::EMPTY
    },
    &[],
);

#[repr(C)]
pub struct ByteArrayObject {
    pub header: Header,
    pub len: usize,
    pub data: *mut u8,
    pub cap: usize,
    /// Live memoryviews of the buffer; resizing is refused while any.
    pub exports: usize,
}

unsafe fn dealloc_bytearray(v: Value) {
    // SAFETY: the buffer came from `raw_alloc` (or is null).
    unsafe {
        let p = v.as_ptr::<ByteArrayObject>();
        raw_free((*p).data);
        free_object(p as *mut Header);
    }
}

fn get<'a>(v: Value) -> &'a mut ByteArrayObject {
    // SAFETY: callers pass bytearray objects.
    unsafe { &mut *v.as_ptr::<ByteArrayObject>() }
}

/// A new bytearray holding a copy of `data`.
pub fn new(data: &[u8]) -> Obj {
    let p = alloc_object(&raw mut BYTEARRAY_TYPE, std::mem::size_of::<ByteArrayObject>());
    let v = Obj::from_owned(Value::from_ptr(p));
    set_contents(v.v(), data);
    v
}

pub fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && crate::builtins::type_::is_subtype(crate::object::type_of(v), &raw mut BYTEARRAY_TYPE)
}

pub fn len(v: Value) -> usize {
    get(v).len
}

/// The contents, borrowed until the bytearray is next resized.
pub fn as_bytes<'a>(v: Value) -> &'a [u8] {
    let b = get(v);
    // SAFETY: `data` holds `len` initialised bytes (or is null when empty).
    if b.len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(b.data, b.len) } }
}

/// The contents, mutably (for in-place edits that keep the length).
pub fn as_bytes_mut<'a>(v: Value) -> &'a mut [u8] {
    let b = get(v);
    // SAFETY: as in `as_bytes`.
    if b.len == 0 { &mut [] } else { unsafe { std::slice::from_raw_parts_mut(b.data, b.len) } }
}

/// Registers (`+1`) or drops (`-1`) a memoryview of the buffer.
pub fn add_export(v: Value, delta: isize) {
    let b = get(v);
    b.exports = b.exports.saturating_add_signed(delta);
}

/// Replaces the whole contents, ignoring exports (for fresh objects).
fn set_contents(v: Value, data: &[u8]) {
    let b = get(v);
    if data.len() > b.cap {
        // SAFETY: the old buffer is not used after this.
        unsafe { raw_free(b.data) };
        b.data = raw_alloc(data.len());
        b.cap = data.len();
    }
    if !data.is_empty() {
        // SAFETY: the buffer has room for `data`, which cannot overlap it
        // (callers copy out of other objects).
        unsafe { std::ptr::copy(data.as_ptr(), b.data, data.len()) };
    }
    b.len = data.len();
}

/// Replaces bytes `start..stop` with `src` (which must not point into
/// this bytearray), in place: CPython's resize rules, with BufferError
/// when the length would change while the buffer is exported.
pub fn splice(v: Value, start: usize, stop: usize, src: &[u8]) -> PyResult<()> {
    let b = get(v);
    let old_len = b.len;
    let new_len = old_len - (stop - start) + src.len();
    if new_len != old_len && b.exports > 0 {
        return Err(resize_error());
    }
    if new_len > crate::object::MAX_ALLOC {
        return Err(crate::error::memory_error());
    }
    if new_len > b.cap {
        // Grow by about an eighth more than asked, as CPython does, so
        // repeated appends are amortized.
        let cap = new_len + (new_len >> 3) + if new_len < 9 { 3 } else { 6 };
        let data = raw_alloc(cap);
        if old_len > 0 {
            // SAFETY: both buffers hold at least `old_len` bytes.
            unsafe { std::ptr::copy_nonoverlapping(b.data, data, old_len) };
        }
        // SAFETY: the old buffer is not used after this.
        unsafe { raw_free(b.data) };
        b.data = data;
        b.cap = cap;
    }
    if b.data.is_null() {
        // Empty and never allocated: nothing to move.
        return Ok(());
    }
    // SAFETY: the buffer holds `max(old_len, new_len)` bytes; the tail moves
    // within it and `src` lies outside it.
    unsafe {
        std::ptr::copy(b.data.add(stop), b.data.add(start + src.len()), old_len - stop);
        std::ptr::copy_nonoverlapping(src.as_ptr(), b.data.add(start), src.len());
    }
    b.len = new_len;
    Ok(())
}

/// The BufferError for resizing an exported buffer.
fn resize_error() -> crate::error::Raised {
    crate::error::raise(
        &raw mut crate::builtins::exceptions::BUFFER_ERROR,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// `bytearray(b'...')` with the type's name. Unlike `repr(bytes)`, a
/// single quote is escaped even inside double quotes, as CPython does.
fn bytearray_repr(v: Value) -> PyResult<Obj> {
    let data = as_bytes(v);
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = format!("{}(b{quote}", type_name(crate::object::type_of(v)));
    for &b in data {
        match b {
            b'\\' | b'\'' => {
                out.push('\\');
                out.push(b as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    Ok(pystr::new(&out))
}

/// Compares with any bytes-like object, as CPython's `bytearray_richcompare`
/// (which reads both operands as buffers).
fn bytearray_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    let Some(other) = buffer::view(b)? else {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    };
    Ok(Obj::from_bool(op.test(as_bytes(a).cmp(&other[..]))))
}

fn bytearray_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        let data = as_bytes(v);
        return match protocol::sequence_index(&i, data.len())? {
            Some(i) => Ok(int::from_i64(data[i] as i64)),
            None => Err(index_error("bytearray index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _, step, count) = slice::unpack(key)?.adjust(len(v));
        return Ok(new(&bytes::slice_of(as_bytes(v), start, step, count)));
    }
    if let Some(i) = protocol::index_key(key)? {
        return bytearray_getitem(v, i.v());
    }
    Err(type_error(format!("bytearray indices must be integers or slices, not {}", type_name_of(key))))
}

fn bytearray_setitem(v: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    let index = match int::view(key) {
        Some(_) => Some(Obj::from_borrowed(key)),
        None if slice::is_slice(key) => None,
        None => match protocol::index_key(key)? {
            Some(i) => Some(i),
            None => {
                return Err(type_error(format!(
                    "bytearray indices must be integers or slices, not {}",
                    type_name_of(key)
                )));
            }
        },
    };
    let Some(index) = index else {
        return assign_slice(v, key, value);
    };
    let byte = match value {
        Some(x) => Some(byte_item(x)?),
        None => None,
    };
    let i = int::view(index.v()).expect("an int index");
    let Some(i) = protocol::sequence_index(&i, len(v))? else {
        return Err(index_error("bytearray index out of range"));
    };
    match byte {
        Some(b) => {
            as_bytes_mut(v)[i] = b;
            Ok(())
        }
        None => splice(v, i, i + 1, &[]),
    }
}

/// An item stored into a bytearray: an int in range(256).
fn byte_item(x: Value) -> PyResult<u8> {
    match bytes::byte_arg(x)? {
        Some(b) => Ok(b),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(x)))),
    }
}

/// `b[a:b:c] = source` and `del b[a:b:c]`.
fn assign_slice(v: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    let src: Vec<u8> = match value {
        None => Vec::new(),
        Some(x) => {
            if int::is_int(x) || crate::builtins::float::is_float(x) || pystr::is_str(x) {
                return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            }
            bytes::from_object(x, "bytearray")?
        }
    };
    let (start, stop, step, count) = slice::unpack(key)?.adjust(len(v));
    if step == 1 {
        let start = start as usize;
        let stop = (stop as usize).max(start);
        return splice(v, start, stop, &src);
    }
    let picked = (0..count).map(|k| (start + k as isize * step) as usize);
    // As in CPython, assigning nothing to an extended slice deletes it.
    if src.is_empty() {
        let mut drop = vec![false; len(v)];
        for i in picked {
            drop[i] = true;
        }
        let kept: Vec<u8> = as_bytes(v).iter().zip(drop).filter(|(_, d)| !d).map(|(&b, _)| b).collect();
        return splice(v, 0, len(v), &kept);
    }
    if src.len() != count {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {count}",
            src.len()
        )));
    }
    let data = as_bytes_mut(v);
    for (i, b) in picked.zip(src) {
        data[i] = b;
    }
    Ok(())
}

fn bytearray_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        BinaryOp::Add if is_bytearray(a) => {
            let Some(other) = buffer::view(b).ok().flatten() else {
                crate::error::clear_raised();
                return Err(type_error(format!("can't concat {} to bytearray", type_name_of(b))));
            };
            let mut all = as_bytes(a).to_vec();
            all.extend_from_slice(&other);
            Ok(new(&all))
        }
        BinaryOp::Mul => {
            let (s, n) = if is_bytearray(a) { (a, b) } else { (b, a) };
            let Some(n) = int::view(n) else {
                return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
            };
            let count = protocol::repeat_count(&n, len(s))?;
            Ok(new(&as_bytes(s).repeat(count)))
        }
        BinaryOp::Mod if is_bytearray(a) => Ok(new(&crate::format::percent::format_bytes(as_bytes(a), b)?)),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// `a += b` and `a *= n` on a bytearray: in place.
pub fn inplace(a: Value, b: Value, op: BinaryOp) -> PyResult<Option<Obj>> {
    match op {
        BinaryOp::Add => {
            let Some(other) = buffer::view(b).ok().flatten() else {
                crate::error::clear_raised();
                return Err(type_error(format!("can't concat {} to bytearray", type_name_of(b))));
            };
            let other = other.into_owned();
            // CPython holds `b`'s buffer while it resizes `a`: `a += a`
            // finds `a` exported.
            if a == b && !other.is_empty() {
                return Err(resize_error());
            }
            splice(a, len(a), len(a), &other)?;
        }
        BinaryOp::Mul => {
            let Some(n) = int::view(b) else {
                return Ok(None);
            };
            let count = protocol::repeat_count(&n, len(a))?;
            let repeated = as_bytes(a).repeat(count);
            splice(a, 0, len(a), &repeated)?;
        }
        _ => return Ok(None),
    }
    Ok(Some(Obj::from_borrowed(a)))
}

/// `bytearray.extend(iterable)`: a bytes-like object's bytes, or ints.
pub fn extend(v: Value, iterable: Value) -> PyResult<()> {
    let added = match buffer::view(iterable)? {
        Some(data) => data.into_owned(),
        None => {
            if crate::object::type_slots(iterable).iter.is_none() && crate::object::type_slots(iterable).getitem.is_none() {
                return Err(type_error(format!("can't extend bytearray with {}", type_name_of(iterable))));
            }
            let mut out = Vec::new();
            let it = protocol::iter(iterable)?;
            while let Some(x) = protocol::next(it.v())? {
                out.push(byte_item(x.v())?);
            }
            out
        }
    };
    splice(v, len(v), len(v), &added)
}

fn append(a: &[Value]) -> PyResult<Obj> {
    let b = byte_item(a[1])?;
    splice(a[0], len(a[0]), len(a[0]), &[b])?;
    Ok(Obj::none())
}

fn insert(a: &[Value]) -> PyResult<Obj> {
    let i = protocol::index_value(a[1])?;
    let b = byte_item(a[2])?;
    let n = len(a[0]) as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    splice(a[0], i, i, &[b])?;
    Ok(Obj::none())
}

fn pop(a: &[Value]) -> PyResult<Obj> {
    let i = match a.get(1) {
        Some(&i) => protocol::index_value(i)?,
        None => -1,
    };
    let n = len(a[0]);
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let Some(i) = protocol::normalize_index(&int::IntRef::Small(i), n) else {
        return Err(index_error("pop index out of range"));
    };
    let b = as_bytes(a[0])[i];
    splice(a[0], i, i + 1, &[])?;
    Ok(int::from_i64(b as i64))
}

fn remove(a: &[Value]) -> PyResult<Obj> {
    let b = byte_item(a[1])?;
    match as_bytes(a[0]).iter().position(|&x| x == b) {
        Some(i) => splice(a[0], i, i + 1, &[]).map(|_| Obj::none()),
        None => Err(value_error("value not found in bytearray")),
    }
}

/// The contents of `bytearray(source, encoding, errors)`.
fn contents(args: &[Value], kw: &KwArgs) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] = parse_kw("bytearray", args, kw, ["source", "encoding", "errors"])?;
    match source {
        None if encoding.is_some() || errors.is_some() => {
            let which = if encoding.is_some() { "encoding" } else { "errors" };
            Err(type_error(format!("{which} without a string argument")))
        }
        None => Ok(Vec::new()),
        Some(x) if encoding.is_some() || errors.is_some() => bytes::encode_source(x, encoding, errors, "bytearray"),
        Some(x) => bytes::from_object(x, "bytearray"),
    }
}

fn bytearray_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    Ok(new(&contents(args.positional(), &args.kw())?))
}

/// `bytearray.__init__(source=b'', encoding=None, errors=None)`: empties
/// the array (BufferError when exported and not empty), then fills it.
pub fn init(v: Value, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    splice(v, 0, len(v), &[])?;
    let data = contents(args, kw)?;
    splice(v, 0, 0, &data)
}
