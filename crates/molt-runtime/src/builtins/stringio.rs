//! `io.StringIO`: an in-memory text stream.
//!
//! The text is kept as code points, so positions (`tell`, `seek`,
//! `truncate`) count characters as CPython's do. Writing at a position
//! past the end pads with NUL characters; writing inside the text
//! overwrites it.
//!
//! The `newline` argument works as in CPython: with `None`, `\r\n` and
//! `\r` are translated to `\n` as they are written; with `''` nothing is
//! translated but lines end at `\r`, `\n` or `\r\n`; with `'\r'` or
//! `'\r\n'`, `\n` is written as that string and lines end at it; the
//! default `'\n'` translates nothing. The `newlines` attribute reports the
//! line endings written so far in the first two modes.

use molt_abi::Value;

use crate::builtins::iobase::{self, closed_error, size_arg, uninitialized_error, unsupported};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str_methods::parse_kw;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, flags, type_name_of};
use crate::builtins::{int, str as pystr, tuple};
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, free_object};

pub static mut STRING_IO_TYPE: TypeObject = TypeObject::builtin(
    "StringIO",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE,
    dealloc_stringio,
    Slots {
        iter: Some(|v| {
            open_state(v, true)?;
            Ok(Obj::from_borrowed(v))
        }),
        next: Some(|v| {
            let line = open_state(v, false)?.read_line(None);
            Ok((!line.is_empty()).then(|| pystr::new(&line)))
        }),
        new: Some(stringio_new),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("read", |a| {
            let size = size_arg(a.get(1).copied())?;
            Ok(pystr::new(&open_state(a[0], false)?.read(size)))
        }, 0, 1),
        MethodDef::positional("readline", |a| {
            let size = size_arg(a.get(1).copied())?;
            Ok(pystr::new(&open_state(a[0], false)?.read_line(size)))
        }, 0, 1),
        MethodDef::positional("readlines", |a| {
            open_state(a[0], true)?;
            iobase::readlines(a.get(1).copied(), false, || {
                let line = open_state(a[0], false)?.read_line(None);
                Ok((!line.is_empty()).then(|| pystr::new(&line)))
            })
        }, 0, 1),
        MethodDef::positional("write", stringio_write, 1, 1),
        MethodDef::positional("writelines", |a| {
            open_state(a[0], true)?;
            iobase::writelines(a[0], a[1])
        }, 1, 1),
        MethodDef::positional("seek", stringio_seek, 1, 2),
        MethodDef::positional("tell", |a| Ok(int::from_i64(open_state(a[0], false)?.pos as i64)), 0, 0),
        MethodDef::positional("truncate", stringio_truncate, 0, 1),
        MethodDef::positional("getvalue", |a| Ok(pystr::new(&open_state(a[0], false)?.buf.iter().collect::<String>())), 0, 0),
        MethodDef::positional("close", |a| {
            close(a[0])?;
            Ok(Obj::none())
        }, 0, 0),
        MethodDef::positional("flush", |a| state(a[0]).map(|_| Obj::none()), 0, 0),
        MethodDef::positional("isatty", |a| open_state(a[0], true).map(|_| Obj::from_bool(false)), 0, 0),
        MethodDef::positional("readable", |a| open_state(a[0], false).map(|_| Obj::from_bool(true)), 0, 0),
        MethodDef::positional("writable", |a| open_state(a[0], false).map(|_| Obj::from_bool(true)), 0, 0),
        MethodDef::positional("seekable", |a| open_state(a[0], false).map(|_| Obj::from_bool(true)), 0, 0),
        MethodDef::positional("fileno", |_| Err(unsupported("fileno")), 0, 0),
        MethodDef::positional("detach", |_| Err(unsupported("detach")), 0, 0),
        MethodDef::positional("__enter__", |a| open_state(a[0], true).map(|_| Obj::from_borrowed(a[0])), 0, 0),
        MethodDef::positional("__exit__", |a| iobase::close_method(a[0]), 0, 3),
        MethodDef::keywords("__init__", |a, kw| init(a[0], &a[1..], kw).map(|_| Obj::none())),
    ],
)
.with_module("_io")
.with_getsets(&[
    GetSetDef { name: "closed", get: |v| Ok(Obj::from_bool(state(v)?.closed)), set: None },
    GetSetDef { name: "newlines", get: |v| Ok(newlines_value(open_state(v, false)?.seen)), set: None },
    GetSetDef { name: "line_buffering", get: |v| open_state(v, false).map(|_| Obj::from_bool(false)), set: None },
    GetSetDef { name: "encoding", get: |_| Ok(Obj::none()), set: None },
    GetSetDef { name: "errors", get: |_| Ok(Obj::none()), set: None },
]);

/// The `newline` argument.
#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `None`: `\r\n` and `\r` become `\n` on writing.
    Translate,
    /// `''`: lines end at `\r`, `\n` or `\r\n`; nothing is translated.
    Universal,
    Lf,
    Cr,
    CrLf,
}

/// Bits of `State::seen`, as CPython's newline decoder records them.
const SEEN_LF: u8 = 1;
const SEEN_CR: u8 = 2;
const SEEN_CRLF: u8 = 4;

struct State {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    newline: Newline,
    /// Line endings written so far (`Translate` and `Universal` only).
    seen: u8,
}

#[repr(C)]
pub struct StringIOObject {
    header: Header,
    /// Null until `__init__` runs (a subclass may skip it).
    state: *mut State,
}

unsafe fn dealloc_stringio(v: Value) {
    // SAFETY: the state was boxed by `init` (or is null).
    unsafe {
        let p = v.as_ptr::<StringIOObject>();
        if !(*p).state.is_null() {
            drop(Box::from_raw((*p).state));
        }
        free_object(p as *mut Header);
    }
}

/// The stream's state; an error when it was never initialised.
fn state<'a>(v: Value) -> PyResult<&'a mut State> {
    // SAFETY: a StringIO object; the state is owned by it.
    let p = unsafe { (*v.as_ptr::<StringIOObject>()).state };
    if p.is_null() {
        return Err(uninitialized_error());
    }
    // SAFETY: as above.
    Ok(unsafe { &mut *p })
}

/// The state of an open stream (`period` picks the wording of the error).
fn open_state<'a>(v: Value, period: bool) -> PyResult<&'a mut State> {
    let s = state(v)?;
    if s.closed {
        return Err(closed_error(period));
    }
    Ok(s)
}

/// `close()`: the text is dropped; closing again does nothing.
fn close(v: Value) -> PyResult<()> {
    let s = state(v)?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(())
}

impl State {
    /// Writes `text` at the position, after newline translation. Writing
    /// nothing changes nothing (no padding past the end).
    fn write(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let mut text = std::borrow::Cow::Borrowed(text);
        if matches!(self.newline, Newline::Translate | Newline::Universal) {
            self.seen |= seen_newlines(&text);
            if self.newline == Newline::Translate && text.contains('\r') {
                text = text.replace("\r\n", "\n").replace('\r', "\n").into();
            }
        }
        let out = match self.newline {
            Newline::Cr => text.replace('\n', "\r"),
            Newline::CrLf => text.replace('\n', "\r\n"),
            _ => text.into_owned(),
        };
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, '\0');
        }
        for c in out.chars() {
            if self.pos < self.buf.len() {
                self.buf[self.pos] = c;
            } else {
                self.buf.push(c);
            }
            self.pos += 1;
        }
    }

    /// At most `limit` characters from the position (all for None).
    fn read(&mut self, limit: Option<usize>) -> String {
        let Some(rest) = self.buf.get(self.pos..) else { return String::new() };
        let take = limit.map_or(rest.len(), |n| n.min(rest.len()));
        self.pos += take;
        rest[..take].iter().collect()
    }

    /// The next line (through its ending), at most `limit` characters.
    fn read_line(&mut self, limit: Option<usize>) -> String {
        let start = self.pos;
        let Some(rest) = self.buf.get(start..) else { return String::new() };
        let rest = &rest[..limit.map_or(rest.len(), |l| l.min(rest.len()))];
        let end = match self.newline {
            Newline::Universal => match rest.iter().position(|&c| c == '\r' || c == '\n') {
                Some(i) if rest[i] == '\r' && rest.get(i + 1) == Some(&'\n') => i + 2,
                Some(i) => i + 1,
                None => rest.len(),
            },
            Newline::CrLf => match rest.windows(2).position(|w| w == ['\r', '\n']) {
                Some(i) => i + 2,
                None => rest.len(),
            },
            Newline::Cr => rest.iter().position(|&c| c == '\r').map_or(rest.len(), |i| i + 1),
            Newline::Translate | Newline::Lf => rest.iter().position(|&c| c == '\n').map_or(rest.len(), |i| i + 1),
        };
        self.pos = start + end;
        rest[..end].iter().collect()
    }
}

/// The kinds of line ending in `text`.
fn seen_newlines(text: &str) -> u8 {
    let mut seen = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => seen |= SEEN_LF,
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                seen |= SEEN_CRLF;
            }
            '\r' => seen |= SEEN_CR,
            _ => {}
        }
    }
    seen
}

/// The `newlines` attribute: None, one ending, or a tuple of them.
fn newlines_value(seen: u8) -> Obj {
    let kinds: Vec<Obj> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| pystr::new(s))
        .collect();
    match kinds.len() {
        0 => Obj::none(),
        1 => kinds.into_iter().next().unwrap_or_else(Obj::none),
        _ => tuple::from_vec(kinds),
    }
}

fn stringio_write(a: &[Value]) -> PyResult<Obj> {
    let s = open_state(a[0], false)?;
    if !pystr::is_str(a[1]) {
        return Err(type_error(format!("string argument expected, got '{}'", type_name_of(a[1]))));
    }
    s.write(pystr::as_str(a[1]));
    Ok(int::from_i64(pystr::char_len(a[1]) as i64))
}

/// `seek(pos, whence=0)`: only absolute positions, or zero offsets from
/// the current position or the end.
fn stringio_seek(a: &[Value]) -> PyResult<Obj> {
    let pos = crate::protocol::index_value(a[1])?;
    let whence = match a.get(2) {
        Some(&w) => crate::protocol::index_value(w)?,
        None => 0,
    };
    let s = open_state(a[0], false)?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(crate::error::os_error("Can't do nonzero cur-relative seeks"));
    }
    s.pos = match whence {
        0 => pos as usize,
        1 => s.pos,
        _ => s.buf.len(),
    };
    Ok(int::from_i64(s.pos as i64))
}

/// `truncate(pos=None)`: drops the text from `pos` (the current position
/// by default) on; the position does not move.
fn stringio_truncate(a: &[Value]) -> PyResult<Obj> {
    let size = iobase::optional_index(a.get(1).copied())?;
    let s = open_state(a[0], false)?;
    let size = size.unwrap_or(s.pos as i64);
    if size < 0 {
        return Err(value_error(format!("Negative size value {size}")));
    }
    if (size as usize) < s.buf.len() {
        s.buf.truncate(size as usize);
    }
    Ok(int::from_i64(size))
}

/// `StringIO(initial_value='', newline='\n')`, also `__init__`.
pub fn init(v: Value, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    let [initial, newline] = parse_kw("StringIO", args, kw, ["initial_value", "newline"])?;
    let newline = match newline {
        None => Newline::Lf,
        Some(n) if n.is_none() => Newline::Translate,
        Some(n) if pystr::is_str(n) => match pystr::as_str(n) {
            "" => Newline::Universal,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                let shown = crate::protocol::repr(n)?;
                return Err(value_error(format!("illegal newline value: {}", pystr::as_str(shown.v()))));
            }
        },
        Some(n) => return Err(type_error(format!("newline must be str or None, not {}", type_name_of(n)))),
    };
    let initial = match initial {
        Some(i) if !i.is_none() && !pystr::is_str(i) => {
            return Err(type_error(format!("initial_value must be str or None, not {}", type_name_of(i))));
        }
        Some(i) if !i.is_none() => Some(i),
        _ => None,
    };
    let mut st = State { buf: Vec::new(), pos: 0, closed: false, newline, seen: 0 };
    if let Some(i) = initial {
        st.write(pystr::as_str(i));
        st.pos = 0;
    }
    // SAFETY: a StringIO object owning its state.
    unsafe {
        let p = v.as_ptr::<StringIOObject>();
        let old = std::mem::replace(&mut (*p).state, Box::into_raw(Box::new(st)));
        if !old.is_null() {
            drop(Box::from_raw(old));
        }
    }
    Ok(())
}

fn stringio_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let obj = Obj::from_owned(Value::from_ptr(alloc_object(ty, std::mem::size_of::<StringIOObject>())));
    init(obj.v(), args.positional(), &args.kw())?;
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stream(newline: Newline, text: &str) -> State {
        let mut s = State { buf: Vec::new(), pos: 0, closed: false, newline, seen: 0 };
        s.write(text);
        s.pos = 0;
        s
    }

    fn lines(mut s: State) -> Vec<String> {
        let mut out = Vec::new();
        loop {
            let line = s.read_line(None);
            if line.is_empty() {
                return out;
            }
            out.push(line);
        }
    }

    #[test]
    fn newline_modes() {
        let text = "ab\ncd\r\nef\rgh";
        assert_eq!(lines(stream(Newline::Lf, text)), ["ab\n", "cd\r\n", "ef\rgh"]);
        assert_eq!(lines(stream(Newline::Translate, text)), ["ab\n", "cd\n", "ef\n", "gh"]);
        assert_eq!(lines(stream(Newline::Universal, text)), ["ab\n", "cd\r\n", "ef\r", "gh"]);
        assert_eq!(lines(stream(Newline::Cr, text)), ["ab\r", "cd\r", "\r", "ef\r", "gh"]);
        assert_eq!(lines(stream(Newline::CrLf, text)), ["ab\r\n", "cd\r\r\n", "ef\rgh"]);
        assert_eq!(seen_newlines(text), SEEN_LF | SEEN_CR | SEEN_CRLF);
    }

    #[test]
    fn writes_overwrite_and_pad() {
        let mut s = stream(Newline::Lf, "abc");
        s.write("X");
        assert_eq!(s.buf.iter().collect::<String>(), "Xbc");
        s.pos = 5;
        s.write("Z");
        assert_eq!(s.buf.iter().collect::<String>(), "Xbc\0\0Z");
    }
}
