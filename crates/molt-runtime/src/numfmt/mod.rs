//! Number formatting, parsing, conversion and hashing with CPython 3.12's
//! exact semantics.
//!
//! Everything here is pure Rust on primitive values (`f64`, `i64`,
//! [`num_bigint::BigInt`], strings and byte slices) and knows nothing of
//! the object model. Invalid input is reported through the error types in
//! [`error`], each documenting the Python exception and message it stands
//! for; nothing panics on any input.
//!
//! * [`float_repr`]: `repr(float)` / `str(float)`.
//! * [`format_float`]: `'%.3f' % x`, `format(x, '.10g')`, `format(x, '.3')`
//!   and the other float presentation types.
//! * [`parse_float()`], [`parse_float_bytes`]: `float(str)`, `float(bytes)`.
//! * [`parse_complex()`]: `complex(str)`.
//! * [`parse_int()`], [`parse_int_bytes`]: `int(str, base)`, `int(bytes, base)`,
//!   including the `sys.set_int_max_str_digits()` limit.
//! * [`float_to_bigint`], [`bigint_to_f64`]: `int(float)`, `float(int)`.
//! * [`hash_int_i64`], [`hash_bigint`], [`hash_float`], [`hash_pointer`],
//!   [`hash_bytes`], [`hash_str`], [`hash_str_code_points`]: `hash()` of
//!   ints, floats, `bytes` and `str`; [`hash_secret_from_seed`] and
//!   [`siphash13`]: the string hash function and its `PYTHONHASHSEED` key.

mod convert;
mod digits;
pub mod error;
mod format;
mod hash;
mod layout;
mod parse_complex;
mod parse_float;
mod parse_int;
mod repr;
mod siphash;
mod unicode;

pub use convert::{bigint_to_f64, float_to_bigint};
pub use error::{
    ExceptionKind, FloatToIntError, FormatFloatError, IntTooLargeError, ParseFloatError,
    ParseIntError,
};
pub use format::{FloatKind, FloatSpec, SignMode, format_float};
pub use hash::{
    HASH_INF, HASH_MODULUS, hash_bigint, hash_bytes, hash_float, hash_int_i64, hash_pointer,
    hash_str, hash_str_code_points,
};
pub use parse_complex::{ParseComplexError, parse_complex};
pub use parse_float::{parse_float, parse_float_bytes};
pub use parse_int::{DEFAULT_MAX_STR_DIGITS, ParsedInt, parse_int, parse_int_bytes};
pub use repr::float_repr;
pub use siphash::{hash_secret_from_seed, siphash13};
