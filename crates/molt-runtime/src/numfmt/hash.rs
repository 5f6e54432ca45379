//! CPython 3.12's `hash()` for numbers, strings and bytes.
//!
//! Numbers (Python/pyhash.c, Objects/longobject.c): equal numbers of any type
//! must hash equally, so CPython hashes the exact rational value modulo the
//! Mersenne prime `P = 2**61 - 1`. For an int that is `|n| mod P` with the
//! sign of `n`. A finite float `m * 2**e` (integer `m`) reduces the same
//! way; as `2**61 ≡ 1 (mod P)`, multiplying by `2**e` is a rotation by
//! `e mod 61` within 61 bits, for negative `e` too. Infinities hash to
//! `±314159`. NaN hashes by object identity since 3.10, which only the
//! caller can do: [`hash_float`] returns `None` for it and [`hash_pointer`]
//! turns an address into CPython's identity hash.
//!
//! Strings and bytes (`_Py_HashBytes`): SipHash-1-3 (see [`super::siphash`])
//! over the object's storage. A `str` is stored with one byte per character
//! if every code point is below 256, else two, else four (PEP 393), always
//! little-endian, and that layout is what gets hashed, so `'é'` and
//! `b'\xe9'` collide while `'€'` hashes its two bytes `ac 20`. Empty input
//! hashes to 0 without calling SipHash.
//!
//! Every hash that would be -1 (CPython's error marker) becomes -2.

use num_bigint::BigInt;

use super::siphash::SipHasher13;

/// The modulus of numeric hashes, `2**61 - 1` (`_PyHASH_MODULUS`).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// The number of bits of [`HASH_MODULUS`] (`_PyHASH_BITS`).
const HASH_BITS: i64 = 61;

/// `hash(float('inf'))` (`_PyHASH_INF`); `-inf` hashes to its negation.
pub const HASH_INF: i64 = 314_159;

/// `hash(n)` for an int in the `i64` range.
pub fn hash_int_i64(n: i64) -> i64 {
    signed_hash(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// `hash(n)` for an int of any size.
pub fn hash_bigint(n: &BigInt) -> i64 {
    let residue = n.magnitude() % HASH_MODULUS;
    let residue = residue.iter_u64_digits().next().unwrap_or(0);
    signed_hash(residue, n.sign() == num_bigint::Sign::Minus)
}

/// `hash(x)` for a float, or `None` for a NaN, whose hash is
/// [`hash_pointer`] of the float object's address.
pub fn hash_float(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let bits = x.to_bits();
    let biased_exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    // |x| = significand * 2**exponent, with significand < 2**53 < P.
    let (significand, exponent) = if biased_exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exponent - 1075)
    };
    let shift = exponent.rem_euclid(HASH_BITS) as u32;
    let residue = ((u128::from(significand) << shift) % u128::from(HASH_MODULUS)) as u64;
    Some(signed_hash(residue, x < 0.0))
}

/// CPython's identity hash of an object at `address` (`_Py_HashPointer`):
/// the address rotated right by 4 bits, since allocations are 16-byte
/// aligned and the low bits would otherwise always be zero.
pub fn hash_pointer(address: usize) -> i64 {
    let rotated = (address as u64).rotate_right(4);
    fix_minus_one(rotated as i64)
}

/// `hash(b)` for `bytes` (and other buffers) under the key `(k0, k1)`.
pub fn hash_bytes(key: (u64, u64), bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new(key.0, key.1);
    hasher.write(bytes);
    fix_minus_one(hasher.finish() as i64)
}

/// `hash(s)` for a `str` given as code points (lone surrogates allowed)
/// under the key `(k0, k1)`.
pub fn hash_str_code_points(key: (u64, u64), code_points: &[u32]) -> i64 {
    hash_code_points(key, code_points.iter().copied())
}

/// `hash(s)` for a `str` given as Rust text under the key `(k0, k1)`.
pub fn hash_str(key: (u64, u64), text: &str) -> i64 {
    hash_code_points(key, text.chars().map(u32::from))
}

/// Hashes the PEP 393 layout of a string: the narrowest of 1, 2 or 4 bytes
/// per character that holds its largest code point.
fn hash_code_points<I>(key: (u64, u64), code_points: I) -> i64
where
    I: Iterator<Item = u32> + Clone,
{
    let Some(max) = code_points.clone().max() else {
        return 0;
    };
    let width = match max {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        _ => 4,
    };
    let mut hasher = SipHasher13::new(key.0, key.1);
    for code_point in code_points {
        hasher.write(&code_point.to_le_bytes()[..width]);
    }
    fix_minus_one(hasher.finish() as i64)
}

/// Applies the sign to a residue in `0..P` and avoids -1.
fn signed_hash(residue: u64, negative: bool) -> i64 {
    // residue < 2**61, so the conversion is lossless.
    let magnitude = residue as i64;
    fix_minus_one(if negative { -magnitude } else { magnitude })
}

/// -1 is reserved for errors in CPython's C API, so it becomes -2.
fn fix_minus_one(hash: i64) -> i64 {
    if hash == -1 { -2 } else { hash }
}

#[cfg(test)]
mod tests {
    use super::super::siphash::hash_secret_from_seed;
    use super::*;

    fn pow(base: i64, exponent: u32) -> BigInt {
        BigInt::from(base).pow(exponent)
    }

    #[test]
    fn ints_match_cpython() {
        let small: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (1 << 61, 1),
            ((1 << 61) - 1, 0),
            ((1 << 61) - 2, 2305843009213693950),
            (-((1 << 61) - 2), -2305843009213693950),
            (-(1 << 61), -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(n, expected) in small {
            assert_eq!(hash_int_i64(n), expected, "hash({n})");
            assert_eq!(
                hash_bigint(&BigInt::from(n)),
                expected,
                "hash({n}) as a big int"
            );
        }
        let big: Vec<(BigInt, i64)> = vec![
            (pow(2, 100), 549755813888),
            (-pow(2, 100), -549755813888),
            (pow(10, 30), 465258685558744706),
            (-pow(10, 30), -465258685558744706),
            (pow(2, 64), 8),
            (-pow(2, 64) + 1, -7),
            (BigInt::from(HASH_MODULUS) * 12345 + 6, 6),
            (pow(2, 1000), 16777216),
            (-pow(3, 300), -687009275797589038),
            (pow(3, 200), 424410663027747676),
        ];
        for (n, expected) in big {
            assert_eq!(hash_bigint(&n), expected, "hash({n})");
        }
    }

    #[test]
    fn floats_match_cpython() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (1.5, 1152921504606846977),
            (-1.0, -2),
            (0.5, 1152921504606846976),
            (-2.5, -1152921504606846978),
            (0.1, 230584300921369408),
            (-0.1, -230584300921369408),
            (0.1 + 0.2, 691752902764108288),
            (1e300, 1224995262755759164),
            (-1e300, -1224995262755759164),
            (1e-300, 482449582752280463),
            (5e-324, 16777216),
            (1.5e-323, 50331648),
            (2.2250738585072014e-308, 32768),
            (2.225073858507201e-308, 2305843009196949503),
            (f64::MAX, 2234066890152476671),
            (std::f64::consts::SQRT_2, 955111447119501825),
            (1e16, 10000000000000000),
            (123.456, 1051464412201451643),
            (1.152921504606847e18, 1152921504606846976),
            (2.305843009213694e18, 1),
            (-2.305843009213694e18, -2),
            (-4.611686018427388e18, -2),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
        ];
        for &(x, expected) in cases {
            assert_eq!(hash_float(x), Some(expected), "hash({x:e})");
        }
        assert_eq!(hash_float(f64::NAN), None);
        assert_eq!(hash_float(-f64::NAN), None);
    }

    #[test]
    fn integral_floats_hash_like_ints() {
        for n in [0i64, 7, -7, 1 << 53, -(1 << 60), i64::MIN] {
            assert_eq!(hash_float(n as f64), Some(hash_int_i64(n)));
        }
        let big = pow(2, 1000);
        assert_eq!(hash_float(2f64.powi(1000)), Some(hash_bigint(&big)));
    }

    #[test]
    fn pointers() {
        // hash(object()) == rotate_right(id, 4), as checked in CPython 3.12.
        assert_eq!(hash_pointer(0x7f12_3456_7890), 0x07f1_2345_6789);
        assert_eq!(hash_pointer(0x10), 1);
        // An all-ones address would hash to -1.
        assert_eq!(hash_pointer(usize::MAX), -2);
    }

    const STRS: [&str; 14] = [
        "abc",
        "",
        "a",
        "abcdefgh",
        "abcdefghi",
        "\u{e9}t\u{e9}",
        "\u{20ac}",
        "a\u{20ac}",
        "\u{1f600}",
        "a\u{1f600}\u{e9}",
        "The quick brown fox jumps over the lazy dog",
        "\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}\u{ff}",
        "\u{100}\u{100}\u{100}\u{100}\u{100}\u{100}\u{100}\u{100}\u{100}",
        "z\u{10ffff}z\u{10ffff}z\u{10ffff}z\u{10ffff}z\u{10ffff}",
    ];
    const CODE_POINTS: [&[u32]; 2] = [&[0xd800], &[0x61, 0xdc00, 0x62]];
    const BYTES: [&[u8]; 4] = [b"abc", &[0; 100], b"\xe9t\xe9", b"\xac "];
    /// A seed and the hashes of STRS, CODE_POINTS and BYTES that CPython 3.12
    /// computes when run with PYTHONHASHSEED=seed.
    type SeedCase = (u32, [i64; 14], [i64; 2], [i64; 4]);

    #[rustfmt::skip]
    const EXPECTED: [SeedCase; 4] = [
        (0,
         [-4594863902769663758, 0, 4644417185603328019, 4574395652268504554, -532774252720507163, -1033370291238291217, -5529981157763016009, 5181483246891551849, -3536540696076613844, -8497194953991201300, -8217249817990249186, -8486152757025292860, -5115096517606208615, 1275757233376699693],
         [5926611903945376553, 8126525375148180479],
         [-4594863902769663758, -7296407365968297820, -1033370291238291217, -5529981157763016009]),
        (42,
         [3869580338025362921, 0, -123207753977932514, -5457871895989710762, -5970266004662334337, 4053562854040562755, -9193319877017669544, 329774080364429319, 6601963133753205906, -8806124763013105080, -8906954186123746932, 7999764133805996134, -8019781236120184851, 3017280929681758845],
         [3727559787064597055, -8480665791556432410],
         [3869580338025362921, -5831729152881657450, 4053562854040562755, -9193319877017669544]),
        (1,
         [-4667308735975688587, 0, -3012895188637184397, -202642195356325900, 7871229953815684364, -6613031371962527336, 4443362316794630049, 1300646809561335195, 7663130467274561019, -1726879474798747125, -4305058434410168670, -282884035349200494, -6561263880959126642, 2956031895977835093],
         [3047174455005046515, -1983069114509184584],
         [-4667308735975688587, 1916106804678751370, -6613031371962527336, 4443362316794630049]),
        (4294967295,
         [-6122489556238538401, 0, -5989683813037840249, 3424456984880118976, 6340115119033867570, -8233957282333719077, 1723250505947338019, -294540855805456916, -5273353973323107289, -5068565837004623378, -936082064891253688, -8555706833438053090, 341184211951640316, 8568617313968510422],
         [-7343857683946629238, 4991458778520622184],
         [-6122489556238538401, -5577268021696330515, -8233957282333719077, 1723250505947338019]),
    ];

    #[test]
    fn strings_and_bytes_match_cpython() {
        for (seed, strs, code_points, bytes) in EXPECTED {
            let key = hash_secret_from_seed(seed);
            for (text, expected) in STRS.iter().zip(strs) {
                assert_eq!(hash_str(key, text), expected, "seed {seed}: hash({text:?})");
                let points: Vec<u32> = text.chars().map(u32::from).collect();
                assert_eq!(hash_str_code_points(key, &points), expected);
            }
            for (points, expected) in CODE_POINTS.iter().zip(code_points) {
                assert_eq!(
                    hash_str_code_points(key, points),
                    expected,
                    "seed {seed}: {points:x?}"
                );
            }
            for (data, expected) in BYTES.iter().zip(bytes) {
                assert_eq!(
                    hash_bytes(key, data),
                    expected,
                    "seed {seed}: hash({data:x?})"
                );
            }
            assert_eq!(hash_bytes(key, b""), 0);
            assert_eq!(hash_str_code_points(key, &[]), 0);
        }
    }
}
