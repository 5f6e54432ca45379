//! Placement of a finite float's digits into its final text.
//!
//! This is the second half of CPython's `format_float_short`
//! (Python/pystrtod.c): given dtoa-shaped [`Digits`], write either
//! positional (`123.45`, `0.00012`) or scientific (`1.2345e+02`) notation.
//! The rules it reproduces:
//!
//! * there is always at least one digit before the point (`0.5`, not `.5`);
//! * the caller asks for a minimum number of digit positions counted from
//!   the first significant digit (`min_end`, CPython's `vdigits_end`);
//!   missing positions become trailing zeros, which is how `'%.3f'` and
//!   `'%#g'` keep their zeros while plain `'%g'` shows only real digits;
//! * `add_dot_0` (repr and the format-spec without a type) forces one digit
//!   after the point in positional notation (`1.0` instead of `1`);
//! * a point with nothing after it is dropped unless the alternate form
//!   (`#`) is requested (`'%#.0f' % 1.0 == '1.'`);
//! * the exponent has an explicit sign and at least two digits (`e+16`,
//!   `e-07`, `e+300`).

use super::digits::Digits;

/// How [`write()`] lays out a set of digits.
pub(super) struct Layout {
    /// Scientific notation (`d.ddde±XX`) instead of positional.
    pub scientific: bool,
    /// Minimum number of digit positions counted from the first significant
    /// digit; shorter digit strings are padded with zeros.
    pub min_end: i64,
    /// Positional output always gets at least one digit after the point.
    pub add_dot_0: bool,
    /// Keep a trailing decimal point (the `#` flag).
    pub alternate: bool,
    /// Write the exponent marker as `E`.
    pub upper: bool,
}

/// Appends the unsigned text of `digits` laid out as `layout` says.
pub(super) fn write(out: &mut String, digits: &Digits, layout: &Layout) {
    let digit_text = &digits.digits;
    let len = digit_text.len() as i64;
    let point = if layout.scientific { 1 } else { digits.decpt };

    // Integer part: the digits before the point, padded with zeros when the
    // point lies beyond the last digit, or a lone zero when it lies before
    // the first.
    if point <= 0 {
        out.push('0');
    } else {
        let shown = point.min(len) as usize;
        push_ascii(out, &digit_text[..shown]);
        push_zeros(out, point - len);
    }

    // Fraction part: zeros between the point and the first digit, the
    // remaining digits, then zeros up to the requested width.
    let fraction_len = (len - point).max(0);
    let mut min_fraction = (layout.min_end - point).max(0);
    if layout.add_dot_0 && !layout.scientific {
        min_fraction = min_fraction.max(1);
    }
    let padding = (min_fraction - fraction_len).max(0);
    if fraction_len + padding > 0 || layout.alternate {
        out.push('.');
    }
    if point < 0 {
        push_zeros(out, -point);
    }
    if point < len {
        push_ascii(out, &digit_text[point.max(0) as usize..]);
    }
    push_zeros(out, padding);

    if layout.scientific {
        out.push(if layout.upper { 'E' } else { 'e' });
        out.push_str(&format!("{:+03}", digits.decpt - 1));
    }
}

/// Appends ASCII digits.
fn push_ascii(out: &mut String, ascii: &[u8]) {
    out.extend(ascii.iter().map(|&b| char::from(b)));
}

/// Appends `count` zeros (none when `count <= 0`).
fn push_zeros(out: &mut String, count: i64) {
    if count > 0 {
        out.extend(std::iter::repeat_n('0', count as usize));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lay(
        digits: &str,
        decpt: i64,
        scientific: bool,
        min_end: i64,
        add_dot_0: bool,
        alternate: bool,
    ) -> String {
        let digits = Digits {
            digits: digits.as_bytes().to_vec(),
            decpt,
        };
        let mut out = String::new();
        let layout = Layout {
            scientific,
            min_end,
            add_dot_0,
            alternate,
            upper: false,
        };
        write(&mut out, &digits, &layout);
        out
    }

    #[test]
    fn positional() {
        assert_eq!(lay("12345", 3, false, 0, false, false), "123.45");
        assert_eq!(lay("12345", 3, false, 7, false, false), "123.4500");
        assert_eq!(lay("1", 3, false, 0, false, false), "100");
        assert_eq!(lay("1", 3, false, 0, true, false), "100.0");
        assert_eq!(lay("1", 3, false, 0, false, true), "100.");
        assert_eq!(lay("123", -2, false, 0, false, false), "0.00123");
        // 8 positions from the first significant digit, as in '%#.8g' % 0.00123.
        assert_eq!(lay("123", -2, false, 8, false, false), "0.0012300000");
        assert_eq!(lay("5", 0, false, 0, false, false), "0.5");
        assert_eq!(lay("0", 1, false, 4, false, false), "0.000");
    }

    #[test]
    fn scientific() {
        assert_eq!(lay("1", 17, true, 0, true, false), "1e+16");
        assert_eq!(lay("15", -6, true, 0, true, false), "1.5e-07");
        assert_eq!(lay("15", -6, true, 4, false, false), "1.500e-07");
        assert_eq!(lay("1", 1, true, 0, false, true), "1.e+00");
        assert_eq!(lay("5", -323, true, 0, true, false), "5e-324");
        assert_eq!(
            lay("17976931348623157", 309, true, 0, true, false),
            "1.7976931348623157e+308"
        );
    }
}
