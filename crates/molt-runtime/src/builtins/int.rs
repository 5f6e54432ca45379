//! `int`: arbitrary-precision integers.
//!
//! Ints in `-2**48 ..= 2**48-1` are immediates (see `molt_abi::value`);
//! larger ones are [`BigIntObject`]s holding a `num_bigint::BigInt`. Every
//! result is normalised, so an int that fits the small range is always
//! small. `bool` values are accepted wherever an int is, as 0 and 1.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, type_name_of};
use crate::builtins::{float, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, overflow_error, type_error, value_error, zero_division_error};
use crate::numfmt;
use crate::object::{Header, Obj, alloc_object, free_object, has_type, type_of};

pub static mut INT_TYPE: TypeObject = TypeObject::builtin(
    "int",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::INT_SUBCLASS,
    dealloc_bigint,
    Slots {
        repr: Some(int_repr),
        hash: Some(int_hash),
        richcompare: Some(int_richcompare),
        bool: Some(int_bool),
        number: Some(int_number),
        unary: Some(int_unary),
        new: Some(int_new),
        index: Some(int_index),
        ..Slots::EMPTY
    },
    INT_METHODS,
)
.with_getsets(&[
    GetSetDef { name: "real", get: int_index, set: None },
    GetSetDef { name: "imag", get: int_zero, set: None },
    GetSetDef { name: "numerator", get: int_index, set: None },
    GetSetDef { name: "denominator", get: int_one, set: None },
]);

const INT_METHODS: &[MethodDef] = &[
    MethodDef::positional("bit_length", int_bit_length, 0, 0),
    MethodDef::positional("__format__", crate::format::int_format_method, 1, 1),
    MethodDef::positional("bit_count", int_bit_count, 0, 0),
    MethodDef::positional("conjugate", |a| int_index(a[0]), 0, 0),
    MethodDef::positional("is_integer", |_| Ok(Obj::from_bool(true)), 0, 0),
    MethodDef::positional("as_integer_ratio", int_as_integer_ratio, 0, 0),
    MethodDef::positional("__index__", |a| int_index(a[0]), 0, 0),
    MethodDef::positional("__int__", |a| int_index(a[0]), 0, 0),
    MethodDef::positional("__float__", |a| Ok(float::new(to_f64(a[0])?)), 0, 0),
    MethodDef::keywords("to_bytes", int_to_bytes),
    MethodDef::keywords("from_bytes", int_from_bytes).class(),
];

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for big.
fn big_endian(order: Option<Value>) -> PyResult<bool> {
    match order {
        None => Ok(true),
        Some(o) if pystr::is_str(o) => match pystr::as_str(o) {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(o) => Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", type_name_of(o)))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(a: &[Value], kw: &crate::call::KwArgs) -> PyResult<Obj> {
    let p = crate::call::parse_native("to_bytes", &a[1..], kw, &["length", "byteorder", "signed"], 0)?;
    let length = match p[0] {
        None => 1,
        Some(l) => crate::protocol::index_value(l)?,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let big = big_endian(p[1])?;
    let signed = match p[2] {
        Some(s) => crate::protocol::truthy(s)?,
        None => false,
    };
    let n = view(a[0]).expect("int receiver").to_bigint();
    if !signed && n.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    bytes.resize(length, if n.is_negative() { 0xff } else { 0 });
    if big {
        bytes.reverse();
    }
    Ok(crate::builtins::bytes::new(&bytes))
}

/// `cls.from_bytes(bytes, byteorder='big', *, signed=False)`; subclasses
/// get `cls(value)`.
fn int_from_bytes(a: &[Value], kw: &crate::call::KwArgs) -> PyResult<Obj> {
    let p = crate::call::parse_native("from_bytes", &a[1..], kw, &["bytes", "byteorder", "signed"], 1)?;
    let data: Vec<u8> = match p[0] {
        Some(b) if crate::builtins::buffer::is_bytes_like(b) => crate::builtins::buffer::require(b)?.into_owned(),
        Some(b) => {
            let mut out = Vec::new();
            for item in crate::protocol::collect(b)? {
                match to_i64(item.v()) {
                    Some(x @ 0..=255) => out.push(x as u8),
                    _ => return Err(value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
        None => Vec::new(),
    };
    let big = big_endian(p[1])?;
    let signed = match p[2] {
        Some(s) => crate::protocol::truthy(s)?,
        None => false,
    };
    let n = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    let value = from_bigint(n);
    if a[0].as_ptr::<TypeObject>() == &raw mut INT_TYPE {
        Ok(value)
    } else {
        crate::call::call_positional(a[0], &[value.v()])
    }
}

/// A heap int outside the small range.
#[repr(C)]
pub struct BigIntObject {
    pub header: Header,
    pub value: IntValue,
}

/// The value of a heap int: machine 128-bit arithmetic covers most "big"
/// ints programs meet (sums and products past 2**48) without allocating a
/// digit array; beyond that, arbitrary precision.
pub enum IntValue {
    Wide(i128),
    Big(BigInt),
}

unsafe fn dealloc_bigint(v: Value) {
    unsafe {
        let p = v.as_ptr::<BigIntObject>();
        std::ptr::drop_in_place(&mut (*p).value);
        free_object(p as *mut Header);
    }
}

/// A borrowed view of an int value, by the narrowest machine type that
/// holds it (whatever its storage).
pub enum IntRef<'a> {
    /// Fits an i64.
    Small(i64),
    /// Fits an i128 but not an i64.
    Wide(i128),
    /// Beyond i128.
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Wide(w) => BigInt::from(*w),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    /// The value as i128 when it fits.
    pub fn to_i128(&self) -> Option<i128> {
        match self {
            IntRef::Small(i) => Some(*i as i128),
            IntRef::Wide(w) => Some(*w),
            IntRef::Big(_) => None,
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Wide(w) => *w < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
}

/// Views `v` as an int if it is one (bools included, int subclasses too).
#[inline]
pub fn view(v: Value) -> Option<IntRef<'static>> {
    if v.is_small_int() {
        Some(IntRef::Small(v.small_int()))
    } else if v.is_bool() {
        Some(IntRef::Small((v == Value::TRUE) as i64))
    } else if v.is_ptr() && is_int_subclass(v) {
        // SAFETY: int and int-subclass instances share the BigIntObject layout.
        Some(match unsafe { &(*v.as_ptr::<BigIntObject>()).value } {
            IntValue::Wide(w) => match i64::try_from(*w) {
                Ok(i) => IntRef::Small(i),
                Err(_) => IntRef::Wide(*w),
            },
            IntValue::Big(b) => IntRef::Big(b),
        })
    } else {
        None
    }
}

fn is_int_subclass(v: Value) -> bool {
    // SAFETY: live type object.
    unsafe { (*type_of(v)).flags & flags::INT_SUBCLASS != 0 }
}

/// Whether `v` is an int (bools included).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || v.is_bool() || (v.is_ptr() && is_int_subclass(v))
}

/// Whether `v` is exactly `int` (not bool, not a subclass).
pub fn is_exact_int(v: Value) -> bool {
    v.is_small_int() || has_type(v, &raw mut INT_TYPE)
}

pub fn from_i64(i: i64) -> Obj {
    match Value::try_small_int(i) {
        Some(v) => Obj::from_owned(v),
        None => new_heap(IntValue::Wide(i as i128)),
    }
}

pub fn from_i128(i: i128) -> Obj {
    match i64::try_from(i).ok().and_then(Value::try_small_int) {
        Some(v) => Obj::from_owned(v),
        None => new_heap(IntValue::Wide(i)),
    }
}

pub fn from_u64(u: u64) -> Obj {
    from_i128(u as i128)
}

/// Normalises a big value into an int object.
pub fn from_bigint(b: BigInt) -> Obj {
    match b.to_i128() {
        Some(i) => from_i128(i),
        None => new_heap(IntValue::Big(b)),
    }
}

/// An instance of int subclass `ty` (`size` bytes) holding `value`.
pub fn new_subtype(ty: *mut TypeObject, size: usize, value: Value) -> Obj {
    let v = match view(value) {
        Some(IntRef::Small(i)) => IntValue::Wide(i as i128),
        Some(IntRef::Wide(w)) => IntValue::Wide(w),
        Some(IntRef::Big(b)) => IntValue::Big(b.clone()),
        None => IntValue::Wide(0),
    };
    let p = alloc_object(ty, size) as *mut BigIntObject;
    // SAFETY: fresh allocation at least as large as an int.
    unsafe { std::ptr::write(&mut (*p).value, v) };
    Obj::from_owned(Value::from_ptr(p))
}

fn new_heap(value: IntValue) -> Obj {
    let p = alloc_object(&raw mut INT_TYPE, std::mem::size_of::<BigIntObject>()) as *mut BigIntObject;
    // SAFETY: fresh allocation of the right size; `value` is uninitialised.
    unsafe { std::ptr::write(&mut (*p).value, value) };
    Obj::from_owned(Value::from_ptr(p))
}

/// The value of an int as i64, if it fits.
pub fn to_i64(v: Value) -> Option<i64> {
    match view(v)? {
        IntRef::Small(i) => Some(i),
        IntRef::Wide(_) | IntRef::Big(_) => None,
    }
}

/// The value of an int as a BigInt.
pub fn to_bigint(v: Value) -> Option<BigInt> {
    view(v).map(|r| r.to_bigint())
}

/// `float(int)`, correctly rounded; OverflowError when too large.
pub fn to_f64(v: Value) -> PyResult<f64> {
    match view(v) {
        Some(IntRef::Small(i)) => Ok(i as f64),
        Some(r) => numfmt::bigint_to_f64(&r.to_bigint()).map_err(|_| overflow_error("int too large to convert to float")),
        None => Err(type_error(format!("must be real number, not {}", type_name_of(v)))),
    }
}

/// Converts an int to an index-sized integer, raising like CPython's
/// `PyNumber_AsSsize_t` with an `IndexError`/`OverflowError` message.
pub fn to_isize(v: Value) -> PyResult<isize> {
    match to_i64(v) {
        Some(i) => Ok(i as isize),
        None => Err(crate::error::index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name_of(v)
        ))),
    }
}

/// Decimal text of an int, enforcing the 4300-digit conversion limit.
pub fn to_decimal_string(r: &IntRef) -> PyResult<String> {
    match r {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Wide(w) => Ok(w.to_string()),
        IntRef::Big(b) => {
            let limit = crate::modules::sys::int_max_str_digits();
            if limit > 0 {
                // A quick size bound before the quadratic conversion.
                let approx_digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
                if approx_digits > limit + 1 {
                    return Err(digits_limit_error());
                }
            }
            let s = b.to_string();
            let digits = s.len() - b.is_negative() as usize;
            if limit > 0 && digits > limit {
                return Err(digits_limit_error());
            }
            Ok(s)
        }
    }
}

fn digits_limit_error() -> crate::error::Raised {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        crate::modules::sys::int_max_str_digits()
    ))
}

fn int_repr(v: Value) -> PyResult<Obj> {
    let r = view(v).ok_or_else(|| type_error("descriptor '__repr__' requires an int"))?;
    Ok(pystr::new(&to_decimal_string(&r)?))
}

pub fn int_hash(v: Value) -> PyResult<i64> {
    Ok(match view(v) {
        Some(IntRef::Small(i)) => numfmt::hash_int_i64(i),
        Some(IntRef::Wide(w)) => hash_i128(w),
        Some(IntRef::Big(b)) => numfmt::hash_bigint(b),
        None => 0,
    })
}

/// CPython's int hash for an i128: the value modulo 2**61 - 1, signed,
/// with -1 mapped to -2.
fn hash_i128(w: i128) -> i64 {
    let modulus = numfmt::HASH_MODULUS as i128;
    let h = (w.unsigned_abs() % modulus as u128) as i64;
    let h = if w < 0 { -h } else { h };
    if h == -1 { -2 } else { h }
}

fn int_bool(v: Value) -> PyResult<bool> {
    Ok(match view(v) {
        Some(IntRef::Small(i)) => i != 0,
        Some(_) => true,
        None => false,
    })
}

fn int_index(v: Value) -> PyResult<Obj> {
    match view(v) {
        Some(IntRef::Small(i)) => Ok(from_i64(i)),
        Some(IntRef::Wide(w)) => Ok(from_i128(w)),
        Some(IntRef::Big(b)) => Ok(from_bigint(b.clone())),
        None => Err(type_error("descriptor requires an int")),
    }
}

fn int_zero(_: Value) -> PyResult<Obj> {
    Ok(from_i64(0))
}

fn int_one(_: Value) -> PyResult<Obj> {
    Ok(from_i64(1))
}

fn int_bit_length(a: &[Value]) -> PyResult<Obj> {
    Ok(from_i64(match view(a[0]) {
        Some(IntRef::Small(i)) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Some(IntRef::Wide(w)) => 128 - w.unsigned_abs().leading_zeros() as i64,
        Some(IntRef::Big(b)) => b.bits() as i64,
        None => 0,
    }))
}

fn int_bit_count(a: &[Value]) -> PyResult<Obj> {
    Ok(from_i64(match view(a[0]) {
        Some(IntRef::Small(i)) => i.unsigned_abs().count_ones() as i64,
        Some(IntRef::Wide(w)) => w.unsigned_abs().count_ones() as i64,
        Some(IntRef::Big(b)) => b.magnitude().count_ones() as i64,
        None => 0,
    }))
}

fn int_as_integer_ratio(a: &[Value]) -> PyResult<Obj> {
    let n = int_index(a[0])?;
    Ok(crate::builtins::tuple::from_vec(vec![n, from_i64(1)]))
}

/// Compares two int views.
pub fn compare(a: &IntRef, b: &IntRef) -> Ordering {
    match (a.to_i128(), b.to_i128()) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.to_bigint().cmp(&b.to_bigint()),
    }
}

fn int_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    match (view(a), view(b)) {
        (Some(x), Some(y)) => Ok(Obj::from_bool(op.test(compare(&x, &y)))),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// The number protocol of `int`: both operands must be ints, else
/// `NotImplemented` (mixed int/float arithmetic is float's business).
pub fn int_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (view(a), view(b)) else {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    };
    if let (IntRef::Small(x), IntRef::Small(y)) = (&x, &y) {
        if let Some(r) = small_binary(*x, *y, op)? {
            return Ok(r);
        }
    }
    if let (Some(a), Some(b)) = (x.to_i128(), y.to_i128()) {
        if let Some(r) = wide_binary(a, b, op) {
            return Ok(r);
        }
    }
    big_binary(&x.to_bigint(), &y.to_bigint(), op)
}

/// Arithmetic on two small ints; `Ok(None)` when the big path must be used.
fn small_binary(x: i64, y: i64, op: BinaryOp) -> PyResult<Option<Obj>> {
    let (wx, wy) = (x as i128, y as i128);
    Ok(Some(match op {
        BinaryOp::Add => from_i128(wx + wy),
        BinaryOp::Sub => from_i128(wx - wy),
        BinaryOp::Mul => from_i128(wx * wy),
        BinaryOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            from_i128(Integer::div_floor(&wx, &wy))
        }
        BinaryOp::Mod => {
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            from_i128(Integer::mod_floor(&wx, &wy))
        }
        BinaryOp::TrueDiv => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            const EXACT: i64 = 1 << 53;
            if wx.abs() <= EXACT as i128 && wy.abs() <= EXACT as i128 {
                float::new(x as f64 / y as f64)
            } else {
                return Ok(None);
            }
        }
        BinaryOp::And => from_i64(x & y),
        BinaryOp::Or => from_i64(x | y),
        BinaryOp::Xor => from_i64(x ^ y),
        BinaryOp::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if y < 64 && (x.unsigned_abs().leading_zeros() as i64) > y + 1 {
                from_i64(x << y)
            } else {
                return Ok(None);
            }
        }
        BinaryOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            from_i64(x >> y.min(63))
        }
        BinaryOp::Pow => {
            if y < 0 {
                return Ok(Some(float::float_pow_values(x as f64, y as f64)?));
            }
            match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                Some(r) => from_i64(r),
                None => return Ok(None),
            }
        }
        BinaryOp::MatMul => Obj::from_owned(Value::NOT_IMPLEMENTED),
    }))
}

/// The operations on two i128 values that stay exact in 128 bits;
/// `None` sends the rest (and any overflow) to the big-int path.
fn wide_binary(x: i128, y: i128, op: BinaryOp) -> Option<Obj> {
    match op {
        BinaryOp::Add => x.checked_add(y).map(from_i128),
        BinaryOp::Sub => x.checked_sub(y).map(from_i128),
        BinaryOp::Mul => x.checked_mul(y).map(from_i128),
        BinaryOp::And => Some(from_i128(x & y)),
        BinaryOp::Or => Some(from_i128(x | y)),
        BinaryOp::Xor => Some(from_i128(x ^ y)),
        BinaryOp::FloorDiv if y != 0 && !(x == i128::MIN && y == -1) => Some(from_i128(Integer::div_floor(&x, &y))),
        BinaryOp::Mod if y != 0 && !(x == i128::MIN && y == -1) => Some(from_i128(Integer::mod_floor(&x, &y))),
        _ => None,
    }
}

/// Largest number of bits a computed int may have before MemoryError.
const MAX_BITS: u64 = 1 << 36;

fn big_binary(x: &BigInt, y: &BigInt, op: BinaryOp) -> PyResult<Obj> {
    Ok(match op {
        BinaryOp::Add => from_bigint(x + y),
        BinaryOp::Sub => from_bigint(x - y),
        BinaryOp::Mul => {
            if x.bits() + y.bits() > MAX_BITS {
                return Err(crate::error::memory_error());
            }
            from_bigint(x * y)
        }
        BinaryOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            from_bigint(x.div_floor(y))
        }
        BinaryOp::Mod => {
            if y.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            from_bigint(x.mod_floor(y))
        }
        BinaryOp::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            float::new(true_divide(x, y)?)
        }
        BinaryOp::And => from_bigint(x & y),
        BinaryOp::Or => from_bigint(x | y),
        BinaryOp::Xor => from_bigint(x ^ y),
        BinaryOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(from_i64(0));
            }
            let shift = y.to_u64().filter(|s| x.bits() + s <= MAX_BITS).ok_or_else(crate::error::memory_error)?;
            from_bigint(x << shift)
        }
        BinaryOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_u64() {
                Some(s) if s < x.bits() + 1 => from_bigint(x >> s),
                _ => from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinaryOp::Pow => {
            if y.is_negative() {
                let base = numfmt::bigint_to_f64(x).map_err(|_| overflow_error("int too large to convert to float"))?;
                let exp = numfmt::bigint_to_f64(y).map_err(|_| overflow_error("int too large to convert to float"))?;
                return float::float_pow_values(base, exp);
            }
            pow_big(x, y)?
        }
        BinaryOp::MatMul => Obj::from_owned(Value::NOT_IMPLEMENTED),
    })
}

fn pow_big(x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    if x.is_zero() || x.is_one() || y.is_zero() {
        return Ok(from_bigint(if y.is_zero() { BigInt::one() } else { x.clone() }));
    }
    if *x == BigInt::from(-1) {
        return Ok(from_i64(if y.is_even() { 1 } else { -1 }));
    }
    let e = y.to_u64().filter(|&e| e.saturating_mul(x.bits()) <= MAX_BITS).ok_or_else(crate::error::memory_error)?;
    Ok(from_bigint(num_traits::pow::Pow::pow(x, e)))
}

/// `x / y` for ints, correctly rounded to the nearest double (half to
/// even), as CPython's `long_true_divide`.
pub fn true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // e = floor(log2(a / b)).
    let d = a.bits() as i64 - b.bits() as i64;
    let ge = if d >= 0 { a >= (&b << d as u64) } else { (&a << (-d) as u64) >= b };
    let e = if ge { d } else { d - 1 };
    if e > 1024 {
        return Err(overflow_error("integer division result too large for a float"));
    }
    // Keep 53 significant bits, or fewer where the result is subnormal.
    let p = (e - 52).max(-1074);
    let (num, den) = if p <= 0 { (&a << (-p) as u64, b) } else { (a, &b << p as u64) };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    match twice.cmp(&den) {
        Ordering::Greater => q += 1u32,
        Ordering::Equal if q.is_odd() => q += 1u32,
        _ => {}
    }
    let q = q.to_f64().unwrap_or(f64::INFINITY);
    let value = scale_by_power_of_two(q, p);
    if value.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -value } else { value })
}

/// `x * 2**p` without intermediate rounding when the result is exact.
fn scale_by_power_of_two(mut x: f64, mut p: i64) -> f64 {
    while p > 1000 {
        x *= 2f64.powi(1000);
        p -= 1000;
    }
    while p < -1000 {
        x *= 2f64.powi(-1000);
        p += 1000;
    }
    x * 2f64.powi(p as i32)
}

fn int_unary(v: Value, op: UnaryOp) -> PyResult<Obj> {
    let Some(x) = view(v) else {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    };
    Ok(match (op, x.to_i128()) {
        (UnaryOp::Neg, Some(i)) if i != i128::MIN => from_i128(-i),
        (UnaryOp::Invert, Some(i)) => from_i128(!i),
        (UnaryOp::Pos, Some(i)) => from_i128(i),
        (UnaryOp::Neg, _) => from_bigint(-x.to_bigint()),
        (UnaryOp::Invert, _) => from_bigint(!x.to_bigint()),
        (UnaryOp::Pos, _) => from_bigint(x.to_bigint()),
    })
}

/// `int(x)` / `int(text, base)`.
fn int_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let params = args.parse("int", &["", "base"], 0)?;
    let value = match (params[0], params[1]) {
        (None, None) => from_i64(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => to_int(x)?,
        (Some(x), Some(base)) => {
            let base = to_i64(base).ok_or_else(|| {
                type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(base)))
            })?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            // An explicit base takes text: str, bytes or bytearray (not
            // other buffers).
            if !pystr::is_str(x) && !crate::builtins::bytes::is_bytes(x) && !crate::builtins::bytearray::is_bytearray(x) {
                return Err(type_error("int() can't convert non-string with explicit base"));
            }
            parse_text(x, base as u32)?
        }
    };
    debug_assert!(ty == &raw mut INT_TYPE, "int subclasses are created by their own __new__");
    Ok(value)
}

/// `int(x)` for one argument: ints, floats, strings, and objects with
/// `__int__`/`__index__`/`__trunc__`.
pub fn to_int(x: Value) -> PyResult<Obj> {
    if let Some(r) = view(x) {
        return Ok(match r {
            IntRef::Small(i) => from_i64(i),
            IntRef::Wide(w) => from_i128(w),
            IntRef::Big(b) => from_bigint(b.clone()),
        });
    }
    if float::is_float(x) {
        return from_f64(float::value_of(x));
    }
    if pystr::is_str(x) || crate::builtins::buffer::is_bytes_like(x) {
        return parse_text(x, 10);
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = crate::protocol::call_special(x, name, &[])? {
            if !is_int(r.v()) {
                return Err(type_error(format!(
                    "{name} returned non-int (type {})",
                    type_name_of(r.v())
                )));
            }
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name_of(x)
    )))
}

/// `int(float)`: truncation toward zero.
pub fn from_f64(f: f64) -> PyResult<Obj> {
    if f.is_finite() && f.abs() < 9.0e15 {
        return Ok(from_i64(f.trunc() as i64));
    }
    match numfmt::float_to_bigint(f) {
        Ok(b) => Ok(from_bigint(b)),
        Err(numfmt::FloatToIntError::Infinity) => Err(overflow_error("cannot convert float infinity to integer")),
        Err(numfmt::FloatToIntError::NaN) => Err(value_error("cannot convert float NaN to integer")),
    }
}

/// `int(text, base)` for a str or a bytes-like object (whose bytes are
/// parsed without the Unicode reduction str gets, and shown as bytes in
/// the error, as CPython does).
fn parse_text(x: Value, base: u32) -> PyResult<Obj> {
    let limit = crate::modules::sys::int_max_str_digits();
    let (parsed, shown) = if pystr::is_str(x) {
        (numfmt::parse_int(pystr::as_str(x), base, limit), Obj::from_borrowed(x))
    } else {
        let data = crate::builtins::buffer::require(x)?;
        (numfmt::parse_int_bytes(&data, base, limit), crate::builtins::bytes::new(&data))
    };
    match parsed {
        Ok(numfmt::ParsedInt::Small(i)) => Ok(from_i64(i)),
        Ok(numfmt::ParsedInt::Big(b)) => Ok(from_bigint(b)),
        Err(e) => {
            let shown = crate::protocol::repr(shown.v())?;
            Err(value_error(e.message(pystr::as_str(shown.v()))))
        }
    }
}

/// The `Sign` of an int value (for callers outside this module).
pub fn sign(v: Value) -> Sign {
    match view(v) {
        Some(IntRef::Small(i)) => match i.cmp(&0) {
            Ordering::Less => Sign::Minus,
            Ordering::Equal => Sign::NoSign,
            Ordering::Greater => Sign::Plus,
        },
        Some(IntRef::Wide(w)) => if w < 0 { Sign::Minus } else { Sign::Plus },
        Some(IntRef::Big(b)) => b.sign(),
        None => Sign::NoSign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn div(a: &str, b: &str) -> f64 {
        true_divide(&a.parse().unwrap(), &b.parse().unwrap()).unwrap_or(f64::NAN)
    }

    #[test]
    fn true_divide_is_correctly_rounded() {
        // Values checked against CPython 3.12.
        assert_eq!(div("1", "3"), 1.0 / 3.0);
        assert_eq!(div("10000000000000000000001", "3"), 3.3333333333333335e+21);
        assert_eq!(div("-7", "2"), -3.5);
        assert_eq!(div("9007199254740993", "1"), 9007199254740992.0);
        assert_eq!(div("9007199254740995", "1"), 9007199254740996.0);
        assert_eq!(div("1", "100000000000000000000000000000000000000000000"), 1e-44);
    }
}
