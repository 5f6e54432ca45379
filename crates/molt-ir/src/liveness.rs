//! Liveness of SSA values: which values must survive a program point.
//!
//! Used where values cross a suspension (`yield`): everything live after
//! the yield is saved in the generator's frame. Landing blocks count as
//! successors of the instruction that can branch to them.

use std::collections::HashSet;

use crate::entities::{BlockId, ValueId};
use crate::entity::EntityRef;
use crate::function::Function;

/// Values live on entry to each block.
pub fn live_in(f: &Function) -> Vec<HashSet<ValueId>> {
    let mut live: Vec<HashSet<ValueId>> = vec![HashSet::new(); f.blocks.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for (bid, _) in f.blocks.iter().collect::<Vec<_>>().into_iter().rev() {
            let set = block_entry(f, bid, &live);
            if set != live[bid.index()] {
                live[bid.index()] = set;
                changed = true;
            }
        }
    }
    live
}

/// Live values just after instruction `index` of `block`, including what
/// its own landing block needs.
pub fn live_after(f: &Function, block: BlockId, index: usize, live_in: &[HashSet<ValueId>]) -> HashSet<ValueId> {
    let b = &f.blocks[block];
    let mut live = successors_live(f, block, live_in);
    for inst in b.insts[index + 1..].iter().rev() {
        step_back(&mut live, inst, live_in);
    }
    if let Some(u) = b.insts[index].unwind {
        live.extend(live_in[u.index()].iter().copied());
    }
    live
}

fn successors_live(f: &Function, block: BlockId, live_in: &[HashSet<ValueId>]) -> HashSet<ValueId> {
    let mut live = HashSet::new();
    if let Some(t) = f.blocks[block].terminator() {
        for s in t.op.successors() {
            live.extend(live_in[s.index()].iter().copied());
            // Block parameters are defined by the jump, not live before it.
            for p in &f.blocks[s].params {
                live.remove(p);
            }
        }
    }
    live
}

fn step_back(live: &mut HashSet<ValueId>, inst: &crate::function::Inst, live_in: &[HashSet<ValueId>]) {
    for r in &inst.results {
        live.remove(r);
    }
    if let Some(u) = inst.unwind {
        live.extend(live_in[u.index()].iter().copied());
    }
    live.extend(inst.args.iter().copied());
}

fn block_entry(f: &Function, block: BlockId, live_in: &[HashSet<ValueId>]) -> HashSet<ValueId> {
    let mut live = successors_live(f, block, live_in);
    for inst in f.blocks[block].insts.iter().rev() {
        step_back(&mut live, inst, live_in);
    }
    for p in &f.blocks[block].params {
        live.remove(p);
    }
    live
}
