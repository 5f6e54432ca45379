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
            if !e.key.is_null() && e.key != DUMMY {
                decref(e.key);
            }
        }
        drop(t);
        free_object(v.as_ptr::<Header>());
    }
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
    table(s).iter().filter(|e| !e.key.is_null() && e.key != DUMMY).map(|e| e.key).collect()
}

fn keys_with_hashes(s: Value) -> Vec<(Obj, i64)> {
    table(s)
        .iter()
        .filter(|e| !e.key.is_null() && e.key != DUMMY)
        .map(|e| (Obj::from_borrowed(e.key), e.hash))
        .collect()
}

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

/// Finds the slot holding `key`, or None. Restarts if a comparison mutated
/// the table.
fn lookup(s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let mask = obj(s).mask;
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
                    let before = obj(s).table;
                    let same = keys_equal(e.key, key)?;
                    if before != obj(s).table || table(s)[j].key != e.key {
                        continue 'restart;
                    }
                    if same {
                        return Ok(Some(j));
                    }
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
        let mask = obj(s).mask;
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
                    let before = obj(s).table;
                    let same = keys_equal(e.key, key)?;
                    if same {
                        return Ok(());
                    }
                    if before != obj(s).table || table(s)[j].key != e.key {
                        continue 'restart;
                    }
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
        if !e.key.is_null() && e.key != DUMMY {
            insert_clean(t, size - 1, e.key, e.hash);
        }
    }
}

/// Adds a key (borrowed).
pub fn add(s: Value, key: Value) -> PyResult<()> {
    let hash = protocol::hash(key)?;
    add_entry(s, key, hash)
}

pub fn contains(s: Value, key: Value) -> PyResult<bool> {
    let hash = match protocol::hash(key) {
        Ok(h) => h,
        Err(e) => {
            // `frozenset(set)` semantics: an unhashable set is looked up as
            // a frozenset.
            if is_set(key) && crate::error::raised_matches(&raw mut crate::builtins::exceptions::TYPE_ERROR) {
                crate::error::clear_raised();
                let f = frozen_copy(key)?;
                return contains(s, f.v());
            }
            return Err(e);
        }
    };
    Ok(lookup(s, key, hash)?.is_some())
}

/// Removes a key; returns whether it was present.
pub fn discard(s: Value, key: Value) -> PyResult<bool> {
    let hash = protocol::hash(key)?;
    match lookup(s, key, hash)? {
        Some(j) => {
            let old = std::mem::replace(&mut table(s)[j], Entry { key: DUMMY, hash: DUMMY_HASH });
            obj(s).used -= 1;
            decref(old.key);
            Ok(true)
        }
        None => Ok(false),
    }
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
        if !e.key.is_null() && e.key != DUMMY {
            decref(e.key);
        }
    }
}

/// `set.pop()`: CPython scans from a rotating finger; the first active slot
/// from the start is what it returns for a fresh set.
pub fn pop(s: Value) -> PyResult<Obj> {
    let t = table(s);
    let Some(j) = t.iter().position(|e| !e.key.is_null() && e.key != DUMMY) else {
        return Err(key_error_message("pop from an empty set"));
    };
    let old = std::mem::replace(&mut t[j], Entry { key: DUMMY, hash: DUMMY_HASH });
    obj(s).used -= 1;
    Ok(Obj::from_owned(old.key))
}

fn key_error_message(msg: &str) -> crate::error::Raised {
    crate::error::raise(&raw mut crate::builtins::exceptions::KEY_ERROR, msg)
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
        let src = table(other).clone();
        let t = table(s);
        for (j, e) in src.into_iter().enumerate() {
            if !e.key.is_null() {
                incref(e.key);
                t[j] = e;
            }
        }
        obj(s).fill = o.fill;
        obj(s).used = o.used;
        return Ok(());
    }
    if obj(s).fill == 0 {
        let mask = obj(s).mask;
        let src = table(other).clone();
        obj(s).fill = o.used;
        obj(s).used = o.used;
        let t = table(s);
        for e in src {
            if !e.key.is_null() && e.key != DUMMY {
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
        for (k, _) in dict::items_owned(iterable) {
            add(s, k.v())?;
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

/// A new set or frozenset of the same kind as `like`.
fn same_kind(like: Value) -> Obj {
    if is_frozenset(like) { new_frozenset() } else { new_set() }
}

/// `a | b`.
pub fn union(a: Value, b: Value) -> PyResult<Obj> {
    let r = same_kind(a);
    merge(r.v(), a)?;
    update(r.v(), b)?;
    Ok(r)
}

/// `a & b` (CPython iterates over the smaller set).
pub fn intersection(a: Value, b: Value) -> PyResult<Obj> {
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
        }
    }
    Ok(r)
}

/// `a - b`.
pub fn difference(a: Value, b: Value) -> PyResult<Obj> {
    let other_len = if is_anyset(b) {
        len(b)
    } else if dict::is_exact_dict(b) {
        dict::len(b)
    } else {
        let r = same_kind(a);
        merge(r.v(), a)?;
        difference_update(r.v(), b)?;
        return Ok(r);
    };
    if (len(a) >> 2) > other_len {
        let r = same_kind(a);
        merge(r.v(), a)?;
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

/// `a -= b`.
pub fn difference_update(a: Value, b: Value) -> PyResult<()> {
    if a == b {
        clear(a);
        return Ok(());
    }
    let items = protocol::collect(b)?;
    for x in items {
        discard(a, x.v())?;
    }
    Ok(())
}

/// `a ^ b`: CPython copies `b`, then toggles each element of `a`.
pub fn symmetric_difference(a: Value, b: Value) -> PyResult<Obj> {
    let r = same_kind(a);
    update(r.v(), b)?;
    symmetric_difference_update(r.v(), a)?;
    Ok(r)
}

/// `a ^= b`.
pub fn symmetric_difference_update(a: Value, b: Value) -> PyResult<()> {
    if a == b {
        clear(a);
        return Ok(());
    }
    let other = if is_anyset(b) { Obj::from_borrowed(b) } else { from_iterable(b)? };
    for (k, h) in keys_with_hashes(other.v()) {
        match lookup(a, k.v(), h)? {
            Some(j) => {
                let old = std::mem::replace(&mut table(a)[j], Entry { key: DUMMY, hash: DUMMY_HASH });
                obj(a).used -= 1;
                decref(old.key);
            }
            None => add_entry(a, k.v(), h)?,
        }
    }
    Ok(())
}

/// `a <= b` as sets.
pub fn is_subset(a: Value, b: Value) -> PyResult<bool> {
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
        CompareOp::Eq => len(a) == len(b) && is_subset(a, b)?,
        CompareOp::Ne => !(len(a) == len(b) && is_subset(a, b)?),
        CompareOp::Le => is_subset(a, b)?,
        CompareOp::Ge => is_subset(b, a)?,
        CompareOp::Lt => len(a) < len(b) && is_subset(a, b)?,
        CompareOp::Gt => len(a) > len(b) && is_subset(b, a)?,
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

/// In-place operators on a mutable set (`|=`, `&=`, `-=`, `^=`).
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
            clear(a);
            merge(a, r.v())?;
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
