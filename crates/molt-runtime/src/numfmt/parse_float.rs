//! `float(str)` and `float(bytes)`: CPython 3.12's string-to-float grammar.
//!
//! CPython (`PyFloat_FromString`) first reduces a `str` to ASCII (see
//! [`super::unicode`]), then removes underscores, each of which must sit
//! between two ASCII digits (`_Py_string_to_number_with_underscores`), then
//! strips ASCII whitespace from both ends and hands the rest to
//! `_PyOS_ascii_strtod`, which must consume all of it. That accepts:
//!
//! * an optional sign, then digits with at most one decimal point and at
//!   least one digit (`1.`, `.5`, `007`), then an optional exponent
//!   `e`/`E`, optional sign, digits;
//! * or an optional sign and `inf`, `infinity` or `nan`, any case
//!   (`-nan` is a NaN with the sign bit set).
//!
//! Out-of-range values are not errors: they round to infinity or to a
//! (signed) zero. The conversion itself must be correctly rounded; it is
//! delegated to the standard library's parser, which is, once the text has
//! been checked against the grammar above.

use std::borrow::Cow;

use super::error::ParseFloatError;
use super::unicode;

/// `float(s)` for a `str` argument.
pub fn parse_float(s: &str) -> Result<f64, ParseFloatError> {
    parse_float_bytes(&unicode::to_ascii(s))
}

/// `float(b)` for a `bytes`-like argument: the same grammar, but only ASCII
/// whitespace and digits count (no Unicode reduction).
pub fn parse_float_bytes(text: &[u8]) -> Result<f64, ParseFloatError> {
    let text = remove_underscores(text)?;
    let text = trim_space(&text);
    let (negative, body) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let magnitude = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case(b"nan") {
        f64::NAN
    } else if is_decimal_literal(body) {
        std::str::from_utf8(body)
            .ok()
            .and_then(|digits| digits.parse::<f64>().ok())
            .ok_or(ParseFloatError)?
    } else {
        return Err(ParseFloatError);
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// Drops the underscores of `text`, each of which must have an ASCII digit
/// on both sides.
fn remove_underscores(text: &[u8]) -> Result<Cow<'_, [u8]>, ParseFloatError> {
    if !text.contains(&b'_') {
        return Ok(Cow::Borrowed(text));
    }
    let between_digits = |i: usize| {
        i > 0 && text[i - 1].is_ascii_digit() && text.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    let all_valid = text
        .iter()
        .enumerate()
        .all(|(i, &byte)| byte != b'_' || between_digits(i));
    if !all_valid {
        return Err(ParseFloatError);
    }
    Ok(Cow::Owned(
        text.iter().copied().filter(|&byte| byte != b'_').collect(),
    ))
}

/// Strips CPython's ASCII whitespace (`Py_ISSPACE`, which unlike
/// `u8::is_ascii_whitespace` includes the vertical tab) from both ends.
fn trim_space(text: &[u8]) -> &[u8] {
    let is_text = |b: &u8| !unicode::is_ascii_space(*b);
    match (
        text.iter().position(is_text),
        text.iter().rposition(is_text),
    ) {
        (Some(start), Some(end)) => &text[start..=end],
        _ => &[],
    }
}

/// Whether `body` (sign removed) is `digits[.digits][(e|E)[sign]digits]`
/// with at least one mantissa digit.
fn is_decimal_literal(body: &[u8]) -> bool {
    let int_len = count_digits(body);
    let mut rest = &body[int_len..];
    let mut frac_len = 0;
    if let Some((b'.', after_point)) = rest.split_first() {
        frac_len = count_digits(after_point);
        rest = &after_point[frac_len..];
    }
    if int_len + frac_len == 0 {
        return false;
    }
    match rest.split_first() {
        None => true,
        Some((b'e' | b'E', exponent)) => {
            let exponent = match exponent.split_first() {
                Some((b'+' | b'-', digits)) => digits,
                _ => exponent,
            };
            !exponent.is_empty() && count_digits(exponent) == exponent.len()
        }
        Some(_) => false,
    }
}

/// The number of leading ASCII digits of `text`.
fn count_digits(text: &[u8]) -> usize {
    text.iter().take_while(|b| b.is_ascii_digit()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stand-ins for the two NaN results, compared by sign only.
    const NAN_POS: f64 = f64::NAN;
    const NAN_NEG: f64 = -f64::NAN;

    /// `float(s)` in CPython 3.12: the value, or the ValueError
    /// "could not convert string to float: ...".
    const CASES: &[(&str, Result<f64, ParseFloatError>)] = &[
        ("1.5", Ok(1.5)),
        (" 1.5 ", Ok(1.5)),
        ("\u{9}\u{a}\u{b}\u{c}\u{d} 42\u{d}\u{a}", Ok(42.0)),
        ("-0", Ok(-0.0)),
        ("-0.0", Ok(-0.0)),
        ("+.5", Ok(0.5)),
        ("1.", Ok(1.0)),
        (".5", Ok(0.5)),
        ("5e3", Ok(5000.0)),
        ("5E+3", Ok(5000.0)),
        ("5e-3", Ok(0.005)),
        ("1_000.000_1", Ok(1000.0001)),
        ("1e1_0", Ok(10000000000.0)),
        ("00012", Ok(12.0)),
        ("0.000_1", Ok(0.0001)),
        ("inf", Ok(f64::INFINITY)),
        ("-inf", Ok(f64::NEG_INFINITY)),
        ("+inf", Ok(f64::INFINITY)),
        ("INF", Ok(f64::INFINITY)),
        ("Infinity", Ok(f64::INFINITY)),
        ("-iNfInItY", Ok(f64::NEG_INFINITY)),
        ("nan", Ok(NAN_POS)),
        ("-nan", Ok(NAN_NEG)),
        ("+NaN", Ok(NAN_POS)),
        ("NAN", Ok(NAN_POS)),
        ("1e400", Ok(f64::INFINITY)),
        ("-1e400", Ok(f64::NEG_INFINITY)),
        ("1e-400", Ok(0.0)),
        ("-1e-400", Ok(-0.0)),
        ("1e99999999999999999999", Ok(f64::INFINITY)),
        ("1e-99999999999999999999", Ok(0.0)),
        ("2.4703282292062328e-324", Ok(5e-324)),
        ("2.4703282292062327e-324", Ok(0.0)),
        ("4.9406564584124654e-324", Ok(5e-324)),
        ("1.7976931348623157e308", Ok(1.7976931348623157e+308)),
        ("1.7976931348623158e308", Ok(1.7976931348623157e+308)),
        ("1.7976931348623159e308", Ok(f64::INFINITY)),
        ("0.1", Ok(0.1)),
        ("0.30000000000000004", Ok(0.30000000000000004)),
        ("9007199254740993", Ok(9007199254740992.0)),
        (
            "9007199254740993.0000000000000000000000000000001",
            Ok(9007199254740994.0),
        ),
        ("123456789012345678901234567890", Ok(1.2345678901234568e+29)),
        ("\u{661}.\u{665}", Ok(1.5)),
        ("\u{a0}1.5\u{2028}", Ok(1.5)),
        ("1\u{85}", Ok(1.0)),
        ("\u{ff11}\u{ff12}.\u{ff15}e\u{ff12}", Ok(1250.0)),
        ("\u{663}_\u{663}", Ok(33.0)),
        ("", Err(ParseFloatError)),
        (" ", Err(ParseFloatError)),
        (".", Err(ParseFloatError)),
        ("e5", Err(ParseFloatError)),
        (".e5", Err(ParseFloatError)),
        ("1e", Err(ParseFloatError)),
        ("1e+", Err(ParseFloatError)),
        ("1e-", Err(ParseFloatError)),
        ("+", Err(ParseFloatError)),
        ("-", Err(ParseFloatError)),
        ("1.5.", Err(ParseFloatError)),
        ("1..5", Err(ParseFloatError)),
        ("--1", Err(ParseFloatError)),
        ("+-1", Err(ParseFloatError)),
        ("- 1", Err(ParseFloatError)),
        ("1 2", Err(ParseFloatError)),
        ("abc", Err(ParseFloatError)),
        ("0x10", Err(ParseFloatError)),
        ("1_", Err(ParseFloatError)),
        ("_1", Err(ParseFloatError)),
        ("1__0", Err(ParseFloatError)),
        ("1_.5", Err(ParseFloatError)),
        ("1._5", Err(ParseFloatError)),
        ("1_e5", Err(ParseFloatError)),
        ("1e_5", Err(ParseFloatError)),
        ("1e5_", Err(ParseFloatError)),
        ("in_f", Err(ParseFloatError)),
        ("infinit", Err(ParseFloatError)),
        ("infinityy", Err(ParseFloatError)),
        ("nanx", Err(ParseFloatError)),
        ("nan(1)", Err(ParseFloatError)),
        ("inf inf", Err(ParseFloatError)),
        ("1\u{0}", Err(ParseFloatError)),
        ("1\u{1c}", Err(ParseFloatError)),
        ("\u{1c}1", Err(ParseFloatError)),
        ("1\u{7f}", Err(ParseFloatError)),
        ("\u{b2}", Err(ParseFloatError)),
        ("1\u{200b}", Err(ParseFloatError)),
        ("\u{ff11}.5\u{b2}", Err(ParseFloatError)),
        ("\u{ff49}\u{ff4e}\u{ff46}", Err(ParseFloatError)),
        ("1,5", Err(ParseFloatError)),
        ("1d5", Err(ParseFloatError)),
        ("1.5f", Err(ParseFloatError)),
        ("i", Err(ParseFloatError)),
        ("na", Err(ParseFloatError)),
        (" +inf ", Ok(f64::INFINITY)),
        ("0e0", Ok(0.0)),
        ("0e", Err(ParseFloatError)),
        ("+0.e-0", Ok(0.0)),
        (".0e5", Ok(0.0)),
        ("1_2_3.4_5e1_2", Ok(123450000000000.0)),
        ("1e+_5", Err(ParseFloatError)),
    ];

    fn same(a: f64, b: f64) -> bool {
        if a.is_nan() {
            b.is_nan() && a.is_sign_negative() == b.is_sign_negative()
        } else {
            a.to_bits() == b.to_bits()
        }
    }

    #[test]
    fn matches_cpython() {
        for (text, expected) in CASES {
            let got = parse_float(text);
            let ok = match (got, expected) {
                (Ok(a), Ok(b)) => same(a, *b),
                (Err(a), Err(b)) => a == *b,
                _ => false,
            };
            assert!(ok, "float({text:?}): got {got:?}, expected {expected:?}");
        }
    }

    #[test]
    fn long_mantissas_round_correctly() {
        // float('1' + '0'*400 + 'e-400') == 1.0
        let text = format!("1{}e-400", "0".repeat(400));
        assert_eq!(parse_float(&text), Ok(1.0));
        // float('0.' + '0'*400 + '1e400') == 0.1
        let text = format!("0.{}1e400", "0".repeat(400));
        assert_eq!(parse_float(&text), Ok(0.1));
        // Halfway between 2**53 and 2**53 + 2, nudged up by a digit far out:
        // float('9007199254740993.' + '0'*1000 + '1') == 9007199254740994.0
        let text = format!("9007199254740993.{}1", "0".repeat(1000));
        assert_eq!(parse_float(&text), Ok(9007199254740994.0));
    }

    #[test]
    fn bytes_skip_unicode_reduction() {
        // float(b' 1.5\n') == 1.5 and float(b'1_0') == 10.0, but
        // float(b'\xa01.5') and float(b'1.5\x85') raise ValueError.
        assert_eq!(parse_float_bytes(b" 1.5\n"), Ok(1.5));
        assert_eq!(parse_float_bytes(b"1_0"), Ok(10.0));
        assert_eq!(parse_float_bytes(b"inf"), Ok(f64::INFINITY));
        assert_eq!(parse_float_bytes(b"\xa01.5"), Err(ParseFloatError));
        assert_eq!(parse_float_bytes(b"1.5\x85"), Err(ParseFloatError));
        assert_eq!(parse_float_bytes(b"\xff"), Err(ParseFloatError));
    }
}
