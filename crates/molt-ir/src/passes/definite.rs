//! Definite assignment: a read of a local that is bound on every path
//! reaching it cannot raise UnboundLocalError, so it needs no check and no
//! landing block.
//!
//! A forward must-analysis over the CFG: a local is bound after
//! `local_set` and unbound after `local_del`/`local_clear`; parameters are
//! bound on entry; landing blocks see the state at the instruction that
//! branches to them.

use crate::entities::BlockId;
use crate::entity::EntityRef;
use crate::function::{Function, LocalKind};
use crate::op::Op;

/// A set of locals, one bit each.
#[derive(Clone, PartialEq)]
struct Bound(Vec<u64>);

impl Bound {
    fn empty(n: usize) -> Bound {
        Bound(vec![0; n.div_ceil(64)])
    }

    fn full(n: usize) -> Bound {
        Bound(vec![u64::MAX; n.div_ceil(64)])
    }

    fn set(&mut self, i: usize, on: bool) {
        if on {
            self.0[i / 64] |= 1 << (i % 64);
        } else {
            self.0[i / 64] &= !(1 << (i % 64));
        }
    }

    fn has(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn intersect(&mut self, other: &Bound) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= *b;
        }
    }
}

/// Applies the effect of one op on the bound set.
fn step(bound: &mut Bound, op: &Op) {
    match op {
        Op::LocalSet(l) => bound.set(l.index(), true),
        Op::LocalDel(l) | Op::LocalClear(l) => bound.set(l.index(), false),
        _ => {}
    }
}

/// Turns provably safe checked reads into unchecked ones.
pub fn unchecked_reads(f: &mut Function) {
    let n = f.locals.len();
    if n == 0 {
        return;
    }
    // Entry states start "everything bound" (the top of the lattice) and
    // shrink to the fixpoint; unreachable blocks keep it, harmlessly.
    let mut entry_state: Vec<Bound> = vec![Bound::full(n); f.blocks.len()];
    let mut start = Bound::empty(n);
    for (id, local) in f.locals.iter() {
        if matches!(local.kind, LocalKind::Param(_)) {
            start.set(id.index(), true);
        }
    }
    entry_state[f.entry.index()] = start;
    let mut changed = true;
    while changed {
        changed = false;
        for (bid, block) in f.blocks.iter() {
            let mut state = entry_state[bid.index()].clone();
            let flow = |target: BlockId, state: &Bound, entry_state: &mut Vec<Bound>| {
                let mut merged = entry_state[target.index()].clone();
                merged.intersect(state);
                if merged != entry_state[target.index()] {
                    entry_state[target.index()] = merged;
                    true
                } else {
                    false
                }
            };
            for inst in &block.insts {
                if let Some(u) = inst.unwind {
                    changed |= flow(u, &state, &mut entry_state);
                }
                step(&mut state, &inst.op);
                for s in inst.op.successors() {
                    changed |= flow(s, &state, &mut entry_state);
                }
            }
        }
    }
    let ids: Vec<BlockId> = f.blocks.iter().map(|(id, _)| id).collect();
    for bid in ids {
        let mut state = entry_state[bid.index()].clone();
        for inst in &mut f.blocks[bid].insts {
            if let Op::LocalGet { local, checked: true } = inst.op {
                if state.has(local.index()) {
                    inst.op = Op::LocalGet { local, checked: false };
                    inst.unwind = None;
                }
            }
            step(&mut state, &inst.op);
        }
    }
}
