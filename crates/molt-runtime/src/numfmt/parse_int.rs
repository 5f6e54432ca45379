//! `int(str, base)` and `int(bytes, base)`: CPython 3.12's integer literal
//! grammar (`PyLong_FromString` and `long_from_string_base` in
//! Objects/longobject.c).
//!
//! After the Unicode reduction of a `str` (see [`super::unicode`]) the text
//! must be, in order:
//!
//! 1. optional ASCII whitespace, then an optional `+` or `-`;
//! 2. with base 0, a prefix selecting the base: `0x`/`0X` 16, `0o`/`0O` 8,
//!    `0b`/`0B` 2, anything else 10 — and then a leading `0` only allows
//!    the value zero (`'010'` is invalid but `'000'` and `'0_0'` are not);
//!    with base 16, 8 or 2 the matching prefix may also be present;
//!    a single `_` may follow a prefix;
//! 3. one or more digits of the base (`0-9`, then `a-z` in either case),
//!    with single underscores allowed between digits;
//! 4. optional ASCII whitespace, and nothing else.
//!
//! CPython parses a NUL-terminated copy, so a NUL ends the parse and the
//! argument is then rejected as invalid, unless the part before the NUL
//! already failed (for instance on the digit limit, which is reported as
//! such).
//!
//! Since CPython 3.11 literals in bases that are not powers of two may not
//! have more digits (underscores excluded) than `sys.get_int_max_str_digits()`
//! (4300 by default, 0 for no limit), to bound the quadratic conversion
//! cost. That check comes after the syntax check and before the value check
//! of base-0 literals with a leading zero.

use num_bigint::{BigInt, BigUint, Sign};

use super::error::ParseIntError;
use super::unicode;

/// The default of `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// The value of an integer literal: an `i64` whenever it fits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedInt {
    /// The value fits in an `i64`.
    Small(i64),
    /// The value is outside the `i64` range.
    Big(BigInt),
}

/// `int(s, base)` for a `str` argument. `max_str_digits` is the interpreter's
/// `sys.get_int_max_str_digits()` (0 disables the limit). A base outside
/// 0 and 2..=36 is [`ParseIntError::InvalidBase`]; callers with a wider base
/// type should report out-of-range values the same way.
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> Result<ParsedInt, ParseIntError> {
    parse_int_bytes(&unicode::to_ascii(s), base, max_str_digits)
}

/// `int(b, base)` for a `bytes`-like argument: the same grammar without the
/// Unicode reduction.
pub fn parse_int_bytes(
    text: &[u8],
    base: u32,
    max_str_digits: usize,
) -> Result<ParsedInt, ParseIntError> {
    check_base(base)?;
    let invalid = ParseIntError::InvalidLiteral { base };
    match text.iter().position(|&b| b == 0) {
        Some(nul) => parse_c_string(&text[..nul], base, max_str_digits).and(Err(invalid)),
        None => parse_c_string(text, base, max_str_digits),
    }
}

/// Rejects bases other than 0 and 2..=36.
fn check_base(base: u32) -> Result<(), ParseIntError> {
    if base == 1 || base > 36 {
        return Err(ParseIntError::InvalidBase);
    }
    Ok(())
}

/// Parses NUL-free text; `base` is the caller's (valid) base argument.
fn parse_c_string(
    text: &[u8],
    base: u32,
    max_str_digits: usize,
) -> Result<ParsedInt, ParseIntError> {
    let invalid = ParseIntError::InvalidLiteral { base };
    let text = skip_space(text);
    let (negative, text) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    let prefix_base = match text {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    let (radix, zero_only) = match (base, prefix_base) {
        (0, Some(prefix)) => (prefix, false),
        (0, None) => (10, text.first() == Some(&b'0')),
        (base, _) => (base, false),
    };
    let mut body = text;
    if prefix_base == Some(radix) {
        body = &body[2..];
        if let Some((b'_', rest)) = body.split_first() {
            body = rest;
        }
    }

    let (digits, rest) = split_digits(body, radix).ok_or(invalid)?;
    if !skip_space(rest).is_empty() {
        return Err(invalid);
    }
    if !radix.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(ParseIntError::TooManyDigits {
            limit: max_str_digits,
            digits: digits.len(),
        });
    }
    let magnitude = value_of(&digits, radix).ok_or(invalid)?;
    if zero_only && magnitude != Magnitude::Small(0) {
        return Err(invalid);
    }
    Ok(apply_sign(magnitude, negative))
}

/// Skips leading `Py_ISSPACE` whitespace.
fn skip_space(text: &[u8]) -> &[u8] {
    let start = text
        .iter()
        .position(|&b| !unicode::is_ascii_space(b))
        .unwrap_or(text.len());
    &text[start..]
}

/// Splits off the digit run at the start of `text`: the digit values (at
/// least one) and the remaining text. Underscores may only separate two
/// digits. `None` when the run is empty or misuses an underscore.
fn split_digits(text: &[u8], radix: u32) -> Option<(Vec<u8>, &[u8])> {
    let mut values = Vec::new();
    let mut previous_underscore = false;
    let mut end = text.len();
    for (i, &byte) in text.iter().enumerate() {
        if byte == b'_' {
            if previous_underscore || values.is_empty() {
                return None;
            }
            previous_underscore = true;
            continue;
        }
        match digit_value(byte).filter(|&value| u32::from(value) < radix) {
            Some(value) => values.push(value),
            None => {
                end = i;
                break;
            }
        }
        previous_underscore = false;
    }
    if previous_underscore || values.is_empty() {
        return None;
    }
    Some((values, &text[end..]))
}

/// The value of an ASCII digit in bases up to 36 (`_PyLong_DigitValue`).
fn digit_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'z' => Some(byte - b'a' + 10),
        b'A'..=b'Z' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// An unsigned value, kept in a machine word while it fits.
#[derive(Debug, PartialEq, Eq)]
enum Magnitude {
    Small(u64),
    Big(BigUint),
}

/// The value of `digits` (most significant first) in `radix`. Short
/// literals are accumulated in a `u64`; longer ones go to `num-bigint`.
fn value_of(digits: &[u8], radix: u32) -> Option<Magnitude> {
    let small = digits.iter().try_fold(0u64, |acc, &d| {
        acc.checked_mul(u64::from(radix))?.checked_add(u64::from(d))
    });
    match small {
        Some(value) => Some(Magnitude::Small(value)),
        None => BigUint::from_radix_be(digits, radix).map(Magnitude::Big),
    }
}

/// Combines a magnitude and a sign, narrowing to `i64` when possible.
fn apply_sign(magnitude: Magnitude, negative: bool) -> ParsedInt {
    let big = match magnitude {
        Magnitude::Small(value) => {
            let narrowed = if negative {
                0i64.checked_sub_unsigned(value)
            } else {
                i64::try_from(value).ok()
            };
            if let Some(value) = narrowed {
                return ParsedInt::Small(value);
            }
            BigUint::from(value)
        }
        Magnitude::Big(value) => value,
    };
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    ParsedInt::Big(BigInt::from_biguint(sign, big))
}

#[cfg(test)]
mod tests {
    use super::ParsedInt::Small;
    use super::*;

    fn big(decimal: &str) -> ParsedInt {
        ParsedInt::Big(decimal.parse().unwrap())
    }

    fn invalid(base: u32) -> ParseIntError {
        ParseIntError::InvalidLiteral { base }
    }

    /// `int(s, base)` in CPython 3.12 (the generator also checked that every
    /// error message was "invalid literal for int() with base {base}: ...").
    #[rustfmt::skip]
    fn cases() -> Vec<(&'static str, u32, Result<ParsedInt, ParseIntError>)> {
        vec![
            ("0", 10, Ok(Small(0))),
            ("-0", 10, Ok(Small(0))),
            ("+7", 10, Ok(Small(7))),
            (" 42 ", 10, Ok(Small(42))),
            ("\u{9}\u{a}\u{b}\u{c}\u{d}-17\u{d}", 10, Ok(Small(-17))),
            ("1_000_000", 10, Ok(Small(1000000))),
            ("1__0", 10, Err(invalid(10))),
            ("_1", 10, Err(invalid(10))),
            ("1_", 10, Err(invalid(10))),
            ("- 1", 10, Err(invalid(10))),
            ("+-1", 10, Err(invalid(10))),
            ("--1", 10, Err(invalid(10))),
            ("", 10, Err(invalid(10))),
            (" ", 10, Err(invalid(10))),
            ("+", 10, Err(invalid(10))),
            ("9223372036854775807", 10, Ok(Small(9223372036854775807))),
            ("-9223372036854775808", 10, Ok(Small(-9223372036854775808))),
            ("9223372036854775808", 10, Ok(big("9223372036854775808"))),
            ("-9223372036854775809", 10, Ok(big("-9223372036854775809"))),
            ("18446744073709551615", 10, Ok(big("18446744073709551615"))),
            ("18446744073709551616", 10, Ok(big("18446744073709551616"))),
            ("123456789012345678901234567890", 10, Ok(big("123456789012345678901234567890"))),
            ("-123456789012345678901234567890", 10, Ok(big("-123456789012345678901234567890"))),
            ("0x1f", 0, Ok(Small(31))),
            ("0X1F", 0, Ok(Small(31))),
            ("0o17", 0, Ok(Small(15))),
            ("0O17", 0, Ok(Small(15))),
            ("0b101", 0, Ok(Small(5))),
            ("0B101", 0, Ok(Small(5))),
            ("-0x10", 0, Ok(Small(-16))),
            (" +0b1 ", 0, Ok(Small(1))),
            ("0x_1f", 0, Ok(Small(31))),
            ("0x__1", 0, Err(invalid(0))),
            ("0x", 0, Err(invalid(0))),
            ("0x_", 0, Err(invalid(0))),
            ("0b2", 0, Err(invalid(0))),
            ("0o8", 0, Err(invalid(0))),
            ("010", 0, Err(invalid(0))),
            ("000", 0, Ok(Small(0))),
            ("0_0", 0, Ok(Small(0))),
            ("0_7", 0, Err(invalid(0))),
            ("00", 0, Ok(Small(0))),
            ("0", 0, Ok(Small(0))),
            ("-00", 0, Ok(Small(0))),
            ("0 ", 0, Ok(Small(0))),
            ("07", 0, Err(invalid(0))),
            ("1_0", 0, Ok(Small(10))),
            ("12", 0, Ok(Small(12))),
            ("0e1", 0, Err(invalid(0))),
            ("0x1f", 16, Ok(Small(31))),
            ("1f", 16, Ok(Small(31))),
            ("0X1f", 16, Ok(Small(31))),
            ("x1f", 16, Err(invalid(16))),
            ("0b1", 16, Ok(Small(177))),
            ("0o7", 8, Ok(Small(7))),
            ("0b1", 2, Ok(Small(1))),
            ("0b1", 11, Err(invalid(11))),
            ("0x10", 36, Ok(Small(42804))),
            ("zz", 36, Ok(Small(1295))),
            ("ZZ", 36, Ok(Small(1295))),
            ("z", 35, Err(invalid(35))),
            ("10", 2, Ok(Small(2))),
            ("2", 2, Err(invalid(2))),
            ("-11", 3, Ok(Small(-4))),
            ("0_x1", 16, Err(invalid(16))),
            ("0x1_f", 16, Ok(Small(31))),
            ("ff_ff", 16, Ok(Small(65535))),
            ("1\u{0}", 10, Err(invalid(10))),
            ("\u{0}1", 10, Err(invalid(10))),
            ("1\u{1c}", 10, Err(invalid(10))),
            ("1.0", 10, Err(invalid(10))),
            ("1e5", 10, Err(invalid(10))),
            ("0x1p3", 16, Err(invalid(16))),
            ("12 34", 10, Err(invalid(10))),
            ("\u{661}\u{662}", 10, Ok(Small(12))),
            ("\u{661}\u{662}", 16, Ok(Small(18))),
            ("\u{a0}12\u{3000}", 10, Ok(Small(12))),
            ("\u{beb}", 10, Ok(Small(5))),
            ("\u{b2}", 10, Err(invalid(10))),
            ("\u{660}\u{667}", 0, Err(invalid(0))),
            ("\u{ff11}\u{ff10}", 0, Ok(Small(10))),
            ("1\u{85}", 10, Ok(Small(1))),
            ("7fffffffffffffff", 16, Ok(Small(9223372036854775807))),
            ("-8000000000000000", 16, Ok(Small(-9223372036854775808))),
            ("8000000000000000", 16, Ok(big("9223372036854775808"))),
            ("ffffffffffffffffffffffffffff", 16, Ok(big("5192296858534827628530496329220095"))),
            ("0b1111111111111111111111111111111111111111111111111111111111111111111111", 0, Ok(big("1180591620717411303423"))),
            ("-0o777777777777777777777777777777", 0, Ok(big("-1237940039285380274899124223"))),
            ("1111111111111111111111111111111111111111111111111111111111111111", 2, Ok(big("18446744073709551615"))),
            ("inf", 10, Err(invalid(10))),
            ("nan", 10, Err(invalid(10))),
            ("\u{661}_\u{662}", 10, Ok(Small(12))),
            ("1_\u{662}", 10, Ok(Small(12))),
        ]
    }

    #[test]
    fn matches_cpython() {
        for (text, base, expected) in cases() {
            assert_eq!(
                parse_int(text, base, DEFAULT_MAX_STR_DIGITS),
                expected,
                "int({text:?}, {base})"
            );
        }
    }

    #[test]
    fn invalid_bases() {
        // int('1', 1) and int('1', 37): "int() base must be >= 2 and <= 36, or 0"
        assert_eq!(parse_int("1", 1, 4300), Err(ParseIntError::InvalidBase));
        assert_eq!(parse_int("1", 37, 4300), Err(ParseIntError::InvalidBase));
        assert_eq!(
            parse_int_bytes(b"1", 37, 4300),
            Err(ParseIntError::InvalidBase)
        );
        assert_eq!(parse_int("z", 36, 4300), Ok(Small(35)));
    }

    #[test]
    fn digit_limit() {
        let too_many = |digits| {
            Err(ParseIntError::TooManyDigits {
                limit: 4300,
                digits,
            })
        };
        // int('1' * 4300) is fine, int('1_' * 4300 + '1') has 4301 digits.
        assert!(matches!(
            parse_int(&"1".repeat(4300), 10, 4300),
            Ok(ParsedInt::Big(_))
        ));
        assert_eq!(
            parse_int(&format!("{}1", "1_".repeat(4300)), 10, 4300),
            too_many(4301)
        );
        // The sign does not count, leading zeros do.
        assert_eq!(
            parse_int(&format!("-{}", "1".repeat(4301)), 10, 4300),
            too_many(4301)
        );
        assert_eq!(parse_int(&"0".repeat(4301), 10, 4300), too_many(4301));
        // Syntax errors win over the limit: int('1' * 5000 + 'x') is an
        // invalid literal. A NUL ends the parse first: int('1' * 5000 + '\0')
        // and int('1' * 5000 + '\0\xe9') report the limit.
        assert_eq!(
            parse_int(&format!("{}x", "1".repeat(5000)), 10, 4300),
            Err(invalid(10))
        );
        assert_eq!(
            parse_int(&format!("{}\0", "1".repeat(5000)), 10, 4300),
            too_many(5000)
        );
        assert_eq!(
            parse_int(&format!("{}\0\u{e9}", "1".repeat(5000)), 10, 4300),
            too_many(5000)
        );
        // The limit precedes the leading-zero rule of base 0:
        // int('0' + '1' * 5000, 0) reports 5001 digits.
        assert_eq!(
            parse_int(&format!("0{}", "1".repeat(5000)), 0, 4300),
            too_many(5001)
        );
        // Powers of two are exempt: int('f' * 5000, 16) and int('1' * 5000, 4) work.
        assert!(parse_int(&"f".repeat(5000), 16, 4300).is_ok());
        assert!(parse_int(&"1".repeat(5000), 4, 4300).is_ok());
        assert!(parse_int(&format!("0x{}", "f".repeat(5000)), 0, 4300).is_ok());
        assert_eq!(parse_int(&"1".repeat(5000), 36, 4300), too_many(5000));
        // sys.set_int_max_str_digits(0) disables the limit.
        let text = "9".repeat(5000);
        assert_eq!(parse_int(&text, 10, 0), Ok(big(&text)));
        // A custom limit.
        assert_eq!(
            parse_int(&"1".repeat(641), 10, 640),
            Err(ParseIntError::TooManyDigits {
                limit: 640,
                digits: 641
            })
        );
    }

    #[test]
    fn bytes_arguments() {
        // int(b' 12 ', 0) == 12; int(b'0x1f', 10) and int(b'\xa012') are invalid;
        // int(b'1_2') == 12; int(b'12\x00') is invalid.
        assert_eq!(parse_int_bytes(b" 12 ", 0, 4300), Ok(Small(12)));
        assert_eq!(parse_int_bytes(b"0x1f", 0, 4300), Ok(Small(31)));
        assert_eq!(parse_int_bytes(b"0x1f", 10, 4300), Err(invalid(10)));
        assert_eq!(parse_int_bytes(b"\xa012", 0, 4300), Err(invalid(0)));
        assert_eq!(parse_int_bytes(b"1_2", 10, 4300), Ok(Small(12)));
        assert_eq!(parse_int_bytes(b"12\x00", 0, 4300), Err(invalid(0)));
    }

    #[test]
    fn long_values_round_trip() {
        let text = "-".to_owned() + &"1234567890".repeat(100);
        assert_eq!(parse_int(&text, 10, 4300), Ok(big(&text)));
        let text = "z".repeat(200);
        let expected = BigInt::parse_bytes(text.as_bytes(), 36).unwrap();
        assert_eq!(parse_int(&text, 36, 4300), Ok(ParsedInt::Big(expected)));
    }
}
