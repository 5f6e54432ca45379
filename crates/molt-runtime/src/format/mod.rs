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

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> PyResult<Obj> {
    if spec.is_empty() && !has_user_format(v) {
        return protocol::str_(v);
    }
    if let Some(i) = int::view(v) {
        if !has_user_format(v) {
            let parsed = spec::parse(spec, &type_name_of(v))?;
            return Ok(pystr::new(&spec::format_int(&i.to_bigint(), &parsed)?));
        }
    }
    if v.is_float() {
        let parsed = spec::parse(spec, "float")?;
        return Ok(pystr::new(&spec::format_float(v.as_f64(), &parsed)?));
    }
    if pystr::is_exact_str(v) {
        let parsed = spec::parse(spec, "str")?;
        return Ok(pystr::new(&spec::format_str(pystr::as_str(v), &parsed)?));
    }
    let spec_obj = pystr::new(spec);
    if let Some(r) = protocol::call_special(v, "__format__", &[spec_obj.v()])? {
        if !pystr::is_str(r.v()) {
            return Err(type_error(format!("__format__ must return a str, not {}", type_name_of(r.v()))));
        }
        return Ok(r);
    }
    if pystr::is_str(v) {
        let parsed = spec::parse(spec, "str")?;
        return Ok(pystr::new(&spec::format_str(pystr::as_str(v), &parsed)?));
    }
    if spec.is_empty() {
        return protocol::str_(v);
    }
    Err(type_error(format!("unsupported format string passed to {}.__format__", type_name_of(v))))
}

/// Whether `v`'s type defines `__format__` itself (user classes).
fn has_user_format(v: Value) -> bool {
    if v.is_small_int() || v.is_bool() || v.is_float() || pystr::is_exact_str(v) || int::is_exact_int(v) {
        return false;
    }
    let key = pystr::intern("__format__");
    !crate::builtins::type_::lookup(crate::object::type_of(v), key.v()).is_null()
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
    if v.is_float() {
        return Ok(v.as_f64());
    }
    if int::is_int(v) {
        return int::to_f64(v);
    }
    match protocol::call_special(v, "__float__", &[])? {
        Some(f) if f.v().is_float() => Ok(f.v().as_f64()),
        _ => Err(type_error(format!("must be real number, not {}", type_name_of(v)))),
    }
}
