//! Reads of global variables through per-site caches.
//!
//! A site remembers where it found the name (module globals or builtins),
//! the entry index there, and the keys versions of both dicts. While the
//! versions match, the entry still holds the binding, so a read is two
//! compares and a load; rebinding the global only changes the value, which
//! the read picks up because it reads the entry, not a copy.

use molt_abi::Value;
use molt_abi::layout::GlobalCache;

use crate::builtins::{dict, str as pystr};
use crate::error::{PyResult, name_error};
use crate::object::Obj;

const FROM_GLOBALS: u64 = 0;
const FROM_BUILTINS: u64 = 1;

/// Reads global `name` (an interned str) of `globals`, then builtins.
pub fn load(cache: &mut GlobalCache, globals: Value, name: Value) -> PyResult<Obj> {
    let builtins = crate::import::builtins_dict();
    if cache.globals_version == dict::version(globals) {
        match cache.source {
            FROM_GLOBALS => return Ok(Obj::from_borrowed(dict::value_at(globals, cache.index as usize))),
            FROM_BUILTINS if cache.builtins_version == dict::version(builtins) => {
                return Ok(Obj::from_borrowed(dict::value_at(builtins, cache.index as usize)));
            }
            _ => {}
        }
    }
    if let Some(i) = dict::find_str_index(globals, name) {
        *cache = GlobalCache {
            globals_version: dict::version(globals),
            builtins_version: 0,
            index: i as u64,
            source: FROM_GLOBALS,
        };
        return Ok(Obj::from_borrowed(dict::value_at(globals, i)));
    }
    if let Some(i) = dict::find_str_index(builtins, name) {
        *cache = GlobalCache {
            globals_version: dict::version(globals),
            builtins_version: dict::version(builtins),
            index: i as u64,
            source: FROM_BUILTINS,
        };
        return Ok(Obj::from_borrowed(dict::value_at(builtins, i)));
    }
    Err(name_error(format!("name '{}' is not defined", pystr::as_str(name))))
}
