//! `bytes`: immutable byte strings, stored inline after the header.
//!
//! The methods it shares with `bytearray` are in `bytes_methods` and
//! `bytes_search`; this module has the layout, construction and the
//! protocol slots. Only `bytes` operands compare with `bytes`; comparing
//! with a `bytearray` or `memoryview` works through their reflected
//! comparisons, as in CPython.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{Slots, TypeObject, flags, type_name_of};
use crate::builtins::str_methods::parse_kw;
use crate::builtins::{buffer, int, list, slice, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, free_object};
use crate::protocol;

pub static mut BYTES_TYPE: TypeObject = TypeObject::builtin(
    "bytes",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_bytes,
    Slots {
        repr: Some(|v| Ok(pystr::new(&repr(as_bytes(v))))),
        hash: Some(bytes_hash),
        richcompare: Some(bytes_richcompare),
        len: Some(|v| Ok(as_bytes(v).len())),
        getitem: Some(bytes_getitem),
        contains: Some(contains),
        iter: Some(|v| Ok(list::new_seq_iterator(&raw mut BYTES_ITERATOR_TYPE, v))),
        number: Some(bytes_number),
        new: Some(bytes_new),
        ..Slots::EMPTY
    },
    crate::builtins::bytes_methods::BYTES_METHODS,
);

pub static mut BYTES_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "bytes_iterator",
    &raw mut OBJECT_TYPE,
    0,
    list::dealloc_seq_iterator,
    Slots {
        iter: Some(|v| Ok(Obj::from_borrowed(v))),
        next: Some(|it| Ok(list::seq_iterator_advance(it, |b, i| byte_value(as_bytes(b), i)))),
        ..Slots::EMPTY
    },
    &[],
);

/// The int for the byte at `i` of `data`, for iterators.
pub fn byte_value(data: &[u8], i: usize) -> Option<Value> {
    data.get(i).map(|&b| Value::from_small_int(b as i64))
}

#[repr(C)]
pub struct BytesObject {
    pub header: Header,
    pub hash: i64,
    pub len: usize,
}

unsafe fn dealloc_bytes(v: Value) {
    unsafe { free_object(v.as_ptr::<Header>()) }
}

pub fn new(data: &[u8]) -> Obj {
    let p = alloc_object(&raw mut BYTES_TYPE, std::mem::size_of::<BytesObject>() + data.len() + 1) as *mut BytesObject;
    // SAFETY: fresh allocation with room for the data.
    unsafe {
        (*p).hash = -1;
        (*p).len = data.len();
        std::ptr::copy_nonoverlapping(data.as_ptr(), (p as *mut u8).add(std::mem::size_of::<BytesObject>()), data.len());
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Bytes used by bytes object `v`: the struct, its data and a NUL.
pub fn var_size(v: Value) -> usize {
    std::mem::size_of::<BytesObject>() + as_bytes(v).len() + 1
}

/// An instance of bytes subclass `ty` holding `data`, followed by `extras`
/// bytes for the class's own fields (see `subtype`).
pub fn new_subtype(ty: *mut TypeObject, data: &[u8], extras: usize) -> Obj {
    let size = (std::mem::size_of::<BytesObject>() + data.len() + 1 + 7) / 8 * 8 + extras;
    let p = alloc_object(ty, size) as *mut BytesObject;
    // SAFETY: fresh allocation with room for the data and the extras.
    unsafe {
        (*p).hash = -1;
        (*p).len = data.len();
        std::ptr::copy_nonoverlapping(data.as_ptr(), (p as *mut u8).add(std::mem::size_of::<BytesObject>()), data.len());
    }
    Obj::from_owned(Value::from_ptr(p))
}

pub fn is_bytes(v: Value) -> bool {
    v.is_ptr() && crate::builtins::type_::is_subtype(crate::object::type_of(v), &raw mut BYTES_TYPE)
}

pub fn is_exact_bytes(v: Value) -> bool {
    crate::object::has_type(v, &raw mut BYTES_TYPE)
}

pub fn as_bytes<'a>(v: Value) -> &'a [u8] {
    // SAFETY: bytes objects hold `len` bytes after the struct.
    unsafe {
        let p = v.as_ptr::<BytesObject>();
        std::slice::from_raw_parts((p as *const u8).add(std::mem::size_of::<BytesObject>()), (*p).len)
    }
}

/// CPython's `repr(bytes)`: single quotes unless the data contains a
/// single quote and no double quote.
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

fn bytes_hash(v: Value) -> PyResult<i64> {
    // SAFETY: bytes object; the hash cache is the only mutable field.
    unsafe {
        let p = v.as_ptr::<BytesObject>();
        if (*p).hash == -1 {
            (*p).hash = crate::numfmt::hash_bytes(crate::modules::sys::hash_secret(), as_bytes(v));
        }
        Ok((*p).hash)
    }
}

fn bytes_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_bytes(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    Ok(Obj::from_bool(op.test(as_bytes(a).cmp(as_bytes(b)))))
}

fn bytes_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        let data = as_bytes(v);
        return match protocol::sequence_index(&i, data.len())? {
            Some(i) => Ok(int::from_i64(data[i] as i64)),
            None => Err(index_error("index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _, step, count) = slice::indices(key, as_bytes(v).len())?;
        if step == 1 && count == as_bytes(v).len() && is_exact_bytes(v) {
            return Ok(Obj::from_borrowed(v));
        }
        return Ok(new(&slice_of(as_bytes(v), start, step, count)));
    }
    if let Some(i) = protocol::index_key(key)? {
        return bytes_getitem(v, i.v());
    }
    Err(type_error(format!("byte indices must be integers or slices, not {}", type_name_of(key))))
}

/// The bytes a resolved slice selects.
pub fn slice_of(data: &[u8], start: isize, step: isize, count: usize) -> Vec<u8> {
    if step == 1 {
        return data[start as usize..start as usize + count].to_vec();
    }
    (0..count).map(|k| data[(start + k as isize * step) as usize]).collect()
}

/// `x in recv` for bytes and bytearray: an int (or `__index__`) in
/// range(256) or a bytes-like substring.
pub fn contains(recv: Value, x: Value) -> PyResult<bool> {
    let data = crate::builtins::bytes_methods::data;
    if let Some(b) = byte_arg(x)? {
        return Ok(data(recv).contains(&b));
    }
    let needle = buffer::require(x)?;
    Ok(crate::builtins::bytes_search::find_in(data(recv), &needle).is_some())
}

/// An int-like argument as a byte value: `Ok(None)` when `x` has no
/// `__index__`, ValueError when it is out of range.
pub fn byte_arg(x: Value) -> PyResult<Option<u8>> {
    match int_like(x)? {
        None => Ok(None),
        Some(n @ 0..=255) => Ok(Some(n as u8)),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
    }
}

/// The value of an int or `__index__` object, saturated to the i64 range
/// (enough to tell a byte from anything else); `Ok(None)` when `x` is not
/// int-like.
pub fn int_like(x: Value) -> PyResult<Option<i64>> {
    let saturate = |n: int::IntRef| match n {
        int::IntRef::Small(n) => n,
        r if r.is_negative() => i64::MIN,
        _ => i64::MAX,
    };
    if let Some(n) = int::view(x) {
        return Ok(Some(saturate(n)));
    }
    match protocol::index_key(x)? {
        Some(n) => Ok(int::view(n.v()).map(saturate)),
        None => Ok(None),
    }
}

fn bytes_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        // Only the left operand concatenates (CPython's `sq_concat`).
        BinaryOp::Add if is_bytes(a) => match buffer::view(b) {
            Ok(Some(other)) => {
                let mut all = Vec::with_capacity(as_bytes(a).len() + other.len());
                all.extend_from_slice(as_bytes(a));
                all.extend_from_slice(&other);
                Ok(new(&all))
            }
            // A released view fails the same way as a non-buffer.
            _ => Err(type_error(format!("can't concat {} to bytes", type_name_of(b)))),
        },
        BinaryOp::Mul => {
            let (s, n) = if is_bytes(a) { (a, b) } else { (b, a) };
            let Some(n) = int::view(n) else {
                return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
            };
            let count = protocol::repeat_count(&n, as_bytes(s).len())?;
            if count == 1 && is_exact_bytes(s) {
                return Ok(Obj::from_borrowed(s));
            }
            Ok(new(&as_bytes(s).repeat(count)))
        }
        BinaryOp::Mod if is_bytes(a) => Ok(new(&crate::format::percent::format_bytes(as_bytes(a), b)?)),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

fn bytes_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let [source, encoding, errors] = parse_kw("bytes", args.positional(), &args.kw(), ["source", "encoding", "errors"])?;
    let Some(x) = source else {
        if encoding.is_some() || errors.is_some() {
            let which = if encoding.is_some() { "encoding" } else { "errors" };
            return Err(type_error(format!("{which} without a string argument")));
        }
        return Ok(new(&[]));
    };
    if encoding.is_some() || errors.is_some() {
        return Ok(new(&encode_source(x, encoding, errors, "bytes")?));
    }
    if let Some(r) = protocol::call_special(x, "__bytes__", &[])? {
        if !is_bytes(r.v()) {
            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name_of(r.v()))));
        }
        return Ok(r);
    }
    if is_exact_bytes(x) {
        return Ok(Obj::from_borrowed(x));
    }
    Ok(new(&from_object(x, "bytes")?))
}

/// The source `x` of `bytes()` and `bytearray()` given with `encoding`
/// and/or `errors`: a str encoded with them (with CPython's errors for
/// the combinations that make no sense).
pub fn encode_source(x: Value, encoding: Option<Value>, errors: Option<Value>, caller: &str) -> PyResult<Vec<u8>> {
    match (pystr::is_str(x), encoding.is_some()) {
        (true, true) => crate::codecs::glue::encode_str(x, encoding, errors, caller),
        (true, false) => Err(type_error("string argument without an encoding")),
        (false, true) => Err(type_error("encoding without a string argument")),
        (false, false) => Err(type_error("errors without a string argument")),
    }
}

/// The contents `bytes(x)` and `bytearray(x)` make from a source other
/// than an encoded str: a count of zero bytes, a bytes-like object's
/// bytes, or an iterable of ints in range(256). `kind` names the type in
/// errors.
pub fn from_object(x: Value, kind: &str) -> PyResult<Vec<u8>> {
    if pystr::is_str(x) {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(n) = int::view(x) {
        return zeros(&n);
    }
    if let Some(n) = protocol::index_key(x)? {
        return zeros(&int::view(n.v()).expect("__index__ returned an int"));
    }
    if let Some(data) = buffer::view(x)? {
        return Ok(data.into_owned());
    }
    if crate::object::type_slots(x).iter.is_none() && crate::object::type_slots(x).getitem.is_none() {
        return Err(type_error(format!("cannot convert '{}' object to {kind}", type_name_of(x))));
    }
    let items = protocol::collect(x)?;
    let mut out = Vec::with_capacity(items.len());
    let range_error = if kind == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" };
    for item in items {
        match int_like(item.v())? {
            Some(b @ 0..=255) => out.push(b as u8),
            Some(_) => return Err(value_error(range_error)),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(item.v())
                )));
            }
        }
    }
    Ok(out)
}

/// `n` zero bytes for `bytes(n)`.
fn zeros(n: &int::IntRef) -> PyResult<Vec<u8>> {
    match n {
        int::IntRef::Small(n) if *n < 0 => Err(value_error("negative count")),
        int::IntRef::Small(n) if *n as u64 <= crate::object::MAX_ALLOC as u64 => Ok(vec![0u8; *n as usize]),
        int::IntRef::Small(_) => Err(crate::error::memory_error()),
        r if r.is_negative() => Err(value_error("negative count")),
        _ => Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}
