//! Appending instructions to a function under construction.

use crate::entities::{BlockId, ValueId};
use crate::function::{Block, Function, Inst};
use crate::op::{Op, Repr};

/// A cursor into a function: new instructions go to the end of `current`.
pub struct Builder<'f> {
    pub func: &'f mut Function,
    pub current: BlockId,
}

impl<'f> Builder<'f> {
    pub fn new(func: &'f mut Function) -> Builder<'f> {
        let current = func.entry;
        Builder { func, current }
    }

    pub fn create_block(&mut self) -> BlockId {
        self.func.blocks.push(Block::default())
    }

    pub fn switch_to(&mut self, block: BlockId) {
        self.current = block;
    }

    pub fn add_block_param(&mut self, block: BlockId, repr: Repr) -> ValueId {
        let v = self.func.new_value(repr);
        self.func.blocks[block].params.push(v);
        v
    }

    /// Whether the current block already ends in a terminator.
    pub fn is_terminated(&self) -> bool {
        self.func.blocks[self.current].terminator().is_some()
    }

    /// Appends an instruction and returns its results.
    pub fn ins(&mut self, op: Op, args: Vec<ValueId>, line: u32, unwind: Option<BlockId>) -> Vec<ValueId> {
        let results: Vec<ValueId> = op.result_reprs().into_iter().map(|r| self.func.new_value(r)).collect();
        self.func.blocks[self.current].insts.push(Inst { op, args, results: results.clone(), line, unwind });
        results
    }

    /// Appends an instruction with exactly one result.
    pub fn ins1(&mut self, op: Op, args: Vec<ValueId>, line: u32, unwind: Option<BlockId>) -> ValueId {
        let results = self.ins(op, args, line, unwind);
        debug_assert_eq!(results.len(), 1);
        results[0]
    }
}
