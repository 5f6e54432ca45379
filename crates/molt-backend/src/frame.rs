//! The heap frame of a generator: where each local and each value live
//! across a `yield` is kept while the generator is suspended.
//!
//! Layout, in words: the locals that own references (plain, cell and
//! parameter locals) first — the runtime releases exactly these when a
//! generator that never ran is dropped — then closure cells (borrowed),
//! then one slot per value that some `yield` must preserve.

use std::collections::HashMap;

use molt_ir::{BlockId, Function, LocalKind, Op, ValueId};

pub(crate) struct FrameLayout {
    /// Byte offset of each local's slot, by local index.
    pub local_slots: Vec<i32>,
    /// Number of leading slots holding owned locals.
    pub owned_locals: usize,
    /// Byte offset of the slot of each value saved across a yield.
    pub spills: HashMap<ValueId, i32>,
    /// Total number of slots.
    pub nslots: usize,
    /// Each yield, in order (its resume state is the position + 1), with
    /// the values live after it.
    pub yields: Vec<((BlockId, usize), Vec<ValueId>)>,
}

impl FrameLayout {
    pub fn of(f: &Function) -> FrameLayout {
        let mut local_slots = vec![0i32; f.locals.len()];
        let mut next = 0usize;
        for (id, l) in f.locals.iter() {
            if !matches!(l.kind, LocalKind::Free(_)) {
                local_slots[id.0 as usize] = (next * 8) as i32;
                next += 1;
            }
        }
        let owned_locals = next;
        for (id, l) in f.locals.iter() {
            if matches!(l.kind, LocalKind::Free(_)) {
                local_slots[id.0 as usize] = (next * 8) as i32;
                next += 1;
            }
        }
        let live_in = molt_ir::liveness::live_in(f);
        let mut yields = Vec::new();
        let mut spills = HashMap::new();
        for (bid, b) in f.blocks.iter() {
            for (i, inst) in b.insts.iter().enumerate() {
                if !matches!(inst.op, Op::Yield { .. }) {
                    continue;
                }
                let mut live: Vec<ValueId> = molt_ir::liveness::live_after(f, bid, i, &live_in)
                    .into_iter()
                    .filter(|v| !inst.results.contains(v))
                    .collect();
                live.sort();
                for &v in &live {
                    spills.entry(v).or_insert_with(|| {
                        let off = (next * 8) as i32;
                        next += 1;
                        off
                    });
                }
                yields.push(((bid, i), live));
            }
        }
        FrameLayout { local_slots, owned_locals, spills, nslots: next, yields }
    }
}
