//! `complex`: a pair of IEEE doubles, always a heap object.
//!
//! Arithmetic follows CPython 3.12 operation by operation, so results
//! agree to the last bit: an int or float operand is first converted to
//! `complex(x, 0.0)` (no mixed-mode shortcuts), division is Smith's
//! algorithm scaled by the larger component of the divisor, and `**` with
//! an integral real exponent of magnitude at most 100 multiplies by
//! repeated squaring instead of going through `exp`/`log`:
//!
//! ```python
//! (1+2j) ** 2      # (-3+4j), exactly
//! (1+2j) ** 2.5    # polar form: |z|**2.5 * e**(2.5*i*arg z)
//! ```
//!
//! Complex numbers are unordered; `==` compares with ints exactly and
//! with floats by value. `repr` writes each part with the shortest
//! round-tripping digits and no `.0`, dropping a positive-zero real part
//! and the parentheses: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp, UnaryOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, is_subtype, lookup, type_name_of};
use crate::builtins::{float, int, str as pystr, tuple};
use crate::call::Args;
use crate::error::{PyResult, overflow_error, type_error, value_error, zero_division_error};
use crate::numfmt::{self, FloatKind, FloatSpec};
use crate::object::{Header, Obj, alloc_object, free_object, type_of};

pub static mut COMPLEX_TYPE: TypeObject = TypeObject::builtin(
    "complex",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_complex,
    Slots {
        repr: Some(complex_repr),
        hash: Some(complex_hash),
        richcompare: Some(complex_richcompare),
        bool: Some(|v| {
            let (re, im) = parts(v);
            Ok(re != 0.0 || im != 0.0)
        }),
        number: Some(complex_number),
        unary: Some(complex_unary),
        new: Some(complex_new),
        ..Slots::EMPTY
    },
    COMPLEX_METHODS,
)
.with_getsets(&[
    GetSetDef { name: "real", get: |v| Ok(float::new(parts(v).0)), set: Some(readonly) },
    GetSetDef { name: "imag", get: |v| Ok(float::new(parts(v).1)), set: Some(readonly) },
])
.with_doc(
    "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.",
);

const COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef::positional("conjugate", |a| {
        let (re, im) = parts(a[0]);
        Ok(new(re, -im))
    }, 0, 0),
    MethodDef::positional("__getnewargs__", |a| {
        let (re, im) = parts(a[0]);
        Ok(tuple::from_vec(vec![float::new(re), float::new(im)]))
    }, 0, 0),
    MethodDef::positional("__complex__", |a| {
        let (re, im) = parts(a[0]);
        Ok(new(re, im))
    }, 0, 0),
    MethodDef::positional("__abs__", |a| abs(a[0]), 0, 0),
    MethodDef::positional("__format__", crate::format::complex_format_method, 1, 1),
];

/// `real` and `imag` are read-only members in CPython.
fn readonly(_: Value, _: Option<Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

/// A complex number (or an instance of a complex subclass, which extends
/// this layout).
#[repr(C)]
pub struct ComplexObject {
    pub header: Header,
    pub real: f64,
    pub imag: f64,
}

/// A new `complex`.
pub fn new(real: f64, imag: f64) -> Obj {
    new_subtype(&raw mut COMPLEX_TYPE, std::mem::size_of::<ComplexObject>(), real, imag)
}

/// An instance of complex subclass `ty` (of `size` bytes).
pub fn new_subtype(ty: *mut TypeObject, size: usize, real: f64, imag: f64) -> Obj {
    let p = alloc_object(ty, size) as *mut ComplexObject;
    // SAFETY: fresh allocation at least as large as a ComplexObject.
    unsafe {
        (*p).real = real;
        (*p).imag = imag;
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_complex(v: Value) {
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// Whether `v` is a complex or an instance of a complex subclass.
#[inline]
pub fn is_complex(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), &raw mut COMPLEX_TYPE)
}

/// The real and imaginary parts of a complex (or subclass instance).
#[inline]
pub fn parts(v: Value) -> (f64, f64) {
    // SAFETY: callers pass complex values, which share this layout.
    unsafe {
        let c = &*v.as_ptr::<ComplexObject>();
        (c.real, c.imag)
    }
}

/// An int, float or complex operand as a complex (CPython's `TO_COMPLEX`);
/// `Ok(None)` for other types. Ints too large for a float overflow.
fn operand(v: Value) -> PyResult<Option<(f64, f64)>> {
    if int::is_int(v) {
        Ok(Some((int::to_f64(v)?, 0.0)))
    } else if float::is_float(v) {
        Ok(Some((float::value_of(v), 0.0)))
    } else if is_complex(v) {
        Ok(Some(parts(v)))
    } else {
        Ok(None)
    }
}

/// `repr(z)` and `str(z)`.
pub fn repr_text(re: f64, im: f64) -> String {
    let part = |x: f64| numfmt::format_float(x, &FloatSpec::new(FloatKind::Repr)).unwrap_or_default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let im_text = part(im);
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", part(re))
}

fn complex_repr(v: Value) -> PyResult<Obj> {
    let (re, im) = parts(v);
    Ok(pystr::new(&repr_text(re, im)))
}

/// CPython's `complex_hash`: the parts' float hashes combined so that
/// `hash(x + 0j) == hash(x)`. A NaN part hashes by identity, as in CPython.
fn complex_hash(v: Value) -> PyResult<i64> {
    let (re, im) = parts(v);
    let part = |x: f64| match numfmt::hash_float(x) {
        Some(h) => Ok(h),
        None => crate::builtins::object::identity_hash(v),
    };
    let combined = (part(re)? as u64).wrapping_add(1_000_003u64.wrapping_mul(part(im)? as u64)) as i64;
    Ok(if combined == -1 { -2 } else { combined })
}

fn complex_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if op != CompareOp::Eq && op != CompareOp::Ne {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    // The slot may be reached for either operand; `z` is the complex one.
    let (z, other) = if is_complex(a) { (a, b) } else { (b, a) };
    let (re, im) = parts(z);
    let equal = if let Some(i) = int::view(other) {
        // Ints compare exactly with the real part.
        im == 0.0 && float::compare_with_int(re, &i) == Some(std::cmp::Ordering::Equal)
    } else if float::is_float(other) {
        re == float::value_of(other) && im == 0.0
    } else if is_complex(other) {
        (re, im) == parts(other)
    } else {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    };
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

fn complex_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    if !matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::TrueDiv | BinaryOp::Pow) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    };
    let (re, im) = match op {
        BinaryOp::Add => (x.0 + y.0, x.1 + y.1),
        BinaryOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinaryOp::Mul => product(x, y),
        BinaryOp::TrueDiv => {
            quotient(x, y).ok_or_else(|| zero_division_error("complex division by zero"))?
        }
        _ => power(x, y)?,
    };
    Ok(new(re, im))
}

/// A complex value as `(real, imag)`.
type C = (f64, f64);

fn product(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b` by Smith's method: both operands are scaled by the larger
/// component of `b`, which avoids spurious overflow. `None` when `b` is 0.
fn quotient(a: C, b: C) -> Option<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A component of `b` is NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a ** b` with CPython's errors: ZeroDivisionError for zero to a
/// negative or complex power, OverflowError for an infinite result.
fn power(a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        power_int(a, b.0 as i64)
    } else {
        power_general(a, b)
    };
    let Some(r) = r else {
        return Err(zero_division_error("0.0 to a negative or complex power"));
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(r)
}

/// `a ** n` by binary exponentiation (a negative `n` takes the
/// reciprocal of `a ** -n`); `None` when that reciprocal divides by 0.
fn power_int(a: C, n: i64) -> Option<C> {
    let positive = |mut n: u64| {
        let (mut result, mut square) = ((1.0, 0.0), a);
        while n > 0 {
            if n & 1 == 1 {
                result = product(result, square);
            }
            n >>= 1;
            if n > 0 {
                square = product(square, square);
            }
        }
        result
    };
    if n > 0 { Some(positive(n as u64)) } else { quotient((1.0, 0.0), positive(n.unsigned_abs())) }
}

/// `a ** b` in polar form; `None` where CPython's C library reports a
/// domain error: zero to a negative or complex power, and an infinite
/// phase (whose cosine and sine set `EDOM`, so CPython raises the same
/// ZeroDivisionError).
fn power_general(a: C, b: C) -> Option<C> {
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        return if b.1 != 0.0 || b.0 < 0.0 { None } else { Some((0.0, 0.0)) };
    }
    let modulus = a.0.hypot(a.1);
    let mut len = modulus.powf(b.0);
    let arg = a.1.atan2(a.0);
    let mut phase = arg * b.0;
    if b.1 != 0.0 {
        len /= (arg * b.1).exp();
        phase += b.1 * modulus.ln();
    }
    if phase.is_infinite() {
        return None;
    }
    Some((len * phase.cos(), len * phase.sin()))
}

/// `x ** y` for floats whose result is complex (a negative base and a
/// fractional exponent), as CPython's `float_pow` hands over to complex.
pub fn float_pow(x: f64, y: f64) -> PyResult<Obj> {
    let (re, im) = power((x, 0.0), (y, 0.0))?;
    Ok(new(re, im))
}

fn complex_unary(v: Value, op: UnaryOp) -> PyResult<Obj> {
    let (re, im) = parts(v);
    match op {
        UnaryOp::Neg => Ok(new(-re, -im)),
        UnaryOp::Pos => Ok(new(re, im)),
        UnaryOp::Invert => Err(crate::protocol::bad_unary_operand(v, op)),
    }
}

/// `abs(z)`: the hypotenuse; an infinite part wins over a NaN (C99).
pub fn abs(v: Value) -> PyResult<Obj> {
    let (re, im) = parts(v);
    if re.is_infinite() || im.is_infinite() {
        return Ok(float::new(f64::INFINITY));
    }
    if re.is_nan() || im.is_nan() {
        return Ok(float::new(f64::NAN));
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(float::new(r))
}

/// `complex(real=0, imag=0)` and `complex(string)`, as CPython's
/// `complex_new`: `__complex__` first, then `__float__`/`__index__`;
/// complex arguments contribute both parts (`complex(1j, 1j) == -1+1j`).
fn complex_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let kw = args.kw();
    if let Some((name, _)) = kw.iter().find(|(name, _)| !matches!(*name, "real" | "imag")) {
        return Err(type_error(format!("'{name}' is an invalid keyword argument for complex()")));
    }
    let p = crate::call::parse_native("complex", args.positional(), &kw, &["real", "imag"], 0)?;
    let zero = int::from_i64(0);
    let (r, i) = (p[0].unwrap_or(zero.v()), p[1]);
    if i.is_none() && crate::object::has_type(r, &raw mut COMPLEX_TYPE) {
        return Ok(Obj::from_borrowed(r));
    }
    if pystr::is_str(r) {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        return from_string(r);
    }
    if i.is_some_and(pystr::is_str) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let r = match crate::protocol::call_special(r, "__complex__", &[])? {
        Some(c) if is_complex(c.v()) => c,
        Some(c) => {
            return Err(type_error(format!("__complex__ returned non-complex (type {})", type_name_of(c.v()))));
        }
        None => Obj::from_borrowed(r),
    };
    from_parts(r, i)
}

/// The rest of `complex(r, i)` once `r` is a number or the result of its
/// `__complex__`.
fn from_parts(r: Obj, i: Option<Value>) -> PyResult<Obj> {
    if !is_number(r.v()) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name_of(r.v())
        )));
    }
    if let Some(i) = i {
        if !is_number(i) {
            return Err(type_error(format!("complex() second argument must be a number, not '{}'", type_name_of(i))));
        }
    }
    let (mut re, r_imag) = if is_complex(r.v()) { parts(r.v()) } else { (as_float(r.v())?, 0.0) };
    let mut im = match i {
        None => r_imag,
        Some(i) if is_complex(i) => {
            let (i_re, i_im) = parts(i);
            re -= i_im;
            i_re
        }
        Some(i) => as_float(i)?,
    };
    if is_complex(r.v()) && i.is_some() {
        im += r_imag;
    }
    Ok(new(re, im))
}

/// Whether `v` converts to a number: a complex, or a type with
/// `__float__` or `__index__` (CPython's `nb_float`/`nb_index` test).
fn is_number(v: Value) -> bool {
    if int::is_int(v) || float::is_float(v) || is_complex(v) {
        return true;
    }
    let ty = type_of(v);
    ["__float__", "__index__"].iter().any(|name| !lookup(ty, pystr::intern(name).v()).is_null())
}

fn as_float(v: Value) -> PyResult<f64> {
    let f = float::to_float(v)?;
    Ok(float::value_of(f.v()))
}

fn from_string(s: Value) -> PyResult<Obj> {
    match numfmt::parse_complex(pystr::as_str(s)) {
        Ok((re, im)) => Ok(new(re, im)),
        Err(e) => {
            let shown = crate::protocol::repr(s)?;
            Err(value_error(e.message(pystr::as_str(shown.v()))))
        }
    }
}
