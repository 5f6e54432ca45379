//! `bytes`: immutable byte strings, stored inline after the header.
//!
//! Only the core is here (literals, repr, comparison, hashing, indexing,
//! iteration, concatenation and UTF-8/ASCII/Latin-1 codecs); the full method
//! set is listed as missing in docs/STATUS.md.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{MethodDef, Slots, TypeObject, flags, type_name_of};
use crate::builtins::{int, list, slice, str as pystr};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, index_error, type_error};
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
        contains: Some(bytes_contains),
        iter: Some(bytes_iter),
        number: Some(bytes_number),
        new: Some(bytes_new),
        ..Slots::EMPTY
    },
    &[MethodDef::keywords("decode", bytes_decode), MethodDef::positional("hex", |a| Ok(pystr::new(&hex(as_bytes(a[0])))), 0, 0)],
);

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

pub fn as_bytes<'a>(v: Value) -> &'a [u8] {
    // SAFETY: bytes objects hold `len` bytes after the struct.
    unsafe {
        let p = v.as_ptr::<BytesObject>();
        std::slice::from_raw_parts((p as *const u8).add(std::mem::size_of::<BytesObject>()), (*p).len)
    }
}

/// CPython's `repr(bytes)`.
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
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

fn hex(data: &[u8]) -> String {
    data.iter().map(|b| format!("{b:02x}")).collect()
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
    let data = as_bytes(v);
    if let Some(i) = int::view(key) {
        return match protocol::sequence_index(&i, data.len())? {
            Some(i) => Ok(int::from_i64(data[i] as i64)),
            None => Err(index_error("index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _, step, count) = slice::indices(key, data.len())?;
        let picked: Vec<u8> = (0..count).map(|k| data[(start + k as isize * step) as usize]).collect();
        return Ok(new(&picked));
    }
    if let Some(i) = crate::protocol::index_key(key)? {
        return bytes_getitem(v, i.v());
    }
    Err(type_error(format!("byte indices must be integers or slices, not {}", type_name_of(key))))
}

fn bytes_contains(v: Value, x: Value) -> PyResult<bool> {
    let data = as_bytes(v);
    if let Some(i) = int::to_i64(x) {
        if !(0..256).contains(&i) {
            return Err(crate::error::value_error("byte must be in range(0, 256)"));
        }
        return Ok(data.contains(&(i as u8)));
    }
    if is_bytes(x) {
        let needle = as_bytes(x);
        return Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle));
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", type_name_of(x))))
}

fn bytes_iter(v: Value) -> PyResult<Obj> {
    let items: Vec<Obj> = as_bytes(v).iter().map(|&b| int::from_i64(b as i64)).collect();
    let l = list::from_vec(items);
    protocol::iter(l.v())
}

fn bytes_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        BinaryOp::Add if is_bytes(a) && is_bytes(b) => {
            let mut all = as_bytes(a).to_vec();
            all.extend_from_slice(as_bytes(b));
            Ok(new(&all))
        }
        BinaryOp::Add if is_bytes(a) => {
            Err(type_error(format!("can't concat {} to bytes", type_name_of(b))))
        }
        BinaryOp::Mul => {
            let (s, n) = if is_bytes(a) { (a, b) } else { (b, a) };
            let Some(n) = int::view(n) else {
                return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
            };
            let count = protocol::repeat_count(&n, as_bytes(s).len())?;
            Ok(new(&as_bytes(s).repeat(count)))
        }
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

fn bytes_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let params = args.parse("bytes", &["source", "encoding", "errors"], 0)?;
    match params.as_slice() {
        [None, _, _] => Ok(new(&[])),
        [Some(s), None, None] => {
            if pystr::is_str(*s) {
                return Err(type_error("string argument without an encoding"));
            }
            if is_bytes(*s) {
                return Ok(Obj::from_borrowed(*s));
            }
            if let Some(n) = int::to_i64(*s) {
                if n < 0 {
                    return Err(crate::error::value_error("negative count"));
                }
                return Ok(new(&vec![0u8; n as usize]));
            }
            let mut out = Vec::new();
            for item in protocol::collect(*s)? {
                match int::to_i64(item.v()) {
                    Some(b @ 0..=255) => out.push(b as u8),
                    Some(_) => return Err(crate::error::value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name_of(item.v())
                        )));
                    }
                }
            }
            Ok(new(&out))
        }
        [Some(s), encoding, errors] => crate::builtins::str_encode::encode(*s, *encoding, *errors),
        _ => Err(type_error("bytes() argument error")),
    }
}

fn codec_name(encoding: Option<Value>) -> PyResult<String> {
    match encoding {
        None => Ok("utf-8".to_string()),
        Some(e) if pystr::is_str(e) => Ok(pystr::as_str(e).to_ascii_lowercase().replace('_', "-")),
        Some(e) => Err(type_error(format!("encode() argument 'encoding' must be str, not {}", type_name_of(e)))),
    }
}

/// The `UnicodeDecodeError` for invalid UTF-8: the bad range is the
/// maximal invalid prefix, or the rest of the data when it ends early, as
/// CPython's decoder reports.
fn utf8_decode_error(data: &[u8], e: std::str::Utf8Error) -> crate::error::Raised {
    let start = e.valid_up_to();
    let (end, reason) = match e.error_len() {
        None => (data.len(), "unexpected end of data"),
        Some(n) => {
            let lead = data[start];
            let bad_lead = !(0xc2..=0xf4).contains(&lead);
            (start + n, if bad_lead { "invalid start byte" } else { "invalid continuation byte" })
        }
    };
    crate::builtins::exceptions::unicode_decode_error("utf-8", data, start, end, reason)
}

/// `bytes.decode(encoding, errors)` / `str(bytes, encoding)`.
pub fn decode_value(b: Value, encoding: Option<Value>, errors: Option<Value>) -> PyResult<Obj> {
    if pystr::is_str(b) {
        return Err(type_error("decoding str is not supported"));
    }
    if !is_bytes(b) {
        return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", type_name_of(b))));
    }
    let data = as_bytes(b);
    let replace = errors.is_some_and(|e| pystr::is_str(e) && pystr::as_str(e) == "replace");
    let ignore = errors.is_some_and(|e| pystr::is_str(e) && pystr::as_str(e) == "ignore");
    match codec_name(encoding)?.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(pystr::new(s)),
            Err(_) if replace => Ok(pystr::new(&String::from_utf8_lossy(data))),
            Err(_) if ignore => {
                let s: String = String::from_utf8_lossy(data).chars().filter(|&c| c != '\u{fffd}').collect();
                Ok(pystr::new(&s))
            }
            Err(e) => Err(utf8_decode_error(data, e)),
        },
        "ascii" => {
            if let Some(pos) = data.iter().position(|&b| b >= 0x80) {
                if !replace && !ignore {
                    return Err(crate::builtins::exceptions::unicode_decode_error(
                        "ascii",
                        data,
                        pos,
                        pos + 1,
                        "ordinal not in range(128)",
                    ));
                }
            }
            let s: String = data
                .iter()
                .filter_map(|&b| if b < 0x80 { Some(b as char) } else if replace { Some('\u{fffd}') } else { None })
                .collect();
            Ok(pystr::new(&s))
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(pystr::new(&data.iter().map(|&b| b as char).collect::<String>())),
        other => Err(crate::error::lookup_error(format!("unknown encoding: {other}"))),
    }
}

fn bytes_decode(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let params = crate::call::parse_native("decode", a, kw, &["self", "encoding", "errors"], 1)?;
    decode_value(a[0], params[1], params[2])
}
