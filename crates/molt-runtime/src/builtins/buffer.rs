//! The buffer protocol as Molt's byte types use it: reading the bytes of
//! any *bytes-like* object (`bytes`, `bytearray`, `memoryview`), which is
//! what CPython's functions accept where they say "a bytes-like object is
//! required".
//!
//! A view borrows the object's storage. A bytearray's storage moves when
//! it is resized, so a view must not be held across anything that can run
//! Python code: methods convert their other arguments (which may call
//! `__index__`) first and read buffers last.

use std::borrow::Cow;

use molt_abi::Value;

use crate::builtins::type_::type_name_of;
use crate::builtins::{bytearray, bytes, memoryview};
use crate::error::{PyResult, type_error};

/// The bytes of `v` if it is bytes-like; a released memoryview is a
/// ValueError.
pub fn view<'a>(v: Value) -> PyResult<Option<Cow<'a, [u8]>>> {
    if bytes::is_bytes(v) {
        return Ok(Some(Cow::Borrowed(bytes::as_bytes(v))));
    }
    if bytearray::is_bytearray(v) {
        return Ok(Some(Cow::Borrowed(bytearray::as_bytes(v))));
    }
    if memoryview::is_memoryview(v) {
        return memoryview::contents(v).map(Some);
    }
    Ok(None)
}

/// Whether `v` supports the buffer protocol.
pub fn is_bytes_like(v: Value) -> bool {
    bytes::is_bytes(v) || bytearray::is_bytearray(v) || memoryview::is_memoryview(v)
}

/// The bytes of `v`, or CPython's TypeError "a bytes-like object is
/// required, not 'str'".
pub fn require<'a>(v: Value) -> PyResult<Cow<'a, [u8]>> {
    view(v)?.ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name_of(v))))
}
