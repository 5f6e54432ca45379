//! Inline caches for attribute reads, writes and method calls.
//!
//! Every `obj.name`, `obj.name = v` and `obj.name(...)` site in compiled
//! code owns an [`AttrCache`]. After a lookup through the generic
//! attribute protocol, the cache records where the attribute was found
//! for that receiver type (for a few types per site): at an entry index
//! of the instance dict, as a plain class attribute, or as a descriptor
//! on the type. The next access
//! with the same type (and no type changed since: `type_cache`'s epoch)
//! checks only that fact — the dict entry still holds that key, or the
//! instance dict surely lacks the name — instead of walking the MRO and
//! hashing. Anything unusual (custom `__getattribute__`, a missing
//! attribute, a stale entry) takes the generic path, which is the
//! definition of the semantics.

use molt_abi::Value;
use molt_abi::layout::{ATTR_CACHE_WAYS, AttrCache, AttrCacheEntry};

use crate::builtins::object::{generic_getattr, generic_setattr, instance_dict_slot};
use crate::builtins::type_::{MethodKind, TypeObject, lookup};
use crate::builtins::{descriptor, dict, function, module};
use crate::call::{self, Args};
use crate::error::PyResult;
use crate::object::{Obj, type_of, type_slots};
use crate::{protocol, type_cache};

/// Nothing cached.
const EMPTY: u64 = 0;
/// The value is in the instance dict at entry `data`. When the type has
/// its dict at a fixed offset, the offset is stored above the low byte of
/// `kind` (see [`instance_kind`]) for the fast paths.
const INSTANCE: u64 = 1;
/// A class attribute without `__get__` (`data` is the value); the
/// instance dict lacks the name.
const CLASS_VALUE: u64 = 2;
/// A non-data descriptor on the type (`data`, e.g. a function); the
/// instance dict lacks the name.
const CLASS_DESCRIPTOR: u64 = 3;
/// A data descriptor on the type (`data`: property, slot member, getset).
const DATA_DESCRIPTOR: u64 = 4;

fn cache<'a>(c: *mut AttrCache) -> &'a mut AttrCache {
    // SAFETY: compiled code passes its site's cache.
    unsafe { &mut *c }
}

/// Whether `ty` reads attributes with `object.__getattribute__`'s rules
/// (modules add only a `__getattr__` fallback for missing names).
fn generic_reads(ty: *mut TypeObject) -> bool {
    // SAFETY: live type object.
    let f = unsafe { (*ty).slots.getattr };
    f.is_some_and(|f| {
        f as usize == generic_getattr as fn(Value, Value) -> PyResult<Obj> as usize
            || f as usize == module::module_getattr as fn(Value, Value) -> PyResult<Obj> as usize
    })
}

fn generic_writes(ty: *mut TypeObject) -> bool {
    // SAFETY: live type object.
    let f = unsafe { (*ty).slots.setattr };
    f.is_some_and(|f| f as usize == generic_setattr as fn(Value, Value, Option<Value>) -> PyResult<()> as usize)
}

/// The instance dict of `obj`, if it has one.
#[inline]
fn instance_dict(obj: Value) -> Option<Value> {
    // SAFETY: the slot belongs to the live object.
    instance_dict_slot(obj).map(|slot| unsafe { *slot }).filter(|d| !d.is_null())
}

/// The entry for `ty`, if the site has a current one.
#[inline]
fn entry_for(c: &AttrCache, ty: *mut TypeObject) -> Option<AttrCacheEntry> {
    let epoch = type_cache::epoch();
    c.entries.iter().find(|e| e.ty == ty as u64 && e.epoch == epoch).copied()
}

/// Records `kind`/`data` for `ty`, replacing that type's stale entry or
/// the next entry in turn.
fn record(c: &mut AttrCache, ty: *mut TypeObject, kind: u64, data: u64) {
    let epoch = type_cache::epoch();
    let i = match c.entries.iter().position(|e| e.ty == ty as u64 || e.epoch != epoch) {
        Some(i) => i,
        None => {
            let i = c.next as usize % ATTR_CACHE_WAYS;
            c.next = c.next.wrapping_add(1);
            i
        }
    };
    c.entries[i] = AttrCacheEntry { ty: ty as u64, epoch, kind, data };
}

/// The kind word of an INSTANCE entry for `ty`.
fn instance_kind(ty: *mut TypeObject) -> u64 {
    // SAFETY: live type object.
    let (flags, offset) = unsafe { ((*ty).flags, (*ty).dict_offset) };
    if flags & crate::builtins::type_::flags::VAR_EXTRAS == 0 { INSTANCE | (offset as u64) << 8 } else { INSTANCE }
}

/// The instance dict of `obj` and the entry index when one of the site's
/// entries records an instance-dict hit for its type: a few loads and
/// compares per entry.
#[inline(always)]
fn cached_instance_dict(obj: Value, c: &AttrCache) -> Option<(Value, usize)> {
    if !obj.is_ptr() {
        return None;
    }
    // SAFETY: pointer values point at live objects with a header.
    let ty = unsafe { (*obj.as_ptr::<crate::object::Header>()).ty } as u64;
    let e = c.entries.iter().find(|e| e.ty == ty)?;
    if e.epoch != type_cache::epoch() || e.kind & 0xff != INSTANCE || e.kind >> 8 == 0 {
        return None;
    }
    // SAFETY: the type keeps its dict slot at this offset.
    let d = unsafe { *((obj.0 + (e.kind >> 8)) as *const Value) };
    (!d.is_null()).then_some((d, e.data as usize))
}

/// `obj.name` when the site finds it in the instance dict.
#[inline(always)]
pub fn fast_getattr(obj: Value, name: Value, c: *mut AttrCache) -> Option<Value> {
    let (d, index) = cached_instance_dict(obj, cache(c))?;
    dict::value_at_if_key(d, index, name)
}

/// `obj.name = value` when the site finds it in the instance dict.
#[inline(always)]
pub fn fast_setattr(obj: Value, name: Value, value: Value, c: *mut AttrCache) -> bool {
    match cached_instance_dict(obj, cache(c)) {
        Some((d, index)) => dict::replace_at_if_key(d, index, name, value),
        None => false,
    }
}

/// Whether the instance of `obj` has no `name` of its own: usually
/// settled by one empty probe slot, else by a full lookup.
#[inline]
fn lacks_own(obj: Value, name: Value) -> bool {
    instance_dict(obj).is_none_or(|d| dict::surely_lacks_str(d, name) || dict::find_str_index(d, name).is_none())
}

/// Records how `obj.name` resolves for reads. When it does not resolve
/// simply, the type is still recorded (kind EMPTY), so the site stops
/// trying until the type or the epoch changes.
fn fill_read(c: &mut AttrCache, obj: Value, name: Value) {
    let ty = type_of(obj);
    let (kind, data) = resolve_read(obj, ty, name);
    record(c, ty, kind, data);
}

fn resolve_read(obj: Value, ty: *mut TypeObject, name: Value) -> (u64, u64) {
    if !generic_reads(ty) || !crate::builtins::str::is_interned(name) {
        return (EMPTY, 0);
    }
    let descr = lookup(ty, name);
    if !descr.is_null() && type_slots(descr).descr_set.is_some() && type_slots(descr).descr_get.is_some() {
        (DATA_DESCRIPTOR, descr.0)
    } else if let Some(index) = instance_dict(obj).and_then(|d| dict::find_str_index(d, name)) {
        (instance_kind(ty), index as u64)
    } else if descr.is_null() || !lacks_own(obj, name) {
        (EMPTY, 0)
    } else if type_slots(descr).descr_get.is_some() {
        (CLASS_DESCRIPTOR, descr.0)
    } else {
        (CLASS_VALUE, descr.0)
    }
}

/// `obj.name`.
pub fn getattr(obj: Value, name: Value, c: *mut AttrCache) -> PyResult<Obj> {
    let c = cache(c);
    let ty = type_of(obj);
    let entry = entry_for(c, ty);
    if let Some(e) = entry {
        match e.kind & 0xff {
            INSTANCE => {
                if let Some(v) = instance_dict(obj).and_then(|d| dict::value_at_if_key(d, e.data as usize, name)) {
                    return Ok(Obj::from_borrowed(v));
                }
            }
            CLASS_VALUE if lacks_own(obj, name) => return Ok(Obj::from_borrowed(Value(e.data))),
            CLASS_DESCRIPTOR if lacks_own(obj, name) => return get_through(Value(e.data), obj, ty),
            DATA_DESCRIPTOR => return get_through(Value(e.data), obj, ty),
            _ => {}
        }
    }
    let v = protocol::getattr(obj, name)?;
    if entry.is_none_or(|e| e.kind != EMPTY) {
        fill_read(c, obj, name);
    }
    Ok(v)
}

/// `descr.__get__(obj, ty)`, holding the descriptor while it runs.
fn get_through(descr: Value, obj: Value, ty: *mut TypeObject) -> PyResult<Obj> {
    let descr = Obj::from_borrowed(descr);
    let get = type_slots(descr.v()).descr_get.expect("cached descriptor");
    get(descr.v(), obj, Value::from_ptr(ty))
}

/// `obj.name = value`.
pub fn setattr(obj: Value, name: Value, value: Value, c: *mut AttrCache) -> PyResult<()> {
    let c = cache(c);
    let ty = type_of(obj);
    if let Some(e) = entry_for(c, ty) {
        match e.kind & 0xff {
            INSTANCE => {
                if let Some(d) = instance_dict(obj) {
                    if dict::replace_at_if_key(d, e.data as usize, name, value) {
                        return Ok(());
                    }
                    // The entry proves the class has no data descriptor
                    // for `name` and generic `__setattr__`: a store into
                    // the instance dict (a fresh instance being filled in
                    // by `__init__`, usually).
                    return dict::set_item(d, name, value);
                }
            }
            DATA_DESCRIPTOR => {
                // Held: the setter may run code that changes the class.
                let descr = Obj::from_borrowed(Value(e.data));
                let set = type_slots(descr.v()).descr_set.expect("cached data descriptor");
                return set(descr.v(), obj, Some(value));
            }
            _ => {}
        }
    }
    protocol::setattr(obj, name, value)?;
    if generic_writes(ty) && crate::builtins::str::is_interned(name) {
        let descr = lookup(ty, name);
        let fill = if !descr.is_null() && type_slots(descr).descr_set.is_some() {
            Some((DATA_DESCRIPTOR, descr.0))
        } else {
            instance_dict(obj).and_then(|d| dict::find_str_index(d, name)).map(|i| (instance_kind(ty), i as u64))
        };
        if let Some((kind, data)) = fill {
            record(c, ty, kind, data);
        }
    }
    Ok(())
}

/// `obj.name(args)`: functions and method descriptors found on the type
/// are called with `obj` prepended, without a bound-method object.
/// `with_receiver` is `obj` followed by `args.all`.
pub fn call_method(obj: Value, name: Value, args: &Args, with_receiver: &[Value], c: *mut AttrCache) -> PyResult<Obj> {
    let c = cache(c);
    let ty = type_of(obj);
    let e = match entry_for(c, ty) {
        Some(e) => e,
        None => {
            fill_read(c, obj, name);
            entry_for(c, ty).expect("just recorded")
        }
    };
    match e.kind & 0xff {
        CLASS_DESCRIPTOR if lacks_own(obj, name) => {
            let descr = Value(e.data);
            if function::is_function(descr) {
                let f = Obj::from_borrowed(descr);
                let prepended = Args { all: with_receiver, nargs: args.nargs + 1, kwnames: args.kwnames };
                return function::function_call(f.v(), &prepended);
            }
            if descriptor::is_method_descriptor(descr) {
                let (def, owner) = descriptor::method_def(descr);
                if def.kind == MethodKind::Instance {
                    // SAFETY: static built-in type.
                    let qual = || format!("{}.{}", unsafe { (*owner).name }, def.name);
                    return call::call_native(def, Some(obj), &qual, args);
                }
            }
        }
        INSTANCE => {
            if let Some(f) = instance_dict(obj).and_then(|d| dict::value_at_if_key(d, e.data as usize, name)) {
                let f = Obj::from_borrowed(f);
                return call::call(f.v(), args);
            }
        }
        _ => {}
    }
    call::call_method(obj, name, args)
}
