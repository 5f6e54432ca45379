//! Molt IR.
//!
//! A program is a set of functions (module bodies included) plus a constant
//! pool. A function is a control-flow graph of blocks; instructions produce
//! SSA values; Python locals are variables read and written by explicit
//! ops (the backend turns them into SSA). Every operation that can raise
//! names a landing block, so exception control flow is explicit.

pub mod builder;
pub mod entities;
pub mod entity;
pub mod function;
pub mod liveness;
pub mod op;
pub mod passes;
pub mod printer;
pub mod program;
pub mod types;
pub mod verifier;

pub use entities::{BlockId, ConstId, FuncId, LocalId, ValueId};
pub use function::{Block, Function, FunctionKind, Inst, Local, LocalKind};
pub use op::{Constant, Op, Repr};
pub use program::{ConstPool, Module, PooledConst, Program};
