//! The methods `bytes` and `bytearray` share (CPython's
//! `bytes_methods.c`), declared once by [`byte_string_methods!`] and
//! listed in both types' tables, plus the ones that neither search nor
//! split (those are in `bytes_search`): joining, ASCII case conversion,
//! the `is*` predicates, padding, tab expansion, hex conversion,
//! translation and decoding.
//!
//! A method called on a bytes object returns bytes and one called on a
//! bytearray returns a new bytearray ([`result_like`]); a bytes method
//! that changes nothing returns the receiver itself when it is exactly
//! `bytes`, as CPython does.

use std::borrow::Cow;

use molt_abi::Value;

use crate::builtins::bytes_search as search;
use crate::builtins::str_methods::{clinic_type_name, parse_kw};
use crate::builtins::type_::{MethodDef, TypeObject, type_name_of};
use crate::builtins::{buffer, bytearray, bytes, int, str as pystr, tuple};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

/// The method table of a byte string type: the shared methods, then
/// `$extra`.
macro_rules! byte_string_methods {
    ($($extra:expr),* $(,)?) => {{
        use $crate::builtins::bytes_methods as m;
        use $crate::builtins::bytes_search as search;
        use $crate::builtins::type_::MethodDef;
        use $crate::object::Obj;
        &[
            MethodDef::keywords("decode", $crate::codecs::glue::decode_method),
            MethodDef::positional("join", m::join, 1, 1),
            MethodDef::keywords("split", |a, kw| search::split(a, kw, false)),
            MethodDef::keywords("rsplit", |a, kw| search::split(a, kw, true)),
            MethodDef::positional("strip", |a| search::strip(a, true, true), 0, 1),
            MethodDef::positional("lstrip", |a| search::strip(a, true, false), 0, 1),
            MethodDef::positional("rstrip", |a| search::strip(a, false, true), 0, 1),
            MethodDef::positional("replace", search::replace, 2, 3),
            MethodDef::keywords("startswith", |a, kw| search::affix(a, kw, true)),
            MethodDef::keywords("endswith", |a, kw| search::affix(a, kw, false)),
            MethodDef::keywords("find", |a, kw| search::find(a, kw, "find", false, false)),
            MethodDef::keywords("rfind", |a, kw| search::find(a, kw, "rfind", true, false)),
            MethodDef::keywords("index", |a, kw| search::find(a, kw, "index", false, true)),
            MethodDef::keywords("rindex", |a, kw| search::find(a, kw, "rindex", true, true)),
            MethodDef::keywords("count", search::count),
            MethodDef::positional("partition", |a| search::partition(a, false), 1, 1),
            MethodDef::positional("rpartition", |a| search::partition(a, true), 1, 1),
            MethodDef::keywords("splitlines", search::splitlines),
            MethodDef::positional("upper", |a| m::map_bytes(a, |b| b.to_ascii_uppercase()), 0, 0),
            MethodDef::positional("lower", |a| m::map_bytes(a, |b| b.to_ascii_lowercase()), 0, 0),
            MethodDef::positional("swapcase", |a| m::map_bytes(a, m::swap_case), 0, 0),
            MethodDef::positional("capitalize", m::capitalize, 0, 0),
            MethodDef::positional("title", m::title, 0, 0),
            MethodDef::positional("isalpha", |a| m::all_bytes(a, u8::is_ascii_alphabetic), 0, 0),
            MethodDef::positional("isalnum", |a| m::all_bytes(a, u8::is_ascii_alphanumeric), 0, 0),
            MethodDef::positional("isdigit", |a| m::all_bytes(a, u8::is_ascii_digit), 0, 0),
            MethodDef::positional("isspace", |a| m::all_bytes(a, |b| search::is_space(*b)), 0, 0),
            MethodDef::positional("isascii", |a| Ok(Obj::from_bool(m::data(a[0]).is_ascii())), 0, 0),
            MethodDef::positional("isupper", |a| Ok(Obj::from_bool(m::cased_as(m::data(a[0]), true))), 0, 0),
            MethodDef::positional("islower", |a| Ok(Obj::from_bool(m::cased_as(m::data(a[0]), false))), 0, 0),
            MethodDef::positional("istitle", |a| Ok(Obj::from_bool(m::is_title(m::data(a[0])))), 0, 0),
            MethodDef::positional("center", |a| m::pad(a, "center", m::Align::Center), 1, 2),
            MethodDef::positional("ljust", |a| m::pad(a, "ljust", m::Align::Left), 1, 2),
            MethodDef::positional("rjust", |a| m::pad(a, "rjust", m::Align::Right), 1, 2),
            MethodDef::positional("zfill", m::zfill, 1, 1),
            MethodDef::keywords("expandtabs", m::expandtabs),
            MethodDef::positional("removeprefix", |a| m::remove_affix(a, true), 1, 1),
            MethodDef::positional("removesuffix", |a| m::remove_affix(a, false), 1, 1),
            MethodDef::keywords("hex", m::hex_method),
            MethodDef::positional("fromhex", m::fromhex, 1, 1).class(),
            MethodDef::keywords("translate", m::translate),
            MethodDef::positional("maketrans", m::maketrans, 2, 2).static_(),
            $($extra),*
        ]
    }};
}
pub(crate) use byte_string_methods;

pub const BYTES_METHODS: &[MethodDef] = byte_string_methods![
    MethodDef::positional("__bytes__", |a| Ok(unchanged(a[0])), 0, 0),
    MethodDef::positional("__getnewargs__", |a| Ok(tuple::from_vec(vec![bytes::new(data(a[0]))])), 0, 0),
    MethodDef::positional("__sizeof__", |a| Ok(int::from_i64(33 + data(a[0]).len() as i64)), 0, 0),
];

/// The bytes of a method's receiver (a bytes or bytearray object).
pub fn data<'a>(recv: Value) -> &'a [u8] {
    if bytearray::is_bytearray(recv) { bytearray::as_bytes(recv) } else { bytes::as_bytes(recv) }
}

/// The type name of the receiver's kind, for error messages.
pub fn kind(recv: Value) -> &'static str {
    if bytearray::is_bytearray(recv) { "bytearray" } else { "bytes" }
}

/// A result of the receiver's kind holding `content`.
pub fn result_like(recv: Value, content: &[u8]) -> Obj {
    if bytearray::is_bytearray(recv) { bytearray::new(content) } else { bytes::new(content) }
}

/// The result when a method changes nothing: an exact bytes receiver
/// itself, else a copy of its kind.
pub fn unchanged(recv: Value) -> Obj {
    if bytes::is_exact_bytes(recv) { Obj::from_borrowed(recv) } else { result_like(recv, data(recv)) }
}

/// `sep.join(iterable)`: every item must be bytes-like.
pub(crate) fn join(a: &[Value]) -> PyResult<Obj> {
    let it = match protocol::iter(a[1]) {
        Ok(it) => it,
        Err(e) => {
            if crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR) {
                return Err(type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut items = Vec::new();
    while let Some(item) = protocol::next(it.v())? {
        items.push(item);
    }
    if let [item] = &items[..] {
        if bytes::is_exact_bytes(item.v()) && bytes::is_bytes(a[0]) {
            return Ok(item.clone());
        }
    }
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = buffer::view(item.v())? else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name_of(item.v())
            )));
        };
        if i > 0 {
            out.extend_from_slice(data(a[0]));
        }
        out.extend_from_slice(&part);
    }
    Ok(result_like(a[0], &out))
}

/// A byte-by-byte conversion (`upper`, `lower`, `swapcase`).
pub(crate) fn map_bytes(a: &[Value], f: fn(u8) -> u8) -> PyResult<Obj> {
    let out: Vec<u8> = data(a[0]).iter().map(|&b| f(b)).collect();
    Ok(result_like(a[0], &out))
}

pub(crate) fn swap_case(b: u8) -> u8 {
    if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }
}

/// `capitalize()`: the first byte upper case, the rest lower case.
pub(crate) fn capitalize(a: &[Value]) -> PyResult<Obj> {
    let out: Vec<u8> =
        data(a[0]).iter().enumerate().map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect();
    Ok(result_like(a[0], &out))
}

/// `title()`: a letter after a cased letter is lower case, any other
/// letter upper case.
pub(crate) fn title(a: &[Value]) -> PyResult<Obj> {
    let mut previous_cased = false;
    let out: Vec<u8> = data(a[0])
        .iter()
        .map(|&b| {
            let out = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            previous_cased = b.is_ascii_alphabetic();
            out
        })
        .collect();
    Ok(result_like(a[0], &out))
}

/// A predicate true when the data is non-empty and every byte passes.
pub(crate) fn all_bytes(a: &[Value], f: fn(&u8) -> bool) -> PyResult<Obj> {
    let s = data(a[0]);
    Ok(Obj::from_bool(!s.is_empty() && s.iter().all(f)))
}

/// `isupper()` (`upper`) / `islower()`: some cased byte, none of the
/// other case.
pub(crate) fn cased_as(s: &[u8], upper: bool) -> bool {
    let has_upper = s.iter().any(u8::is_ascii_uppercase);
    let has_lower = s.iter().any(u8::is_ascii_lowercase);
    if upper { has_upper && !has_lower } else { has_lower && !has_upper }
}

/// `istitle()`: cased runs start upper case and continue lower case, and
/// there is at least one cased byte.
pub(crate) fn is_title(s: &[u8]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for b in s {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            (cased, previous_cased) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            (cased, previous_cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    cased
}

pub(crate) enum Align {
    Left,
    Right,
    Center,
}

/// `center`/`ljust`/`rjust(width, fillchar=b' ', /)`.
pub(crate) fn pad(a: &[Value], name: &str, align: Align) -> PyResult<Obj> {
    let width = protocol::index_value(a[1])?;
    let fill = match a.get(2) {
        None => b' ',
        Some(&f) => match fill_byte(f) {
            Some(b) => b,
            None => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    clinic_type_name(f)
                )));
            }
        },
    };
    let s = data(a[0]);
    let n = s.len() as i64;
    if width <= n {
        return Ok(unchanged(a[0]));
    }
    let total = (width - n) as usize;
    let (left, right) = match align {
        Align::Left => (0, total),
        Align::Right => (total, 0),
        // The extra byte goes on the right, except when both the padding
        // and the width are odd (as for str).
        Align::Center => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = Vec::with_capacity(s.len() + total);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(result_like(a[0], &out))
}

/// A fill character: a bytes or bytearray object of length one.
fn fill_byte(f: Value) -> Option<u8> {
    let s = if bytes::is_bytes(f) {
        bytes::as_bytes(f)
    } else if bytearray::is_bytearray(f) {
        bytearray::as_bytes(f)
    } else {
        return None;
    };
    if let [b] = s { Some(*b) } else { None }
}

/// `zfill(width, /)`: zeros on the left, after a leading sign.
pub(crate) fn zfill(a: &[Value]) -> PyResult<Obj> {
    let width = protocol::index_value(a[1])?;
    let s = data(a[0]);
    let n = s.len() as i64;
    if width <= n {
        return Ok(unchanged(a[0]));
    }
    let mut out = Vec::with_capacity(width as usize);
    let rest = match s.first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n(b'0', (width - n) as usize));
    out.extend_from_slice(rest);
    Ok(result_like(a[0], &out))
}

/// `expandtabs(tabsize=8)`, with columns counted from each `\n` or `\r`.
pub(crate) fn expandtabs(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [tabsize] = parse_kw("expandtabs", &a[1..], kw, ["tabsize"])?;
    let size = match tabsize {
        Some(v) => protocol::index_value(v)?,
        None => 8,
    };
    let s = data(a[0]);
    let mut out = Vec::with_capacity(s.len());
    let mut column = 0i64;
    for &b in s {
        match b {
            b'\t' if size > 0 => {
                let n = size - column % size;
                if out.len() as u64 + n as u64 > crate::object::MAX_ALLOC as u64 {
                    return Err(crate::error::overflow_error("result too long"));
                }
                out.extend(std::iter::repeat_n(b' ', n as usize));
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(result_like(a[0], &out))
}

/// `removeprefix(prefix, /)` / `removesuffix(suffix, /)`.
pub(crate) fn remove_affix(a: &[Value], prefix: bool) -> PyResult<Obj> {
    let affix = buffer::require(a[1])?;
    let s = data(a[0]);
    let rest = if prefix { s.strip_prefix(&affix[..]) } else { s.strip_suffix(&affix[..]) };
    match rest {
        Some(rest) if !affix.is_empty() => Ok(result_like(a[0], rest)),
        _ => Ok(unchanged(a[0])),
    }
}

/// `hex(sep=<none>, bytes_per_sep=1)` (also memoryview's).
pub fn hex_method(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [sep, per] = parse_kw("hex", &a[1..], kw, ["sep", "bytes_per_sep"])?;
    let content = buffer::require(a[0])?.into_owned();
    Ok(pystr::new_ascii(&hex(&content, sep, per)?))
}

/// Hex digits of `data`, with a one-character separator every
/// `bytes_per_sep` bytes: counted from the right when positive, from the
/// left when negative.
pub fn hex(data: &[u8], sep: Option<Value>, bytes_per_sep: Option<Value>) -> PyResult<String> {
    let per = match bytes_per_sep {
        Some(v) => protocol::index_value(v)?,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            if protocol::len(s)? != 1 {
                return Err(value_error("sep must be length 1."));
            }
            let c = if pystr::is_str(s) {
                pystr::char_at(s, 0) as u32
            } else {
                match buffer::view(s)? {
                    Some(b) => b[0] as u32,
                    None => return Err(type_error(format!("sep must be str or bytes, not {}", type_name_of(s)))),
                }
            };
            if c >= 0x80 {
                return Err(value_error("sep must be ASCII."));
            }
            Some(c as u8 as char)
        }
    };
    let mut out = String::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(sep) = sep.filter(|_| i > 0 && group > 0) {
            // Separators fall between groups counted from the right end
            // (positive) or from the left (negative).
            let boundary = if per > 0 { (data.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(out)
}

/// `fromhex(string, /)` (a class method): pairs of hex digits, with ASCII
/// whitespace allowed between pairs. A subclass gets `cls(result)`.
pub(crate) fn fromhex(a: &[Value]) -> PyResult<Obj> {
    let (cls, s) = (a[0], a[1]);
    if !pystr::is_str(s) {
        return Err(type_error(format!("fromhex() argument must be str, not {}", type_name_of(s))));
    }
    let text = pystr::as_str(s);
    let invalid = |pos: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos}"));
    if !text.is_ascii() {
        let pos = text.chars().position(|c| !c.is_ascii()).unwrap_or(0);
        return Err(invalid(pos));
    }
    let digits = text.as_bytes();
    let mut out = Vec::with_capacity(digits.len() / 2);
    let mut i = 0;
    while i < digits.len() {
        if search::is_space(digits[i]) {
            i += 1;
            continue;
        }
        let digit = |at: usize| digits.get(at).and_then(|&c| (c as char).to_digit(16));
        let top = digit(i).ok_or_else(|| invalid(i))?;
        let bottom = digit(i + 1).ok_or_else(|| invalid(i + 1))?;
        out.push((top * 16 + bottom) as u8);
        i += 2;
    }
    let ty = cls.as_ptr::<TypeObject>();
    if ty == &raw mut bytes::BYTES_TYPE {
        return Ok(bytes::new(&out));
    }
    if ty == &raw mut bytearray::BYTEARRAY_TYPE {
        return Ok(bytearray::new(&out));
    }
    let exact = if crate::builtins::type_::is_subtype(ty, &raw mut bytearray::BYTEARRAY_TYPE) {
        bytearray::new(&out)
    } else {
        bytes::new(&out)
    };
    crate::call::call_positional(cls, &[exact.v()])
}

/// `translate(table, /, delete=b'')`: `table` is None or 256 bytes.
pub(crate) fn translate(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    if a.len() < 2 {
        return Err(type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let [table, delete] = parse_kw("translate", &a[1..], kw, ["", "delete"])?;
    let table = match table.filter(|t| !t.is_none()) {
        None => None,
        Some(t) => {
            let t = buffer::require(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete: Cow<[u8]> = match delete {
        Some(d) => buffer::require(d)?,
        None => Cow::Borrowed(&[]),
    };
    let s = data(a[0]);
    let mut out = Vec::with_capacity(s.len());
    for &b in s {
        if !delete.contains(&b) {
            out.push(table.as_ref().map_or(b, |t| t[b as usize]));
        }
    }
    if out == s {
        return Ok(unchanged(a[0]));
    }
    Ok(result_like(a[0], &out))
}

/// `bytes.maketrans(frm, to, /)` (a static method): the identity table
/// with `frm[i]` mapped to `to[i]`.
pub(crate) fn maketrans(a: &[Value]) -> PyResult<Obj> {
    let from = buffer::require(a[0])?;
    let to = buffer::require(a[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(bytes::new(&table))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_rules() {
        assert!(is_title(b"Ab Cd"));
        assert!(!is_title(b"AB"));
        assert!(!is_title(b""));
        assert!(!is_title(b"A1b"));
        assert!(cased_as(b"AB1", true) && !cased_as(b"1", true) && cased_as(b"ab1", false));
    }
}
