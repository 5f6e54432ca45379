//! The Python side of the codecs: the `encoding`/`errors` arguments of
//! `str.encode`, `bytes.decode`, `str(b, ...)`, `bytes(s, ...)` and
//! `bytearray(s, ...)`, and the exceptions a [`CodecError`] becomes.

use molt_abi::Value;

use super::{CodecError, Handler, Resolved};
use crate::builtins::exceptions::{unicode_decode_error, unicode_encode_error};
use crate::builtins::str::{self as pystr, as_str, is_str};
use crate::builtins::str_methods::{clinic_type_name, parse_kw};
use crate::builtins::type_::type_name_of;
use crate::builtins::{buffer, bytes};
use crate::call::KwArgs;
use crate::error::{PyResult, Raised, lookup_error, not_implemented_error, type_error};
use crate::object::Obj;

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode_method(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [encoding, errors] = parse_kw("encode", &a[1..], kw, ["encoding", "errors"])?;
    Ok(bytes::new(&encode_str(a[0], encoding, errors, "encode")?))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` (and bytearray's).
pub fn decode_method(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [encoding, errors] = parse_kw("decode", &a[1..], kw, ["encoding", "errors"])?;
    decode_value(a[0], encoding, errors, "decode")
}

/// A str argument naming an encoding or error handler; `caller` names the
/// function in the TypeError.
pub fn name_arg<'a>(v: Option<Value>, param: &str, caller: &str) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) if is_str(v) => Ok(Some(as_str(v))),
        Some(v) => Err(type_error(format!("{caller}() argument '{param}' must be str, not {}", clinic_type_name(v)))),
    }
}

/// The codec an encoding name selects, or the error CPython's registry
/// gives for it (`direction` is "encode" or "decode").
fn codec(name: &str, direction: &str) -> PyResult<super::Codec> {
    match super::resolve(name) {
        Resolved::Codec(c) => Ok(c),
        Resolved::Unsupported(module) => {
            Err(not_implemented_error(format!("the '{module}' codec (encoding '{name}') is not supported yet")))
        }
        Resolved::NotText => Err(lookup_error(format!(
            "'{name}' is not a text encoding; use codecs.{direction}() to handle arbitrary codecs"
        ))),
        Resolved::Unknown => Err(lookup_error(format!("unknown encoding: {name}"))),
    }
}

/// The exception for a codec failure other than a malformed range.
fn failure(e: CodecError, direction: &str) -> Raised {
    match e {
        CodecError::UnknownHandler(name) => lookup_error(format!("unknown error handler name '{name}'")),
        CodecError::WrongDirection => {
            type_error(format!("don't know how to handle Unicode{direction}Error in error callback"))
        }
        CodecError::NeedsSurrogates(handler) => not_implemented_error(format!(
            "the '{handler}' error handler would produce lone surrogates, which Molt's str does not support yet"
        )),
        CodecError::NeedsNames => {
            not_implemented_error("the 'namereplace' error handler needs Unicode character names, which Molt does not have yet")
        }
        CodecError::Malformed(_) => unreachable!("malformed input is raised by the caller"),
    }
}

/// Encodes str `s` with optional `encoding` and `errors` arguments
/// (UTF-8 and strict by default).
pub fn encode_str(s: Value, encoding: Option<Value>, errors: Option<Value>, caller: &str) -> PyResult<Vec<u8>> {
    let encoding = name_arg(encoding, "encoding", caller)?.unwrap_or("utf-8");
    let errors = name_arg(errors, "errors", caller)?.unwrap_or("strict");
    let codec = codec(encoding, "encode")?;
    super::encode(codec, as_str(s), Handler::from_name(errors)).map_err(|e| match e {
        CodecError::Malformed(m) => unicode_encode_error(m.encoding, s, m.start, m.end, m.reason),
        other => failure(other, "Encode"),
    })
}

/// Encodes str `s`: the bytes object of `str.encode`.
pub fn encode(s: Value, encoding: Option<Value>, errors: Option<Value>) -> PyResult<Obj> {
    Ok(bytes::new(&encode_str(s, encoding, errors, "encode")?))
}

/// Decodes bytes-like `b`: `b.decode(encoding, errors)` and
/// `str(b, encoding, errors)` (`caller` names the function in argument
/// errors).
pub fn decode_value(b: Value, encoding: Option<Value>, errors: Option<Value>, caller: &str) -> PyResult<Obj> {
    let encoding = name_arg(encoding, "encoding", caller)?;
    let errors = name_arg(errors, "errors", caller)?;
    if is_str(b) {
        return Err(type_error("decoding str is not supported"));
    }
    // A released memoryview fails as a non-buffer does.
    let Some(data) = buffer::view(b).ok().flatten() else {
        crate::error::clear_raised();
        return Err(type_error(format!("decoding to str: need a bytes-like object, {} found", type_name_of(b))));
    };
    decode_bytes(&data, encoding, errors)
}

/// Decodes `data` (UTF-8 and strict by default).
pub fn decode_bytes(data: &[u8], encoding: Option<&str>, errors: Option<&str>) -> PyResult<Obj> {
    let codec = codec(encoding.unwrap_or("utf-8"), "decode")?;
    match super::decode(codec, data, Handler::from_name(errors.unwrap_or("strict"))) {
        Ok(text) => Ok(pystr::new(&text)),
        Err(CodecError::Malformed(m)) => {
            // `utf-8-sig` decodes (and reports) what follows the mark.
            let object = match codec {
                super::Codec::Utf8Sig => data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data),
                _ => data,
            };
            Err(unicode_decode_error(m.encoding, object, m.start, m.end, m.reason))
        }
        Err(other) => Err(failure(other, "Decode")),
    }
}
