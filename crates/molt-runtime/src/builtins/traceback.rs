//! `traceback`: the chain of frames an exception passed through, and the
//! printer for uncaught exceptions.
//!
//! The printer follows CPython 3.12's `PyErr_Display` (`pythonrun.c`):
//! chained causes and contexts first, then the exception's frames and
//! `Type: message` line and its notes. An exception group is drawn as a
//! box: each nested exception under a `+---------------- i ----------------`
//! separator, indented two columns per level and prefixed with `| `, the
//! box closed by `+------------------------------------` after the last one
//! (shared by nested groups that end together). Source lines are not
//! shown (see docs/divergences.md).

use molt_abi::Value;

use crate::builtins::code::CodeObject;
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject};
use crate::builtins::exceptions::get as exc;
use crate::builtins::exception_group;
use crate::builtins::type_::{type_module, type_qualname};
use crate::builtins::{int, list, str as pystr, tuple};
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

/// Nested exceptions shown per group before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// Group nesting shown before "... (max_group_depth is N)".
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str = "During handling of the above exception, another exception occurred:\n";

/// Formats an uncaught exception (and its chain) as CPython prints it.
pub fn format_uncaught(exc: Value) -> String {
    let mut p = Printer { out: String::new(), seen: Vec::new(), depth: 0, need_close: false };
    p.exception_recursive(exc);
    p.out
}

/// CPython's `exception_print_context`.
struct Printer {
    out: String,
    /// Exceptions already printed or being printed (chains may cycle).
    seen: Vec<Value>,
    /// Exception-group nesting: the box indent is two columns per level.
    depth: usize,
    /// The innermost group still has to draw the box's closing line.
    need_close: bool,
}

impl Printer {
    fn indent(&mut self) {
        self.out.extend(std::iter::repeat_n(' ', 2 * self.depth));
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 { "| " } else { "" }
    }

    fn indented_margin(&mut self) {
        self.indent();
        let m = self.margin();
        self.out.push_str(m);
    }

    fn exception_recursive(&mut self, v: Value) {
        self.cause_and_context(v);
        if exception_group::is_group(v) {
            self.group(v);
        } else {
            self.exception(v);
        }
    }

    fn cause_and_context(&mut self, v: Value) {
        self.seen.push(v);
        let e = exc(v);
        if !e.cause.is_null() {
            if !self.seen.contains(&e.cause) {
                self.chained(e.cause, CAUSE_MESSAGE);
            }
            return;
        }
        if !e.suppress_context && !e.context.is_null() && !self.seen.contains(&e.context) {
            self.chained(e.context, CONTEXT_MESSAGE);
        }
    }

    fn chained(&mut self, v: Value, message: &str) {
        let need_close = self.need_close;
        self.exception_recursive(v);
        self.need_close = need_close;
        for line in ["\n", message, "\n"] {
            self.indented_margin();
            self.out.push_str(line);
        }
    }

    /// Frames, `Type: message` and notes of one exception.
    fn exception(&mut self, v: Value) {
        let tb = exc(v).traceback;
        if !tb.is_null() && !tb.is_none() {
            let (header, header_margin) = if exception_group::is_group(v) {
                ("Exception Group Traceback (most recent call last):\n", if self.depth == 1 { "+ " } else { self.margin() })
            } else {
                ("Traceback (most recent call last):\n", self.margin())
            };
            self.indent();
            self.out.push_str(header_margin);
            self.out.push_str(header);
            self.entries(tb);
        }
        self.indented_margin();
        self.out.push_str(&message_line(v));
        self.out.push('\n');
        self.notes(v);
    }

    /// The `File "...", line N, in name` lines of a traceback chain.
    fn entries(&mut self, tb: Value) {
        let mut t = tb;
        while !t.is_null() && !t.is_none() {
            let entry = get(t);
            // SAFETY: code objects are immortal.
            let code = unsafe { &*entry.code };
            self.indented_margin();
            self.out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                pystr::as_str(code.filename),
                entry.line,
                pystr::as_str(code.name)
            ));
            t = entry.next;
        }
    }

    /// Each note's lines under the margin; notes that are not a sequence
    /// are shown by their repr.
    fn notes(&mut self, v: Value) {
        let notes = match crate::protocol::getattr_opt(v, "__notes__") {
            Ok(Some(notes)) => notes,
            Ok(None) => return,
            Err(_) => {
                crate::error::clear_raised();
                return;
            }
        };
        let n = notes.v();
        let items = if list::is_list(n) {
            list::items(n).to_vec()
        } else if tuple::is_tuple(n) {
            tuple::items(n).to_vec()
        } else {
            self.indented_margin();
            let shown = text_or(crate::protocol::repr(n), "<__notes__ repr() failed>");
            self.out.push_str(&shown);
            self.out.push('\n');
            return;
        };
        for note in items {
            let lines = crate::protocol::str_(note).and_then(|s| {
                let keepends = Obj::from_bool(true);
                crate::call::call_method(s.v(), pystr::intern("splitlines").v(), &crate::call::Args::positional_only(&[keepends.v()]))
            });
            match lines {
                Ok(lines) => {
                    for &line in list::items(lines.v()) {
                        self.indented_margin();
                        self.out.push_str(pystr::as_str(line));
                    }
                }
                Err(_) => {
                    crate::error::clear_raised();
                    self.out.push_str("<note str() failed>");
                }
            }
            self.out.push('\n');
        }
    }

    /// An exception group: its own frames and message, then each nested
    /// exception in a numbered section of the box.
    fn group(&mut self, v: Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.indented_margin();
            self.out.push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let top_level = self.depth == 0;
        if top_level {
            self.depth += 1;
        }
        self.exception(v);
        let excs = exception_group::exceptions_of(v);
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                // A nested group ending here may draw the closing line.
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            self.indent();
            self.out.push_str(&format!("{}+---------------- {title} ----------------\n", if i == 0 { "+-" } else { "  " }));
            self.depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                self.indented_margin();
                self.out.push_str(&format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" }));
            } else {
                self.exception_recursive(excs[i]);
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if top_level {
            self.depth -= 1;
        }
    }
}

/// `Type: message`, the type qualified by its module outside builtins and
/// `__main__`; just `Type` for an empty message.
fn message_line(v: Value) -> String {
    let ty = crate::object::type_of(v);
    let module = type_module(ty);
    let mut name = type_qualname(ty);
    if module != "builtins" && module != "__main__" {
        name = format!("{module}.{name}");
    }
    let message = text_or(crate::protocol::str_(v), "<exception str() failed>");
    if message.is_empty() { name } else { format!("{name}: {message}") }
}

/// The text of a str result, or `fallback` (clearing the error) on failure.
fn text_or(r: crate::error::PyResult<Obj>, fallback: &str) -> String {
    match r {
        Ok(s) => pystr::as_str(s.v()).to_string(),
        Err(_) => {
            crate::error::clear_raised();
            fallback.to_string()
        }
    }
}
