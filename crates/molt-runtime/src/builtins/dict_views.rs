//! `dict_keys`, `dict_values`, `dict_items` and the dict iterators.
//!
//! Views are live: they hold the dict and read it on every operation.
//! Keys and items views are set-like; their operators build a `set` the
//! way CPython's `dictviews_*` functions do (same source iterated, same
//! insertion order), so the resulting set prints in CPython's order.
//!
//! Iterators remember the dict's size when created and raise
//! `RuntimeError("dictionary changed size during iteration")` when it
//! differs, and count the items still expected, so adding and deleting
//! keys without changing the size is caught as "dictionary keys changed
//! during iteration" once more items turn up than the dict had.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::dict::{self, contains_key, get_item, len};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, type_name_of};
use crate::builtins::{list, set, str as pystr, tuple};
use crate::error::{PyResult, runtime_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, type_of};
use crate::protocol;

/// What a view or an iterator yields.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

macro_rules! view_type {
    ($name:ident, $pyname:literal, $kind:expr, $methods:expr, $setlike:expr) => {
        pub static mut $name: TypeObject = TypeObject::builtin(
            $pyname,
            &raw mut OBJECT_TYPE,
            0,
            dealloc_view,
            Slots {
                repr: Some(view_repr),
                // Set-like views compare by content, so cannot hash; a
                // values view keeps object's identity hash, as in CPython.
                hash: if $setlike { Some(protocol::unhashable) } else { None },
                len: Some(|v| Ok(len(view_dict(v)))),
                iter: Some(|v| Ok(new_iterator(view_dict(v), $kind, false))),
                contains: Some(view_contains),
                richcompare: if $setlike { Some(view_richcompare) } else { None },
                number: if $setlike { Some(view_number) } else { None },
                ..Slots::EMPTY
            },
            $methods,
        )
        .with_getsets(&[GetSetDef {
            name: "mapping",
            get: |v| Ok(crate::builtins::mappingproxy::new(view_dict(v))),
            set: None,
        }]);
    };
}

const SET_LIKE_METHODS: &[MethodDef] = &[
    MethodDef::positional("isdisjoint", view_isdisjoint, 1, 1),
    MethodDef::positional("__reversed__", |a| Ok(new_iterator(view_dict(a[0]), view_kind(a[0]), true)), 0, 0),
];

view_type!(DICT_KEYS_TYPE, "dict_keys", IterKind::Keys, SET_LIKE_METHODS, true);
view_type!(DICT_ITEMS_TYPE, "dict_items", IterKind::Items, SET_LIKE_METHODS, true);
const VALUES_METHODS: &[MethodDef] =
    &[MethodDef::positional("__reversed__", |a| Ok(new_iterator(view_dict(a[0]), IterKind::Values, true)), 0, 0)];

view_type!(DICT_VALUES_TYPE, "dict_values", IterKind::Values, VALUES_METHODS, false);

macro_rules! iterator_type {
    ($name:ident, $pyname:literal) => {
        pub static mut $name: TypeObject = TypeObject::builtin(
            $pyname,
            &raw mut OBJECT_TYPE,
            0,
            dealloc_iterator,
            Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some(iterator_next), ..Slots::EMPTY },
            &[MethodDef::positional("__length_hint__", iterator_length_hint, 0, 0)],
        );
    };
}

iterator_type!(DICT_KEY_ITERATOR_TYPE, "dict_keyiterator");
iterator_type!(DICT_VALUE_ITERATOR_TYPE, "dict_valueiterator");
iterator_type!(DICT_ITEM_ITERATOR_TYPE, "dict_itemiterator");
iterator_type!(DICT_REVERSE_KEY_ITERATOR_TYPE, "dict_reversekeyiterator");
iterator_type!(DICT_REVERSE_VALUE_ITERATOR_TYPE, "dict_reversevalueiterator");
iterator_type!(DICT_REVERSE_ITEM_ITERATOR_TYPE, "dict_reverseitemiterator");

// ---- Views ----------------------------------------------------------------

#[repr(C)]
struct DictView {
    header: Header,
    dict: Value,
}

/// A keys/values/items view of `d`.
pub fn new_view(d: Value, kind: IterKind) -> Obj {
    let ty = match kind {
        IterKind::Keys => &raw mut DICT_KEYS_TYPE,
        IterKind::Values => &raw mut DICT_VALUES_TYPE,
        IterKind::Items => &raw mut DICT_ITEMS_TYPE,
    };
    let p = alloc_object(ty, std::mem::size_of::<DictView>()) as *mut DictView;
    incref(d);
    // SAFETY: fresh allocation.
    unsafe { (*p).dict = d };
    Obj::from_owned(Value::from_ptr(p))
}

fn view_dict(v: Value) -> Value {
    // SAFETY: a DictView.
    unsafe { (*v.as_ptr::<DictView>()).dict }
}

fn view_kind(v: Value) -> IterKind {
    let ty = type_of(v);
    if ty == &raw mut DICT_KEYS_TYPE {
        IterKind::Keys
    } else if ty == &raw mut DICT_VALUES_TYPE {
        IterKind::Values
    } else {
        IterKind::Items
    }
}

/// Whether `v` is a keys or items view (CPython's `PyDictViewSet_Check`).
fn is_set_view(v: Value) -> bool {
    let ty = type_of(v);
    v.is_ptr() && (ty == &raw mut DICT_KEYS_TYPE || ty == &raw mut DICT_ITEMS_TYPE)
}

unsafe fn dealloc_view(v: Value) {
    unsafe {
        decref(view_dict(v));
        free_object(v.as_ptr::<Header>());
    }
}

fn view_repr(v: Value) -> PyResult<Obj> {
    let Some(_guard) = protocol::ReprGuard::enter(v) else {
        return Ok(pystr::new("..."));
    };
    let items = protocol::collect(v)?;
    let l = list::from_vec(items);
    let inner = protocol::repr(l.v())?;
    Ok(pystr::new(&format!("{}({})", type_name_of(v), pystr::as_str(inner.v()))))
}

fn view_contains(v: Value, x: Value) -> PyResult<bool> {
    let d = view_dict(v);
    match view_kind(v) {
        IterKind::Keys => contains_key(d, x),
        IterKind::Values => {
            for (_, value) in dict::items_owned(d) {
                if protocol::eq(value.v(), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        IterKind::Items => {
            if !tuple::is_tuple(x) || tuple::len(x) != 2 {
                return Ok(false);
            }
            let pair = tuple::items(x);
            match get_item(d, pair[0])? {
                Some(value) => {
                    let value = Obj::from_borrowed(value);
                    protocol::eq(value.v(), pair[1])
                }
                None => Ok(false),
            }
        }
    }
}

/// CPython's `dictview_richcompare`: set comparisons by size and
/// containment against any set or set-like view.
fn view_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !set::is_anyset(b) && !is_set_view(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let (la, lb) = (protocol::len(a)?, protocol::len(b)?);
    let r = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let eq = la == lb && all_contained_in(a, b)?;
            eq == (op == CompareOp::Eq)
        }
        CompareOp::Lt => la < lb && all_contained_in(a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(Obj::from_bool(r))
}

fn all_contained_in(small: Value, big: Value) -> PyResult<bool> {
    let it = protocol::iter(small)?;
    while let Some(x) = protocol::next(it.v())? {
        if !protocol::contains(big, x.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's `dictviews_to_set`: a keys view of an exact dict copies the
/// dict directly (with its stored hashes); anything else is iterated.
fn to_set(v: Value) -> PyResult<Obj> {
    if type_of(v) == &raw mut DICT_KEYS_TYPE && v.is_ptr() && dict::is_exact_dict(view_dict(v)) {
        return set::from_iterable(view_dict(v));
    }
    set::from_iterable(v)
}

fn view_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        BinaryOp::Sub => {
            let r = to_set(a)?;
            set::difference_update(r.v(), b)?;
            Ok(r)
        }
        BinaryOp::Or => {
            let r = to_set(a)?;
            set::update(r.v(), b)?;
            Ok(r)
        }
        BinaryOp::Xor => {
            if type_of(a) == &raw mut DICT_ITEMS_TYPE && type_of(b) == &raw mut DICT_ITEMS_TYPE && a.is_ptr() && b.is_ptr() {
                return items_xor(view_dict(a), view_dict(b));
            }
            let r = to_set(a)?;
            set::symmetric_difference_update(r.v(), b)?;
            Ok(r)
        }
        BinaryOp::And => intersect(a, b),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// CPython's `_PyDictView_Intersect`: iterate over the other operand (or
/// the smaller view) and keep what the view contains.
fn intersect(a: Value, b: Value) -> PyResult<Obj> {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let view_len = len(view_dict(view));
    if set::is_exact_set(other) && view_len <= set::len(other) {
        return set::intersection(other, view);
    }
    if is_set_view(other) && len(view_dict(other)) > view_len {
        std::mem::swap(&mut view, &mut other);
    }
    let r = set::new_set();
    let it = protocol::iter(other)?;
    while let Some(x) = protocol::next(it.v())? {
        if view_contains(view, x.v())? {
            set::add(r.v(), x.v())?;
        }
    }
    Ok(r)
}

/// CPython's `dictitems_xor`: pairs of `d2` not equal in `d1`, then the
/// pairs of `d1` left over.
fn items_xor(d1: Value, d2: Value) -> PyResult<Obj> {
    let rest = dict::copy(d1)?;
    let r = set::new_set();
    for (k, v2) in dict::items_owned(d2) {
        let same = match get_item(rest.v(), k.v())? {
            Some(v1) => {
                let v1 = Obj::from_borrowed(v1);
                protocol::eq(v1.v(), v2.v())?
            }
            None => false,
        };
        if same {
            dict::del_item(rest.v(), k.v())?;
        } else {
            set::add(r.v(), tuple::from_slice(&[k.v(), v2.v()]).v())?;
        }
    }
    let remaining = new_view(rest.v(), IterKind::Items);
    set::update(r.v(), remaining.v())?;
    Ok(r)
}

/// CPython's `dictviews_isdisjoint`.
fn view_isdisjoint(a: &[Value]) -> PyResult<Obj> {
    let (view, other) = (a[0], a[1]);
    if view == other {
        return Ok(Obj::from_bool(len(view_dict(view)) == 0));
    }
    // Iterate over the shorter object when both sizes are known.
    let (probe, within) = if (set::is_anyset(other) || is_set_view(other)) && protocol::len(other)? > len(view_dict(view)) {
        (view, other)
    } else {
        (other, view)
    };
    let it = protocol::iter(probe)?;
    while let Some(x) = protocol::next(it.v())? {
        if protocol::contains(within, x.v())? {
            return Ok(Obj::from_bool(false));
        }
    }
    Ok(Obj::from_bool(true))
}

// ---- Iteration ------------------------------------------------------------

#[repr(C)]
struct DictIterator {
    header: Header,
    /// The dict, or null once exhausted.
    dict: Value,
    /// Next entry position (forward), or one past it (reverse).
    pos: usize,
    /// Size of the dict when iteration began.
    used: usize,
    /// Items still expected.
    remaining: usize,
    kind: IterKind,
    reverse: bool,
}

/// An iterator over `d` yielding `kind`, forward or reversed.
pub fn new_iterator(d: Value, kind: IterKind, reverse: bool) -> Obj {
    let ty = match (kind, reverse) {
        (IterKind::Keys, false) => &raw mut DICT_KEY_ITERATOR_TYPE,
        (IterKind::Values, false) => &raw mut DICT_VALUE_ITERATOR_TYPE,
        (IterKind::Items, false) => &raw mut DICT_ITEM_ITERATOR_TYPE,
        (IterKind::Keys, true) => &raw mut DICT_REVERSE_KEY_ITERATOR_TYPE,
        (IterKind::Values, true) => &raw mut DICT_REVERSE_VALUE_ITERATOR_TYPE,
        (IterKind::Items, true) => &raw mut DICT_REVERSE_ITEM_ITERATOR_TYPE,
    };
    let p = alloc_object(ty, std::mem::size_of::<DictIterator>()) as *mut DictIterator;
    incref(d);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).dict = d;
        (*p).pos = if reverse { dict::entry_count(d) } else { 0 };
        (*p).used = len(d);
        (*p).remaining = len(d);
        (*p).kind = kind;
        (*p).reverse = reverse;
    }
    Obj::from_owned(Value::from_ptr(p))
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: a DictIterator.
    let p = unsafe { &mut *it.as_ptr::<DictIterator>() };
    let d = p.dict;
    if d.is_null() {
        return Ok(None);
    }
    if len(d) != p.used {
        // Stays broken, as CPython's (its `di_used` becomes -1).
        p.used = usize::MAX;
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let found = if p.reverse { dict::entry_before(d, p.pos) } else { dict::entry_from(d, p.pos) };
    let Some((pos, k, v)) = found else {
        p.dict = Value::NULL;
        decref(d);
        return Ok(None);
    };
    if p.remaining == 0 {
        p.used = usize::MAX;
        return Err(runtime_error("dictionary keys changed during iteration"));
    }
    p.pos = pos;
    p.remaining -= 1;
    Ok(Some(match p.kind {
        IterKind::Keys => Obj::from_borrowed(k),
        IterKind::Values => Obj::from_borrowed(v),
        IterKind::Items => tuple::from_slice(&[k, v]),
    }))
}

fn iterator_length_hint(a: &[Value]) -> PyResult<Obj> {
    // SAFETY: a DictIterator.
    let p = unsafe { &*a[0].as_ptr::<DictIterator>() };
    let n = if !p.dict.is_null() && len(p.dict) == p.used { p.remaining } else { 0 };
    Ok(crate::builtins::int::from_i64(n as i64))
}

unsafe fn dealloc_iterator(v: Value) {
    unsafe {
        decref((*v.as_ptr::<DictIterator>()).dict);
        free_object(v.as_ptr::<Header>());
    }
}
