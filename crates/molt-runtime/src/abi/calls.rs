//! Calls, functions, cells, globals and imports.

use molt_abi::Value;
use molt_abi::layout::{CodeDesc, GlobalCache};

use super::{ret, status};
use crate::builtins::type_::type_name_of;
use crate::builtins::{cell, dict, function, str as pystr, tuple};
use crate::call::{self, Args};
use crate::error::{PyResult, type_error};
use crate::object::Obj;

unsafe fn args<'a>(ptr: *const Value, nargs: i64, kwnames: Value) -> Args<'a> {
    let nkw = if kwnames.is_null() { 0 } else { tuple::len(kwnames) };
    let total = nargs as usize + nkw;
    let all = if total == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(ptr, total) } };
    Args { all, nargs: nargs as usize, kwnames }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_call(callable: Value, argv: *const Value, nargs: i64, kwnames: Value) -> Value {
    ret(call::call(callable, &unsafe { args(argv, nargs, kwnames) }))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_call_with_globals(
    callable: Value,
    argv: *const Value,
    nargs: i64,
    kwnames: Value,
    globals: Value,
) -> Value {
    let args = unsafe { args(argv, nargs, kwnames) };
    let type_type = &raw mut crate::builtins::type_::TYPE_TYPE;
    if callable == Value::from_ptr(type_type) {
        return ret(crate::builtins::heap_type::call_type_object_in(type_type, &args, globals));
    }
    ret(call::call(callable, &args))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_call_method(
    obj: Value,
    name: Value,
    argv: *const Value,
    nargs: i64,
    kwnames: Value,
    cache: *mut molt_abi::layout::AttrCache,
) -> Value {
    let args = unsafe { args(argv, nargs, kwnames) };
    // SAFETY: the word before the arguments holds the receiver (see the
    // ABI table).
    let with_receiver = unsafe { std::slice::from_raw_parts(argv.sub(1), args.all.len() + 1) };
    ret(crate::attr_cache::call_method(obj, name, &args, with_receiver, cache))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_call_ex(callable: Value, argt: Value, kwargs: Value) -> Value {
    ret(call_ex(callable, argt, kwargs))
}

fn call_ex(callable: Value, argt: Value, kwargs: Value) -> PyResult<Obj> {
    let positional = if tuple::is_tuple(argt) {
        Obj::from_borrowed(argt)
    } else {
        if crate::object::type_slots(argt).iter.is_none() && crate::object::type_slots(argt).getitem.is_none() {
            return Err(type_error(format!(
                "{} argument after * must be an iterable, not {}",
                call::function_str(callable)?,
                type_name_of(argt)
            )));
        }
        tuple::from_vec(crate::protocol::collect(argt)?)
    };
    let mut all: Vec<Value> = tuple::items(positional.v()).to_vec();
    let nargs = all.len();
    let mut names = Vec::new();
    if !kwargs.is_null() {
        for (k, v) in dict::items(kwargs) {
            names.push(Obj::from_borrowed(k));
            all.push(v);
        }
    }
    let kwnames = if names.is_empty() { None } else { Some(tuple::from_vec(names)) };
    let keep: Option<Obj> = (!kwargs.is_null()).then(|| Obj::from_borrowed(kwargs));
    let r = call::call(callable, &Args { all: &all, nargs, kwnames: kwnames.as_ref().map_or(Value::NULL, Obj::v) });
    drop(keep);
    r
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_bind_args(func: Value, argv: *const Value, nargs: i64, kwnames: Value, out: *mut Value) -> i32 {
    let n = function::code(func).info.param_count();
    let out = if n == 0 { &mut [][..] } else { unsafe { std::slice::from_raw_parts_mut(out, n) } };
    status(call::bind_args(func, &unsafe { args(argv, nargs, kwnames) }, out))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_make_function(code: *const CodeDesc, globals: Value, defaults: Value, kwdefaults: Value, closure: Value) -> Value {
    function::new(code, globals, defaults, kwdefaults, closure).into_raw()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_function_closure(func: Value) -> Value {
    function::get(func).closure
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_cell_new(v: Value) -> Value {
    cell::new(v).into_raw()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_cell_set(c: Value, v: Value) {
    cell::set(c, v)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_load_global(cache: *mut GlobalCache, globals: Value, name: Value) -> Value {
    ret(crate::globals::load(unsafe { &mut *cache }, globals, name))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_store_global(globals: Value, name: Value, v: Value) -> i32 {
    status(dict::set_item(globals, name, v))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_delete_global(globals: Value, name: Value) -> i32 {
    status((|| {
        if dict::pop_item(globals, name)?.is_none() {
            return Err(crate::builtins::exceptions::name_error_for(name));
        }
        Ok(())
    })())
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_import(name: Value, globals: Value, fromlist: Value, level: i64) -> Value {
    ret(crate::import::import(pystr::as_str(name), globals, fromlist, level))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_import_from(module: Value, name: Value) -> Value {
    ret(crate::import::import_from(module, name))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_import_star(module: Value, globals: Value) -> i32 {
    status(crate::import::import_star(module, globals))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_build_class(body: Value, name: Value, bases: Value, kwargs: Value) -> Value {
    ret(crate::builtins::heap_type::build_class(body, name, bases, kwargs))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_class_lookup(namespace: Value, globals: Value, name: Value) -> Value {
    ret(crate::builtins::heap_type::class_lookup(namespace, globals, name))
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_gen_new(func: Value, resume: unsafe extern "C" fn(), code: *const CodeDesc, nslots: i64, nlocals: i64) -> Value {
    // SAFETY: the backend passes a resume function of the generator
    // convention.
    let resume = unsafe { std::mem::transmute::<unsafe extern "C" fn(), crate::builtins::generator::ResumeFn>(resume) };
    crate::builtins::generator::new(func, resume, code, nslots as usize, nlocals as usize).into_raw()
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_gen_resume_value(generator: Value) -> Value {
    crate::builtins::generator::resume_value(generator)
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_gen_resume_delegating(generator: Value) -> Value {
    crate::builtins::generator::resume_value_delegating(generator)
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_gen_delegate(generator: Value, it: Value, sent: Value, done: *mut Value) -> Value {
    let sent = Obj::from_owned(sent);
    match crate::builtins::generator::delegate_step(generator, it, sent.v()) {
        Ok((v, finished)) => {
            // SAFETY: the caller provides one word.
            unsafe { *done = Value(finished as u64) };
            v.into_raw()
        }
        Err(_) => Value::NULL,
    }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_with_enter(mgr: Value, exit: *mut Value) -> Value {
    match crate::protocol::enter_context(mgr) {
        Ok((value, bound_exit)) => {
            // SAFETY: the caller provides one word.
            unsafe { *exit = bound_exit.into_raw() };
            value.into_raw()
        }
        Err(_) => Value::NULL,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_with_exit(exit: Value) -> i32 {
    super::status(crate::protocol::exit_context(exit))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_with_exit_exc(exit: Value, exc: Value) -> i32 {
    super::truth(crate::protocol::exit_context_with(exit, exc))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_match_sequence(subject: Value, len: i64, star: i64) -> i32 {
    super::truth(crate::matching::sequence(subject, len as usize, star != 0))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_match_mapping(subject: Value, nkeys: i64) -> i32 {
    super::truth(crate::matching::mapping(subject, nkeys as usize))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_match_keys(subject: Value, keys: Value) -> Value {
    ret(crate::matching::keys(subject, keys))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_match_rest(subject: Value, keys: Value) -> Value {
    ret(crate::matching::rest(subject, keys))
}

#[unsafe(no_mangle)]
pub extern "C" fn molt_match_class(subject: Value, cls: Value, npos: i64, kwnames: Value) -> Value {
    ret(crate::matching::class(subject, cls, npos as usize, kwnames))
}
