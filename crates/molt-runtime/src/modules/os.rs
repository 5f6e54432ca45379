//! A minimal `os` module: the process id, the working directory, and
//! creating, listing and removing files and directories, with `os.path`'s
//! common queries. Errors are the OSError subclasses CPython raises, with
//! `errno`, `strerror` and `filename`. (Enough for programs that manage
//! their own files; the rest of `os` is not provided yet.)

use molt_abi::Value;

use crate::builtins::type_::{MethodDef, type_name_of};
use crate::builtins::{builtin_function, dict, int, list, module, str as pystr};
use crate::error::{PyResult, type_error};
use crate::object::Obj;
use crate::protocol;

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::positional("getpid", |_| Ok(int::from_i64(std::process::id() as i64)), 0, 0),
    MethodDef::positional("getcwd", |_| {
        let cwd = std::env::current_dir().map_err(|e| crate::builtins::file::os_error(&e, None))?;
        Ok(pystr::new(&cwd.to_string_lossy()))
    }, 0, 0),
    MethodDef::positional("mkdir", |a| with_path(a[0], |p| std::fs::create_dir(p)), 1, 2),
    MethodDef::positional("rmdir", |a| with_path(a[0], |p| std::fs::remove_dir(p)), 1, 1),
    MethodDef::positional("remove", |a| with_path(a[0], |p| std::fs::remove_file(p)), 1, 1),
    MethodDef::positional("unlink", |a| with_path(a[0], |p| std::fs::remove_file(p)), 1, 1),
    MethodDef::positional("listdir", os_listdir, 0, 1),
    MethodDef::positional("fspath", |a| Ok(Obj::from_borrowed(fspath(a[0])?.v())), 1, 1),
];

const PATH_FUNCTIONS: &[MethodDef] = &[
    MethodDef::positional("exists", |a| query(a[0], |m| m.is_ok()), 1, 1),
    MethodDef::positional("isfile", |a| query(a[0], |m| m.is_ok_and(|m| m.is_file())), 1, 1),
    MethodDef::positional("isdir", |a| query(a[0], |m| m.is_ok_and(|m| m.is_dir())), 1, 1),
    MethodDef::positional("getsize", |a| {
        let path = fspath(a[0])?;
        let m = std::fs::metadata(pystr::as_str(path.v())).map_err(|e| crate::builtins::file::os_error(&e, Some(path.v())))?;
        Ok(int::from_i64(m.len() as i64))
    }, 1, 1),
    MethodDef::positional("join", path_join, 1, 255),
    MethodDef::positional("basename", |a| {
        let p = fspath(a[0])?;
        let s = pystr::as_str(p.v());
        Ok(pystr::new(&s[s.rfind('/').map_or(0, |i| i + 1)..]))
    }, 1, 1),
    MethodDef::positional("dirname", |a| {
        let p = fspath(a[0])?;
        let s = pystr::as_str(p.v());
        let head = &s[..s.rfind('/').map_or(0, |i| i + 1)];
        let trimmed = head.trim_end_matches('/');
        Ok(pystr::new(if trimmed.is_empty() { head } else { trimmed }))
    }, 1, 1),
];

/// A str path from a str or an `os.PathLike`.
fn fspath(v: Value) -> PyResult<Obj> {
    if pystr::is_str(v) {
        return Ok(Obj::from_borrowed(v));
    }
    if let Some(p) = protocol::call_special(v, "__fspath__", &[])? {
        if pystr::is_str(p.v()) {
            return Ok(p);
        }
    }
    Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name_of(v))))
}

fn with_path(v: Value, f: impl FnOnce(&str) -> std::io::Result<()>) -> PyResult<Obj> {
    let path = fspath(v)?;
    f(pystr::as_str(path.v())).map_err(|e| crate::builtins::file::os_error(&e, Some(path.v())))?;
    Ok(Obj::none())
}

fn query(v: Value, f: impl FnOnce(std::io::Result<std::fs::Metadata>) -> bool) -> PyResult<Obj> {
    let path = fspath(v)?;
    Ok(Obj::from_bool(f(std::fs::metadata(pystr::as_str(path.v())))))
}

/// `os.listdir(path='.')`: names in directory order, as the OS returns them.
fn os_listdir(a: &[Value]) -> PyResult<Obj> {
    let path = match a.first() {
        Some(&p) => fspath(p)?,
        None => pystr::new("."),
    };
    let entries = std::fs::read_dir(pystr::as_str(path.v())).map_err(|e| crate::builtins::file::os_error(&e, Some(path.v())))?;
    let out = list::new();
    for entry in entries {
        let entry = entry.map_err(|e| crate::builtins::file::os_error(&e, Some(path.v())))?;
        list::push(out.v(), pystr::new(&entry.file_name().to_string_lossy()));
    }
    Ok(out)
}

/// `os.path.join(a, *p)`: an absolute component restarts the path.
fn path_join(a: &[Value]) -> PyResult<Obj> {
    let mut out = pystr::as_str(fspath(a[0])?.v()).to_string();
    for &part in &a[1..] {
        let part = fspath(part)?;
        let part = pystr::as_str(part.v());
        if part.starts_with('/') {
            out = part.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(part);
        } else {
            out.push('/');
            out.push_str(part);
        }
    }
    Ok(pystr::new(&out))
}

pub fn create() -> Obj {
    let m = module::new("os");
    let d = module::dict_of(m.v());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, builtin_function::new_function(def, "os").v()).ok();
    }
    for (name, value) in [("sep", "/"), ("linesep", "\n"), ("name", "posix"), ("curdir", "."), ("pardir", "..")] {
        dict::set_item_str(d, name, pystr::new(value).v()).ok();
    }
    let path = module::new("posixpath");
    let pd = module::dict_of(path.v());
    for def in PATH_FUNCTIONS {
        dict::set_item_str(pd, def.name, builtin_function::new_function(def, "posixpath").v()).ok();
    }
    dict::set_item_str(pd, "sep", pystr::new("/").v()).ok();
    dict::set_item_str(d, "path", path.v()).ok();
    m
}
