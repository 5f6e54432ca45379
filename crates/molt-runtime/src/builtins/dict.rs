//! `dict`: insertion-ordered hash tables, laid out like CPython's compact
//! dict (a sparse index table over a dense entry array).
//!
//! Each dict carries a *keys version*: a number from a global counter that
//! changes whenever a key is added or removed or entries move. Caches of
//! global-variable reads store `(version, entry index)` and stay valid as
//! long as the version does, so rebinding a global (which only replaces a
//! value) keeps every cache warm.


use molt_abi::Value;
use molt_abi::ops::{BinaryOp, CompareOp};

use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{Slots, TypeObject, flags};
use crate::builtins::dict_views::{self, IterKind};
use crate::builtins::str as pystr;
use crate::call::{Args, KwArgs};
use crate::error::{PyResult, key_error, type_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, has_type, incref, type_of};
use crate::protocol;

pub static mut DICT_TYPE: TypeObject = TypeObject::builtin(
    "dict",
    &raw mut OBJECT_TYPE,
    flags::BASETYPE | flags::DICT_SUBCLASS,
    dealloc_dict,
    Slots {
        repr: Some(dict_repr),
        hash: Some(protocol::unhashable),
        richcompare: Some(dict_richcompare),
        len: Some(|v| Ok(len(v))),
        getitem: Some(dict_getitem),
        setitem: Some(dict_setitem),
        contains: Some(|d, k| contains_key(d, k)),
        iter: Some(|d| Ok(dict_views::new_iterator(d, IterKind::Keys, false))),
        number: Some(dict_number),
        new: Some(dict_new),
        ..Slots::EMPTY
    },
    crate::builtins::dict_methods::DICT_METHODS,
);

/// Index-table markers. Indices are 32-bit (a dict holds fewer than 2**31
/// entries), which halves the table CPython-style compact dicts probe
/// first and keeps more of a large dict's index in cache.
const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

struct Entry {
    hash: i64,
    /// Null once deleted.
    key: Value,
    value: Value,
}

struct Table {
    indices: Vec<i32>,
    entries: Vec<Entry>,
}

#[repr(C)]
pub struct DictObject {
    pub header: Header,
    pub len: usize,
    pub version: u64,
    table: *mut Table,
    /// A Bloom filter of the hashes of every key ever inserted (two bits
    /// per key): attribute caches prove an instance dict lacks a method
    /// name with one test instead of a probe.
    bloom: u64,
}

#[inline]
fn bloom_bits(hash: i64) -> u64 {
    let h = hash as u64;
    (1 << (h & 63)) | (1 << ((h >> 6) & 63))
}

/// The next keys version. The runtime is single-threaded (see
/// `type_cache`); a plain static keeps this off the thread-local path.
static mut NEXT_VERSION: u64 = 1;

#[inline]
fn next_version() -> u64 {
    // SAFETY: single-threaded access.
    unsafe {
        let v = NEXT_VERSION;
        NEXT_VERSION = v + 1;
        v
    }
}

unsafe fn dealloc_dict(v: Value) {
    unsafe {
        let p = v.as_ptr::<DictObject>();
        let table = Box::from_raw((*p).table);
        for e in &table.entries {
            if !e.key.is_null() {
                decref(e.key);
                decref(e.value);
            }
        }
        drop(table);
        free_object(p as *mut Header);
    }
}

pub fn new() -> Obj {
    with_capacity(0)
}

/// An empty dict sized for `n` items.
pub fn with_capacity(n: usize) -> Obj {
    let p = alloc_object(&raw mut DICT_TYPE, std::mem::size_of::<DictObject>()) as *mut DictObject;
    let size = (n * 3 / 2 + 1).next_power_of_two().max(MIN_SIZE);
    let table = Box::new(Table { indices: vec![EMPTY; size], entries: Vec::with_capacity(n) });
    // SAFETY: fresh allocation.
    unsafe {
        (*p).table = Box::into_raw(table);
        (*p).version = next_version();
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// An empty instance of a dict subclass `ty` of `size` bytes.
pub fn new_subtype(ty: *mut TypeObject, size: usize) -> Obj {
    let p = alloc_object(ty, size) as *mut DictObject;
    let table = Box::new(Table { indices: vec![EMPTY; MIN_SIZE], entries: Vec::new() });
    // SAFETY: fresh allocation at least as large as a dict.
    unsafe {
        (*p).table = Box::into_raw(table);
        (*p).version = next_version();
    }
    Obj::from_owned(Value::from_ptr(p))
}

#[inline]
pub fn is_dict(v: Value) -> bool {
    // SAFETY: live type object.
    v.is_ptr() && unsafe { (*type_of(v)).flags & flags::DICT_SUBCLASS != 0 }
}

#[inline]
pub fn is_exact_dict(v: Value) -> bool {
    has_type(v, &raw mut DICT_TYPE)
}

#[inline]
pub fn len(d: Value) -> usize {
    // SAFETY: dict object.
    unsafe { (*d.as_ptr::<DictObject>()).len }
}

/// The keys version (see the module docs).
#[inline]
pub fn version(d: Value) -> u64 {
    // SAFETY: dict object.
    unsafe { (*d.as_ptr::<DictObject>()).version }
}

fn table<'a>(d: Value) -> &'a mut Table {
    // SAFETY: every dict owns a table.
    unsafe { &mut *(*d.as_ptr::<DictObject>()).table }
}

fn bump_version(d: Value) {
    // SAFETY: dict object.
    unsafe { (*d.as_ptr::<DictObject>()).version = next_version() }
}

/// Where a key is, or where it would be inserted.
enum Slot {
    Found { entry: usize, index_slot: usize },
    Vacant { index_slot: usize },
}

/// Probes for `key` with CPython's perturbation sequence.
fn probe(d: Value, key: Value, hash: i64) -> PyResult<Slot> {
    'restart: loop {
        let t = table(d);
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_dummy = None;
        loop {
            let ix = t.indices[i];
            if ix == EMPTY {
                return Ok(Slot::Vacant { index_slot: first_dummy.unwrap_or(i) });
            }
            if ix == DUMMY {
                first_dummy.get_or_insert(i);
            } else {
                let e = &t.entries[ix as usize];
                if e.key == key {
                    return Ok(Slot::Found { entry: ix as usize, index_slot: i });
                }
                if e.hash == hash {
                    let stored = e.key;
                    let same = if pystr::is_exact_str(stored) && pystr::is_exact_str(key) {
                        pystr::eq(stored, key)
                    } else {
                        let version = self::version(d);
                        let keep = Obj::from_borrowed(stored);
                        let r = protocol::eq(keep.v(), key)?;
                        if self::version(d) != version {
                            // The comparison changed the dict: start over.
                            continue 'restart;
                        }
                        r
                    };
                    if same {
                        return Ok(Slot::Found { entry: ix as usize, index_slot: i });
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }
}

/// Rebuilds the index table with room for `len` items and compacts entries.
fn resize(d: Value, min_used: usize) {
    let t = table(d);
    let size = (min_used * 3).next_power_of_two().max(MIN_SIZE);
    t.entries.retain(|e| !e.key.is_null());
    let mut indices = vec![EMPTY; size];
    let mask = size - 1;
    for (ix, e) in t.entries.iter().enumerate() {
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        while indices[i] != EMPTY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
        indices[i] = ix as i32;
    }
    t.indices = indices;
    bump_version(d);
}

/// The value for `key` (borrowed), or None.
pub fn get_item(d: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = protocol::hash(key)?;
    get_item_hashed(d, key, hash)
}

fn get_item_hashed(d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
    Ok(match probe(d, key, hash)? {
        Slot::Found { entry, .. } => Some(table(d).entries[entry].value),
        Slot::Vacant { .. } => None,
    })
}

/// Lookup by a str key whose equality cannot run Python code; borrowed.
pub fn get_item_str_value(d: Value, key: Value) -> Option<Value> {
    get_item_hashed(d, key, pystr::hash_of(key)).ok().flatten()
}

/// Entry index of a str key, for caches.
pub fn find_str_index(d: Value, key: Value) -> Option<usize> {
    match probe(d, key, pystr::hash_of(key)) {
        Ok(Slot::Found { entry, .. }) => Some(entry),
        _ => None,
    }
}

/// The value of entry `index` when its key is the object `key` (an
/// attribute cache's check; borrowed).
#[inline]
pub fn value_at_if_key(d: Value, index: usize, key: Value) -> Option<Value> {
    match table(d).entries.get(index) {
        Some(e) if e.key == key => Some(e.value),
        _ => None,
    }
}

/// Replaces the value of entry `index` when its key is the object `key`;
/// returns whether it did (the old value is released).
#[inline]
pub fn replace_at_if_key(d: Value, index: usize, key: Value, value: Value) -> bool {
    match table(d).entries.get_mut(index) {
        Some(e) if e.key == key => {
            incref(value);
            let old = std::mem::replace(&mut e.value, value);
            decref(old);
            true
        }
        _ => false,
    }
}

/// Whether str `key` is certainly absent (false means "maybe present"):
/// no key with its hash bits was ever inserted.
#[inline]
pub fn surely_lacks_str(d: Value, key: Value) -> bool {
    let bits = bloom_bits(pystr::hash_of(key));
    // SAFETY: dict object.
    unsafe { (*d.as_ptr::<DictObject>()).bloom & bits != bits }
}

/// The value of entry `index` (borrowed); the caller validated the version.
#[inline]
pub fn value_at(d: Value, index: usize) -> Value {
    table(d).entries[index].value
}

/// Address of entry `index`'s value word, stable until the keys version
/// changes (no insertion, deletion or resize moves entries otherwise).
pub fn value_slot(d: Value, index: usize) -> *const u64 {
    &table(d).entries[index].value as *const Value as *const u64
}

/// Address of the keys version.
pub fn version_ptr(d: Value) -> *const u64 {
    // SAFETY: dict object.
    unsafe { &(*d.as_ptr::<DictObject>()).version }
}

pub fn contains_key(d: Value, key: Value) -> PyResult<bool> {
    Ok(get_item(d, key)?.is_some())
}

/// `d[key] = value` (both borrowed).
pub fn set_item(d: Value, key: Value, value: Value) -> PyResult<()> {
    let hash = protocol::hash(key)?;
    set_item_hashed(d, key, hash, value)
}

fn set_item_hashed(d: Value, key: Value, hash: i64, value: Value) -> PyResult<()> {
    match probe(d, key, hash)? {
        Slot::Found { entry, .. } => {
            incref(value);
            let old = std::mem::replace(&mut table(d).entries[entry].value, value);
            decref(old);
        }
        Slot::Vacant { index_slot } => {
            let t = table(d);
            if t.entries.len() + 1 > t.indices.len() * 2 / 3 {
                resize(d, len(d) + 1);
                return set_item_hashed(d, key, hash, value);
            }
            incref(key);
            incref(value);
            t.indices[index_slot] = t.entries.len() as i32;
            t.entries.push(Entry { hash, key, value });
            // SAFETY: dict object.
            unsafe { (*d.as_ptr::<DictObject>()).bloom |= bloom_bits(hash) };
            // SAFETY: dict object.
            unsafe { (*d.as_ptr::<DictObject>()).len += 1 };
            bump_version(d);
        }
    }
    Ok(())
}

/// `d[name] = value` for a Rust string key.
pub fn set_item_str(d: Value, name: &str, value: Value) -> PyResult<()> {
    let key = pystr::intern(name);
    set_item(d, key.v(), value)
}

/// Removes `key`; KeyError when absent.
pub fn del_item(d: Value, key: Value) -> PyResult<()> {
    match pop_item(d, key)? {
        Some(_) => Ok(()),
        None => Err(key_error(key)),
    }
}

/// Removes `key` and returns its value, or None when absent.
pub fn pop_item(d: Value, key: Value) -> PyResult<Option<Obj>> {
    let hash = protocol::hash(key)?;
    let Slot::Found { entry, index_slot } = probe(d, key, hash)? else {
        return Ok(None);
    };
    let t = table(d);
    t.indices[index_slot] = DUMMY;
    let e = &mut t.entries[entry];
    let old_key = std::mem::replace(&mut e.key, Value::NULL);
    let old_value = std::mem::replace(&mut e.value, Value::NULL);
    // SAFETY: dict object.
    unsafe { (*d.as_ptr::<DictObject>()).len -= 1 };
    bump_version(d);
    decref(old_key);
    Ok(Some(Obj::from_owned(old_value)))
}

/// Removes every item.
pub fn clear(d: Value) {
    let old = std::mem::replace(
        table(d),
        Table { indices: vec![EMPTY; MIN_SIZE], entries: Vec::new() },
    );
    // SAFETY: dict object.
    unsafe { (*d.as_ptr::<DictObject>()).len = 0 };
    bump_version(d);
    for e in old.entries {
        decref(e.key);
        decref(e.value);
    }
}

/// Live `(key, value)` pairs, borrowed; invalidated by mutation.
pub fn items(d: Value) -> Vec<(Value, Value)> {
    table(d).entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.key, e.value)).collect()
}

/// Live entries as new references (safe to hold across Python calls).
pub fn items_owned(d: Value) -> Vec<(Obj, Obj)> {
    items(d).into_iter().map(|(k, v)| (Obj::from_borrowed(k), Obj::from_borrowed(v))).collect()
}

/// Live keys with their stored hashes, as new references (what
/// `set(d)` adds, without hashing again).
pub fn keys_with_hashes(d: Value) -> Vec<(Obj, i64)> {
    table(d).entries.iter().filter(|e| !e.key.is_null()).map(|e| (Obj::from_borrowed(e.key), e.hash)).collect()
}

/// Entry at position `pos` or later: `(next position, key, value)`.
pub(crate) fn entry_from(d: Value, pos: usize) -> Option<(usize, Value, Value)> {
    let t = table(d);
    t.entries.iter().enumerate().skip(pos).find(|(_, e)| !e.key.is_null()).map(|(i, e)| (i + 1, e.key, e.value))
}

/// Last entry before position `pos`: `(its position, key, value)`.
pub(crate) fn entry_before(d: Value, pos: usize) -> Option<(usize, Value, Value)> {
    let t = table(d);
    let pos = pos.min(t.entries.len());
    t.entries[..pos].iter().enumerate().rev().find(|(_, e)| !e.key.is_null()).map(|(i, e)| (i, e.key, e.value))
}

/// Number of entry positions, deleted ones included (where a reverse
/// iteration starts).
pub(crate) fn entry_count(d: Value) -> usize {
    table(d).entries.len()
}

/// A shallow copy.
pub fn copy(d: Value) -> PyResult<Obj> {
    let out = with_capacity(len(d));
    let entries: Vec<(i64, Obj, Obj)> = table(d)
        .entries
        .iter()
        .filter(|e| !e.key.is_null())
        .map(|e| (e.hash, Obj::from_borrowed(e.key), Obj::from_borrowed(e.value)))
        .collect();
    for (hash, k, v) in entries {
        set_item_hashed(out.v(), k.v(), hash, v.v())?;
    }
    Ok(out)
}

/// `d.update(other)` for a mapping or an iterable of pairs.
pub fn update(d: Value, other: Value) -> PyResult<()> {
    if is_dict(other) {
        for (k, v) in items_owned(other) {
            set_item(d, k.v(), v.v())?;
        }
        return Ok(());
    }
    if let Some(keys) = protocol::getattr_opt(other, "keys")? {
        let keys = crate::call::call_positional(keys.v(), &[])?;
        let it = protocol::iter(keys.v())?;
        while let Some(k) = protocol::next(it.v())? {
            let v = protocol::getitem(other, k.v())?;
            set_item(d, k.v(), v.v())?;
        }
        return Ok(());
    }
    let it = protocol::iter(other)?;
    let mut index = 0;
    while let Some(pair) = protocol::next(it.v())? {
        let kv = protocol::collect(pair.v()).map_err(|_| {
            crate::error::clear_raised();
            type_error(format!(
                "cannot convert dictionary update sequence element #{index} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            return Err(crate::error::value_error(format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                kv.len()
            )));
        }
        set_item(d, kv[0].v(), kv[1].v())?;
        index += 1;
    }
    Ok(())
}

/// Adds keyword arguments to a dict.
pub fn update_from_kwargs(d: Value, kw: &KwArgs) -> PyResult<()> {
    for (name, value) in kw.iter_values() {
        set_item(d, name, value)?;
    }
    Ok(())
}

fn dict_repr(d: Value) -> PyResult<Obj> {
    if len(d) == 0 {
        return Ok(pystr::new("{}"));
    }
    let Some(_guard) = protocol::ReprGuard::enter(d) else {
        return Ok(pystr::new("{...}"));
    };
    let mut out = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((next, k, v)) = entry_from(d, pos) {
        pos = next;
        let (k, v) = (Obj::from_borrowed(k), Obj::from_borrowed(v));
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(pystr::as_str(protocol::repr(k.v())?.v()));
        out.push_str(": ");
        out.push_str(pystr::as_str(protocol::repr(v.v())?.v()));
    }
    out.push('}');
    Ok(pystr::new(&out))
}

fn dict_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Obj> {
    if !is_dict(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let equal = dicts_equal(a, b)?;
    Ok(Obj::from_bool(equal == (op == CompareOp::Eq)))
}

fn dicts_equal(a: Value, b: Value) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in items_owned(a) {
        match get_item(b, k.v())? {
            Some(w) => {
                let w = Obj::from_borrowed(w);
                if !protocol::eq(v.v(), w.v())? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn dict_getitem(d: Value, key: Value) -> PyResult<Obj> {
    match get_item(d, key)? {
        Some(v) => Ok(Obj::from_borrowed(v)),
        None => {
            if !is_exact_dict(d) {
                if let Some(r) = protocol::call_special(d, "__missing__", &[key])? {
                    return Ok(r);
                }
            }
            Err(key_error(key))
        }
    }
}

fn dict_setitem(d: Value, key: Value, value: Option<Value>) -> PyResult<()> {
    match value {
        Some(v) => set_item(d, key, v),
        None => del_item(d, key),
    }
}

fn dict_number(a: Value, b: Value, op: BinaryOp) -> PyResult<Obj> {
    if op != BinaryOp::Or || !is_dict(a) || !is_dict(b) {
        return Ok(Obj::from_owned(Value::NOT_IMPLEMENTED));
    }
    let out = copy(a)?;
    update(out.v(), b)?;
    Ok(out)
}

fn dict_new(_: *mut TypeObject, args: &Args) -> PyResult<Obj> {
    let d = new();
    match args.positional() {
        [] => {}
        [x] => update(d.v(), *x)?,
        more => return Err(type_error(format!("dict expected at most 1 argument, got {}", more.len()))),
    }
    update_from_kwargs(d.v(), &args.kw())?;
    Ok(d)
}

/// Removes and returns the last item, as `dict.popitem` does.
pub fn pop_last(d: Value) -> PyResult<Option<(Obj, Obj)>> {
    let last = table(d).entries.iter().rev().find(|e| !e.key.is_null()).map(|e| e.key);
    match last {
        Some(k) => {
            let k = Obj::from_borrowed(k);
            let v = pop_item(d, k.v())?.unwrap_or_else(Obj::none);
            Ok(Some((k, v)))
        }
        None => Ok(None),
    }
}

const _: () = assert!(std::mem::offset_of!(DictObject, version) == molt_abi::layout::DICT_VERSION_OFFSET as usize);
