//! Program start-up and shutdown: runtime initialisation, running
//! `__main__`, and turning an uncaught exception or `SystemExit` into the
//! process exit status, as CPython's `Py_RunMain` does.

use std::cell::RefCell;

use molt_abi::Value;
use molt_abi::layout::ModuleDesc;

use crate::builtins::{exceptions, int, list, str as pystr};
use crate::object::Obj;

thread_local! {
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// `sys.argv` as a new list.
pub fn argv_list() -> Obj {
    ARGV.with(|a| list::from_vec(a.borrow().iter().map(|s| pystr::new(s)).collect()))
}

/// Initialises the runtime and runs module `main_index` as `__main__`.
///
/// # Safety
/// `argv` holds `argc` C strings; `modules` holds `nmodules` descriptors.
pub unsafe fn run(
    argc: i32,
    argv: *const *const u8,
    modules: *const ModuleDesc,
    nmodules: usize,
    main_index: usize,
    init_consts: unsafe extern "C" fn(),
) -> i32 {
    crate::object::tune_allocator();
    let args: Vec<String> = (0..argc.max(0) as usize)
        .map(|i| unsafe {
            let p = *argv.add(i);
            std::ffi::CStr::from_ptr(p as *const std::ffi::c_char).to_string_lossy().into_owned()
        })
        .collect();
    ARGV.with(|a| *a.borrow_mut() = args);
    crate::modules::sys::init_hash_secret();
    crate::builtins::ready_all();
    // SAFETY: static type objects defined by the runtime.
    unsafe {
        crate::builtins::type_::ready(&raw mut crate::stdio::TEXT_STREAM_TYPE);
        crate::builtins::type_::ready(&raw mut crate::modules::sys::VERSION_INFO_TYPE);
        crate::builtins::type_::ready(&raw mut crate::modules::sys::FLOAT_INFO_TYPE);
    }
    crate::stdio::init();
    let _ = crate::import::builtins_module();
    let _ = crate::modules::sys::create();
    // SAFETY: the caller passes the program's descriptor table.
    let table = unsafe { std::slice::from_raw_parts(modules, nmodules) };
    crate::import::register_program(table);
    // SAFETY: generated constant initialiser.
    unsafe { init_consts() };
    let status = match crate::import::run_module("__main__", &table[main_index]) {
        Ok(_) => 0,
        Err(_) => handle_uncaught(),
    };
    crate::stdio::flush_all();
    status
}

/// Prints an uncaught exception (or honours SystemExit) and returns the
/// exit status.
fn handle_uncaught() -> i32 {
    let Some(exc) = crate::error::take_raised() else {
        return 1;
    };
    if crate::builtins::type_::is_instance(exc.v(), &raw mut exceptions::SYSTEM_EXIT) {
        return exit_status(exc.v());
    }
    crate::stdio::flush(1);
    let text = crate::builtins::traceback::format_uncaught(exc.v());
    crate::stdio::write(2, text.as_bytes());
    1
}

/// The exit status for `SystemExit(code)`: None is 0, an int is itself,
/// anything else is printed to stderr and gives 1.
fn exit_status(exc: Value) -> i32 {
    let args = exceptions::get(exc).args;
    let items = crate::builtins::tuple::items(args);
    let code = match items {
        [] => return 0,
        [one] => *one,
        _ => args,
    };
    if code.is_none() {
        return 0;
    }
    if let Some(n) = int::to_i64(code) {
        return n as i32;
    }
    crate::stdio::flush(1);
    let text = match crate::protocol::str_(code) {
        Ok(s) => pystr::as_str(s.v()).to_string(),
        Err(_) => {
            crate::error::clear_raised();
            String::new()
        }
    };
    crate::stdio::write(2, format!("{text}\n").as_bytes());
    1
}
