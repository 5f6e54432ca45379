//! `staticmethod`: the wrapped callable, unbound, from class or instance.

use molt_abi::Value;

use crate::builtins::classmethod::{Wrapped, dealloc_wrapped, get, set_wrapped_doc, wrap, wrapped_doc};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, Slots, TypeObject, flags};
use crate::call::{self, Args};
use crate::error::{PyResult, type_error};
use crate::object::Obj;

pub static mut STATICMETHOD_TYPE: TypeObject = TypeObject {
    dict_offset: std::mem::offset_of!(Wrapped, dict),
    ..TypeObject::builtin(
        "staticmethod",
        &raw mut OBJECT_TYPE,
        flags::BASETYPE | flags::HAS_DICT,
        dealloc_wrapped,
        Slots {
            descr_get: Some(|d, _, _| Ok(Obj::from_borrowed(get(d).func))),
            call: Some(|d, args: &Args| call::call(get(d).func, args)),
            new: Some(staticmethod_new),
            getattr: Some(crate::builtins::object::generic_getattr),
            setattr: Some(crate::builtins::object::generic_setattr),
            ..Slots::EMPTY
        },
        &[],
    )
    .with_getsets(&[
        GetSetDef { name: "__func__", get: |v| Ok(Obj::from_borrowed(get(v).func)), set: None },
        GetSetDef { name: "__wrapped__", get: |v| Ok(Obj::from_borrowed(get(v).func)), set: None },
        GetSetDef { name: "__doc__", get: wrapped_doc, set: Some(set_wrapped_doc) },
    ])
};

pub fn new(func: Value) -> Obj {
    wrap(&raw mut STATICMETHOD_TYPE, func)
}

fn staticmethod_new(ty: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    match args.positional() {
        [f] if args.kw_is_empty() => Ok(wrap(ty, *f)),
        other => Err(type_error(format!("staticmethod expected 1 argument, got {}", other.len()))),
    }
}
