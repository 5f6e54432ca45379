//! printf-style formatting: `"%5.2f and %s" % (x, y)` and its bytes
//! form `b"%s: %d" % (name, n)`.
//!
//! Both run one engine over the format as characters; a bytes format is
//! read as Latin-1 and every piece it produces is Latin-1 too, so the
//! result converts back to bytes one character per byte. The bytes form
//! differs in its conversions: `%s`/`%b` take bytes-like objects or
//! `__bytes__`, `%r`/`%a` are `ascii()`, `%c` takes a byte, and mapping
//! keys are bytes.

use molt_abi::Value;

use crate::builtins::type_::type_name_of;
use crate::builtins::{dict, float, int, str as pystr, tuple};
use crate::error::{PyResult, type_error, value_error};
use crate::format::spec::{self, FormatSpec};
use crate::object::Obj;
use crate::protocol;

/// `fmt % args` for a str format.
pub fn format_str(fmt: Value, args: Value) -> PyResult<Obj> {
    let chars: Vec<char> = pystr::as_str(fmt).chars().collect();
    Ok(pystr::new(&format_chars(&chars, args, false)?))
}

/// `fmt % args` for a bytes or bytearray format.
pub fn format_bytes(fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    let out = format_chars(&chars, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The engine: `chars` is the format; `bytes_mode` selects the bytes
/// conversions.
fn format_chars(chars: &[char], args: Value, bytes_mode: bool) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<Value>) = if tuple::is_tuple(args) {
        (tuple::items(args).to_vec(), None)
    } else if is_mapping(args, bytes_mode) {
        (vec![args], Some(args))
    } else {
        (vec![args], None)
    };
    let mut next_arg = 0usize;
    let mut out = String::with_capacity(chars.len() + 16);
    let mut i = 0;
    let mut used_mapping = false;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key_value: Option<Obj> = None;
        if chars[i] == '(' {
            let Some(m) = mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let k = if bytes_mode {
                crate::builtins::bytes::new(&key.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>())
            } else {
                pystr::new(&key)
            };
            key_value = Some(protocol::getitem(m, k.v())?);
            used_mapping = true;
        }
        let mut s = FormatSpec::default();
        while i < chars.len() {
            match chars[i] {
                '-' => s.align = Some('<'),
                '+' => s.sign = Some('+'),
                ' ' => {
                    if s.sign.is_none() {
                        s.sign = Some(' ')
                    }
                }
                '#' => s.alternate = true,
                '0' => s.zero_pad = true,
                _ => break,
            }
            i += 1;
        }
        let mut take_arg = |key_value: &mut Option<Obj>| -> PyResult<Obj> {
            if let Some(v) = key_value.take() {
                return Ok(v);
            }
            if mapping.is_some() && used_mapping {
                return Err(type_error("format requires a mapping"));
            }
            match items.get(next_arg) {
                Some(&v) => {
                    next_arg += 1;
                    Ok(Obj::from_borrowed(v))
                }
                None => Err(type_error("not enough arguments for format string")),
            }
        };
        if i < chars.len() && chars[i] == '*' {
            let w = take_arg(&mut None)?;
            let w = protocol::index_value(w.v()).map_err(|_| type_error("* wants int"))?;
            if w < 0 {
                s.align = Some('<');
            }
            s.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                s.width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = take_arg(&mut None)?;
                s.precision = Some(protocol::index_value(p.v()).map_err(|_| type_error("* wants int"))?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                s.precision = Some(chars[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let code = chars[i];
        i += 1;
        if code == '%' {
            out.push('%');
            continue;
        }
        if s.zero_pad && s.align.is_none() {
            s.fill = Some('0');
            s.align = Some('=');
        }
        let arg = take_arg(&mut key_value)?;
        let v = arg.v();
        let piece = match code {
            's' | 'b' | 'r' | 'a' if bytes_mode => {
                let text = if code == 's' || code == 'b' { bytes_arg(v)? } else { pystr::as_str(protocol::ascii(v)?.v()).to_string() };
                let mut ss = s.clone();
                ss.sign = None;
                ss.alternate = false;
                ss.fill = None;
                if ss.align != Some('<') {
                    ss.align = Some('>');
                }
                spec::format_str(&text, &ss)?
            }
            'c' if bytes_mode => {
                let byte = match crate::builtins::buffer::view(v)? {
                    Some(b) if b.len() == 1 => b[0],
                    Some(_) => return Err(type_error("%c requires an integer in range(256) or a single byte")),
                    None => match crate::builtins::bytes::int_like(v)? {
                        Some(n @ 0..=255) => n as u8,
                        Some(_) => return Err(crate::error::overflow_error("%c arg not in range(256)")),
                        None => return Err(type_error("%c requires an integer in range(256) or a single byte")),
                    },
                };
                char_piece(byte as char, &s)?
            }
            's' | 'r' | 'a' => {
                let text = match code {
                    's' => protocol::str_(v)?,
                    'r' => protocol::repr(v)?,
                    _ => protocol::ascii(v)?,
                };
                let mut ss = s.clone();
                ss.sign = None;
                ss.alternate = false;
                ss.fill = None;
                // Text is right-aligned unless `-` is given; `0` does not
                // apply to it.
                if ss.align != Some('<') {
                    ss.align = Some('>');
                }
                spec::format_str(pystr::as_str(text.v()), &ss)?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                // The bytes form names `%i` as `%d` in its errors.
                let n = int_arg(v, if bytes_mode && code == 'i' { 'd' } else { code })?;
                let mut ss = s.clone();
                ss.ty = Some(match code {
                    'o' => 'o',
                    'x' => 'x',
                    'X' => 'X',
                    _ => 'd',
                });
                let precision = ss.precision.take();
                let mut text = spec::format_int(&n, &FormatSpec { width: None, fill: None, align: None, ..ss.clone() })?;
                if let Some(p) = precision {
                    // Precision pads the digits with zeros.
                    let (sign, digits) = split_sign_and_prefix(&text);
                    if digits.len() < p {
                        text = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                pad_piece(&text, &s)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = float_arg(v, bytes_mode)?;
                let mut ss = s.clone();
                ss.ty = Some(code);
                if ss.precision.is_none() {
                    ss.precision = Some(6);
                }
                spec::format_float(f, &ss)?
            }
            'c' => {
                let ch = if pystr::is_str(v) && pystr::char_len(v) == 1 {
                    pystr::char_at(v, 0)
                } else if int::is_int(v) {
                    // Saturated, so huge ints are out of range too.
                    let n = crate::builtins::bytes::int_like(v)?.unwrap_or(-1);
                    char::from_u32(n as u32)
                        .filter(|_| (0..0x110000).contains(&n))
                        .ok_or_else(|| crate::error::overflow_error("%c arg not in range(0x110000)"))?
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                char_piece(ch, &s)?
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && next_arg < items.len() {
        let kind = if bytes_mode { "bytes" } else { "string" };
        return Err(type_error(format!("not all arguments converted during {kind} formatting")));
    }
    Ok(out)
}

/// The bytes `%s`/`%b` inserts, as Latin-1 text: a bytes-like object's
/// bytes or the result of `__bytes__`.
fn bytes_arg(v: Value) -> PyResult<String> {
    if let Some(data) = crate::builtins::buffer::view(v)? {
        return Ok(data.iter().map(|&b| b as char).collect());
    }
    if let Some(r) = protocol::call_special(v, "__bytes__", &[])? {
        if !crate::builtins::bytes::is_bytes(r.v()) {
            return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name_of(r.v()))));
        }
        return Ok(crate::builtins::bytes::as_bytes(r.v()).iter().map(|&b| b as char).collect());
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name_of(v)
    )))
}

/// A `%c` piece: the character right-aligned in the width unless `-` is
/// given (zero padding and precision do not apply).
fn char_piece(c: char, s: &FormatSpec) -> PyResult<String> {
    let mut ss = s.clone();
    ss.sign = None;
    ss.fill = None;
    ss.precision = None;
    if ss.align != Some('<') {
        ss.align = Some('>');
    }
    spec::format_str(&c.to_string(), &ss)
}

/// Whether `args` is used as the mapping of `%(name)s` specifiers (and
/// is then not counted as a lone argument): anything subscriptable but a
/// tuple or a string of the format's kind, as CPython decides.
fn is_mapping(v: Value, bytes_mode: bool) -> bool {
    dict::is_dict(v)
        || (crate::object::type_slots(v).getitem.is_some()
            && !tuple::is_tuple(v)
            && !pystr::is_str(v)
            && !(bytes_mode && (crate::builtins::bytes::is_bytes(v) || crate::builtins::bytearray::is_bytearray(v))))
}

fn split_sign_and_prefix(text: &str) -> (&str, &str) {
    let mut cut = 0;
    for p in ["-", "+", " "] {
        if text.starts_with(p) {
            cut = 1;
        }
    }
    for p in ["0x", "0X", "0o"] {
        if text[cut..].starts_with(p) {
            cut += 2;
        }
    }
    text.split_at(cut)
}

fn pad_piece(text: &str, s: &FormatSpec) -> String {
    let width = s.width.unwrap_or(0);
    let len = text.chars().count();
    if len >= width {
        return text.to_string();
    }
    let n = width - len;
    match s.align {
        Some('<') => format!("{text}{}", " ".repeat(n)),
        Some('=') => {
            let (prefix, digits) = split_sign_and_prefix(text);
            format!("{prefix}{}{digits}", "0".repeat(n))
        }
        _ => format!("{}{text}", " ".repeat(n)),
    }
}

fn int_arg(v: Value, code: char) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = int::to_bigint(v) {
        return Ok(i);
    }
    if float::is_float(v) && matches!(code, 'd' | 'i' | 'u') {
        let f = float::value_of(v);
        let i = int::from_f64(f)?;
        return Ok(int::to_bigint(i.v()).unwrap_or_default());
    }
    if let Some(r) = protocol::call_special(v, "__index__", &[])? {
        if let Some(i) = int::to_bigint(r.v()) {
            return Ok(i);
        }
    }
    if matches!(code, 'd' | 'i' | 'u') {
        if let Some(r) = protocol::call_special(v, "__int__", &[])? {
            if let Some(i) = int::to_bigint(r.v()) {
                return Ok(i);
            }
        }
        return Err(type_error(format!("%{code} format: a real number is required, not {}", type_name_of(v))));
    }
    Err(type_error(format!("%{code} format: an integer is required, not {}", type_name_of(v))))
}

/// A float conversion's argument; the bytes form words the error its own
/// way.
fn float_arg(v: Value, bytes_mode: bool) -> PyResult<f64> {
    match crate::format::as_float_arg(v) {
        Err(_) if bytes_mode && crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR) => {
            Err(type_error(format!("float argument required, not {}", type_name_of(v))))
        }
        r => r,
    }
}
