//! `wrapper_descriptor` and `method-wrapper`: the dunder methods of
//! built-in types (`object.__init__`, `list.__getitem__`, ...) seen as
//! attributes. Each names a protocol slot of its owner type, so
//! `super().__repr__()` calls exactly the owner's slot.

use molt_abi::Value;
use molt_abi::ops::CompareOp;

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::str as pystr;
use crate::builtins::type_::{Slots, TypeObject, is_instance, type_name, type_name_of};
use crate::builtins::{dict, int};
use crate::call::Args;
use crate::error::{PyResult, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, make_immortal};

/// The protocol slot a wrapper calls.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum SlotKind {
    Repr,
    Str,
    Hash,
    Compare(CompareOp),
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Iter,
    Next,
    Call,
    GetAttribute,
    SetAttr,
    DelAttr,
    Bool,
    Index,
    Get,
    Set,
    Delete,
}

impl SlotKind {
    pub fn name(self) -> &'static str {
        match self {
            SlotKind::Repr => "__repr__",
            SlotKind::Str => "__str__",
            SlotKind::Hash => "__hash__",
            SlotKind::Compare(op) => op.dunder(),
            SlotKind::Len => "__len__",
            SlotKind::GetItem => "__getitem__",
            SlotKind::SetItem => "__setitem__",
            SlotKind::DelItem => "__delitem__",
            SlotKind::Contains => "__contains__",
            SlotKind::Iter => "__iter__",
            SlotKind::Next => "__next__",
            SlotKind::Call => "__call__",
            SlotKind::GetAttribute => "__getattribute__",
            SlotKind::SetAttr => "__setattr__",
            SlotKind::DelAttr => "__delattr__",
            SlotKind::Bool => "__bool__",
            SlotKind::Index => "__index__",
            SlotKind::Get => "__get__",
            SlotKind::Set => "__set__",
            SlotKind::Delete => "__delete__",
        }
    }

    /// The kinds a type's own slots provide.
    fn provided_by(s: &Slots) -> Vec<SlotKind> {
        let mut out = Vec::new();
        let mut add = |present: bool, k: SlotKind| {
            if present {
                out.push(k)
            }
        };
        add(s.repr.is_some(), SlotKind::Repr);
        add(s.str.is_some(), SlotKind::Str);
        add(s.hash.is_some(), SlotKind::Hash);
        if s.richcompare.is_some() {
            for op in CompareOp::ALL {
                add(true, SlotKind::Compare(op));
            }
        }
        add(s.len.is_some(), SlotKind::Len);
        add(s.getitem.is_some(), SlotKind::GetItem);
        add(s.setitem.is_some(), SlotKind::SetItem);
        add(s.setitem.is_some(), SlotKind::DelItem);
        add(s.contains.is_some(), SlotKind::Contains);
        add(s.iter.is_some(), SlotKind::Iter);
        add(s.next.is_some(), SlotKind::Next);
        add(s.call.is_some(), SlotKind::Call);
        add(s.getattr.is_some(), SlotKind::GetAttribute);
        add(s.setattr.is_some(), SlotKind::SetAttr);
        add(s.setattr.is_some(), SlotKind::DelAttr);
        add(s.bool.is_some(), SlotKind::Bool);
        add(s.index.is_some(), SlotKind::Index);
        add(s.descr_get.is_some(), SlotKind::Get);
        add(s.descr_set.is_some(), SlotKind::Set);
        add(s.descr_set.is_some(), SlotKind::Delete);
        out
    }

    /// Number of arguments after `self`.
    fn arity(self) -> usize {
        match self {
            SlotKind::Repr
            | SlotKind::Str
            | SlotKind::Hash
            | SlotKind::Len
            | SlotKind::Iter
            | SlotKind::Next
            | SlotKind::Bool
            | SlotKind::Index => 0,
            SlotKind::Compare(_)
            | SlotKind::GetItem
            | SlotKind::DelItem
            | SlotKind::Contains
            | SlotKind::GetAttribute
            | SlotKind::DelAttr
            | SlotKind::Delete => 1,
            SlotKind::SetItem | SlotKind::SetAttr | SlotKind::Set | SlotKind::Get => 2,
            SlotKind::Call => usize::MAX,
        }
    }
}

pub static mut WRAPPER_DESCRIPTOR_TYPE: TypeObject = TypeObject::builtin(
    "wrapper_descriptor",
    &raw mut OBJECT_TYPE,
    0,
    crate::builtins::type_::never_dealloc,
    Slots {
        repr: Some(descriptor_repr),
        call: Some(descriptor_call),
        descr_get: Some(descriptor_get),
        ..Slots::EMPTY
    },
    &[],
);

pub static mut METHOD_WRAPPER_TYPE: TypeObject = TypeObject::builtin(
    "method-wrapper",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_bound,
    Slots { repr: Some(bound_repr), call: Some(bound_call), ..Slots::EMPTY },
    &[],
);

#[repr(C)]
struct Wrapper {
    header: Header,
    kind: SlotKind,
    owner: *mut TypeObject,
    /// Null for the unbound descriptor.
    receiver: Value,
}

fn get<'a>(v: Value) -> &'a Wrapper {
    // SAFETY: wrapper objects.
    unsafe { &*v.as_ptr::<Wrapper>() }
}

fn alloc(ty: *mut TypeObject, kind: SlotKind, owner: *mut TypeObject, receiver: Value) -> Obj {
    let p = alloc_object(ty, std::mem::size_of::<Wrapper>()) as *mut Wrapper;
    if !receiver.is_null() {
        incref(receiver);
    }
    // SAFETY: fresh allocation.
    unsafe {
        std::ptr::write(&mut (*p).kind, kind);
        (*p).owner = owner;
        (*p).receiver = receiver;
    }
    Obj::from_owned(Value::from_ptr(p))
}

unsafe fn dealloc_bound(v: Value) {
    decref(get(v).receiver);
    unsafe { free_object(v.as_ptr::<Header>()) }
}

/// Adds wrapper descriptors for the slots `own` provides to a static
/// type's dict (names the method table already defines are kept). An
/// unhashable type (`list`, `dict`, `set`) gets `__hash__ = None` instead,
/// as CPython's types whose hash is `PyObject_HashNotImplemented` do: code
/// such as `dataclasses` tests `cls.__hash__ is None` to spot them.
pub fn add_wrappers(ty: *mut TypeObject, own: &Slots, d: Value) {
    for kind in SlotKind::provided_by(own) {
        let key = pystr::intern(kind.name());
        if dict::get_item_str_value(d, key.v()).is_some() {
            continue;
        }
        let unhashable = crate::protocol::unhashable as fn(Value) -> PyResult<i64>;
        if kind == SlotKind::Hash && own.hash.is_some_and(|f| f as usize == unhashable as usize) {
            dict::set_item(d, key.v(), Value::NONE).ok();
            continue;
        }
        let w = alloc(&raw mut WRAPPER_DESCRIPTOR_TYPE, kind, ty, Value::NULL);
        make_immortal(w.v());
        dict::set_item(d, key.v(), w.v()).ok();
    }
}

fn descriptor_repr(v: Value) -> PyResult<Obj> {
    let w = get(v);
    Ok(pystr::new(&format!("<slot wrapper '{}' of '{}' objects>", w.kind.name(), type_name(w.owner))))
}

fn bound_repr(v: Value) -> PyResult<Obj> {
    let w = get(v);
    Ok(pystr::new(&format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        w.kind.name(),
        type_name_of(w.receiver),
        w.receiver.0
    )))
}

fn descriptor_get(d: Value, obj: Value, _owner: Value) -> PyResult<Obj> {
    if obj.is_null() {
        return Ok(Obj::from_borrowed(d));
    }
    let w = get(d);
    Ok(alloc(&raw mut METHOD_WRAPPER_TYPE, w.kind, w.owner, obj))
}

fn descriptor_call(d: Value, args: &Args) -> PyResult<Obj> {
    let w = get(d);
    let Some((&receiver, rest)) = args.positional().split_first() else {
        return Err(type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            w.kind.name(),
            type_name(w.owner)
        )));
    };
    if !is_instance(receiver, w.owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            w.kind.name(),
            type_name(w.owner),
            type_name_of(receiver)
        )));
    }
    call_slot(w.kind, w.owner, receiver, &Args { all: &args.all[1..], nargs: rest.len(), kwnames: args.kwnames })
}

fn bound_call(m: Value, args: &Args) -> PyResult<Obj> {
    let w = get(m);
    call_slot(w.kind, w.owner, w.receiver, args)
}

/// Calls slot `kind` of `owner` on `receiver`.
pub fn call_slot(kind: SlotKind, owner: *mut TypeObject, receiver: Value, args: &Args) -> PyResult<Obj> {
    let name = kind.name();
    if kind != SlotKind::Call {
        if !args.kw_is_empty() {
            return Err(type_error(format!("{name}() takes no keyword arguments")));
        }
        let want = kind.arity();
        // `__get__(instance, owner=None)`: the owner is optional.
        let optional_owner = kind == SlotKind::Get && args.nargs == 1;
        if args.nargs != want && !optional_owner {
            return Err(type_error(format!(
                "expected {want} argument{}, got {}",
                if want == 1 { "" } else { "s" },
                args.nargs
            )));
        }
    }
    // SAFETY: live type object; its slots are readied.
    let s = unsafe { &(*owner).slots };
    let a = args.positional();
    let missing = || type_error(format!("'{}' object has no slot {name}", type_name(owner)));
    match kind {
        SlotKind::Repr => s.repr.ok_or_else(missing)?(receiver),
        SlotKind::Str => s.str.ok_or_else(missing)?(receiver),
        SlotKind::Hash => Ok(int::from_i64(s.hash.ok_or_else(missing)?(receiver)?)),
        SlotKind::Compare(op) => s.richcompare.ok_or_else(missing)?(receiver, a[0], op),
        SlotKind::Len => Ok(int::from_i64(s.len.ok_or_else(missing)?(receiver)? as i64)),
        SlotKind::GetItem => s.getitem.ok_or_else(missing)?(receiver, a[0]),
        SlotKind::SetItem => s.setitem.ok_or_else(missing)?(receiver, a[0], Some(a[1])).map(|_| Obj::none()),
        SlotKind::DelItem => s.setitem.ok_or_else(missing)?(receiver, a[0], None).map(|_| Obj::none()),
        SlotKind::Contains => Ok(Obj::from_bool(s.contains.ok_or_else(missing)?(receiver, a[0])?)),
        SlotKind::Iter => s.iter.ok_or_else(missing)?(receiver),
        SlotKind::Next => match s.next.ok_or_else(missing)?(receiver)? {
            Some(v) => Ok(v),
            None => Err(crate::error::raise_empty(&raw mut crate::builtins::exceptions::STOP_ITERATION)),
        },
        SlotKind::Call => s.call.ok_or_else(missing)?(receiver, args),
        SlotKind::GetAttribute => {
            if !pystr::is_str(a[0]) {
                return Err(type_error(format!("attribute name must be string, not '{}'", type_name_of(a[0]))));
            }
            s.getattr.ok_or_else(missing)?(receiver, a[0])
        }
        SlotKind::SetAttr => s.setattr.ok_or_else(missing)?(receiver, a[0], Some(a[1])).map(|_| Obj::none()),
        SlotKind::DelAttr => s.setattr.ok_or_else(missing)?(receiver, a[0], None).map(|_| Obj::none()),
        SlotKind::Bool => Ok(Obj::from_bool(s.bool.ok_or_else(missing)?(receiver)?)),
        SlotKind::Index => s.index.ok_or_else(missing)?(receiver),
        SlotKind::Get => {
            let owner = a.get(1).copied().filter(|o| !o.is_none());
            if a[0].is_none() && owner.is_none() {
                return Err(type_error("__get__(None, None) is invalid"));
            }
            let obj = if a[0].is_none() { Value::NULL } else { a[0] };
            let owner = owner.unwrap_or_else(|| Value::from_ptr(crate::object::type_of(obj)));
            s.descr_get.ok_or_else(missing)?(receiver, obj, owner)
        }
        SlotKind::Set => s.descr_set.ok_or_else(missing)?(receiver, a[0], Some(a[1])).map(|_| Obj::none()),
        SlotKind::Delete => s.descr_set.ok_or_else(missing)?(receiver, a[0], None).map(|_| Obj::none()),
    }
}
