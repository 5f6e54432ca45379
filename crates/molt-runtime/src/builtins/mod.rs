//! Built-in types, one module per type (named after the type, as CPython
//! keeps one file per object type). Each module declares its layout, its
//! method table and its protocol slots; `ready_all` readies every type at
//! start-up and the `builtins` module exposes the public ones by name.

macro_rules! builtin_types {
    ($($module:ident: $($ty:ident),+;)*) => {
        $(pub mod $module;)*

        /// Every static type object, in an order where bases come first.
        pub fn all_types() -> Vec<*mut type_::TypeObject> {
            vec![$($(&raw mut $module::$ty),+),*]
        }
    };
}

// Companion modules: the method tables of the larger types, and the
// buffer protocol the byte types share.
pub mod buffer;
pub mod bytes_methods;
pub mod bytes_search;
pub mod dict_methods;
pub mod exception_group;
pub mod heap_type;
pub mod iobase;
pub mod user_slots;
pub mod list_methods;
pub mod list_sort;
pub mod set_methods;
pub mod str_methods;
pub mod str_search;
pub mod str_translate;
pub mod subtype;
pub mod type_bases;

builtin_types! {
    object: OBJECT_TYPE;
    type_: TYPE_TYPE;
    none: NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE;
    int: INT_TYPE;
    bool_: BOOL_TYPE;
    float: FLOAT_TYPE;
    complex: COMPLEX_TYPE;
    str: STR_TYPE, STR_ITERATOR_TYPE;
    bytes: BYTES_TYPE, BYTES_ITERATOR_TYPE;
    bytearray: BYTEARRAY_TYPE, BYTEARRAY_ITERATOR_TYPE;
    memoryview: MEMORYVIEW_TYPE, MEMORY_ITERATOR_TYPE;
    tuple: TUPLE_TYPE, TUPLE_ITERATOR_TYPE;
    list: LIST_TYPE, LIST_ITERATOR_TYPE, LIST_REVERSE_ITERATOR_TYPE;
    dict: DICT_TYPE;
    dict_views: DICT_KEYS_TYPE, DICT_VALUES_TYPE, DICT_ITEMS_TYPE, DICT_KEY_ITERATOR_TYPE, DICT_VALUE_ITERATOR_TYPE,
        DICT_ITEM_ITERATOR_TYPE, DICT_REVERSE_KEY_ITERATOR_TYPE, DICT_REVERSE_VALUE_ITERATOR_TYPE,
        DICT_REVERSE_ITEM_ITERATOR_TYPE;
    set: SET_TYPE, FROZENSET_TYPE, SET_ITERATOR_TYPE;
    range: RANGE_TYPE, RANGE_ITERATOR_TYPE;
    slice: SLICE_TYPE;
    stringio: STRING_IO_TYPE;
    bytesio: BYTES_IO_TYPE, BYTES_IO_BUFFER_TYPE;
    file: TEXT_IO_WRAPPER_TYPE, BUFFERED_READER_TYPE, BUFFERED_WRITER_TYPE, BUFFERED_RANDOM_TYPE, FILE_IO_TYPE;
    code: CODE_TYPE;
    function: FUNCTION_TYPE;
    builtin_function: BUILTIN_FUNCTION_TYPE;
    descriptor: METHOD_DESCRIPTOR_TYPE, GETSET_DESCRIPTOR_TYPE;
    member: MEMBER_DESCRIPTOR_TYPE;
    mappingproxy: MAPPINGPROXY_TYPE;
    method: METHOD_TYPE;
    slot_wrapper: WRAPPER_DESCRIPTOR_TYPE, METHOD_WRAPPER_TYPE;
    classmethod: CLASSMETHOD_TYPE;
    staticmethod: STATICMETHOD_TYPE;
    property: PROPERTY_TYPE;
    super_: SUPER_TYPE;
    module: MODULE_TYPE;
    cell: CELL_TYPE;
    traceback: TRACEBACK_TYPE;
    generator: GENERATOR_TYPE;
    iterators: ENUMERATE_TYPE, ZIP_TYPE, MAP_TYPE, FILTER_TYPE, REVERSED_TYPE, SEQ_ITERATOR_TYPE;
    generic_alias: GENERIC_ALIAS_TYPE;
    union_type: UNION_TYPE;
    exceptions: BASE_EXCEPTION;
}

/// Readies every built-in type (and the exception hierarchy).
pub fn ready_all() {
    for ty in all_types() {
        // SAFETY: static type objects, readied once at start-up.
        unsafe { type_::ready(ty) };
    }
    exceptions::ready_all();
}
