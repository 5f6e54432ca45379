//! `traceback`: the chain of frames an exception passed through, and the
//! printer for uncaught exceptions.

use molt_abi::Value;

use crate::builtins::code::CodeObject;
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject};
use crate::builtins::{int, str as pystr};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref};

pub static mut TRACEBACK_TYPE: TypeObject = TypeObject::builtin(
    "traceback",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_traceback,
    Slots::EMPTY,
    &[],
)
.with_getsets(&[
    GetSetDef { name: "tb_lineno", get: |t| Ok(int::from_i64(get(t).line as i64)), set: None },
    GetSetDef {
        name: "tb_next",
        get: |t| Ok(if get(t).next.is_null() { Obj::none() } else { Obj::from_borrowed(get(t).next) }),
        set: None,
    },
]);

/// One frame of a traceback. The head of the chain is the outermost frame
/// the exception has reached so far.
#[repr(C)]
pub struct TracebackObject {
    pub header: Header,
    /// The next (inner) entry, or null.
    pub next: Value,
    pub code: *const CodeObject,
    pub line: u32,
    /// The locals of the frame the exception left (a tuple, or null).
    /// CPython's traceback keeps the whole frame alive; holding its locals
    /// gives the same lifetimes, so finalizers (a generator's `finally`)
    /// run when the exception is dropped, not when the frame is left.
    pub held: Value,
}

pub fn get<'a>(t: Value) -> &'a mut TracebackObject {
    // SAFETY: callers pass traceback objects.
    unsafe { &mut *t.as_ptr::<TracebackObject>() }
}

/// A new entry in front of `next` (borrowed, may be null).
pub fn new(next: Value, code: *const CodeObject, line: u32) -> Obj {
    let p = alloc_object(&raw mut TRACEBACK_TYPE, std::mem::size_of::<TracebackObject>()) as *mut TracebackObject;
    if !next.is_null() {
        incref(next);
    }
    // SAFETY: fresh allocation.
    unsafe {
        (*p).next = next;
        (*p).code = code;
        (*p).line = line;
        (*p).held = Value::NULL;
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_traceback(v: Value) {
    let t = get(v);
    for r in [t.next, t.held] {
        if !r.is_null() {
            decref(r);
        }
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// The `File "...", line N, in name` lines of a traceback chain.
pub fn format_entries(tb: Value, out: &mut String) {
    let mut t = tb;
    while !t.is_null() && !t.is_none() {
        let entry = get(t);
        // SAFETY: code objects are immortal.
        let code = unsafe { &*entry.code };
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            pystr::as_str(code.filename),
            entry.line,
            pystr::as_str(code.name)
        ));
        t = entry.next;
    }
}
