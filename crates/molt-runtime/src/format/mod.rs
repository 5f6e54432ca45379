//! String formatting: the format mini-language ([`spec`]), `str.format`
//! ([`str_format`]) and printf-style `%` ([`percent`]).

pub mod percent;
pub mod spec;
pub mod str_format;

use molt_abi::Value;
use molt_abi::ops::Conversion;

use crate::builtins::type_::type_name_of;
use crate::builtins::{int, str as pystr};
use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;

/// `format(v, spec)`: the type's `__format__`, with fast paths for the
/// exact built-in types.
pub fn format_value(v: Value, spec: &str) -> PyResult<Obj> {
    if v.is_small_int() || int::is_exact_int(v) {
        return format_int(v, spec, "int");
    }
    if v.is_float() {
        return format_float(v, spec, "float");
    }
    if pystr::is_exact_str(v) {
        return format_str(v, spec, "str");
    }
    let spec_obj = pystr::new(spec);
    match protocol::call_special(v, "__format__", &[spec_obj.v()])? {
        Some(r) if pystr::is_str(r.v()) => Ok(r),
        Some(r) => Err(type_error(format!("__format__ must return a str, not {}", type_name_of(r.v())))),
        None => Err(type_error(format!("Type {} doesn't define __format__", type_name_of(v)))),
    }
}

/// The spec argument of a `__format__` method.
fn spec_arg(spec: Value) -> PyResult<&'static str> {
    if pystr::is_str(spec) {
        Ok(pystr::as_str(spec))
    } else {
        Err(type_error(format!("__format__() argument must be str, not {}", type_name_of(spec))))
    }
}

/// `format(v, spec)` for an int; `type_name` (of `v`) is for error messages.
fn format_int(v: Value, spec: &str, type_name: &str) -> PyResult<Obj> {
    if spec.is_empty() {
        return protocol::str_(v);
    }
    let i = int::view(v).expect("int value");
    let parsed = spec::parse(spec, type_name)?;
    Ok(pystr::new(&spec::format_int(&i.to_bigint(), &parsed)?))
}

fn format_float(v: Value, spec: &str, type_name: &str) -> PyResult<Obj> {
    if spec.is_empty() {
        return protocol::str_(v);
    }
    let parsed = spec::parse(spec, type_name)?;
    Ok(pystr::new(&spec::format_float(crate::builtins::float::value_of(v), &parsed)?))
}

fn format_str(v: Value, spec: &str, type_name: &str) -> PyResult<Obj> {
    if spec.is_empty() {
        return protocol::str_(v);
    }
    let parsed = spec::parse(spec, type_name)?;
    Ok(pystr::new(&spec::format_str(pystr::as_str(v), &parsed)?))
}

/// `int.__format__(self, spec)`.
pub fn int_format_method(a: &[Value]) -> PyResult<Obj> {
    format_int(a[0], spec_arg(a[1])?, &type_name_of(a[0]))
}

/// `float.__format__(self, spec)`.
pub fn float_format_method(a: &[Value]) -> PyResult<Obj> {
    format_float(a[0], spec_arg(a[1])?, &type_name_of(a[0]))
}

/// `complex.__format__(self, spec)`: `str(self)` for an empty spec.
pub fn complex_format_method(a: &[Value]) -> PyResult<Obj> {
    let spec = spec_arg(a[1])?;
    if spec.is_empty() {
        return protocol::str_(a[0]);
    }
    let type_name = type_name_of(a[0]);
    let parsed = spec::parse(spec, &type_name)?;
    let (re, im) = crate::builtins::complex::parts(a[0]);
    Ok(pystr::new(&spec::format_complex(re, im, &parsed, &type_name)?))
}

/// `str.__format__(self, spec)`.
pub fn str_format_method(a: &[Value]) -> PyResult<Obj> {
    format_str(a[0], spec_arg(a[1])?, &type_name_of(a[0]))
}

/// An f-string replacement field: conversion, then `format`.
pub fn format_field(v: Value, spec: Value, conv: Conversion) -> PyResult<Obj> {
    let converted = match conv {
        Conversion::None => Obj::from_borrowed(v),
        Conversion::Str => protocol::str_(v)?,
        Conversion::Repr => protocol::repr(v)?,
        Conversion::Ascii => protocol::ascii(v)?,
    };
    let spec = if spec.is_null() { "" } else { pystr::as_str(spec) };
    if spec.is_empty() && pystr::is_exact_str(converted.v()) {
        return Ok(converted);
    }
    format_value(converted.v(), spec)
}

/// The float value of a `%`-format argument for the `e`/`f`/`g` codes.
pub(crate) fn as_float_arg(v: Value) -> PyResult<f64> {
    if crate::builtins::float::is_float(v) {
        return Ok(crate::builtins::float::value_of(v));
    }
    if int::is_int(v) {
        return int::to_f64(v);
    }
    match protocol::call_special(v, "__float__", &[])? {
        Some(f) if crate::builtins::float::is_float(f.v()) => Ok(crate::builtins::float::value_of(f.v())),
        _ => Err(type_error(format!("must be real number, not {}", type_name_of(v)))),
    }
}
