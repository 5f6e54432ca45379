//! The calling protocol.
//!
//! Every call uses the vectorcall layout: one array holding the positional
//! arguments followed by the keyword-argument values, a positional count,
//! and a tuple naming the keywords (or null). [`bind_args`] is the single
//! place where Python's binding rules (defaults, `*args`, `**kwargs`,
//! keyword-only and positional-only parameters) and their error messages
//! live.

use molt_abi::Value;
use molt_abi::layout::code_flags;

use crate::builtins::type_::{MethodDef, NativeFn, not_callable};
use crate::builtins::{dict, function, str as pystr, tuple};
use crate::error::{PyResult, type_error};
use crate::object::{Obj, type_slots};

/// Arguments of one call, borrowed.
#[derive(Copy, Clone)]
pub struct Args<'a> {
    /// Positional arguments, then keyword-argument values.
    pub all: &'a [Value],
    pub nargs: usize,
    /// Tuple of keyword names, or null.
    pub kwnames: Value,
}

impl<'a> Args<'a> {
    pub fn positional_only(args: &'a [Value]) -> Args<'a> {
        Args { all: args, nargs: args.len(), kwnames: Value::NULL }
    }

    pub fn positional(&self) -> &'a [Value] {
        &self.all[..self.nargs]
    }

    pub fn kw(&self) -> KwArgs<'a> {
        KwArgs {
            names: if self.kwnames.is_null() { &[] } else { tuple::items(self.kwnames) },
            values: &self.all[self.nargs..],
        }
    }

    pub fn kw_is_empty(&self) -> bool {
        self.kwnames.is_null() || tuple::len(self.kwnames) == 0
    }

    pub fn is_empty(&self) -> bool {
        self.nargs == 0 && self.kw_is_empty()
    }

    /// Parses arguments of a native function: `names` lists parameters in
    /// order ("" for positional-only ones); the first `required` are
    /// mandatory. Raises CPython-style TypeErrors.
    pub fn parse(&self, fname: &str, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
        parse_params(fname, self.positional(), &self.kw(), names, required)
    }
}

/// Keyword arguments of a call, borrowed.
#[derive(Copy, Clone)]
pub struct KwArgs<'a> {
    pub names: &'a [Value],
    pub values: &'a [Value],
}

impl<'a> KwArgs<'a> {
    pub const EMPTY: KwArgs<'static> = KwArgs { names: &[], values: &[] };

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// `(name, value)` pairs with names as Rust strings.
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, Value)> + 'a {
        self.names.iter().map(|&n| pystr::as_str(n)).zip(self.values.iter().copied())
    }

    /// `(name, value)` pairs with names as str values.
    pub fn iter_values(&self) -> impl Iterator<Item = (Value, Value)> + 'a {
        self.names.iter().copied().zip(self.values.iter().copied())
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

fn parse_params(
    fname: &str,
    positional: &[Value],
    kw: &KwArgs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if positional.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            positional.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, &v) in out.iter_mut().zip(positional) {
        *slot = Some(v);
    }
    for (name, value) in kw.iter() {
        match names.iter().position(|&n| !n.is_empty() && n == name) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(value),
            None => {
                return Err(type_error(format!("{fname}() got an unexpected keyword argument '{name}'")));
            }
        }
    }
    if let Some(missing) = out.iter().take(required).position(Option::is_none) {
        let name = names[missing];
        return Err(type_error(if name.is_empty() {
            format!("{fname}() takes at least {required} argument{} ({} given)", if required == 1 { "" } else { "s" }, positional.len())
        } else {
            format!("{fname}() missing required argument '{name}' (pos {})", missing + 1)
        }));
    }
    Ok(out)
}

/// Keyword parsing for native methods that receive `self` first in `args`.
pub fn parse_native(
    fname: &str,
    args: &[Value],
    kw: &KwArgs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    parse_params(fname, args, kw, names, required)
}

/// Python-level call depth, read and written inline by generated code
/// (see `molt_abi::layout::RECURSION_DEPTH_SYMBOL`).
#[unsafe(no_mangle)]
pub static mut molt_recursion_depth: i64 = 0;

/// `sys.getrecursionlimit()`, read inline by generated code.
#[unsafe(no_mangle)]
pub static mut molt_recursion_limit: i64 = 1000;

/// Enters one level of Python-level recursion.
pub fn recursion_enter() -> PyResult<()> {
    // SAFETY: the runtime is single-threaded; generated code uses the same
    // counters.
    unsafe {
        molt_recursion_depth += 1;
        if molt_recursion_depth > molt_recursion_limit {
            molt_recursion_depth -= 1;
            return Err(crate::error::recursion_error("maximum recursion depth exceeded"));
        }
    }
    Ok(())
}

pub fn recursion_leave() {
    // SAFETY: as in `recursion_enter`.
    unsafe {
        if molt_recursion_depth > 0 {
            molt_recursion_depth -= 1;
        }
    }
}

pub fn recursion_limit() -> u32 {
    // SAFETY: as in `recursion_enter`.
    unsafe { molt_recursion_limit as u32 }
}

pub fn set_recursion_limit(n: u32) {
    // SAFETY: as in `recursion_enter`.
    unsafe { molt_recursion_limit = n as i64 }
}

pub fn recursion_depth() -> u32 {
    // SAFETY: as in `recursion_enter`.
    unsafe { molt_recursion_depth as u32 }
}

/// Runs `f` as one level of native recursion (repr, comparison of nested
/// containers), so deep structures raise RecursionError instead of
/// overflowing the stack.
pub fn with_recursion_guard<T>(what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    if recursion_enter().is_err() {
        crate::error::clear_raised();
        return Err(crate::error::recursion_error(format!("maximum recursion depth exceeded{what}")));
    }
    let r = f();
    recursion_leave();
    r
}

/// Calls any callable.
pub fn call(callable: Value, args: &Args) -> PyResult<Obj> {
    match type_slots(callable).call {
        Some(call) => call(callable, args),
        None => Err(not_callable(callable)),
    }
}

/// How call errors name a callable, as CPython's `_PyObject_FunctionStr`:
/// `module.qualname()`, just `qualname()` for builtins, or `str(callable)`
/// when it has no `__qualname__`.
pub fn function_str(callable: Value) -> PyResult<String> {
    let Some(qualname) = crate::protocol::getattr_opt(callable, "__qualname__")? else {
        let s = crate::protocol::str_(callable)?;
        return Ok(pystr::as_str(s.v()).to_string());
    };
    let qualname = crate::protocol::str_(qualname.v())?;
    let qualname = pystr::as_str(qualname.v());
    if let Some(module) = crate::protocol::getattr_opt(callable, "__module__")? {
        if !module.v().is_none() {
            let module = crate::protocol::str_(module.v())?;
            if pystr::as_str(module.v()) != "builtins" {
                return Ok(format!("{}.{qualname}()", pystr::as_str(module.v())));
            }
        }
    }
    Ok(format!("{qualname}()"))
}

/// Calls with positional arguments only.
pub fn call_positional(callable: Value, args: &[Value]) -> PyResult<Obj> {
    call(callable, &Args::positional_only(args))
}

/// Calls `func(receiver, *args)` without building a bound method.
pub fn call_with_self(func: Value, receiver: Value, args: &Args) -> PyResult<Obj> {
    with_receiver(receiver, args.all, |all| call(func, &Args { all, nargs: args.nargs + 1, kwnames: args.kwnames }))
}

/// Calls method `name` of `obj`: plain functions found on the type are
/// called with `obj` prepended (no bound-method object); anything else goes
/// through normal attribute lookup. The shortcut is only valid for types
/// using the generic `__getattribute__` (not `super`, not classes that
/// override it), as CPython's `LOAD_ATTR` method form.
pub fn call_method(obj: Value, name: Value, args: &Args) -> PyResult<Obj> {
    let ty = crate::object::type_of(obj);
    let generic = crate::builtins::object::generic_getattr as fn(Value, Value) -> PyResult<Obj>;
    // SAFETY: live type object.
    let plain_lookup = unsafe { (*ty).slots.getattr }.is_some_and(|f| f as usize == generic as usize);
    let attr = if plain_lookup { crate::builtins::type_::lookup(ty, name) } else { Value::NULL };
    if !attr.is_null() && (function::is_function(attr) || crate::builtins::descriptor::is_method_descriptor(attr)) {
        let shadowed = match crate::builtins::object::instance_dict_slot(obj) {
            // SAFETY: the slot belongs to the live object.
            Some(slot) => unsafe { !(*slot).is_null() && dict::get_item_str_value(*slot, name).is_some() },
            None => false,
        };
        if !shadowed {
            if crate::builtins::descriptor::is_method_descriptor(attr) {
                let (def, owner) = crate::builtins::descriptor::method_def(attr);
                if def.kind == crate::builtins::type_::MethodKind::Instance {
                    // SAFETY: static built-in type.
                    let qual = || format!("{}.{}", unsafe { (*owner).name }, def.name);
                    return call_native(def, Some(obj), &qual, args);
                }
            } else {
                let keep = Obj::from_borrowed(attr);
                return call_with_self(keep.v(), obj, args);
            }
        }
    }
    let bound = crate::protocol::getattr(obj, name)?;
    call(bound.v(), args)
}

/// Calls a native method-table entry, checking arity like CPython.
/// `qualname` (for error messages) is only built when an error needs it.
pub fn call_native(def: &MethodDef, receiver: Option<Value>, qualname: &dyn Fn() -> String, args: &Args) -> PyResult<Obj> {
    match def.func {
        NativeFn::Positional { f, min, max } => {
            if !args.kw_is_empty() {
                return Err(type_error(format!("{}() takes no keyword arguments", qualname())));
            }
            let n = args.nargs;
            if n < min as usize || n > max as usize {
                return Err(arity_error(&qualname(), def.name, min, max, n));
            }
            match receiver {
                None => f(args.positional()),
                Some(r) => with_receiver(r, args.positional(), |all| f(all)),
            }
        }
        NativeFn::Keywords(f) => {
            let kw = args.kw();
            match receiver {
                None => f(args.positional(), &kw),
                Some(r) => with_receiver(r, args.positional(), |all| f(all, &kw)),
            }
        }
    }
}

/// Runs `f` on `receiver` followed by `args`, on the stack for the usual
/// short argument lists.
#[inline]
fn with_receiver(receiver: Value, args: &[Value], f: impl FnOnce(&[Value]) -> PyResult<Obj>) -> PyResult<Obj> {
    const SHORT: usize = 8;
    if args.len() < SHORT {
        let mut all = [Value::NULL; SHORT];
        all[0] = receiver;
        all[1..=args.len()].copy_from_slice(args);
        f(&all[..=args.len()])
    } else {
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(receiver);
        all.extend_from_slice(args);
        f(&all)
    }
}

/// CPython's arity messages: `METH_O`/`METH_NOARGS` style for fixed
/// arities, Argument Clinic style otherwise.
fn arity_error(qualname: &str, name: &str, min: u8, max: u8, given: usize) -> crate::error::Raised {
    let plural = |n: u8| if n == 1 { "" } else { "s" };
    type_error(if min == max && max == 0 {
        format!("{qualname}() takes no arguments ({given} given)")
    } else if min == max && max == 1 {
        format!("{qualname}() takes exactly one argument ({given} given)")
    } else if given < min as usize {
        if min == max {
            format!("{name} expected {min} argument{}, got {given}", plural(min))
        } else {
            format!("{name} expected at least {min} argument{}, got {given}", plural(min))
        }
    } else if min == max {
        format!("{name} expected {max} argument{}, got {given}", plural(max))
    } else {
        format!("{name} expected at most {max} argument{}, got {given}", plural(max))
    })
}

/// Binds a call to the parameters of compiled function `func`, writing one
/// new reference per parameter to `out` (in `CodeInfo::varnames` order).
pub fn bind_args(func: Value, args: &Args, out: &mut [Value]) -> PyResult<()> {
    let f = function::get(func);
    let code = function::code(func);
    let info = &code.info;
    let argcount = info.argcount as usize;
    let posonly = info.posonlyargcount as usize;
    let kwonly = info.kwonlyargcount as usize;
    let has_varargs = info.flags & code_flags::VARARGS != 0;
    let has_varkw = info.flags & code_flags::VARKEYWORDS != 0;
    let name = pystr::as_str(f.qualname);
    let mut slots: Vec<Option<Obj>> = vec![None; out.len()];
    let positional = args.positional();

    for (slot, &v) in slots.iter_mut().zip(positional.iter().take(argcount)) {
        *slot = Some(Obj::from_borrowed(v));
    }
    let mut varargs_index = argcount + kwonly;
    if has_varargs {
        let extra = if positional.len() > argcount { &positional[argcount..] } else { &[] };
        slots[varargs_index] = Some(tuple::from_slice(extra));
        varargs_index += 1;
    }
    let kwargs_dict = if has_varkw {
        let d = dict::new();
        slots[varargs_index] = Some(d.clone());
        Some(d)
    } else {
        None
    };

    let kw = args.kw();
    let mut posonly_as_kw: Vec<&str> = Vec::new();
    for (kname, value) in kw.iter_values() {
        let key = pystr::as_str(kname);
        let found = code.varnames[..argcount + kwonly]
            .iter()
            .position(|&p| p == kname || pystr::as_str(p) == key);
        match found {
            Some(i) if i >= posonly => {
                if slots[i].is_some() {
                    return Err(type_error(format!("{name}() got multiple values for argument '{key}'")));
                }
                slots[i] = Some(Obj::from_borrowed(value));
            }
            found => match &kwargs_dict {
                Some(d) => dict::set_item(d.v(), kname, value)?,
                None if found.is_some() => posonly_as_kw.push(key),
                None => return Err(type_error(format!("{name}() got an unexpected keyword argument '{key}'"))),
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        )));
    }

    if positional.len() > argcount && !has_varargs {
        return Err(too_many_positional(name, info, f.defaults, positional.len(), &slots));
    }

    let ndefaults = if f.defaults.is_null() { 0 } else { tuple::len(f.defaults) };
    let first_default = argcount.saturating_sub(ndefaults);
    let mut missing = Vec::new();
    for i in positional.len().min(argcount)..argcount {
        if slots[i].is_none() {
            if i >= first_default {
                slots[i] = Some(Obj::from_borrowed(tuple::items(f.defaults)[i - first_default]));
            } else {
                missing.push(pystr::as_str(code.varnames[i]).to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(name, "positional", &missing));
    }
    for i in argcount..argcount + kwonly {
        if slots[i].is_none() {
            let default = if f.kwdefaults.is_null() {
                None
            } else {
                dict::get_item(f.kwdefaults, code.varnames[i])?
            };
            match default {
                Some(d) => slots[i] = Some(Obj::from_borrowed(d)),
                None => missing.push(pystr::as_str(code.varnames[i]).to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(name, "keyword-only", &missing));
    }
    for (dst, slot) in out.iter_mut().zip(slots) {
        *dst = slot.map_or(Value::NULL, Obj::into_raw);
    }
    Ok(())
}

fn missing_error(name: &str, kind: &str, missing: &[String]) -> crate::error::Raised {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{name}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}

fn too_many_positional(
    name: &str,
    info: &molt_abi::layout::CodeInfo,
    defaults: Value,
    given: usize,
    slots: &[Option<Obj>],
) -> crate::error::Raised {
    let argcount = info.argcount as usize;
    let ndefaults = if defaults.is_null() { 0 } else { tuple::len(defaults) };
    let kwonly_given = slots[argcount..argcount + info.kwonlyargcount as usize].iter().filter(|s| s.is_some()).count();
    let takes = if ndefaults > 0 {
        format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
    } else {
        format!("{argcount} positional argument{}", if argcount == 1 { "" } else { "s" })
    };
    let was = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
    let kw_part = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    type_error(format!("{name}() takes {takes} but {given}{kw_part} {was} given"))
}
