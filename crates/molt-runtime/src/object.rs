//! Heap objects: the common header, reference counting and allocation.
//!
//! Every heap object starts with a [`Header`] (reference count, type). Values
//! that are not pointers (small ints, floats, `None`, bools) are never
//! counted. Rust code in the runtime holds owned references as [`Obj`], which
//! decrements on drop, and borrowed ones as plain [`Value`]s.

use std::ptr;

use molt_abi::Value;
use molt_abi::layout::IMMORTAL_REFCNT;

use crate::builtins::type_::TypeObject;

/// The first two words of every heap object.
#[repr(C)]
pub struct Header {
    pub refcnt: isize,
    pub ty: *mut TypeObject,
}

impl Header {
    /// Header of an immortal object of type `ty` (static objects).
    pub const fn immortal(ty: *mut TypeObject) -> Header {
        Header { refcnt: IMMORTAL_REFCNT, ty }
    }
}

#[inline(always)]
pub fn incref(v: Value) {
    if v.is_ptr() {
        // SAFETY: pointer values always point at a live object with a header.
        unsafe { (*v.as_ptr::<Header>()).refcnt += 1 }
    }
}

#[inline(always)]
pub fn decref(v: Value) {
    if v.is_ptr() {
        // SAFETY: as in `incref`; the caller owned one reference.
        unsafe {
            let h = v.as_ptr::<Header>();
            (*h).refcnt -= 1;
            if (*h).refcnt == 0 {
                dealloc(v);
            }
        }
    }
}

/// Runs the type's destructor, which releases the object's references and
/// frees its memory.
///
/// # Safety
/// `v` must be a heap object whose reference count just reached zero.
#[inline(never)]
pub unsafe fn dealloc(v: Value) {
    unsafe {
        let ty = (*v.as_ptr::<Header>()).ty;
        ((*ty).dealloc)(v);
    }
}

/// Makes a heap object immortal: it is never freed. Used for constants.
pub fn make_immortal(v: Value) {
    if v.is_ptr() {
        // SAFETY: pointer values point at live objects.
        unsafe { (*v.as_ptr::<Header>()).refcnt = IMMORTAL_REFCNT }
    }
}

// Objects come from mimalloc: CPython's small-object allocator makes
// allocation-heavy code cheap, and glibc's malloc is several times slower
// for the many short-lived objects Python programs create.
use libmimalloc_sys::{mi_free as free, mi_malloc as malloc, mi_zalloc as zalloc};

/// Turns off transparent huge pages for the process. mimalloc asks for
/// them, and the kernel then zeroes 2 MiB at each first touch of fresh
/// memory: a program that allocates many objects once, the usual kind of
/// run, spends more time in those faults than huge pages save in TLB misses
/// (the `strings` benchmark spent a fifth of its time there). CPython's
/// small arenas do not get huge pages either.
pub fn tune_allocator() {
    #[cfg(target_os = "linux")]
    {
        const PR_SET_THP_DISABLE: i32 = 41;
        unsafe extern "C" {
            fn prctl(option: i32, ...) -> i32;
        }
        // SAFETY: a process-wide flag; failure leaves the default.
        unsafe { prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

/// Allocates `size` zeroed bytes for an object of type `ty` with a reference
/// count of one. Aborts with a message when memory is exhausted, since
/// raising MemoryError needs memory of its own for the common small case;
/// callers that allocate sizes chosen by the program check
/// [`checked_size`] first and raise MemoryError themselves.
pub fn alloc_object(ty: *mut TypeObject, size: usize) -> *mut Header {
    debug_assert!(size >= std::mem::size_of::<Header>());
    // SAFETY: zalloc either fails (null) or returns `size` zeroed bytes.
    let p = unsafe { zalloc(size) } as *mut Header;
    if p.is_null() {
        crate::fatal("out of memory");
    }
    unsafe {
        ptr::write(p, Header { refcnt: 1, ty });
    }
    // Instances keep their type alive (static types are immortal).
    incref(Value::from_ptr(ty));
    p
}

/// Frees the memory of an object allocated by [`alloc_object`]; drops the
/// reference its header holds on a heap type.
///
/// # Safety
/// `p` must come from `alloc_object` and must not be used afterwards.
pub unsafe fn free_object(p: *mut Header) {
    unsafe {
        let ty = (*p).ty;
        free(p as *mut std::ffi::c_void);
        decref(Value::from_ptr(ty));
    }
}

/// Raw allocation for buffers owned by objects (list items, dict tables).
pub fn raw_alloc(size: usize) -> *mut u8 {
    let p = unsafe { malloc(size.max(1)) } as *mut u8;
    if p.is_null() {
        crate::fatal("out of memory");
    }
    p
}

/// Frees a buffer from [`raw_alloc`].
///
/// # Safety
/// `p` must come from `raw_alloc` (or be null).
pub unsafe fn raw_free(p: *mut u8) {
    unsafe { free(p as *mut std::ffi::c_void) }
}

/// Largest object size the runtime attempts to allocate; bigger requests
/// raise MemoryError instead of asking the system.
pub const MAX_ALLOC: usize = isize::MAX as usize / 2;

/// `base + count * item`, or None when it overflows [`MAX_ALLOC`].
pub fn checked_size(base: usize, count: usize, item: usize) -> Option<usize> {
    count.checked_mul(item)?.checked_add(base).filter(|&n| n <= MAX_ALLOC)
}

/// An owned reference: decremented when dropped.
#[repr(transparent)]
pub struct Obj(Value);

impl Obj {
    /// Takes over a reference the caller owns.
    #[inline(always)]
    pub fn from_owned(v: Value) -> Obj {
        debug_assert!(!v.is_null());
        Obj(v)
    }

    /// Creates a new reference to a borrowed value.
    #[inline(always)]
    pub fn from_borrowed(v: Value) -> Obj {
        incref(v);
        Obj(v)
    }

    /// The value, still owned by `self`.
    #[inline(always)]
    pub fn v(&self) -> Value {
        self.0
    }

    /// Gives the reference to the caller.
    #[inline(always)]
    pub fn into_raw(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }

    pub fn none() -> Obj {
        Obj(Value::NONE)
    }

    pub fn from_bool(b: bool) -> Obj {
        Obj(Value::from_bool(b))
    }
}

impl Clone for Obj {
    #[inline(always)]
    fn clone(&self) -> Obj {
        Obj::from_borrowed(self.0)
    }
}

impl Drop for Obj {
    #[inline(always)]
    fn drop(&mut self) {
        decref(self.0)
    }
}

/// The type object of any value.
#[inline]
pub fn type_of(v: Value) -> *mut TypeObject {
    use crate::builtins::*;
    if v.is_ptr() {
        // SAFETY: pointer values point at live objects.
        unsafe { (*v.as_ptr::<Header>()).ty }
    } else if v.is_small_int() {
        &raw mut int::INT_TYPE
    } else if v.is_float() {
        &raw mut float::FLOAT_TYPE
    } else if v.is_bool() {
        &raw mut bool_::BOOL_TYPE
    } else if v.is_none() {
        &raw mut none::NONE_TYPE
    } else if v.0 == molt_abi::value::NOT_IMPLEMENTED {
        &raw mut none::NOT_IMPLEMENTED_TYPE
    } else {
        &raw mut none::ELLIPSIS_TYPE
    }
}

/// Whether `v`'s type is exactly `ty` (heap objects only have exact types
/// checked this way; immediates go through [`type_of`]).
#[inline(always)]
pub fn has_type(v: Value, ty: *mut TypeObject) -> bool {
    v.is_ptr() && unsafe { (*v.as_ptr::<Header>()).ty } == ty
}

/// The protocol slots of `v`'s type.
#[inline(always)]
pub fn type_slots(v: Value) -> &'static crate::builtins::type_::Slots {
    // SAFETY: type objects are immortal or kept alive by their instances.
    unsafe { &(*type_of(v)).slots }
}
