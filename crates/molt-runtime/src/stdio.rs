//! The standard streams: `sys.stdout`, `sys.stderr` and `sys.stdin` as
//! text stream objects.
//!
//! Like CPython, stdout is block-buffered when it is not a terminal and
//! line-buffered when it is; stderr is line-buffered. Buffers are flushed
//! at exit, before reading from stdin, and on `flush()`.

use std::cell::RefCell;
use std::io::{BufRead, Read, Write};

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::{int, str as pystr};
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, make_immortal};

pub static mut TEXT_STREAM_TYPE: TypeObject = TypeObject::builtin(
    "TextIOWrapper",
    &raw mut OBJECT_TYPE,
    0,
    crate::builtins::type_::never_dealloc,
    Slots { repr: Some(stream_repr), ..Slots::EMPTY },
    &[
        MethodDef::positional("write", stream_write, 1, 1),
        MethodDef::positional("flush", |a| {
            flush(fd_of(a[0]));
            Ok(Obj::none())
        }, 0, 0),
        MethodDef::positional("readline", stream_readline, 0, 1),
        MethodDef::positional("read", stream_read, 0, 1),
        MethodDef::positional("isatty", |a| Ok(Obj::from_bool(is_tty(fd_of(a[0])))), 0, 0),
        MethodDef::positional("fileno", |a| Ok(int::from_i64(fd_of(a[0]) as i64)), 0, 0),
    ],
)
.with_module("_io")
.with_getsets(&[
    GetSetDef { name: "name", get: |s| Ok(pystr::new(stream_name(fd_of(s)))), set: None },
    GetSetDef { name: "encoding", get: |_| Ok(pystr::intern("utf-8")), set: None },
]);

#[repr(C)]
struct StreamObject {
    header: Header,
    fd: i32,
}

struct Streams {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    stdout_tty: bool,
    stdin: Option<std::io::BufReader<std::io::Stdin>>,
}

thread_local! {
    static STREAMS: RefCell<Streams> = RefCell::new(Streams {
        stdout: Vec::with_capacity(8192),
        stderr: Vec::new(),
        stdout_tty: false,
        stdin: None,
    });
    static OBJECTS: RefCell<[u64; 3]> = const { RefCell::new([0; 3]) };
}

unsafe extern "C" {
    fn isatty(fd: i32) -> i32;
}

fn is_tty(fd: i32) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { isatty(fd) == 1 }
}

/// Creates the three stream objects; called once at start-up.
pub fn init() {
    let tty = is_tty(1);
    STREAMS.with(|s| s.borrow_mut().stdout_tty = tty);
    for fd in 0..3 {
        let p = alloc_object(&raw mut TEXT_STREAM_TYPE, std::mem::size_of::<StreamObject>()) as *mut StreamObject;
        // SAFETY: fresh allocation.
        unsafe { (*p).fd = fd };
        let v = Value::from_ptr(p);
        make_immortal(v);
        OBJECTS.with(|o| o.borrow_mut()[fd as usize] = v.0);
    }
}

/// The stream object for descriptor 0, 1 or 2 (borrowed).
pub fn stream(fd: i32) -> Value {
    Value(OBJECTS.with(|o| o.borrow()[fd as usize]))
}

fn fd_of(v: Value) -> i32 {
    // SAFETY: stream objects.
    unsafe { (*v.as_ptr::<StreamObject>()).fd }
}

/// Whether `v` is one of the runtime's own stream objects, and which.
pub fn own_stream_fd(v: Value) -> Option<i32> {
    crate::object::has_type(v, &raw mut TEXT_STREAM_TYPE).then(|| fd_of(v))
}

fn stream_name(fd: i32) -> &'static str {
    match fd {
        0 => "<stdin>",
        1 => "<stdout>",
        _ => "<stderr>",
    }
}

fn stream_repr(v: Value) -> PyResult<Obj> {
    Ok(pystr::new(&format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        stream_name(fd_of(v)),
        if fd_of(v) == 0 { "r" } else { "w" }
    )))
}

/// Writes text to stdout (1) or stderr (2).
pub fn write(fd: i32, text: &[u8]) {
    STREAMS.with(|s| {
        let mut s = s.borrow_mut();
        let tty = s.stdout_tty;
        let buf = if fd == 1 { &mut s.stdout } else { &mut s.stderr };
        buf.extend_from_slice(text);
        let line_buffered = fd == 2 || tty;
        if buf.len() >= 1 << 16 || (line_buffered && text.contains(&b'\n')) {
            let data = std::mem::take(buf);
            drop(s);
            write_fd(fd, &data);
        }
    });
}

fn write_fd(fd: i32, data: &[u8]) {
    // Errors writing to a closed pipe are ignored, as CPython's flush at
    // exit reports them only through the exit status.
    let _ = if fd == 1 {
        std::io::stdout().lock().write_all(data)
    } else {
        std::io::stderr().lock().write_all(data)
    };
}

/// Flushes one stream's buffer.
pub fn flush(fd: i32) {
    if fd == 0 {
        return;
    }
    let data = STREAMS.with(|s| {
        let mut s = s.borrow_mut();
        std::mem::take(if fd == 1 { &mut s.stdout } else { &mut s.stderr })
    });
    if !data.is_empty() {
        write_fd(fd, &data);
    }
    let _ = if fd == 1 { std::io::stdout().flush() } else { std::io::stderr().flush() };
}

/// Flushes both output streams (at exit).
pub fn flush_all() {
    flush(1);
    flush(2);
}

fn stream_write(a: &[Value]) -> PyResult<Obj> {
    let fd = fd_of(a[0]);
    if fd == 0 {
        return Err(crate::error::raise(&raw mut crate::builtins::exceptions::OS_ERROR, "not writable"));
    }
    if !pystr::is_str(a[1]) {
        return Err(type_error(format!("write() argument must be str, not {}", type_name_of(a[1]))));
    }
    write(fd, pystr::as_str(a[1]).as_bytes());
    Ok(int::from_i64(pystr::char_len(a[1]) as i64))
}

/// Reads one line from stdin (with its newline); None at end of input.
pub fn read_line() -> PyResult<Option<String>> {
    flush(1);
    STREAMS.with(|s| {
        let mut s = s.borrow_mut();
        let reader = s.stdin.get_or_insert_with(|| std::io::BufReader::new(std::io::stdin()));
        let mut line = Vec::new();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(String::from_utf8_lossy(&line).into_owned())),
            Err(e) => Err(crate::error::os_error(e.to_string())),
        }
    })
}

fn stream_readline(_a: &[Value]) -> PyResult<Obj> {
    Ok(pystr::new(&read_line()?.unwrap_or_default()))
}

fn stream_read(_a: &[Value]) -> PyResult<Obj> {
    flush(1);
    let text = STREAMS.with(|s| {
        let mut s = s.borrow_mut();
        let reader = s.stdin.get_or_insert_with(|| std::io::BufReader::new(std::io::stdin()));
        let mut data = Vec::new();
        reader.read_to_end(&mut data).map(|_| String::from_utf8_lossy(&data).into_owned())
    });
    match text {
        Ok(t) => Ok(pystr::new(&t)),
        Err(e) => Err(crate::error::os_error(e.to_string())),
    }
}
