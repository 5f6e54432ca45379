//! Float formatting with a presentation type and precision, for both
//! printf-style `'%.3f' % x` and the format mini-language `format(x, '.3')`.
//!
//! This reproduces CPython's `PyOS_double_to_string` with the adjustments
//! its two callers make (`formatfloat` in Objects/unicodeobject.c and
//! `format_float_internal` in Python/formatter_unicode.c):
//!
//! * `'f'` rounds to `precision` digits after the point, `'e'` to
//!   `precision + 1` significant digits, `'g'` to `precision` significant
//!   digits (0 counts as 1) and then picks scientific notation when the
//!   decimal exponent is `< -4` or `>= precision`, dropping trailing zeros
//!   unless `#` is given. The default precision is 6.
//! * `'%'` multiplies by 100 (in floating point, as CPython does), formats
//!   as `'f'` and appends `%`.
//! * No type (format mini-language only): without a precision the result is
//!   `repr(x)`; with one it is `'g'` that switches to scientific notation one
//!   exponent earlier and always shows a digit after the point in
//!   positional notation (`format(1.0, '.3') == '1.0'`,
//!   `format(123.0, '.3') == '1.23e+02'`).
//! * Upper-case types write `E`, `INF` and `NAN`. NaN never shows a minus
//!   sign. The `z` option turns a negative result that rounds to zero into
//!   a positive one.
//!
//! Width, fill, alignment and digit grouping are left to the caller; the
//! result is just the sign followed by the number.

use super::digits::{self, Digits};
use super::error::FormatFloatError;
use super::layout::{self, Layout};

/// CPython rejects precisions above `INT_MAX` with "precision too big".
const MAX_PRECISION: usize = i32::MAX as usize;

/// The precision `'f'`, `'e'`, `'g'` and `'%'` use when none is given.
const DEFAULT_PRECISION: usize = 6;

/// The presentation type of a float conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatKind {
    /// `'f'` / `'F'`: fixed point.
    Fixed,
    /// `'e'` / `'E'`: scientific notation.
    Exponent,
    /// `'g'` / `'G'` (and `'n'` in the C locale): fixed or scientific,
    /// whichever is shorter for the precision.
    General,
    /// `'%'`: percentage, fixed point.
    Percent,
    /// No type in a format spec: `repr` without a precision, `'g'`-like
    /// with one.
    Default,
    /// CPython's `'r'` mode without `Py_DTSF_ADD_DOT_0`: the shortest
    /// digits that read back, laid out as `repr` but with no `.0` added
    /// (`1`, `2.5`, `1e+16`). The parts of a complex number's `repr` and
    /// of its typeless `format` are written this way.
    Repr,
}

/// What to write in front of a non-negative number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignMode {
    /// `-`: nothing (the default).
    Negative,
    /// `+`: a plus sign.
    Always,
    /// ` `: a space.
    Space,
}

/// A complete float conversion request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FloatSpec {
    /// The presentation type.
    pub kind: FloatKind,
    /// Upper-case output (`'F'`, `'E'`, `'G'`).
    pub upper: bool,
    /// The precision; `None` uses the type's default.
    pub precision: Option<usize>,
    /// The `#` flag: keep the decimal point, and for `'g'` trailing zeros.
    pub alternate: bool,
    /// Sign handling for non-negative values.
    pub sign: SignMode,
    /// The `z` option: no minus sign on values that round to zero.
    pub no_negative_zero: bool,
}

impl FloatSpec {
    /// A spec with every option at its default.
    pub fn new(kind: FloatKind) -> FloatSpec {
        FloatSpec {
            kind,
            upper: false,
            precision: None,
            alternate: false,
            sign: SignMode::Negative,
            no_negative_zero: false,
        }
    }

    /// The spec for a type character (`e E f F g G n %`), or `None` when the
    /// character is not a float presentation type. `'n'` maps to `'g'`: the
    /// runtime formats numbers in the C locale, where they are identical.
    pub fn from_type_char(code: char) -> Option<FloatSpec> {
        let (kind, upper) = match code {
            'f' => (FloatKind::Fixed, false),
            'F' => (FloatKind::Fixed, true),
            'e' => (FloatKind::Exponent, false),
            'E' => (FloatKind::Exponent, true),
            'g' | 'n' => (FloatKind::General, false),
            'G' => (FloatKind::General, true),
            '%' => (FloatKind::Percent, false),
            _ => return None,
        };
        Some(FloatSpec {
            upper,
            ..FloatSpec::new(kind)
        })
    }
}

/// Formats `x` as CPython 3.12 does for `spec` (see the module docs).
pub fn format_float(x: f64, spec: &FloatSpec) -> Result<String, FormatFloatError> {
    if spec.precision.is_some_and(|p| p > MAX_PRECISION) {
        return Err(FormatFloatError::PrecisionTooBig);
    }
    Ok(render(x, spec))
}

/// [`format_float`] for a spec whose precision is known to be in range.
pub(super) fn render(x: f64, spec: &FloatSpec) -> String {
    let x = if spec.kind == FloatKind::Percent {
        x * 100.0
    } else {
        x
    };
    let mut out = String::new();
    if x.is_nan() {
        push_sign(&mut out, false, spec.sign);
        out.push_str(if spec.upper { "NAN" } else { "nan" });
    } else if x.is_infinite() {
        push_sign(&mut out, x < 0.0, spec.sign);
        out.push_str(if spec.upper { "INF" } else { "inf" });
    } else {
        let (digits, layout) = plan(x, spec);
        let negative = x.is_sign_negative() && !(spec.no_negative_zero && digits.is_zero());
        push_sign(&mut out, negative, spec.sign);
        layout::write(&mut out, &digits, &layout);
    }
    if spec.kind == FloatKind::Percent {
        out.push('%');
    }
    out
}

/// Chooses the digits and their layout for a finite `x`, following the
/// per-type rules of `PyOS_double_to_string` / `format_float_short`.
fn plan(x: f64, spec: &FloatSpec) -> (Digits, Layout) {
    let precision = spec.precision.unwrap_or(DEFAULT_PRECISION) as i64;
    let mut layout = Layout {
        scientific: false,
        min_end: 0,
        add_dot_0: false,
        alternate: spec.alternate,
        upper: spec.upper,
    };
    let digits = match spec.kind {
        FloatKind::Fixed | FloatKind::Percent => {
            let digits = digits::fixed(x, precision as usize);
            layout.min_end = digits.decpt + precision;
            digits
        }
        FloatKind::Exponent => {
            layout.scientific = true;
            layout.min_end = precision + 1;
            digits::significant(x, precision as usize + 1)
        }
        FloatKind::General => general(x, precision, false, &mut layout),
        FloatKind::Default => match spec.precision {
            Some(_) => general(x, precision, true, &mut layout),
            None => {
                // repr: shortest digits, scientific from 1e16 on.
                let digits = digits::shortest(x);
                layout.scientific = digits.decpt <= -4 || digits.decpt > 16;
                layout.add_dot_0 = true;
                digits
            }
        },
        FloatKind::Repr => {
            let digits = digits::shortest(x);
            layout.scientific = digits.decpt <= -4 || digits.decpt > 16;
            digits
        }
    };
    (digits, layout)
}

/// The `'g'` rules. `add_dot_0` is the typeless format-spec variant, which
/// keeps a digit after the point and so leaves positional notation one
/// exponent earlier.
fn general(x: f64, precision: i64, add_dot_0: bool, layout: &mut Layout) -> Digits {
    let precision = precision.max(1);
    let digits = digits::significant(x, precision as usize);
    let limit = if add_dot_0 { precision - 1 } else { precision };
    layout.scientific = digits.decpt <= -4 || digits.decpt > limit;
    layout.add_dot_0 = add_dot_0;
    if layout.alternate {
        // '#g' keeps trailing zeros up to the precision.
        layout.min_end = precision;
    }
    digits
}

/// Writes the sign CPython puts in front of the number.
fn push_sign(out: &mut String, negative: bool, mode: SignMode) {
    match (negative, mode) {
        (true, _) => out.push('-'),
        (false, SignMode::Always) => out.push('+'),
        (false, SignMode::Space) => out.push(' '),
        (false, SignMode::Negative) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a spec from the subset of the format mini-language these tests
    /// use: `[+- ][z][#][.precision][type]`.
    fn spec(text: &str) -> FloatSpec {
        let mut rest = text;
        let sign = match rest.chars().next() {
            Some('+') => SignMode::Always,
            Some(' ') => SignMode::Space,
            _ => SignMode::Negative,
        };
        if rest.starts_with(['+', ' ', '-']) {
            rest = &rest[1..];
        }
        let no_negative_zero = rest.starts_with('z');
        rest = rest.trim_start_matches('z');
        let alternate = rest.starts_with('#');
        rest = rest.trim_start_matches('#');
        let (precision, type_char) = match rest.strip_prefix('.') {
            Some(p) => {
                let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
                (
                    Some(digits.parse().unwrap()),
                    p[digits.len()..].chars().next(),
                )
            }
            None => (None, rest.chars().next()),
        };
        let base = match type_char {
            Some(c) => FloatSpec::from_type_char(c).unwrap(),
            None => FloatSpec::new(FloatKind::Default),
        };
        FloatSpec {
            precision,
            alternate,
            sign,
            no_negative_zero,
            ..base
        }
    }

    /// `format(x, spec)` as printed by CPython 3.12. Where the spec is also
    /// valid in printf-style formatting, the generator checked that
    /// `('%' + spec) % x` gives the same text.
    const CASES: &[(f64, &str, &str)] = &[
        (2.675, ".2f", "2.67"),
        (0.5, ".0f", "0"),
        (1.5, ".0f", "2"),
        (2.5, ".0f", "2"),
        (-0.5, ".0f", "-0"),
        (0.125, ".2f", "0.12"),
        (0.375, ".2f", "0.38"),
        (
            0.1,
            ".50f",
            "0.10000000000000000555111512312578270211815834045410",
        ),
        (0.1, ".3f", "0.100"),
        (
            1e+300,
            ".2f",
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00",
        ),
        (123.456, "f", "123.456000"),
        (-0.0, "f", "-0.000000"),
        (0.0, ".0f", "0"),
        (5e-324, "f", "0.000000"),
        (
            5e-324,
            ".330f",
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004940656",
        ),
        (
            1.7976931348623157e+308,
            "f",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000",
        ),
        (1e+16, ".1f", "10000000000000000.0"),
        (9999999999999998.0, "f", "9999999999999998.000000"),
        (0.30000000000000004, ".17f", "0.30000000000000004"),
        (-1e-07, ".3f", "-0.000"),
        (1.0, "#.0f", "1."),
        (12345.6789, "F", "12345.678900"),
        (f64::INFINITY, "f", "inf"),
        (f64::NEG_INFINITY, "F", "-INF"),
        (f64::NAN, "F", "NAN"),
        (-f64::NAN, "f", "nan"),
        (1.0, "e", "1.000000e+00"),
        (0.0, "e", "0.000000e+00"),
        (-0.0, ".3e", "-0.000e+00"),
        (123456.0, ".2e", "1.23e+05"),
        (1.5, ".0e", "2e+00"),
        (2.5, ".0e", "2e+00"),
        (1.0, "#.0e", "1.e+00"),
        (5e-324, "e", "4.940656e-324"),
        (5e-324, ".20e", "4.94065645841246544177e-324"),
        (1.7976931348623157e+308, ".16e", "1.7976931348623157e+308"),
        (1e-07, "E", "1.000000E-07"),
        (1e+100, "e", "1.000000e+100"),
        (9.9999e+99, ".3e", "1.000e+100"),
        (
            0.1,
            ".60e",
            "1.000000000000000055511151231257827021181583404541015625000000e-01",
        ),
        (f64::INFINITY, "E", "INF"),
        (f64::NAN, "e", "nan"),
        (1.0, "g", "1"),
        (0.0, "g", "0"),
        (-0.0, "g", "-0"),
        (100000.0, "g", "100000"),
        (1000000.0, "g", "1e+06"),
        (0.0001, "g", "0.0001"),
        (1e-05, "g", "1e-05"),
        (123456789.0, "g", "1.23457e+08"),
        (1e+20, ".10g", "1e+20"),
        (0.30000000000000004, ".17g", "0.30000000000000004"),
        (0.1, ".10g", "0.1"),
        (1.0, "#g", "1.00000"),
        (0.0001, "#.3g", "0.000100"),
        (123.0, "#.2g", "1.2e+02"),
        (1e-05, "G", "1E-05"),
        (1e+20, "G", "1E+20"),
        (1.5, ".0g", "2"),
        (2.5, ".0g", "2"),
        (9.5, ".1g", "1e+01"),
        (99.5, ".2g", "1e+02"),
        (1234.5, ".4g", "1234"),
        (5e-324, "g", "4.94066e-324"),
        (5e-324, ".20g", "4.9406564584124654418e-324"),
        (1.7976931348623157e+308, ".17g", "1.7976931348623157e+308"),
        (f64::INFINITY, "G", "INF"),
        (f64::NAN, "G", "NAN"),
        (0.0, "#g", "0.00000"),
        (1e+16, ".17g", "10000000000000000"),
        (1.0, "#.0g", "1."),
        (1.23456, "", "1.23456"),
        (1.0, "", "1.0"),
        (1e+16, "", "1e+16"),
        (-0.0, "", "-0.0"),
        (1.0, ".3", "1.0"),
        (123.0, ".3", "1.23e+02"),
        (12.0, ".3", "12.0"),
        (1e+20, ".3", "1e+20"),
        (1.0, ".0", "1e+00"),
        (10.0, ".1", "1e+01"),
        (0.0, "#.3", "0.00"),
        (1.5, "#.0", "2.e+00"),
        (1e+16, "#", "1.e+16"),
        (1.0, "#", "1.0"),
        (0.0001, ".3", "0.0001"),
        (1e-05, ".3", "1e-05"),
        (123.456, ".5", "123.46"),
        (f64::INFINITY, "", "inf"),
        (f64::NAN, ".3", "nan"),
        (1e-05, "", "1e-05"),
        (0.5, "%", "50.000000%"),
        (0.125, ".1%", "12.5%"),
        (f64::INFINITY, "%", "inf%"),
        (-0.0, ".0%", "-0%"),
        (1.0, "#.0%", "100.%"),
        (0.001, "%", "0.100000%"),
        (1.0, "+", "+1.0"),
        (1.0, " .2f", " 1.00"),
        (-1.0, "+.2f", "-1.00"),
        (f64::NAN, "+", "+nan"),
        (-f64::NAN, " ", " nan"),
        (f64::INFINITY, "+e", "+inf"),
        (f64::NEG_INFINITY, " g", "-inf"),
        (-0.0001, "z.2f", "0.00"),
        (-0.0, "z", "0.0"),
        (-1e-300, "z.3g", "-1e-300"),
        (-0.0, "z.0e", "0e+00"),
        (-0.004, "z.2%", "-0.40%"),
        (-0.0, "+z.1f", "+0.0"),
        (-0.5, "z.0f", "0"),
        (-0.6, "z.0f", "-1"),
        (1e+22, "f", "10000000000000000000000.000000"),
        (1.1805916207174113e+21, ".3e", "1.181e+21"),
        (0.3, ".20g", "0.2999999999999999889"),
        (1e-10, ".3f", "0.000"),
        (4.35, ".1f", "4.3"),
        (0.045, ".2f", "0.04"),
        (1.0, ".1000g", "1"),
        (123.0, "#.10g", "123.0000000"),
        (1e+16, ".16g", "1e+16"),
        (1e+23, "g", "1e+23"),
    ];

    #[test]
    fn matches_cpython() {
        for &(x, spec_text, expected) in CASES {
            let got = format_float(x, &spec(spec_text)).unwrap();
            assert_eq!(got, expected, "format({x:?}, {spec_text:?})");
        }
    }

    /// The parts of `repr(complex)` and of `format(complex, '#')` in CPython.
    #[test]
    fn repr_kind_has_no_dot_0() {
        let repr = |x: f64, alternate: bool| {
            let spec = FloatSpec { alternate, ..FloatSpec::new(FloatKind::Repr) };
            format_float(x, &spec).unwrap()
        };
        assert_eq!(repr(1.0, false), "1");
        assert_eq!(repr(-0.0, false), "-0");
        assert_eq!(repr(2.5, false), "2.5");
        assert_eq!(repr(1e16, false), "1e+16");
        assert_eq!(repr(1e-5, false), "1e-05");
        assert_eq!(repr(1234567.5, false), "1234567.5");
        assert_eq!(repr(1.0, true), "1.");
        assert_eq!(repr(1e20, true), "1.e+20");
        assert_eq!(repr(f64::INFINITY, true), "inf");
    }

    #[test]
    fn precision_limit() {
        // format(1.0, '.2147483648f') -> ValueError: precision too big
        let mut too_big = spec("f");
        too_big.precision = Some(2147483648);
        assert_eq!(
            format_float(1.0, &too_big),
            Err(FormatFloatError::PrecisionTooBig)
        );
    }

    #[test]
    fn huge_precision_pads_exact_digits() {
        // '%.1100f' % 0.1: the 55 significant digits of the exact value, then zeros.
        let text = format_float(0.1, &spec(".1100f")).unwrap();
        assert_eq!(text.len(), 1102);
        assert!(text.starts_with("0.1000000000000000055511151231257827021181583404541015625000"));
        assert!(text[57..].bytes().all(|b| b == b'0'));
        // '%.1000e' % 1.0
        let text = format_float(1.0, &spec(".1000e")).unwrap();
        assert_eq!(text.len(), 1006);
        assert!(text.ends_with("0e+00"));
    }

    #[test]
    fn type_chars() {
        assert_eq!(FloatSpec::from_type_char('x'), None);
        assert_eq!(FloatSpec::from_type_char('d'), None);
        assert_eq!(
            FloatSpec::from_type_char('n'),
            FloatSpec::from_type_char('g')
        );
        assert!(FloatSpec::from_type_char('G').unwrap().upper);
    }
}
