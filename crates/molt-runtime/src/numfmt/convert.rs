//! Exact conversions between floats and arbitrary-precision integers.
//!
//! * `int(x)` for a float truncates toward zero; every finite double is a
//!   dyadic rational, so the result is exact (`int(1e300)` has 301 digits).
//!   Infinities and NaNs have no integer value (CPython's
//!   `PyLong_FromDouble`).
//! * `float(n)` for an int rounds to nearest, ties to even, like CPython's
//!   `PyLong_AsDouble` / `_PyLong_Frexp`, and fails when the rounded value
//!   reaches 2**1024. The top 64 bits of the magnitude, with a sticky bit
//!   recording whether anything below them is non-zero, carry all the
//!   information that rounding to 53 bits needs, so they are converted with
//!   the hardware `u64 -> f64` rounding and then scaled by an exact power of
//!   two.

use num_bigint::{BigInt, BigUint};

use super::error::{FloatToIntError, IntTooLargeError};

/// Doubles at or above this magnitude are integers whose value does not fit
/// an `i64`.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// Width of an `f64` fraction field.
const FRACTION_BITS: u32 = 52;

/// `int(x)`: `x` truncated toward zero.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FloatToIntError> {
    if x.is_nan() {
        return Err(FloatToIntError::NaN);
    }
    if x.is_infinite() {
        return Err(FloatToIntError::Infinity);
    }
    let truncated = x.trunc();
    if truncated.abs() < TWO_POW_63 {
        // In range, so the cast is exact.
        return Ok(BigInt::from(truncated as i64));
    }
    // |x| >= 2**63 is a normal number: (2**52 + fraction) * 2**(exponent - 1075)
    // with a shift of at least 11.
    let bits = x.to_bits();
    let biased_exponent = (bits >> FRACTION_BITS) & 0x7ff;
    let significand = (bits & ((1 << FRACTION_BITS) - 1)) | (1 << FRACTION_BITS);
    let magnitude = BigInt::from(significand) << (biased_exponent - 1075);
    Ok(if x < 0.0 { -magnitude } else { magnitude })
}

/// `float(n)`: `n` rounded to the nearest double, ties to even.
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, IntTooLargeError> {
    let magnitude = biguint_to_f64(n.magnitude())?;
    Ok(if n.sign() == num_bigint::Sign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// The correctly rounded value of a magnitude.
fn biguint_to_f64(n: &BigUint) -> Result<f64, IntTooLargeError> {
    let bits = n.bits();
    if bits <= 64 {
        return Ok(low_u64(n) as f64);
    }
    if bits > 1024 {
        return Err(IntTooLargeError);
    }
    let shift = bits - 64;
    let top = low_u64(&(n >> shift));
    let below_nonzero = n.trailing_zeros().is_some_and(|zeros| zeros < shift);
    // The sticky bit sits ten places below the 53-bit rounding position, so
    // it only breaks exact ties, as the discarded bits would.
    let rounded = (top | u64::from(below_nonzero)) as f64;
    // shift <= 960, so 2**shift is a normal double and scaling is exact;
    // only a rounding carry up to 2**1024 overflows.
    let scale = f64::from_bits((1023 + shift) << FRACTION_BITS);
    let value = rounded * scale;
    if value.is_infinite() {
        Err(IntTooLargeError)
    } else {
        Ok(value)
    }
}

/// The low 64 bits of `n`.
fn low_u64(n: &BigUint) -> u64 {
    n.iter_u64_digits().next().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(decimal: &str) -> BigInt {
        decimal.parse().unwrap()
    }

    fn pow2(exponent: u32) -> BigInt {
        BigInt::from(1) << exponent
    }

    #[test]
    fn float_to_int_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (-1.5, "-1"),
            (-0.0, "0"),
            (5e-324, "0"),
            (0.9999999999999999, "0"),
            (123456789.987, "123456789"),
            (4503599627370495.5, "4503599627370495"),
            (9.223372036854775e18, "9223372036854774784"),
            (-9.223372036854775e18, "-9223372036854774784"),
            (9.223372036854776e18, "9223372036854775808"),
            (-9.223372036854776e18, "-9223372036854775808"),
            (-1.8446744073709552e19, "-18446744073709551616"),
            (
                1e300,
                "1000000000000000052504760255204420248704468581108159154915854115511802457988908195\
                 786371375080447864043704443832883878176942523235360430575644792184786706982848387\
                 200926575803737830233794788090059368953234970799945081119038967640880074652742780\
                 142494579258788820056842838115669472196386865459400540160",
            ),
            (
                1.7976931348623157e308,
                "1797693134862315708145274237317043567980705675258449965989174768031572607800285\
                 3876058955863276687817154045895351438246423432132688946418276846754670353751698\
                 6049910576551282076245490090389328944075868508455133942304583236903222948165808\
                 559332123348274797826204144723168738177180919299881250404026184124858368",
            ),
        ];
        for &(x, expected) in cases {
            assert_eq!(float_to_bigint(x), Ok(int(expected)), "int({x:e})");
        }
    }

    #[test]
    fn float_to_int_errors() {
        assert_eq!(
            float_to_bigint(f64::INFINITY),
            Err(FloatToIntError::Infinity)
        );
        assert_eq!(
            float_to_bigint(f64::NEG_INFINITY),
            Err(FloatToIntError::Infinity)
        );
        assert_eq!(float_to_bigint(f64::NAN), Err(FloatToIntError::NaN));
        assert_eq!(float_to_bigint(-f64::NAN), Err(FloatToIntError::NaN));
    }

    #[test]
    fn int_to_float_matches_cpython() {
        let cases: Vec<(BigInt, f64)> = vec![
            (int("0"), 0.0),
            (pow2(53) + 1, 9007199254740992.0),
            (pow2(53) + 3, 9007199254740996.0),
            (pow2(54) - 1, 1.8014398509481984e16),
            (pow2(64) - 1, 1.8446744073709552e19),
            // Ties beyond 64 bits go to even; anything above a tie rounds up.
            (pow2(64) + pow2(11), 1.8446744073709552e19),
            (pow2(64) + pow2(11) + 1, 1.8446744073709556e19),
            (pow2(64) + 3 * pow2(11), 1.844674407370956e19),
            (pow2(63) - 1, 9.223372036854776e18),
            (-pow2(63), -9.223372036854776e18),
            (-pow2(63) - 1, -9.223372036854776e18),
            (-pow2(1023), -8.98846567431158e307),
            (pow2(1023) * 3 / 2 + 1, 1.348269851146737e308),
            (BigInt::from(10).pow(308), 1e308),
            (BigInt::from(3).pow(500), 3.6360291795869935e238),
            (-BigInt::from(3).pow(600), -1.873927703884794e286),
            // Just below the overflow threshold.
            (pow2(1024) - pow2(970) - 1, 1.7976931348623157e308),
            (pow2(1024) - pow2(971), 1.7976931348623157e308),
        ];
        for (n, expected) in cases {
            assert_eq!(bigint_to_f64(&n), Ok(expected), "float({n})");
        }
    }

    #[test]
    fn int_to_float_overflow() {
        // float(2**1024 - 2**970) rounds (half to even) up to 2**1024.
        for n in [
            pow2(1024) - pow2(970),
            pow2(1024),
            -pow2(1024),
            BigInt::from(10).pow(309),
            pow2(5000),
        ] {
            assert_eq!(bigint_to_f64(&n), Err(IntTooLargeError), "float({n})");
        }
    }

    #[test]
    fn round_trip_of_integral_floats() {
        for x in [
            1.0,
            -3.0,
            2f64.powi(70),
            -1.5e300,
            f64::MAX,
            9007199254740992.0,
        ] {
            assert_eq!(bigint_to_f64(&float_to_bigint(x).unwrap()), Ok(x));
        }
    }
}
