//! Reads of global variables through per-site caches.
//!
//! A site remembers where the binding lives (the address of the dict
//! entry's value, in the module or in builtins) and the keys versions that
//! keep that address valid. Generated code checks the versions inline, so
//! a read is two compares and a load; rebinding the global only changes
//! the value, which the read picks up because it reads the entry, not a
//! copy. This function is the slow path that fills the cache.

use molt_abi::Value;
use molt_abi::layout::GlobalCache;

use crate::builtins::dict;
use crate::error::PyResult;
use crate::object::Obj;

/// What `other_version_ptr` points at for names found in the module.
static ZERO: u64 = 0;

/// Reads global `name` (an interned str) of `globals`, then builtins,
/// refilling the cache. Generated code tries the cache inline first.
pub fn load(cache: &mut GlobalCache, globals: Value, name: Value) -> PyResult<Obj> {
    if let Some(i) = dict::find_str_index(globals, name) {
        *cache = GlobalCache {
            globals_version: dict::version(globals),
            value_ptr: dict::value_slot(globals, i),
            other_version_ptr: &ZERO,
            other_version: 0,
        };
        return Ok(Obj::from_borrowed(dict::value_at(globals, i)));
    }
    let builtins = crate::import::builtins_dict();
    if let Some(i) = dict::find_str_index(builtins, name) {
        *cache = GlobalCache {
            globals_version: dict::version(globals),
            value_ptr: dict::value_slot(builtins, i),
            other_version_ptr: dict::version_ptr(builtins),
            other_version: dict::version(builtins),
        };
        return Ok(Obj::from_borrowed(dict::value_at(builtins, i)));
    }
    Err(crate::builtins::exceptions::name_error_for(name))
}
