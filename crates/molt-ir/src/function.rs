//! Functions, blocks and instructions.

use molt_abi::layout::CodeInfo;

use crate::entities::{BlockId, LocalId, ValueId};
use crate::entity::{EntityRef, EntityVec};
use crate::op::{Op, Repr};
use crate::types::Ty;

/// What a function is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// The body of module number `.0`; runs once on first import.
    ModuleBody(usize),
    /// A `def`, `lambda` or comprehension.
    Def,
}

/// How a local variable is stored.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LocalKind {
    /// A plain variable.
    Plain,
    /// Parameter number `.0`; bound on entry, never unbound.
    Param(u32),
    /// Holds a cell shared with nested functions (created on entry).
    Cell,
    /// Holds cell number `.0` of the function's closure.
    Free(u32),
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub kind: LocalKind,
}

#[derive(Clone, Debug)]
pub struct Inst {
    pub op: Op,
    pub args: Vec<ValueId>,
    pub results: Vec<ValueId>,
    /// Source line, for tracebacks.
    pub line: u32,
    /// Landing block taken when the op raises.
    pub unwind: Option<BlockId>,
}

#[derive(Clone, Debug, Default)]
pub struct Block {
    pub params: Vec<ValueId>,
    pub insts: Vec<Inst>,
}

impl Block {
    /// The terminator, if the block has one.
    pub fn terminator(&self) -> Option<&Inst> {
        self.insts.last().filter(|i| i.op.info().terminator)
    }
}

#[derive(Clone, Debug)]
pub struct ValueData {
    pub repr: Repr,
}

/// A function as a control-flow graph.
#[derive(Clone, Debug)]
pub struct Function {
    pub kind: FunctionKind,
    /// Index of the module whose globals the function uses.
    pub module: usize,
    /// Names, parameters and flags, as the runtime sees them.
    pub code: CodeInfo,
    pub locals: EntityVec<LocalId, Local>,
    pub blocks: EntityVec<BlockId, Block>,
    pub values: EntityVec<ValueId, ValueData>,
    pub entry: BlockId,
    /// A generator function: calling it creates a generator; the body
    /// runs as a resumable state machine with its frame on the heap.
    pub is_generator: bool,
    /// Inferred static types, by value (empty until the passes ran: then
    /// every value counts as [`Ty::ANY`]).
    pub value_types: Vec<Ty>,
}

impl Function {
    pub fn new(kind: FunctionKind, module: usize, code: CodeInfo) -> Function {
        let mut blocks = EntityVec::new();
        let entry = blocks.push(Block::default());
        Function {
            kind,
            module,
            code,
            locals: EntityVec::new(),
            blocks,
            values: EntityVec::new(),
            entry,
            is_generator: false,
            value_types: Vec::new(),
        }
    }

    /// The inferred type of `v`.
    pub fn type_of(&self, v: ValueId) -> Ty {
        self.value_types.get(v.index()).copied().unwrap_or(Ty::ANY)
    }

    pub fn new_value(&mut self, repr: Repr) -> ValueId {
        self.values.push(ValueData { repr })
    }

    /// Whether any local is a cell or free variable.
    pub fn has_cells(&self) -> bool {
        self.locals.values().any(|l| matches!(l.kind, LocalKind::Cell | LocalKind::Free(_)))
    }
}
