//! Every runtime function generated code may call, declared once.
//!
//! [`for_each_runtime_function!`] hands the whole list to a callback macro.
//! The runtime instantiates it to assert at compile time that each function
//! exists with exactly this signature; the backend instantiates it to build
//! its import table. Adding an entry point means adding one line here.
//!
//! Each entry reads `ERR fn name(arg: Type, ..) -> Ret;` where `ERR` says how
//! the function reports a raised exception:
//! - `null`: returns the null value (`Value(0)`);
//! - `neg`: returns a negative `I32`;
//! - `never`: cannot raise.
//!
//! Ownership: arguments are borrowed and results are new references unless
//! the doc line says "steals" (the callee takes over the caller's reference).
//!
//! Types: `Value` is the value word; `I64`/`I32`/`F64` are raw numbers;
//! `Values` is `*const Value`, `Out` is `*mut Value`, `Code` is
//! `*const CodeDesc`, `Cache` is `*mut GlobalCache`, `Attr` is
//! `*mut AttrCache` (a site's attribute cache), `Modules` is
//! `*const ModuleDesc`, `Bytes` is `*const u8`, `Argv` is
//! `*const *const u8`, `Func` is a code address.

/// Calls `$callback! { .. }` with the full table (see the module docs).
#[macro_export]
macro_rules! for_each_runtime_function {
    ($callback:ident) => {
        $callback! {
            // ---- Program start and constants -------------------------------
            /// Runs a whole program: initializes the runtime, calls
            /// `init_consts`, imports module `main_index` as `__main__`, and
            /// returns the process exit status.
            never fn molt_main(argc: I32, argv: Argv, modules: Modules, nmodules: I64, main_index: I64, init_consts: Func) -> I32;
            /// An immortal, interned str constant from UTF-8 bytes.
            never fn molt_const_str(data: Bytes, len: I64) -> Value;
            /// An immortal int constant from its decimal text (big ints).
            never fn molt_const_int(data: Bytes, len: I64) -> Value;
            /// An immortal bytes constant.
            never fn molt_const_bytes(data: Bytes, len: I64) -> Value;
            /// An immortal complex constant from the little-endian bits of
            /// its real and imaginary parts (16 bytes).
            never fn molt_const_complex(data: Bytes, len: I64) -> Value;

            // ---- Memory ----------------------------------------------------
            /// Frees an object whose reference count reached zero (inline
            /// decrements call this).
            never fn molt_dealloc(obj: Value) -> Void;

            // ---- Errors and frames -----------------------------------------
            /// Records a traceback entry for the frame of `code` at `line`
            /// while an exception propagates.
            never fn molt_traceback_add(code: Code, line: I64) -> Void;
            /// As an exception leaves a frame: steals the `n` references in
            /// `locals` (null entries skipped) and keeps them alive with the
            /// frame's traceback entry, as CPython's frame object would.
            never fn molt_traceback_hold(locals: Out, n: I64) -> Void;
            /// Enters a Python-level call; raises RecursionError past the
            /// limit (generated code increments the counter inline and calls
            /// this only when the limit is reached).
            neg fn molt_recursion_enter() -> I32;
            /// Raises UnboundLocalError for the local named `name`; always fails.
            neg fn molt_raise_unbound_local(name: Value) -> I32;
            /// Raises NameError for a free variable `name` read before assignment.
            neg fn molt_raise_unbound_free(name: Value) -> I32;
            /// `raise exc from cause` (`cause` null when absent); always fails.
            neg fn molt_raise(exc: Value, cause: Value) -> I32;
            /// Bare `raise`: re-raises the exception being handled.
            neg fn molt_reraise() -> I32;
            /// Re-raises `exc` unchanged (end of `finally`, unmatched `except`);
            /// steals `exc`.
            neg fn molt_restore(exc: Value) -> I32;
            /// Takes the raised exception out of the thread state (steals it
            /// to the caller) and records its traceback.
            never fn molt_fetch_exception() -> Value;
            /// Makes `exc` the exception being handled (sys.exc_info) and
            /// returns the previously handled one (new ref, may be None).
            never fn molt_push_handled(exc: Value) -> Value;
            /// Restores the previously handled exception; steals `prev`.
            never fn molt_pop_handled(prev: Value) -> Void;
            /// `isinstance(exc, types)` for an `except` clause; raises
            /// TypeError when `types` holds a non-exception class.
            neg fn molt_exception_matches(exc: Value, types: Value) -> I32;
            /// One `except* types` clause against `exc` (what is left of the
            /// exception, or None): returns the part to handle (None when
            /// nothing matched) and stores the new rest (new ref) in `rest`.
            null fn molt_except_star_match(exc: Value, types: Value, rest: Out) -> Value;
            /// What an `except*` statement raises at its end (None when
            /// nothing): `raised` lists what the handlers raised or re-raised,
            /// then the unhandled rest.
            null fn molt_prep_reraise_star(orig: Value, raised: Value) -> Value;
            /// Fails an `assert` with AssertionError(msg) (msg null: no args).
            neg fn molt_assert_fail(msg: Value) -> I32;

            // ---- Operators -------------------------------------------------
            /// Binary operator `op` (see `BinaryOp` in the IR).
            null fn molt_binary(a: Value, b: Value, op: I64) -> Value;
            /// In-place operator `op` (`a op= b`).
            null fn molt_inplace(a: Value, b: Value, op: I64) -> Value;
            /// Unary operator `op` (`-`, `+`, `~`).
            null fn molt_unary(a: Value, op: I64) -> Value;
            /// Rich comparison `op` returning an object.
            null fn molt_compare(a: Value, b: Value, op: I64) -> Value;
            /// Rich comparison `op` reduced to truth: 0, 1, or negative.
            neg fn molt_compare_bool(a: Value, b: Value, op: I64) -> I32;
            /// Truth value: 0, 1, or negative on error.
            neg fn molt_is_true(v: Value) -> I32;
            /// `item in container`: 0, 1, or negative.
            neg fn molt_contains(container: Value, item: Value) -> I32;

            // ---- Attributes and items --------------------------------------
            null fn molt_getattr(obj: Value, name: Value, cache: Attr) -> Value;
            neg fn molt_setattr(obj: Value, name: Value, v: Value, cache: Attr) -> I32;
            neg fn molt_delattr(obj: Value, name: Value) -> I32;
            null fn molt_getitem(obj: Value, key: Value) -> Value;
            neg fn molt_setitem(obj: Value, key: Value, v: Value) -> I32;
            neg fn molt_delitem(obj: Value, key: Value) -> I32;

            // ---- Building values -------------------------------------------
            /// A list of `n` items; steals the items.
            null fn molt_build_list(items: Values, n: I64) -> Value;
            /// A tuple of `n` items; steals the items.
            null fn molt_build_tuple(items: Values, n: I64) -> Value;
            /// A dict from `n` key/value pairs laid out k0 v0 k1 v1 ..;
            /// steals them.
            null fn molt_build_dict(items: Values, n: I64) -> Value;
            /// A set of `n` items; steals the items.
            null fn molt_build_set(items: Values, n: I64) -> Value;
            /// `slice(start, stop, step)`.
            null fn molt_build_slice(start: Value, stop: Value, step: Value) -> Value;
            /// Concatenates `n` str parts (f-strings); steals them.
            null fn molt_build_string(parts: Values, n: I64) -> Value;
            /// `format(v, spec)` after conversion `conv` (0 none, 1 `!s`,
            /// 2 `!r`, 3 `!a`); `spec` may be null.
            null fn molt_format_value(v: Value, spec: Value, conv: I64) -> Value;
            /// `list.append` for displays with starred items; steals `v`.
            neg fn molt_list_append(list: Value, v: Value) -> I32;
            /// `list.extend(iterable)` for starred items in displays.
            neg fn molt_list_extend(list: Value, iterable: Value) -> I32;
            /// Converts a list to a tuple (for `(*a, b)` displays).
            null fn molt_list_to_tuple(list: Value) -> Value;
            /// `dict[key] = v` for displays; steals `key` and `v`.
            neg fn molt_dict_set_item(dict: Value, key: Value, v: Value) -> I32;
            /// `dict.update(mapping)` for `**` in displays (`callable` null)
            /// and calls (errors name `callable`; None means a class statement).
            neg fn molt_dict_merge(dict: Value, mapping: Value, callable: Value) -> I32;
            /// `set.add(v)`; steals `v`.
            neg fn molt_set_add(set: Value, v: Value) -> I32;

            // ---- Iteration and unpacking -----------------------------------
            /// `iter(obj)`.
            null fn molt_get_iter(obj: Value) -> Value;
            /// Advances an iterator: the next item, the `ITER_STOP` marker
            /// when exhausted, or null on error.
            null fn molt_iter_next(it: Value) -> Value;
            /// Unpacks `v` into exactly `n` values written to `out`.
            neg fn molt_unpack_sequence(v: Value, n: I64, out: Out) -> I32;
            /// Unpacks with a starred target: `before` values, a list, then
            /// `after` values, written to `out`.
            neg fn molt_unpack_ex(v: Value, before: I64, after: I64, out: Out) -> I32;

            // ---- Calls and functions ---------------------------------------
            /// Calls `callable` with `nargs` positional arguments followed by
            /// the keyword arguments named in the tuple `kwnames` (or null).
            null fn molt_call(callable: Value, args: Values, nargs: I64, kwnames: Value) -> Value;
            /// `molt_call` from code whose module globals are `globals`
            /// (borrowed): `type(name, bases, ns)` takes the new class's
            /// `__module__` from them.
            null fn molt_call_with_globals(callable: Value, args: Values, nargs: I64, kwnames: Value, globals: Value) -> Value;
            /// Calls method `name` of `obj` with the given arguments, without
            /// creating a bound method when the attribute is a plain function.
            /// `args[-1]` must be `obj`: a method found on the type gets the
            /// receiver-first array without a copy.
            null fn molt_call_method(obj: Value, name: Value, args: Values, nargs: I64, kwnames: Value, cache: Attr) -> Value;
            /// `callable(*args, **kwargs)` with a tuple and a dict (or null).
            null fn molt_call_ex(callable: Value, args: Value, kwargs: Value) -> Value;
            /// Binds call arguments to the parameters of function `func`,
            /// writing `param_count` new references to `out`.
            neg fn molt_bind_args(func: Value, args: Values, nargs: I64, kwnames: Value, out: Out) -> I32;
            /// A new function object; `defaults` (tuple), `kwdefaults`
            /// (dict) and `closure` (tuple of cells) may be null.
            null fn molt_make_function(code: Code, globals: Value, defaults: Value, kwdefaults: Value, closure: Value) -> Value;
            /// The closure tuple of a function object (borrowed).
            never fn molt_function_closure(func: Value) -> Value;
            /// A new cell, empty (`v` null) or holding `v` (borrowed).
            null fn molt_cell_new(v: Value) -> Value;
            /// Replaces the contents of a cell; steals `v` (null empties it).
            never fn molt_cell_set(cell: Value, v: Value) -> Void;

            // ---- Generators ------------------------------------------------
            /// A new generator for function object `func`: `resume` is its
            /// resume function, `nslots` its frame size, of which the first
            /// `nlocals` hold owned locals.
            null fn molt_gen_new(func: Value, resume: Func, code: Code, nslots: I64, nlocals: I64) -> Value;
            /// At a resumed `yield`: the sent value (new ref), or null after
            /// raising the exception thrown in.
            null fn molt_gen_resume_value(generator: Value) -> Value;
            /// At a resumed `yield` inside `yield from`: the sent value; a
            /// thrown exception stays pending for `molt_gen_delegate`.
            never fn molt_gen_resume_delegating(generator: Value) -> Value;
            /// One step of `yield from it` (steals `sent`): the next value
            /// to yield, or the delegate's return value with `done[0]` set.
            null fn molt_gen_delegate(generator: Value, it: Value, sent: Value, done: Out) -> Value;

            // ---- Context managers ------------------------------------------
            /// `with mgr`: `mgr.__enter__()`, with the bound `__exit__`
            /// stored in `exit[0]` (a new reference).
            null fn molt_with_enter(mgr: Value, exit: Out) -> Value;
            /// `exit(None, None, None)` as a `with` body completes.
            neg fn molt_with_exit(exit: Value) -> I32;
            /// `exit(type, exc, tb)` as a `with` body raised `exc`: 1 to
            /// suppress the exception, 0 to re-raise it.
            neg fn molt_with_exit_exc(exit: Value, exc: Value) -> I32;

            // ---- Pattern matching ------------------------------------------
            /// Sequence pattern test: a sequence of exactly `len` items (at
            /// least `len` when `star` is 1).
            neg fn molt_match_sequence(subject: Value, len: I64, star: I64) -> I32;
            /// Mapping pattern test: a mapping of at least `nkeys` items.
            neg fn molt_match_mapping(subject: Value, nkeys: I64) -> I32;
            /// The values for the tuple `keys` in a mapping, as a tuple, or
            /// None when one is missing.
            null fn molt_match_keys(subject: Value, keys: Value) -> Value;
            /// `**rest`: a dict of the items whose keys are not in `keys`.
            null fn molt_match_rest(subject: Value, keys: Value) -> Value;
            /// Class pattern: the tuple of values for `npos` positional and
            /// the `kwnames` keyword sub-patterns, or None on no match.
            null fn molt_match_class(subject: Value, cls: Value, npos: I64, kwnames: Value) -> Value;

            // ---- Classes ---------------------------------------------------
            /// `class name(*bases, **kwargs): ...` (CPython's
            /// `__build_class__`): picks the metaclass, prepares the
            /// namespace, runs `body(namespace)` and creates the class;
            /// `kwargs` is a dict or None.
            null fn molt_build_class(body: Value, name: Value, bases: Value, kwargs: Value) -> Value;
            /// Reads `name` in a class body: the namespace, then globals,
            /// then builtins.
            null fn molt_class_lookup(namespace: Value, globals: Value, name: Value) -> Value;

            // ---- Globals and modules ---------------------------------------
            /// Reads global `name` through `cache`, falling back to builtins;
            /// raises NameError.
            null fn molt_load_global(cache: Cache, globals: Value, name: Value) -> Value;
            neg fn molt_store_global(globals: Value, name: Value, v: Value) -> I32;
            neg fn molt_delete_global(globals: Value, name: Value) -> I32;
            /// `import name` (`level` > 0 for relative imports, `globals` of
            /// the importing module); returns the module the statement binds.
            null fn molt_import(name: Value, globals: Value, fromlist: Value, level: I64) -> Value;
            /// `from module import name`.
            null fn molt_import_from(module: Value, name: Value) -> Value;
            /// `from module import *` into `globals`.
            neg fn molt_import_star(module: Value, globals: Value) -> I32;

        }
    };
}

/// The raw types runtime entry points use, as the backend sees them.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AbiType {
    Value,
    I64,
    I32,
    F64,
    Ptr,
    Void,
}

/// How a runtime function reports that it raised.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Returns `Value(0)`.
    Null,
    /// Returns a negative `I32`.
    Negative,
    /// Never raises.
    Never,
}

/// One entry of the table, as data.
#[derive(Clone, Debug)]
pub struct AbiFunction {
    pub name: &'static str,
    pub params: &'static [AbiType],
    pub ret: AbiType,
    pub error: ErrorKind,
}

/// Maps a table type name to an [`AbiType`].
#[macro_export]
#[doc(hidden)]
macro_rules! abi_type {
    (Value) => { $crate::functions::AbiType::Value };
    (I64) => { $crate::functions::AbiType::I64 };
    (I32) => { $crate::functions::AbiType::I32 };
    (F64) => { $crate::functions::AbiType::F64 };
    (Void) => { $crate::functions::AbiType::Void };
    ($other:ident) => { $crate::functions::AbiType::Ptr };
}

/// Maps a table error keyword to an [`ErrorKind`].
#[macro_export]
#[doc(hidden)]
macro_rules! abi_error {
    (null) => { $crate::functions::ErrorKind::Null };
    (neg) => { $crate::functions::ErrorKind::Negative };
    (never) => { $crate::functions::ErrorKind::Never };
}

macro_rules! build_table {
    ($( $(#[doc = $doc:literal])* $err:ident fn $name:ident ( $($arg:ident : $ty:ident),* ) -> $ret:ident ; )*) => {
        /// The table as data, in declaration order.
        pub const RUNTIME_FUNCTIONS: &[AbiFunction] = &[
            $( AbiFunction {
                name: stringify!($name),
                params: &[$($crate::abi_type!($ty)),*],
                ret: $crate::abi_type!($ret),
                error: $crate::abi_error!($err),
            }, )*
        ];
    };
}

for_each_runtime_function!(build_table);

/// Looks up an entry by name.
pub fn runtime_function(name: &str) -> Option<&'static AbiFunction> {
    RUNTIME_FUNCTIONS.iter().find(|f| f.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_prefixed() {
        let mut names: Vec<_> = RUNTIME_FUNCTIONS.iter().map(|f| f.name).collect();
        assert!(names.iter().all(|n| n.starts_with("molt_")));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), RUNTIME_FUNCTIONS.len());
    }

    #[test]
    fn error_conventions_match_return_types() {
        for f in RUNTIME_FUNCTIONS {
            match f.error {
                ErrorKind::Null => assert_eq!(f.ret, AbiType::Value, "{}", f.name),
                ErrorKind::Negative => assert_eq!(f.ret, AbiType::I32, "{}", f.name),
                ErrorKind::Never => {}
            }
        }
    }
}
