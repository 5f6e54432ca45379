//! Reference counting that does nothing: every constant is an immediate
//! or an immortal object, and values whose inferred type is immediate
//! (None, bools, floats) are never heap objects, so the `incref`/`decref`
//! the lowering emits for them can go.

use std::collections::HashSet;

use crate::entity::EntityRef;
use crate::function::Function;
use crate::op::Op;

/// Removes reference-count operations on constants.
pub fn drop_constant_refcounts(f: &mut Function) {
    let constants: HashSet<_> = f
        .blocks
        .values()
        .flat_map(|b| b.insts.iter())
        .filter(|i| matches!(i.op, Op::Const(_)))
        .flat_map(|i| i.results.iter().copied())
        .collect();
    for b in f.blocks.values_mut() {
        b.insts.retain(|i| !(matches!(i.op, Op::IncRef | Op::DecRef) && constants.contains(&i.args[0])));
    }
}

/// Removes reference-count operations on values of immediate types.
pub fn drop_immediate_refcounts(f: &mut Function) {
    let types = std::mem::take(&mut f.value_types);
    for b in f.blocks.values_mut() {
        b.insts.retain(|i| {
            !(matches!(i.op, Op::IncRef | Op::DecRef) && types.get(i.args[0].index()).is_some_and(|t| t.is_immediate()))
        });
    }
    f.value_types = types;
}
