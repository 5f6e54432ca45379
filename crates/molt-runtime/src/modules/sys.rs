//! The `sys` module and the interpreter-wide settings it exposes.

use std::cell::Cell;

use molt_abi::Value;

use crate::builtins::tuple::TUPLE_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags};
use crate::builtins::{builtin_function, dict, float, int, list, module, str as pystr, tuple};
use crate::error::{PyResult, value_error};
use crate::object::{Obj, make_immortal};
use crate::protocol;

thread_local! {
    static HASH_SECRET: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(crate::numfmt::DEFAULT_MAX_STR_DIGITS) };
    static MODULE: Cell<u64> = const { Cell::new(0) };
}

/// The SipHash key for str/bytes hashing.
pub fn hash_secret() -> (u64, u64) {
    HASH_SECRET.with(Cell::get)
}

/// `sys.get_int_max_str_digits()` (0: no limit).
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.with(Cell::get)
}

/// Derives the hash key from `PYTHONHASHSEED` like CPython: unset or
/// "random" picks a random seed; a number in 0..=4294967295 fixes it.
pub fn init_hash_secret() {
    let seed = match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s != "random" => match s.parse::<u32>() {
            Ok(n) => n,
            Err(_) => {
                crate::stdio::write(
                    2,
                    b"Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\n",
                );
                crate::stdio::flush_all();
                std::process::exit(1);
            }
        },
        _ => random_seed(),
    };
    HASH_SECRET.with(|h| h.set(crate::numfmt::hash_secret_from_seed(seed)));
}

fn random_seed() -> u32 {
    let mut buf = [0u8; 4];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        use std::io::Read;
        if f.read_exact(&mut buf).is_ok() {
            return u32::from_le_bytes(buf).max(1);
        }
    }
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.subsec_nanos());
    t.max(1)
}

/// `sys.version_info`: a tuple subclass with named fields.
pub static mut VERSION_INFO_TYPE: TypeObject = TypeObject::builtin(
    "version_info",
    &raw mut TUPLE_TYPE,
    flags::TUPLE_SUBCLASS,
    crate::builtins::type_::never_dealloc,
    Slots { repr: Some(version_info_repr), ..Slots::EMPTY },
    &[],
)
.with_module("sys")
.with_getsets(&[
    GetSetDef { name: "major", get: |v| field(v, 0), set: None },
    GetSetDef { name: "minor", get: |v| field(v, 1), set: None },
    GetSetDef { name: "micro", get: |v| field(v, 2), set: None },
    GetSetDef { name: "releaselevel", get: |v| field(v, 3), set: None },
    GetSetDef { name: "serial", get: |v| field(v, 4), set: None },
]);

fn field(v: Value, i: usize) -> PyResult<Obj> {
    Ok(Obj::from_borrowed(tuple::items(v)[i]))
}

fn version_info_repr(v: Value) -> PyResult<Obj> {
    named_repr("sys.version_info", &["major", "minor", "micro", "releaselevel", "serial"], v)
}

/// The repr of a struct sequence: `prefix(name=value, ...)`.
fn named_repr(prefix: &str, names: &[&str], v: Value) -> PyResult<Obj> {
    let mut parts = Vec::new();
    for (name, &item) in names.iter().zip(tuple::items(v)) {
        parts.push(format!("{name}={}", pystr::as_str(protocol::repr(item)?.v())));
    }
    Ok(pystr::new(&format!("{prefix}({})", parts.join(", "))))
}

const FLOAT_INFO_FIELDS: [&str; 11] =
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"];

/// `sys.float_info`: the IEEE 754 double's parameters, as a tuple subclass
/// with named fields.
pub static mut FLOAT_INFO_TYPE: TypeObject = TypeObject::builtin(
    "float_info",
    &raw mut TUPLE_TYPE,
    flags::TUPLE_SUBCLASS,
    crate::builtins::type_::never_dealloc,
    Slots { repr: Some(|v| named_repr("sys.float_info", &FLOAT_INFO_FIELDS, v)), ..Slots::EMPTY },
    &[],
)
.with_module("sys")
.with_getsets(&[
    GetSetDef { name: "max", get: |v| field(v, 0), set: None },
    GetSetDef { name: "max_exp", get: |v| field(v, 1), set: None },
    GetSetDef { name: "max_10_exp", get: |v| field(v, 2), set: None },
    GetSetDef { name: "min", get: |v| field(v, 3), set: None },
    GetSetDef { name: "min_exp", get: |v| field(v, 4), set: None },
    GetSetDef { name: "min_10_exp", get: |v| field(v, 5), set: None },
    GetSetDef { name: "dig", get: |v| field(v, 6), set: None },
    GetSetDef { name: "mant_dig", get: |v| field(v, 7), set: None },
    GetSetDef { name: "epsilon", get: |v| field(v, 8), set: None },
    GetSetDef { name: "radix", get: |v| field(v, 9), set: None },
    GetSetDef { name: "rounds", get: |v| field(v, 10), set: None },
]);

/// An immortal tuple retyped as struct-sequence type `ty`.
fn struct_sequence(ty: *mut TypeObject, items: Vec<Obj>) -> Obj {
    let t = tuple::from_vec(items);
    // SAFETY: struct sequences share the tuple layout; retyping a fresh tuple.
    unsafe { (*t.v().as_ptr::<crate::object::Header>()).ty = ty };
    make_immortal(t.v());
    t
}

static FUNCTIONS: &[MethodDef] = &[
    MethodDef::positional("exit", sys_exit, 0, 1),
    MethodDef::positional("getrecursionlimit", |_| Ok(int::from_i64(crate::call::recursion_limit() as i64)), 0, 0),
    MethodDef::positional("setrecursionlimit", sys_setrecursionlimit, 1, 1),
    MethodDef::positional("get_int_max_str_digits", |_| Ok(int::from_i64(int_max_str_digits() as i64)), 0, 0),
    MethodDef::positional("set_int_max_str_digits", sys_set_int_max_str_digits, 1, 1),
    MethodDef::positional("intern", |a| Ok(pystr::intern_value(a[0])), 1, 1),
    MethodDef::positional("exc_info", sys_exc_info, 0, 0),
    MethodDef::positional("exception", |_| Ok(handled_or_none()), 0, 0),
    MethodDef::positional("getdefaultencoding", |_| Ok(pystr::intern("utf-8")), 0, 0),
];

fn handled_or_none() -> Obj {
    let h = crate::error::handled();
    if h.is_null() { Obj::none() } else { Obj::from_borrowed(h) }
}

/// Creates the `sys` module (once; later imports get the same object).
pub fn create() -> Obj {
    let existing = MODULE.with(Cell::get);
    if existing != 0 {
        return Obj::from_borrowed(Value(existing));
    }
    let m = module::new("sys");
    let d = module::dict_of(m.v());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, builtin_function::new_function(def, "sys").v()).ok();
    }
    let set = |name: &str, v: Obj| {
        dict::set_item_str(d, name, v.v()).ok();
    };
    set("argv", crate::program::argv_list());
    set("modules", Obj::from_borrowed(crate::import::sys_modules()));
    set("path", list::new());
    set("maxsize", int::from_i64(i64::MAX));
    set("maxunicode", int::from_i64(0x10FFFF));
    set("byteorder", pystr::new("little"));
    set("platform", pystr::new("linux"));
    set("version", pystr::new("3.12.1 (Molt)"));
    set("executable", pystr::empty());
    set("stdin", Obj::from_borrowed(crate::stdio::stream(0)));
    set("stdout", Obj::from_borrowed(crate::stdio::stream(1)));
    set("stderr", Obj::from_borrowed(crate::stdio::stream(2)));
    set("__stdin__", Obj::from_borrowed(crate::stdio::stream(0)));
    set("__stdout__", Obj::from_borrowed(crate::stdio::stream(1)));
    set("__stderr__", Obj::from_borrowed(crate::stdio::stream(2)));
    let vi = vec![int::from_i64(3), int::from_i64(12), int::from_i64(1), pystr::new("final"), int::from_i64(0)];
    set("version_info", struct_sequence(&raw mut VERSION_INFO_TYPE, vi));
    let fi = vec![
        float::new(f64::MAX),
        int::from_i64(f64::MAX_EXP as i64),
        int::from_i64(f64::MAX_10_EXP as i64),
        float::new(f64::MIN_POSITIVE),
        int::from_i64(f64::MIN_EXP as i64),
        int::from_i64(f64::MIN_10_EXP as i64),
        int::from_i64(f64::DIGITS as i64),
        int::from_i64(f64::MANTISSA_DIGITS as i64),
        float::new(f64::EPSILON),
        int::from_i64(f64::RADIX as i64),
        int::from_i64(1),
    ];
    set("float_info", struct_sequence(&raw mut FLOAT_INFO_TYPE, fi));
    set("hexversion", int::from_i64(0x030C01F0));
    make_immortal(m.v());
    MODULE.with(|c| c.set(m.v().0));
    m
}

/// The current `sys.stdout` (users may rebind it).
pub fn stdout() -> Obj {
    let m = create();
    match dict::get_item_str_value(module::dict_of(m.v()), pystr::intern("stdout").v()) {
        Some(v) => Obj::from_borrowed(v),
        None => Obj::none(),
    }
}

fn sys_exit(a: &[Value]) -> PyResult<Obj> {
    // `sys.exit(None)` raises SystemExit() without arguments, as CPython.
    let args: Vec<Obj> = a.iter().filter(|v| !v.is_none()).map(|&v| Obj::from_borrowed(v)).collect();
    Err(crate::error::raise_args(&raw mut crate::builtins::exceptions::SYSTEM_EXIT, args))
}

fn sys_setrecursionlimit(a: &[Value]) -> PyResult<Obj> {
    let n = protocol::index_value(a[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    crate::call::set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(Obj::none())
}

fn sys_set_int_max_str_digits(a: &[Value]) -> PyResult<Obj> {
    let n = protocol::index_value(a[0])?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.with(|m| m.set(n as usize));
    Ok(Obj::none())
}

fn sys_exc_info(_: &[Value]) -> PyResult<Obj> {
    let h = crate::error::handled();
    if h.is_null() {
        return Ok(tuple::from_vec(vec![Obj::none(), Obj::none(), Obj::none()]));
    }
    let ty = Obj::from_borrowed(Value::from_ptr(crate::object::type_of(h)));
    let tb = crate::builtins::exceptions::get(h).traceback;
    let tb = if tb.is_null() { Obj::none() } else { Obj::from_borrowed(tb) };
    Ok(tuple::from_vec(vec![ty, Obj::from_borrowed(h), tb]))
}
