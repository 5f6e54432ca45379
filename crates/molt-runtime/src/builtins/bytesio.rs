//! `io.BytesIO`: an in-memory binary stream.
//!
//! Writing at a position past the end pads with zero bytes; writing
//! inside the data overwrites it. Unlike `StringIO`, any seek is allowed
//! (relative positions are clamped at zero).
//!
//! `getbuffer()` returns a writable memoryview of the data, whose `obj` is
//! an `_io._BytesIOBuffer` as in CPython. While such views live, the
//! stream refuses to write, truncate or close (BufferError).

use molt_abi::Value;

use crate::builtins::iobase::{self, closed_error, size_arg, uninitialized_error, unsupported};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str_methods::parse_kw;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, type_name_of};
use crate::builtins::{buffer, bytes, int, slice};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, free_object};
use crate::protocol;

pub static mut BYTES_IO_TYPE: TypeObject = TypeObject::builtin(
    "BytesIO",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_bytesio,
    Slots {
        iter: Some(|v| {
            state(v)?;
            Ok(Obj::from_borrowed(v))
        }),
        next: Some(|v| {
            let line = open_state(v)?.read_line(None);
            Ok((!line.is_empty()).then(|| bytes::new(&line)))
        }),
        new: Some(bytesio_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("read", read, 0, 1),
        MethodDef::positional("read1", read, 0, 1),
        MethodDef::positional("readline", |a| {
            let size = size_arg(a.get(1).copied())?;
            Ok(bytes::new(&open_state(a[0])?.read_line(size)))
        }, 0, 1),
        MethodDef::positional("readlines", |a| {
            open_state(a[0])?;
            iobase::readlines(a.get(1).copied(), true, || {
                let line = open_state(a[0])?.read_line(None);
                Ok((!line.is_empty()).then(|| bytes::new(&line)))
            })
        }, 0, 1),
        MethodDef::positional("readinto", readinto, 1, 1),
        MethodDef::positional("write", write, 1, 1),
        MethodDef::positional("writelines", |a| {
            open_state(a[0])?;
            iobase::writelines(a[0], a[1])
        }, 1, 1),
        MethodDef::positional("seek", seek, 1, 2),
        MethodDef::positional("tell", |a| Ok(int::from_i64(open_state(a[0])?.pos as i64)), 0, 0),
        MethodDef::positional("truncate", truncate, 0, 1),
        MethodDef::positional("getvalue", |a| Ok(bytes::new(&open_state(a[0])?.buf)), 0, 0),
        MethodDef::positional("getbuffer", getbuffer, 0, 0),
        MethodDef::positional("close", |a| {
            close(a[0])?;
            Ok(Obj::none())
        }, 0, 0),
        MethodDef::positional("flush", |a| open_state(a[0]).map(|_| Obj::none()), 0, 0),
        MethodDef::positional("isatty", |a| open_state(a[0]).map(|_| Obj::from_bool(false)), 0, 0),
        MethodDef::positional("readable", |a| open_state(a[0]).map(|_| Obj::from_bool(true)), 0, 0),
        MethodDef::positional("writable", |a| open_state(a[0]).map(|_| Obj::from_bool(true)), 0, 0),
        MethodDef::positional("seekable", |a| open_state(a[0]).map(|_| Obj::from_bool(true)), 0, 0),
        MethodDef::positional("fileno", |_| Err(unsupported("fileno")), 0, 0),
        MethodDef::positional("__enter__", |a| open_state(a[0]).map(|_| Obj::from_borrowed(a[0])), 0, 0),
        MethodDef::positional("__exit__", |a| iobase::close_method(a[0]), 0, 3),
        MethodDef::keywords("__init__", |a, kw| init(a[0], &a[1..], kw).map(|_| Obj::none())),
    ],
)
.with_module("_io")
.with_getsets(&[GetSetDef { name: "closed", get: |v| Ok(Obj::from_bool(state(v)?.closed)), set: None }]);

struct State {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
    /// Live views from `getbuffer()`.
    exports: usize,
}

/// `_io._BytesIOBuffer`: the exporter behind the views `getbuffer()`
/// returns; it keeps the stream alive and reads its data.
pub static mut BYTES_IO_BUFFER_TYPE: TypeObject =
    TypeObject::builtin("_BytesIOBuffer", &raw mut OBJECT_TYPE, 0, dealloc_buffer, Slots::EMPTY, &[]).with_module("_io");

#[repr(C)]
struct BufferObject {
    header: Header,
    /// The BytesIO, owned.
    stream: Value,
}

unsafe fn dealloc_buffer(v: Value) {
    // SAFETY: a buffer object owning a reference to its stream.
    unsafe {
        crate::object::decref((*v.as_ptr::<BufferObject>()).stream);
        free_object(v.as_ptr::<Header>());
    }
}

pub fn is_buffer(v: Value) -> bool {
    crate::object::has_type(v, &raw mut BYTES_IO_BUFFER_TYPE)
}

/// The state behind a buffer object (its stream was initialised, or the
/// buffer could not have been made).
fn buffer_state<'a>(buf: Value) -> &'a mut State {
    // SAFETY: a buffer object; its stream's state lives as long as it.
    unsafe { &mut *(*(*buf.as_ptr::<BufferObject>()).stream.as_ptr::<BytesIOObject>()).state }
}

/// The data a buffer object exports.
pub fn buffer_bytes<'a>(buf: Value) -> &'a [u8] {
    &buffer_state(buf).buf
}

pub fn buffer_bytes_mut<'a>(buf: Value) -> &'a mut [u8] {
    &mut buffer_state(buf).buf
}

/// Counts a view of buffer object `buf` in or out.
pub fn add_export(buf: Value, delta: isize) {
    let s = buffer_state(buf);
    s.exports = s.exports.saturating_add_signed(delta);
}

/// `getbuffer()`: a writable view of the whole data.
fn getbuffer(a: &[Value]) -> PyResult<Obj> {
    let len = open_state(a[0])?.buf.len();
    let p = alloc_object(&raw mut BYTES_IO_BUFFER_TYPE, std::mem::size_of::<BufferObject>()) as *mut BufferObject;
    crate::object::incref(a[0]);
    // SAFETY: fresh allocation.
    unsafe { (*p).stream = a[0] };
    let buf = Obj::from_owned(Value::from_ptr(p));
    Ok(crate::builtins::memoryview::new_view(buf.v(), 0, 1, len, false))
}

/// The BufferError for changing a stream while views of it live.
fn exports_error() -> crate::error::Raised {
    crate::error::raise(
        &raw mut crate::builtins::exceptions::BUFFER_ERROR,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// The state of a stream that may change size: open and not exported.
fn resizable_state<'a>(v: Value) -> PyResult<&'a mut State> {
    let s = open_state(v)?;
    if s.exports > 0 {
        return Err(exports_error());
    }
    Ok(s)
}

#[repr(C)]
pub struct BytesIOObject {
    header: Header,
    /// Null until `__init__` runs (a subclass may skip it).
    state: *mut State,
}

unsafe fn dealloc_bytesio(v: Value) {
    // SAFETY: the state was boxed by `init` (or is null).
    unsafe {
        let p = v.as_ptr::<BytesIOObject>();
        if !(*p).state.is_null() {
            drop(Box::from_raw((*p).state));
        }
        free_object(p as *mut Header);
    }
}

fn state<'a>(v: Value) -> PyResult<&'a mut State> {
    // SAFETY: a BytesIO object; the state is owned by it.
    let p = unsafe { (*v.as_ptr::<BytesIOObject>()).state };
    if p.is_null() {
        return Err(uninitialized_error());
    }
    // SAFETY: as above.
    Ok(unsafe { &mut *p })
}

fn open_state<'a>(v: Value) -> PyResult<&'a mut State> {
    let s = state(v)?;
    if s.closed {
        return Err(closed_error(true));
    }
    Ok(s)
}

fn close(v: Value) -> PyResult<()> {
    let s = state(v)?;
    if s.exports > 0 {
        return Err(exports_error());
    }
    s.closed = true;
    s.buf = Vec::new();
    Ok(())
}

impl State {
    /// At most `n` bytes from the position (all remaining for None).
    fn read(&mut self, n: Option<usize>) -> Vec<u8> {
        let Some(rest) = self.buf.get(self.pos..) else { return Vec::new() };
        let take = n.map_or(rest.len(), |n| n.min(rest.len()));
        let out = rest[..take].to_vec();
        self.pos += take;
        out
    }

    /// The next line (through `\n`), at most `limit` bytes.
    fn read_line(&mut self, limit: Option<usize>) -> Vec<u8> {
        let Some(rest) = self.buf.get(self.pos..) else { return Vec::new() };
        let rest = &rest[..limit.map_or(rest.len(), |l| l.min(rest.len()))];
        let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        let out = rest[..end].to_vec();
        self.pos += end;
        out
    }

    /// Writes `data` at the position; writing nothing changes nothing
    /// (no padding past the end).
    fn write(&mut self, data: &[u8]) {
        if data.is_empty() {
            return;
        }
        let end = self.pos + data.len();
        if self.buf.len() < end {
            self.buf.resize(end, 0);
        }
        self.buf[self.pos..end].copy_from_slice(data);
        self.pos = end;
    }
}

fn read(a: &[Value]) -> PyResult<Obj> {
    let size = size_arg(a.get(1).copied())?;
    Ok(bytes::new(&open_state(a[0])?.read(size)))
}

/// `readinto(buffer)`: fills a writable buffer (a bytearray or a view of
/// one) from the position; returns the count.
fn readinto(a: &[Value]) -> PyResult<Obj> {
    let target = a[1];
    let writable = crate::builtins::bytearray::is_bytearray(target)
        || (crate::builtins::memoryview::is_memoryview(target)
            && !protocol::truthy(protocol::getattr(target, crate::builtins::str::intern("readonly").v())?.v())?);
    if !writable {
        return Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name_of(target)
        )));
    }
    let room = protocol::len(target)?;
    let data = open_state(a[0])?.read(Some(room));
    let n = int::from_i64(data.len() as i64);
    let span = slice::new(Value::from_small_int(0), n.v(), Value::NONE);
    protocol::setitem(target, span.v(), bytes::new(&data).v())?;
    Ok(n)
}

fn write(a: &[Value]) -> PyResult<Obj> {
    let s = resizable_state(a[0])?;
    let data = buffer::require(a[1])?.into_owned();
    s.write(&data);
    Ok(int::from_i64(data.len() as i64))
}

/// `seek(pos, whence=0)`: relative positions are clamped at zero.
fn seek(a: &[Value]) -> PyResult<Obj> {
    let pos = protocol::index_value(a[1])?;
    let whence = match a.get(2) {
        Some(&w) => protocol::index_value(w)?,
        None => 0,
    };
    let s = open_state(a[0])?;
    let target = match whence {
        0 if pos < 0 => return Err(value_error(format!("negative seek value {pos}"))),
        0 => pos,
        1 => (s.pos as i64).saturating_add(pos).max(0),
        2 => (s.buf.len() as i64).saturating_add(pos).max(0),
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos = target as usize;
    Ok(int::from_i64(target))
}

/// `truncate(size=None)`: drops the data from `size` (the position by
/// default) on; the position does not move.
fn truncate(a: &[Value]) -> PyResult<Obj> {
    let size = iobase::optional_index(a.get(1).copied())?;
    let s = resizable_state(a[0])?;
    let size = size.unwrap_or(s.pos as i64);
    if size < 0 {
        return Err(value_error(format!("negative size value {size}")));
    }
    if (size as usize) < s.buf.len() {
        s.buf.truncate(size as usize);
    }
    Ok(int::from_i64(size))
}

/// `BytesIO(initial_bytes=b'')`, also `__init__`.
pub fn init(v: Value, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    let [initial] = parse_kw("BytesIO", args, kw, ["initial_bytes"])?;
    let buf = match initial.filter(|i| !i.is_none()) {
        Some(i) => buffer::require(i)?.into_owned(),
        None => Vec::new(),
    };
    let st = State { buf, pos: 0, closed: false, exports: 0 };
    // SAFETY: a BytesIO object owning its state.
    unsafe {
        let p = v.as_ptr::<BytesIOObject>();
        if !(*p).state.is_null() && (*(*p).state).exports > 0 {
            return Err(exports_error());
        }
        let old = std::mem::replace(&mut (*p).state, Box::into_raw(Box::new(st)));
        if !old.is_null() {
            drop(Box::from_raw(old));
        }
    }
    Ok(())
}

fn bytesio_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let obj = Obj::from_owned(Value::from_ptr(alloc_object(ty, std::mem::size_of::<BytesIOObject>())));
    init(obj.v(), args.positional(), &args.kw())?;
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_writes_and_lines() {
        let mut s = State { buf: b"ab\ncd".to_vec(), pos: 0, closed: false, exports: 0 };
        assert_eq!(s.read_line(None), b"ab\n");
        assert_eq!(s.read_line(Some(1)), b"c");
        assert_eq!(s.read(None), b"d");
        assert_eq!(s.read(None), b"");
        s.pos = 7;
        s.write(b"Z");
        assert_eq!(s.buf, b"ab\ncd\0\0Z");
        s.pos = 1;
        s.write(b"XY");
        assert_eq!(s.buf, b"aXYcd\0\0Z");
    }
}
