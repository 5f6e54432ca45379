//! The `math` module, with CPython's domain and range error rules: a NaN
//! result from a non-NaN argument is "math domain error" (ValueError); an
//! infinite result from finite arguments is "math range error"
//! (OverflowError).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use molt_abi::Value;
use molt_abi::ops::BinaryOp;

use crate::builtins::float::{self, as_f64_arg};
use crate::builtins::type_::{MethodDef, type_name_of};
use crate::builtins::{builtin_function, dict, int, module};
use crate::call::KwArgs;
use crate::error::{PyResult, Raised, overflow_error, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

fn domain_error() -> Raised {
    value_error("math domain error")
}

fn range_error() -> Raised {
    overflow_error("math range error")
}

/// Applies `f` with CPython's `math_1` error checks.
fn unary(x: Value, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Obj> {
    let v = as_f64_arg(x)?;
    let r = f(v);
    if r.is_nan() && !v.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && v.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(float::new(r))
}

macro_rules! unary_fns {
    ($($name:literal => $f:expr, $overflow:expr;)*) => {
        &[$(MethodDef::positional($name, |a| unary(a[0], $f, $overflow), 1, 1),)*]
    };
}

const UNARY: &[MethodDef] = unary_fns! {
    "sqrt" => f64::sqrt, false;
    "exp" => f64::exp, true;
    "exp2" => f64::exp2, true;
    "expm1" => f64::exp_m1, true;
    "sin" => f64::sin, false;
    "cos" => f64::cos, false;
    "tan" => f64::tan, false;
    "asin" => f64::asin, false;
    "acos" => f64::acos, false;
    "atan" => f64::atan, false;
    "sinh" => f64::sinh, true;
    "cosh" => f64::cosh, true;
    "tanh" => f64::tanh, false;
    "asinh" => f64::asinh, false;
    "acosh" => f64::acosh, false;
    "atanh" => f64::atanh, false;
    "fabs" => f64::abs, false;
    "cbrt" => f64::cbrt, false;
    "erf" => erf, false;
    "erfc" => erfc, false;
};

const OTHER: &[MethodDef] = &[
    MethodDef::positional("floor", |a| round_to_int(a[0], "__floor__", f64::floor), 1, 1),
    MethodDef::positional("ceil", |a| round_to_int(a[0], "__ceil__", f64::ceil), 1, 1),
    MethodDef::positional("trunc", |a| round_to_int(a[0], "__trunc__", f64::trunc), 1, 1),
    MethodDef::positional("log", math_log, 1, 2),
    MethodDef::positional("log2", |a| log_with(a[0], f64::log2), 1, 1),
    MethodDef::positional("log10", |a| log_with(a[0], f64::log10), 1, 1),
    MethodDef::positional("log1p", |a| unary(a[0], f64::ln_1p, false), 1, 1),
    MethodDef::positional("pow", math_pow, 2, 2),
    MethodDef::positional("atan2", |a| Ok(float::new(as_f64_arg(a[0])?.atan2(as_f64_arg(a[1])?))), 2, 2),
    MethodDef::positional("hypot", math_hypot, 0, 255),
    MethodDef::positional("degrees", |a| Ok(float::new(as_f64_arg(a[0])?.to_degrees())), 1, 1),
    MethodDef::positional("radians", |a| Ok(float::new(as_f64_arg(a[0])?.to_radians())), 1, 1),
    MethodDef::positional("copysign", |a| Ok(float::new(as_f64_arg(a[0])?.copysign(as_f64_arg(a[1])?))), 2, 2),
    MethodDef::positional("fmod", math_fmod, 2, 2),
    MethodDef::positional("remainder", math_remainder, 2, 2),
    MethodDef::positional("isnan", |a| Ok(Obj::from_bool(as_f64_arg(a[0])?.is_nan())), 1, 1),
    MethodDef::positional("isinf", |a| Ok(Obj::from_bool(as_f64_arg(a[0])?.is_infinite())), 1, 1),
    MethodDef::positional("isfinite", |a| Ok(Obj::from_bool(as_f64_arg(a[0])?.is_finite())), 1, 1),
    MethodDef::keywords("isclose", math_isclose),
    MethodDef::positional("gcd", |a| fold_ints(a, |x, y| x.gcd(y)), 0, 255),
    MethodDef::positional("lcm", |a| fold_ints_from(a, BigInt::one(), |x, y| if x.is_zero() || y.is_zero() { BigInt::zero() } else { x.lcm(y) }), 0, 255),
    MethodDef::positional("factorial", math_factorial, 1, 1),
    MethodDef::positional("comb", math_comb, 2, 2),
    MethodDef::positional("perm", math_perm, 1, 2),
    MethodDef::positional("isqrt", math_isqrt, 1, 1),
    MethodDef::keywords("prod", math_prod),
    MethodDef::positional("fsum", math_fsum, 1, 1),
    MethodDef::positional("modf", math_modf, 1, 1),
    MethodDef::positional("frexp", math_frexp, 1, 1),
    MethodDef::positional("ldexp", math_ldexp, 2, 2),
    MethodDef::positional("dist", math_dist, 2, 2),
    MethodDef::positional("gamma", |a| unary(a[0], gamma, true), 1, 1),
    MethodDef::positional("lgamma", |a| unary(a[0], lgamma, true), 1, 1),
];

/// Creates the `math` module.
pub fn create() -> Obj {
    let m = module::new("math");
    let d = module::dict_of(m.v());
    for def in UNARY.iter().chain(OTHER) {
        dict::set_item_str(d, def.name, builtin_function::new_function(def, "math").v()).ok();
    }
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dict::set_item_str(d, name, Value::from_f64(value)).ok();
    }
    m
}

fn round_to_int(x: Value, dunder: &str, f: fn(f64) -> f64) -> PyResult<Obj> {
    if int::is_int(x) {
        return Ok(int::from_bigint(int::to_bigint(x).unwrap_or_default()));
    }
    if !x.is_float() {
        if let Some(r) = protocol::call_special(x, dunder, &[])? {
            return Ok(r);
        }
        // `trunc` has no float fallback (it only calls `__trunc__`).
        if dunder == "__trunc__" && !float::is_float(x) {
            return Err(type_error(format!("type {} doesn't define __trunc__ method", type_name_of(x))));
        }
    }
    int::from_f64(f(as_f64_arg(x)?))
}

/// log of an int or float; big ints are handled exactly via their bit
/// length, as CPython's `loghelper` does.
fn log_with(x: Value, f: fn(f64) -> f64) -> PyResult<Obj> {
    Ok(float::new(log_value(x, f)?))
}

fn log_value(x: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(big) = int::to_bigint(x) {
        if !big.is_positive() {
            return Err(domain_error());
        }
        if let Some(v) = big.to_f64().filter(|v| v.is_finite()) {
            return Ok(f(v));
        }
        // x = m * 2**e with m in [0.5, 1).
        let e = big.bits() as i64;
        let shift = e - 60;
        let m = (&big >> shift as u64).to_f64().unwrap_or(0.0) / 2f64.powi(60);
        return Ok(f(m) + (e as f64) * f(2.0));
    }
    let v = as_f64_arg(x)?;
    if v.is_nan() {
        return Ok(v);
    }
    if v <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(v))
}

fn math_log(a: &[Value]) -> PyResult<Obj> {
    let num = log_value(a[0], f64::ln)?;
    match a.get(1) {
        None => Ok(float::new(num)),
        Some(&base) => {
            let den = log_value(base, f64::ln)?;
            if den == 0.0 {
                return Err(crate::error::zero_division_error("float division by zero"));
            }
            Ok(float::new(num / den))
        }
    }
}

fn math_pow(a: &[Value]) -> PyResult<Obj> {
    let (x, y) = (as_f64_arg(a[0])?, as_f64_arg(a[1])?);
    let r = if x == 1.0 || y == 0.0 {
        1.0
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else {
        if x == 0.0 && y < 0.0 && y.is_finite() {
            return Err(domain_error());
        }
        if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
            return Err(domain_error());
        }
        x.powf(y)
    };
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

fn math_hypot(a: &[Value]) -> PyResult<Obj> {
    let mut acc = 0.0f64;
    let mut any_inf = false;
    let mut any_nan = false;
    for &v in a {
        let x = as_f64_arg(v)?;
        any_inf |= x.is_infinite();
        any_nan |= x.is_nan();
        acc = acc.hypot(x);
    }
    if any_inf {
        return Ok(float::new(f64::INFINITY));
    }
    if any_nan {
        return Ok(float::new(f64::NAN));
    }
    Ok(float::new(acc))
}

fn math_fmod(a: &[Value]) -> PyResult<Obj> {
    let (x, y) = (as_f64_arg(a[0])?, as_f64_arg(a[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(float::new(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(float::new(r))
}

/// IEEE 754 remainder, as CPython's `m_remainder`.
fn math_remainder(a: &[Value]) -> PyResult<Obj> {
    let (x, y) = (as_f64_arg(a[0])?, as_f64_arg(a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(float::new(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(float::new(x));
    }
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: pick the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(float::new(1.0f64.copysign(x) * r))
}

fn math_isclose(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let p = crate::call::parse_native("isclose", args, kw, &["", "", "rel_tol", "abs_tol"], 2)?;
    let a = as_f64_arg(p[0].unwrap_or(Value::NONE))?;
    let b = as_f64_arg(p[1].unwrap_or(Value::NONE))?;
    let rel = p[2].map_or(Ok(1e-9), as_f64_arg)?;
    let abs = p[3].map_or(Ok(0.0), as_f64_arg)?;
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Obj::from_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Obj::from_bool(false));
    }
    let diff = (b - a).abs();
    Ok(Obj::from_bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn int_arg(v: Value) -> PyResult<BigInt> {
    if let Some(b) = int::to_bigint(v) {
        return Ok(b);
    }
    if let Some(r) = protocol::call_special(v, "__index__", &[])? {
        if let Some(b) = int::to_bigint(r.v()) {
            return Ok(b);
        }
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(v))))
}

fn fold_ints(a: &[Value], f: fn(&BigInt, &BigInt) -> BigInt) -> PyResult<Obj> {
    fold_ints_from(a, BigInt::zero(), f)
}

fn fold_ints_from(a: &[Value], start: BigInt, f: fn(&BigInt, &BigInt) -> BigInt) -> PyResult<Obj> {
    let mut acc = start;
    for (i, &v) in a.iter().enumerate() {
        let x = int_arg(v)?;
        acc = if i == 0 { x.abs() } else { f(&acc, &x) };
    }
    Ok(int::from_bigint(acc.abs()))
}

fn math_factorial(a: &[Value]) -> PyResult<Obj> {
    if a[0].is_float() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(a[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    Ok(int::from_bigint(product_range(1, n)))
}

/// Product of the integers in `lo..=hi` by binary splitting.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        for k in lo..=hi {
            acc *= k;
        }
        return acc;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn non_negative(v: Value, what: &str) -> PyResult<BigInt> {
    let n = int_arg(v)?;
    if n.is_negative() {
        return Err(value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

fn math_comb(a: &[Value]) -> PyResult<Obj> {
    let n = non_negative(a[0], "n")?;
    let k = non_negative(a[1], "k")?;
    if k > n {
        return Ok(int::from_i64(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().ok_or_else(|| overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(int::from_bigint(acc))
}

fn math_perm(a: &[Value]) -> PyResult<Obj> {
    let n = non_negative(a[0], "n")?;
    let k = match a.get(1) {
        Some(&k) if !k.is_none() => non_negative(k, "k")?,
        _ => n.clone(),
    };
    if k > n {
        return Ok(int::from_i64(0));
    }
    let k = k.to_u64().ok_or_else(|| overflow_error("k must not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(int::from_bigint(acc))
}

fn math_isqrt(a: &[Value]) -> PyResult<Obj> {
    let n = int_arg(a[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_bigint(n.sqrt()))
}

fn math_prod(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let p = crate::call::parse_native("prod", args, kw, &["", "start"], 1)?;
    let mut acc = Obj::from_borrowed(p[1].unwrap_or(Value::from_small_int(1)));
    let it = protocol::iter(p[0].unwrap_or(Value::NONE))?;
    while let Some(x) = protocol::next(it.v())? {
        acc = protocol::binary_op(acc.v(), x.v(), BinaryOp::Mul)?;
    }
    Ok(acc)
}

/// `math.fsum`: exact summation with Shewchuk's partials, as CPython.
fn math_fsum(a: &[Value]) -> PyResult<Obj> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    let it = protocol::iter(a[0])?;
    while let Some(item) = protocol::next(it.v())? {
        let mut x = as_f64_arg(item.v())?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_infinite() {
            return Err(overflow_error("intermediate overflow in fsum"));
        }
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(float::new(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1).map(|n| n + 1) {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(float::new(hi))
}

fn math_modf(a: &[Value]) -> PyResult<Obj> {
    let x = as_f64_arg(a[0])?;
    let (frac, whole) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x.fract(), x.trunc()) };
    Ok(crate::builtins::tuple::from_vec(vec![float::new(frac), float::new(whole)]))
}

fn math_frexp(a: &[Value]) -> PyResult<Obj> {
    let x = as_f64_arg(a[0])?;
    let (m, e) = float::frexp(x);
    Ok(crate::builtins::tuple::from_vec(vec![float::new(m), int::from_i64(e as i64)]))
}

fn math_ldexp(a: &[Value]) -> PyResult<Obj> {
    let x = as_f64_arg(a[0])?;
    let e = int_arg(a[1])?.to_i64().unwrap_or(if int::sign(a[1]) == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(x));
    }
    let e = e.clamp(-2200, 2200) as i32;
    let mut r = x;
    let mut k = e;
    while k > 1000 {
        r *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        r *= 2f64.powi(-1000);
        k += 1000;
    }
    r *= 2f64.powi(k);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(float::new(r))
}

fn math_dist(a: &[Value]) -> PyResult<Obj> {
    let p = protocol::collect(a[0])?;
    let q = protocol::collect(a[1])?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (x, y) in p.iter().zip(&q) {
        acc = acc.hypot(as_f64_arg(x.v())? - as_f64_arg(y.v())?);
    }
    Ok(float::new(acc))
}

unsafe extern "C" {
    #[link_name = "erf"]
    fn libm_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn libm_erfc(x: f64) -> f64;
    #[link_name = "tgamma"]
    fn libm_tgamma(x: f64) -> f64;
    #[link_name = "lgamma"]
    fn libm_lgamma(x: f64) -> f64;
}

fn erf(x: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libm_erf(x) }
}

fn erfc(x: f64) -> f64 {
    // SAFETY: pure libm function.
    unsafe { libm_erfc(x) }
}

/// `math.gamma`: poles are domain errors, as in CPython.
fn gamma(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 && x.fract() == 0.0 {
        return f64::NAN;
    }
    if x == f64::NEG_INFINITY {
        return f64::NAN;
    }
    // SAFETY: pure libm function.
    unsafe { libm_tgamma(x) }
}

/// `math.lgamma`: poles are domain errors, as in CPython.
fn lgamma(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 && x.fract() == 0.0 {
        return f64::NAN;
    }
    // SAFETY: pure libm function (the sign output is not used).
    unsafe { libm_lgamma(x) }
}
