//! Generator functions as state machines.
//!
//! A generator function compiles to two Cranelift functions. Its *body*
//! (what calls reach) only creates the generator object and moves the
//! arguments and closure cells into the heap frame. Its *resume function*
//! `fn(generator) -> Value` runs the code: on entry it dispatches on the
//! generator's state to the function's entry (state 0) or to the point
//! after yield k (state k). Locals live in the frame; each `yield` saves
//! the values live across it there, records its state and returns the
//! yielded value. The shared exit marks the generator finished and
//! releases its locals.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, AbiParam, InstBuilder, MemFlagsData, Signature, TrapCode, types};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Switch, Variable};
use cranelift_module::Module;
use cranelift_object::ObjectModule;
use molt_abi::layout::{GEN_FRAME_OFFSET, GEN_STATE_OFFSET, TUPLE_ITEMS_OFFSET};
use molt_ir::{BlockId, FuncId, LocalKind, ValueId};

use crate::body::{BodyGen, body_signature, clif_type};
use crate::emit::Emitter;
use crate::frame::FrameLayout;
use crate::{BackendError, Codegen, Result};

/// State of a finished generator (the runtime's `FINISHED`).
const FINISHED: i64 = -1;

/// `fn(generator) -> Value`.
pub(crate) fn resume_signature(module: &ObjectModule) -> Signature {
    let mut sig = module.make_signature();
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

/// Per-function state while emitting a resume function.
pub(crate) struct GenFrame {
    pub layout: FrameLayout,
    /// One variable per IR value.
    pub value_vars: HashMap<ValueId, Variable>,
    generator: Option<ir::Value>,
    frame: Option<ir::Value>,
    /// The block continuing after each yield, in yield order.
    resume_blocks: Vec<ir::Block>,
    next_yield: usize,
}

impl GenFrame {
    pub fn new(layout: FrameLayout) -> GenFrame {
        GenFrame { layout, value_vars: HashMap::new(), generator: None, frame: None, resume_blocks: Vec::new(), next_yield: 0 }
    }

    /// Base address of the heap frame.
    pub fn frame(&self) -> ir::Value {
        self.frame.expect("frame loaded in the prologue")
    }

    fn generator(&self) -> ir::Value {
        self.generator.expect("generator parameter")
    }
}

impl Codegen<'_> {
    /// The body of a generator function: creates the generator and fills
    /// its frame with the arguments (new references) and closure cells.
    pub(crate) fn define_generator_creator(&mut self, id: FuncId, layout: &FrameLayout) -> Result<()> {
        let program = self.program;
        let f = &program.functions[id];
        let clif_id = self.bodies[&id];
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, clif_id.as_u32()), body_signature(&self.module, f));
        let mut fctx = FunctionBuilderContext::new();
        {
            let b = FunctionBuilder::new(&mut func, &mut fctx);
            let config = self.module.isa().frontend_config();
            let resume_id = self.resumes[&id];
            let desc_id = self.code_descs[&id];
            let mut e = Emitter::new(b, self);
            let entry = e.b.create_block();
            e.b.append_block_params_for_function_params(entry);
            e.b.switch_to_block(entry);
            let params = e.b.block_params(entry).to_vec();
            let resume_ref = e.cg.module.declare_func_in_func(resume_id, e.b.func);
            let resume = e.b.ins().func_addr(types::I64, resume_ref);
            let desc = e.data_addr(desc_id);
            let nslots = e.iconst(layout.nslots as u64);
            let nlocals = e.iconst(layout.owned_locals as u64);
            let generator = e.call_rt("molt_gen_new", &[params[0], resume, desc, nslots, nlocals]).expect("generator");
            let frame = e.b.ins().load(types::I64, MemFlagsData::trusted(), generator, GEN_FRAME_OFFSET);
            let mut closure = None;
            for (lid, local) in f.locals.iter() {
                let off = layout.local_slots[lid.0 as usize];
                let v = match local.kind {
                    LocalKind::Param(i) => {
                        let v = params[1 + i as usize];
                        e.incref(v);
                        v
                    }
                    LocalKind::Free(i) => {
                        let c = *closure.get_or_insert_with(|| e.call_rt("molt_function_closure", &[params[0]]).expect("closure"));
                        e.b.ins().load(types::I64, MemFlagsData::trusted(), c, TUPLE_ITEMS_OFFSET + 8 * i as i32)
                    }
                    LocalKind::Plain | LocalKind::Cell => continue,
                };
                e.b.ins().store(MemFlagsData::trusted(), v, frame, off);
            }
            e.b.ins().return_(&[generator]);
            e.b.seal_all_blocks();
            e.b.finalize(config);
        }
        if let Err(e) = cranelift_codegen::verifier::verify_function(&func, self.module.isa()) {
            return Err(BackendError(format!("{}: {e}", f.code.qualname)));
        }
        self.ctx.func = func;
        self.module.define_function(clif_id, &mut self.ctx).map_err(|e| BackendError(format!("{}: {e:?}", f.code.qualname)))?;
        self.module.clear_context(&mut self.ctx);
        Ok(())
    }
}

impl BodyGen<'_, '_, '_, '_> {
    fn gen_frame(&mut self) -> &mut GenFrame {
        self.generator.as_mut().expect("a generator's resume function")
    }

    /// Prologue of a resume function: the frame base, a variable per IR
    /// value and a block per resume point.
    pub(crate) fn enter_generator(&mut self, generator: ir::Value) {
        let frame = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), generator, GEN_FRAME_OFFSET);
        let mut vars = HashMap::new();
        for (id, value) in self.f.values.iter() {
            vars.insert(id, self.e.b.declare_var(clif_type(value.repr)));
        }
        let n = self.gen_frame().layout.yields.len();
        let blocks = (0..n).map(|_| self.e.b.create_block()).collect();
        let g = self.gen_frame();
        g.generator = Some(generator);
        g.frame = Some(frame);
        g.value_vars = vars;
        g.resume_blocks = blocks;
    }

    /// Jumps to the function's entry or to the resume point of the state.
    pub(crate) fn dispatch_resume(&mut self, entry: ir::Block) {
        let generator = self.gen_frame().generator();
        let state = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), generator, GEN_STATE_OFFSET);
        let mut switch = Switch::new();
        switch.set_entry(0, entry);
        for (k, &b) in self.gen_frame().resume_blocks.iter().enumerate() {
            switch.set_entry(k as u128 + 1, b);
        }
        let invalid = self.e.b.create_block();
        switch.emit(&mut self.e.b, state, invalid);
        // The runtime never resumes a finished generator.
        self.e.b.switch_to_block(invalid);
        self.e.b.ins().trap(TrapCode::unwrap_user(1));
    }

    /// `yield v`: saves the live values, suspends, and on resumption
    /// reloads them and produces the sent value (or raises what was
    /// thrown in, unless delegating).
    pub(crate) fn yield_value(&mut self, v: ir::Value, delegate: bool, unwind: Option<BlockId>) -> Result<ir::Value> {
        let g = self.gen_frame();
        let k = g.next_yield;
        g.next_yield += 1;
        let live = g.layout.yields[k].1.clone();
        let (frame, generator, resume) = (g.frame(), g.generator(), g.resume_blocks[k]);
        let flags = MemFlagsData::trusted();
        for &val in &live {
            let off = self.gen_frame().layout.spills[&val];
            let cv = self.v(val);
            self.e.b.ins().store(flags, cv, frame, off);
        }
        let state = self.e.iconst(k as u64 + 1);
        self.e.b.ins().store(flags, state, generator, GEN_STATE_OFFSET);
        self.leave_frame(v);
        self.e.b.switch_to_block(resume);
        for &val in &live {
            let off = self.gen_frame().layout.spills[&val];
            let ty = clif_type(self.f.values[val].repr);
            let cv = self.e.b.ins().load(ty, flags, frame, off);
            self.set(val, cv);
        }
        let sent = if delegate {
            self.e.call_rt("molt_gen_resume_delegating", &[generator]).expect("sent")
        } else {
            let r = self.e.call_rt("molt_gen_resume_value", &[generator]).expect("sent");
            self.check_null(r, unwind);
            r
        };
        Ok(sent)
    }

    /// One step of `yield from`: the value and whether the delegate
    /// finished.
    pub(crate) fn delegate_step(&mut self, it: ir::Value, sent: ir::Value, unwind: Option<BlockId>) -> Result<(ir::Value, ir::Value)> {
        let generator = self.gen_frame().generator();
        let (ss, out) = self.e.out_array(1);
        let r = self.e.call_rt("molt_gen_delegate", &[generator, it, sent, out]).expect("value");
        self.check_null(r, unwind);
        let word = self.e.b.ins().stack_load(types::I64, types::I64, ss, 0);
        let done = self.e.b.ins().icmp_imm_s(IntCC::NotEqual, word, 0);
        Ok((r, done))
    }

    /// At the shared exit: the generator is finished and its locals are
    /// released, or handed to the traceback when an exception is leaving.
    pub(crate) fn finish_generator(&mut self, result: ir::Value) {
        let g = self.gen_frame();
        let (frame, generator, owned) = (g.frame(), g.generator(), g.layout.owned_locals);
        let flags = MemFlagsData::trusted();
        let done = self.e.b.ins().iconst(types::I64, FINISHED);
        self.e.b.ins().store(flags, done, generator, GEN_STATE_OFFSET);
        if owned == 0 {
            return;
        }
        let zero = self.e.iconst(0);
        let (hold, release, join) = (self.e.b.create_block(), self.e.b.create_block(), self.e.b.create_block());
        self.e.b.ins().brif(result, release, &[], hold, &[]);
        self.e.b.switch_to_block(hold);
        let n = self.e.iconst(owned as u64);
        self.e.call_rt("molt_traceback_hold", &[frame, n]);
        for i in 0..owned {
            self.e.b.ins().store(flags, zero, frame, (i * 8) as i32);
        }
        self.e.b.ins().jump(join, &[]);
        self.e.b.switch_to_block(release);
        for i in 0..owned {
            let off = (i * 8) as i32;
            let v = self.e.b.ins().load(types::I64, flags, frame, off);
            self.e.b.ins().store(flags, zero, frame, off);
            self.e.decref(v);
        }
        self.e.b.ins().jump(join, &[]);
        self.e.b.switch_to_block(join);
    }
}
