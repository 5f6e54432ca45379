//! The `io` module: the in-memory streams `StringIO` and `BytesIO`, the
//! file classes `open()` returns, `open` itself and
//! `UnsupportedOperation`. (The abstract base classes `IOBase`,
//! `TextIOBase`, ... are not provided yet.)

use crate::builtins::type_::TypeObject;
use crate::builtins::{self as types, dict, int, module, str as pystr};
use crate::object::Obj;

pub fn create() -> Obj {
    let m = module::new("io");
    let d = module::dict_of(m.v());
    let classes: [(&str, *mut TypeObject); 7] = [
        ("StringIO", &raw mut types::stringio::STRING_IO_TYPE),
        ("BytesIO", &raw mut types::bytesio::BYTES_IO_TYPE),
        ("TextIOWrapper", &raw mut types::file::TEXT_IO_WRAPPER_TYPE),
        ("BufferedReader", &raw mut types::file::BUFFERED_READER_TYPE),
        ("BufferedWriter", &raw mut types::file::BUFFERED_WRITER_TYPE),
        ("BufferedRandom", &raw mut types::file::BUFFERED_RANDOM_TYPE),
        ("FileIO", &raw mut types::file::FILE_IO_TYPE),
    ];
    for (name, ty) in classes {
        dict::set_item_str(d, name, molt_abi::Value::from_ptr(ty)).ok();
    }
    if let Ok(cls) = types::iobase::unsupported_operation() {
        dict::set_item_str(d, "UnsupportedOperation", cls).ok();
    }
    let builtins = crate::import::builtins_module();
    if let Some(open) = dict::get_item_str_value(module::dict_of(builtins.v()), pystr::intern("open").v()) {
        dict::set_item_str(d, "open", open).ok();
    }
    for (name, value) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2), ("DEFAULT_BUFFER_SIZE", 8192)] {
        dict::set_item_str(d, name, int::from_i64(value).v()).ok();
    }
    m
}
