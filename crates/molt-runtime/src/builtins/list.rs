//! `list`: mutable sequences over a separately allocated item buffer.
//!
//! The layout (`len`, `items`, `cap`) is fixed so generated code can index
//! lists and read their length without a call.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{Slots, TypeObject, flags, type_name_of};
use crate::builtins::{int, slice, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, index_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref, raw_alloc, raw_free, type_of};
use crate::protocol;

#[unsafe(export_name = "molt_type_list")]
pub static mut LIST_TYPE: TypeObject = TypeObject::builtin(
    "list",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::LIST_SUBCLASS,
    dealloc_list,
    Slots {
        repr: Some(list_repr),
        hash: Some(protocol::unhashable),
        richcompare: Some(list_richcompare),
        len: Some(|v| Ok(len(v))),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        contains: Some(|v, x| protocol::sequence_contains(items(v), x)),
        iter: Some(list_iter),
        number: Some(list_number),
        new: Some(list_new),
        ..Slots::EMPTY
    },
    crate::builtins::list_methods::LIST_METHODS,
);

#[unsafe(export_name = "molt_type_list_iterator")]
pub static mut LIST_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "list_iterator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_seq_iterator,
    Slots {
        iter: Some(|v| Ok(Obj::from_borrowed(v))),
        next: Some(|it| Ok(seq_iterator_advance(it, |seq, i| items(seq).get(i).copied()))),
        ..Slots::EMPTY
    },
    &[],
);

pub static mut LIST_REVERSE_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "list_reverseiterator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_seq_iterator,
    Slots {
        iter: Some(|v| Ok(Obj::from_borrowed(v))),
        next: Some(reverse_iterator_next),
        ..Slots::EMPTY
    },
    &[],
);

#[repr(C)]
pub struct ListObject {
    pub header: Header,
    pub len: usize,
    pub items: *mut Value,
    pub cap: usize,
}

const _: () = assert!(std::mem::offset_of!(ListObject, len) == molt_abi::layout::SEQ_LEN_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(ListObject, items) == molt_abi::layout::LIST_ITEMS_OFFSET as usize);

unsafe fn dealloc_list(v: Value) {
    unsafe {
        let p = v.as_ptr::<ListObject>();
        for &item in items(v) {
            decref(item);
        }
        raw_free((*p).items as *mut u8);
        free_object(p as *mut Header);
    }
}

/// An empty list with room for `cap` items.
pub fn with_capacity(cap: usize) -> Obj {
    let p = alloc_object(&raw mut LIST_TYPE, std::mem::size_of::<ListObject>()) as *mut ListObject;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).items = if cap == 0 { std::ptr::null_mut() } else { raw_alloc(cap * 8) as *mut Value };
        (*p).cap = cap;
        (*p).len = 0;
    }
    Obj::from_owned(Value::from_ptr(p))
}

pub fn new() -> Obj {
    with_capacity(0)
}

/// A list taking over the given references.
pub fn from_vec(values: Vec<Obj>) -> Obj {
    let l = with_capacity(values.len());
    for v in values {
        push(l.v(), v);
    }
    l
}

/// A list of new references to borrowed values.
pub fn from_slice(values: &[Value]) -> Obj {
    let l = with_capacity(values.len());
    for &v in values {
        push(l.v(), Obj::from_borrowed(v));
    }
    l
}

#[inline]
pub fn is_list(v: Value) -> bool {
    // SAFETY: live type object.
    v.is_ptr() && unsafe { (*type_of(v)).flags & flags::LIST_SUBCLASS != 0 }
}

#[inline]
pub fn is_exact_list(v: Value) -> bool {
    has_type(v, &raw mut LIST_TYPE)
}

#[inline]
pub fn len(v: Value) -> usize {
    // SAFETY: list object.
    unsafe { (*v.as_ptr::<ListObject>()).len }
}

/// The items, borrowed; invalidated by any mutation of the list.
#[inline]
pub fn items<'a>(v: Value) -> &'a [Value] {
    // SAFETY: `items` holds `len` initialised values (or is null when empty).
    unsafe {
        let p = v.as_ptr::<ListObject>();
        if (*p).len == 0 { &[] } else { std::slice::from_raw_parts((*p).items, (*p).len) }
    }
}

/// Mutable view of the items.
#[inline]
pub fn items_mut<'a>(v: Value) -> &'a mut [Value] {
    // SAFETY: as in `items`.
    unsafe {
        let p = v.as_ptr::<ListObject>();
        if (*p).len == 0 { &mut [] } else { std::slice::from_raw_parts_mut((*p).items, (*p).len) }
    }
}

/// Ensures room for `extra` more items, growing like CPython's
/// `list_resize` (about 1.125x plus a constant).
pub fn reserve(v: Value, extra: usize) {
    // SAFETY: list object; the buffer is reallocated and copied.
    unsafe {
        let p = v.as_ptr::<ListObject>();
        let need = (*p).len + extra;
        if need <= (*p).cap {
            return;
        }
        let new_cap = (need + (need >> 3) + 6) & !3;
        let buf = raw_alloc(new_cap * 8) as *mut Value;
        if (*p).len > 0 {
            std::ptr::copy_nonoverlapping((*p).items, buf, (*p).len);
        }
        raw_free((*p).items as *mut u8);
        (*p).items = buf;
        (*p).cap = new_cap;
    }
}

/// Appends, taking over the reference.
#[inline]
pub fn push(v: Value, item: Obj) {
    reserve(v, 1);
    // SAFETY: `reserve` made room.
    unsafe {
        let p = v.as_ptr::<ListObject>();
        *(*p).items.add((*p).len) = item.into_raw();
        (*p).len += 1;
    }
}

/// Inserts at `index` (clamped), taking over the reference.
pub fn insert(v: Value, index: usize, item: Obj) {
    reserve(v, 1);
    // SAFETY: `reserve` made room; items shift right by one.
    unsafe {
        let p = v.as_ptr::<ListObject>();
        let index = index.min((*p).len);
        std::ptr::copy((*p).items.add(index), (*p).items.add(index + 1), (*p).len - index);
        *(*p).items.add(index) = item.into_raw();
        (*p).len += 1;
    }
}

/// Removes and returns the item at `index` (in range).
pub fn remove_at(v: Value, index: usize) -> Obj {
    // SAFETY: index in range; items shift left by one.
    unsafe {
        let p = v.as_ptr::<ListObject>();
        let item = *(*p).items.add(index);
        std::ptr::copy((*p).items.add(index + 1), (*p).items.add(index), (*p).len - index - 1);
        (*p).len -= 1;
        Obj::from_owned(item)
    }
}

/// Replaces all items with `new_items` (references taken over), releasing
/// the old ones after the list is consistent again.
pub fn replace_all(v: Value, new_items: Vec<Obj>) {
    let old: Vec<Obj> = {
        // SAFETY: list object; ownership of the old items moves to `old`.
        unsafe {
            let p = v.as_ptr::<ListObject>();
            let old = items(v).iter().map(|&x| Obj::from_owned(x)).collect();
            (*p).len = 0;
            old
        }
    };
    reserve(v, new_items.len());
    for item in new_items {
        push(v, item);
    }
    drop(old);
}

fn list_repr(v: Value) -> PyResult<Obj> {
    if len(v) == 0 {
        return Ok(pystr::new("[]"));
    }
    let Some(_guard) = protocol::ReprGuard::enter(v) else {
        return Ok(pystr::new("[...]"));
    };
    let mut out = String::from("[");
    let mut i = 0;
    while i < len(v) {
        if i > 0 {
            out.push_str(", ");
        }
        let item = Obj::from_borrowed(items(v)[i]);
        out.push_str(pystr::as_str(protocol::repr(item.v())?.v()));
        i += 1;
    }
    out.push(']');
    Ok(pystr::new(&out))
}

fn list_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_list(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    // Snapshot with new references: comparisons may run Python code that
    // mutates the lists.
    let xs: Vec<Obj> = items(a).iter().map(|&x| Obj::from_borrowed(x)).collect();
    let ys: Vec<Obj> = items(b).iter().map(|&x| Obj::from_borrowed(x)).collect();
    let xs: Vec<Value> = xs.iter().map(Obj::v).collect();
    let ys: Vec<Value> = ys.iter().map(Obj::v).collect();
    protocol::compare_sequences(&xs, &ys, op)
}

fn list_getitem(v: Value, key: Value) -> PyResult<Obj> {
    if let Some(i) = int::view(key) {
        return match protocol::sequence_index(&i, len(v))? {
            Some(i) => Ok(Obj::from_borrowed(items(v)[i])),
            None => Err(index_error("list index out of range")),
        };
    }
    if slice::is_slice(key) {
        let (start, _, step, count) = slice::indices(key, len(v))?;
        let src = items(v);
        if step == 1 {
            return Ok(from_slice(&src[start as usize..start as usize + count]));
        }
        let l = with_capacity(count);
        for k in 0..count {
            push(l.v(), Obj::from_borrowed(src[(start + k as isize * step) as usize]));
        }
        return Ok(l);
    }
    if let Some(i) = protocol::index_key(key)? {
        return list_getitem(v, i.v());
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", type_name_of(key))))
}

fn list_setitem(v: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    if let Some(i) = int::view(key) {
        let Some(i) = protocol::sequence_index(&i, len(v))? else {
            return Err(index_error("list assignment index out of range"));
        };
        match value {
            Some(x) => {
                incref(x);
                let old = std::mem::replace(&mut items_mut(v)[i], x);
                decref(old);
            }
            None => drop(remove_at(v, i)),
        }
        return Ok(());
    }
    if slice::is_slice(key) {
        return assign_slice(v, key, value);
    }
    if let Some(i) = protocol::index_key(key)? {
        return list_setitem(v, i.v(), value);
    }
    Err(type_error(format!("list indices must be integers or slices, not {}", type_name_of(key))))
}

/// `l[a:b:c] = iterable` and `del l[a:b:c]`.
fn assign_slice(v: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    let (start, stop, step, count) = slice::indices(key, len(v))?;
    let current: Vec<Obj> = items(v).iter().map(|&x| Obj::from_borrowed(x)).collect();
    let mut result: Vec<Obj>;
    match value {
        None => {
            let mut drop_idx = vec![false; current.len()];
            for k in 0..count {
                drop_idx[(start + k as isize * step) as usize] = true;
            }
            result = current.into_iter().zip(drop_idx).filter(|(_, d)| !d).map(|(x, _)| x).collect();
        }
        Some(src) => {
            let new_items = if src == v {
                current.clone()
            } else {
                protocol::collect(src).map_err(|e| {
                    // CPython's `PySequence_Fast(v, "can only assign an iterable")`.
                    if crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR)
                        && crate::object::type_slots(src).iter.is_none()
                        && crate::object::type_slots(src).getitem.is_none()
                    {
                        crate::error::clear_raised();
                        return type_error("can only assign an iterable");
                    }
                    e
                })?
            };
            if step == 1 {
                drop(current);
                splice(v, start as usize, stop.max(start) as usize, new_items);
                return Ok(());
            } else {
                if new_items.len() != count {
                    return Err(value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        count
                    )));
                }
                result = current;
                for (k, item) in new_items.into_iter().enumerate() {
                    result[(start + k as isize * step) as usize] = item;
                }
            }
        }
    }
    replace_all(v, result);
    Ok(())
}

/// Replaces `items[start..stop]` with `new_items` in place. The removed
/// items are released only once the list is consistent again, since
/// releasing one can run code that looks at the list.
fn splice(v: Value, start: usize, stop: usize, new_items: Vec<Obj>) {
    // Clamped again, as CPython does: iterating the new items may have
    // shrunk the list.
    let start = start.min(len(v));
    let stop = stop.clamp(start, len(v));
    let removed: Vec<Obj> = items(v)[start..stop].iter().map(|&x| Obj::from_owned(x)).collect();
    let (old_len, added) = (len(v), new_items.len());
    if added > removed.len() {
        reserve(v, added - removed.len());
    }
    // SAFETY: list object with capacity for the new length; the tail is
    // moved (possibly overlapping) before the new items fill the gap, and
    // the removed items' references now belong to `removed`.
    unsafe {
        let p = v.as_ptr::<ListObject>();
        let base = (*p).items;
        if stop < old_len {
            std::ptr::copy(base.add(stop), base.add(start + added), old_len - stop);
        }
        for (k, item) in new_items.into_iter().enumerate() {
            *base.add(start + k) = item.into_raw();
        }
        (*p).len = old_len - (stop - start) + added;
    }
    // Last first, as CPython releases them (observable through `__del__`).
    removed.into_iter().rev().for_each(drop);
}

fn list_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    match op {
        BinaryOp::Add if is_list(a) => {
            if !is_list(b) {
                return Err(type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_name_of(b)
                )));
            }
            let mut all = items(a).to_vec();
            all.extend_from_slice(items(b));
            Ok(from_slice(&all))
        }
        BinaryOp::Mul => {
            let (l, n) = if is_list(a) { (a, b) } else { (b, a) };
            let Some(n) = int::view(n) else {
                return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
            };
            let count = protocol::repeat_count(&n, len(l))?;
            let src = items(l).to_vec();
            let out = with_capacity(src.len() * count);
            for _ in 0..count {
                for &x in &src {
                    push(out.v(), Obj::from_borrowed(x));
                }
            }
            Ok(out)
        }
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// `a += b` on a list: extends in place.
pub fn inplace_concat(a: Value, b: Value) -> PyResult<Obj> {
    extend(a, b)?;
    Ok(Obj::from_borrowed(a))
}

/// `a *= n` on a list.
pub fn inplace_repeat(a: Value, n: Value) -> PyResult<Obj> {
    let Some(count) = int::view(n) else {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name_of(n))));
    };
    let count = protocol::repeat_count(&count, len(a))?;
    let src: Vec<Obj> = items(a).iter().map(|&x| Obj::from_borrowed(x)).collect();
    let mut all = Vec::with_capacity(src.len() * count);
    for _ in 0..count {
        all.extend(src.iter().cloned());
    }
    replace_all(a, all);
    Ok(Obj::from_borrowed(a))
}

/// `list.extend(iterable)`.
pub fn extend(l: Value, iterable: Value) -> PyResult<()> {
    if is_list(iterable) || crate::builtins::tuple::is_tuple(iterable) {
        let src: Vec<Value> = if is_list(iterable) {
            items(iterable).to_vec()
        } else {
            crate::builtins::tuple::items(iterable).to_vec()
        };
        reserve(l, src.len());
        for x in src {
            push(l, Obj::from_borrowed(x));
        }
        return Ok(());
    }
    let it = protocol::iter(iterable)?;
    while let Some(x) = protocol::next(it.v())? {
        push(l, x);
    }
    Ok(())
}

fn list_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(new()),
        [x] => {
            let l = new();
            extend(l.v(), *x)?;
            Ok(l)
        }
        more => Err(type_error(format!("list expected at most 1 argument, got {}", more.len()))),
    }
}

/// Iterator over a list or tuple by index, valid under mutation (it simply
/// re-reads the length each step, like CPython's).
#[repr(C)]
pub struct SeqIterator {
    pub header: Header,
    /// The sequence, or null once exhausted.
    pub seq: Value,
    pub index: usize,
}

const _: () = assert!(std::mem::offset_of!(SeqIterator, seq) == molt_abi::layout::SEQ_ITER_SEQ_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(SeqIterator, index) == molt_abi::layout::SEQ_ITER_INDEX_OFFSET as usize);

pub fn new_seq_iterator(ty: *mut TypeObject, seq: Value) -> Obj {
    let p = alloc_object(ty, std::mem::size_of::<SeqIterator>()) as *mut SeqIterator;
    incref(seq);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).seq = seq;
        (*p).index = 0;
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Advances a [`SeqIterator`] using `get(seq, index)`.
pub fn seq_iterator_advance(it: Value, get: impl Fn(Value, usize) -> Option<Value>) -> Option<Obj> {
    // SAFETY: a SeqIterator.
    unsafe {
        let p = it.as_ptr::<SeqIterator>();
        if (*p).seq.is_null() {
            return None;
        }
        match get((*p).seq, (*p).index) {
            Some(v) => {
                (*p).index += 1;
                Some(Obj::from_borrowed(v))
            }
            None => {
                decref((*p).seq);
                (*p).seq = Value::NULL;
                None
            }
        }
    }
}

pub unsafe fn dealloc_seq_iterator(v: Value) {
    unsafe {
        decref((*v.as_ptr::<SeqIterator>()).seq);
        free_object(v.as_ptr::<Header>());
    }
}

fn list_iter(v: Value) -> PyResult<Obj> {
    Ok(new_seq_iterator(&raw mut LIST_ITERATOR_TYPE, v))
}

/// `reversed(list)`: index counts down from the end.
pub fn reverse_iter(v: Value) -> Obj {
    let it = new_seq_iterator(&raw mut LIST_REVERSE_ITERATOR_TYPE, v);
    // SAFETY: fresh SeqIterator; `index` holds the next position plus one.
    unsafe { (*it.v().as_ptr::<SeqIterator>()).index = len(v) };
    it
}

fn reverse_iterator_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: a SeqIterator over a list.
    unsafe {
        let p = it.as_ptr::<SeqIterator>();
        if (*p).seq.is_null() {
            return Ok(None);
        }
        let n = len((*p).seq);
        if (*p).index > 0 && (*p).index <= n {
            (*p).index -= 1;
            return Ok(Some(Obj::from_borrowed(items((*p).seq)[(*p).index])));
        }
        decref((*p).seq);
        (*p).seq = Value::NULL;
        Ok(None)
    }
}
