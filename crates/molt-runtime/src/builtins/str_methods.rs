//! Named methods of `str`.

use molt_abi::Value;

use crate::builtins::str::{self as pystr, as_str, is_str, new};
use crate::builtins::type_::{MethodDef, type_name_of};
use crate::builtins::{int, list, tuple};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

pub const STR_METHODS: &[MethodDef] = &[
    MethodDef::positional("join", str_join, 1, 1),
    MethodDef::positional("__format__", crate::format::str_format_method, 1, 1),
    MethodDef::keywords("split", |a, kw| split(a, kw, false)),
    MethodDef::keywords("rsplit", |a, kw| split(a, kw, true)),
    MethodDef::positional("strip", |a| strip(a, true, true), 0, 1),
    MethodDef::positional("lstrip", |a| strip(a, true, false), 0, 1),
    MethodDef::positional("rstrip", |a| strip(a, false, true), 0, 1),
    MethodDef::positional("replace", str_replace, 2, 3),
    MethodDef::positional("startswith", |a| affix(a, true), 1, 3),
    MethodDef::positional("endswith", |a| affix(a, false), 1, 3),
    MethodDef::positional("find", |a| find(a, false, false), 1, 3),
    MethodDef::positional("rfind", |a| find(a, true, false), 1, 3),
    MethodDef::positional("index", |a| find(a, false, true), 1, 3),
    MethodDef::positional("rindex", |a| find(a, true, true), 1, 3),
    MethodDef::positional("count", str_count, 1, 3),
    MethodDef::positional("upper", |a| Ok(new(&as_str(a[0]).to_uppercase())), 0, 0),
    MethodDef::positional("lower", |a| Ok(new(&as_str(a[0]).to_lowercase())), 0, 0),
    MethodDef::positional("casefold", |a| Ok(new(&as_str(a[0]).to_lowercase())), 0, 0),
    MethodDef::positional("capitalize", str_capitalize, 0, 0),
    MethodDef::positional("title", str_title, 0, 0),
    MethodDef::positional("swapcase", str_swapcase, 0, 0),
    MethodDef::positional("isdigit", |a| predicate(a, |c| c.is_ascii_digit() || is_unicode_digit(c)), 0, 0),
    MethodDef::positional("isdecimal", |a| predicate(a, |c| c.is_ascii_digit() || is_unicode_digit(c)), 0, 0),
    MethodDef::positional("isnumeric", |a| predicate(a, |c| c.is_numeric()), 0, 0),
    MethodDef::positional("isalpha", |a| predicate(a, |c| c.is_alphabetic()), 0, 0),
    MethodDef::positional("isalnum", |a| predicate(a, |c| c.is_alphanumeric()), 0, 0),
    MethodDef::positional("isspace", |a| predicate(a, is_python_space), 0, 0),
    MethodDef::positional("isascii", |a| Ok(Obj::from_bool(as_str(a[0]).is_ascii())), 0, 0),
    MethodDef::positional("isupper", |a| Ok(Obj::from_bool(cased(as_str(a[0]), true))), 0, 0),
    MethodDef::positional("islower", |a| Ok(Obj::from_bool(cased(as_str(a[0]), false))), 0, 0),
    MethodDef::positional("isidentifier", |a| Ok(Obj::from_bool(is_identifier(as_str(a[0])))), 0, 0),
    MethodDef::positional("isprintable", |a| Ok(Obj::from_bool(as_str(a[0]).chars().all(pystr::is_printable))), 0, 0),
    MethodDef::positional("center", |a| pad(a, Align::Center), 1, 2),
    MethodDef::positional("ljust", |a| pad(a, Align::Left), 1, 2),
    MethodDef::positional("rjust", |a| pad(a, Align::Right), 1, 2),
    MethodDef::positional("zfill", str_zfill, 1, 1),
    MethodDef::positional("partition", |a| partition(a, false), 1, 1),
    MethodDef::positional("rpartition", |a| partition(a, true), 1, 1),
    MethodDef::keywords("splitlines", str_splitlines),
    MethodDef::positional("removeprefix", str_removeprefix, 1, 1),
    MethodDef::positional("removesuffix", str_removesuffix, 1, 1),
    MethodDef::keywords("format", |a, kw| crate::format::str_format::format_method(a[0], &a[1..], kw)),
    MethodDef::keywords("encode", str_encode),
    MethodDef::positional("expandtabs", str_expandtabs, 0, 1),
];

/// Python's whitespace for `str.isspace`/`split`/`strip` (Unicode White_Space
/// plus the ASCII separators \x1c-\x1f).
pub fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn is_unicode_digit(c: char) -> bool {
    !c.is_ascii() && c.is_numeric() && c.to_digit(10).is_some()
}

fn predicate(a: &[Value], f: fn(char) -> bool) -> PyResult<Obj> {
    let s = as_str(a[0]);
    Ok(Obj::from_bool(!s.is_empty() && s.chars().all(f)))
}

fn cased(s: &str, upper: bool) -> bool {
    let mut any = false;
    for c in s.chars() {
        if c.is_uppercase() || c.is_lowercase() {
            if c.is_uppercase() != upper {
                return false;
            }
            any = true;
        }
    }
    any
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => chars.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

fn str_arg<'a>(v: Value, method: &str) -> PyResult<&'a str> {
    if is_str(v) {
        Ok(as_str(v))
    } else {
        Err(type_error(format!("{method} arg must be None or str")))
    }
}

fn str_join(a: &[Value]) -> PyResult<Obj> {
    let sep = as_str(a[0]);
    let items = protocol::collect(a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if !is_str(item.v()) {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name_of(item.v())
            )));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(as_str(item.v()));
    }
    Ok(new(&out))
}

fn split(a: &[Value], kw: &KwArgs, from_right: bool) -> PyResult<Obj> {
    let name = if from_right { "rsplit" } else { "split" };
    let params = crate::call::parse_native(name, a, kw, &["self", "sep", "maxsplit"], 1)?;
    let s = as_str(a[0]);
    let sep = match params[1] {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) if is_str(v) => Some(as_str(v)),
        Some(v) => return Err(type_error(format!("must be str or None, not {}", type_name_of(v)))),
    };
    let maxsplit = match params[2] {
        None => -1,
        Some(v) => protocol::index_value(v)?,
    };
    let parts: Vec<&str> = match sep {
        Some("") => return Err(value_error("empty separator")),
        Some(sep) => {
            if maxsplit < 0 {
                if from_right { s.rsplit(sep).collect::<Vec<_>>().into_iter().rev().collect() } else { s.split(sep).collect() }
            } else if from_right {
                let mut v: Vec<&str> = s.rsplitn(maxsplit as usize + 1, sep).collect();
                v.reverse();
                v
            } else {
                s.splitn(maxsplit as usize + 1, sep).collect()
            }
        }
        None => split_whitespace(s, maxsplit, from_right),
    };
    Ok(list::from_vec(parts.into_iter().map(new).collect()))
}

/// `split()` without a separator: runs of whitespace separate, and the
/// remainder after `maxsplit` splits keeps its inner whitespace.
fn split_whitespace(s: &str, maxsplit: i64, from_right: bool) -> Vec<&str> {
    let mut parts = Vec::new();
    if from_right {
        let mut rest = s.trim_end_matches(is_python_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(rest.trim_end_matches(is_python_space));
                break;
            }
            match rest.rfind(is_python_space) {
                Some(i) => {
                    let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                    parts.push(&rest[i + c..]);
                    rest = rest[..i].trim_end_matches(is_python_space);
                }
                None => {
                    parts.push(rest);
                    break;
                }
            }
        }
        parts.reverse();
        return parts;
    }
    let mut rest = s.trim_start_matches(is_python_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && parts.len() as i64 == maxsplit {
            parts.push(rest);
            break;
        }
        match rest.find(is_python_space) {
            Some(i) => {
                parts.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_python_space);
            }
            None => {
                parts.push(rest);
                break;
            }
        }
    }
    parts
}

fn strip(a: &[Value], left: bool, right: bool) -> PyResult<Obj> {
    let s = as_str(a[0]);
    let chars = match a.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(&v) => Some(str_arg(v, if left && right { "strip" } else if left { "lstrip" } else { "rstrip" })?),
    };
    let matches = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_python_space(c),
    };
    let mut t = s;
    if left {
        t = t.trim_start_matches(matches);
    }
    if right {
        t = t.trim_end_matches(matches);
    }
    if t.len() == s.len() && pystr::is_exact_str(a[0]) {
        return Ok(Obj::from_borrowed(a[0]));
    }
    Ok(new(t))
}

fn str_replace(a: &[Value]) -> PyResult<Obj> {
    let s = as_str(a[0]);
    if !is_str(a[1]) || !is_str(a[2]) {
        let bad = if is_str(a[1]) { a[2] } else { a[1] };
        return Err(type_error(format!(
            "replace() argument {} must be str, not {}",
            if is_str(a[1]) { 2 } else { 1 },
            type_name_of(bad)
        )));
    }
    let (old, newtext) = (as_str(a[1]), as_str(a[2]));
    let count = match a.get(3) {
        Some(&v) => protocol::index_value(v)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            // Insert between every character and at both ends.
            let mut out = String::from(newtext);
            for c in s.chars() {
                out.push(c);
                out.push_str(newtext);
            }
            return Ok(new(&out));
        }
        return Ok(new(&s.replace(old, newtext)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(newtext);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(newtext);
        }
        return Ok(new(&out));
    }
    Ok(new(&s.replacen(old, newtext, count as usize)))
}

/// Code-point bounds `[start, end)` from optional slice-style arguments,
/// converted to byte offsets.
fn byte_range(v: Value, start: Option<Value>, end: Option<Value>) -> PyResult<Option<(usize, usize)>> {
    let n = pystr::char_len(v) as i64;
    let clamp = |x: Option<Value>, default: i64| -> PyResult<i64> {
        match x {
            None => Ok(default),
            Some(x) if x.is_none() => Ok(default),
            Some(x) => {
                let i = protocol::index_value(x)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let (s, e) = (clamp(start, 0)?, clamp(end, n)?);
    if s > e {
        return Ok(None);
    }
    Ok(Some((pystr::byte_offset(v, s as usize), pystr::byte_offset(v, e as usize))))
}

fn affix(a: &[Value], prefix: bool) -> PyResult<Obj> {
    let name = if prefix { "startswith" } else { "endswith" };
    let Some((lo, hi)) = byte_range(a[0], a.get(2).copied(), a.get(3).copied())? else {
        return Ok(Obj::from_bool(false));
    };
    let s = &as_str(a[0])[lo..hi];
    let test = |needle: &str| if prefix { s.starts_with(needle) } else { s.ends_with(needle) };
    if tuple::is_tuple(a[1]) {
        for &item in tuple::items(a[1]) {
            if !is_str(item) {
                return Err(type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name_of(item)
                )));
            }
            if test(as_str(item)) {
                return Ok(Obj::from_bool(true));
            }
        }
        return Ok(Obj::from_bool(false));
    }
    if !is_str(a[1]) {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name_of(a[1])
        )));
    }
    Ok(Obj::from_bool(test(as_str(a[1]))))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find(a: &[Value], from_right: bool, raise: bool) -> PyResult<Obj> {
    if !is_str(a[1]) {
        return Err(type_error(format!("must be str, not {}", type_name_of(a[1]))));
    }
    let needle = as_str(a[1]);
    let found = match byte_range(a[0], a.get(2).copied(), a.get(3).copied())? {
        None => None,
        Some((lo, hi)) => {
            let s = &as_str(a[0])[lo..hi];
            let r = if from_right { s.rfind(needle) } else { s.find(needle) };
            r.map(|i| char_index(as_str(a[0]), lo + i))
        }
    };
    match found {
        Some(i) => Ok(int::from_i64(i)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(int::from_i64(-1)),
    }
}

fn str_count(a: &[Value]) -> PyResult<Obj> {
    if !is_str(a[1]) {
        return Err(type_error(format!("must be str, not {}", type_name_of(a[1]))));
    }
    let Some((lo, hi)) = byte_range(a[0], a.get(2).copied(), a.get(3).copied())? else {
        return Ok(int::from_i64(0));
    };
    let s = &as_str(a[0])[lo..hi];
    let needle = as_str(a[1]);
    let n = if needle.is_empty() { s.chars().count() + 1 } else { s.matches(needle).count() };
    Ok(int::from_i64(n as i64))
}

fn str_capitalize(a: &[Value]) -> PyResult<Obj> {
    let mut chars = as_str(a[0]).chars();
    let mut out = String::new();
    if let Some(first) = chars.next() {
        out.extend(title_case(first));
        out.push_str(&chars.as_str().to_lowercase());
    }
    Ok(new(&out))
}

/// Titlecase mapping of one character (approximated by uppercase except
/// for the digraphs whose titlecase differs).
fn title_case(c: char) -> Vec<char> {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => vec!['ǅ'],
        'Ǉ' | 'ǈ' | 'ǉ' => vec!['ǈ'],
        'Ǌ' | 'ǋ' | 'ǌ' => vec!['ǋ'],
        'Ǳ' | 'ǲ' | 'ǳ' => vec!['ǲ'],
        _ => c.to_uppercase().collect(),
    }
}

fn str_title(a: &[Value]) -> PyResult<Obj> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in as_str(a[0]).chars() {
        let is_cased = c.is_uppercase() || c.is_lowercase() || c.is_alphabetic() && c.to_lowercase().ne(c.to_uppercase());
        if is_cased {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(title_case(c));
            }
        } else {
            out.push(c);
        }
        prev_cased = is_cased;
    }
    Ok(new(&out))
}

fn str_swapcase(a: &[Value]) -> PyResult<Obj> {
    let mut out = String::new();
    for c in as_str(a[0]).chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new(&out))
}

enum Align {
    Left,
    Right,
    Center,
}

fn pad(a: &[Value], align: Align) -> PyResult<Obj> {
    let width = protocol::index_value(a[1])?;
    let fill = match a.get(2) {
        None => ' ',
        Some(&f) => {
            if !is_str(f) || pystr::char_len(f) != 1 {
                return Err(type_error("The fill character must be exactly one character long"));
            }
            pystr::char_at(f, 0)
        }
    };
    let s = as_str(a[0]);
    let n = pystr::char_len(a[0]) as i64;
    if width <= n {
        return Ok(Obj::from_borrowed(a[0]));
    }
    let total = (width - n) as usize;
    let (left, right) = match align {
        Align::Left => (0, total),
        Align::Right => (total, 0),
        // CPython puts the extra space on the right, except when both the
        // padding and the width are odd.
        Align::Center => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(s.len() + total);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new(&out))
}

fn str_zfill(a: &[Value]) -> PyResult<Obj> {
    let width = protocol::index_value(a[1])?;
    let s = as_str(a[0]);
    let n = pystr::char_len(a[0]) as i64;
    if width <= n {
        return Ok(Obj::from_borrowed(a[0]));
    }
    let zeros = "0".repeat((width - n) as usize);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(new(&out))
}

fn partition(a: &[Value], from_right: bool) -> PyResult<Obj> {
    if !is_str(a[1]) {
        return Err(type_error(format!("must be str, not {}", type_name_of(a[1]))));
    }
    let (s, sep) = (as_str(a[0]), as_str(a[1]));
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if from_right { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [new(&s[..i]), Obj::from_borrowed(a[1]), new(&s[i + sep.len()..])],
        None if from_right => [pystr::empty(), pystr::empty(), Obj::from_borrowed(a[0])],
        None => [Obj::from_borrowed(a[0]), pystr::empty(), pystr::empty()],
    };
    Ok(tuple::from_vec(parts.into()))
}

fn str_splitlines(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let params = crate::call::parse_native("splitlines", a, kw, &["self", "keepends"], 1)?;
    let keep = match params[1] {
        Some(v) => protocol::truthy(v)?,
        None => false,
    };
    let s = as_str(a[0]);
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                end += 1;
            }
        }
        out.push(new(if keep { &s[start..end] } else { &s[start..i] }));
        start = end;
    }
    if start < s.len() {
        out.push(new(&s[start..]));
    }
    Ok(list::from_vec(out))
}

fn str_removeprefix(a: &[Value]) -> PyResult<Obj> {
    let prefix = str_arg(a[1], "removeprefix")?;
    match as_str(a[0]).strip_prefix(prefix) {
        Some(rest) if !prefix.is_empty() => Ok(new(rest)),
        _ => Ok(Obj::from_borrowed(a[0])),
    }
}

fn str_removesuffix(a: &[Value]) -> PyResult<Obj> {
    let suffix = str_arg(a[1], "removesuffix")?;
    match as_str(a[0]).strip_suffix(suffix) {
        Some(rest) if !suffix.is_empty() => Ok(new(rest)),
        _ => Ok(Obj::from_borrowed(a[0])),
    }
}

fn str_encode(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let params = crate::call::parse_native("encode", a, kw, &["self", "encoding", "errors"], 1)?;
    crate::builtins::bytes::encode_str(a[0], params[1], params[2])
}

fn str_expandtabs(a: &[Value]) -> PyResult<Obj> {
    let size = match a.get(1) {
        Some(&v) => protocol::index_value(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut column = 0i64;
    for c in as_str(a[0]).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    column += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(new(&out))
}
