//! Decimal digit generation for finite doubles.
//!
//! CPython formats a float in two steps: David Gay's `_Py_dg_dtoa` produces a
//! bare digit string with the position of the decimal point, then
//! `format_float_short` (Python/pystrtod.c) lays the digits out. This module
//! is the first step, for the three dtoa modes CPython uses:
//!
//! * mode 0, the shortest digits that round-trip (`repr`), taken from `ryu`;
//! * mode 2, `n` significant digits (`'e'`, `'g'`), and
//! * mode 3, `n` digits after the decimal point (`'f'`),
//!
//! the last two taken from the standard library's exact formatting
//! (`{:.*e}` and `{:.*}`), which like dtoa rounds the exact binary value to
//! nearest with ties to even.
//!
//! Whatever the source, the text is normalised to dtoa's shape: no leading or
//! trailing zeros, the value being `0.d1d2...dn × 10**decpt`. Zero (including
//! a value that rounds to zero) is the single digit `0` with `decpt == 1`; the
//! layout step then produces the same text dtoa's empty digit string would.

/// A double's exact decimal expansion has at most 767 significant digits, so
/// asking for more only appends zeros, which the layout adds back anyway.
const MAX_SIGNIFICANT_DIGITS: usize = 800;

/// The smallest subnormal, 2**-1074, has 1074 digits after the point; no
/// double needs more.
const MAX_FRACTION_DIGITS: usize = 1100;

/// Decimal digits of a finite magnitude, in dtoa's shape.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Digits {
    /// ASCII digits; never empty, no trailing zeros, and the first one is
    /// non-zero unless the whole value is zero (`b"0"`).
    pub digits: Vec<u8>,
    /// The value is `0.DIGITS × 10**decpt`.
    pub decpt: i64,
}

impl Digits {
    /// Whether the (rounded) value is zero.
    pub fn is_zero(&self) -> bool {
        self.digits == b"0"
    }
}

/// Shortest digits that read back as `x` (dtoa mode 0). `x` must be finite;
/// its sign is ignored.
pub(super) fn shortest(x: f64) -> Digits {
    let mut buffer = ryu::Buffer::new();
    from_text(buffer.format_finite(x.abs()))
}

/// `x` correctly rounded to `n` significant digits, `n >= 1` (dtoa mode 2).
/// `x` must be finite; its sign is ignored.
pub(super) fn significant(x: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIGNIFICANT_DIGITS);
    from_text(&format!("{:.*e}", n - 1, x.abs()))
}

/// `x` correctly rounded to `n` digits after the decimal point (dtoa mode
/// 3). `x` must be finite; its sign is ignored.
pub(super) fn fixed(x: f64, n: usize) -> Digits {
    from_text(&format!("{:.*}", n.min(MAX_FRACTION_DIGITS), x.abs()))
}

/// Normalises an unsigned decimal text `int[.frac][e[-]exp]`, as produced by
/// `ryu` and by Rust's float formatting, into [`Digits`].
fn from_text(text: &str) -> Digits {
    let (mantissa, exponent) = match text.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, parse_exponent(exponent)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let leading_zeros = digits.iter().take_while(|&&d| d == b'0').count();
    if leading_zeros == digits.len() {
        return Digits {
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    digits.drain(..leading_zeros);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    let decpt = int_part.len() as i64 + exponent - leading_zeros as i64;
    Digits { digits, decpt }
}

/// Reads a decimal exponent such as `-7`, `+16` or `300`. The formatters
/// only emit a handful of digits, so this cannot overflow.
fn parse_exponent(text: &str) -> i64 {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = digits
        .bytes()
        .fold(0i64, |acc, d| acc * 10 + i64::from(d.wrapping_sub(b'0')));
    if negative { -magnitude } else { magnitude }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(digits: &str, decpt: i64) -> Digits {
        Digits {
            digits: digits.as_bytes().to_vec(),
            decpt,
        }
    }

    #[test]
    fn shortest_digits() {
        assert_eq!(shortest(0.0), d("0", 1));
        assert_eq!(shortest(-0.0), d("0", 1));
        assert_eq!(shortest(1.0), d("1", 1));
        assert_eq!(shortest(100.0), d("1", 3));
        assert_eq!(shortest(0.1), d("1", 0));
        assert_eq!(shortest(0.0001), d("1", -3));
        assert_eq!(shortest(-1.5e-7), d("15", -6));
        assert_eq!(shortest(1e16), d("1", 17));
        assert_eq!(shortest(0.1 + 0.2), d("30000000000000004", 0));
        assert_eq!(shortest(5e-324), d("5", -323));
        assert_eq!(shortest(f64::MAX), d("17976931348623157", 309));
        assert_eq!(
            shortest(123456789012345680000.0),
            d("12345678901234568", 21)
        );
    }

    #[test]
    fn significant_digits() {
        assert_eq!(significant(2.5, 1), d("2", 1));
        assert_eq!(significant(3.5, 1), d("4", 1));
        assert_eq!(significant(0.0, 5), d("0", 1));
        assert_eq!(significant(9.99, 2), d("1", 2));
        assert_eq!(significant(1.0, 10), d("1", 1));
        // The exact value of 0.1 has 55 significant digits.
        assert_eq!(
            significant(0.1, 2000),
            d("1000000000000000055511151231257827021181583404541015625", 0)
        );
    }

    #[test]
    fn fixed_digits() {
        assert_eq!(fixed(0.5, 0), d("0", 1));
        assert_eq!(fixed(1.5, 0), d("2", 1));
        assert_eq!(fixed(2.5, 0), d("2", 1));
        assert_eq!(fixed(2.675, 2), d("267", 1));
        assert_eq!(fixed(0.001, 2), d("0", 1));
        assert_eq!(fixed(0.006, 2), d("1", -1));
        assert_eq!(fixed(1234.5, 3), d("12345", 4));
        assert_eq!(fixed(5e-324, 5000).digits.len(), 751);
    }
}
