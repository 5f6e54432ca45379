//! The built-in exception hierarchy, declared one line per type, and the
//! behaviour every exception shares (`args`, chaining, tracebacks, notes).
//!
//! All built-in exceptions share one layout, [`ExceptionObject`]. Attributes
//! particular to a type are either computed from `args` (`SystemExit.code`,
//! `StopIteration.value`) or stored in the object's attribute slots, set by
//! the type's built-in `__init__` as CPython's per-type constructors do
//! (`OSError.errno`, `ImportError.name`, `UnicodeDecodeError.start`, ...).

use molt_abi::Value;

use crate::builtins::object::{OBJECT_TYPE, generic_getattr, generic_setattr};
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, is_subtype, type_name_of, type_qualname};
use crate::builtins::{exception_group, list, str as pystr, traceback, tuple};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, type_of};
use crate::protocol;

#[repr(C)]
pub struct ExceptionObject {
    pub header: Header,
    pub dict: Value,
    pub args: Value,
    /// Traceback chain (null when none).
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// Attributes particular to a type (the fields of CPython's per-type
    /// exception structs), declared with [`attr`]; null reads as None.
    pub attrs: [Value; ATTR_SLOTS],
}

/// Attribute slots per exception: as many as the widest built-in needs
/// (`UnicodeError`: encoding, object, start, end, reason).
const ATTR_SLOTS: usize = 5;

/// A settable attribute stored in slot `I`.
const fn attr<const I: usize>(name: &'static str) -> GetSetDef {
    GetSetDef { name, get: get_attr::<I>, set: Some(set_attr::<I>) }
}

fn get_attr<const I: usize>(e: Value) -> PyResult<Obj> {
    Ok(or_none(get(e).attrs[I]))
}

fn set_attr<const I: usize>(e: Value, v: Option<Value>) -> PyResult<()> {
    replace(&mut get(e).attrs[I], v.unwrap_or(Value::NULL));
    Ok(())
}

const BASE_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "args", get: |e| Ok(Obj::from_borrowed(get(e).args)), set: Some(set_args) },
    GetSetDef { name: "__dict__", get: crate::builtins::object::get_dict, set: Some(crate::builtins::object::set_dict) },
    GetSetDef { name: "__traceback__", get: |e| Ok(or_none(get(e).traceback)), set: Some(set_traceback) },
    GetSetDef { name: "__cause__", get: |e| Ok(or_none(get(e).cause)), set: Some(set_cause) },
    GetSetDef { name: "__context__", get: |e| Ok(or_none(get(e).context)), set: Some(set_context) },
    GetSetDef {
        name: "__suppress_context__",
        get: |e| Ok(Obj::from_bool(get(e).suppress_context)),
        set: Some(|e, v| {
            get(e).suppress_context = v.map_or(Ok(false), protocol::truthy)?;
            Ok(())
        }),
    },
];

const BASE_METHODS: &[MethodDef] = &[
    MethodDef::positional("with_traceback", with_traceback, 1, 1),
    MethodDef::positional("add_note", add_note, 1, 1),
    MethodDef::keywords("__init__", |a, kw| {
        let [e, args @ ..] = a else {
            return Err(type_error("descriptor '__init__' of 'BaseException' object needs an argument"));
        };
        init(*e, args, kw)?;
        Ok(Obj::none())
    }),
];

/// A built-in exception type deriving from `base`, optionally with its own
/// `__str__` and attributes.
const fn exception_type(
    name: &'static str,
    base: *mut TypeObject,
    str_slot: Option<fn(Value) -> PyResult<Obj>>,
    getsets: &'static [GetSetDef],
    methods: &'static [MethodDef],
) -> TypeObject {
    TypeObject {
        dict_offset: std::mem::offset_of!(ExceptionObject, dict),
        instance_size: std::mem::size_of::<ExceptionObject>(),
        ..TypeObject::builtin(
            name,
            base,
            flags::BASETYPE | flags::HAS_DICT | flags::EXC_SUBCLASS,
            dealloc_exception,
            Slots { str: str_slot, ..Slots::EMPTY },
            methods,
        )
        .with_getsets(getsets)
    }
}

macro_rules! exceptions {
    ($($static:ident = $name:literal < $base:ident $(, str: $str:expr)? $(, attrs: $attrs:expr)? $(, methods: $methods:expr)?;)*) => {
        $(
            pub static mut $static: TypeObject = exception_type(
                $name,
                &raw mut $base,
                exceptions!(@opt $($str)?),
                exceptions!(@attrs $($attrs)?),
                exceptions!(@attrs $($methods)?),
            );
        )*

        /// Every exception type but `BaseException`, bases first.
        pub fn all_types() -> Vec<*mut TypeObject> {
            vec![$(&raw mut $static),*]
        }
    };
    (@opt $e:expr) => { Some($e) };
    (@opt) => { None };
    (@attrs $e:expr) => { $e };
    (@attrs) => { &[] };
}

pub static mut BASE_EXCEPTION: TypeObject = TypeObject {
    slots: Slots {
        repr: Some(exception_repr),
        str: Some(exception_str),
        getattr: Some(generic_getattr),
        setattr: Some(generic_setattr),
        new: Some(exception_new),
        ..Slots::EMPTY
    },
    ..exception_type("BaseException", &raw mut OBJECT_TYPE, None, BASE_GETSETS, BASE_METHODS)
};

exceptions! {
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup" < BASE_EXCEPTION, str: exception_group::group_str, attrs: exception_group::GETSETS, methods: exception_group::METHODS;
    GENERATOR_EXIT = "GeneratorExit" < BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt" < BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit" < BASE_EXCEPTION, attrs: &[GetSetDef { name: "code", get: system_exit_code, set: None }];
    EXCEPTION = "Exception" < BASE_EXCEPTION;
    // Also derives from `Exception` (see `exception_group::add_exception_base`).
    EXCEPTION_GROUP = "ExceptionGroup" < BASE_EXCEPTION_GROUP;
    ARITHMETIC_ERROR = "ArithmeticError" < EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError" < ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError" < ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError" < ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError" < EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError" < EXCEPTION, attrs: &[attr::<{ slot::NAME }>("name"), attr::<{ slot::OBJ }>("obj")];
    BUFFER_ERROR = "BufferError" < EXCEPTION;
    EOF_ERROR = "EOFError" < EXCEPTION;
    IMPORT_ERROR = "ImportError" < EXCEPTION, str: import_error_str, attrs: IMPORT_ERROR_ATTRS;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError" < IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError" < EXCEPTION;
    INDEX_ERROR = "IndexError" < LOOKUP_ERROR;
    KEY_ERROR = "KeyError" < LOOKUP_ERROR, str: key_error_str;
    MEMORY_ERROR = "MemoryError" < EXCEPTION;
    NAME_ERROR = "NameError" < EXCEPTION, attrs: &[attr::<{ slot::NAME }>("name")];
    UNBOUND_LOCAL_ERROR = "UnboundLocalError" < NAME_ERROR;
    OS_ERROR = "OSError" < EXCEPTION, str: os_error_str, attrs: OS_ERROR_ATTRS;
    BLOCKING_IO_ERROR = "BlockingIOError" < OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError" < OS_ERROR;
    CONNECTION_ERROR = "ConnectionError" < OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError" < CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError" < CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError" < CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError" < CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError" < OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError" < OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError" < OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError" < OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError" < OS_ERROR;
    PERMISSION_ERROR = "PermissionError" < OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError" < OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError" < OS_ERROR;
    REFERENCE_ERROR = "ReferenceError" < EXCEPTION;
    RUNTIME_ERROR = "RuntimeError" < EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError" < RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError" < RUNTIME_ERROR;
    STOP_ASYNC_ITERATION = "StopAsyncIteration" < EXCEPTION;
    STOP_ITERATION = "StopIteration" < EXCEPTION, attrs: &[GetSetDef { name: "value", get: first_arg_or_none, set: None }];
    SYNTAX_ERROR = "SyntaxError" < EXCEPTION;
    INDENTATION_ERROR = "IndentationError" < SYNTAX_ERROR;
    TAB_ERROR = "TabError" < INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError" < EXCEPTION;
    TYPE_ERROR = "TypeError" < EXCEPTION;
    VALUE_ERROR = "ValueError" < EXCEPTION;
    UNICODE_ERROR = "UnicodeError" < VALUE_ERROR, attrs: UNICODE_ERROR_ATTRS;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError" < UNICODE_ERROR, str: unicode_decode_error_str;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError" < UNICODE_ERROR, str: unicode_encode_error_str;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError" < UNICODE_ERROR;
    WARNING = "Warning" < EXCEPTION;
    BYTES_WARNING = "BytesWarning" < WARNING;
    DEPRECATION_WARNING = "DeprecationWarning" < WARNING;
    ENCODING_WARNING = "EncodingWarning" < WARNING;
    FUTURE_WARNING = "FutureWarning" < WARNING;
    IMPORT_WARNING = "ImportWarning" < WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning" < WARNING;
    RESOURCE_WARNING = "ResourceWarning" < WARNING;
    RUNTIME_WARNING = "RuntimeWarning" < WARNING;
    SYNTAX_WARNING = "SyntaxWarning" < WARNING;
    UNICODE_WARNING = "UnicodeWarning" < WARNING;
    USER_WARNING = "UserWarning" < WARNING;
}

/// What each attribute slot holds, per exception family.
mod slot {
    // OSError
    pub const ERRNO: usize = 0;
    pub const STRERROR: usize = 1;
    pub const FILENAME: usize = 2;
    pub const FILENAME2: usize = 3;
    /// `BlockingIOError.characters_written`.
    pub const WRITTEN: usize = 4;
    // ImportError
    pub const MSG: usize = 0;
    pub const IMPORT_NAME: usize = 1;
    pub const PATH: usize = 2;
    pub const NAME_FROM: usize = 3;
    // AttributeError and NameError
    pub const NAME: usize = 0;
    pub const OBJ: usize = 1;
    // UnicodeError
    pub const ENCODING: usize = 0;
    pub const OBJECT: usize = 1;
    pub const START: usize = 2;
    pub const END: usize = 3;
    pub const REASON: usize = 4;
}

const OS_ERROR_ATTRS: &[GetSetDef] = &[
    attr::<{ slot::ERRNO }>("errno"),
    attr::<{ slot::STRERROR }>("strerror"),
    attr::<{ slot::FILENAME }>("filename"),
    attr::<{ slot::FILENAME2 }>("filename2"),
    GetSetDef { name: "characters_written", get: characters_written, set: Some(set_attr::<{ slot::WRITTEN }>) },
];

const IMPORT_ERROR_ATTRS: &[GetSetDef] = &[
    attr::<{ slot::MSG }>("msg"),
    attr::<{ slot::IMPORT_NAME }>("name"),
    attr::<{ slot::PATH }>("path"),
    attr::<{ slot::NAME_FROM }>("name_from"),
];

const UNICODE_ERROR_ATTRS: &[GetSetDef] = &[
    attr::<{ slot::ENCODING }>("encoding"),
    attr::<{ slot::OBJECT }>("object"),
    attr::<{ slot::START }>("start"),
    attr::<{ slot::END }>("end"),
    attr::<{ slot::REASON }>("reason"),
];

/// Readies the hierarchy (after `BaseException` itself).
pub fn ready_all() {
    for ty in all_types() {
        // SAFETY: static types readied once, bases first.
        unsafe { crate::builtins::type_::ready(ty) };
    }
    exception_group::add_exception_base();
}

/// Name/type pairs exposed in the `builtins` module (aliases included).
pub fn builtin_names() -> Vec<(&'static str, *mut TypeObject)> {
    let mut names: Vec<(&'static str, *mut TypeObject)> = vec![("BaseException", &raw mut BASE_EXCEPTION)];
    for ty in all_types() {
        // SAFETY: static type objects.
        names.push((unsafe { (*ty).name }, ty));
    }
    names.push(("EnvironmentError", &raw mut OS_ERROR));
    names.push(("IOError", &raw mut OS_ERROR));
    names
}

pub fn get<'a>(e: Value) -> &'a mut ExceptionObject {
    // SAFETY: callers pass exception instances.
    unsafe { &mut *e.as_ptr::<ExceptionObject>() }
}

/// The exception object behind `v`, if it is one.
pub fn as_exception(v: Value) -> Option<*mut ExceptionObject> {
    is_exception_instance(v).then(|| v.as_ptr())
}

pub fn is_exception_instance(v: Value) -> bool {
    // SAFETY: live type object.
    v.is_ptr() && unsafe { (*type_of(v)).flags & flags::EXC_SUBCLASS != 0 }
}

/// Whether `v` is an exception class.
pub fn is_exception_type(v: Value) -> bool {
    crate::builtins::type_::is_instance(v, &raw mut crate::builtins::type_::TYPE_TYPE)
        // SAFETY: `v` is a type object.
        && unsafe { (*v.as_ptr::<TypeObject>()).flags & flags::EXC_SUBCLASS != 0 }
}

fn or_none(v: Value) -> Obj {
    if v.is_null() { Obj::none() } else { Obj::from_borrowed(v) }
}

/// A new exception of type `ty` with the given args tuple.
pub fn new_exception(ty: *mut TypeObject, args: Obj) -> Obj {
    // SAFETY: exception types have an ExceptionObject-compatible layout.
    let size = unsafe { (*ty).instance_size.max(std::mem::size_of::<ExceptionObject>()) };
    let p = alloc_object(ty, size) as *mut ExceptionObject;
    // SAFETY: fresh zeroed allocation.
    unsafe { (*p).args = args.into_raw() };
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_exception(v: Value) {
    let e = get(v);
    for field in [e.dict, e.args, e.traceback, e.cause, e.context].into_iter().chain(e.attrs) {
        if !field.is_null() {
            decref(field);
        }
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// `T(*args, **kw)` for an exception type: `args` as given, then the
/// built-in `__init__` unless the class defines its own (which receives
/// the arguments instead), as CPython's `BaseException_new` followed by
/// the type's `tp_init`. `OSError(errno, ...)` picks the subclass for
/// `errno`, as CPython's `OSError_new`; exception groups validate their
/// arguments and may pick `ExceptionGroup` (`BaseExceptionGroup_new`).
pub fn exception_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let positional = args.positional();
    let ty = match positional {
        [errno, _, ..] if ty == &raw mut OS_ERROR && positional.len() <= 5 => {
            crate::builtins::int::to_i64(*errno).and_then(os_error_subtype).unwrap_or(ty)
        }
        _ => ty,
    };
    let (ty, group) = if is_subtype(ty, &raw mut BASE_EXCEPTION_GROUP) {
        let (cls, parts) = exception_group::validate(ty, positional)?;
        (cls, Some(parts))
    } else {
        (ty, None)
    };
    let e = new_exception(ty, tuple::from_slice(positional));
    if let Some(parts) = group {
        exception_group::init_parts(e.v(), parts);
    }
    if !crate::builtins::user_slots::defined_in_python(ty, "__init__") {
        init(e.v(), positional, &args.kw())?;
    }
    Ok(e)
}

/// The subclass `OSError(errno, ...)` creates (Linux errno numbers), as
/// CPython's `errnomap`.
fn os_error_subtype(errno: i64) -> Option<*mut TypeObject> {
    Some(match errno {
        1 | 13 => &raw mut PERMISSION_ERROR,                  // EPERM, EACCES
        2 => &raw mut FILE_NOT_FOUND_ERROR,                   // ENOENT
        3 => &raw mut PROCESS_LOOKUP_ERROR,                   // ESRCH
        4 => &raw mut INTERRUPTED_ERROR,                      // EINTR
        10 => &raw mut CHILD_PROCESS_ERROR,                   // ECHILD
        11 | 114 | 115 => &raw mut BLOCKING_IO_ERROR,         // EAGAIN, EALREADY, EINPROGRESS
        17 => &raw mut FILE_EXISTS_ERROR,                     // EEXIST
        20 => &raw mut NOT_A_DIRECTORY_ERROR,                 // ENOTDIR
        21 => &raw mut IS_A_DIRECTORY_ERROR,                  // EISDIR
        32 | 108 => &raw mut BROKEN_PIPE_ERROR,               // EPIPE, ESHUTDOWN
        103 => &raw mut CONNECTION_ABORTED_ERROR,             // ECONNABORTED
        104 => &raw mut CONNECTION_RESET_ERROR,               // ECONNRESET
        110 => &raw mut TIMEOUT_ERROR,                        // ETIMEDOUT
        111 => &raw mut CONNECTION_REFUSED_ERROR,             // ECONNREFUSED
        _ => return None,
    })
}

/// The built-in `__init__`: sets `args`, then what the nearest built-in
/// exception family takes, as CPython's per-type `tp_init`.
fn init(e: Value, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    let ty = type_of(e);
    let family = |base: *mut TypeObject| is_subtype(ty, base);
    set_args(e, Some(tuple::from_slice(args).v()))?;
    if family(&raw mut IMPORT_ERROR) {
        keyword_attrs(e, kw, "ImportError", &[("name", slot::IMPORT_NAME), ("path", slot::PATH), ("name_from", slot::NAME_FROM)])?;
        let msg = if let [msg] = args { *msg } else { Value::NULL };
        replace(&mut get(e).attrs[slot::MSG], msg);
        return Ok(());
    }
    if family(&raw mut ATTRIBUTE_ERROR) {
        return keyword_attrs(e, kw, "AttributeError", &[("name", slot::NAME), ("obj", slot::OBJ)]);
    }
    if family(&raw mut NAME_ERROR) {
        return keyword_attrs(e, kw, "NameError", &[("name", slot::NAME)]);
    }
    if !kw.is_empty() {
        return Err(type_error(format!("{}() takes no keyword arguments", crate::builtins::type_::type_name(ty))));
    }
    if family(&raw mut OS_ERROR) {
        os_error_init(e, args);
    } else if family(&raw mut UNICODE_DECODE_ERROR) {
        unicode_error_init(e, args, crate::builtins::bytes::is_bytes, "bytes-like object")?;
    } else if family(&raw mut UNICODE_ENCODE_ERROR) {
        unicode_error_init(e, args, pystr::is_str, "str")?;
    }
    Ok(())
}

/// Stores the keyword-only arguments `allowed` into their slots.
fn keyword_attrs(e: Value, kw: &KwArgs, owner: &str, allowed: &[(&str, usize)]) -> PyResult<()> {
    for (name, v) in kw.iter() {
        let Some(&(_, i)) = allowed.iter().find(|(n, _)| *n == name) else {
            return Err(type_error(format!("'{name}' is an invalid keyword argument for {owner}()")));
        };
        replace(&mut get(e).attrs[i], v);
    }
    Ok(())
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: with a
/// filename, `args` keeps only the first two (BlockingIOError's third
/// argument may instead be the number of characters written).
fn os_error_init(e: Value, args: &[Value]) {
    if !(2..=5).contains(&args.len()) {
        return;
    }
    let x = get(e);
    replace(&mut x.attrs[slot::ERRNO], args[0]);
    replace(&mut x.attrs[slot::STRERROR], args[1]);
    let Some(&filename) = args.get(2).filter(|f| !f.is_none()) else { return };
    if is_subtype(type_of(e), &raw mut BLOCKING_IO_ERROR) && crate::builtins::int::is_int(filename) {
        replace(&mut x.attrs[slot::WRITTEN], filename);
        return;
    }
    replace(&mut x.attrs[slot::FILENAME], filename);
    if let Some(&filename2) = args.get(4).filter(|f| !f.is_none()) {
        replace(&mut x.attrs[slot::FILENAME2], filename2);
    }
    replace(&mut x.args, tuple::from_slice(&args[..2]).v());
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and the
/// encode variant (`object` a str).
fn unicode_error_init(e: Value, args: &[Value], is_object: fn(Value) -> bool, object_kind: &str) -> PyResult<()> {
    let [encoding, object, start, end, reason] = args else {
        return Err(type_error(format!("function takes exactly 5 arguments ({} given)", args.len())));
    };
    for (v, ok, what) in [(*encoding, pystr::is_str(*encoding), "str"), (*object, is_object(*object), object_kind), (*reason, pystr::is_str(*reason), "str")] {
        if !ok {
            return Err(type_error(format!("argument must be {what}, not {}", type_name_of(v))));
        }
    }
    for v in [*start, *end] {
        if !crate::builtins::int::is_int(v) {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name_of(v))));
        }
    }
    let x = get(e);
    for (i, v) in [encoding, object, start, end, reason].into_iter().enumerate() {
        replace(&mut x.attrs[i], *v);
    }
    Ok(())
}

/// A `UnicodeDecodeError` for `object[start:end]`, as codecs raise it.
pub fn unicode_decode_error(encoding: &str, object: &[u8], start: usize, end: usize, reason: &str) -> crate::error::Raised {
    let args = vec![
        pystr::new(encoding),
        crate::builtins::bytes::new(object),
        crate::builtins::int::from_i64(start as i64),
        crate::builtins::int::from_i64(end as i64),
        pystr::new(reason),
    ];
    raise_with_init(&raw mut UNICODE_DECODE_ERROR, args)
}

/// A `UnicodeEncodeError` for characters `start..end` of `object` (a str).
pub fn unicode_encode_error(encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> crate::error::Raised {
    let args = vec![
        pystr::new(encoding),
        Obj::from_borrowed(object),
        crate::builtins::int::from_i64(start as i64),
        crate::builtins::int::from_i64(end as i64),
        pystr::new(reason),
    ];
    raise_with_init(&raw mut UNICODE_ENCODE_ERROR, args)
}

/// An `AttributeError` carrying the failed `name` and the object, as
/// CPython's attribute lookup raises it.
pub fn attribute_error_on(obj: Value, name: Value, message: String) -> crate::error::Raised {
    let e = new_exception(&raw mut ATTRIBUTE_ERROR, tuple::from_vec(vec![pystr::new(&message)]));
    replace(&mut get(e.v()).attrs[slot::NAME], name);
    replace(&mut get(e.v()).attrs[slot::OBJ], obj);
    crate::error::set_raised(e)
}

/// A `NameError` carrying the undefined `name`.
pub fn name_error_for(name: Value) -> crate::error::Raised {
    let message = format!("name '{}' is not defined", pystr::as_str(name));
    let e = new_exception(&raw mut NAME_ERROR, tuple::from_vec(vec![pystr::new(&message)]));
    replace(&mut get(e.v()).attrs[slot::NAME], name);
    crate::error::set_raised(e)
}

/// Raises `ty(*args)` with its built-in `__init__` run.
fn raise_with_init(ty: *mut TypeObject, args: Vec<Obj>) -> crate::error::Raised {
    let values: Vec<Value> = args.iter().map(Obj::v).collect();
    match exception_new(ty, &Args::positional_only(&values)) {
        Ok(e) => crate::error::set_raised(e),
        Err(raised) => raised,
    }
}

/// Stores `v` (borrowed, may be null) in `field`, releasing the old value.
pub(crate) fn replace(field: &mut Value, v: Value) {
    if !v.is_null() {
        incref(v);
    }
    let old = std::mem::replace(field, v);
    if !old.is_null() {
        decref(old);
    }
}

fn set_args(e: Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("args may not be deleted"))?;
    let t = if tuple::is_tuple(v) { Obj::from_borrowed(v) } else { tuple::from_vec(protocol::collect(v)?) };
    replace(&mut get(e).args, t.v());
    Ok(())
}

/// `exc.__traceback__` (None when it has none).
pub fn traceback_of(exc: Value) -> Obj {
    let tb = get(exc).traceback;
    if tb.is_null() { Obj::none() } else { Obj::from_borrowed(tb) }
}

fn set_traceback(e: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) if v.is_none() => replace(&mut get(e).traceback, Value::NULL),
        Some(v) if crate::object::has_type(v, &raw mut traceback::TRACEBACK_TYPE) => replace(&mut get(e).traceback, v),
        _ => return Err(type_error("__traceback__ must be a traceback or None")),
    }
    Ok(())
}

fn set_cause(e: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) if v.is_none() => replace(&mut get(e).cause, Value::NULL),
        Some(v) if is_exception_instance(v) => replace(&mut get(e).cause, v),
        _ => return Err(type_error("exception cause must be None or derive from BaseException")),
    }
    get(e).suppress_context = true;
    Ok(())
}

fn set_context(e: Value, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) if v.is_none() => replace(&mut get(e).context, Value::NULL),
        Some(v) if is_exception_instance(v) => replace(&mut get(e).context, v),
        _ => return Err(type_error("exception context must be None or derive from BaseException")),
    }
    Ok(())
}

/// `raise exc from cause`: sets `__cause__` (None allowed) and suppresses
/// the context.
pub fn set_cause_value(e: Value, cause: Value) -> PyResult<()> {
    set_cause(e, Some(cause))
}

/// Sets `__context__` when an exception is raised while `handled` is being
/// handled, breaking the cycles CPython breaks.
pub fn set_implicit_context(exc: Value, handled: Value) {
    if !is_exception_instance(exc) || !is_exception_instance(handled) {
        return;
    }
    // Avoid a cycle: drop `exc` from the context chain of `handled`.
    let mut o = handled;
    loop {
        let ctx = get(o).context;
        if ctx.is_null() {
            break;
        }
        if ctx == exc {
            replace(&mut get(o).context, Value::NULL);
            break;
        }
        o = ctx;
    }
    replace(&mut get(exc).context, handled);
}

/// Prepends a traceback entry for the frame of `code` at `line`.
pub fn add_traceback(exc: Value, code: *const crate::builtins::code::CodeObject, line: u32) {
    let e = get(exc);
    let tb = traceback::new(e.traceback, code, line);
    replace(&mut e.traceback, tb.v());
}

/// Keeps `locals` alive with the newest traceback entry of `exc` (the
/// frame the exception is leaving); dropped at once when there is none.
pub fn hold_locals(exc: Value, locals: Obj) {
    if !is_exception_instance(exc) {
        return;
    }
    let tb = get(exc).traceback;
    if tb.is_null() || tb.is_none() {
        return;
    }
    let entry = traceback::get(tb);
    if entry.held.is_null() {
        entry.held = locals.into_raw();
    }
}

fn with_traceback(a: &[Value]) -> PyResult<Obj> {
    set_traceback(a[0], Some(a[1]))?;
    Ok(Obj::from_borrowed(a[0]))
}

fn add_note(a: &[Value]) -> PyResult<Obj> {
    if !pystr::is_str(a[1]) {
        return Err(type_error(format!("note must be a str, not '{}'", type_name_of(a[1]))));
    }
    let d = crate::builtins::object::instance_dict(a[0]).ok_or_else(|| type_error("cannot add notes"))?;
    let key = pystr::intern("__notes__");
    let notes = match crate::builtins::dict::get_item_str_value(d, key.v()) {
        Some(n) => Obj::from_borrowed(n),
        None => {
            let n = list::new();
            crate::builtins::dict::set_item(d, key.v(), n.v())?;
            n
        }
    };
    if !list::is_list(notes.v()) {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    list::push(notes.v(), Obj::from_borrowed(a[1]));
    Ok(Obj::none())
}

fn exception_str(e: Value) -> PyResult<Obj> {
    let args = tuple::items(get(e).args);
    match args {
        [] => Ok(pystr::empty()),
        [one] => protocol::str_(*one),
        _ => protocol::str_(get(e).args),
    }
}

fn key_error_str(e: Value) -> PyResult<Obj> {
    match tuple::items(get(e).args) {
        [one] => protocol::repr(*one),
        _ => exception_str(e),
    }
}

fn exception_repr(e: Value) -> PyResult<Obj> {
    let name = type_qualname(type_of(e));
    let args = get(e).args;
    match tuple::items(args) {
        [one] => {
            let r = protocol::repr(*one)?;
            Ok(pystr::new(&format!("{name}({})", pystr::as_str(r.v()))))
        }
        _ => {
            let r = protocol::repr(args)?;
            Ok(pystr::new(&format!("{name}{}", pystr::as_str(r.v()))))
        }
    }
}

fn first_arg_or_none(e: Value) -> PyResult<Obj> {
    Ok(tuple::items(get(e).args).first().map_or_else(Obj::none, |&v| Obj::from_borrowed(v)))
}

fn system_exit_code(e: Value) -> PyResult<Obj> {
    let args = get(e).args;
    Ok(match tuple::items(args) {
        [] => Obj::none(),
        [one] => Obj::from_borrowed(*one),
        _ => Obj::from_borrowed(args),
    })
}

fn characters_written(e: Value) -> PyResult<Obj> {
    let v = get(e).attrs[slot::WRITTEN];
    if v.is_null() { Err(crate::error::attribute_error("characters_written")) } else { Ok(Obj::from_borrowed(v)) }
}

/// `[Errno n] strerror: 'filename' -> 'filename2'`, as CPython's
/// `OSError_str`.
fn os_error_str(e: Value) -> PyResult<Obj> {
    let a = get(e).attrs;
    let show = |v: Value| -> PyResult<String> {
        let s = if v.is_null() { protocol::str_(Value::NONE)? } else { protocol::str_(v)? };
        Ok(pystr::as_str(s.v()).to_string())
    };
    let repr = |v: Value| -> PyResult<String> { Ok(pystr::as_str(protocol::repr(v)?.v()).to_string()) };
    let (errno, strerror) = (a[slot::ERRNO], a[slot::STRERROR]);
    if !a[slot::FILENAME].is_null() {
        let mut text = format!("[Errno {}] {}: {}", show(errno)?, show(strerror)?, repr(a[slot::FILENAME])?);
        if !a[slot::FILENAME2].is_null() {
            text = format!("{text} -> {}", repr(a[slot::FILENAME2])?);
        }
        return Ok(pystr::new(&text));
    }
    if !errno.is_null() && !strerror.is_null() {
        return Ok(pystr::new(&format!("[Errno {}] {}", show(errno)?, show(strerror)?)));
    }
    exception_str(e)
}

/// The message when it is exactly a str, else as any exception.
fn import_error_str(e: Value) -> PyResult<Obj> {
    let msg = get(e).attrs[slot::MSG];
    if !msg.is_null() && pystr::is_exact_str(msg) { Ok(Obj::from_borrowed(msg)) } else { exception_str(e) }
}

/// The slots of a Unicode error, or None when they were never set.
fn unicode_parts(e: Value) -> PyResult<Option<(String, Value, i64, i64, String)>> {
    let a = get(e).attrs;
    if a.iter().any(|v| v.is_null()) {
        return Ok(None);
    }
    let text = |v: Value| -> PyResult<String> { Ok(pystr::as_str(protocol::str_(v)?.v()).to_string()) };
    let index = |v: Value| crate::builtins::int::to_i64(v).unwrap_or(0);
    Ok(Some((text(a[slot::ENCODING])?, a[slot::OBJECT], index(a[slot::START]), index(a[slot::END]), text(a[slot::REASON])?)))
}

fn unicode_decode_error_str(e: Value) -> PyResult<Obj> {
    let Some((encoding, object, start, end, reason)) = unicode_parts(e)? else { return Ok(pystr::empty()) };
    let data = crate::builtins::bytes::as_bytes(object);
    Ok(pystr::new(&match usize::try_from(start).ok().and_then(|s| data.get(s)) {
        Some(byte) if end == start + 1 => {
            format!("'{encoding}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
        }
        _ => format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
    }))
}

fn unicode_encode_error_str(e: Value) -> PyResult<Obj> {
    let Some((encoding, object, start, end, reason)) = unicode_parts(e)? else { return Ok(pystr::empty()) };
    let bad = usize::try_from(start).ok().and_then(|s| pystr::as_str(object).chars().nth(s));
    Ok(pystr::new(&match bad {
        Some(c) if end == start + 1 => {
            let c = c as u32;
            let escaped = if c <= 0xff {
                format!("\\x{c:02x}")
            } else if c <= 0xffff {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            format!("'{encoding}' codec can't encode character '{escaped}' in position {start}: {reason}")
        }
        _ => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end - 1),
    }))
}
