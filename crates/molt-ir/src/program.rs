//! A whole program: its functions, modules and constant pool.

use std::collections::HashMap;

use crate::entities::{ConstId, FuncId};
use crate::entity::EntityVec;
use crate::function::Function;
use crate::op::Constant;

/// A constant that lives in the pool (created once at start-up).
#[derive(Clone, Debug, PartialEq)]
pub enum PooledConst {
    Str(String),
    /// An int outside the small range, as decimal text.
    Int(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A complex literal (`2.5j`): the bits of its real and imaginary
    /// parts (bits, so that `-0.0` and `0.0` stay distinct constants).
    Complex { real: u64, imag: u64 },
}

/// Deduplicated pooled constants.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    pub entries: EntityVec<ConstId, PooledConst>,
    strings: HashMap<String, ConstId>,
}

impl ConstPool {
    pub fn str(&mut self, s: &str) -> ConstId {
        if let Some(&id) = self.strings.get(s) {
            return id;
        }
        let id = self.entries.push(PooledConst::Str(s.to_string()));
        self.strings.insert(s.to_string(), id);
        id
    }

    pub fn add(&mut self, c: PooledConst) -> ConstId {
        if let PooledConst::Str(s) = &c {
            return self.str(&s.clone());
        }
        if let Some((id, _)) = self.entries.iter().find(|(_, e)| **e == c) {
            return id;
        }
        self.entries.push(c)
    }

    /// The text of a str constant.
    pub fn as_str(&self, id: ConstId) -> &str {
        match &self.entries[id] {
            PooledConst::Str(s) => s,
            _ => "",
        }
    }
}

/// One module of the program.
#[derive(Clone, Debug)]
pub struct Module {
    /// Dotted name (`__main__` for the entry module).
    pub name: String,
    /// Source path shown in tracebacks and `__file__`.
    pub file: String,
    pub is_package: bool,
    pub body: FuncId,
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub functions: EntityVec<FuncId, Function>,
    pub constants: ConstPool,
    pub modules: Vec<Module>,
    /// Index of the entry module.
    pub main: usize,
}
