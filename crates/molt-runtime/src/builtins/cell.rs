//! `cell`: the box a closure shares with the scope that defines a variable.

use molt_abi::Value;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str as pystr;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject, type_name_of};
use crate::error::{PyResult, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref};

pub static mut CELL_TYPE: TypeObject = TypeObject::builtin(
    "cell",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_cell,
    Slots { repr: Some(cell_repr), new: Some(cell_new), ..Slots::EMPTY },
    &[],
)
.with_getsets(&[GetSetDef { name: "cell_contents", get: contents, set: None }]);

#[repr(C)]
pub struct CellObject {
    pub header: Header,
    /// Null while the variable is unbound.
    pub value: Value,
}

/// `types.CellType([contents])`.
fn cell_new(_: *mut TypeObject, args: &crate::call::Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(crate::error::type_error("cell() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(new(Value::NULL)),
        [v] => Ok(new(*v)),
        more => Err(crate::error::type_error(format!("cell expected at most 1 argument, got {}", more.len()))),
    }
}

/// A cell holding `v` (borrowed; null for an empty cell).
pub fn new(v: Value) -> Obj {
    let p = alloc_object(&raw mut CELL_TYPE, std::mem::size_of::<CellObject>()) as *mut CellObject;
    if !v.is_null() {
        incref(v);
    }
    // SAFETY: fresh allocation.
    unsafe { (*p).value = v };
    Obj::from_owned(Value::from_ptr(p))
}

/// The contents, borrowed (null when empty).
#[inline]
pub fn get(c: Value) -> Value {
    // SAFETY: cell object.
    unsafe { (*c.as_ptr::<CellObject>()).value }
}

/// Replaces the contents, stealing `v` (null empties the cell).
#[inline]
pub fn set(c: Value, v: Value) {
    // SAFETY: cell object.
    let old = unsafe { std::mem::replace(&mut (*c.as_ptr::<CellObject>()).value, v) };
    if !old.is_null() {
        decref(old);
    }
}

unsafe fn dealloc_cell(v: Value) {
    let inner = get(v);
    if !inner.is_null() {
        decref(inner);
    }
    unsafe { free_object(v.as_ptr::<Header>()) }
}

fn contents(c: Value) -> PyResult<Obj> {
    let v = get(c);
    if v.is_null() { Err(value_error("Cell is empty")) } else { Ok(Obj::from_borrowed(v)) }
}

fn cell_repr(c: Value) -> PyResult<Obj> {
    let v = get(c);
    if v.is_null() {
        return Ok(pystr::new(&format!("<cell at {:#x}: empty>", c.0)));
    }
    Ok(pystr::new(&format!("<cell at {:#x}: {} object at {:#x}>", c.0, type_name_of(v), v.0)))
}

const _: () = assert!(std::mem::offset_of!(CellObject, value) == molt_abi::layout::CELL_VALUE_OFFSET as usize);
