//! `str`: immutable Unicode text.
//!
//! Text is stored as UTF-8 right after the header, with its length in code
//! points cached, so printing and most methods work on bytes directly and
//! indexing pure-ASCII text is O(1). The `SURROGATES` flag reserves room for
//! lone surrogates (stored WTF-8 style); nothing creates such strings yet.
//!
//! The hash is CPython's: SipHash-1-3 over the text's PEP 393 form (1, 2 or
//! 4 bytes per code point), so dict and set orders match CPython's.

use std::cell::RefCell;
use std::collections::HashMap;

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{Slots, TypeObject, flags, type_name_of};
use crate::builtins::{int, slice};
use crate::call::Args;
use crate::error::{PyResult, index_error, type_error};
use crate::object::{Header, Obj, alloc_object, free_object, has_type, make_immortal, type_of};

pub static mut STR_TYPE: TypeObject = TypeObject::builtin(
    "str",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::STR_SUBCLASS,
    dealloc_str,
    Slots {
        repr: Some(str_repr_slot),
        str: Some(str_str),
        hash: Some(str_hash),
        richcompare: Some(str_richcompare),
        len: Some(|v| Ok(char_len(v))),
        getitem: Some(str_getitem),
        contains: Some(str_contains),
        iter: Some(str_iter),
        number: Some(str_number),
        new: Some(str_new),
        ..Slots::EMPTY
    },
    crate::builtins::str_methods::STR_METHODS,
);

pub static mut STR_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "str_ascii_iterator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_iterator,
    Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some(iterator_next), ..Slots::EMPTY },
    &[],
);

/// Flag: every byte is ASCII, so byte and code point indices agree.
const ASCII: u32 = 1;
/// Flag: interned (immortal, unique per text).
const INTERNED: u32 = 2;

#[repr(C)]
pub struct StrObject {
    pub header: Header,
    /// Cached hash, -1 until computed.
    pub hash: i64,
    /// Length in code points.
    pub len: usize,
    /// Length in bytes of the UTF-8 text that follows the struct.
    pub nbytes: usize,
    pub flags: u32,
}

unsafe fn dealloc_str(v: Value) {
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// A new str holding `s`.
pub fn new(s: &str) -> Obj {
    if s.is_empty() {
        return empty();
    }
    let size = std::mem::size_of::<StrObject>() + s.len() + 1;
    let p = alloc_object(&raw mut STR_TYPE, size) as *mut StrObject;
    let ascii = s.is_ascii();
    // SAFETY: fresh allocation with room for the text after the struct.
    unsafe {
        (*p).hash = -1;
        (*p).len = if ascii { s.len() } else { s.chars().count() };
        (*p).nbytes = s.len();
        (*p).flags = if ascii { ASCII } else { 0 };
        std::ptr::copy_nonoverlapping(s.as_ptr(), (p as *mut u8).add(std::mem::size_of::<StrObject>()), s.len());
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Bytes used by str `v`: the struct and its text.
pub fn var_size(v: Value) -> usize {
    // SAFETY: str object.
    std::mem::size_of::<StrObject>() + unsafe { (*v.as_ptr::<StrObject>()).nbytes } + 1
}

/// An instance of str subclass `ty` with the text of str `v`, followed by
/// `extras` bytes for the class's own fields (see `subtype`).
pub fn new_subtype(ty: *mut TypeObject, v: Value, extras: usize) -> Obj {
    let text = as_str(v);
    let size = (var_size(v) + 7) / 8 * 8 + extras;
    let p = alloc_object(ty, size) as *mut StrObject;
    // SAFETY: fresh allocation with room for the text and the extras.
    unsafe {
        let src = &*v.as_ptr::<StrObject>();
        (*p).hash = -1;
        (*p).len = src.len;
        (*p).nbytes = src.nbytes;
        (*p).flags = src.flags & ASCII;
        std::ptr::copy_nonoverlapping(text.as_ptr(), (p as *mut u8).add(std::mem::size_of::<StrObject>()), text.len());
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// The empty string (interned).
pub fn empty() -> Obj {
    intern("")
}

thread_local! {
    static INTERNED_STRINGS: RefCell<HashMap<Box<str>, Value>> = RefCell::new(HashMap::new());
}

/// Whether `v` is an interned str (immortal, unique per text).
#[inline]
pub fn is_interned(v: Value) -> bool {
    // SAFETY: checked to be a str first.
    is_exact_str(v) && unsafe { (*v.as_ptr::<StrObject>()).flags & INTERNED != 0 }
}

/// Recently interned texts by address: the runtime interns the same
/// literal names (`"__init__"`, ...) over and over, and comparing a short
/// text is far cheaper than hashing it for the table. Single-threaded
/// (see `type_cache`).
static mut RECENT: [(usize, Value); 256] = [(0, Value::NULL); 256];

/// The unique immortal str for `s`; used for names and constants.
pub fn intern(s: &str) -> Obj {
    let addr = s.as_ptr() as usize;
    let slot = ((addr >> 3) ^ s.len()) & 255;
    // SAFETY: single-threaded access; cached values are immortal strs.
    let (cached_addr, cached) = unsafe { (*(&raw const RECENT))[slot] };
    if cached_addr == addr && !cached.is_null() && as_str(cached) == s {
        return Obj::from_owned(cached);
    }
    let found = INTERNED_STRINGS.with(|t| t.borrow().get(s).copied());
    if let Some(v) = found {
        // SAFETY: as above.
        unsafe { (*(&raw mut RECENT))[slot] = (addr, v) };
        return Obj::from_owned(v);
    }
    let v = if s.is_empty() {
        let size = std::mem::size_of::<StrObject>() + 1;
        let p = alloc_object(&raw mut STR_TYPE, size) as *mut StrObject;
        // SAFETY: fresh allocation.
        unsafe {
            (*p).hash = -1;
            (*p).flags = ASCII;
        }
        Value::from_ptr(p)
    } else {
        new(s).into_raw()
    };
    make_immortal(v);
    // SAFETY: `v` is a str we just created.
    unsafe { (*v.as_ptr::<StrObject>()).flags |= INTERNED };
    INTERNED_STRINGS.with(|t| t.borrow_mut().insert(s.into(), v));
    Obj::from_owned(v)
}

/// Interns an existing str value (returns the canonical object).
pub fn intern_value(v: Value) -> Obj {
    if is_exact_str(v) && unsafe { (*v.as_ptr::<StrObject>()).flags } & INTERNED != 0 {
        return Obj::from_owned(v);
    }
    intern(as_str(v))
}

#[inline]
pub fn is_str(v: Value) -> bool {
    // SAFETY: live type object.
    v.is_ptr() && unsafe { (*type_of(v)).flags & flags::STR_SUBCLASS != 0 }
}

#[inline]
pub fn is_exact_str(v: Value) -> bool {
    has_type(v, &raw mut STR_TYPE)
}

/// The text of a str value. The reference lives as long as the object.
#[inline]
pub fn as_str<'a>(v: Value) -> &'a str {
    // SAFETY: str objects hold valid UTF-8 of `nbytes` bytes after the struct
    // and are immutable.
    unsafe {
        let p = v.as_ptr::<StrObject>();
        let data = (p as *const u8).add(std::mem::size_of::<StrObject>());
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(data, (*p).nbytes))
    }
}

/// Length in code points.
#[inline]
pub fn char_len(v: Value) -> usize {
    // SAFETY: str object.
    unsafe { (*v.as_ptr::<StrObject>()).len }
}

#[inline]
fn is_ascii(v: Value) -> bool {
    // SAFETY: str object.
    unsafe { (*v.as_ptr::<StrObject>()).flags & ASCII != 0 }
}

/// The cached hash of a str, computing it on first use.
pub fn hash_of(v: Value) -> i64 {
    // SAFETY: str object; the hash cache is the only mutable field.
    unsafe {
        let p = v.as_ptr::<StrObject>();
        if (*p).hash == -1 {
            (*p).hash = crate::numfmt::hash_str(crate::modules::sys::hash_secret(), as_str(v));
        }
        (*p).hash
    }
}

fn str_hash(v: Value) -> PyResult<i64> {
    Ok(hash_of(v))
}

/// Equality of two str values (identity, then length, then bytes).
#[inline]
pub fn eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    // SAFETY: both are str objects.
    unsafe {
        let (pa, pb) = (a.as_ptr::<StrObject>(), b.as_ptr::<StrObject>());
        if (*pa).nbytes != (*pb).nbytes {
            return false;
        }
        if (*pa).hash != -1 && (*pb).hash != -1 && (*pa).hash != (*pb).hash {
            return false;
        }
    }
    as_str(a) == as_str(b)
}

fn str_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_str(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let result = match op {
        CompareOp::Eq => eq(a, b),
        CompareOp::Ne => !eq(a, b),
        // UTF-8 byte order is code point order.
        _ => op.test(as_str(a).as_bytes().cmp(as_str(b).as_bytes())),
    };
    Ok(Obj::from_bool(result))
}

fn str_str(v: Value) -> PyResult<Obj> {
    if is_exact_str(v) { Ok(Obj::from_borrowed(v)) } else { Ok(new(as_str(v))) }
}

fn str_repr_slot(v: Value) -> PyResult<Obj> {
    Ok(new(&repr(as_str(v))))
}

/// CPython's `repr(str)`: single quotes unless the text contains a single
/// quote and no double quote; escapes for backslash, the quote, `\t\n\r`,
/// and non-printable characters.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as CPython picks by size.
pub fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n < 0x100 {
        out.push_str(&format!("\\x{n:02x}"));
    } else if n < 0x10000 {
        out.push_str(&format!("\\u{n:04x}"));
    } else {
        out.push_str(&format!("\\U{n:08x}"));
    }
}

/// Unicode printability as `str.isprintable` defines it.
pub fn is_printable(c: char) -> bool {
    if (c as u32) < 0x7f {
        return c >= ' ';
    }
    crate::unicode_printable::is_printable(c)
}

/// Byte offset of code point `index` (which must be <= len).
pub fn byte_offset(v: Value, index: usize) -> usize {
    if is_ascii(v) {
        return index;
    }
    let s = as_str(v);
    s.char_indices().nth(index).map_or(s.len(), |(i, _)| i)
}

/// The code point at `index` (in range).
pub fn char_at(v: Value, index: usize) -> char {
    if is_ascii(v) {
        return as_str(v).as_bytes()[index] as char;
    }
    as_str(v).chars().nth(index).unwrap_or('\0')
}

/// A one-character string; ASCII ones are interned.
pub fn from_char(c: char) -> Obj {
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    if c.is_ascii() { intern(s) } else { new(s) }
}

fn str_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        let len = char_len(v) as i64;
        let i = match i {
            int::IntRef::Small(i) => i,
            _ => return Err(index_error("cannot fit 'int' into an index-sized integer")),
        };
        let i = if i < 0 { i + len } else { i };
        if i < 0 || i >= len {
            return Err(index_error("string index out of range"));
        }
        return Ok(from_char(char_at(v, i as usize)));
    }
    if slice::is_slice(key) {
        let len = char_len(v);
        let (start, _stop, step, count) = slice::indices(key, len)?;
        if step == 1 {
            let a = byte_offset(v, start as usize);
            let b = byte_offset(v, start as usize + count);
            return Ok(new(&as_str(v)[a..b]));
        }
        let chars: Vec<char> = as_str(v).chars().collect();
        let mut out = String::with_capacity(count);
        let mut i = start;
        for _ in 0..count {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(new(&out));
    }
    if let Some(i) = crate::protocol::index_key(key)? {
        return str_getitem(v, i.v());
    }
    Err(type_error(format!("string indices must be integers, not '{}'", type_name_of(key))))
}

fn str_contains(v: Value, item: Value) -> PyResult<bool> {
    if !is_str(item) {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name_of(item)
        )));
    }
    Ok(as_str(v).contains(as_str(item)))
}

fn str_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        // Other right operands may define `__radd__`; the protocol raises
        // "can only concatenate str" when none does.
        BinaryOp::Add if is_str(a) && is_str(b) => concat(a, b),
        BinaryOp::Mul => {
            let (s, n) = if is_str(a) { (a, b) } else { (b, a) };
            match int::view(n) {
                Some(count) => repeat(s, &count),
                None => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
            }
        }
        BinaryOp::Mod if is_str(a) => crate::format::percent::format_str(a, b),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// `a + b` for two strs.
pub fn concat(a: Value, b: Value) -> PyResult<Obj> {
    let (x, y) = (as_str(a), as_str(b));
    if y.is_empty() && is_exact_str(a) {
        return Ok(Obj::from_borrowed(a));
    }
    if x.is_empty() && is_exact_str(b) {
        return Ok(Obj::from_borrowed(b));
    }
    let mut s = String::with_capacity(x.len() + y.len());
    s.push_str(x);
    s.push_str(y);
    Ok(new(&s))
}

fn repeat(s: Value, count: &int::IntRef) -> PyResult<Obj> {
    let n = match count {
        int::IntRef::Small(n) => (*n).max(0) as usize,
        r if r.is_negative() => 0,
        _ => return Err(crate::error::overflow_error("repeated string is too long")),
    };
    let text = as_str(s);
    if text.len().checked_mul(n).is_none_or(|total| total > crate::object::MAX_ALLOC) {
        return Err(crate::error::overflow_error("repeated string is too long"));
    }
    Ok(new(&text.repeat(n)))
}

fn str_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let params = args.parse("str", &["object", "encoding", "errors"], 0)?;
    match params.as_slice() {
        [None, None, None] => Ok(empty()),
        [Some(x), None, None] => crate::protocol::str_(*x),
        [Some(x), encoding, errors] => crate::builtins::bytes::decode_value(*x, *encoding, *errors),
        _ => Err(type_error("str() argument 'object' is missing")),
    }
}

/// Iterator over the code points of a str.
#[repr(C)]
struct StrIterator {
    header: Header,
    text: Value,
    /// Byte offset of the next character.
    pos: usize,
}

fn str_iter(v: Value) -> PyResult<Obj> {
    let p = alloc_object(&raw mut STR_ITERATOR_TYPE, std::mem::size_of::<StrIterator>()) as *mut StrIterator;
    crate::object::incref(v);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).text = v;
        (*p).pos = 0;
    }
    Ok(Obj::from_owned(Value::from_ptr(p)))
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: a StrIterator.
    unsafe {
        let p = it.as_ptr::<StrIterator>();
        let s = as_str((*p).text);
        match s[(*p).pos..].chars().next() {
            Some(c) => {
                (*p).pos += c.len_utf8();
                Ok(Some(from_char(c)))
            }
            None => Ok(None),
        }
    }
}

unsafe fn dealloc_iterator(v: Value) {
    unsafe {
        crate::object::decref((*v.as_ptr::<StrIterator>()).text);
        free_object(v.as_ptr::<Header>());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_and_escapes() {
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("both ' and \""), "'both \\' and \"'");
        assert_eq!(repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(repr("\x00\x7f\u{80}é"), "'\\x00\\x7f\\x80é'");
        assert_eq!(repr("\u{200b}\u{e000}😀"), "'\\u200b\\ue000😀'");
    }
}
