//! Native modules: the `builtins` namespace and the standard-library
//! modules implemented in Rust, registered by name.

pub mod builtins;
pub mod io;
pub mod math;
pub mod os;
pub mod sys;
pub mod types;

use crate::object::Obj;

/// Creates native module `name`, if there is one.
pub fn create_native(name: &str) -> Option<Obj> {
    match name {
        "sys" => Some(sys::create()),
        "math" => Some(math::create()),
        "os" => Some(os::create()),
        "types" => Some(types::create()),
        "io" => Some(io::create()),
        "builtins" => Some(crate::import::builtins_module()),
        _ => None,
    }
}
