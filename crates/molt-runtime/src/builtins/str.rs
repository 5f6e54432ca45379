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
    /// Key of this string's entry in the cursor cache (see `byte_offset`),
    /// 0 until it is first indexed; fills the struct's padding.
    pub cursor: u32,
}

unsafe fn dealloc_str(v: Value) {
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// A new str holding `s`.
pub fn new(s: &str) -> Obj {
    let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
    // SAFETY: `s` is UTF-8 of `chars` code points.
    unsafe { new_with_len(s, chars) }
}

/// A new str holding `s`, known to be all ASCII (the results of slicing,
/// splitting or case-mapping ASCII text), which skips the scan `new` does.
pub fn new_ascii(s: &str) -> Obj {
    debug_assert!(s.is_ascii());
    // SAFETY: ASCII text has one code point per byte.
    unsafe { new_with_len(s, s.len()) }
}

/// A new str holding `s`, whose length in code points the caller knows.
///
/// # Safety
/// `chars` must be the number of code points of `s`.
pub unsafe fn new_with_len(s: &str, chars: usize) -> Obj {
    // SAFETY: the copy writes exactly `s`, which has `chars` code points.
    unsafe { new_filled(s.len(), chars, |buf| buf.copy_from_slice(s.as_bytes())) }
}

/// A new str of `nbytes` bytes written in place by `fill`, so results are
/// built without an intermediate `String` and copy. Text of one or no
/// character comes from the shared single-character strings.
///
/// # Safety
/// `fill` must write valid UTF-8 holding `chars` code points to all of
/// the buffer it is given. (UTF-8 text is ASCII exactly when it has as many
/// code points as bytes, so that needs no flag.)
pub unsafe fn new_filled(nbytes: usize, chars: usize, fill: impl FnOnce(&mut [u8])) -> Obj {
    if nbytes == 0 {
        return empty();
    }
    // SAFETY: as this function requires.
    let v = unsafe { alloc_filled(nbytes, chars, fill) };
    if chars == 1 && nbytes <= 2 {
        // Latin-1 characters are shared, as in CPython.
        let c = as_str(v).chars().next().unwrap_or('\0');
        if (c as u32) < 256 {
            drop(Obj::from_owned(v));
            return from_char(c);
        }
    }
    Obj::from_owned(v)
}

/// A fresh, unshared str of `nbytes` bytes written by `fill`.
///
/// # Safety
/// As for [`new_filled`].
unsafe fn alloc_filled(nbytes: usize, chars: usize, fill: impl FnOnce(&mut [u8])) -> Value {
    let size = std::mem::size_of::<StrObject>() + nbytes + 1;
    let p = alloc_object(&raw mut STR_TYPE, size) as *mut StrObject;
    // SAFETY: fresh allocation with room for the text after the struct.
    unsafe {
        (*p).hash = -1;
        (*p).len = chars;
        (*p).nbytes = nbytes;
        (*p).flags = if chars == nbytes { ASCII } else { 0 };
        fill(std::slice::from_raw_parts_mut((p as *mut u8).add(std::mem::size_of::<StrObject>()), nbytes));
    }
    Value::from_ptr(p)
}

/// A fresh, unshared str holding `s` (for the interned and cached ones).
fn alloc_text(s: &str) -> Value {
    // SAFETY: the copy writes `s`, whose code points are counted.
    unsafe { alloc_filled(s.len(), s.chars().count(), |buf| buf.copy_from_slice(s.as_bytes())) }
}

/// What `str.__sizeof__` reports in CPython, whose layout is PEP 393's: a
/// 40-byte header for ASCII text, 56 bytes otherwise, then one, two or four
/// bytes per code point (by the widest one) and a terminator.
pub fn cpython_sizeof(v: Value) -> usize {
    let n = char_len(v);
    if is_ascii(v) {
        return 40 + n + 1;
    }
    let widest = as_str(v).chars().max().map_or(0, |c| c as u32);
    let kind = if widest < 0x100 { 1 } else if widest < 0x10000 { 2 } else { 4 };
    56 + (n + 1) * kind
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

/// The interned str for a literal name, looked up once per use site:
/// hot runtime paths (`"__init__"` on every instantiation) then pay one
/// load instead of a table lookup. Interned strs are immortal, so the
/// cached value needs no reference. Single-threaded (see `type_cache`).
macro_rules! interned {
    ($text:literal) => {{
        static mut CACHED: molt_abi::Value = molt_abi::Value::NULL;
        // SAFETY: single-threaded runtime; the cached str is immortal.
        unsafe {
            if CACHED.is_null() {
                CACHED = $crate::builtins::str::intern($text).into_raw();
            }
            CACHED
        }
    }};
}
pub(crate) use interned;

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
    let v = alloc_text(s);
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

/// Whether every character is ASCII (byte and code point indices agree).
#[inline]
pub fn is_ascii(v: Value) -> bool {
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
            c if crate::unicode::is_printable(c) => out.push(c),
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

/// The last resolved `(code point index, byte offset)` of recently indexed
/// non-ASCII strings, by cursor key. Indexing UTF-8 by code point means a
/// scan; starting it from the last position makes walks such as
/// `for i in range(len(s)): s[i]` or `reversed(s)` linear overall rather
/// than quadratic. Keys are never reused, so a freed string's entry cannot
/// match a new string. Single-threaded (see `type_cache`).
static mut CURSORS: [(u32, usize, usize); 64] = [(0, 0, 0); 64];
static mut NEXT_CURSOR: u32 = 1;

/// Byte offset of code point `index` (which must be <= len).
pub fn byte_offset(v: Value, index: usize) -> usize {
    if is_ascii(v) {
        return index;
    }
    let (len, nbytes) = (char_len(v), as_str(v).len());
    if index >= len {
        return nbytes;
    }
    // SAFETY: str object; the cursor table is only used on this thread.
    unsafe {
        let p = v.as_ptr::<StrObject>();
        // Keys run out after 2**32 strings; later strings go uncached.
        if (*p).cursor == 0 && NEXT_CURSOR != u32::MAX {
            (*p).cursor = NEXT_CURSOR;
            NEXT_CURSOR += 1;
        }
        let key = (*p).cursor;
        let slot = &mut (*(&raw mut CURSORS))[key as usize % 64];
        // Scan from the nearest known position: the start, the end or the
        // cursor.
        let (mut from_char, mut from_byte) = if index < len - index { (0, 0) } else { (len, nbytes) };
        if key != 0 && slot.0 == key && slot.1.abs_diff(index) < from_char.abs_diff(index) {
            (from_char, from_byte) = (slot.1, slot.2);
        }
        let byte = scan(as_str(v).as_bytes(), from_char, from_byte, index);
        if key != 0 {
            *slot = (key, index, byte);
        }
        byte
    }
}

/// Moves from code point `from_char` at byte `from_byte` to code point
/// `to` in UTF-8 `text`, counting lead bytes.
fn scan(text: &[u8], from_char: usize, from_byte: usize, to: usize) -> usize {
    let is_lead = |b: u8| b & 0xc0 != 0x80;
    let mut byte = from_byte;
    if to >= from_char {
        let mut left = to - from_char;
        while left > 0 {
            byte += 1;
            while !is_lead(text[byte]) {
                byte += 1;
            }
            left -= 1;
        }
    } else {
        for _ in 0..from_char - to {
            byte -= 1;
            while !is_lead(text[byte]) {
                byte -= 1;
            }
        }
    }
    byte
}

/// The code point at `index` (in range).
pub fn char_at(v: Value, index: usize) -> char {
    if is_ascii(v) {
        return as_str(v).as_bytes()[index] as char;
    }
    let at = byte_offset(v, index);
    as_str(v)[at..].chars().next().unwrap_or('\0')
}

/// The immortal one-character strings of the Latin-1 range, made on first
/// use: iterating or indexing text yields them without allocating.
static mut LATIN1: [Value; 256] = [Value::NULL; 256];

/// A one-character string; Latin-1 ones are shared.
pub fn from_char(c: char) -> Obj {
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    let n = c as usize;
    if n >= 256 {
        // SAFETY: one character.
        return Obj::from_owned(unsafe { alloc_filled(s.len(), 1, |b| b.copy_from_slice(s.as_bytes())) });
    }
    // SAFETY: single-threaded; the cached strings are immortal.
    unsafe {
        let slot = &mut (*(&raw mut LATIN1))[n];
        if slot.is_null() {
            *slot = if c.is_ascii() { intern(s).into_raw() } else { make_one_char(s) };
        }
        Obj::from_owned(*slot)
    }
}

fn make_one_char(s: &str) -> Value {
    let v = alloc_text(s);
    make_immortal(v);
    v
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
        return Ok(slice_chars(v, start, step, count));
    }
    if let Some(i) = crate::protocol::index_key(key)? {
        return str_getitem(v, i.v());
    }
    Err(type_error(format!("string indices must be integers, not '{}'", type_name_of(key))))
}

/// The `count` code points of `v` from `start` by `step` (a resolved
/// slice), in one pass over the text.
fn slice_chars(v: Value, start: isize, step: isize, count: usize) -> Obj {
    if count == 0 {
        return empty();
    }
    if step == 1 && count == char_len(v) && is_exact_str(v) {
        return Obj::from_borrowed(v);
    }
    let text = as_str(v);
    if is_ascii(v) {
        let bytes = text.as_bytes();
        if step == 1 {
            return new_ascii(&text[start as usize..start as usize + count]);
        }
        let out: String = (0..count).map(|k| bytes[(start + k as isize * step) as usize] as char).collect();
        return new_ascii(&out);
    }
    if step == 1 {
        let a = byte_offset(v, start as usize);
        let len: usize = text[a..].chars().take(count).map(char::len_utf8).sum();
        return new(&text[a..a + len]);
    }
    let out: String = if step > 0 {
        text.chars().skip(start as usize).step_by(step as usize).take(count).collect()
    } else {
        // Walk backwards from the last code point needed.
        let from_end = char_len(v) - 1 - start as usize;
        text.chars().rev().skip(from_end).step_by((-step) as usize).take(count).collect()
    };
    new(&out)
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
    // SAFETY: the two texts are written whole, one after the other.
    Ok(unsafe {
        new_filled(x.len() + y.len(), char_len(a) + char_len(b), |buf| {
            buf[..x.len()].copy_from_slice(x.as_bytes());
            buf[x.len()..].copy_from_slice(y.as_bytes());
        })
    })
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
        [Some(x), encoding, errors] => crate::codecs::glue::decode_value(*x, *encoding, *errors, "str"),
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
