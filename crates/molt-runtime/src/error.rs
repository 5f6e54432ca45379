//! The thread's exception state and helpers to raise built-in exceptions.
//!
//! Runtime functions return [`PyResult`]; `Err(Raised)` means "an exception
//! object is stored in this thread's state". At the ABI boundary that becomes
//! the null value (or a negative status) that generated code tests.
//!
//! Two slots mirror CPython: the *raised* exception (propagating now) and the
//! *handled* one (`sys.exc_info()`, set while an `except` block runs), which
//! becomes the `__context__` of anything raised meanwhile.

use std::cell::Cell;

use molt_abi::Value;

use crate::builtins::exceptions::{self, ExceptionObject};
use crate::builtins::type_::TypeObject;
use crate::builtins::{str as pystr, tuple};
use crate::object::{Obj, decref, incref};

/// Marker: an exception is set in the thread state.
#[derive(Debug)]
pub struct Raised;

pub type PyResult<T> = Result<T, Raised>;

thread_local! {
    static RAISED: Cell<u64> = const { Cell::new(0) };
    static HANDLED: Cell<u64> = const { Cell::new(0) };
}

/// Sets `exc` (an exception instance) as the raised exception, chaining the
/// exception being handled as its `__context__` like CPython does.
pub fn set_raised(exc: Obj) -> Raised {
    let handled = Value(HANDLED.with(|h| h.get()));
    if !handled.is_null() && handled != exc.v() {
        exceptions::set_implicit_context(exc.v(), handled);
    }
    let old = RAISED.with(|r| r.replace(exc.into_raw().0));
    decref(Value(old));
    Raised
}

/// Takes the raised exception out of the thread state.
pub fn take_raised() -> Option<Obj> {
    let v = Value(RAISED.with(|r| r.replace(0)));
    if v.is_null() { None } else { Some(Obj::from_owned(v)) }
}

/// The raised exception, borrowed.
pub fn peek_raised() -> Value {
    Value(RAISED.with(|r| r.get()))
}

/// Puts back an exception taken with [`take_raised`], without chaining.
pub fn restore_raised(exc: Obj) -> Raised {
    let old = RAISED.with(|r| r.replace(exc.into_raw().0));
    decref(Value(old));
    Raised
}

/// The exception being handled (borrowed; null when none).
pub fn handled() -> Value {
    Value(HANDLED.with(|h| h.get()))
}

/// Makes `exc` the handled exception; returns the previous one (owned, may
/// be null).
pub fn push_handled(exc: Value) -> Value {
    incref(exc);
    Value(HANDLED.with(|h| h.replace(exc.0)))
}

/// Restores the handled exception saved by [`push_handled`] (stolen).
pub fn pop_handled(prev: Value) {
    let cur = HANDLED.with(|h| h.replace(prev.0));
    decref(Value(cur));
}

/// Raises a new exception of type `ty` with one str argument.
pub fn raise(ty: *mut TypeObject, msg: impl AsRef<str>) -> Raised {
    let arg = pystr::new(msg.as_ref());
    let args = tuple::from_vec(vec![arg]);
    set_raised(exceptions::new_exception(ty, args))
}

/// Raises a new exception of type `ty` with the given args tuple items.
pub fn raise_args(ty: *mut TypeObject, args: Vec<Obj>) -> Raised {
    set_raised(exceptions::new_exception(ty, tuple::from_vec(args)))
}

/// Raises a new exception of type `ty` without arguments.
pub fn raise_empty(ty: *mut TypeObject) -> Raised {
    raise_args(ty, Vec::new())
}

/// Whether the raised exception is an instance of `ty`.
pub fn raised_matches(ty: *mut TypeObject) -> bool {
    let v = peek_raised();
    !v.is_null() && crate::builtins::type_::is_subtype(crate::object::type_of(v), ty)
}

/// Clears the raised exception.
pub fn clear_raised() {
    drop(take_raised());
}

macro_rules! raise_helpers {
    ($($fn_name:ident => $ty:ident;)*) => {
        $(
            #[doc = concat!("Raises `", stringify!($ty), "` with a message.")]
            pub fn $fn_name(msg: impl AsRef<str>) -> Raised {
                raise(&raw mut exceptions::$ty, msg)
            }
        )*
    };
}

raise_helpers! {
    type_error => TYPE_ERROR;
    value_error => VALUE_ERROR;
    index_error => INDEX_ERROR;
    zero_division_error => ZERO_DIVISION_ERROR;
    overflow_error => OVERFLOW_ERROR;
    name_error => NAME_ERROR;
    attribute_error => ATTRIBUTE_ERROR;
    recursion_error => RECURSION_ERROR;
    runtime_error => RUNTIME_ERROR;
    not_implemented_error => NOT_IMPLEMENTED_ERROR;
    import_error => IMPORT_ERROR;
    module_not_found_error => MODULE_NOT_FOUND_ERROR;
    unbound_local_error => UNBOUND_LOCAL_ERROR;
    stop_iteration_msg => STOP_ITERATION;
    assertion_error => ASSERTION_ERROR;
    eof_error => EOF_ERROR;
    os_error => OS_ERROR;
    lookup_error => LOOKUP_ERROR;
    unicode_error => UNICODE_ERROR;
    system_error => SYSTEM_ERROR;
}

/// Raises `MemoryError` without allocating a message.
pub fn memory_error() -> Raised {
    raise_empty(&raw mut exceptions::MEMORY_ERROR)
}

/// Raises `KeyError(key)`; the key is kept as the exception's argument so
/// its repr appears in the message.
pub fn key_error(key: Value) -> Raised {
    raise_args(&raw mut exceptions::KEY_ERROR, vec![Obj::from_borrowed(key)])
}

/// The exception object behind a value, if it is one.
pub fn as_exception(v: Value) -> Option<*mut ExceptionObject> {
    exceptions::as_exception(v)
}
