//! Structural checks of a function, run after lowering and after every
//! pass in debug builds, so a broken transformation is caught where it
//! happens.
//!
//! Invariants:
//! 1. every block ends with exactly one terminator, and only there;
//! 2. an op has an unwind target exactly when it can raise;
//! 3. jump arguments match the target's parameters; branch and unwind
//!    targets take no parameters;
//! 4. every value is defined once, and every use is dominated by its
//!    definition (in the same block, before the use; or in a dominating
//!    block);
//! 5. branch conditions are raw truth values.

use std::collections::HashMap;

use crate::entities::{BlockId, ValueId};
use crate::entity::EntityRef;
use crate::function::Function;
use crate::op::{Op, Repr};

/// Checks `f`, returning every violation found.
pub fn verify(f: &Function) -> Result<(), Vec<String>> {
    let mut errors = Vec::new();
    let nblocks = f.blocks.len();
    let mut def_site: HashMap<ValueId, (BlockId, usize)> = HashMap::new();
    let mut define = |v: ValueId, at: (BlockId, usize), errors: &mut Vec<String>| {
        if def_site.insert(v, at).is_some() {
            errors.push(format!("{v} defined more than once"));
        }
    };
    for (bid, b) in f.blocks.iter() {
        for &p in &b.params {
            define(p, (bid, 0), &mut errors);
        }
        for (i, inst) in b.insts.iter().enumerate() {
            for &r in &inst.results {
                define(r, (bid, i + 1), &mut errors);
            }
        }
    }
    let preds = predecessors(f);
    let doms = dominators(f, &preds);
    for (bid, b) in f.blocks.iter() {
        match b.insts.last() {
            Some(last) if last.op.info().terminator => {}
            _ => errors.push(format!("{bid} does not end with a terminator")),
        }
        for (i, inst) in b.insts.iter().enumerate() {
            let info = inst.op.info();
            if info.terminator && i + 1 != b.insts.len() {
                errors.push(format!("{bid}: terminator {} in the middle of the block", inst.op.name()));
            }
            if info.can_raise != inst.unwind.is_some() {
                errors.push(format!(
                    "{bid}: {} {} an unwind target",
                    inst.op.name(),
                    if info.can_raise { "needs" } else { "must not have" }
                ));
            }
            if let Some(u) = inst.unwind {
                if u.index() >= nblocks {
                    errors.push(format!("{bid}: unwind to missing block {u}"));
                } else if !f.blocks[u].params.is_empty() {
                    errors.push(format!("{bid}: unwind target {u} takes parameters"));
                }
            }
            for &a in &inst.args {
                match def_site.get(&a) {
                    None => errors.push(format!("{bid}: use of undefined {a}")),
                    Some(&(db, di)) => {
                        let ok = if db == bid { di <= i } else { doms[bid.index()].contains(&db) };
                        if !ok {
                            errors.push(format!("{bid}: use of {a} not dominated by its definition"));
                        }
                    }
                }
            }
            match &inst.op {
                Op::Jump(t) => {
                    if t.index() >= nblocks {
                        errors.push(format!("{bid}: jump to missing block {t}"));
                    } else if f.blocks[*t].params.len() != inst.args.len() {
                        errors.push(format!("{bid}: jump to {t} with {} arguments", inst.args.len()));
                    }
                }
                Op::Branch { then_block, else_block } => {
                    for t in [then_block, else_block] {
                        if t.index() >= nblocks || !f.blocks[*t].params.is_empty() {
                            errors.push(format!("{bid}: bad branch target {t}"));
                        }
                    }
                    if inst.args.len() != 1 || f.values[inst.args[0]].repr != Repr::Bool {
                        errors.push(format!("{bid}: branch condition must be one raw truth value"));
                    }
                }
                _ => {}
            }
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors) }
}

/// Predecessors of each block (normal and unwind edges).
pub fn predecessors(f: &Function) -> Vec<Vec<BlockId>> {
    let mut preds = vec![Vec::new(); f.blocks.len()];
    for (bid, b) in f.blocks.iter() {
        for inst in &b.insts {
            if let Some(u) = inst.unwind {
                if u.index() < preds.len() {
                    preds[u.index()].push(bid);
                }
            }
            for s in inst.op.successors() {
                if s.index() < preds.len() {
                    preds[s.index()].push(bid);
                }
            }
        }
    }
    preds
}

/// Dominator sets by the iterative data-flow algorithm (functions are
/// small; unreachable blocks are dominated by everything).
fn dominators(f: &Function, preds: &[Vec<BlockId>]) -> Vec<Vec<BlockId>> {
    let n = f.blocks.len();
    let all: Vec<BlockId> = f.blocks.keys().collect();
    let mut doms: Vec<Vec<BlockId>> = vec![all.clone(); n];
    doms[f.entry.index()] = vec![f.entry];
    let mut changed = true;
    while changed {
        changed = false;
        for b in f.blocks.keys() {
            if b == f.entry {
                continue;
            }
            let mut new: Option<Vec<BlockId>> = None;
            for p in &preds[b.index()] {
                let pd = &doms[p.index()];
                new = Some(match new {
                    None => pd.clone(),
                    Some(cur) => cur.into_iter().filter(|x| pd.contains(x)).collect(),
                });
            }
            let mut new = new.unwrap_or_else(|| all.clone());
            if !new.contains(&b) {
                new.push(b);
            }
            new.sort();
            if new != doms[b.index()] {
                doms[b.index()] = new;
                changed = true;
            }
        }
    }
    doms
}
