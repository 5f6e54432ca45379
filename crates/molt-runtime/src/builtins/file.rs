//! Files opened by `open()`: `_io.TextIOWrapper` for text and
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` (or `FileIO`
//! when unbuffered) for binary files.
//!
//! One object holds what CPython spreads over three layers (raw file,
//! buffer, text wrapper): the OS file, a read-ahead buffer, a write buffer
//! and, for text, the codec and newline policy. Reads decode straight from
//! the read-ahead bytes, so the logical position is always a byte offset
//! and `tell()` returns what CPython's does for the ASCII-compatible
//! codecs supported here (UTF-8, Latin-1, ASCII).
//!
//! Newlines follow CPython: on input, `newline=None` splits lines at
//! `\n`, `\r` and `\r\n` and translates them to `\n`; `newline=''` splits
//! the same way without translating; `'\n'`, `'\r'`, `'\r\n'` split at
//! exactly that string. On output, `'\r'` and `'\r\n'` replace `\n`.
//!
//! Files close (after flushing) when closed explicitly, at the end of a
//! `with` block, or when the object is freed, since objects are reference
//! counted as in CPython.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::iobase::unsupported;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::{bytes, exceptions, int, list, str as pystr};
use crate::call::KwArgs;
use crate::error::{PyResult, Raised, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, free_object};
use crate::protocol;

macro_rules! file_type {
    ($name:ident, $pyname:literal, $methods:expr, $getsets:expr) => {
        pub static mut $name: TypeObject = TypeObject::builtin(
            $pyname,
            &raw mut OBJECT_TYPE,
            0,
            dealloc_file,
            Slots {
                repr: Some(file_repr),
                iter: Some(file_iter),
                next: Some(file_next),
                ..Slots::EMPTY
            },
            $methods,
        )
        .with_module("_io")
        .with_getsets($getsets);
    };
}

const METHODS: &[MethodDef] = &[
    MethodDef::positional("read", file_read, 0, 1),
    MethodDef::positional("readline", file_readline, 0, 1),
    MethodDef::positional("readlines", file_readlines, 0, 1),
    MethodDef::positional("write", file_write, 1, 1),
    MethodDef::positional("writelines", file_writelines, 1, 1),
    MethodDef::positional("seek", file_seek, 1, 2),
    MethodDef::positional("tell", file_tell, 0, 0),
    MethodDef::positional("truncate", file_truncate, 0, 1),
    MethodDef::positional("flush", |a| {
        let f = open_state(a[0])?;
        f.flush_writes()?;
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::positional("close", |a| {
        state(a[0]).close()?;
        Ok(Obj::none())
    }, 0, 0),
    MethodDef::positional("fileno", |a| Ok(int::from_i64(open_state_raw(a[0])?.file()?.as_raw_fd() as i64)), 0, 0),
    // A buffer that cannot read (or write) answers False without checking
    // whether the file is closed, as CPython's `IOBase` defaults do.
    MethodDef::positional("readable", |a| {
        let s = state(a[0]);
        Ok(Obj::from_bool(s.readable && open_state_raw(a[0])?.readable))
    }, 0, 0),
    MethodDef::positional("writable", |a| {
        let s = state(a[0]);
        Ok(Obj::from_bool(s.writable && open_state_raw(a[0])?.writable))
    }, 0, 0),
    MethodDef::positional("seekable", |a| {
        let f = open_state_raw(a[0])?;
        Ok(Obj::from_bool(f.file()?.metadata().map(|m| m.is_file()).unwrap_or(false)))
    }, 0, 0),
    MethodDef::positional("isatty", |a| {
        let fd = open_state_raw(a[0])?.file()?.as_raw_fd();
        // SAFETY: isatty only inspects the descriptor.
        Ok(Obj::from_bool(unsafe { isatty(fd) } == 1))
    }, 0, 0),
    MethodDef::positional("__enter__", |a| {
        open_state(a[0])?;
        Ok(Obj::from_borrowed(a[0]))
    }, 0, 0),
    MethodDef::positional("__exit__", |a| {
        state(a[0]).close()?;
        Ok(Obj::none())
    }, 0, 3),
];

const TEXT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: |f| Ok(Obj::from_bool(state(f).file.is_none())), set: None },
    GetSetDef { name: "name", get: |f| Ok(Obj::from_borrowed(state(f).name)), set: None },
    GetSetDef { name: "mode", get: |f| Ok(pystr::new(&state(f).mode)), set: None },
    GetSetDef { name: "encoding", get: |f| Ok(pystr::new(&text_of(f).encoding_name)), set: None },
    GetSetDef { name: "errors", get: |f| Ok(pystr::new(&text_of(f).errors)), set: None },
];

const BINARY_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "closed", get: |f| Ok(Obj::from_bool(state(f).file.is_none())), set: None },
    GetSetDef { name: "name", get: |f| Ok(Obj::from_borrowed(state(f).name)), set: None },
    GetSetDef { name: "mode", get: |f| Ok(pystr::new(&state(f).mode)), set: None },
];

file_type!(TEXT_IO_WRAPPER_TYPE, "TextIOWrapper", METHODS, TEXT_GETSETS);
file_type!(BUFFERED_READER_TYPE, "BufferedReader", METHODS, BINARY_GETSETS);
file_type!(BUFFERED_WRITER_TYPE, "BufferedWriter", METHODS, BINARY_GETSETS);
file_type!(BUFFERED_RANDOM_TYPE, "BufferedRandom", METHODS, BINARY_GETSETS);
file_type!(FILE_IO_TYPE, "FileIO", METHODS, BINARY_GETSETS);

unsafe extern "C" {
    fn isatty(fd: i32) -> i32;
    fn strerror(errnum: i32) -> *const std::ffi::c_char;
}

/// Bytes read from the OS at a time (CPython's default buffer size).
const CHUNK: usize = 8192;

/// The ASCII-compatible codecs text files support.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// The `newline` argument of a text file.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Newline {
    /// `None`: universal newlines, translated to `\n`.
    Translate,
    /// `''`: universal newlines, kept as they are.
    Universal,
    Lf,
    Cr,
    CrLf,
}

struct Text {
    codec: Codec,
    encoding_name: String,
    errors: String,
    newline: Newline,
}

struct FileState {
    /// None once closed.
    file: Option<File>,
    /// Whether closing closes the descriptor.
    closefd: bool,
    /// The `name` attribute (owned).
    name: Value,
    mode: String,
    readable: bool,
    writable: bool,
    text: Option<Text>,
    /// Read-ahead: bytes from the OS not yet consumed start at `rpos`.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Written bytes not yet passed to the OS.
    wbuf: Vec<u8>,
    /// Unbuffered (`FileIO`): writes go straight to the OS.
    raw: bool,
}

#[repr(C)]
struct FileObject {
    header: Header,
    state: *mut FileState,
}

fn state<'a>(f: Value) -> &'a mut FileState {
    // SAFETY: file objects own their state until freed.
    unsafe { &mut *(*f.as_ptr::<FileObject>()).state }
}

fn text_of<'a>(f: Value) -> &'a Text {
    state(f).text.as_ref().expect("text file")
}

/// The state of a file that must still be open.
fn open_state<'a>(f: Value) -> PyResult<&'a mut FileState> {
    let s = state(f);
    if s.file.is_none() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(s)
}

/// As [`open_state`], with the message of CPython's raw-file checks
/// (no final period), which the queries (`fileno`, `seekable`, ...) reach.
fn open_state_raw<'a>(f: Value) -> PyResult<&'a mut FileState> {
    let s = state(f);
    if s.file.is_none() {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(s)
}

/// As [`open_state`]; binary files name the operation, as CPython's
/// buffered objects do ("read of closed file").
fn open_state_for<'a>(f: Value, op: &str) -> PyResult<&'a mut FileState> {
    let s = state(f);
    if s.file.is_none() {
        return Err(value_error(if s.text.is_some() {
            "I/O operation on closed file.".to_string()
        } else {
            format!("{op} of closed file")
        }));
    }
    Ok(s)
}

unsafe fn dealloc_file(v: Value) {
    let s = state(v);
    if s.close().is_err() {
        crate::error::clear_raised();
    }
    crate::object::decref(s.name);
    // SAFETY: the state was boxed when the file was opened.
    unsafe {
        drop(Box::from_raw((*v.as_ptr::<FileObject>()).state));
        free_object(v.as_ptr::<Header>());
    }
}

/// Raises the OSError subclass for `err`, with `filename` when given, as
/// CPython's `PyErr_SetFromErrnoWithFilenameObject`.
pub(crate) fn os_error(err: &std::io::Error, filename: Option<Value>) -> Raised {
    let errno = err.raw_os_error().unwrap_or(5);
    // SAFETY: strerror returns a static NUL-terminated string.
    let message = unsafe { std::ffi::CStr::from_ptr(strerror(errno)) }.to_string_lossy().into_owned();
    let mut args = vec![int::from_i64(errno as i64), pystr::new(&message)];
    if let Some(name) = filename {
        args.push(Obj::from_borrowed(name));
    }
    let args: Vec<Value> = args.iter().map(Obj::v).collect();
    match crate::call::call_positional(Value::from_ptr(&raw mut exceptions::OS_ERROR), &args) {
        Ok(exc) => crate::error::set_raised(exc),
        Err(e) => e,
    }
}

impl FileState {
    fn file(&mut self) -> PyResult<&mut File> {
        self.file.as_mut().ok_or_else(|| value_error("I/O operation on closed file."))
    }

    fn os(&self, err: std::io::Error) -> Raised {
        os_error(&err, None)
    }

    /// Passes buffered writes to the OS.
    fn flush_writes(&mut self) -> PyResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let r = self.file()?.write_all(&data);
        r.map_err(|e| self.os(e))
    }

    /// Drops the read-ahead, moving the OS position back to the logical one.
    fn drop_read_ahead(&mut self) -> PyResult<()> {
        let unread = self.rbuf.len() - self.rpos;
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            let r = self.file()?.seek(SeekFrom::Current(-(unread as i64)));
            r.map_err(|e| self.os(e))?;
        }
        Ok(())
    }

    /// Reads one more chunk into the read-ahead; false at end of file.
    fn fill(&mut self) -> PyResult<bool> {
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        self.rbuf.resize(start + CHUNK, 0);
        let r = loop {
            let file = self.file.as_mut().expect("open file");
            match file.read(&mut self.rbuf[start..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        };
        match r {
            Ok(n) => {
                self.rbuf.truncate(start + n);
                Ok(n > 0)
            }
            Err(e) => {
                self.rbuf.truncate(start);
                Err(self.os(e))
            }
        }
    }

    fn check_readable(&mut self) -> PyResult<()> {
        self.file()?;
        if !self.readable {
            return Err(unsupported(if self.text.is_some() { "not readable" } else { "read" }));
        }
        self.flush_writes()
    }

    fn check_writable(&mut self) -> PyResult<()> {
        self.file()?;
        if !self.writable {
            return Err(unsupported(if self.text.is_some() { "not writable" } else { "write" }));
        }
        if self.text.is_some() {
            // CPython's text layer drops the text it decoded ahead without
            // moving back: a write after a read lands where the last chunk
            // read from the file ended.
            self.rbuf.clear();
            self.rpos = 0;
            return Ok(());
        }
        self.drop_read_ahead()
    }

    /// Every remaining byte.
    fn read_all_bytes(&mut self) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        let mut out = self.rbuf.split_off(self.rpos);
        self.rbuf.clear();
        self.rpos = 0;
        let r = self.file()?.read_to_end(&mut out);
        r.map_err(|e| self.os(e))?;
        Ok(out)
    }

    /// Up to `n` bytes (fewer only at end of file).
    fn read_bytes(&mut self, n: usize) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        while self.rbuf.len() - self.rpos < n {
            if !self.fill()? {
                break;
            }
        }
        let end = (self.rpos + n).min(self.rbuf.len());
        let out = self.rbuf[self.rpos..end].to_vec();
        self.rpos = end;
        Ok(out)
    }

    /// One line of bytes (through `\n`), at most `limit` bytes.
    fn read_line_bytes(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.check_readable()?;
        let mut out = Vec::new();
        loop {
            if self.rpos == self.rbuf.len() && !self.fill()? {
                break;
            }
            let avail = &self.rbuf[self.rpos..];
            let room = limit.map_or(usize::MAX, |l| l - out.len());
            let take = avail.len().min(room);
            match avail[..take].iter().position(|&b| b == b'\n') {
                Some(i) => {
                    out.extend_from_slice(&avail[..=i]);
                    self.rpos += i + 1;
                    break;
                }
                None => {
                    out.extend_from_slice(&avail[..take]);
                    self.rpos += take;
                    if limit.is_some_and(|l| out.len() >= l) {
                        break;
                    }
                }
            }
        }
        Ok(out)
    }

    /// Makes at least `n` unread bytes available if the file has them.
    fn ensure(&mut self, n: usize) -> PyResult<usize> {
        while self.rbuf.len() - self.rpos < n {
            if !self.fill()? {
                break;
            }
        }
        Ok(self.rbuf.len() - self.rpos)
    }

    /// Decodes text: at most `max` characters, stopping after a line end
    /// when `line` is set.
    fn read_text(&mut self, max: Option<usize>, line: bool) -> PyResult<String> {
        self.check_readable()?;
        let (codec, newline) = {
            let t = self.text.as_ref().expect("text file");
            (t.codec, t.newline)
        };
        let mut out = String::new();
        let mut count = 0;
        while max.is_none_or(|m| count < m) {
            if self.ensure(1)? == 0 {
                break;
            }
            let b = self.rbuf[self.rpos];
            if b == b'\r' || b == b'\n' {
                let ends_line = match (newline, b) {
                    (Newline::Translate, _) => {
                        let crlf = b == b'\r' && self.ensure(2)? >= 2 && self.rbuf[self.rpos + 1] == b'\n';
                        self.rpos += 1 + crlf as usize;
                        out.push('\n');
                        true
                    }
                    (Newline::Universal, b'\n') | (Newline::Lf, b'\n') | (Newline::Cr, b'\r') => {
                        self.rpos += 1;
                        out.push(b as char);
                        true
                    }
                    (Newline::Universal, _) if line => {
                        let crlf = self.ensure(2)? >= 2 && self.rbuf[self.rpos + 1] == b'\n';
                        self.rpos += 1 + crlf as usize;
                        out.push_str(if crlf { "\r\n" } else { "\r" });
                        count += crlf as usize;
                        true
                    }
                    (Newline::CrLf, b'\r') if line && self.ensure(2)? >= 2 && self.rbuf[self.rpos + 1] == b'\n' => {
                        self.rpos += 2;
                        out.push_str("\r\n");
                        count += 1;
                        true
                    }
                    _ => {
                        self.rpos += 1;
                        out.push(b as char);
                        false
                    }
                };
                count += 1;
                if line && ends_line {
                    break;
                }
                continue;
            }
            self.decode_char(codec, &mut out)?;
            count += 1;
        }
        Ok(out)
    }

    /// Decodes the character at the read position.
    fn decode_char(&mut self, codec: Codec, out: &mut String) -> PyResult<()> {
        let b = self.rbuf[self.rpos];
        let errors = match self.text.as_ref().map(|t| t.errors.as_str()) {
            Some("ignore") => Some(None),
            Some("replace") => Some(Some('\u{fffd}')),
            _ => None,
        };
        let bad = |s: &mut FileState, out: &mut String, codec: &str, end: usize, reason: &str| -> PyResult<()> {
            match errors {
                Some(None) => {}
                Some(Some(c)) => out.push(c),
                _ => {
                    return Err(exceptions::unicode_decode_error(codec, &s.rbuf, s.rpos, end, reason));
                }
            }
            s.rpos = end;
            Ok(())
        };
        match codec {
            Codec::Latin1 => {
                out.push(b as char);
                self.rpos += 1;
            }
            Codec::Ascii if b < 0x80 => {
                out.push(b as char);
                self.rpos += 1;
            }
            Codec::Ascii => {
                let end = self.rpos + 1;
                bad(self, out, "ascii", end, "ordinal not in range(128)")?;
            }
            Codec::Utf8 if b < 0x80 => {
                out.push(b as char);
                self.rpos += 1;
            }
            Codec::Utf8 => {
                let width = match b {
                    0xc2..=0xdf => 2,
                    0xe0..=0xef => 3,
                    0xf0..=0xf4 => 4,
                    _ => {
                        let end = self.rpos + 1;
                        return bad(self, out, "utf-8", end, "invalid start byte");
                    }
                };
                let avail = self.ensure(width)?;
                let chunk = &self.rbuf[self.rpos..self.rpos + avail.min(width)];
                match std::str::from_utf8(chunk) {
                    Ok(s) if chunk.len() == width => {
                        out.push_str(s);
                        self.rpos += width;
                    }
                    Err(e) if e.error_len().is_some() || chunk.len() == width => {
                        let end = self.rpos + e.valid_up_to().max(1);
                        bad(self, out, "utf-8", end, "invalid continuation byte")?;
                    }
                    _ => {
                        let end = self.rpos + chunk.len();
                        bad(self, out, "utf-8", end, "unexpected end of data")?;
                    }
                }
            }
        }
        Ok(())
    }

    /// The rest of the file as text.
    fn read_all_text(&mut self) -> PyResult<String> {
        let data = self.read_all_bytes()?;
        let t = self.text.as_ref().expect("text file");
        let enc = pystr::new(&t.encoding_name);
        let errors = pystr::new(&t.errors);
        let b = bytes::new(&data);
        let decoded = crate::codecs::glue::decode_value(b.v(), Some(enc.v()), Some(errors.v()), "decode")?;
        let s = pystr::as_str(decoded.v());
        Ok(if t.newline == Newline::Translate && s.contains('\r') {
            s.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            s.to_string()
        })
    }

    /// Buffers (or writes, when unbuffered) `data`.
    fn write_bytes(&mut self, data: &[u8]) -> PyResult<()> {
        self.check_writable()?;
        if self.raw {
            let r = self.file()?.write_all(data);
            return r.map_err(|e| self.os(e));
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= CHUNK {
            self.flush_writes()?;
        }
        Ok(())
    }

    /// The logical position: the OS position less the unread read-ahead,
    /// plus what is waiting to be written.
    fn tell(&mut self) -> PyResult<u64> {
        let unread = (self.rbuf.len() - self.rpos) as u64;
        let pending = self.wbuf.len() as u64;
        let r = self.file()?.stream_position();
        let pos = r.map_err(|e| self.os(e))?;
        Ok(pos - unread + pending)
    }

    fn close(&mut self) -> PyResult<()> {
        if self.file.is_none() {
            return Ok(());
        }
        let flushed = self.flush_writes();
        let file = self.file.take().expect("open file");
        if !self.closefd {
            let _ = file.into_raw_fd();
        }
        self.rbuf = Vec::new();
        self.rpos = 0;
        flushed
    }
}

fn file_repr(f: Value) -> PyResult<Obj> {
    let s = state(f);
    let name = protocol::repr(s.name)?;
    let name = pystr::as_str(name.v());
    let ty = crate::builtins::type_::type_name(crate::object::type_of(f));
    Ok(pystr::new(&match &s.text {
        Some(t) => format!("<_io.{ty} name={name} mode='{}' encoding='{}'>", s.mode, t.encoding_name),
        None if s.raw => format!("<_io.{ty} name={name} mode='{}' closefd={}>", s.mode, if s.closefd { "True" } else { "False" }),
        None => format!("<_io.{ty} name={name}>"),
    }))
}

fn file_iter(f: Value) -> PyResult<Obj> {
    open_state(f)?;
    Ok(Obj::from_borrowed(f))
}

fn file_next(f: Value) -> PyResult<Option<Obj>> {
    let line = readline(f, None)?;
    let empty = if state(f).text.is_some() { pystr::as_str(line.v()).is_empty() } else { bytes::as_bytes(line.v()).is_empty() };
    Ok((!empty).then_some(line))
}

/// A size argument: None or negative means "no limit".
fn size_arg(v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if int::is_int(v) || protocol::lookup_special(v, "__index__")?.is_some() => {
            let n = protocol::index_value(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        Some(v) => Err(type_error(format!("argument should be integer or None, not '{}'", type_name_of(v)))),
    }
}

fn file_read(a: &[Value]) -> PyResult<Obj> {
    let n = size_arg(a.get(1).copied())?;
    let s = open_state_for(a[0], "read")?;
    if s.text.is_some() {
        return Ok(pystr::new(&match n {
            None => s.read_all_text()?,
            Some(n) => s.read_text(Some(n), false)?,
        }));
    }
    Ok(bytes::new(&match n {
        None => s.read_all_bytes()?,
        Some(n) => s.read_bytes(n)?,
    }))
}

fn readline(f: Value, limit: Option<usize>) -> PyResult<Obj> {
    let s = open_state_for(f, "readline")?;
    if s.text.is_some() {
        return Ok(pystr::new(&s.read_text(limit, true)?));
    }
    Ok(bytes::new(&s.read_line_bytes(limit)?))
}

fn file_readline(a: &[Value]) -> PyResult<Obj> {
    let limit = size_arg(a.get(1).copied())?;
    readline(a[0], limit)
}

fn file_readlines(a: &[Value]) -> PyResult<Obj> {
    let hint = size_arg(a.get(1).copied())?.filter(|&h| h > 0);
    let out = list::new();
    let mut total = 0;
    while let Some(line) = file_next(a[0])? {
        total += protocol::len(line.v())?;
        list::push(out.v(), line);
        // CPython's `IOBase.readlines` stops once the total exceeds the hint.
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(out)
}

fn file_write(a: &[Value]) -> PyResult<Obj> {
    let s = open_state(a[0])?;
    let v = a[1];
    match &s.text {
        Some(t) => {
            if !pystr::is_str(v) {
                return Err(type_error(format!("write() argument must be str, not {}", type_name_of(v))));
            }
            let text = pystr::as_str(v);
            let translated;
            let text = match t.newline {
                Newline::Cr if text.contains('\n') => {
                    translated = text.replace('\n', "\r");
                    translated.as_str()
                }
                Newline::CrLf if text.contains('\n') => {
                    translated = text.replace('\n', "\r\n");
                    translated.as_str()
                }
                _ => text,
            };
            let data = match t.codec {
                Codec::Utf8 => text.as_bytes().to_vec(),
                _ => {
                    let src = pystr::new(text);
                    let enc = pystr::new(&t.encoding_name);
                    let errors = pystr::new(&t.errors);
                    let b = crate::codecs::glue::encode(src.v(), Some(enc.v()), Some(errors.v()))?;
                    bytes::as_bytes(b.v()).to_vec()
                }
            };
            s.write_bytes(&data)?;
            Ok(int::from_i64(pystr::char_len(v) as i64))
        }
        None => {
            let data = crate::builtins::buffer::require(v)?.into_owned();
            s.write_bytes(&data)?;
            Ok(int::from_i64(data.len() as i64))
        }
    }
}

fn file_writelines(a: &[Value]) -> PyResult<Obj> {
    open_state(a[0])?;
    let it = protocol::iter(a[1])?;
    while let Some(line) = protocol::next(it.v())? {
        file_write(&[a[0], line.v()])?;
    }
    Ok(Obj::none())
}

fn file_seek(a: &[Value]) -> PyResult<Obj> {
    let s = open_state(a[0])?;
    let offset = protocol::index_value(a[1])?;
    let whence = match a.get(2) {
        Some(&w) => protocol::index_value(w)?,
        None => 0,
    };
    if s.text.is_some() {
        match whence {
            1 if offset != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
            2 if offset != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
            0 if offset < 0 => return Err(value_error(format!("negative seek position {offset}"))),
            0..=2 => {}
            _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        }
    } else if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    if whence == 0 && offset < 0 {
        return Err(os_error(&std::io::Error::from_raw_os_error(22), None));
    }
    s.flush_writes()?;
    let target = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset - (s.rbuf.len() - s.rpos) as i64),
        _ => SeekFrom::End(offset),
    };
    s.rbuf.clear();
    s.rpos = 0;
    let r = s.file()?.seek(target);
    let pos = r.map_err(|e| s.os(e))?;
    Ok(int::from_i64(pos as i64))
}

fn file_tell(a: &[Value]) -> PyResult<Obj> {
    let s = if state(a[0]).text.is_some() { open_state(a[0])? } else { open_state_raw(a[0])? };
    Ok(int::from_i64(s.tell()? as i64))
}

fn file_truncate(a: &[Value]) -> PyResult<Obj> {
    let s = open_state_for(a[0], "truncate")?;
    if !s.writable {
        return Err(unsupported("truncate"));
    }
    s.flush_writes()?;
    let size = match size_arg(a.get(1).copied())? {
        Some(n) => n as u64,
        None => s.tell()?,
    };
    s.drop_read_ahead()?;
    let r = s.file()?.set_len(size);
    r.map_err(|e| s.os(e))?;
    Ok(int::from_i64(size as i64))
}

// ---- open() ---------------------------------------------------------------

/// The codec for a text file's `encoding`, as named (None: the locale's,
/// which Molt fixes to UTF-8 as CPython's UTF-8 mode does).
fn codec_for(encoding: Option<&str>) -> PyResult<(Codec, String)> {
    let Some(name) = encoding else {
        return Ok((Codec::Utf8, "UTF-8".to_string()));
    };
    let norm = name.to_ascii_lowercase().replace('_', "-");
    let codec = match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => Codec::Latin1,
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        _ => {
            // Known to the codec registry but not ASCII-compatible, or unknown.
            let probe = pystr::new("");
            let enc = pystr::new(name);
            crate::codecs::glue::encode(probe.v(), Some(enc.v()), None)?;
            return Err(crate::error::not_implemented_error(format!(
                "open(): text files with encoding '{name}' are not supported"
            )));
        }
    };
    Ok((codec, name.to_string()))
}

/// The parsed arguments of `open()`.
struct OpenArgs {
    file: Value,
    mode: String,
    buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    closefd: bool,
}

fn parse_open_args(args: &[Value], kw: &KwArgs) -> PyResult<OpenArgs> {
    const NAMES: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    if args.len() > NAMES.len() {
        return Err(type_error(format!("open() takes at most 8 arguments ({} given)", args.len() + kw.names.len())));
    }
    let mut slots: [Option<Value>; 8] = [None; 8];
    for (i, &a) in args.iter().enumerate() {
        slots[i] = Some(a);
    }
    for (name, value) in kw.iter() {
        let Some(i) = NAMES.iter().position(|&n| n == name) else {
            return Err(type_error(format!("'{name}' is an invalid keyword argument for open()")));
        };
        if slots[i].is_some() {
            return Err(type_error(format!("argument for open() given by name ('{name}') and position ({})", i + 1)));
        }
        slots[i] = Some(value);
    }
    let Some(file) = slots[0] else {
        return Err(type_error("open() missing required argument 'file' (pos 1)"));
    };
    let opt_str = |i: usize| -> PyResult<Option<String>> {
        match slots[i] {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) if pystr::is_str(v) => Ok(Some(pystr::as_str(v).to_string())),
            Some(v) => Err(type_error(format!("open() argument '{}' must be str or None, not {}", NAMES[i], type_name_of(v)))),
        }
    };
    let mode = match slots[1] {
        None => "r".to_string(),
        Some(v) if pystr::is_str(v) => pystr::as_str(v).to_string(),
        Some(v) => return Err(type_error(format!("open() argument 'mode' must be str, not {}", type_name_of(v)))),
    };
    let buffering = match slots[2] {
        None => -1,
        Some(v) if crate::builtins::float::is_float(v) => {
            return Err(type_error("'float' object cannot be interpreted as an integer"));
        }
        Some(v) => protocol::index_value(v)?,
    };
    if slots[7].is_some_and(|o| !o.is_none()) {
        return Err(crate::error::not_implemented_error("open(): the 'opener' argument is not supported"));
    }
    Ok(OpenArgs {
        file,
        mode,
        buffering,
        encoding: opt_str(3)?,
        errors: opt_str(4)?,
        newline: opt_str(5)?,
        closefd: match slots[6] {
            None => true,
            Some(v) => protocol::truthy(v)?,
        },
    })
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let a = parse_open_args(args, kw)?;
    // Mode letters, as CPython's `_io_open_impl` checks them.
    let invalid = || value_error(format!("invalid mode: '{}'", a.mode));
    let (mut creating, mut reading, mut writing, mut appending, mut updating, mut text, mut binary) =
        (false, false, false, false, false, false, false);
    for (i, c) in a.mode.chars().enumerate() {
        let flag = match c {
            'x' => &mut creating,
            'r' => &mut reading,
            'w' => &mut writing,
            'a' => &mut appending,
            '+' => &mut updating,
            't' => &mut text,
            'b' => &mut binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if a.mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if creating as u8 + reading as u8 + writing as u8 + appending as u8 > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if binary && a.encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && a.errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && a.newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if !(creating || reading || writing || appending) {
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    // The path (or descriptor).
    let (path, name): (Option<String>, Obj) = if pystr::is_str(a.file) {
        (Some(pystr::as_str(a.file).to_string()), Obj::from_borrowed(a.file))
    } else if bytes::is_bytes(a.file) {
        (Some(String::from_utf8_lossy(bytes::as_bytes(a.file)).into_owned()), Obj::from_borrowed(a.file))
    } else if int::is_int(a.file) {
        (None, Obj::from_borrowed(a.file))
    } else if let Some(fspath) = protocol::call_special(a.file, "__fspath__", &[])? {
        if !pystr::is_str(fspath.v()) {
            return Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                type_name_of(a.file),
                type_name_of(fspath.v())
            )));
        }
        (Some(pystr::as_str(fspath.v()).to_string()), fspath)
    } else {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name_of(a.file))));
    };
    let readable = reading || updating;
    let writable = writing || appending || creating || updating;
    let file = match &path {
        Some(p) => {
            if !a.closefd {
                return Err(value_error("Cannot use closefd=False with file name"));
            }
            let mut opts = std::fs::OpenOptions::new();
            opts.read(readable).write(writable && !appending).append(appending);
            if writing {
                opts.create(true).truncate(true);
            } else if appending {
                opts.create(true);
            } else if creating {
                opts.create_new(true);
            }
            let file = opts.open(p).map_err(|e| os_error(&e, Some(name.v())))?;
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(os_error(&std::io::Error::from_raw_os_error(21), Some(name.v())));
            }
            file
        }
        None => {
            let fd = int::to_i64(a.file).unwrap_or(-1);
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            // SAFETY: the descriptor is the caller's; with closefd=False it
            // is released, not closed, when the file closes.
            unsafe { File::from_raw_fd(fd as i32) }
        }
    };
    let mut file = file;
    if appending {
        file.seek(SeekFrom::End(0)).map_err(|e| os_error(&e, Some(name.v())))?;
    }
    let raw_mode = if creating {
        if readable { "xb+" } else { "xb" }
    } else if appending {
        if readable { "ab+" } else { "ab" }
    } else if readable {
        if writable { "rb+" } else { "rb" }
    } else {
        "wb"
    };
    let mut st = FileState {
        file: Some(file),
        closefd: a.closefd,
        name: name.into_raw(),
        mode: String::new(),
        readable,
        writable,
        text: None,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        raw: false,
    };
    let ty = if binary {
        st.mode = raw_mode.to_string();
        if a.buffering == 0 {
            st.raw = true;
            &raw mut FILE_IO_TYPE
        } else if updating {
            &raw mut BUFFERED_RANDOM_TYPE
        } else if readable {
            &raw mut BUFFERED_READER_TYPE
        } else {
            &raw mut BUFFERED_WRITER_TYPE
        }
    } else {
        st.mode = a.mode.clone();
        if a.buffering == 0 {
            // The file was opened first, as in CPython.
            drop(st.close());
            crate::object::decref(st.name);
            return Err(value_error("can't have unbuffered text I/O"));
        }
        let newline = match a.newline.as_deref() {
            None => Newline::Translate,
            Some("") => Newline::Universal,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(other) => {
                crate::object::decref(st.name);
                return Err(value_error(format!("illegal newline value: {other}")));
            }
        };
        let (codec, encoding_name) = match codec_for(a.encoding.as_deref()) {
            Ok(c) => c,
            Err(e) => {
                crate::object::decref(st.name);
                return Err(e);
            }
        };
        st.text = Some(Text { codec, encoding_name, errors: a.errors.clone().unwrap_or_else(|| "strict".to_string()), newline });
        &raw mut TEXT_IO_WRAPPER_TYPE
    };
    let p = alloc_object(ty, std::mem::size_of::<FileObject>()) as *mut FileObject;
    // SAFETY: fresh allocation.
    unsafe { (*p).state = Box::into_raw(Box::new(st)) };
    Ok(Obj::from_owned(Value::from_ptr(p)))
}
