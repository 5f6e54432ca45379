//! Searching and splitting methods shared by `bytes` and `bytearray`:
//! `find`/`rfind`/`index`/`rindex`/`count`, `startswith`/`endswith`,
//! `replace`, `partition`/`rpartition`, `split`/`rsplit`, `splitlines`
//! and the `strip` family.
//!
//! Arguments follow CPython 3.12: the search methods take a substring as
//! any bytes-like object or a single byte as an int, and optional
//! `start`/`end` adjusted as `ADJUST_INDICES` does (see `str_search`).
//! Whitespace is ASCII whitespace (`b' \t\n\r\x0b\x0c'`). Results are
//! bytes for a bytes receiver and bytearrays for a bytearray one.
//!
//! Every argument that can run Python code (`__index__`) is converted
//! before any buffer is read (see `buffer`).

use std::borrow::Cow;

use memchr::memmem;
use molt_abi::Value;

use crate::builtins::bytes_methods::{data, kind, result_like, unchanged};
use crate::builtins::str_methods::parse_kw;
use crate::builtins::type_::type_name_of;
use crate::builtins::{buffer, bytes, int, list, slice, tuple};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

/// The first occurrence of `needle` in `hay`.
pub fn find_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(0),
        [b] => memchr::memchr(*b, hay),
        _ => memmem::find(hay, needle),
    }
}

/// The last occurrence of `needle` in `hay`.
pub fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => Some(hay.len()),
        [b] => memchr::memrchr(*b, hay),
        _ => memmem::rfind(hay, needle),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`.
fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    match needle {
        [b] => memchr::memchr_iter(*b, hay).count(),
        _ => memmem::find_iter(hay, needle).count(),
    }
}

/// ASCII whitespace, as CPython's `Py_ISSPACE`.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Arguments of a `METH_VARARGS` method (`self` first in `a`): no
/// keywords, and between `min` and `max` positional arguments.
fn varargs<'a>(a: &'a [Value], kw: &KwArgs, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(type_error(format!("{}.{name}() takes no keyword arguments", kind(a[0]))));
    }
    let args = &a[1..];
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if args.len() < min {
        return Err(type_error(format!("{name}() takes at least {min} argument{} ({} given)", plural(min), args.len())));
    }
    if args.len() > max {
        return Err(type_error(format!("{name}() takes at most {max} argument{} ({} given)", plural(max), args.len())));
    }
    Ok(args)
}

/// The optional `start`/`end` arguments, adjusted to a window of `recv`
/// (`end` may come out below `start`). The receiver's length is read after
/// the conversions, which may run `__index__`.
fn bounds(recv: Value, start: Option<&Value>, end: Option<&Value>) -> PyResult<(i64, i64)> {
    let bound = |x: Option<&Value>| -> PyResult<Option<i64>> {
        match x {
            None => Ok(None),
            Some(&x) => slice::bound(x),
        }
    };
    let (start, end) = (bound(start)?, bound(end)?);
    let n = data(recv).len() as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(n);
    if end > n {
        end = n;
    } else if end < 0 {
        end = (end + n).max(0);
    }
    if start < 0 {
        start = (start + n).max(0);
    }
    Ok((start, end))
}

/// `hay[start..end]` when a needle of `needle_len` bytes fits in it. (The
/// end is clamped again in case a needle's `__index__` shrank a bytearray
/// receiver after the bounds were adjusted.)
fn window(hay: &[u8], (start, end): (i64, i64), needle_len: usize) -> Option<&[u8]> {
    let end = end.min(hay.len() as i64);
    if end - start < needle_len as i64 {
        return None;
    }
    Some(&hay[start as usize..end as usize])
}

/// The substring argument of the search methods: one byte as an int, or
/// the bytes of a bytes-like object.
fn needle<'a>(v: Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = bytes::byte_arg(v)? {
        return Ok(Cow::Owned(vec![b]));
    }
    buffer::view(v)?.ok_or_else(|| {
        type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name_of(v)))
    })
}

/// `find`, `rfind`, `index` (`raise`) and `rindex`.
pub fn find(a: &[Value], kw: &KwArgs, name: &str, from_right: bool, raise: bool) -> PyResult<Obj> {
    let args = varargs(a, kw, name, 1, 3)?;
    let range = bounds(a[0], args.get(1), args.get(2))?;
    let sub = needle(args[0])?;
    let found = window(data(a[0]), range, sub.len()).and_then(|w| {
        let r = if from_right { rfind_in(w, &sub) } else { find_in(w, &sub) };
        r.map(|i| i + range.0 as usize)
    });
    match found {
        Some(i) => Ok(int::from_i64(i as i64)),
        None if raise => Err(value_error("subsection not found")),
        None => Ok(int::from_i64(-1)),
    }
}

/// `count(sub[, start[, end]])`: non-overlapping occurrences; the empty
/// string occurs between every two bytes and at both ends.
pub fn count(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let args = varargs(a, kw, "count", 1, 3)?;
    let range = bounds(a[0], args.get(1), args.get(2))?;
    let sub = needle(args[0])?;
    let n = match window(data(a[0]), range, sub.len()) {
        None => 0,
        Some(w) if sub.is_empty() => w.len() + 1,
        Some(w) => count_in(w, &sub),
    };
    Ok(int::from_i64(n as i64))
}

/// `startswith`/`endswith` with a bytes-like object or a tuple of them.
pub fn affix(a: &[Value], kw: &KwArgs, prefix: bool) -> PyResult<Obj> {
    let name = if prefix { "startswith" } else { "endswith" };
    let args = varargs(a, kw, name, 1, 3)?;
    let range = bounds(a[0], args.get(1), args.get(2))?;
    let test = |item: Value| -> PyResult<bool> {
        let affix = buffer::require(item)?;
        Ok(match window(data(a[0]), range, affix.len()) {
            None => false,
            Some(w) if prefix => w.starts_with(&affix),
            Some(w) => w.ends_with(&affix),
        })
    };
    let arg = args[0];
    if tuple::is_tuple(arg) {
        for &item in tuple::items(arg) {
            if test(item)? {
                return Ok(Obj::from_bool(true));
            }
        }
        return Ok(Obj::from_bool(false));
    }
    if !buffer::is_bytes_like(arg) {
        return Err(type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name_of(arg))));
    }
    Ok(Obj::from_bool(test(arg)?))
}

/// `replace(old, new, count=-1, /)`.
pub fn replace(a: &[Value]) -> PyResult<Obj> {
    let count = match a.get(3) {
        Some(&v) => protocol::index_value(v)?,
        None => -1,
    };
    let old = buffer::require(a[1])?;
    let new = buffer::require(a[2])?;
    let s = data(a[0]);
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if limit == 0 || (!old.is_empty() && find_in(s, &old).is_none()) {
        return Ok(unchanged(a[0]));
    }
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0;
    if old.is_empty() {
        // The empty string matches before every byte and at the end.
        for &b in s {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
    } else {
        let mut pos = 0;
        for at in memmem::find_iter(s, &*old) {
            if n == limit {
                break;
            }
            out.extend_from_slice(&s[pos..at]);
            out.extend_from_slice(&new);
            pos = at + old.len();
            n += 1;
        }
        out.extend_from_slice(&s[pos..]);
    }
    Ok(result_like(a[0], &out))
}

/// `partition(sep, /)` / `rpartition(sep, /)`. A bytes receiver puts the
/// separator object itself in the result, as CPython does.
pub fn partition(a: &[Value], from_right: bool) -> PyResult<Obj> {
    let sep = buffer::require(a[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let s = data(a[0]);
    let mutable = crate::builtins::bytearray::is_bytearray(a[0]);
    let empty = || result_like(a[0], &[]);
    let found = if from_right { rfind_in(s, &sep) } else { find_in(s, &sep) };
    let parts = match found {
        Some(i) => {
            let middle = if mutable { result_like(a[0], &sep) } else { Obj::from_borrowed(a[1]) };
            [result_like(a[0], &s[..i]), middle, result_like(a[0], &s[i + sep.len()..])]
        }
        None if from_right => [empty(), empty(), unchanged(a[0])],
        None => [unchanged(a[0]), empty(), empty()],
    };
    Ok(tuple::from_vec(parts.into()))
}

/// `split(sep=None, maxsplit=-1)` / `rsplit`.
pub fn split(a: &[Value], kw: &KwArgs, from_right: bool) -> PyResult<Obj> {
    let name = if from_right { "rsplit" } else { "split" };
    let [sep, maxsplit] = parse_kw(name, &a[1..], kw, ["sep", "maxsplit"])?;
    let maxsplit = match maxsplit {
        None => usize::MAX,
        Some(v) => usize::try_from(protocol::index_value(v)?).unwrap_or(usize::MAX),
    };
    let sep = match sep {
        Some(v) if !v.is_none() => Some(buffer::require(v)?),
        _ => None,
    };
    let s = data(a[0]);
    let spans = match sep.as_deref() {
        Some([]) => return Err(value_error("empty separator")),
        Some(sep) if from_right => rsplit_at(s, sep, maxsplit),
        Some(sep) => split_at(s, sep, maxsplit),
        None if from_right => rsplit_whitespace(s, maxsplit),
        None => split_whitespace(s, maxsplit),
    };
    if let [(0, end)] = spans[..] {
        if end == s.len() {
            return Ok(list::from_vec(vec![unchanged(a[0])]));
        }
    }
    Ok(list::from_vec(spans.into_iter().map(|(lo, hi)| result_like(a[0], &s[lo..hi])).collect()))
}

/// The pieces of `s` between at most `maxsplit` occurrences of `sep`,
/// from the left, as byte ranges.
fn split_at(s: &[u8], sep: &[u8], maxsplit: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut pos = 0;
    for at in memmem::find_iter(s, sep) {
        if spans.len() == maxsplit {
            break;
        }
        spans.push((pos, at));
        pos = at + sep.len();
    }
    spans.push((pos, s.len()));
    spans
}

/// As `split_at`, from the right.
fn rsplit_at(s: &[u8], sep: &[u8], maxsplit: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut end = s.len();
    while spans.len() < maxsplit {
        match rfind_in(&s[..end], sep) {
            Some(at) => {
                spans.push((at + sep.len(), end));
                end = at;
            }
            None => break,
        }
    }
    spans.push((0, end));
    spans.reverse();
    spans
}

/// `split()` without a separator: runs of whitespace separate, leading and
/// trailing whitespace is dropped, and the remainder after `maxsplit`
/// splits keeps its inner and trailing whitespace.
fn split_whitespace(s: &[u8], maxsplit: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < s.len() {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if i == s.len() {
            break;
        }
        if spans.len() == maxsplit {
            spans.push((i, s.len()));
            break;
        }
        let start = i;
        while i < s.len() && !is_space(s[i]) {
            i += 1;
        }
        spans.push((start, i));
    }
    spans
}

/// `rsplit()` without a separator.
fn rsplit_whitespace(s: &[u8], maxsplit: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = s.len();
    while i > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if spans.len() == maxsplit {
            spans.push((0, i));
            break;
        }
        let end = i;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        spans.push((i, end));
    }
    spans.reverse();
    spans
}

/// `splitlines(keepends=False)`: lines end at `\n`, `\r` or `\r\n`.
pub fn splitlines(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [keepends] = parse_kw("splitlines", &a[1..], kw, ["keepends"])?;
    let keep = match keepends {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let s = data(a[0]);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        let end_of_text = match s[i] {
            b'\n' => i + 1,
            b'\r' if s.get(i + 1) == Some(&b'\n') => i + 2,
            b'\r' => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        lines.push((start, if keep { end_of_text } else { i }));
        start = end_of_text;
        i = end_of_text;
    }
    if start < s.len() {
        lines.push((start, s.len()));
    }
    if let [(0, end)] = lines[..] {
        if end == s.len() {
            return Ok(list::from_vec(vec![unchanged(a[0])]));
        }
    }
    Ok(list::from_vec(lines.into_iter().map(|(lo, hi)| result_like(a[0], &s[lo..hi])).collect()))
}

/// `strip`, `lstrip` and `rstrip` with an optional set of bytes.
pub fn strip(a: &[Value], left: bool, right: bool) -> PyResult<Obj> {
    let set = match a.get(1) {
        Some(&v) if !v.is_none() => Some(buffer::require(v)?),
        _ => None,
    };
    let s = data(a[0]);
    let strip_it = |b: &u8| match &set {
        None => is_space(*b),
        Some(set) => set.contains(b),
    };
    let lo = if left { s.iter().position(|b| !strip_it(b)).unwrap_or(s.len()) } else { 0 };
    let hi = if right { s.iter().rposition(|b| !strip_it(b)).map_or(lo, |i| i + 1).max(lo) } else { s.len() };
    if lo == 0 && hi == s.len() {
        return Ok(unchanged(a[0]));
    }
    Ok(result_like(a[0], &s[lo..hi]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separator_splits() {
        assert_eq!(split_at(b"a,b,,c", b",", usize::MAX), [(0, 1), (2, 3), (4, 4), (5, 6)]);
        assert_eq!(split_at(b"a,b,,c", b",", 1), [(0, 1), (2, 6)]);
        assert_eq!(rsplit_at(b"a,b,,c", b",", 1), [(0, 4), (5, 6)]);
        assert_eq!(split_at(b"aaa", b"aa", usize::MAX), [(0, 0), (2, 3)]);
        assert_eq!(rsplit_at(b"aaa", b"aa", usize::MAX), [(0, 1), (3, 3)]);
    }

    #[test]
    fn whitespace_splits() {
        assert_eq!(split_whitespace(b"  a  b  ", 1), [(2, 3), (5, 8)]);
        assert_eq!(rsplit_whitespace(b"  a  b  ", 1), [(0, 3), (5, 6)]);
        assert_eq!(split_whitespace(b"a\x1cb \x0bc", usize::MAX), [(0, 3), (5, 6)]);
        assert!(split_whitespace(b" \t ", 0).is_empty());
    }

    #[test]
    fn searches() {
        assert_eq!(find_in(b"hello", b"l"), Some(2));
        assert_eq!(rfind_in(b"hello", b"l"), Some(3));
        assert_eq!(rfind_in(b"hello", b""), Some(5));
        assert_eq!(count_in(b"aaaa", b"aa"), 2);
    }
}
