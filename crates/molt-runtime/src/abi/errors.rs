//! Exceptions, tracebacks and recursion depth.

use molt_abi::Value;
use molt_abi::layout::CodeDesc;

use super::{status, truth};
use crate::builtins::type_::{TypeObject, is_subtype};
use crate::builtins::{code, exception_group, exceptions, str as pystr, tuple};
use crate::call::Args;
use crate::error::{self, PyResult, Raised, type_error};
use crate::object::{Obj, type_of};

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_traceback_add(code: *const CodeDesc, line: i64) {
    let exc = error::peek_raised();
    if exceptions::is_exception_instance(exc) {
        exceptions::add_traceback(exc, code::code_from_desc(code), line as u32);
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_traceback_hold(locals: *mut Value, n: i64) {
    // SAFETY: the caller passes `n` words.
    let words = unsafe { std::slice::from_raw_parts(locals, n as usize) };
    let held: Vec<Obj> = words.iter().filter(|v| !v.is_null()).map(|&v| Obj::from_owned(v)).collect();
    if !held.is_empty() {
        exceptions::hold_locals(error::peek_raised(), crate::builtins::tuple::from_vec(held));
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_recursion_enter() -> i32 {
    status(crate::call::recursion_enter())
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise_unbound_local(name: Value) -> i32 {
    error::unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        pystr::as_str(name)
    ));
    -1
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise_unbound_free(name: Value) -> i32 {
    error::name_error(format!(
        "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
        pystr::as_str(name)
    ));
    -1
}

/// Turns `raise X` operands into an exception instance: classes are
/// instantiated without arguments.
fn instantiate(v: Value, what: &str) -> PyResult<Obj> {
    if exceptions::is_exception_instance(v) {
        return Ok(Obj::from_borrowed(v));
    }
    if exceptions::is_exception_type(v) {
        let e = crate::call::call(v, &Args::positional_only(&[]))?;
        if !exceptions::is_exception_instance(e.v()) {
            let shown = crate::protocol::repr(v)?;
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                pystr::as_str(shown.v()),
                crate::builtins::type_::type_name_of(e.v())
            )));
        }
        return Ok(e);
    }
    Err(type_error(what.to_string()))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_raise(exc: Value, cause: Value) -> i32 {
    let result: PyResult<Raised> = (|| {
        let e = instantiate(exc, "exceptions must derive from BaseException")?;
        if !cause.is_null() {
            let c = if cause.is_none() {
                Obj::none()
            } else {
                instantiate(cause, "exception causes must derive from BaseException")?
            };
            exceptions::set_cause_value(e.v(), c.v())?;
        }
        Ok(error::set_raised(e))
    })();
    let _ = result;
    -1
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_reraise() -> i32 {
    let h = error::handled();
    if h.is_null() || h.is_none() {
        error::runtime_error("No active exception to reraise");
    } else {
        error::restore_raised(Obj::from_borrowed(h));
    }
    -1
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_restore(exc: Value) -> i32 {
    error::restore_raised(Obj::from_owned(exc));
    -1
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_fetch_exception() -> Value {
    match error::take_raised() {
        Some(e) => e.into_raw(),
        None => Value::NONE,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_push_handled(exc: Value) -> Value {
    error::push_handled(exc)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_pop_handled(prev: Value) {
    error::pop_handled(prev)
}

/// `except types:` — a class or a flat tuple of classes, all checked
/// before any is tried (nested tuples are not allowed), as CPython's
/// `check_except_type_valid`.
fn matches(exc: Value, types: Value) -> PyResult<bool> {
    let candidates = if tuple::is_tuple(types) { tuple::items(types) } else { std::slice::from_ref(&types) };
    if !candidates.iter().all(|&t| exceptions::is_exception_type(t)) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(candidates.iter().any(|&t| is_subtype(type_of(exc), t.as_ptr::<TypeObject>())))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_exception_matches(exc: Value, types: Value) -> i32 {
    truth(matches(exc, types))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_except_star_match(exc: Value, types: Value, rest: *mut Value) -> Value {
    match exception_group::star_match(exc, types) {
        Ok((matched, r)) => {
            // SAFETY: the caller passes one writable word.
            unsafe { *rest = r.into_raw() };
            matched.into_raw()
        }
        Err(_) => Value::NULL,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_prep_reraise_star(orig: Value, raised: Value) -> Value {
    match exception_group::prep_reraise_star(orig, crate::builtins::list::items(raised)) {
        Ok(e) => e.into_raw(),
        Err(_) => Value::NULL,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_assert_fail(msg: Value) -> i32 {
    let args = if msg.is_null() { Vec::new() } else { vec![Obj::from_borrowed(msg)] };
    error::raise_args(&raw mut exceptions::ASSERTION_ERROR, args);
    -1
}
