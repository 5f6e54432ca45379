//! The method table of `str`, with the methods that neither search nor
//! split (those are in `str_search`), translate (`str_translate`) or
//! encode (`codecs`): joining, case conversion, the `is*` predicates,
//! padding, tab expansion and formatting.
//!
//! Argument handling follows the CPython 3.12 signature of each method,
//! because the error messages differ by kind: Argument Clinic methods
//! (`center`, `replace`, ...) report "center expected at least 1 argument,
//! got 0" (checked by `MethodDef::positional`), while the `METH_VARARGS`
//! ones (`find`, `count`, `startswith`, ...) report "count() takes at least
//! 1 argument (0 given)" ([`varargs`]) and keyword methods report "'x' is
//! an invalid keyword argument for split()" ([`parse_kw`]).

use molt_abi::Value;

use crate::builtins::str::{self as pystr, as_str, is_str, new};
use crate::builtins::str_search::{self as search, unchanged};
use crate::builtins::type_::{MethodDef, type_name_of};
use crate::builtins::{int, list, tuple};
use crate::call::KwArgs;
use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;
use crate::unicode::{self, ALPHA, DECIMAL, DIGIT, NUMERIC, XID_CONTINUE, XID_START, case};

pub const STR_METHODS: &[MethodDef] = &[
    MethodDef::positional("join", str_join, 1, 1),
    MethodDef::positional("__format__", crate::format::str_format_method, 1, 1),
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
    MethodDef::positional("upper", |a| ascii_case_method(a, true, case::upper), 0, 0),
    MethodDef::positional("lower", |a| ascii_case_method(a, false, case::lower), 0, 0),
    MethodDef::positional("casefold", |a| ascii_case_method(a, false, case::casefold), 0, 0),
    MethodDef::positional("capitalize", |a| case_method(a, case::capitalize), 0, 0),
    MethodDef::positional("title", |a| case_method(a, case::title), 0, 0),
    MethodDef::positional("swapcase", |a| case_method(a, case::swapcase), 0, 0),
    MethodDef::positional("isalpha", |a| all_chars(a, |c| c.is_ascii_alphabetic(), ALPHA), 0, 0),
    MethodDef::positional("isdecimal", |a| all_chars(a, |c| c.is_ascii_digit(), DECIMAL), 0, 0),
    MethodDef::positional("isdigit", |a| all_chars(a, |c| c.is_ascii_digit(), DIGIT), 0, 0),
    MethodDef::positional("isnumeric", |a| all_chars(a, |c| c.is_ascii_digit(), NUMERIC), 0, 0),
    MethodDef::positional("isalnum", |a| predicate(a, unicode::is_alnum), 0, 0),
    MethodDef::positional("isspace", |a| predicate(a, unicode::is_space), 0, 0),
    MethodDef::positional("isascii", |a| Ok(Obj::from_bool(pystr::is_ascii(a[0]))), 0, 0),
    MethodDef::positional("isupper", |a| Ok(Obj::from_bool(case::is_cased_as(as_str(a[0]), true))), 0, 0),
    MethodDef::positional("islower", |a| Ok(Obj::from_bool(case::is_cased_as(as_str(a[0]), false))), 0, 0),
    MethodDef::positional("istitle", |a| Ok(Obj::from_bool(case::is_title(as_str(a[0])))), 0, 0),
    MethodDef::positional("isidentifier", |a| Ok(Obj::from_bool(is_identifier(as_str(a[0])))), 0, 0),
    MethodDef::positional("isprintable", |a| Ok(Obj::from_bool(as_str(a[0]).chars().all(unicode::is_printable))), 0, 0),
    MethodDef::positional("center", |a| pad(a, Align::Center), 1, 2),
    MethodDef::positional("ljust", |a| pad(a, Align::Left), 1, 2),
    MethodDef::positional("rjust", |a| pad(a, Align::Right), 1, 2),
    MethodDef::positional("zfill", str_zfill, 1, 1),
    MethodDef::keywords("expandtabs", str_expandtabs),
    MethodDef::positional("removeprefix", |a| remove_affix(a, true), 1, 1),
    MethodDef::positional("removesuffix", |a| remove_affix(a, false), 1, 1),
    MethodDef::keywords("format", |a, kw| crate::format::str_format::format_method(a[0], &a[1..], kw)),
    MethodDef::positional("format_map", |a| crate::format::str_format::format_map(a[0], a[1]), 1, 1),
    MethodDef::keywords("encode", crate::codecs::glue::encode_method),
    MethodDef::positional("maketrans", crate::builtins::str_translate::maketrans, 1, 3).static_(),
    MethodDef::positional("translate", crate::builtins::str_translate::translate, 1, 1),
    MethodDef::positional("__getnewargs__", |a| Ok(tuple::from_vec(vec![new(as_str(a[0]))])), 0, 0),
    MethodDef::positional("__sizeof__", |a| Ok(int::from_i64(pystr::cpython_sizeof(a[0]) as i64)), 0, 0),
];

/// Arguments of a `METH_VARARGS` method (`self` first in `a`): no
/// keywords, and between `min` and `max` positional arguments.
pub fn varargs<'a>(a: &'a [Value], kw: &KwArgs, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
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

/// Optional parameters `names` of a keyword-accepting method, from its
/// positional arguments (after `self`) and keywords.
pub fn parse_kw<const N: usize>(name: &str, args: &[Value], kw: &KwArgs, names: [&str; N]) -> PyResult<[Option<Value>; N]> {
    let given = args.len() + kw.names.len();
    if given > N {
        let plural = if N == 1 { "" } else { "s" };
        return Err(type_error(format!("{name}() takes at most {N} argument{plural} ({given} given)")));
    }
    let mut out = [None; N];
    for (slot, &v) in out.iter_mut().zip(args) {
        *slot = Some(v);
    }
    for (key, value) in kw.iter() {
        match names.iter().position(|&n| n == key) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!("argument for {name}() given by name ('{key}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(value),
            None => return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok(out)
}

/// The type name in Argument Clinic's "argument 1 must be str, not X"
/// messages, which say `None` where other messages say `NoneType`.
pub fn clinic_type_name(v: Value) -> String {
    if v.is_none() { "None".to_string() } else { type_name_of(v) }
}

fn case_method(a: &[Value], f: fn(&str) -> String) -> PyResult<Obj> {
    let out = f(as_str(a[0]));
    Ok(if pystr::is_ascii(a[0]) { pystr::new_ascii(&out) } else { new(&out) })
}

/// `upper()`/`lower()`/`casefold()`, writing ASCII text in place.
fn ascii_case_method(a: &[Value], upper: bool, f: fn(&str) -> String) -> PyResult<Obj> {
    if !pystr::is_ascii(a[0]) {
        return case_method(a, f);
    }
    let s = as_str(a[0]);
    // SAFETY: case-mapping ASCII bytes keeps them ASCII, one per character.
    Ok(unsafe {
        pystr::new_filled(s.len(), s.len(), |buf| {
            buf.copy_from_slice(s.as_bytes());
            if upper { buf.make_ascii_uppercase() } else { buf.make_ascii_lowercase() }
        })
    })
}

/// A predicate true when the text is non-empty and every character passes.
fn predicate(a: &[Value], f: fn(char) -> bool) -> PyResult<Obj> {
    let s = as_str(a[0]);
    Ok(Obj::from_bool(!s.is_empty() && s.chars().all(f)))
}

/// A predicate on one Unicode flag, with its ASCII equivalent for speed.
fn all_chars(a: &[Value], ascii: fn(&u8) -> bool, flag: u16) -> PyResult<Obj> {
    let s = as_str(a[0]);
    let ok = if pystr::is_ascii(a[0]) {
        !s.is_empty() && s.as_bytes().iter().all(ascii)
    } else {
        s.chars().all(|c| unicode::flags(c) & flag != 0)
    };
    Ok(Obj::from_bool(ok))
}

/// `str.isidentifier()`: an XID_Start character or `_`, then XID_Continue
/// characters (keywords included, as in CPython).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode::has(c, XID_START) => chars.all(|c| unicode::has(c, XID_CONTINUE)),
        _ => false,
    }
}

fn str_join(a: &[Value]) -> PyResult<Obj> {
    let owned;
    let items: &[Value] = if list::is_exact_list(a[1]) {
        list::items(a[1])
    } else if tuple::is_exact_tuple(a[1]) {
        tuple::items(a[1])
    } else {
        owned = collect_iterable(a[1])?;
        &owned.iter().map(Obj::v).collect::<Vec<_>>()
    };
    join_values(a[0], items)
}

/// The items of an iterable, with CPython's `PySequence_Fast` message when
/// it is not one.
fn collect_iterable(v: Value) -> PyResult<Vec<Obj>> {
    if let Err(e) = protocol::iter(v) {
        if crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR) {
            crate::error::clear_raised();
            return Err(type_error("can only join an iterable"));
        }
        return Err(e);
    }
    protocol::collect(v)
}

/// `sep.join(items)`: one pass to check types and size the result, one to
/// copy.
pub fn join_values(sep_v: Value, items: &[Value]) -> PyResult<Obj> {
    let sep = as_str(sep_v);
    let gaps = items.len().saturating_sub(1);
    let (mut nbytes, mut chars) = (sep.len() * gaps, pystr::char_len(sep_v) * gaps);
    for (i, &item) in items.iter().enumerate() {
        if !is_str(item) {
            return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name_of(item))));
        }
        nbytes += as_str(item).len();
        chars += pystr::char_len(item);
    }
    if items.len() == 1 && pystr::is_exact_str(items[0]) {
        return Ok(Obj::from_borrowed(items[0]));
    }
    if nbytes > crate::object::MAX_ALLOC {
        return Err(crate::error::overflow_error("join() result is too long for a Python string"));
    }
    // SAFETY: writes every item and separator, whose lengths were summed.
    Ok(unsafe {
        pystr::new_filled(nbytes, chars, |buf| {
            let mut at = 0;
            for (i, &item) in items.iter().enumerate() {
                if i > 0 {
                    buf[at..at + sep.len()].copy_from_slice(sep.as_bytes());
                    at += sep.len();
                }
                let text = as_str(item).as_bytes();
                buf[at..at + text.len()].copy_from_slice(text);
                at += text.len();
            }
        })
    })
}

enum Align {
    Left,
    Right,
    Center,
}

/// The `fillchar` argument of `center`/`ljust`/`rjust`.
fn fill_char(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(&f) if !is_str(f) => {
            Err(type_error(format!("The fill character must be a unicode character, not {}", type_name_of(f))))
        }
        Some(&f) if pystr::char_len(f) != 1 => Err(type_error("The fill character must be exactly one character long")),
        Some(&f) => Ok(pystr::char_at(f, 0)),
    }
}

fn pad(a: &[Value], align: Align) -> PyResult<Obj> {
    let width = protocol::index_value(a[1])?;
    let fill = fill_char(a.get(2))?;
    let n = pystr::char_len(a[0]) as i64;
    if width <= n {
        return Ok(unchanged(a[0]));
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
    let s = as_str(a[0]);
    let mut out = String::with_capacity(s.len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new(&out))
}

/// `zfill(width)`: zeros on the left, after a leading sign.
fn str_zfill(a: &[Value]) -> PyResult<Obj> {
    let width = protocol::index_value(a[1])?;
    let s = as_str(a[0]);
    let n = pystr::char_len(a[0]) as i64;
    if width <= n {
        return Ok(unchanged(a[0]));
    }
    let zeros = "0".repeat((width - n) as usize);
    let out = match s.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => format!("{}{zeros}{}", sign as char, &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(new(&out))
}

/// `expandtabs(tabsize=8)`: each tab becomes the spaces up to the next
/// multiple of `tabsize` columns; `\n` and `\r` reset the column; a
/// tabsize of zero or less removes tabs.
fn str_expandtabs(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [tabsize] = parse_kw("expandtabs", &a[1..], kw, ["tabsize"])?;
    let size = match tabsize {
        Some(v) => protocol::index_value(v)?,
        None => 8,
    };
    let s = as_str(a[0]);
    if !s.contains('\t') {
        return Ok(unchanged(a[0]));
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0i64;
    for c in s.chars() {
        match c {
            '\t' if size > 0 => {
                let n = size - column % size;
                if out.len() as u64 + n as u64 > crate::object::MAX_ALLOC as u64 {
                    return Err(crate::error::overflow_error("new string is too long"));
                }
                out.extend(std::iter::repeat_n(' ', n as usize));
                column += n;
            }
            '\t' => {}
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

/// `removeprefix` / `removesuffix`.
fn remove_affix(a: &[Value], prefix: bool) -> PyResult<Obj> {
    if !is_str(a[1]) {
        let name = if prefix { "removeprefix" } else { "removesuffix" };
        return Err(type_error(format!("{name}() argument must be str, not {}", clinic_type_name(a[1]))));
    }
    let (s, affix) = (as_str(a[0]), as_str(a[1]));
    let rest = if prefix { s.strip_prefix(affix) } else { s.strip_suffix(affix) };
    match rest {
        Some(rest) if !affix.is_empty() => Ok(new(rest)),
        _ => Ok(unchanged(a[0])),
    }
}
