//! A global cache of attribute lookups along type MROs (CPython's method
//! cache). Every attribute access on an instance looks the name up in its
//! type's MRO first (for descriptors); without the cache that is one dict
//! probe per class in the MRO.
//!
//! Entries are keyed by type and interned name (both immortal or
//! invalidated before they die) and stamped with an epoch. Changing any
//! type's attributes, creating or freeing a type starts a new epoch,
//! which empties the cache at once. Class mutation in hot code is rare;
//! a per-type version with subclass tracking can refine this later.
//!
//! The runtime is single-threaded; the statics are only touched from the
//! thread running Python code.

use molt_abi::Value;

const SIZE: usize = 4096;

#[derive(Clone, Copy)]
struct Entry {
    ty: usize,
    name: u64,
    epoch: u64,
    value: Value,
    /// The class whose dict holds the value (0 when absent).
    owner: usize,
}

const EMPTY: Entry = Entry { ty: 0, name: 0, epoch: 0, value: Value::NULL, owner: 0 };

static mut ENTRIES: [Entry; SIZE] = [EMPTY; SIZE];
static mut EPOCH: u64 = 1;

#[inline]
fn slot(ty: usize, name: u64) -> usize {
    // Fibonacci hashing of both addresses: plain xor of the low bits made
    // hot pairs (a class and its dunders) collide systematically.
    let mixed = (ty as u64).rotate_left(29) ^ name;
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SIZE.trailing_zeros())) as usize
}

/// The cached result of looking `name` up on `ty` (a borrowed value,
/// possibly null for "absent", and the class holding it), if any.
#[inline]
pub fn get(ty: usize, name: Value) -> Option<(Value, usize)> {
    // SAFETY: single-threaded access (see the module docs).
    unsafe {
        let e = &(*(&raw const ENTRIES))[slot(ty, name.0)];
        (e.ty == ty && e.name == name.0 && e.epoch == EPOCH).then_some((e.value, e.owner))
    }
}

/// Records a lookup result. `name` must be interned.
#[inline]
pub fn put(ty: usize, name: Value, value: Value, owner: usize) {
    // SAFETY: single-threaded access (see the module docs).
    unsafe {
        (*(&raw mut ENTRIES))[slot(ty, name.0)] = Entry { ty, name: name.0, epoch: EPOCH, value, owner };
    }
}

/// The current epoch: a value that changes whenever any type changes
/// (attribute caches record it).
#[inline]
pub fn epoch() -> u64 {
    // SAFETY: single-threaded access (see the module docs).
    unsafe { EPOCH }
}

/// Forgets every entry: a type's attributes changed, or a type was
/// created or freed (so its address may be reused).
pub fn invalidate() {
    // SAFETY: single-threaded access (see the module docs).
    unsafe { EPOCH += 1 }
}
