//! Searching and splitting methods of `str`: `find`/`rfind`/`index`/
//! `rindex`/`count`, `startswith`/`endswith`, `replace`, `partition`/
//! `rpartition`, `split`/`rsplit`, `splitlines` and the `strip` family.
//!
//! Text is UTF-8, so substring search runs on bytes (a UTF-8 needle can
//! only match at character boundaries); only the positions the methods
//! return or take (`start`/`end`) are in code points, converted at the
//! edges. Pure-ASCII strings skip the conversion.
//!
//! Optional `start`/`end` follow CPython's `ADJUST_INDICES`: `end` is
//! clamped to the length and negative values count from the end, but
//! `start` is not clamped, so `'abc'.find('', 4)` is -1 while
//! `'abc'.find('', 3)` is 3.

use molt_abi::Value;

use crate::builtins::str::{self as pystr, as_str, is_str, new};
use crate::builtins::str_methods::{clinic_type_name, parse_kw, varargs};
use crate::builtins::type_::type_name_of;
use crate::builtins::{int, list, slice, tuple};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;
use crate::unicode::is_space;

/// A search window of the receiver, in code points and bytes.
struct Window<'a> {
    /// The text of the window.
    text: &'a str,
    /// Code point and byte offset of the window in the receiver.
    start: usize,
    byte_start: usize,
}

/// The window `[start, end)` of `v` for a needle of `needle_len` code
/// points, or None when the needle cannot fit (CPython's early exits).
fn window<'a>(v: Value, start: Option<Value>, end: Option<Value>, needle_len: usize) -> PyResult<Option<Window<'a>>> {
    let n = pystr::char_len(v) as i64;
    let bound = |x: Option<Value>| -> PyResult<Option<i64>> {
        match x {
            None => Ok(None),
            Some(x) => slice::bound(x),
        }
    };
    let mut start = bound(start)?.unwrap_or(0);
    let mut end = bound(end)?.unwrap_or(n);
    if end > n {
        end = n;
    } else if end < 0 {
        end = (end + n).max(0);
    }
    if start < 0 {
        start = (start + n).max(0);
    }
    if end - start < needle_len as i64 {
        return Ok(None);
    }
    let (start, end) = (start as usize, end as usize);
    let (lo, hi) = (pystr::byte_offset(v, start), pystr::byte_offset(v, end));
    Ok(Some(Window { text: &as_str(v)[lo..hi], start, byte_start: lo }))
}

/// `hay.find(needle)`, with a byte scan for one-byte needles (an ASCII
/// byte in UTF-8 text always starts a character), which skips the setup of
/// the general substring search.
fn find_sub(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => hay.as_bytes().iter().position(|x| x == b),
        _ => hay.find(needle),
    }
}

/// `hay.rfind(needle)`, as `find_sub`.
fn rfind_sub(hay: &str, needle: &str) -> Option<usize> {
    match needle.as_bytes() {
        [b] => hay.as_bytes().iter().rposition(|x| x == b),
        _ => hay.rfind(needle),
    }
}

/// A one-byte separator as a `char`, for the faster char patterns.
fn single_byte(sep: &str) -> Option<char> {
    match sep.as_bytes() {
        [b] => Some(*b as char),
        _ => None,
    }
}

/// The code point index of byte offset `byte` within the window.
fn char_pos(v: Value, w: &Window, byte: usize) -> usize {
    if pystr::is_ascii(v) { w.byte_start + byte } else { w.start + w.text[..byte].chars().count() }
}

/// The substring argument of `find`/`count`/`partition`...
fn needle(v: Value) -> PyResult<Value> {
    if is_str(v) { Ok(v) } else { Err(type_error(format!("must be str, not {}", type_name_of(v)))) }
}

/// `find`, `rfind`, `index` (`raise`) and `rindex`.
pub fn find(a: &[Value], kw: &KwArgs, name: &str, from_right: bool, raise: bool) -> PyResult<Obj> {
    let args = varargs(a, kw, name, 1, 3)?;
    let sub = needle(args[0])?;
    let found = match window(a[0], args.get(1).copied(), args.get(2).copied(), pystr::char_len(sub))? {
        None => None,
        Some(w) => {
            let needle = as_str(sub);
            let r = if from_right { rfind_sub(w.text, needle) } else { find_sub(w.text, needle) };
            r.map(|i| char_pos(a[0], &w, i))
        }
    };
    match found {
        Some(i) => Ok(int::from_i64(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(int::from_i64(-1)),
    }
}

/// `count(sub[, start[, end]])`: non-overlapping occurrences; the empty
/// string occurs between every two code points and at both ends.
pub fn count(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let args = varargs(a, kw, "count", 1, 3)?;
    let sub = needle(args[0])?;
    let Some(w) = window(a[0], args.get(1).copied(), args.get(2).copied(), pystr::char_len(sub))? else {
        return Ok(int::from_i64(0));
    };
    let needle = as_str(sub);
    let n = match needle.len() {
        0 => w.text.chars().count() + 1,
        1 => bytecount(w.text.as_bytes(), needle.as_bytes()[0]),
        _ => w.text.matches(needle).count(),
    };
    Ok(int::from_i64(n as i64))
}

fn bytecount(hay: &[u8], b: u8) -> usize {
    hay.iter().filter(|&&x| x == b).count()
}

/// `startswith`/`endswith` with a str or a tuple of strs.
pub fn affix(a: &[Value], kw: &KwArgs, prefix: bool) -> PyResult<Obj> {
    let name = if prefix { "startswith" } else { "endswith" };
    let args = varargs(a, kw, name, 1, 3)?;
    let (start, end) = (args.get(1).copied(), args.get(2).copied());
    let test = |item: Value| -> PyResult<bool> {
        let Some(w) = window(a[0], start, end, pystr::char_len(item))? else {
            return Ok(false);
        };
        let needle = as_str(item);
        Ok(if prefix { w.text.starts_with(needle) } else { w.text.ends_with(needle) })
    };
    let arg = args[0];
    if tuple::is_tuple(arg) {
        for &item in tuple::items(arg) {
            if !is_str(item) {
                return Err(type_error(format!("tuple for {name} must only contain str, not {}", type_name_of(item))));
            }
            if test(item)? {
                return Ok(Obj::from_bool(true));
            }
        }
        return Ok(Obj::from_bool(false));
    }
    if !is_str(arg) {
        return Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name_of(arg))));
    }
    Ok(Obj::from_bool(test(arg)?))
}

/// `replace(old, new, count=-1, /)`.
pub fn replace(a: &[Value]) -> PyResult<Obj> {
    for (i, &v) in a[1..3].iter().enumerate() {
        if !is_str(v) {
            return Err(type_error(format!("replace() argument {} must be str, not {}", i + 1, clinic_type_name(v))));
        }
    }
    let (s, old, newtext) = (as_str(a[0]), as_str(a[1]), as_str(a[2]));
    let count = match a.get(3) {
        Some(&v) => protocol::index_value(v)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if limit == 0 || (!old.is_empty() && find_sub(s, old).is_none()) {
        return Ok(unchanged(a[0]));
    }
    if old.is_empty() {
        // The empty string matches before every code point and at the end.
        let mut out = String::with_capacity(s.len() + newtext.len() * (pystr::char_len(a[0]) + 1).min(limit));
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(newtext);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(newtext);
        }
        return Ok(new(&out));
    }
    let out = match single_byte(old) {
        Some(c) => s.replacen(c, newtext, limit),
        None => s.replacen(old, newtext, limit),
    };
    Ok(new(&out))
}

/// The receiver itself when it is an exact str (CPython returns `self`
/// for no-op edits), else an exact copy.
pub fn unchanged(v: Value) -> Obj {
    if pystr::is_exact_str(v) { Obj::from_borrowed(v) } else { new(as_str(v)) }
}

/// `partition(sep)` / `rpartition(sep)`.
pub fn partition(a: &[Value], from_right: bool) -> PyResult<Obj> {
    let sep_v = needle(a[1])?;
    let (s, sep) = (as_str(a[0]), as_str(sep_v));
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if from_right { rfind_sub(s, sep) } else { find_sub(s, sep) };
    let parts = match found {
        Some(i) => [new(&s[..i]), Obj::from_borrowed(sep_v), new(&s[i + sep.len()..])],
        None if from_right => [pystr::empty(), pystr::empty(), unchanged(a[0])],
        None => [unchanged(a[0]), pystr::empty(), pystr::empty()],
    };
    Ok(tuple::from_vec(parts.into()))
}

/// `split(sep=None, maxsplit=-1)` / `rsplit`.
pub fn split(a: &[Value], kw: &KwArgs, from_right: bool) -> PyResult<Obj> {
    let name = if from_right { "rsplit" } else { "split" };
    let [sep, maxsplit] = parse_kw(name, &a[1..], kw, ["sep", "maxsplit"])?;
    let sep = match sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) if is_str(v) => Some(as_str(v)),
        Some(v) => return Err(type_error(format!("must be str or None, not {}", type_name_of(v)))),
    };
    let maxsplit = match maxsplit {
        None => usize::MAX,
        Some(v) => usize::try_from(protocol::index_value(v)?).unwrap_or(usize::MAX),
    };
    let s = as_str(a[0]);
    let parts: Vec<&str> = match sep {
        Some("") => return Err(value_error("empty separator")),
        Some(sep) if from_right => {
            let n = maxsplit.saturating_add(1);
            let mut parts: Vec<&str> = match single_byte(sep) {
                Some(c) => s.rsplitn(n, c).collect(),
                None => s.rsplitn(n, sep).collect(),
            };
            parts.reverse();
            parts
        }
        Some(sep) => {
            let n = maxsplit.saturating_add(1);
            match single_byte(sep) {
                Some(c) => s.splitn(n, c).collect(),
                None => s.splitn(n, sep).collect(),
            }
        }
        None if from_right => rsplit_whitespace(s, maxsplit),
        None => split_whitespace(s, maxsplit),
    };
    if parts.len() == 1 && parts[0].len() == s.len() {
        return Ok(list::from_vec(vec![unchanged(a[0])]));
    }
    let ascii = pystr::is_ascii(a[0]);
    Ok(list::from_vec(parts.into_iter().map(|p| if ascii { pystr::new_ascii(p) } else { new(p) }).collect()))
}

/// `split()` without a separator: runs of whitespace separate, leading and
/// trailing whitespace is dropped, and the remainder after `maxsplit`
/// splits keeps its inner and trailing whitespace.
fn split_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    if s.is_ascii() {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && is_space(b[i] as char) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            if parts.len() == maxsplit {
                parts.push(&s[i..]);
                break;
            }
            let start = i;
            while i < b.len() && !is_space(b[i] as char) {
                i += 1;
            }
            parts.push(&s[start..i]);
        }
        return parts;
    }
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == maxsplit {
            parts.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                parts.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    parts
}

/// `rsplit()` without a separator: as `split_whitespace` from the right.
fn rsplit_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if parts.len() == maxsplit {
            parts.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let width = rest[i..].chars().next().map_or(1, char::len_utf8);
                parts.push(&rest[i + width..]);
                rest = rest[..i].trim_end_matches(is_space);
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    parts.reverse();
    parts
}

/// Line boundaries of `splitlines` (CPython's `Py_UNICODE_ISLINEBREAK`):
/// `\n`, `\r`, `\r\n`, `\v`, `\f`, the file/group/record separators
/// `\x1c`-`\x1e`, NEL `\x85`, and the line and paragraph separators
/// U+2028/U+2029. The unit separator `\x1f` is whitespace but no break.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\x0b' | '\x0c' | '\r' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The lines of `s` as `(content, with_terminator)` byte ranges' ends.
pub fn line_spans(s: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            end += 1;
        }
        out.push((start, i, end));
        start = end;
    }
    if start < s.len() {
        out.push((start, s.len(), s.len()));
    }
    out
}

/// `splitlines(keepends=False)`.
pub fn splitlines(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [keepends] = parse_kw("splitlines", &a[1..], kw, ["keepends"])?;
    let keep = match keepends {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let s = as_str(a[0]);
    let spans = line_spans(s);
    if let [(0, content_end, end)] = spans[..] {
        if end == s.len() && (keep || content_end == end) {
            return Ok(list::from_vec(vec![unchanged(a[0])]));
        }
    }
    let lines = spans.into_iter().map(|(start, content_end, end)| new(&s[start..if keep { end } else { content_end }]));
    Ok(list::from_vec(lines.collect()))
}

/// `strip`, `lstrip` and `rstrip` with an optional set of characters.
pub fn strip(a: &[Value], left: bool, right: bool) -> PyResult<Obj> {
    let s = as_str(a[0]);
    let chars = match a.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(&v) if is_str(v) => Some(as_str(v)),
        Some(_) => {
            let name = if left && right { "strip" } else if left { "lstrip" } else { "rstrip" };
            return Err(type_error(format!("{name} arg must be None or str")));
        }
    };
    let mut t = s;
    match chars {
        None => {
            if left {
                t = t.trim_start_matches(is_space);
            }
            if right {
                t = t.trim_end_matches(is_space);
            }
        }
        Some(set) if set.is_ascii() && s.is_ascii() => {
            let b = set.as_bytes();
            let bytes = t.as_bytes();
            let lo = if left { bytes.iter().position(|c| !b.contains(c)).unwrap_or(bytes.len()) } else { 0 };
            let hi = if right { bytes.iter().rposition(|c| !b.contains(c)).map_or(lo, |i| i + 1).max(lo) } else { bytes.len() };
            t = &t[lo..hi];
        }
        Some(set) => {
            if left {
                t = t.trim_start_matches(|c| set.contains(c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(c));
            }
        }
    }
    if t.len() == s.len() {
        return Ok(unchanged(a[0]));
    }
    Ok(if pystr::is_ascii(a[0]) { pystr::new_ascii(t) } else { new(t) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_boundaries() {
        let s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l\x1fm";
        let lines: Vec<&str> = line_spans(s).iter().map(|&(a, b, _)| &s[a..b]).collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l\x1fm"]);
        let kept: Vec<&str> = line_spans("x\r\n\n\r").iter().map(|&(a, _, e)| &"x\r\n\n\r"[a..e]).collect();
        assert_eq!(kept, ["x\r\n", "\n", "\r"]);
        assert!(line_spans("").is_empty());
    }

    #[test]
    fn whitespace_split() {
        assert_eq!(split_whitespace("  a b\t\nc  ", usize::MAX), ["a", "b", "c"]);
        assert_eq!(split_whitespace("  a b  c  ", 1), ["a", "b  c  "]);
        assert_eq!(rsplit_whitespace("  a b  c  ", 1), ["  a b", "c"]);
        assert_eq!(split_whitespace("é\u{3000}ü\u{85}x", usize::MAX), ["é", "ü", "x"]);
        assert_eq!(split_whitespace("   ", 0), Vec::<&str>::new());
    }
}
