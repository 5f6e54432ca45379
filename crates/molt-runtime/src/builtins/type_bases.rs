//! The class hierarchy as it changes: the registry of each class's direct
//! subclasses (`cls.__subclasses__()`) and assignment to `cls.__bases__`.
//!
//! The registry holds no references: a class is added when it is created
//! (or, for built-in types, readied) and removed when it is freed. As a
//! class holds a reference to each of its bases, a base always outlives
//! its entries. Lists keep creation order, as CPython's do.
//!
//! Assigning `__bases__` follows CPython's `type_set_bases`: the new bases
//! must be classes that do not create a cycle, and the instance layout of
//! the new best base must match the old one (instances keep their
//! memory). Then the MRO of the class and of every class below it is
//! recomputed (all restored if one fails), their protocol slots are
//! re-derived, and the registry follows the new bases:
//!
//! ```python
//! class A: ...
//! class B: ...
//! class C(A): ...
//! C.__bases__ = (B,)        # C.__mro__ == (C, B, object)
//! ```

use std::collections::BTreeMap;

use molt_abi::Value;

use crate::builtins::heap_type::{self, best_base, is_heap, layout_base};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{TYPE_TYPE, TypeObject, flags, is_instance, is_subtype, type_name, type_name_of};
use crate::builtins::{list, subtype, tuple};
use crate::error::{PyResult, type_error};
use crate::object::{Obj, decref, incref};

/// Direct subclasses by class address, in creation order.
static mut SUBCLASSES: BTreeMap<usize, Vec<usize>> = BTreeMap::new();

fn registry() -> &'static mut BTreeMap<usize, Vec<usize>> {
    // SAFETY: the runtime is single-threaded; no reference outlives a call.
    unsafe { &mut *(&raw mut SUBCLASSES) }
}

/// The classes in the `__bases__` tuple of `ty` (none while a class
/// being created has no bases yet).
fn bases_of(ty: *mut TypeObject) -> Vec<*mut TypeObject> {
    // SAFETY: live type object.
    let bases = unsafe { (*ty).bases };
    if bases.is_null() {
        return Vec::new();
    }
    tuple::items(bases).iter().map(|b| b.as_ptr::<TypeObject>()).collect()
}

/// Records `ty` as a subclass of each of its bases.
pub fn register(ty: *mut TypeObject) {
    for base in bases_of(ty) {
        registry().entry(base as usize).or_default().push(ty as usize);
    }
}

/// Forgets `ty` as a subclass of its bases.
fn unlink(ty: *mut TypeObject) {
    for base in bases_of(ty) {
        if let Some(subs) = registry().get_mut(&(base as usize)) {
            subs.retain(|&s| s != ty as usize);
        }
    }
}

/// Forgets `ty` entirely (before it is freed).
pub fn unregister(ty: *mut TypeObject) {
    unlink(ty);
    registry().remove(&(ty as usize));
}

/// The direct subclasses of `ty`.
fn subclasses(ty: *mut TypeObject) -> Vec<*mut TypeObject> {
    registry().get(&(ty as usize)).map(|s| s.iter().map(|&t| t as *mut TypeObject).collect()).unwrap_or_default()
}

/// `cls.__subclasses__()`.
pub fn subclasses_method(a: &[Value]) -> PyResult<Obj> {
    let items: Vec<Value> = subclasses(a[0].as_ptr()).into_iter().map(|t| Value::from_ptr(t)).collect();
    Ok(list::from_slice(&items))
}

/// `cls.__bases__ = value`.
pub fn set_bases(v: Value, value: Option<Value>) -> PyResult<()> {
    let ty = v.as_ptr::<TypeObject>();
    let name = type_name(ty);
    if !is_heap(ty) {
        return Err(type_error(format!("cannot set '__bases__' attribute of immutable type '{name}'")));
    }
    let Some(new_bases) = value else {
        return Err(type_error(format!("cannot delete '__bases__' attribute of immutable type '{name}'")));
    };
    if !tuple::is_tuple(new_bases) {
        return Err(type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            type_name_of(new_bases)
        )));
    }
    if tuple::len(new_bases) == 0 {
        return Err(type_error(format!("can only assign non-empty tuple to {name}.__bases__, not ()")));
    }
    let mut bases = Vec::new();
    for &b in tuple::items(new_bases) {
        if !is_instance(b, &raw mut TYPE_TYPE) {
            return Err(type_error(format!("{name}.__bases__ must be tuple of classes, not '{}'", type_name_of(b))));
        }
        if is_subtype(b.as_ptr(), ty) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(b.as_ptr::<TypeObject>());
    }
    for &b in &bases {
        // SAFETY: live type.
        if unsafe { (*b).flags } & flags::BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", type_name(b))));
        }
    }
    let new_base = best_base(&bases)?;
    // SAFETY: a heap type always has a base.
    let old_base = unsafe { (*ty).base };
    compatible_for_assignment(old_base, new_base)?;

    // The old bases are kept until the new MROs are known to exist.
    unlink(ty);
    // SAFETY: live heap type owning its bases tuple and base.
    let (old_bases, old_base) = unsafe {
        incref(Value::from_ptr(new_base));
        (
            std::mem::replace(&mut (*ty).bases, Obj::from_borrowed(new_bases).into_raw()),
            std::mem::replace(&mut (*ty).base, new_base),
        )
    };
    let mut saved = Vec::new();
    let result = recompute_mros(ty, &mut saved);
    if result.is_err() {
        // Put everything back as it was.
        for (t, mro) in saved.into_iter().rev() {
            // SAFETY: live types whose MRO was replaced.
            unsafe { decref(std::mem::replace(&mut (*t).mro, mro)) };
        }
        // SAFETY: live heap type.
        unsafe {
            decref(std::mem::replace(&mut (*ty).bases, old_bases));
            let replaced: *mut TypeObject = std::mem::replace(&mut (*ty).base, old_base);
            decref(Value::from_ptr(replaced));
        }
    } else {
        for (_, mro) in saved {
            decref(mro);
        }
        decref(old_bases);
        decref(Value::from_ptr(old_base));
    }
    register(ty);
    crate::type_cache::invalidate();
    result?;
    update_slots(ty);
    crate::type_cache::invalidate();
    Ok(())
}

/// CPython's `compatible_for_assignment`: instances of the class keep
/// their memory, so the new best base must be freed the same way and
/// have the same layout as the old one.
fn compatible_for_assignment(old: *mut TypeObject, new: *mut TypeObject) -> PyResult<()> {
    let (old_name, new_name) = (type_name(old), type_name(new));
    if frees_as_tracked(old) != frees_as_tracked(new) {
        return Err(type_error(format!(
            "__bases__ assignment: '{new_name}' deallocator differs from '{old_name}'"
        )));
    }
    if layout_base(old) != layout_base(new) || layout(old) != layout(new) {
        return Err(type_error(format!(
            "__bases__ assignment: '{new_name}' object layout differs from '{old_name}'"
        )));
    }
    Ok(())
}

/// Whether CPython frees instances of `ty` as garbage-collected objects
/// (classes, containers, exceptions) rather than plain ones (`object`,
/// numbers, strings).
fn frees_as_tracked(ty: *mut TypeObject) -> bool {
    if is_heap(ty) {
        return true;
    }
    let plain: [*mut TypeObject; 7] = [
        &raw mut OBJECT_TYPE,
        &raw mut crate::builtins::int::INT_TYPE,
        &raw mut crate::builtins::float::FLOAT_TYPE,
        &raw mut crate::builtins::complex::COMPLEX_TYPE,
        &raw mut crate::builtins::str::STR_TYPE,
        &raw mut crate::builtins::bytes::BYTES_TYPE,
        &raw mut crate::builtins::bool_::BOOL_TYPE,
    ];
    !plain.contains(&ty)
}

/// Instance size and `__dict__` offset of instances of `ty`.
fn layout(ty: *mut TypeObject) -> (usize, usize) {
    if is_heap(ty) {
        // SAFETY: live heap type.
        return unsafe { ((*ty).instance_size, (*ty).dict_offset) };
    }
    subtype::base_layout(subtype::solid_base(ty)).unwrap_or((0, 0))
}

/// Recomputes the MRO of `ty` and of every class below it, recording each
/// replaced MRO in `saved` (so a failure can restore them).
fn recompute_mros(ty: *mut TypeObject, saved: &mut Vec<(*mut TypeObject, Value)>) -> PyResult<()> {
    let bases = bases_of(ty);
    for (i, &b) in bases.iter().enumerate() {
        if bases[..i].contains(&b) {
            return Err(type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    let mut mro = vec![Obj::from_borrowed(Value::from_ptr(ty))];
    for t in heap_type::c3(&bases)? {
        mro.push(Obj::from_borrowed(Value::from_ptr(t)));
    }
    // SAFETY: live type; the old MRO is handed to `saved`.
    let old = unsafe { std::mem::replace(&mut (*ty).mro, tuple::from_vec(mro).into_raw()) };
    saved.push((ty, old));
    for sub in subclasses(ty) {
        recompute_mros(sub, saved)?;
    }
    Ok(())
}

/// Re-derives the protocol slots of `ty` and the classes below it from
/// their (new) bases and their own dunder methods.
fn update_slots(ty: *mut TypeObject) {
    // SAFETY: live heap types with a base.
    unsafe {
        let mut slots = (*(*ty).base).slots;
        crate::builtins::user_slots::install(ty, &mut slots);
        (*ty).slots = slots;
    }
    for sub in subclasses(ty) {
        if is_heap(sub) {
            update_slots(sub);
        }
    }
}
