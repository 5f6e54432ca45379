//! Start-up, constants and memory.

use molt_abi::Value;
use molt_abi::layout::ModuleDesc;

use crate::builtins::{bytes, int, str as pystr};
use crate::object::make_immortal;

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_main(
    argc: i32,
    argv: *const *const u8,
    modules: *const ModuleDesc,
    nmodules: i64,
    main_index: i64,
    init_consts: unsafe extern "C" fn(),
) -> i32 {
    unsafe { crate::program::run(argc, argv, modules, nmodules as usize, main_index as usize, init_consts) }
}

unsafe fn bytes_of<'a>(data: *const u8, len: i64) -> &'a [u8] {
    if len == 0 { &[] } else { unsafe { std::slice::from_raw_parts(data, len as usize) } }
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_const_str(data: *const u8, len: i64) -> Value {
    let text = unsafe { bytes_of(data, len) };
    // The backend emits valid UTF-8 (the parser produced Rust strings).
    pystr::intern(&String::from_utf8_lossy(text)).into_raw()
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_const_int(data: *const u8, len: i64) -> Value {
    let text = String::from_utf8_lossy(unsafe { bytes_of(data, len) }).into_owned();
    let value: num_bigint::BigInt = text.parse().unwrap_or_default();
    let v = int::from_bigint(value).into_raw();
    make_immortal(v);
    v
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_const_bytes(data: *const u8, len: i64) -> Value {
    let v = bytes::new(unsafe { bytes_of(data, len) }).into_raw();
    make_immortal(v);
    v
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_const_complex(data: *const u8, len: i64) -> Value {
    let bytes = unsafe { bytes_of(data, len) };
    let part = |i: usize| {
        let word = bytes.get(8 * i..8 * i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()).unwrap_or_default();
        f64::from_bits(u64::from_le_bytes(word))
    };
    let v = crate::builtins::complex::new(part(0), part(1)).into_raw();
    make_immortal(v);
    v
}

#[unsafe(no_mangle)]
pub unsafe extern "C" fn molt_dealloc(obj: Value) {
    unsafe { crate::object::dealloc(obj) }
}
