//! The IR's entity types.

use crate::entity;

entity!(
    /// An SSA value.
    ValueId, "v"
);
entity!(
    /// A basic block.
    BlockId, "bb"
);
entity!(
    /// A function of the program (module bodies included).
    FuncId, "f"
);
entity!(
    /// A Python local variable of a function.
    LocalId, "l"
);
entity!(
    /// An entry of the program's constant pool.
    ConstId, "c"
);
