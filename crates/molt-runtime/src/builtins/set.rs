//! `set` and `frozenset`: open-addressing hash tables that reproduce
//! CPython's table algorithm (linear probes of 9 slots, then perturbed
//! jumps; the same growth policy and merge paths), so iteration order is
//! CPython's for the same operations and hash seed.

use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{Slots, TypeObject, flags, type_name_of};
use crate::builtins::{dict, list, str as pystr};
use crate::call::Args;
use crate::error::{PyResult, key_error, runtime_error, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref, type_of};
use crate::protocol;

pub static mut SET_TYPE: TypeObject = TypeObject::builtin(
    "set",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::WEAKREF,
    dealloc_set,
    Slots {
        repr: Some(set_repr),
        hash: Some(protocol::unhashable),
        richcompare: Some(set_richcompare),
        len: Some(|v| Ok(len(v))),
        contains: Some(contains),
        iter: Some(set_iter),
        number: Some(set_number),
        new: Some(set_new),
        ..Slots::EMPTY
    },
    crate::builtins::set_methods::SET_METHODS,
);

pub static mut FROZENSET_TYPE: TypeObject = TypeObject::builtin(
    "frozenset",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::WEAKREF,
    dealloc_set,
    Slots {
        repr: Some(set_repr),
        hash: Some(frozenset_hash),
        richcompare: Some(set_richcompare),
        len: Some(|v| Ok(len(v))),
        contains: Some(contains),
        iter: Some(set_iter),
        number: Some(set_number),
        new: Some(frozenset_new),
        ..Slots::EMPTY
    },
    crate::builtins::set_methods::FROZENSET_METHODS,
);

pub static mut SET_ITERATOR_TYPE: TypeObject = TypeObject::builtin(
    "set_iterator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_iterator,
    Slots { iter: Some(|v| Ok(Obj::from_borrowed(v))), next: Some(iterator_next), ..Slots::EMPTY },
    &[],
);

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Hash stored in a deleted slot (CPython keeps a `dummy` key there).
const DUMMY_HASH: i64 = -1;

#[derive(Copy, Clone)]
struct Entry {
    /// Null: unused; `DUMMY` marker value: deleted.
    key: Value,
    hash: i64,
}

/// Key of a deleted slot; never a real value.
const DUMMY: Value = Value(molt_abi::value::ITER_STOP);

const UNUSED: Entry = Entry { key: Value::NULL, hash: 0 };

#[repr(C)]
pub struct SetObject {
    pub header: Header,
    /// Active entries.
    used: usize,
    /// Active plus dummy entries.
    fill: usize,
    mask: usize,
    table: *mut Vec<Entry>,
    /// Where `pop` resumes its scan (CPython's `finger`).
    finger: usize,
}

fn obj<'a>(s: Value) -> &'a mut SetObject {
    // SAFETY: callers pass set or frozenset objects.
    unsafe { &mut *s.as_ptr::<SetObject>() }
}

fn table<'a>(s: Value) -> &'a mut Vec<Entry> {
    // SAFETY: every set owns a table.
    unsafe { &mut *obj(s).table }
}

unsafe fn dealloc_set(v: Value) {
    unsafe {
        let t = Box::from_raw(obj(v).table);
        for e in t.iter() {
            if is_active(e) {
                decref(e.key);
            }
        }
        drop(t);
        free_object(v.as_ptr::<Header>());
    }
}

#[inline]
fn is_active(e: &Entry) -> bool {
    !e.key.is_null() && e.key != DUMMY
}

fn alloc(ty: *mut TypeObject) -> Obj {
    new_subtype(ty, std::mem::size_of::<SetObject>())
}

/// An empty set whose type is `ty` (a set or frozenset subclass whose
/// instances take `size` bytes).
pub fn new_subtype(ty: *mut TypeObject, size: usize) -> Obj {
    let p = alloc_object(ty, size) as *mut SetObject;
    // SAFETY: fresh allocation.
    unsafe {
        (*p).table = Box::into_raw(Box::new(vec![UNUSED; MIN_SIZE]));
        (*p).mask = MIN_SIZE - 1;
    }
    Obj::from_owned(Value::from_ptr(p))
}

pub fn new_set() -> Obj {
    alloc(&raw mut SET_TYPE)
}

pub fn new_frozenset() -> Obj {
    alloc(&raw mut FROZENSET_TYPE)
}

pub fn is_set(v: Value) -> bool {
    v.is_ptr() && crate::builtins::type_::is_subtype(type_of(v), &raw mut SET_TYPE)
}

pub fn is_exact_set(v: Value) -> bool {
    has_type(v, &raw mut SET_TYPE)
}

pub fn is_frozenset(v: Value) -> bool {
    v.is_ptr() && crate::builtins::type_::is_subtype(type_of(v), &raw mut FROZENSET_TYPE)
}

pub fn is_anyset(v: Value) -> bool {
    is_set(v) || is_frozenset(v)
}

pub fn len(s: Value) -> usize {
    obj(s).used
}

/// The active keys in table order (borrowed).
pub fn keys(s: Value) -> Vec<Value> {
    table(s).iter().filter(|e| is_active(e)).map(|e| e.key).collect()
}

/// The active keys with their hashes, as new references (safe to hold
/// while comparisons run Python code); CPython's `set_next` loops.
fn keys_with_hashes(s: Value) -> Vec<(Obj, i64)> {
    table(s).iter().filter(|e| is_active(e)).map(|e| (Obj::from_borrowed(e.key), e.hash)).collect()
}

#[inline]
fn keys_equal(stored: Value, key: Value) -> PyResult<bool> {
    if stored == key {
        return Ok(true);
    }
    if pystr::is_exact_str(stored) && pystr::is_exact_str(key) {
        return Ok(pystr::eq(stored, key));
    }
    let keep = Obj::from_borrowed(stored);
    protocol::eq(keep.v(), key)
}

/// Finds the slot holding `key`, or None (CPython's `set_lookkey`).
/// Restarts if a comparison mutated the table.
fn lookup(s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let mut mask = obj(s).mask;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let e = table(s)[j];
                if e.hash == 0 && e.key.is_null() {
                    return Ok(None);
                }
                if e.hash == hash && e.key != DUMMY {
                    if e.key == key
                        || (pystr::is_exact_str(e.key) && pystr::is_exact_str(key) && pystr::eq(e.key, key))
                    {
                        return Ok(Some(j));
                    }
                    let before = obj(s).table;
                    let same = keys_equal(e.key, key)?;
                    if before != obj(s).table || table(s)[j].key != e.key {
                        continue 'restart;
                    }
                    if same {
                        return Ok(Some(j));
                    }
                    mask = obj(s).mask;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Adds `key` (borrowed) with its hash; CPython's `set_add_entry`.
fn add_entry(s: Value, key: Value, hash: i64) -> PyResult<()> {
    let keep = Obj::from_borrowed(key);
    'restart: loop {
        let mut mask = obj(s).mask;
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let e = table(s)[j];
                if e.hash == 0 && e.key.is_null() {
                    let so = obj(s);
                    match freeslot {
                        Some(f) => {
                            so.used += 1;
                            table(s)[f] = Entry { key: keep.into_raw(), hash };
                            return Ok(());
                        }
                        None => {
                            so.fill += 1;
                            so.used += 1;
                            table(s)[j] = Entry { key: keep.into_raw(), hash };
                            if so.fill * 5 < mask * 3 {
                                return Ok(());
                            }
                            let target = if so.used > 50000 { so.used * 2 } else { so.used * 4 };
                            resize(s, target);
                            return Ok(());
                        }
                    }
                }
                if e.hash == hash && e.key != DUMMY {
                    if e.key == key
                        || (pystr::is_exact_str(e.key) && pystr::is_exact_str(key) && pystr::eq(e.key, key))
                    {
                        return Ok(());
                    }
                    let before = obj(s).table;
                    if keys_equal(e.key, key)? {
                        return Ok(());
                    }
                    if before != obj(s).table || table(s)[j].key != e.key {
                        continue 'restart;
                    }
                    mask = obj(s).mask;
                } else if e.hash == DUMMY_HASH && e.key == DUMMY && freeslot.is_none() {
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Places a key known to be absent into a table without dummies.
fn insert_clean(t: &mut [Entry], mask: usize, key: Value, hash: i64) {
    let mut perturb = hash as u64;
    let mut i = hash as u64 as usize & mask;
    loop {
        if t[i].key.is_null() {
            t[i] = Entry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if t[j].key.is_null() {
                    t[j] = Entry { key, hash };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

/// Rebuilds the table with the smallest size above `minused`.
fn resize(s: Value, minused: usize) {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    let old = std::mem::replace(table(s), vec![UNUSED; size]);
    let so = obj(s);
    so.mask = size - 1;
    so.fill = so.used;
    let t = table(s);
    for e in old {
        if is_active(&e) {
            insert_clean(t, size - 1, e.key, e.hash);
        }
    }
}

/// The hash of a key to look up or discard: an unhashable `set` is
/// looked up as the equal frozenset (CPython's `set_contains`,
/// `set_discard`, `set_remove`).
fn lookup_hash(key: Value) -> PyResult<(Obj, i64)> {
    match protocol::hash(key) {
        Ok(h) => Ok((Obj::from_borrowed(key), h)),
        Err(e) => {
            if is_set(key) && crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR) {
                crate::error::clear_raised();
                let f = frozen_copy(key)?;
                let h = protocol::hash(f.v())?;
                return Ok((f, h));
            }
            Err(e)
        }
    }
}

/// Adds a key (borrowed).
pub fn add(s: Value, key: Value) -> PyResult<()> {
    let hash = protocol::hash(key)?;
    add_entry(s, key, hash)
}

/// `key in s`.
pub fn contains(s: Value, key: Value) -> PyResult<bool> {
    let (key, hash) = lookup_hash(key)?;
    Ok(lookup(s, key.v(), hash)?.is_some())
}

/// Removes the entry in slot `j`, leaving a dummy.
fn discard_slot(s: Value, j: usize) {
    let old = std::mem::replace(&mut table(s)[j], Entry { key: DUMMY, hash: DUMMY_HASH });
    obj(s).used -= 1;
    decref(old.key);
}

/// Removes a key with a known hash; returns whether it was present.
fn discard_entry(s: Value, key: Value, hash: i64) -> PyResult<bool> {
    match lookup(s, key, hash)? {
        Some(j) => {
            discard_slot(s, j);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// `set.discard(key)`: returns whether it was present.
pub fn discard(s: Value, key: Value) -> PyResult<bool> {
    let (key, hash) = lookup_hash(key)?;
    discard_entry(s, key.v(), hash)
}

/// `set.remove(key)`.
pub fn remove(s: Value, key: Value) -> PyResult<()> {
    if discard(s, key)? { Ok(()) } else { Err(key_error(key)) }
}

/// Removes every element.
pub fn clear(s: Value) {
    let old = std::mem::replace(table(s), vec![UNUSED; MIN_SIZE]);
    let so = obj(s);
    so.mask = MIN_SIZE - 1;
    so.used = 0;
    so.fill = 0;
    for e in old {
        if is_active(&e) {
            decref(e.key);
        }
    }
}

/// `set.pop()`: scans from where the last pop stopped, as CPython does.
pub fn pop(s: Value) -> PyResult<Obj> {
    if len(s) == 0 {
        return Err(crate::error::raise(&raw mut crate::builtins::exceptions::KEY_ERROR, "pop from an empty set"));
    }
    let so = obj(s);
    let t = table(s);
    let mut j = so.finger & so.mask;
    while !is_active(&t[j]) {
        j = if j == so.mask { 0 } else { j + 1 };
    }
    let old = std::mem::replace(&mut t[j], Entry { key: DUMMY, hash: DUMMY_HASH });
    so.used -= 1;
    so.finger = j + 1;
    Ok(Obj::from_owned(old.key))
}

/// Exchanges the tables of two sets (CPython's `set_swap_bodies`), so
/// `a &= b` leaves exactly the layout the intersection built.
fn swap_bodies(a: Value, b: Value) {
    let (x, y) = (obj(a), obj(b));
    std::mem::swap(&mut x.table, &mut y.table);
    std::mem::swap(&mut x.used, &mut y.used);
    std::mem::swap(&mut x.fill, &mut y.fill);
    std::mem::swap(&mut x.mask, &mut y.mask);
}

/// CPython's `set_merge`: adds every element of another set.
fn merge(s: Value, other: Value) -> PyResult<()> {
    if s == other || len(other) == 0 {
        return Ok(());
    }
    let (fill, used, mask) = (obj(s).fill, obj(s).used, obj(s).mask);
    if (fill + len(other)) * 5 >= mask * 3 {
        resize(s, (used + len(other)) * 2);
    }
    let o = obj(other);
    if obj(s).fill == 0 && obj(s).mask == o.mask && o.fill == o.used {
        let t = table(s);
        for (j, e) in table(other).iter().enumerate() {
            if !e.key.is_null() {
                incref(e.key);
                t[j] = *e;
            }
        }
        obj(s).fill = o.fill;
        obj(s).used = o.used;
        return Ok(());
    }
    if obj(s).fill == 0 {
        let mask = obj(s).mask;
        obj(s).fill = o.used;
        obj(s).used = o.used;
        let t = table(s);
        for e in table(other).iter() {
            if is_active(e) {
                incref(e.key);
                insert_clean(t, mask, e.key, e.hash);
            }
        }
        return Ok(());
    }
    for (k, h) in keys_with_hashes(other) {
        add_entry(s, k.v(), h)?;
    }
    Ok(())
}

/// `set.update(iterable)`: CPython's `set_update_internal`.
pub fn update(s: Value, iterable: Value) -> PyResult<()> {
    if is_anyset(iterable) {
        return merge(s, iterable);
    }
    if dict::is_exact_dict(iterable) {
        let n = dict::len(iterable);
        let (fill, used, mask) = (obj(s).fill, obj(s).used, obj(s).mask);
        if (fill + n) * 5 >= mask * 3 {
            resize(s, (used + n) * 2);
        }
        for (k, h) in dict::keys_with_hashes(iterable) {
            add_entry(s, k.v(), h)?;
        }
        return Ok(());
    }
    if list::is_exact_list(iterable) {
        // Each item is re-read, as the list may change under `__eq__`.
        let mut i = 0;
        while i < list::len(iterable) {
            let x = Obj::from_borrowed(list::items(iterable)[i]);
            add(s, x.v())?;
            i += 1;
        }
        return Ok(());
    }
    let it = protocol::iter(iterable)?;
    while let Some(x) = protocol::next(it.v())? {
        add(s, x.v())?;
    }
    Ok(())
}

/// A new set from any iterable.
pub fn from_iterable(iterable: Value) -> PyResult<Obj> {
    let s = new_set();
    update(s.v(), iterable)?;
    Ok(s)
}

/// A frozenset copy of a set (for hashing sets used as keys).
pub fn frozen_copy(s: Value) -> PyResult<Obj> {
    let f = new_frozenset();
    merge(f.v(), s)?;
    Ok(f)
}

/// A new, empty set or frozenset of the base kind of `like` (CPython's
/// `make_new_set_basetype`).
fn same_kind(like: Value) -> Obj {
    if is_set(like) { new_set() } else { new_frozenset() }
}

/// `set.copy()` and the start of most operators: a copy of the base kind.
pub fn copy(s: Value) -> PyResult<Obj> {
    let r = same_kind(s);
    merge(r.v(), s)?;
    Ok(r)
}

/// `a | b` for sets, and each step of `a.union(*others)`.
pub fn union(a: Value, b: Value) -> PyResult<Obj> {
    let r = copy(a)?;
    if a != b {
        update(r.v(), b)?;
    }
    Ok(r)
}

/// `a & b` and `a.intersection(b)` (CPython's `set_intersection`: over
/// the smaller set, or over the iterable until the result is full).
pub fn intersection(a: Value, b: Value) -> PyResult<Obj> {
    if a == b {
        return copy(a);
    }
    let r = same_kind(a);
    if is_anyset(b) {
        let (big, small) = if len(b) > len(a) { (b, a) } else { (a, b) };
        for (k, h) in keys_with_hashes(small) {
            if lookup(big, k.v(), h)?.is_some() {
                add_entry(r.v(), k.v(), h)?;
            }
        }
        return Ok(r);
    }
    let it = protocol::iter(b)?;
    while let Some(x) = protocol::next(it.v())? {
        let h = protocol::hash(x.v())?;
        if lookup(a, x.v(), h)?.is_some() {
            add_entry(r.v(), x.v(), h)?;
            if len(r.v()) >= len(a) {
                break;
            }
        }
    }
    Ok(r)
}

/// `a &= b` and `a.intersection_update(...)` once the intersection `r`
/// is built: `a` takes over its table.
pub fn intersection_update_with(a: Value, r: Value) {
    swap_bodies(a, r);
}

/// `a - b` and `a.difference(b)` (CPython's `set_difference`).
pub fn difference(a: Value, b: Value) -> PyResult<Obj> {
    let other_len = if is_anyset(b) {
        len(b)
    } else if dict::is_exact_dict(b) {
        dict::len(b)
    } else {
        let r = copy(a)?;
        difference_update(r.v(), b)?;
        return Ok(r);
    };
    if (len(a) >> 2) > other_len {
        let r = copy(a)?;
        difference_update(r.v(), b)?;
        return Ok(r);
    }
    let r = same_kind(a);
    for (k, h) in keys_with_hashes(a) {
        let present = if is_anyset(b) { lookup(b, k.v(), h)?.is_some() } else { dict::contains_key(b, k.v())? };
        if !present {
            add_entry(r.v(), k.v(), h)?;
        }
    }
    Ok(r)
}

/// `a -= b` and `a.difference_update(b)` (CPython's
/// `set_difference_update_internal`, including its final resize when
/// more than a quarter of the slots are dummies).
pub fn difference_update(a: Value, b: Value) -> PyResult<()> {
    if a == b {
        clear(a);
        return Ok(());
    }
    if is_anyset(b) {
        let other = if (len(b) >> 3) > len(a) { intersection(a, b)? } else { Obj::from_borrowed(b) };
        for (k, h) in keys_with_hashes(other.v()) {
            discard_entry(a, k.v(), h)?;
        }
    } else {
        let it = protocol::iter(b)?;
        while let Some(x) = protocol::next(it.v())? {
            let h = protocol::hash(x.v())?;
            discard_entry(a, x.v(), h)?;
        }
    }
    let so = obj(a);
    if so.fill - so.used > so.mask / 4 {
        let target = if so.used > 50000 { so.used * 2 } else { so.used * 4 };
        resize(a, target);
    }
    Ok(())
}

/// `a ^ b`: CPython copies `b` (as the kind of `a`), then toggles each
/// element of `a`.
pub fn symmetric_difference(a: Value, b: Value) -> PyResult<Obj> {
    let r = same_kind(a);
    update(r.v(), b)?;
    symmetric_difference_update(r.v(), a)?;
    Ok(r)
}

/// `a ^= b` and `a.symmetric_difference_update(b)`.
pub fn symmetric_difference_update(a: Value, b: Value) -> PyResult<()> {
    if a == b {
        clear(a);
        return Ok(());
    }
    let toggle = |k: Value, h: i64| -> PyResult<()> {
        if !discard_entry(a, k, h)? {
            add_entry(a, k, h)?;
        }
        Ok(())
    };
    if dict::is_exact_dict(b) {
        for (k, h) in dict::keys_with_hashes(b) {
            toggle(k.v(), h)?;
        }
        return Ok(());
    }
    let other = if is_anyset(b) {
        Obj::from_borrowed(b)
    } else {
        let o = same_kind(a);
        update(o.v(), b)?;
        o
    };
    for (k, h) in keys_with_hashes(other.v()) {
        toggle(k.v(), h)?;
    }
    Ok(())
}

/// `a <= b` for two sets.
fn is_subset_of_set(a: Value, b: Value) -> PyResult<bool> {
    if len(a) > len(b) {
        return Ok(false);
    }
    for (k, h) in keys_with_hashes(a) {
        if lookup(b, k.v(), h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.issubset(b)` for any iterable `b` (CPython's `set_issubset`).
pub fn is_subset(a: Value, b: Value) -> PyResult<bool> {
    if !is_anyset(b) {
        let common = intersection(a, b)?;
        return Ok(len(common.v()) == len(a));
    }
    is_subset_of_set(a, b)
}

/// `a.issuperset(b)` for any iterable `b` (CPython's `set_issuperset`).
pub fn is_superset(a: Value, b: Value) -> PyResult<bool> {
    if is_anyset(b) {
        return is_subset_of_set(b, a);
    }
    let it = protocol::iter(b)?;
    while let Some(x) = protocol::next(it.v())? {
        let h = protocol::hash(x.v())?;
        if lookup(a, x.v(), h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(b)` (CPython's `set_isdisjoint`).
pub fn is_disjoint(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(len(a) == 0);
    }
    if is_exact_set(b) || has_type(b, &raw mut FROZENSET_TYPE) {
        let (big, small) = if len(b) > len(a) { (b, a) } else { (a, b) };
        for (k, h) in keys_with_hashes(small) {
            if lookup(big, k.v(), h)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = protocol::iter(b)?;
    while let Some(x) = protocol::next(it.v())? {
        let h = protocol::hash(x.v())?;
        if lookup(a, x.v(), h)?.is_some() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_repr(s: Value) -> PyResult<Obj> {
    let name = type_name_of(s);
    if len(s) == 0 {
        return Ok(pystr::new(&format!("{name}()")));
    }
    let Some(_guard) = protocol::ReprGuard::enter(s) else {
        return Ok(pystr::new(&format!("{name}(...)")));
    };
    let items = list::from_slice(&keys(s));
    let inner = protocol::repr(items.v())?;
    let inner = pystr::as_str(inner.v());
    let body = &inner[1..inner.len() - 1];
    if has_type(s, &raw mut SET_TYPE) {
        Ok(pystr::new(&format!("{{{body}}}")))
    } else {
        Ok(pystr::new(&format!("{name}({{{body}}})")))
    }
}

fn set_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_anyset(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let r = match op {
        CompareOp::Eq => len(a) == len(b) && is_subset_of_set(a, b)?,
        CompareOp::Ne => !(len(a) == len(b) && is_subset_of_set(a, b)?),
        CompareOp::Le => is_subset_of_set(a, b)?,
        CompareOp::Ge => is_subset_of_set(b, a)?,
        CompareOp::Lt => len(a) < len(b) && is_subset_of_set(a, b)?,
        CompareOp::Gt => len(a) > len(b) && is_subset_of_set(b, a)?,
    };
    Ok(Obj::from_bool(r))
}

fn set_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    match op {
        BinaryOp::Or => union(a, b),
        BinaryOp::And => intersection(a, b),
        BinaryOp::Sub => difference(a, b),
        BinaryOp::Xor => symmetric_difference(a, b),
        _ => Ok(Obj::from_owned(Value::NOT_IMPLEMENTED)),
    }
}

/// In-place operators on a mutable set (`|=`, `&=`, `-=`, `^=`); None
/// when they do not apply (the operand is not a set).
pub fn inplace(a: Value, b: Value, op: BinaryOp) -> PyResult<Option<Obj>> {
    if !is_set(a) || !is_anyset(b) {
        return Ok(None);
    }
    match op {
        BinaryOp::Or => update(a, b)?,
        BinaryOp::Sub => difference_update(a, b)?,
        BinaryOp::Xor => symmetric_difference_update(a, b)?,
        BinaryOp::And => {
            let r = intersection(a, b)?;
            swap_bodies(a, r.v());
        }
        _ => return Ok(None),
    }
    Ok(Some(Obj::from_borrowed(a)))
}

/// CPython's frozenset hash: order-independent mixing of entry hashes.
fn frozenset_hash(s: Value) -> PyResult<i64> {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let so = obj(s);
    let mut hash: u64 = 0;
    for e in table(s).iter() {
        hash ^= shuffle(e.hash as u64);
    }
    if (so.mask + 1 - so.fill) & 1 == 1 {
        hash ^= shuffle(0);
    }
    if (so.fill - so.used) & 1 == 1 {
        hash ^= shuffle(u64::MAX);
    }
    hash ^= (so.used as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    Ok(if hash == u64::MAX { 590923713 } else { hash as i64 })
}

fn set_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(new_set()),
        [x] => from_iterable(*x),
        more => Err(type_error(format!("set expected at most 1 argument, got {}", more.len()))),
    }
}

fn frozenset_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    if !args.kw_is_empty() {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    match args.positional() {
        [] => Ok(new_frozenset()),
        [x] if has_type(*x, &raw mut FROZENSET_TYPE) => Ok(Obj::from_borrowed(*x)),
        [x] => {
            let f = new_frozenset();
            update(f.v(), *x)?;
            Ok(f)
        }
        more => Err(type_error(format!("frozenset expected at most 1 argument, got {}", more.len()))),
    }
}

#[repr(C)]
struct SetIterator {
    header: Header,
    set: Value,
    pos: usize,
    used: usize,
}

fn set_iter(s: Value) -> PyResult<Obj> {
    let p = alloc_object(&raw mut SET_ITERATOR_TYPE, std::mem::size_of::<SetIterator>()) as *mut SetIterator;
    incref(s);
    // SAFETY: fresh allocation.
    unsafe {
        (*p).set = s;
        (*p).pos = 0;
        (*p).used = len(s);
    }
    Ok(Obj::from_owned(Value::from_ptr(p)))
}

fn iterator_next(it: Value) -> PyResult<Option<Obj>> {
    // SAFETY: a SetIterator.
    unsafe {
        let p = it.as_ptr::<SetIterator>();
        let s = (*p).set;
        if s.is_null() {
            return Ok(None);
        }
        if len(s) != (*p).used {
            (*p).used = usize::MAX;
            return Err(runtime_error("Set changed size during iteration"));
        }
        let t = table(s);
        while (*p).pos < t.len() {
            let e = t[(*p).pos];
            (*p).pos += 1;
            if !e.key.is_null() && e.key != DUMMY {
                return Ok(Some(Obj::from_borrowed(e.key)));
            }
        }
        decref(s);
        (*p).set = Value::NULL;
        Ok(None)
    }
}

unsafe fn dealloc_iterator(v: Value) {
    unsafe {
        decref((*v.as_ptr::<SetIterator>()).set);
        free_object(v.as_ptr::<Header>());
    }
}
