//! The NaN-boxed value word.
//!
//! Every Python value is one 64-bit word. The encoding keeps heap pointers
//! raw, because reference counting touches pointers far more often than
//! arithmetic touches floats:
//!
//! | bits (top 16)        | meaning                                         |
//! |----------------------|-------------------------------------------------|
//! | `0x0000`, word == 0  | no value: the error sentinel / an unbound local |
//! | `0x0000`, word != 0  | pointer to a heap object (48-bit address)       |
//! | `0x0001`             | immediate: `None`, `False`, `True`, `...`       |
//! | `0x0002..=0xFFFA`    | a float: its IEEE bits plus [`FLOAT_OFFSET`]    |
//! | `0xFFFE..=0xFFFF`    | a small int: 49-bit two's complement payload    |
//!
//! Floats are stored with `2**49` added to their bits, which moves every
//! double whose top 16 bits are at most `0xFFF8` into `0x0002..=0xFFFA`. The
//! doubles this excludes are negative NaNs with a non-zero high payload; no
//! arithmetic produces them from canonical inputs, and the runtime
//! canonicalises NaNs built from raw bits (see [`Value::from_f64`]).
//!
//! Small ints cover `-2**48 ..= 2**48 - 1`. An int in that range is *always*
//! small: big ints on the heap are only ever outside it, so two ints are equal
//! only if both are small and bit-equal, or both are big.

/// One Python value. `Value(0)` is the error sentinel returned by runtime
/// functions that raised; it is never a valid object.
#[repr(transparent)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub u64);

/// Added to a double's bits to box it.
pub const FLOAT_OFFSET: u64 = 1 << 49;
/// Boxed floats satisfy `bits - FLOAT_OFFSET < FLOAT_LIMIT` (unsigned).
pub const FLOAT_LIMIT: u64 = 0xFFF9 << 48;
/// Every word at or above this is a small int.
pub const INT_TAG: u64 = 0xFFFE << 48;
/// Number of payload bits of a small int.
pub const INT_BITS: u32 = 49;
/// Mask of the small-int payload.
pub const INT_MASK: u64 = (1 << INT_BITS) - 1;
/// Largest small int.
pub const INT_MAX: i64 = (1 << (INT_BITS - 1)) - 1;
/// Smallest small int.
pub const INT_MIN: i64 = -(1 << (INT_BITS - 1));
/// Shift that sign-extends a small-int payload: `(w << S) as i64 >> S`.
pub const INT_SHIFT: u32 = 64 - INT_BITS;
/// Largest address a heap pointer may have, plus one.
pub const PTR_LIMIT: u64 = 1 << 48;

/// Tag of the immediates.
pub const IMMEDIATE_TAG: u64 = 1 << 48;
/// `None`.
pub const NONE: u64 = IMMEDIATE_TAG;
/// `False`; `True` is `FALSE | 1`, so `w & !1 == FALSE` tests for a bool.
pub const FALSE: u64 = IMMEDIATE_TAG | 2;
/// `True`.
pub const TRUE: u64 = IMMEDIATE_TAG | 3;
/// `NotImplemented`.
pub const NOT_IMPLEMENTED: u64 = IMMEDIATE_TAG | 4;
/// `Ellipsis` (`...`).
pub const ELLIPSIS: u64 = IMMEDIATE_TAG | 5;

/// Returned by `molt_iter_next` when the iterator is exhausted; never a
/// Python value.
pub const ITER_STOP: u64 = IMMEDIATE_TAG | 0xFF;

/// The canonical quiet NaN every NaN built from raw bits is mapped to.
pub const CANONICAL_NAN_BITS: u64 = 0x7FF8_0000_0000_0000;

impl Value {
    pub const NULL: Value = Value(0);
    pub const NONE: Value = Value(NONE);
    pub const TRUE: Value = Value(TRUE);
    pub const FALSE: Value = Value(FALSE);
    pub const NOT_IMPLEMENTED: Value = Value(NOT_IMPLEMENTED);
    pub const ELLIPSIS: Value = Value(ELLIPSIS);

    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// A heap pointer (excludes the null sentinel).
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        self.0.wrapping_sub(1) < PTR_LIMIT - 1
    }

    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.0 >= INT_TAG
    }

    #[inline(always)]
    pub const fn is_float(self) -> bool {
        self.0.wrapping_sub(FLOAT_OFFSET) < FLOAT_LIMIT
    }

    #[inline(always)]
    pub const fn is_bool(self) -> bool {
        self.0 & !1 == FALSE
    }

    #[inline(always)]
    pub const fn is_none(self) -> bool {
        self.0 == NONE
    }

    /// Boxes an int known to fit in the small range.
    #[inline(always)]
    pub const fn from_small_int(i: i64) -> Value {
        debug_assert!(i >= INT_MIN && i <= INT_MAX);
        Value((i as u64 & INT_MASK) | INT_TAG)
    }

    /// Boxes `i` if it fits in the small range.
    #[inline(always)]
    pub const fn try_small_int(i: i64) -> Option<Value> {
        if i >= INT_MIN && i <= INT_MAX { Some(Value::from_small_int(i)) } else { None }
    }

    /// The payload of a small int.
    #[inline(always)]
    pub const fn small_int(self) -> i64 {
        ((self.0 << INT_SHIFT) as i64) >> INT_SHIFT
    }

    /// Boxes a float, canonicalising NaNs whose bits would collide with tags.
    #[inline(always)]
    pub fn from_f64(f: f64) -> Value {
        let bits = f.to_bits();
        let bits = if f.is_nan() { CANONICAL_NAN_BITS } else { bits };
        Value(bits.wrapping_add(FLOAT_OFFSET))
    }

    #[inline(always)]
    pub fn as_f64(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET))
    }

    #[inline(always)]
    pub const fn from_bool(b: bool) -> Value {
        Value(FALSE | b as u64)
    }

    #[inline(always)]
    pub const fn as_ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }

    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, 42, -42, INT_MAX, INT_MIN, 1 << 40, -(1 << 40)] {
            let v = Value::from_small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.small_int(), i);
        }
        assert!(Value::try_small_int(INT_MAX + 1).is_none());
        assert!(Value::try_small_int(INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_round_trip_and_do_not_collide() {
        let samples = [
            0.0,
            -0.0,
            1.5,
            -1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
        ];
        for f in samples {
            let v = Value::from_f64(f);
            assert!(v.is_float() && !v.is_small_int() && !v.is_ptr() && !v.is_null());
            assert_eq!(v.as_f64().to_bits(), f.to_bits());
        }
        // The NaN the hardware produces (negative, zero payload) and one with a
        // payload both stay floats.
        for bits in [0xFFF8_0000_0000_0000u64, 0x7FF8_0000_0000_0001, 0xFFF9_1234_0000_0000] {
            let v = Value::from_f64(f64::from_bits(bits));
            assert!(v.is_float() && v.as_f64().is_nan());
        }
        let hw_nan = Value(0xFFF8_0000_0000_0000u64.wrapping_add(FLOAT_OFFSET));
        assert!(hw_nan.is_float());
    }

    #[test]
    fn immediates_are_distinct() {
        for w in [NONE, FALSE, TRUE, NOT_IMPLEMENTED, ELLIPSIS] {
            let v = Value(w);
            assert!(!v.is_ptr() && !v.is_float() && !v.is_small_int() && !v.is_null());
        }
        assert!(Value::TRUE.is_bool() && Value::FALSE.is_bool() && !Value::NONE.is_bool());
        assert!(Value(0x1000).is_ptr() && !Value::NULL.is_ptr());
    }
}
