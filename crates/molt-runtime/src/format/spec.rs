//! The format specification mini-language (`format(x, spec)`, f-string
//! `{x:spec}`, `str.format`) for int, float, complex and str.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`

use num_bigint::BigInt;
use num_traits::Signed;

use crate::error::{PyResult, value_error};
use crate::numfmt::{self, FloatKind, FloatSpec, SignMode};

/// A parsed format specification.
#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_negative_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses a spec; `type_name` is used in CPython's error messages.
pub fn parse(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
    let mut buf = ['\0'; 24];
    let heap: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        heap = spec.chars().collect();
        &heap
    };
    let mut s = FormatSpec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_negative_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero_pad = true;
        i += 1;
    }
    let start = i;
    while chars.get(i).is_some_and(char::is_ascii_digit) {
        i += 1;
    }
    if i > start {
        s.width = Some(decimal(&chars[start..i])?);
    }
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
        if let Some(&d @ (',' | '_')) = chars.get(i) {
            let _ = d;
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if i == start {
            return Err(value_error("Format specifier missing precision"));
        }
        s.precision = Some(decimal(&chars[start..i])?);
    }
    if i < chars.len() {
        if i + 1 < chars.len() {
            return Err(value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
        }
        s.ty = Some(chars[i]);
    }
    if let Some(sep) = s.grouping {
        // PEP 378 and PEP 515: which presentation types take separators.
        let allowed = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            Some(_) => false,
        };
        if !allowed {
            let ty = s.ty.unwrap_or_default();
            let code = ty as u32;
            return Err(value_error(if code > 32 && code < 128 {
                format!("Cannot specify '{sep}' with '{ty}'.")
            } else {
                format!("Cannot specify '{sep}' with '\\x{code:x}'.")
            }));
        }
    }
    if s.zero_pad && s.fill.is_none() {
        s.fill = Some('0');
        if s.align.is_none() {
            s.align = Some('=');
        }
    }
    Ok(s)
}

/// The value of a run of ASCII digits in a spec.
fn decimal(digits: &[char]) -> PyResult<usize> {
    let mut n: usize = 0;
    for &d in digits {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize - '0' as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(n)
}

/// Pads `body` (which follows `prefix`, the sign and any base prefix) to the
/// width, honouring fill and alignment (`=` pads between prefix and body).
fn pad(prefix: &str, body: &str, spec: &FormatSpec, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = if width == 0 { 0 } else { char_count(prefix) + char_count(body) };
    let n = width.saturating_sub(len);
    let fill = spec.fill.unwrap_or(' ');
    let (before, between, after) = match spec.align.unwrap_or(default_align) {
        _ if n == 0 => (0, 0, 0),
        '<' => (0, 0, n),
        '^' => (n / 2, 0, n - n / 2),
        '=' => (0, n, 0),
        _ => (n, 0, 0),
    };
    let mut out = String::with_capacity(prefix.len() + body.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, before));
    out.push_str(prefix);
    out.extend(std::iter::repeat_n(fill, between));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

/// Inserts `sep` every `group` digits from the right of `digits`.
fn group_digits(digits: &str, sep: char, group: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(chars.len() * 4 / 3);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i) % group == 0 {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Zero-padded grouping: CPython counts the separators toward the width.
fn grouped_with_zero_fill(digits: &str, sep: char, group: usize, min_len: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let g = group_digits(&d, sep, group);
        if g.chars().count() >= min_len {
            return g;
        }
        d.insert(0, '0');
    }
}

fn sign_prefix(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// Formats an int.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = numfmt::bigint_to_f64(value).map_err(|_| crate::error::overflow_error("int too large to convert to float"))?;
        return format_float(f, spec);
    }
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_negative_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    let (radix, base_prefix) = match ty {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            if spec.sign.is_some() {
                return Err(value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let code = num_traits::ToPrimitive::to_u32(value)
                .and_then(char::from_u32)
                .ok_or_else(|| crate::error::overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad("", &code.to_string(), spec, '>'));
        }
        other => {
            return Err(value_error(format!("Unknown format code '{other}' for object of type 'int'")));
        }
    };
    if spec.grouping == Some(',') && radix != 10 {
        return Err(value_error(format!("Cannot specify ',' with '{ty}'.")));
    }
    let mut digits = value.abs().to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let mut prefix = sign_prefix(value.is_negative(), spec.sign).to_string();
    if spec.alternate {
        prefix.push_str(base_prefix);
    }
    if let Some(sep) = spec.grouping {
        let group = if radix == 10 { 3 } else { 4 };
        digits = if spec.fill == Some('0') && spec.align == Some('=') {
            let min = spec.width.unwrap_or(0).saturating_sub(prefix.len());
            grouped_with_zero_fill(&digits, sep, group, min)
        } else {
            group_digits(&digits, sep, group)
        };
    }
    Ok(pad(&prefix, &digits, spec, '>'))
}

/// Formats a float.
pub fn format_float(value: f64, spec: &FormatSpec) -> PyResult<String> {
    let kind = match spec.ty {
        None => FloatSpec::new(FloatKind::Default),
        Some(c) => FloatSpec::from_type_char(c)
            .ok_or_else(|| value_error(format!("Unknown format code '{c}' for object of type 'float'")))?,
    };
    let text = float_text(value, spec, kind)?;
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, text),
    };
    let prefix = sign_prefix(negative, spec.sign);
    let body = group_float_digits(&unsigned, spec, prefix.len());
    Ok(pad(prefix, &body, spec, '>'))
}

/// The float `value` in the presentation of `kind` with the spec's
/// precision, `#` and `z`; signed with a leading `-` only.
fn float_text(value: f64, spec: &FormatSpec, kind: FloatSpec) -> PyResult<String> {
    let mut fs = kind;
    fs.precision = spec.precision;
    fs.alternate = spec.alternate;
    fs.no_negative_zero = spec.no_negative_zero;
    fs.sign = SignMode::Negative;
    numfmt::format_float(value, &fs).map_err(|e| value_error(e.to_string()))
}

/// Inserts the grouping separators into the integer digits of an
/// unsigned float text; `prefix_len` is what precedes it (for zero fill).
fn group_float_digits(unsigned: &str, spec: &FormatSpec, prefix_len: usize) -> String {
    match spec.grouping {
        Some(sep) if unsigned.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
            let split = unsigned.find(|c: char| !c.is_ascii_digit()).unwrap_or(unsigned.len());
            let (int_part, rest) = unsigned.split_at(split);
            let grouped = if spec.fill == Some('0') && spec.align == Some('=') {
                let min = spec.width.unwrap_or(0).saturating_sub(prefix_len + rest.chars().count());
                grouped_with_zero_fill(int_part, sep, 3, min)
            } else {
                group_digits(int_part, sep, 3)
            };
            format!("{grouped}{rest}")
        }
        _ => unsigned.to_string(),
    }
}

/// Formats a complex number as CPython's `format_complex_internal`: each
/// part as a float of the spec's type; without a type, the parts are
/// written as in `repr` (or as `g` with a precision) inside parentheses,
/// and a positive-zero real part is left out. The imaginary part always
/// carries a sign unless it stands alone.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let kind = match spec.ty {
        None => None,
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => FloatSpec::from_type_char(c),
        Some(c) => return Err(value_error(format!("Unknown format code '{c}' for object of type '{type_name}'"))),
    };
    if spec.fill == Some('0') {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (kind, skip_re) = match kind {
        Some(k) => (k, false),
        None => {
            let k = if spec.precision.is_some() { FloatKind::General } else { FloatKind::Repr };
            (FloatSpec::new(k), re == 0.0 && re.is_sign_positive())
        }
    };
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let text = float_text(x, spec, kind)?;
        let (negative, unsigned) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        Ok(format!("{}{}", sign_prefix(negative, sign), group_float_digits(unsigned, spec, 0)))
    };
    let parens = spec.ty.is_none() && !skip_re;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, spec.sign)?);
    }
    body.push_str(&part(im, if skip_re { spec.sign } else { Some('+') })?);
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(pad("", &body, spec, '>'))
}

/// Formats a str.
pub fn format_str(value: &str, spec: &FormatSpec) -> PyResult<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(value_error(format!("Unknown format code '{c}' for object of type 'str'"))),
    }
    // The parser's separator check, with the type defaulting to 's'.
    if let Some(sep) = spec.grouping {
        return Err(value_error(format!("Cannot specify '{sep}' with 's'.")));
    }
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match spec.precision {
        Some(p) => value.chars().take(p).collect(),
        None => value.to_string(),
    };
    Ok(pad("", &body, spec, '<'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64, spec: &str) -> String {
        format_int(&BigInt::from(v), &parse(spec, "int").unwrap()).unwrap()
    }

    fn float(v: f64, spec: &str) -> String {
        format_float(v, &parse(spec, "float").unwrap()).unwrap()
    }

    #[test]
    fn ints_match_cpython() {
        assert_eq!(int(42, ">5"), "   42");
        assert_eq!(int(-42, "05"), "-0042");
        assert_eq!(int(1234567, ","), "1,234,567");
        assert_eq!(int(255, "#x"), "0xff");
        assert_eq!(int(255, "#010b"), "0b11111111");
        assert_eq!(int(1234, "08,"), "0,001,234");
        assert_eq!(int(65535, "_x"), "ffff");
        assert_eq!(int(-5, "^+7"), "  -5   ");
        assert_eq!(int(-5, "+^7"), "++-5+++");
        assert_eq!(int(5, "+"), "+5");
    }

    #[test]
    fn floats_match_cpython() {
        assert_eq!(float(3.14159, ".2f"), "3.14");
        assert_eq!(float(3.14159, "10.3f"), "     3.142");
        assert_eq!(float(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(float(0.5, ".0%"), "50%");
        assert_eq!(float(-0.0, "z.1f"), "0.0");
        assert_eq!(float(1e20, ""), "1e+20");
        assert_eq!(float(2.5, "*<8"), "2.5*****");
    }

    #[test]
    fn strings_match_cpython() {
        let s = |v: &str, spec: &str| format_str(v, &parse(spec, "str").unwrap()).unwrap();
        assert_eq!(s("ab", ">4"), "  ab");
        assert_eq!(s("ab", "^5"), " ab  ");
        assert_eq!(s("abcdef", ".3"), "abc");
        assert_eq!(s("ab", "-<4"), "ab--");
    }
}
