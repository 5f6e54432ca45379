//! What the in-memory streams `io.StringIO` and `io.BytesIO` share, as
//! CPython's `_io._IOBase` provides it: closed-stream errors, the `size`
//! and `hint` arguments, `readlines`, `writelines`, and
//! `io.UnsupportedOperation`.
//!
//! CPython words the closed-stream error two ways: the streams' own
//! methods say "I/O operation on closed file" (StringIO) or "... file."
//! (BytesIO), while the methods inherited from `_IOBase` (`isatty`,
//! `readlines`, `__enter__`, ...) always end with a period.

use molt_abi::Value;

use crate::builtins::type_::type_name_of;
use crate::builtins::{exceptions, int, list, str as pystr};
use crate::call;
use crate::error::{PyResult, Raised, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

/// The ValueError for an operation on a closed stream.
pub fn closed_error(period: bool) -> Raised {
    value_error(if period { "I/O operation on closed file." } else { "I/O operation on closed file" })
}

/// The ValueError for a stream whose `__init__` never ran (a subclass
/// that did not call it).
pub fn uninitialized_error() -> Raised {
    value_error("I/O operation on uninitialized object")
}

/// An optional integer argument (an int, an `__index__` object or None).
pub fn optional_index(v: Option<Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else { return Ok(None) };
    if !int::is_int(v) && protocol::lookup_special(v, "__index__")?.is_none() {
        return Err(type_error(format!("argument should be integer or None, not '{}'", type_name_of(v))));
    }
    protocol::index_value(v).map(Some)
}

/// A `size` argument: None or a negative value means "no limit".
pub fn size_arg(v: Option<Value>) -> PyResult<Option<usize>> {
    Ok(optional_index(v)?.and_then(|n| usize::try_from(n).ok()))
}

/// `readlines(hint=-1)`: lines from `next_line` (None at the end) until
/// their total length exceeds a positive `hint` (`_IOBase`'s rule), or
/// reaches it when `reach` is set (BytesIO's own `readlines`).
pub fn readlines(hint: Option<Value>, reach: bool, mut next_line: impl FnMut() -> PyResult<Option<Obj>>) -> PyResult<Obj> {
    let hint = size_arg(hint)?.filter(|&h| h > 0);
    let out = list::new();
    let mut total = 0;
    while let Some(line) = next_line()? {
        total += protocol::len(line.v())?;
        list::push(out.v(), line);
        if hint.is_some_and(|h| total > h || (reach && total == h)) {
            break;
        }
    }
    Ok(out)
}

/// `__exit__(*args)`: `self.close()`, through the method so a subclass's
/// `close` runs.
pub fn close_method(stream: Value) -> PyResult<Obj> {
    let close = pystr::intern("close");
    call::call_method(stream, close.v(), &call::Args::positional_only(&[]))?;
    Ok(Obj::none())
}

/// `writelines(lines)`: `self.write(line)` for each line.
pub fn writelines(stream: Value, lines: Value) -> PyResult<Obj> {
    let it = protocol::iter(lines)?;
    let write = pystr::intern("write");
    while let Some(line) = protocol::next(it.v())? {
        call::call_method(stream, write.v(), &call::Args::positional_only(&[line.v()]))?;
    }
    Ok(Obj::none())
}

thread_local! {
    static UNSUPPORTED_OPERATION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError),
/// created on first use; borrowed.
pub fn unsupported_operation() -> PyResult<Value> {
    let cls = Value(UNSUPPORTED_OPERATION.with(|c| c.get()));
    if !cls.is_null() {
        return Ok(cls);
    }
    let bases = crate::builtins::tuple::from_slice(&[
        Value::from_ptr(&raw mut exceptions::OS_ERROR),
        Value::from_ptr(&raw mut exceptions::VALUE_ERROR),
    ]);
    let ns = crate::builtins::dict::new();
    crate::builtins::dict::set_item_str(ns.v(), "__module__", pystr::new("io").v())?;
    let name = pystr::new("UnsupportedOperation");
    let made = call::call_positional(
        Value::from_ptr(&raw mut crate::builtins::type_::TYPE_TYPE),
        &[name.v(), bases.v(), ns.v()],
    )?;
    let cls = made.into_raw();
    UNSUPPORTED_OPERATION.with(|c| c.set(cls.0));
    Ok(cls)
}

/// Raises `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> Raised {
    let cls = match unsupported_operation() {
        Ok(c) => c,
        Err(e) => return e,
    };
    let arg = pystr::new(msg);
    match call::call_positional(cls, &[arg.v()]) {
        Ok(exc) => crate::error::set_raised(exc),
        Err(e) => e,
    }
}
