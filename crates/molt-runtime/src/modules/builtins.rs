//! The `builtins` module: built-in functions, types and constants.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::type_::{MethodDef, TypeObject, is_subtype, type_name_of};
use crate::builtins::{self as types, dict, exceptions, float, int, list, module, str as pystr, tuple};
use crate::call::{self, KwArgs};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Obj, type_of};
use crate::protocol;

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::keywords("print", builtin_print),
    MethodDef::positional("len", |a| Ok(int::from_i64(protocol::len(a[0])? as i64)), 1, 1),
    MethodDef::positional("repr", |a| protocol::repr(a[0]), 1, 1),
    MethodDef::positional("ascii", |a| protocol::ascii(a[0]), 1, 1),
    MethodDef::positional("abs", builtin_abs, 1, 1),
    MethodDef::keywords("min", |a, kw| min_max(a, kw, CompareOp::Lt, "min")),
    MethodDef::keywords("max", |a, kw| min_max(a, kw, CompareOp::Gt, "max")),
    MethodDef::keywords("sum", builtin_sum),
    MethodDef::positional("isinstance", |a| Ok(Obj::from_bool(isinstance(a[0], a[1])?)), 2, 2),
    MethodDef::positional("issubclass", |a| Ok(Obj::from_bool(issubclass(a[0], a[1])?)), 2, 2),
    MethodDef::positional("input", builtin_input, 0, 1),
    MethodDef::positional("iter", builtin_iter, 1, 2),
    MethodDef::positional("next", builtin_next, 1, 2),
    MethodDef::positional("hash", |a| Ok(int::from_i64(protocol::hash(a[0])?)), 1, 1),
    MethodDef::positional("id", |a| Ok(int::from_u64(a[0].0)), 1, 1),
    MethodDef::positional("chr", builtin_chr, 1, 1),
    MethodDef::positional("ord", builtin_ord, 1, 1),
    MethodDef::positional("hex", |a| radix(a[0], 16, "0x"), 1, 1),
    MethodDef::positional("oct", |a| radix(a[0], 8, "0o"), 1, 1),
    MethodDef::positional("bin", |a| radix(a[0], 2, "0b"), 1, 1),
    MethodDef::positional("divmod", builtin_divmod, 2, 2),
    MethodDef::keywords("pow", builtin_pow),
    MethodDef::keywords("round", builtin_round),
    MethodDef::keywords("sorted", builtin_sorted),
    MethodDef::keywords("open", types::file::open),
    MethodDef::positional("any", |a| any_all(a[0], true), 1, 1),
    MethodDef::positional("all", |a| any_all(a[0], false), 1, 1),
    MethodDef::positional("callable", |a| Ok(Obj::from_bool(crate::object::type_slots(a[0]).call.is_some())), 1, 1),
    MethodDef::positional("getattr", builtin_getattr, 2, 3),
    MethodDef::positional("setattr", |a| protocol::setattr(a[0], name_arg(a[1])?, a[2]).map(|_| Obj::none()), 3, 3),
    MethodDef::positional("delattr", |a| protocol::delattr(a[0], name_arg(a[1])?).map(|_| Obj::none()), 2, 2),
    MethodDef::positional("hasattr", builtin_hasattr, 2, 2),
    MethodDef::positional("format", builtin_format, 1, 2),
    MethodDef::keywords("vars", builtin_vars),
    MethodDef::positional("dir", builtin_dir, 1, 1),
];

/// Builds the `builtins` module.
pub fn create() -> Obj {
    let m = module::new("builtins");
    let d = module::dict_of(m.v());
    for def in FUNCTIONS {
        let f = types::builtin_function::new_function(def, "builtins");
        dict::set_item_str(d, def.name, f.v()).ok();
    }
    let types: &[(&str, *mut TypeObject)] = &[
        ("object", &raw mut types::object::OBJECT_TYPE),
        ("type", &raw mut types::type_::TYPE_TYPE),
        ("int", &raw mut types::int::INT_TYPE),
        ("bool", &raw mut types::bool_::BOOL_TYPE),
        ("float", &raw mut types::float::FLOAT_TYPE),
        ("complex", &raw mut types::complex::COMPLEX_TYPE),
        ("str", &raw mut types::str::STR_TYPE),
        ("bytes", &raw mut types::bytes::BYTES_TYPE),
        ("bytearray", &raw mut types::bytearray::BYTEARRAY_TYPE),
        ("memoryview", &raw mut types::memoryview::MEMORYVIEW_TYPE),
        ("tuple", &raw mut types::tuple::TUPLE_TYPE),
        ("list", &raw mut types::list::LIST_TYPE),
        ("dict", &raw mut types::dict::DICT_TYPE),
        ("set", &raw mut types::set::SET_TYPE),
        ("frozenset", &raw mut types::set::FROZENSET_TYPE),
        ("range", &raw mut types::range::RANGE_TYPE),
        ("slice", &raw mut types::slice::SLICE_TYPE),
        ("enumerate", &raw mut types::iterators::ENUMERATE_TYPE),
        ("zip", &raw mut types::iterators::ZIP_TYPE),
        ("map", &raw mut types::iterators::MAP_TYPE),
        ("filter", &raw mut types::iterators::FILTER_TYPE),
        ("reversed", &raw mut types::iterators::REVERSED_TYPE),
        ("property", &raw mut types::property::PROPERTY_TYPE),
        ("classmethod", &raw mut types::classmethod::CLASSMETHOD_TYPE),
        ("staticmethod", &raw mut types::staticmethod::STATICMETHOD_TYPE),
        ("super", &raw mut types::super_::SUPER_TYPE),
    ];
    for &(name, ty) in types.iter().chain(exceptions::builtin_names().iter()) {
        dict::set_item_str(d, name, Value::from_ptr(ty)).ok();
    }
    dict::set_item_str(d, "None", Value::NONE).ok();
    dict::set_item_str(d, "True", Value::TRUE).ok();
    dict::set_item_str(d, "False", Value::FALSE).ok();
    dict::set_item_str(d, "NotImplemented", Value::NOT_IMPLEMENTED).ok();
    dict::set_item_str(d, "Ellipsis", Value::ELLIPSIS).ok();
    dict::set_item_str(d, "__debug__", Value::TRUE).ok();
    m
}

fn builtin_print(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let mut sep = pystr::intern(" ");
    let mut end = pystr::intern("\n");
    let mut file = Value::NONE;
    let mut flush = false;
    for (name, value) in kw.iter() {
        match name {
            "sep" | "end" => {
                let text = if value.is_none() {
                    pystr::intern(if name == "sep" { " " } else { "\n" })
                } else if pystr::is_str(value) {
                    Obj::from_borrowed(value)
                } else {
                    return Err(type_error(format!("{name} must be None or a string, not {}", type_name_of(value))));
                };
                if name == "sep" { sep = text } else { end = text }
            }
            "file" => file = value,
            "flush" => flush = protocol::truthy(value)?,
            other => return Err(type_error(format!("print() got an unexpected keyword argument '{other}'"))),
        }
    }
    let file = if file.is_none() { crate::modules::sys::stdout() } else { Obj::from_borrowed(file) };
    if file.v().is_none() {
        return Ok(Obj::none());
    }
    // As CPython, each argument, separator and the end is written on its
    // own, after converting only that argument: a stream sees the same
    // `write` calls, and output before a failing `str()` is kept.
    let own_fd = crate::stdio::own_stream_fd(file.v()).filter(|&fd| fd > 0);
    let emit = |text: Value| -> PyResult<()> {
        match own_fd {
            Some(fd) => crate::stdio::write(fd, pystr::as_str(text).as_bytes()),
            None => {
                let write = pystr::intern("write");
                call::call_method(file.v(), write.v(), &call::Args::positional_only(&[text]))?;
            }
        }
        Ok(())
    };
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            emit(sep.v())?;
        }
        emit(protocol::str_(a)?.v())?;
    }
    emit(end.v())?;
    if flush {
        match own_fd {
            Some(fd) => crate::stdio::flush(fd),
            None => {
                let f = pystr::intern("flush");
                call::call_method(file.v(), f.v(), &call::Args::positional_only(&[]))?;
            }
        }
    }
    Ok(Obj::none())
}

fn builtin_abs(a: &[Value]) -> PyResult<Obj> {
    let v = a[0];
    if let Some(i) = int::view(v) {
        return Ok(match i {
            int::IntRef::Small(n) => int::from_i128((n as i128).abs()),
            r => int::from_bigint(num_traits::Signed::abs(&r.to_bigint())),
        });
    }
    if float::is_float(v) {
        return Ok(float::new(float::value_of(v).abs()));
    }
    match protocol::call_special(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name_of(v)))),
    }
}

fn min_max(args: &[Value], kw: &KwArgs, op: CompareOp, name: &str) -> PyResult<Obj> {
    let mut key = None;
    let mut default = None;
    for (k, v) in kw.iter() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v) },
            "default" => default = Some(v),
            other => return Err(type_error(format!("{name}() got an unexpected keyword argument '{other}'"))),
        }
    }
    let items: Vec<Obj> = match args {
        [] => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        [iterable] => protocol::collect(*iterable)?,
        many => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.iter().map(|&v| Obj::from_borrowed(v)).collect()
        }
    };
    let mut best: Option<(Obj, Obj)> = None;
    for item in items {
        let k = match key {
            Some(f) => call::call_positional(f, &[item.v()])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => protocol::compare_bool(k.v(), best_key.v(), op)?,
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => match default {
            Some(d) => Ok(Obj::from_borrowed(d)),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

/// `sum(iterable, start=0)`, with CPython 3.12's compensated float sum.
fn builtin_sum(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let params = call::parse_native("sum", args, kw, &["", "start"], 1)?;
    let iterable = params[0].unwrap_or(Value::NONE);
    let start = params[1].unwrap_or(Value::from_small_int(0));
    if pystr::is_str(start) {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if crate::builtins::bytes::is_bytes(start) {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if types::bytearray::is_bytearray(start) {
        return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = protocol::iter(iterable)?;
    let mut acc = Obj::from_borrowed(start);
    // Float accumulation uses Neumaier compensation, as CPython 3.12 does.
    let mut float_mode: Option<(f64, f64)> = None;
    while let Some(x) = protocol::next(it.v())? {
        if let Some((s, c)) = float_mode.as_mut() {
            let xv = if x.v().is_float() {
                Some(x.v().as_f64())
            } else if x.v().is_small_int() {
                Some(x.v().small_int() as f64)
            } else {
                None
            };
            match xv {
                Some(xf) => {
                    let t = *s + xf;
                    if s.abs() >= xf.abs() { *c += (*s - t) + xf } else { *c += (xf - t) + *s }
                    *s = t;
                    continue;
                }
                None => {
                    acc = float::new(finish(*s, *c));
                    float_mode = None;
                }
            }
        }
        if acc.v().is_float() && float_mode.is_none() && (x.v().is_float() || x.v().is_small_int()) {
            let xf = if x.v().is_float() { x.v().as_f64() } else { x.v().small_int() as f64 };
            let s = acc.v().as_f64();
            let t = s + xf;
            let c = if s.abs() >= xf.abs() { (s - t) + xf } else { (xf - t) + s };
            float_mode = Some((t, c));
            continue;
        }
        acc = protocol::binary_op(acc.v(), x.v(), BinaryOp::Add)?;
    }
    if let Some((s, c)) = float_mode {
        return Ok(float::new(finish(s, c)));
    }
    Ok(acc)
}

fn finish(s: f64, c: f64) -> f64 {
    // CPython skips the compensation when it would turn an infinite sum
    // into NaN.
    if c != 0.0 && c.is_finite() { s + c } else { s }
}

/// `isinstance(v, cls)` with tuples and `__instancecheck__`.
pub fn isinstance(v: Value, cls: Value) -> PyResult<bool> {
    if types::union_type::is_union(cls) {
        return isinstance(v, types::union_type::members(cls));
    }
    if tuple::is_tuple(cls) {
        for &c in tuple::items(cls) {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if crate::builtins::type_::is_instance(cls, &raw mut types::type_::TYPE_TYPE) {
        if type_of(v) == cls.as_ptr() {
            return Ok(true);
        }
        // A metaclass's own `__instancecheck__` decides; one that has none
        // inherits type's, which is the check below.
        if type_of(cls) != &raw mut types::type_::TYPE_TYPE {
            if let Some(r) = protocol::call_special(cls, "__instancecheck__", &[v])? {
                return protocol::truthy(r.v());
            }
        }
        return Ok(is_subtype(type_of(v), cls.as_ptr()) || class_attr_is_subtype(v, cls)?);
    }
    if let Some(r) = protocol::call_special(cls, "__instancecheck__", &[v])? {
        return protocol::truthy(r.v());
    }
    Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

/// CPython's fallback for `isinstance`: an instance whose `__class__`
/// attribute names another class (a proxy, a property) is checked against
/// that class. Only classes created at run time can override it.
fn class_attr_is_subtype(v: Value, cls: Value) -> PyResult<bool> {
    if !crate::builtins::heap_type::is_heap(type_of(v)) {
        return Ok(false);
    }
    match protocol::getattr_opt(v, "__class__")? {
        Some(c) if c.v() != Value::from_ptr(type_of(v)) && crate::builtins::type_::is_instance(c.v(), &raw mut types::type_::TYPE_TYPE) => {
            Ok(is_subtype(c.v().as_ptr(), cls.as_ptr()))
        }
        _ => Ok(false),
    }
}

/// `issubclass(sub, cls)`, in CPython's order: plain classes, unions and
/// tuples, `__subclasscheck__`, then the checks of both arguments.
pub fn issubclass(sub: Value, cls: Value) -> PyResult<bool> {
    let is_class = |v: Value| crate::builtins::type_::is_instance(v, &raw mut types::type_::TYPE_TYPE);
    let plain_class = is_class(cls) && type_of(cls) == &raw mut types::type_::TYPE_TYPE;
    if !plain_class {
        let cls = if types::union_type::is_union(cls) { types::union_type::members(cls) } else { cls };
        if tuple::is_tuple(cls) {
            for &c in tuple::items(cls) {
                if issubclass(sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(r) = protocol::call_special(cls, "__subclasscheck__", &[sub])? {
            return protocol::truthy(r.v());
        }
    }
    if !is_class(sub) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !is_class(cls) {
        return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    Ok(is_subtype(sub.as_ptr(), cls.as_ptr()))
}

fn builtin_input(a: &[Value]) -> PyResult<Obj> {
    if let Some(&prompt) = a.first() {
        let s = protocol::str_(prompt)?;
        crate::stdio::write(1, pystr::as_str(s.v()).as_bytes());
    }
    crate::stdio::flush(2);
    match crate::stdio::read_line()? {
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(pystr::new(&line))
        }
        None => Err(crate::error::eof_error("EOF when reading a line")),
    }
}

fn builtin_iter(a: &[Value]) -> PyResult<Obj> {
    match a {
        [v] => protocol::iter(*v),
        _ => Err(crate::error::not_implemented_error("iter(callable, sentinel) is not supported yet")),
    }
}

fn builtin_next(a: &[Value]) -> PyResult<Obj> {
    if crate::object::type_slots(a[0]).next.is_none() {
        return Err(type_error(format!("'{}' object is not an iterator", type_name_of(a[0]))));
    }
    let slot = crate::object::type_slots(a[0]).next.expect("checked above");
    let r = match slot(a[0]) {
        Err(e) => {
            // An iterator's own StopIteration (with its value) propagates
            // unless a default was given.
            if a.len() > 1 && crate::error::raised_matches(&raw mut exceptions::STOP_ITERATION) {
                crate::error::clear_raised();
                None
            } else {
                return Err(e);
            }
        }
        Ok(r) => r,
    };
    match r {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(&d) => Ok(Obj::from_borrowed(d)),
            None => Err(crate::error::raise_empty(&raw mut exceptions::STOP_ITERATION)),
        },
    }
}

fn builtin_chr(a: &[Value]) -> PyResult<Obj> {
    let n = protocol::index_value(a[0])?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(pystr::from_char(c)),
        None if (0..0x110000).contains(&n) => {
            Err(crate::error::not_implemented_error("lone surrogates are not supported yet"))
        }
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(a: &[Value]) -> PyResult<Obj> {
    let v = a[0];
    if pystr::is_str(v) {
        let n = pystr::char_len(v);
        if n != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {n} found")));
        }
        return Ok(int::from_i64(pystr::char_at(v, 0) as i64));
    }
    if crate::builtins::bytes::is_bytes(v) || types::bytearray::is_bytearray(v) {
        let b = types::bytes_methods::data(v);
        if b.len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
        }
        return Ok(int::from_i64(b[0] as i64));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name_of(v))))
}

fn radix(v: Value, base: u32, prefix: &str) -> PyResult<Obj> {
    let i = protocol::index(v)?;
    let n = int::to_bigint(i.v()).unwrap_or_default();
    let digits = num_traits::Signed::abs(&n).to_str_radix(base);
    let sign = if num_traits::Signed::is_negative(&n) { "-" } else { "" };
    Ok(pystr::new(&format!("{sign}{prefix}{digits}")))
}

fn builtin_divmod(a: &[Value]) -> PyResult<Obj> {
    let (x, y) = (a[0], a[1]);
    if int::is_int(x) && int::is_int(y) {
        if int::sign(y) == num_bigint::Sign::NoSign {
            return Err(crate::error::zero_division_error("integer division or modulo by zero"));
        }
        let q = protocol::binary_op(x, y, BinaryOp::FloorDiv)?;
        let r = protocol::binary_op(x, y, BinaryOp::Mod)?;
        return Ok(tuple::from_vec(vec![q, r]));
    }
    let xf = if float::is_float(x) || int::is_int(x) { Some(if float::is_float(x) { float::value_of(x) } else { int::to_f64(x)? }) } else { None };
    let yf = if float::is_float(y) || int::is_int(y) { Some(if float::is_float(y) { float::value_of(y) } else { int::to_f64(y)? }) } else { None };
    if let (Some(xf), Some(yf)) = (xf, yf) {
        if yf == 0.0 {
            return Err(crate::error::zero_division_error("float divmod()"));
        }
        let (q, r) = float::divmod(xf, yf);
        return Ok(tuple::from_vec(vec![float::new(q), float::new(r)]));
    }
    if let Some(r) = protocol::call_special(x, "__divmod__", &[y])? {
        if r.v() != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if let Some(r) = protocol::call_special(y, "__rdivmod__", &[x])? {
        if r.v() != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name_of(x),
        type_name_of(y)
    )))
}

fn builtin_pow(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let p = call::parse_native("pow", args, kw, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (p[0].unwrap_or(Value::NONE), p[1].unwrap_or(Value::NONE));
    match p[2] {
        None => protocol::binary_op(base, exp, BinaryOp::Pow),
        Some(m) if m.is_none() => protocol::binary_op(base, exp, BinaryOp::Pow),
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (int::to_bigint(base), int::to_bigint(exp), int::to_bigint(m)) else {
                return ternary_pow(base, exp, m);
            };
            use num_traits::{Signed, Zero};
            if m.is_zero() {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let modulus = m.abs();
            let mut base_mod = num_integer::Integer::mod_floor(&b, &modulus);
            let e = if e.is_negative() {
                let inv = mod_inverse(&base_mod, &modulus)
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                base_mod = inv;
                -e
            } else {
                e
            };
            let r = base_mod.modpow(&e, &modulus);
            // Python's result takes the sign of the modulus.
            let r = if m.is_negative() && !r.is_zero() { r - &modulus } else { r };
            Ok(int::from_bigint(r))
        }
    }
}

/// Three-argument `pow` for operands that are not all ints: a class's
/// `__pow__(exp, mod)` (three-argument power never uses `__rpow__`), and
/// otherwise CPython's errors, found as CPython's `ternary_op` finds
/// them: the power slots of the three operands' types in order, where
/// int's declines, float's refuses any modulus and complex's refuses one
/// when base and exponent are numbers.
fn ternary_pow(base: Value, exp: Value, m: Value) -> PyResult<Obj> {
    if crate::builtins::user_slots::defined_in_python(type_of(base), "__pow__") {
        if let Some(r) = protocol::call_special(base, "__pow__", &[exp, m])? {
            if r.v() != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    let number = |v: Value| int::is_int(v) || float::is_float(v) || types::complex::is_complex(v);
    for v in [base, exp, m] {
        if float::is_float(v) {
            return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        }
        if types::complex::is_complex(v) && number(base) && number(exp) {
            return Err(value_error("complex modulo"));
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name_of(base),
        type_name_of(exp),
        type_name_of(m)
    )))
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_traits::{One, Zero};
    let g = num_integer::Integer::extended_gcd(a, m);
    if !g.gcd.is_one() {
        return None;
    }
    let x = num_integer::Integer::mod_floor(&g.x, m);
    if x.is_zero() && !m.is_one() { None } else { Some(x) }
}

fn builtin_round(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let p = call::parse_native("round", args, kw, &["number", "ndigits"], 1)?;
    let x = p[0].unwrap_or(Value::NONE);
    let nd = p[1].filter(|v| !v.is_none());
    if float::is_float(x) {
        let f = float::value_of(x);
        return match nd {
            None => {
                if f.is_nan() {
                    return Err(value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(crate::error::overflow_error("cannot convert float infinity to integer"));
                }
                int::from_f64(round_half_even(f))
            }
            Some(n) => Ok(float::new(round_float_digits(f, protocol::index_value(n)?))),
        };
    }
    if int::is_int(x) {
        return match nd {
            None => Ok(Obj::from_owned(int::from_bigint(int::to_bigint(x).unwrap_or_default()).into_raw())),
            Some(n) => round_int_digits(x, protocol::index_value(n)?),
        };
    }
    let extra: Vec<Value> = nd.into_iter().collect();
    match protocol::call_special(x, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("type {} doesn't define __round__ method", type_name_of(x)))),
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 { 2.0 * (f / 2.0).round() } else { r }
}

/// `round(x, n)` for floats: correctly rounded via the decimal string, as
/// CPython's `double_round` does.
fn round_float_digits(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 {
        return f;
    }
    if n > 323 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    let spec = crate::numfmt::FloatSpec {
        precision: Some(n.max(0) as usize),
        ..crate::numfmt::FloatSpec::new(crate::numfmt::FloatKind::Fixed)
    };
    if n >= 0 {
        let text = crate::numfmt::format_float(f, &spec).unwrap_or_default();
        return text.parse().unwrap_or(f);
    }
    // Negative ndigits: round to a multiple of 10**-n, half to even.
    let scale = 10f64.powi((-n) as i32);
    let y = f / scale;
    let r = round_half_even(y);
    let out = r * scale;
    if out.is_infinite() { f } else { out.copysign(f) }
}

fn round_int_digits(x: Value, n: i64) -> PyResult<Obj> {
    if n >= 0 {
        return Ok(int::from_bigint(int::to_bigint(x).unwrap_or_default()));
    }
    use num_bigint::BigInt;
    use num_integer::Integer;
    let v = int::to_bigint(x).unwrap_or_default();
    let pow = num_traits::pow::Pow::pow(BigInt::from(10), (-n) as u64);
    let (q, r) = v.div_mod_floor(&pow);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&pow) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(int::from_bigint(q * pow))
}

fn builtin_sorted(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [iterable] = args else {
        return Err(type_error(format!("sorted expected 1 argument, got {}", args.len())));
    };
    let l = list::from_vec(protocol::collect(*iterable)?);
    let (key, reverse) = types::list_sort::sort_args(&[l.v()], kw)?;
    types::list_sort::sort(l.v(), key, reverse)?;
    Ok(l)
}

fn any_all(iterable: Value, any: bool) -> PyResult<Obj> {
    let it = protocol::iter(iterable)?;
    while let Some(x) = protocol::next(it.v())? {
        if protocol::truthy(x.v())? == any {
            return Ok(Obj::from_bool(any));
        }
    }
    Ok(Obj::from_bool(!any))
}

fn name_arg(v: Value) -> PyResult<Value> {
    if pystr::is_str(v) {
        Ok(v)
    } else {
        Err(type_error(format!("attribute name must be string, not '{}'", type_name_of(v))))
    }
}

fn builtin_getattr(a: &[Value]) -> PyResult<Obj> {
    let name = name_arg(a[1])?;
    match a.get(2) {
        None => protocol::getattr(a[0], name),
        Some(&default) => match protocol::getattr_opt(a[0], pystr::as_str(name))? {
            Some(v) => Ok(v),
            None => Ok(Obj::from_borrowed(default)),
        },
    }
}

fn builtin_hasattr(a: &[Value]) -> PyResult<Obj> {
    let name = name_arg(a[1])?;
    Ok(Obj::from_bool(protocol::getattr_opt(a[0], pystr::as_str(name))?.is_some()))
}

fn builtin_format(a: &[Value]) -> PyResult<Obj> {
    let spec = match a.get(1) {
        None => "",
        Some(&s) if pystr::is_str(s) => pystr::as_str(s),
        Some(&s) => {
            return Err(type_error(format!("format() argument 2 must be str, not {}", type_name_of(s))));
        }
    };
    crate::format::format_value(a[0], spec)
}

fn builtin_vars(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    if !kw.is_empty() {
        return Err(type_error("vars() takes no keyword arguments"));
    }
    match a.len() {
        0 => return Err(crate::error::not_implemented_error("vars() without an argument is not supported")),
        1 => {}
        n => return Err(type_error(format!("vars expected at most 1 argument, got {n}"))),
    }
    match protocol::getattr_opt(a[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(v)`: the sorted result of `type(v).__dir__(v)` when a class
/// defines one, else of the default listing.
fn builtin_dir(a: &[Value]) -> PyResult<Obj> {
    let v = a[0];
    if !crate::builtins::user_slots::defined_in_python(type_of(v), "__dir__") {
        return default_dir(v);
    }
    let r = protocol::call_special(v, "__dir__", &[])?.expect("__dir__ is defined");
    let names = list::from_vec(protocol::collect(r.v())?);
    types::list_sort::sort(names.v(), None, false)?;
    Ok(names)
}

/// `object.__dir__(v)`: the names in the instance dict (or module
/// namespace) and along the type's MRO, sorted and without duplicates.
pub fn default_dir(v: Value) -> PyResult<Obj> {
    let mut names: Vec<String> = Vec::new();
    if module::is_module(v) {
        for (k, _) in dict::items(module::dict_of(v)) {
            names.push(pystr::as_str(k).to_string());
        }
    } else {
        if let Some(d) = crate::builtins::object::instance_dict(v) {
            for (k, _) in dict::items(d) {
                names.push(pystr::as_str(k).to_string());
            }
        }
        let ty = if crate::builtins::type_::is_instance(v, &raw mut types::type_::TYPE_TYPE) { v.as_ptr() } else { type_of(v) };
        // SAFETY: readied type objects have MRO tuples of types with dicts.
        unsafe {
            for &t in tuple::items((*ty).mro) {
                for (k, _) in dict::items((*t.as_ptr::<TypeObject>()).dict) {
                    names.push(pystr::as_str(k).to_string());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(list::from_vec(names.iter().map(|n| pystr::new(n)).collect()))
}
