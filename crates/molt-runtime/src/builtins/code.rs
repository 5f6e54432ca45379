//! `code`: the static facts of a compiled function (`f.__code__`).
//!
//! The backend emits one [`CodeDesc`] per function; the runtime turns it
//! into a [`CodeObject`] on first use and keeps it for the life of the
//! program (code objects are immortal, so `f.__code__ is f.__code__`).
//! Calls, generators and tracebacks read it directly; the `co_*`
//! attributes expose it for introspection.

use molt_abi::Value;
use molt_abi::layout::{CodeDesc, CodeInfo, code_flags};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject};
use crate::builtins::{int, str as pystr, tuple};
use crate::error::PyResult;
use crate::object::{Header, Obj};

pub static mut CODE_TYPE: TypeObject = TypeObject::builtin(
    "code",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_code,
    Slots { repr: Some(code_repr), ..Slots::EMPTY },
    &[],
)
.with_getsets(&[
    GetSetDef { name: "co_name", get: |c| Ok(Obj::from_borrowed(get(c).name)), set: None },
    GetSetDef { name: "co_qualname", get: |c| Ok(Obj::from_borrowed(get(c).qualname)), set: None },
    GetSetDef { name: "co_filename", get: |c| Ok(Obj::from_borrowed(get(c).filename)), set: None },
    GetSetDef { name: "co_firstlineno", get: |c| Ok(count(get(c).info.firstlineno as usize)), set: None },
    GetSetDef { name: "co_argcount", get: |c| Ok(count(get(c).info.argcount as usize)), set: None },
    GetSetDef { name: "co_posonlyargcount", get: |c| Ok(count(get(c).info.posonlyargcount as usize)), set: None },
    GetSetDef { name: "co_kwonlyargcount", get: |c| Ok(count(get(c).info.kwonlyargcount as usize)), set: None },
    GetSetDef { name: "co_flags", get: |c| Ok(count(get(c).info.flags as usize)), set: None },
    GetSetDef { name: "co_nlocals", get: |c| Ok(count(varnames(c).len())), set: None },
    GetSetDef { name: "co_varnames", get: |c| Ok(names(&varnames(c))), set: None },
    GetSetDef { name: "co_cellvars", get: |c| Ok(names(&get(c).info.cellvars)), set: None },
    GetSetDef { name: "co_freevars", get: |c| Ok(names(&get(c).info.freevars)), set: None },
]);

/// The runtime's view of a compiled function's code, built once from its
/// static descriptor.
#[repr(C)]
pub struct CodeObject {
    /// Immortal: code objects are never freed.
    pub header: Header,
    pub info: CodeInfo,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Interned parameter names, in binding order.
    pub varnames: Vec<Value>,
    pub trampoline: Trampoline,
    /// Positional parameters only, no `*args`/`**kwargs`/keyword-only:
    /// calls with exactly `argcount` positional arguments skip binding.
    pub simple: bool,
}

/// The generic entry of a compiled function: `(func, args, nargs, kwnames)`.
pub type Trampoline = unsafe extern "C" fn(Value, *const Value, i64, Value) -> Value;

/// The code object for a descriptor, created on first use.
pub fn code_from_desc(desc: *const CodeDesc) -> *const CodeObject {
    // SAFETY: descriptors are static data emitted by the backend; `cache`
    // is the runtime's to fill.
    unsafe {
        let d = desc as *mut CodeDesc;
        if (*d).cache != 0 {
            return (*d).cache as *const CodeObject;
        }
        let bytes = std::slice::from_raw_parts((*d).info_ptr, (*d).info_len as usize);
        let info = CodeInfo::decode(bytes).unwrap_or_else(|| crate::fatal("corrupt code descriptor"));
        let intern = |s: &str| pystr::intern(s).into_raw();
        let simple = info.kwonlyargcount == 0 && info.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0;
        let code = Box::new(CodeObject {
            header: Header::immortal(&raw mut CODE_TYPE),
            name: intern(&info.name),
            qualname: intern(&info.qualname),
            filename: intern(&info.filename),
            varnames: info.varnames.iter().map(|v| intern(v)).collect(),
            trampoline: std::mem::transmute::<*const u8, Trampoline>((*d).trampoline),
            simple,
            info,
        });
        let p = Box::into_raw(code);
        (*d).cache = p as u64;
        p
    }
}

/// The code object as a Python value (borrowed; it is immortal).
pub fn as_value(code: *const CodeObject) -> Value {
    Value::from_ptr(code as *mut CodeObject)
}

fn get<'a>(c: Value) -> &'a CodeObject {
    // SAFETY: callers pass code objects.
    unsafe { &*c.as_ptr::<CodeObject>() }
}

/// Code objects are immortal, so this never runs.
unsafe fn dealloc_code(_: Value) {}

fn count(n: usize) -> Obj {
    int::from_i64(n as i64)
}

/// `co_varnames`: the parameters, then the other locals.
fn varnames(c: Value) -> Vec<String> {
    let info = &get(c).info;
    info.varnames.iter().chain(&info.localnames).cloned().collect()
}

fn names(list: &[String]) -> Obj {
    tuple::from_vec(list.iter().map(|n| pystr::new(n)).collect())
}

fn code_repr(c: Value) -> PyResult<Obj> {
    let code = get(c);
    Ok(pystr::new(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        pystr::as_str(code.name),
        c.0,
        pystr::as_str(code.filename),
        code.info.firstlineno
    )))
}
