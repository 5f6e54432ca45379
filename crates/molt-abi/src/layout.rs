//! Memory layouts shared by generated code and the runtime.
//!
//! Generated code reads object headers directly (reference counting is
//! inlined) and emits static descriptors of its functions and modules that
//! the runtime reads. Everything here is `#[repr(C)]` with 8-byte fields so
//! the backend can emit it as plain data with relocations.

/// Offset of the reference count (`isize`) in every heap object.
pub const HEADER_REFCNT_OFFSET: i32 = 0;
/// Offset of the type pointer in every heap object.
pub const HEADER_TYPE_OFFSET: i32 = 8;
/// Size of the common object header.
pub const HEADER_SIZE: usize = 16;
/// Reference count of immortal objects (constants, static types). Large
/// enough that no sequence of decrements reaches zero.
pub const IMMORTAL_REFCNT: isize = 1 << 60;

/// Offset of the first item of a tuple (after the header and length).
pub const TUPLE_ITEMS_OFFSET: i32 = 24;
/// Offset of the length of a tuple and of a list (`usize`).
pub const SEQ_LEN_OFFSET: i32 = 16;
/// Offset of a list's item array pointer (`*mut Value`).
pub const LIST_ITEMS_OFFSET: i32 = 24;

/// Symbols of the built-in type objects generated code compares type
/// pointers against (exact-type fast paths).
pub const LIST_TYPE_SYMBOL: &str = "molt_type_list";
pub const TUPLE_TYPE_SYMBOL: &str = "molt_type_tuple";
pub const RANGE_ITERATOR_TYPE_SYMBOL: &str = "molt_type_range_iterator";
pub const LIST_ITERATOR_TYPE_SYMBOL: &str = "molt_type_list_iterator";

/// A range iterator's machine-int state (`i64`s), advanced inline by
/// compiled `for` loops while the big-int pointer is null.
pub const RANGE_ITER_NEXT_OFFSET: i32 = 16;
pub const RANGE_ITER_STEP_OFFSET: i32 = 24;
pub const RANGE_ITER_REMAINING_OFFSET: i32 = 32;
pub const RANGE_ITER_BIG_OFFSET: i32 = 40;

/// A list iterator: the list (null once exhausted) and the next index.
pub const SEQ_ITER_SEQ_OFFSET: i32 = 16;
pub const SEQ_ITER_INDEX_OFFSET: i32 = 24;
/// Offset of the contents of a cell.
pub const CELL_VALUE_OFFSET: i32 = 16;

/// Offset of the keys version in a dict (read by inline global caches).
pub const DICT_VERSION_OFFSET: i32 = 24;

/// Symbol of the runtime's Python call depth (`i64`), updated inline by
/// function prologues and epilogues.
pub const RECURSION_DEPTH_SYMBOL: &str = "molt_recursion_depth";
/// Symbol of the recursion limit (`i64`).
pub const RECURSION_LIMIT_SYMBOL: &str = "molt_recursion_limit";

/// Offset of the frame pointer (`*mut Value`) in a generator object.
pub const GEN_FRAME_OFFSET: i32 = 16;
/// Offset of the state (`i64`: 0 start, k after yield k, -1 finished).
pub const GEN_STATE_OFFSET: i32 = 24;

/// Static descriptor the backend emits for every compiled function (module
/// bodies included). The runtime turns it into a code object on first use
/// and caches it in `cache`.
#[repr(C)]
pub struct CodeDesc {
    /// Runtime-owned: 0 until the runtime built the code object.
    pub cache: u64,
    /// Serialized [`CodeInfo`] (see [`CodeInfo::encode`]).
    pub info_ptr: *const u8,
    pub info_len: u64,
    /// The function body: `fn(func, p0, .., pn) -> Value` over bound
    /// parameters, or 0 for module bodies.
    pub body: *const u8,
    /// The generic entry: `fn(func, args, nargs, kwnames) -> Value`.
    pub trampoline: *const u8,
}

/// Static descriptor of one module of the program.
#[repr(C)]
pub struct ModuleDesc {
    /// Dotted module name, UTF-8.
    pub name_ptr: *const u8,
    pub name_len: u64,
    /// Source path as shown in tracebacks, UTF-8.
    pub file_ptr: *const u8,
    pub file_len: u64,
    /// 1 for a package (`__init__.py`), else 0.
    pub is_package: u64,
    /// The module body: `fn(module) -> Value`, returning `None` or the
    /// error sentinel.
    pub init: *const u8,
    /// Code descriptor of the module body (for tracebacks).
    pub code: *const CodeDesc,
    /// Where the runtime stores the module's globals dict once created;
    /// generated code reads globals through it.
    pub globals_slot: *mut u64,
}

/// Per-site cache of a global-variable read, filled by the runtime and
/// checked inline by generated code: while the module dict's keys version
/// equals `globals_version` and `*other_version_ptr == other_version`, the
/// binding is at `*value_ptr`.
///
/// For a name found in the module, `other_version_ptr` points at a zero
/// and `other_version` is 0; for a builtin, they pin the builtins dict's
/// version (the name must still be absent from the module). An empty
/// cache has `globals_version` 0, which no dict ever has.
#[repr(C)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub value_ptr: *const u64,
    pub other_version_ptr: *const u64,
    pub other_version: u64,
}

/// Per-site attribute cache (`obj.name` reads, writes and method calls),
/// owned by the runtime: for up to [`ATTR_CACHE_WAYS`] receiver types, how
/// the attribute resolved. All zero when empty.
#[repr(C)]
pub struct AttrCache {
    pub entries: [AttrCacheEntry; ATTR_CACHE_WAYS],
    /// The entry the next new type replaces.
    pub next: u64,
}

/// Receiver types an attribute site remembers (sites that see more are
/// rare; they keep replacing entries in turn).
pub const ATTR_CACHE_WAYS: usize = 4;

/// How an attribute resolved for receiver type `ty` while no type has
/// changed (`epoch`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct AttrCacheEntry {
    pub ty: u64,
    pub epoch: u64,
    pub kind: u64,
    pub data: u64,
}

/// Flag bits of [`CodeInfo::flags`], as in CPython's `co_flags`.
pub mod code_flags {
    pub const OPTIMIZED: u32 = 0x01;
    pub const NEWLOCALS: u32 = 0x02;
    pub const VARARGS: u32 = 0x04;
    pub const VARKEYWORDS: u32 = 0x08;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
}

/// Static facts about a function that the runtime needs for argument
/// binding, `repr`, introspection and tracebacks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodeInfo {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// Positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Parameter names in binding order: positional, keyword-only, then the
    /// `*args` and `**kwargs` names when present.
    pub varnames: Vec<String>,
    /// The other plain locals, in first-seen order: with `varnames` they
    /// make `co_varnames`.
    pub localnames: Vec<String>,
    /// Locals shared with nested functions, sorted (`co_cellvars`).
    pub cellvars: Vec<String>,
    /// Variables taken from the closure, in closure order (`co_freevars`).
    pub freevars: Vec<String>,
}

impl CodeInfo {
    /// Number of bound parameters the body receives.
    pub fn param_count(&self) -> usize {
        self.varnames.len()
    }

    /// Serializes into the compact form stored behind [`CodeDesc::info_ptr`]:
    /// little-endian u32 fields, strings as u32 length plus UTF-8 bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let put_u32 = |out: &mut Vec<u8>, n: u32| out.extend_from_slice(&n.to_le_bytes());
        let put_str = |out: &mut Vec<u8>, s: &str| {
            out.extend_from_slice(&(s.len() as u32).to_le_bytes());
            out.extend_from_slice(s.as_bytes());
        };
        put_str(&mut out, &self.name);
        put_str(&mut out, &self.qualname);
        put_str(&mut out, &self.filename);
        for n in [self.firstlineno, self.argcount, self.posonlyargcount, self.kwonlyargcount, self.flags] {
            put_u32(&mut out, n);
        }
        for names in [&self.varnames, &self.localnames, &self.cellvars, &self.freevars] {
            put_u32(&mut out, names.len() as u32);
            for v in names {
                put_str(&mut out, v);
            }
        }
        out
    }

    /// Inverse of [`CodeInfo::encode`]; `None` on malformed input.
    pub fn decode(bytes: &[u8]) -> Option<CodeInfo> {
        let mut reader = Reader { bytes, pos: 0 };
        let name = reader.string()?;
        let qualname = reader.string()?;
        let filename = reader.string()?;
        let firstlineno = reader.u32()?;
        let argcount = reader.u32()?;
        let posonlyargcount = reader.u32()?;
        let kwonlyargcount = reader.u32()?;
        let flags = reader.u32()?;
        let varnames = reader.strings()?;
        let localnames = reader.strings()?;
        let cellvars = reader.strings()?;
        let freevars = reader.strings()?;
        Some(CodeInfo {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            localnames,
            cellvars,
            freevars,
        })
    }
}

/// Cursor over a serialized [`CodeInfo`].
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn u32(&mut self) -> Option<u32> {
        let b = self.bytes.get(self.pos..self.pos + 4)?;
        self.pos += 4;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self) -> Option<String> {
        let len = self.u32()? as usize;
        let s = std::str::from_utf8(self.bytes.get(self.pos..self.pos + len)?).ok()?;
        self.pos += len;
        Some(s.to_owned())
    }

    /// A u32 count, then that many strings.
    fn strings(&mut self) -> Option<Vec<String>> {
        let count = self.u32()?;
        (0..count).map(|_| self.string()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_info_round_trips() {
        let info = CodeInfo {
            name: "f".into(),
            qualname: "outer.<locals>.f".into(),
            filename: "app.py".into(),
            firstlineno: 12,
            argcount: 2,
            posonlyargcount: 1,
            kwonlyargcount: 1,
            flags: code_flags::VARARGS,
            varnames: vec!["a".into(), "b".into(), "k".into(), "rest".into()],
            localnames: vec!["tmp".into()],
            cellvars: vec!["b".into()],
            freevars: vec!["outer".into()],
        };
        assert_eq!(CodeInfo::decode(&info.encode()), Some(info));
        assert_eq!(CodeInfo::decode(&[1, 2]), None);
    }

    #[test]
    fn descriptors_are_word_arrays() {
        assert_eq!(std::mem::size_of::<CodeDesc>(), 5 * 8);
        assert_eq!(std::mem::size_of::<ModuleDesc>(), 8 * 8);
        assert_eq!(std::mem::size_of::<GlobalCache>(), 4 * 8);
        assert_eq!(std::mem::size_of::<AttrCache>(), (4 * ATTR_CACHE_WAYS + 1) * 8);
    }
}
