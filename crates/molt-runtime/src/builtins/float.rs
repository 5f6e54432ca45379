//! `float`: IEEE doubles, stored unboxed in the value word. Instances of
//! float subclasses are heap objects ([`FloatObject`]); [`value_of`] reads
//! either form.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use crate::builtins::int::{self, IntRef};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, type_name_of};
use crate::builtins::{str as pystr, tuple};
use crate::call::Args;
use crate::error::{PyResult, Raised, overflow_error, type_error, value_error, zero_division_error};
use crate::numfmt;
use crate::object::{Header, Obj, alloc_object, free_object};

pub static mut FLOAT_TYPE: TypeObject = TypeObject::builtin(
    "float",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_float,
    Slots {
        repr: Some(float_repr),
        hash: Some(float_hash),
        richcompare: Some(float_richcompare),
        bool: Some(|v| Ok(value_of(v) != 0.0)),
        number: Some(float_number),
        unary: Some(float_unary),
        new: Some(float_new),
        ..Slots::EMPTY
    },
    FLOAT_METHODS,
)
.with_getsets(&[
    GetSetDef { name: "real", get: |v| Ok(new(value_of(v))), set: None },
    GetSetDef { name: "imag", get: |_| Ok(new(0.0)), set: None },
]);

const FLOAT_METHODS: &[MethodDef] = &[
    MethodDef::positional("is_integer", |a| Ok(Obj::from_bool(value_of(a[0]).fract() == 0.0 && value_of(a[0]).is_finite())), 0, 0),
    MethodDef::positional("__format__", crate::format::float_format_method, 1, 1),
    MethodDef::positional("conjugate", |a| Ok(new(value_of(a[0]))), 0, 0),
    MethodDef::positional("as_integer_ratio", float_as_integer_ratio, 0, 0),
    MethodDef::positional("__trunc__", |a| int::from_f64(value_of(a[0])), 0, 0),
    MethodDef::positional("__int__", |a| int::from_f64(value_of(a[0])), 0, 0),
    MethodDef::positional("__float__", |a| Ok(new(value_of(a[0]))), 0, 0),
    MethodDef::positional("__floor__", |a| int::from_f64(value_of(a[0]).floor()), 0, 0),
    MethodDef::positional("__ceil__", |a| int::from_f64(value_of(a[0]).ceil()), 0, 0),
    MethodDef::positional("fromhex", float_fromhex, 1, 1).class(),
    MethodDef::positional("hex", |a| Ok(pystr::new(&to_hex(value_of(a[0])))), 0, 0),
];

/// `float.hex()`: CPython's form, `[-]0x<lead>.<13 hex digits>p<exp>`
/// straight from the IEEE fields (subnormals keep lead digit 0 and the
/// minimum exponent, as CPython prints them).
fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let fraction = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let (lead, exp) = if biased == 0 { (0, -1022) } else { (1, biased - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `cls.fromhex(s)`: subclasses get `cls(value)`, as in CPython.
fn float_fromhex(a: &[Value]) -> PyResult<Obj> {
    if !pystr::is_str(a[1]) {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let f = parse_hex(pystr::as_str(a[1]))?;
    if a[0].as_ptr::<TypeObject>() == &raw mut FLOAT_TYPE {
        Ok(new(f))
    } else {
        crate::call::call_positional(a[0], &[Value::from_f64(f)])
    }
}

/// Parses CPython's hexadecimal float syntax (`[sign][0x]h[.h][p[sign]d]`,
/// `inf`, `nan`), rounding to nearest even.
fn parse_hex(text: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match t.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
    let (digits, exp) = match t.find(['p', 'P']) {
        Some(i) => (&t[..i], t[i + 1..].parse::<i64>().map_err(|_| invalid())?),
        None => (t, 0),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(invalid());
    }
    let mut mantissa = BigInt::zero();
    for c in whole.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mantissa = (mantissa << 4u32) + BigInt::from(d);
    }
    if mantissa.is_zero() {
        return Ok(sign * 0.0);
    }
    // value = mantissa * 2**exp2; keep the top 64 bits with a sticky bit.
    let mut exp2 = exp.saturating_sub(4 * frac.len() as i64);
    let bits = mantissa.bits() as i64;
    let top = if bits > 64 {
        let shift = (bits - 64) as u32;
        let low: BigInt = &mantissa & ((BigInt::from(1) << shift) - 1);
        let sticky = !low.is_zero();
        exp2 += shift as i64;
        num_traits::ToPrimitive::to_u64(&(&mantissa >> shift)).unwrap_or(0) | sticky as u64
    } else {
        num_traits::ToPrimitive::to_u64(&mantissa).unwrap_or(0)
    };
    let highest = exp2 + 64 - i64::from(top.leading_zeros());
    if highest > 1024 {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    // Scale in two steps so neither overflows nor flushes to zero early.
    let e = exp2.clamp(-2200, 2200) as i32;
    let r = (top as f64) * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if r.is_infinite() {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(sign * r)
}

#[inline]
pub fn new(f: f64) -> Obj {
    Obj::from_owned(Value::from_f64(f))
}

/// An instance of a float subclass.
#[repr(C)]
pub struct FloatObject {
    pub header: Header,
    pub value: f64,
}

/// Whether `v` is a float or an instance of a float subclass.
#[inline]
pub fn is_float(v: Value) -> bool {
    v.is_float() || (v.is_ptr() && crate::builtins::type_::is_subtype(crate::object::type_of(v), &raw mut FLOAT_TYPE))
}

/// The value of a float or float-subclass instance.
#[inline]
pub fn value_of(v: Value) -> f64 {
    if v.is_float() {
        v.as_f64()
    } else {
        // SAFETY: callers pass floats; heap ones are FloatObjects.
        unsafe { (*v.as_ptr::<FloatObject>()).value }
    }
}

/// An instance of float subclass `ty` (of `size` bytes) holding `f`.
pub fn new_subtype(ty: *mut TypeObject, size: usize, f: f64) -> Obj {
    let p = alloc_object(ty, size) as *mut FloatObject;
    // SAFETY: fresh allocation at least as large as a FloatObject.
    unsafe { (*p).value = f };
    Obj::from_owned(Value::from_ptr(p))
}

/// Frees a float-subclass instance.
unsafe fn dealloc_float(v: Value) {
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn float_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(&numfmt::float_repr(value_of(v))))
}

fn float_hash(v: Value) -> PyResult<i64> {
    let f = value_of(v);
    if f.is_nan() {
        // CPython hashes NaN by identity; NaNs here have no identity, so
        // every NaN hashes alike (dict lookups still fail: NaN != NaN).
        return crate::builtins::object::identity_hash(v);
    }
    Ok(numfmt::hash_float(f).unwrap_or(0))
}

/// A float or int operand as f64, for mixed arithmetic. `Ok(None)` when the
/// operand is of another type.
fn operand(v: Value) -> PyResult<Option<f64>> {
    if is_float(v) {
        Ok(Some(value_of(v)))
    } else if int::is_int(v) {
        int::to_f64(v).map(Some)
    } else {
        Ok(None)
    }
}

/// Compares a double with an int exactly (no rounding of big ints).
pub fn compare_with_int(f: f64, i: &IntRef) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    match i {
        // Ints of at most 53 bits convert exactly.
        IntRef::Small(n) if n.unsigned_abs() <= 1 << 53 => f.partial_cmp(&(*n as f64)),
        _ => {
            let b = &i.to_bigint();
            if f.is_infinite() {
                return Some(if f > 0.0 { Ordering::Greater } else { Ordering::Less });
            }
            let floor = f.floor();
            let whole = BigInt::from_f64(floor).unwrap_or_else(BigInt::zero);
            match whole.cmp(b) {
                Ordering::Equal if floor != f => Some(Ordering::Greater),
                ord => Some(ord),
            }
        }
    }
}

fn float_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    let ord = match (is_float(a), is_float(b)) {
        (true, true) => value_of(a).partial_cmp(&value_of(b)),
        (true, false) => match int::view(b) {
            Some(i) => compare_with_int(value_of(a), &i),
            None => return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
        },
        (false, true) => match int::view(a) {
            Some(i) => compare_with_int(value_of(b), &i).map(Ordering::reverse),
            None => return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
        },
        (false, false) => return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    };
    Ok(Obj::from_bool(match ord {
        Some(ord) => op.test(ord),
        None => op == CompareOp::Ne,
    }))
}

fn float_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    };
    binary_values(x, y, op)
}

/// Float arithmetic with CPython's semantics and error messages.
pub fn binary_values(x: f64, y: f64, op: BinaryOp) -> PyResult<Obj> {
    Ok(new(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Sub => x - y,
        BinaryOp::Mul => x * y,
        BinaryOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        BinaryOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            divmod(x, y).0
        }
        BinaryOp::Mod => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            modulo(x, y)
        }
        BinaryOp::Pow => return float_pow_values(x, y),
        _ => return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }))
}

/// Python's float `%`: the result takes the sign of the divisor.
pub fn modulo(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

/// CPython's `float_divmod` (the divisor is non-zero).
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn is_odd_integer(f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && (f % 2.0).abs() == 1.0
}

/// `x ** y` for floats, following CPython's `float_pow` case by case.
pub fn float_pow_values(x: f64, y: f64) -> PyResult<Obj> {
    if y == 0.0 {
        return Ok(new(1.0));
    }
    if x.is_nan() {
        return Ok(new(x));
    }
    if y.is_nan() {
        return Ok(new(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(new(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(new(if y > 0.0 {
            if odd { x } else { x.abs() }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(new(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if base < 0.0 {
        if y != y.floor() {
            // A negative number to a fractional power is complex.
            return crate::builtins::complex::float_pow(x, y);
        }
        base = -base;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(new(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(new(if negate { -r } else { r }))
}

/// OverflowError as raised from libm range errors: `(34, 'Numerical result
/// out of range')`.
pub fn range_error() -> Raised {
    crate::error::raise_args(
        &raw mut crate::builtins::exceptions::OVERFLOW_ERROR,
        vec![int::from_i64(34), pystr::new("Numerical result out of range")],
    )
}

fn float_unary(v: Value, op: UnaryOp) -> PyResult<Obj> {
    Ok(match op {
        UnaryOp::Neg => new(-value_of(v)),
        UnaryOp::Pos => new(value_of(v)),
        UnaryOp::Invert => return Err(crate::protocol::bad_unary_operand(v, op)),
    })
}

fn float_as_integer_ratio(a: &[Value]) -> PyResult<Obj> {
    let f = value_of(a[0]);
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (mantissa, exponent) = frexp(f);
    // mantissa * 2**53 is an integer; reduce the power of two.
    let mut num = (mantissa * (1u64 << 53) as f64) as i64;
    let mut exp = exponent - 53;
    while num != 0 && num % 2 == 0 && exp < 0 {
        num /= 2;
        exp += 1;
    }
    let (n, d) = if exp >= 0 {
        (BigInt::from(num) << exp as u32, BigInt::from(1))
    } else {
        (BigInt::from(num), BigInt::from(1) << (-exp) as u32)
    };
    Ok(tuple::from_vec(vec![int::from_bigint(n), int::from_bigint(d)]))
}

/// Splits a finite double into a mantissa in `[0.5, 1)` and an exponent.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    if exp_bits == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (mantissa, exp_bits - 1022)
}

fn float_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(new(0.0)),
        [x] => to_float(*x),
        more => Err(type_error(format!("float expected at most 1 argument, got {}", more.len()))),
    }
}

/// `float(x)`.
pub fn to_float(x: Value) -> PyResult<Obj> {
    if is_float(x) {
        return Ok(new(value_of(x)));
    }
    if int::is_int(x) {
        return Ok(new(int::to_f64(x)?));
    }
    if pystr::is_str(x) {
        return match numfmt::parse_float(pystr::as_str(x)) {
            Ok(f) => Ok(new(f)),
            Err(_) => {
                let shown = crate::protocol::repr(x)?;
                Err(value_error(format!("could not convert string to float: {}", pystr::as_str(shown.v()))))
            }
        };
    }
    if let Some(text) = crate::builtins::buffer::view(x)? {
        return match numfmt::parse_float_bytes(&text) {
            Ok(f) => Ok(new(f)),
            Err(_) => {
                let shown = crate::protocol::repr(x)?;
                Err(value_error(format!("could not convert string to float: {}", pystr::as_str(shown.v()))))
            }
        };
    }
    if let Some(r) = crate::protocol::call_special(x, "__float__", &[])? {
        if !is_float(r.v()) {
            return Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(x),
                type_name_of(r.v())
            )));
        }
        return Ok(new(value_of(r.v())));
    }
    if let Some(r) = crate::protocol::call_special(x, "__index__", &[])? {
        return Ok(new(int::to_f64(r.v())?));
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name_of(x))))
}

/// A float or int argument as f64 for math functions, with CPython's
/// "must be real number" TypeError.
pub fn as_f64_arg(v: Value) -> PyResult<f64> {
    if is_float(v) {
        return Ok(value_of(v));
    }
    if int::is_int(v) {
        return int::to_f64(v);
    }
    if let Some(r) = crate::protocol::call_special(v, "__float__", &[])? {
        if is_float(r.v()) {
            return Ok(value_of(r.v()));
        }
    }
    if let Some(r) = crate::protocol::call_special(v, "__index__", &[])? {
        return int::to_f64(r.v());
    }
    Err(type_error(format!("must be real number, not {}", type_name_of(v))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modulo_and_divmod_follow_python() {
        assert_eq!(modulo(-7.0, 2.0), 1.0);
        assert_eq!(modulo(7.0, -2.0), -1.0);
        assert_eq!(modulo(-0.0, 5.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(divmod(-7.5, 2.0), (-4.0, 0.5));
        assert_eq!(divmod(7.0, -2.0), (-4.0, -1.0));
    }

    #[test]
    fn frexp_matches_libm() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(frexp(5e-324), (0.5, -1073));
    }
}
