//! Optimisation passes over lowered IR. Each pass keeps the program's
//! behaviour exactly; they run after the verifier accepted the lowering.

mod definite;
mod refcount;

use crate::program::Program;

/// Runs every pass on every function.
pub fn optimize(program: &mut Program) {
    for f in program.functions.values_mut() {
        definite::unchecked_reads(f);
        refcount::drop_constant_refcounts(f);
        f.value_types = crate::types::infer(f, &program.constants);
        refcount::drop_immediate_refcounts(f);
    }
}
