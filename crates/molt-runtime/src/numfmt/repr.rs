//! `repr(float)` / `str(float)`.
//!
//! CPython 3.12 writes the shortest decimal digits that read back as the same
//! double (David Gay's dtoa mode 0; here from `ryu`) and lays them out with
//! `format_float_short`'s `'r'` rules: positional notation with at least one
//! digit after the point while the decimal exponent is in `-4..16`
//! (`100.0`, `0.0001`, `9999999999999998.0`), scientific notation with a
//! signed two-digit-minimum exponent outside it (`1e+16`, `1.5e-07`,
//! `5e-324`). Infinities are `inf` / `-inf`, every NaN is `nan`, and negative
//! zero keeps its sign (`-0.0`). The result equals `format(x, '')`, which is
//! how it is computed.

use super::format::{self, FloatKind, FloatSpec};

/// `repr(x)` for a Python float, exactly as CPython 3.12 prints it.
pub fn float_repr(x: f64) -> String {
    format::render(x, &FloatSpec::new(FloatKind::Default))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `repr(x)` from CPython 3.12 (which equals `str(x)` and `format(x, '')`).
    const CASES: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (-1.0, "-1.0"),
        (100.0, "100.0"),
        (0.1, "0.1"),
        (0.2, "0.2"),
        (0.30000000000000004, "0.30000000000000004"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (0.0001, "0.0001"),
        (1e-05, "1e-05"),
        (0.00012345, "0.00012345"),
        (1e-05, "1e-05"),
        (1.5e-07, "1.5e-07"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (1.0000000000000002e+16, "1.0000000000000002e+16"),
        (2.000000000000001e+16, "2.000000000000001e+16"),
        (1.2345678901234568e+17, "1.2345678901234568e+17"),
        (1.2345678901234567e+20, "1.2345678901234567e+20"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (5e-324, "5e-324"),
        (-5e-324, "-5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (2.225073858507201e-308, "2.225073858507201e-308"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (-1.7976931348623157e+308, "-1.7976931348623157e+308"),
        (std::f64::consts::PI, "3.141592653589793"),
        (std::f64::consts::E, "2.718281828459045"),
        (1e+100, "1e+100"),
        (1e-100, "1e-100"),
        (123.456, "123.456"),
        (1234567890123456.0, "1234567890123456.0"),
        (0.5, "0.5"),
        (4.35, "4.35"),
        (0.0001, "0.0001"),
        (9.999999999999999e-05, "9.999999999999999e-05"),
        (1e+21, "1e+21"),
        (1e-07, "1e-07"),
        (5e-324, "5e-324"),
        (1.401298464324817e-45, "1.401298464324817e-45"),
        (9007199254740992.0, "9007199254740992.0"),
        (9007199254740994.0, "9007199254740994.0"),
        (9.223372036854776e+18, "9.223372036854776e+18"),
        (1.8446744073709552e+19, "1.8446744073709552e+19"),
        (12345678.9, "12345678.9"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-f64::NAN, "nan"),
    ];

    #[test]
    fn matches_cpython() {
        for &(x, expected) in CASES {
            assert_eq!(float_repr(x), expected, "repr of {x:e}");
        }
    }

    #[test]
    fn subnormals_and_boundaries() {
        // Largest subnormal and the smallest normal, from their bit patterns.
        assert_eq!(
            float_repr(f64::from_bits(0x000f_ffff_ffff_ffff)),
            "2.225073858507201e-308"
        );
        assert_eq!(float_repr(f64::MIN_POSITIVE), "2.2250738585072014e-308");
        assert_eq!(float_repr(f64::from_bits(1)), "5e-324");
        assert_eq!(float_repr(f64::from_bits(2)), "1e-323");
        assert_eq!(
            float_repr(f64::from_bits(0x7fef_ffff_ffff_ffff)),
            "1.7976931348623157e+308"
        );
        // A NaN with a payload and the sign bit set still prints as 'nan'.
        assert_eq!(float_repr(f64::from_bits(0xfff8_0000_0000_1234)), "nan");
    }
}
