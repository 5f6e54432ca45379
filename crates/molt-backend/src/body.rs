//! Translation of one IR function body to Cranelift IR.
//!
//! Python locals become Cranelift variables (so Cranelift builds their
//! SSA form); IR values map to Cranelift values. Every op that can raise
//! tests the runtime's error indicator and branches to its landing block.
//! All returns go through one exit block that releases the locals and
//! leaves the recursion counter.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, AbiParam, BlockArg, InstBuilder, MemFlagsData, Signature, types};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::Module;
use cranelift_object::ObjectModule;
use molt_abi::value::{FALSE, ITER_STOP};
use molt_ir::{BlockId, FuncId, Function, FunctionKind, Inst, LocalId, LocalKind, Op, Repr, ValueId};

use crate::emit::Emitter;
use crate::frame::FrameLayout;
use crate::generator::GenFrame;
use crate::statics::immediate_word;
use crate::{BackendError, Codegen, Result};

/// `fn(func_or_module, params..) -> Value`.
pub(crate) fn body_signature(module: &ObjectModule, f: &Function) -> Signature {
    let mut sig = module.make_signature();
    let n = match f.kind {
        FunctionKind::ModuleBody(_) => 1,
        FunctionKind::Def => 1 + f.code.param_count(),
    };
    for _ in 0..n {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

pub(crate) fn clif_type(r: Repr) -> ir::Type {
    match r {
        Repr::Obj | Repr::I64 => types::I64,
        Repr::Bool => types::I8,
        Repr::F64 => types::F64,
    }
}

impl Codegen<'_> {
    /// Defines the body of `id`; for a generator function, the body that
    /// creates the generator and the resume function that runs it.
    pub fn define_body(&mut self, id: FuncId) -> Result<()> {
        let f = &self.program.functions[id];
        if f.is_generator {
            let layout = FrameLayout::of(f);
            self.define_generator_creator(id, &layout)?;
            let sig = crate::generator::resume_signature(&self.module);
            return self.define_code(id, self.resumes[&id], sig, Some(layout));
        }
        let sig = body_signature(&self.module, f);
        self.define_code(id, self.bodies[&id], sig, None)
    }

    fn define_code(&mut self, id: FuncId, clif_id: cranelift_module::FuncId, sig: Signature, frame: Option<FrameLayout>) -> Result<()> {
        let program = self.program;
        let f = &program.functions[id];
        let mut func = ir::Function::with_name_signature(ir::UserFuncName::user(0, clif_id.as_u32()), sig);
        let mut fctx = FunctionBuilderContext::new();
        {
            let b = FunctionBuilder::new(&mut func, &mut fctx);
            let config = self.module.isa().frontend_config();
            let mut g = BodyGen::new(Emitter::new(b, self), f, id);
            if let Some(layout) = frame {
                g.generator = Some(GenFrame::new(layout));
            }
            g.run()?;
            g.e.b.seal_all_blocks();
            g.e.b.finalize(config);
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

pub(crate) struct BodyGen<'f, 'c, 'p, 'i> {
    pub e: Emitter<'f, 'c, 'p>,
    pub f: &'i Function,
    id: FuncId,
    vars: Vec<Variable>,
    /// Locals holding references released at exit.
    owned_locals: Vec<LocalId>,
    blocks: HashMap<BlockId, ir::Block>,
    values: HashMap<ValueId, ir::Value>,
    globals: Option<ir::Value>,
    exit: Option<ir::Block>,
    /// Set when emitting a generator's resume function.
    pub generator: Option<GenFrame>,
}

impl<'f, 'c, 'p, 'i> BodyGen<'f, 'c, 'p, 'i> {
    fn new(e: Emitter<'f, 'c, 'p>, f: &'i Function, id: FuncId) -> Self {
        BodyGen {
            e,
            f,
            id,
            vars: Vec::new(),
            owned_locals: Vec::new(),
            blocks: HashMap::new(),
            values: HashMap::new(),
            globals: None,
            exit: None,
            generator: None,
        }
    }

    /// The Cranelift value of IR value `id`. In a resume function IR
    /// values are variables, since a value saved across a `yield` is
    /// reloaded from the frame under a new Cranelift value.
    pub(crate) fn v(&mut self, id: ValueId) -> ir::Value {
        match &self.generator {
            Some(g) => self.e.b.use_var(g.value_vars[&id]),
            None => self.values[&id],
        }
    }

    pub(crate) fn set(&mut self, id: ValueId, v: ir::Value) {
        match &self.generator {
            Some(g) => self.e.b.def_var(g.value_vars[&id], v),
            None => {
                self.values.insert(id, v);
            }
        }
    }

    /// The current value of a local (null when unbound).
    fn local_read(&mut self, l: LocalId) -> ir::Value {
        match &self.generator {
            Some(g) => {
                let off = g.layout.local_slots[l.0 as usize];
                self.e.b.ins().load(types::I64, MemFlagsData::trusted(), g.frame(), off)
            }
            None => self.e.b.use_var(self.vars[l.0 as usize]),
        }
    }

    fn local_write(&mut self, l: LocalId, v: ir::Value) {
        match &self.generator {
            Some(g) => {
                let off = g.layout.local_slots[l.0 as usize];
                self.e.b.ins().store(MemFlagsData::trusted(), v, g.frame(), off);
            }
            None => self.e.b.def_var(self.vars[l.0 as usize], v),
        }
    }

    /// Parameters that the body rebinds need their own reference.
    fn rebound_params(&self) -> Vec<bool> {
        let mut rebound = vec![false; self.f.locals.len()];
        for b in self.f.blocks.values() {
            for inst in &b.insts {
                if let Op::LocalSet(l) | Op::LocalDel(l) | Op::LocalClear(l) = inst.op {
                    rebound[l.0 as usize] = true;
                }
            }
        }
        rebound
    }

    fn run(&mut self) -> Result<()> {
        let prologue = self.e.b.create_block();
        self.e.b.append_block_params_for_function_params(prologue);
        self.e.b.switch_to_block(prologue);
        let params: Vec<ir::Value> = self.e.b.block_params(prologue).to_vec();
        // Recursion limit: the counter is bumped inline; the runtime raises
        // RecursionError on the slow path.
        let depth_addr = self.e.data_addr(self.e.cg.recursion_depth);
        let limit_addr = self.e.data_addr(self.e.cg.recursion_limit);
        let depth = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), depth_addr, 0);
        let limit = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), limit_addr, 0);
        let next = self.e.b.ins().iadd_imm_s(depth, 1);
        let over = self.e.b.ins().icmp(IntCC::SignedGreaterThan, next, limit);
        let fast = self.e.b.create_block();
        let slow = self.e.b.create_block();
        let cont = self.e.b.create_block();
        self.e.b.ins().brif(over, slow, &[], fast, &[]);
        self.e.b.switch_to_block(fast);
        self.e.b.ins().store(MemFlagsData::trusted(), next, depth_addr, 0);
        self.e.b.ins().jump(cont, &[]);
        self.e.b.switch_to_block(slow);
        let status = self.e.call_rt("molt_recursion_enter", &[]).expect("status");
        let fail = self.e.b.create_block();
        let neg = self.e.b.ins().icmp_imm_s(IntCC::SignedLessThan, status, 0);
        self.e.b.ins().brif(neg, fail, &[], cont, &[]);
        self.e.b.switch_to_block(fail);
        let zero = self.e.iconst(0);
        self.e.b.ins().return_(&[zero]);
        self.e.b.switch_to_block(cont);
        let slot = self.e.cg.globals_slots[self.f.module];
        let slot_addr = self.e.data_addr(slot);
        self.globals = Some(self.e.b.ins().load(types::I64, MemFlagsData::trusted(), slot_addr, 0));
        if self.generator.is_some() {
            self.enter_generator(params[0]);
        } else {
            self.init_locals(&params);
        }
        for (bid, block) in self.f.blocks.iter() {
            let cb = self.e.b.create_block();
            for &p in &block.params {
                let v = self.e.b.append_block_param(cb, clif_type(self.f.values[p].repr));
                self.values.insert(p, v);
            }
            self.blocks.insert(bid, cb);
        }
        let exit = self.e.b.create_block();
        self.e.b.append_block_param(exit, types::I64);
        self.exit = Some(exit);
        let entry = self.blocks[&self.f.entry];
        if self.generator.is_some() {
            self.dispatch_resume(entry);
        } else {
            self.e.b.ins().jump(entry, &[]);
        }
        for (bid, block) in self.f.blocks.iter() {
            self.e.b.switch_to_block(self.blocks[&bid]);
            if self.generator.is_some() {
                for &p in &block.params {
                    let v = self.values[&p];
                    self.set(p, v);
                }
            }
            for inst in &block.insts {
                self.inst(inst)?;
            }
        }
        self.e.b.switch_to_block(exit);
        let result = self.e.b.block_params(exit)[0];
        if self.generator.is_some() {
            self.finish_generator(result);
        } else {
            self.release_locals(result);
        }
        self.leave_frame(result);
        Ok(())
    }

    /// Binds parameters and closure cells to their locals.
    fn init_locals(&mut self, params: &[ir::Value]) {
        let rebound = self.rebound_params();
        let mut closure = None;
        for (lid, local) in self.f.locals.iter() {
            let var = self.e.b.declare_var(types::I64);
            self.vars.push(var);
            let init = match local.kind {
                LocalKind::Param(i) => {
                    let v = params[1 + i as usize];
                    if rebound[lid.0 as usize] {
                        self.e.incref(v);
                        self.owned_locals.push(lid);
                    }
                    v
                }
                LocalKind::Free(i) => {
                    let c = *closure.get_or_insert_with(|| self.e.call_rt("molt_function_closure", &[params[0]]).expect("closure"));
                    let off = molt_abi::layout::TUPLE_ITEMS_OFFSET + 8 * i as i32;
                    self.e.b.ins().load(types::I64, MemFlagsData::trusted(), c, off)
                }
                LocalKind::Plain | LocalKind::Cell => {
                    self.owned_locals.push(lid);
                    self.e.iconst(0)
                }
            };
            self.e.b.def_var(var, init);
        }
    }

    /// Releases the owned locals at exit; when an exception is leaving,
    /// its traceback takes them over instead.
    fn release_locals(&mut self, result: ir::Value) {
        if self.owned_locals.is_empty() {
            return;
        }
        let mut locals = Vec::new();
        for lid in self.owned_locals.clone() {
            locals.push(self.e.b.use_var(self.vars[lid.0 as usize]));
        }
        let (hold, release, done) = (self.e.b.create_block(), self.e.b.create_block(), self.e.b.create_block());
        self.e.b.ins().brif(result, release, &[], hold, &[]);
        self.e.b.switch_to_block(hold);
        let arr = self.e.spill_array(&locals);
        let n = self.e.iconst(locals.len() as u64);
        self.e.call_rt("molt_traceback_hold", &[arr, n]);
        self.e.b.ins().jump(done, &[]);
        self.e.b.switch_to_block(release);
        for v in locals {
            self.e.decref(v);
        }
        self.e.b.ins().jump(done, &[]);
        self.e.b.switch_to_block(done);
    }

    /// Leaves the recursion counter and returns `result`.
    pub(crate) fn leave_frame(&mut self, result: ir::Value) {
        let depth_addr = self.e.data_addr(self.e.cg.recursion_depth);
        let depth = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), depth_addr, 0);
        let prev = self.e.b.ins().iadd_imm_s(depth, -1);
        self.e.b.ins().store(MemFlagsData::trusted(), prev, depth_addr, 0);
        self.e.b.ins().return_(&[result]);
    }

    /// Branches to the landing block when `bad` is set.
    fn unwind_if(&mut self, bad: ir::Value, unwind: Option<BlockId>) {
        let Some(u) = unwind else { return };
        let landing = self.blocks[&u];
        let cont = self.e.b.create_block();
        self.e.b.ins().brif(bad, landing, &[], cont, &[]);
        self.e.b.switch_to_block(cont);
    }

    pub(crate) fn check_null(&mut self, v: ir::Value, unwind: Option<BlockId>) {
        if unwind.is_some() {
            let bad = self.e.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
            self.unwind_if(bad, unwind);
        }
    }

    /// For `neg`-convention calls returning a truth value: checks, then
    /// narrows to a raw truth value.
    pub(crate) fn check_truth(&mut self, r: ir::Value, unwind: Option<BlockId>) -> ir::Value {
        let bad = self.e.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.unwind_if(bad, unwind);
        self.e.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0)
    }

    pub(crate) fn check_status(&mut self, r: ir::Value, unwind: Option<BlockId>) {
        let bad = self.e.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.unwind_if(bad, unwind);
    }

    /// After an op that always raises: go to the landing block and
    /// continue emitting into an unreachable block.
    fn always_unwind(&mut self, unwind: Option<BlockId>) {
        if let Some(u) = unwind {
            let landing = self.blocks[&u];
            self.e.b.ins().jump(landing, &[]);
        } else {
            let exit = self.exit.expect("exit");
            let zero = self.e.iconst(0);
            self.e.b.ins().jump(exit, &[BlockArg::Value(zero)]);
        }
        let dead = self.e.b.create_block();
        self.e.b.switch_to_block(dead);
    }

    fn str_slot(&mut self, s: &str) -> ir::Value {
        let k = self.e.cg.consts.extra_str(self.e.cg.program, s);
        self.e.load_const_slot(k)
    }

    fn const_value(&mut self, id: molt_ir::ConstId) -> ir::Value {
        let k = self.e.cg.consts.pooled(id);
        self.e.load_const_slot(k)
    }

    fn opt_const(&mut self, id: Option<molt_ir::ConstId>) -> ir::Value {
        match id {
            Some(c) => self.const_value(c),
            None => self.e.iconst(0),
        }
    }

    fn code_desc(&mut self) -> ir::Value {
        let d = self.e.cg.code_descs[&self.id];
        self.e.data_addr(d)
    }

    fn raise_unbound(&mut self, local: LocalId, free: bool, unwind: Option<BlockId>) {
        let name = self.f.locals[local].name.clone();
        let n = self.str_slot(&name);
        let func = if free { "molt_raise_unbound_free" } else { "molt_raise_unbound_local" };
        self.e.call_rt(func, &[n]);
        self.always_unwind(unwind);
    }

    /// Branches to `unbound` handling when `v` is null; continues otherwise.
    fn guard_bound(&mut self, v: ir::Value, local: LocalId, free: bool, unwind: Option<BlockId>) {
        let bad = self.e.b.create_block();
        let ok = self.e.b.create_block();
        let is_null = self.e.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
        self.e.b.ins().brif(is_null, bad, &[], ok, &[]);
        self.e.b.switch_to_block(bad);
        self.raise_unbound(local, free, unwind);
        self.e.b.ins().jump(ok, &[]);
        self.e.b.switch_to_block(ok);
    }

    fn kwname_count(&self, kw: Option<molt_ir::ConstId>) -> usize {
        match kw.map(|k| &self.e.cg.program.constants.entries[k]) {
            Some(molt_ir::PooledConst::Tuple(items)) => items.len(),
            _ => 0,
        }
    }

    fn inst(&mut self, inst: &Inst) -> Result<()> {
        let mut a = Vec::with_capacity(inst.args.len());
        for &v in &inst.args {
            a.push(self.v(v));
        }
        let u = inst.unwind;
        let r0 = inst.results.first().copied();
        macro_rules! result {
            ($v:expr) => {{
                let v = $v;
                if let Some(r) = r0 {
                    self.set(r, v);
                }
            }};
        }
        macro_rules! call_null {
            ($name:literal, $args:expr) => {{
                let r = self.e.call_rt($name, $args).expect("result");
                self.check_null(r, u);
                result!(r);
            }};
        }
        macro_rules! call_status {
            ($name:literal, $args:expr) => {{
                let r = self.e.call_rt($name, $args).expect("status");
                self.check_status(r, u);
            }};
        }
        macro_rules! call_truth {
            ($name:literal, $args:expr) => {{
                let r = self.e.call_rt($name, $args).expect("status");
                let t = self.check_truth(r, u);
                result!(t);
            }};
        }
        match &inst.op {
            Op::Const(c) => {
                let v = match immediate_word(c) {
                    Some(w) => self.e.iconst(w),
                    None => match c {
                        molt_ir::Constant::Pooled(p) => self.const_value(*p),
                        _ => unreachable!("immediates handled above"),
                    },
                };
                result!(v);
            }
            Op::LocalGet { local, checked } => {
                let v = self.local_read(*local);
                if *checked {
                    self.guard_bound(v, *local, false, u);
                }
                result!(v);
            }
            Op::LocalSet(l) => {
                let old = self.local_read(*l);
                self.local_write(*l, a[0]);
                self.e.decref(old);
            }
            Op::LocalDel(l) => {
                let old = self.local_read(*l);
                self.guard_bound(old, *l, false, u);
                let zero = self.e.iconst(0);
                self.local_write(*l, zero);
                self.e.decref(old);
            }
            Op::LocalClear(l) => {
                let old = self.local_read(*l);
                let zero = self.e.iconst(0);
                self.local_write(*l, zero);
                self.e.decref(old);
            }
            Op::CellGet { local, free } => {
                let cell = self.local_read(*local);
                let v = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), cell, molt_abi::layout::CELL_VALUE_OFFSET);
                self.guard_bound(v, *local, *free, u);
                self.e.incref(v);
                result!(v);
            }
            Op::CellSet(l) => {
                let cell = self.local_read(*l);
                self.e.call_rt("molt_cell_set", &[cell, a[0]]);
            }
            Op::CellDel { local, free } => {
                let cell = self.local_read(*local);
                let v = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), cell, molt_abi::layout::CELL_VALUE_OFFSET);
                self.guard_bound(v, *local, *free, u);
                let zero = self.e.iconst(0);
                self.e.call_rt("molt_cell_set", &[cell, zero]);
            }
            Op::CellRef(l) => {
                let cell = self.local_read(*l);
                result!(cell);
            }
            Op::CellNew => {
                let init = match a.first() {
                    Some(&v) => v,
                    None => self.e.iconst(0),
                };
                let c = self.e.call_rt("molt_cell_new", &[init]).expect("cell");
                result!(c);
            }
            Op::IncRef => self.e.incref(a[0]),
            Op::DecRef => self.e.decref(a[0]),
            Op::GlobalGet(name) => {
                let v = self.global_get(*name, u);
                result!(v);
            }
            Op::Globals => result!(self.globals.expect("globals")),
            Op::GlobalSet(name) => {
                let n = self.const_value(*name);
                let g = self.globals.expect("globals");
                call_status!("molt_store_global", &[g, n, a[0]]);
            }
            Op::GlobalDel(name) => {
                let n = self.const_value(*name);
                let g = self.globals.expect("globals");
                call_status!("molt_delete_global", &[g, n]);
            }
            Op::Import { name, fromlist, level } => {
                let n = self.const_value(*name);
                let fl = self.opt_const(*fromlist);
                let lv = self.e.iconst(*level as u64);
                let g = self.globals.expect("globals");
                call_null!("molt_import", &[n, g, fl, lv]);
            }
            Op::ImportFrom(name) => {
                let n = self.const_value(*name);
                call_null!("molt_import_from", &[a[0], n]);
            }
            Op::ImportStar => {
                let g = self.globals.expect("globals");
                call_status!("molt_import_star", &[a[0], g]);
            }
            Op::Binary(op) => {
                let tys = (self.f.type_of(inst.args[0]), self.f.type_of(inst.args[1]));
                let v = self.binary(*op, a[0], a[1], tys, "molt_binary", u);
                result!(v);
            }
            Op::InPlace(op) => {
                let tys = (self.f.type_of(inst.args[0]), self.f.type_of(inst.args[1]));
                let v = self.binary(*op, a[0], a[1], tys, "molt_inplace", u);
                result!(v);
            }
            Op::Unary(op) => {
                let code = self.e.iconst(*op as u64);
                call_null!("molt_unary", &[a[0], code]);
            }
            Op::Compare(op) => {
                let tys = (self.f.type_of(inst.args[0]), self.f.type_of(inst.args[1]));
                let v = self.compare_value(*op, a[0], a[1], tys, u);
                result!(v);
            }
            Op::CompareBool(op) => {
                let tys = (self.f.type_of(inst.args[0]), self.f.type_of(inst.args[1]));
                let v = self.compare_bool(*op, a[0], a[1], tys, u);
                result!(v);
            }
            Op::Is => {
                let v = self.e.b.ins().icmp(IntCC::Equal, a[0], a[1]);
                result!(v);
            }
            Op::Contains => call_truth!("molt_contains", &[a[0], a[1]]),
            Op::Truthy => {
                let ty = self.f.type_of(inst.args[0]);
                let v = self.truthy(a[0], ty, u);
                result!(v);
            }
            Op::BoolNot => {
                let v = self.e.b.ins().bxor_imm_s(a[0], 1);
                result!(v);
            }
            Op::BoxBool => {
                let wide = self.e.b.ins().uextend(types::I64, a[0]);
                let v = self.e.b.ins().bor_imm_s(wide, FALSE as i64);
                result!(v);
            }
            Op::GetAttr(name) => {
                let n = self.const_value(*name);
                let c = self.attr_cache();
                call_null!("molt_getattr", &[a[0], n, c]);
            }
            Op::SetAttr(name) => {
                let n = self.const_value(*name);
                let c = self.attr_cache();
                call_status!("molt_setattr", &[a[0], n, a[1], c]);
            }
            Op::DelAttr(name) => {
                let n = self.const_value(*name);
                call_status!("molt_delattr", &[a[0], n]);
            }
            Op::GetItem => {
                let v = self.getitem(a[0], a[1], u);
                result!(v);
            }
            Op::SetItem => self.setitem(a[0], a[1], a[2], u),
            Op::DelItem => call_status!("molt_delitem", &[a[0], a[1]]),
            Op::BuildList | Op::BuildTuple | Op::BuildSet | Op::BuildString => {
                let arr = self.e.spill_array(&a);
                let n = self.e.iconst(a.len() as u64);
                let name = match inst.op {
                    Op::BuildList => "molt_build_list",
                    Op::BuildTuple => "molt_build_tuple",
                    Op::BuildSet => "molt_build_set",
                    _ => "molt_build_string",
                };
                let r = self.e.call_rt(name, &[arr, n]).expect("result");
                self.check_null(r, u);
                result!(r);
            }
            Op::BuildDict => {
                let arr = self.e.spill_array(&a);
                let n = self.e.iconst((a.len() / 2) as u64);
                call_null!("molt_build_dict", &[arr, n]);
            }
            Op::BuildSlice => {
                let r = self.e.call_rt("molt_build_slice", &[a[0], a[1], a[2]]).expect("slice");
                result!(r);
            }
            Op::FormatValue { conv, has_spec } => {
                let spec = if *has_spec { a[1] } else { self.e.iconst(0) };
                let c = self.e.iconst(*conv as u64);
                call_null!("molt_format_value", &[a[0], spec, c]);
            }
            Op::ListAppend => call_status!("molt_list_append", &[a[0], a[1]]),
            Op::ListExtend => call_status!("molt_list_extend", &[a[0], a[1]]),
            Op::ListToTuple => call_null!("molt_list_to_tuple", &[a[0]]),
            Op::DictSetItem => call_status!("molt_dict_set_item", &[a[0], a[1], a[2]]),
            Op::DictMerge { for_call } => {
                let callable = if *for_call { a[2] } else { self.e.iconst(0) };
                call_status!("molt_dict_merge", &[a[0], a[1], callable]);
            }
            Op::SetAdd => call_status!("molt_set_add", &[a[0], a[1]]),
            Op::GetIter => call_null!("molt_get_iter", &[a[0]]),
            Op::IterNext => {
                let v = self.iter_next(a[0], u);
                result!(v);
            }
            Op::IsIterStop => {
                let v = self.e.b.ins().icmp_imm_s(IntCC::Equal, a[0], ITER_STOP as i64);
                result!(v);
            }
            Op::Unpack { count } => {
                let (ss, addr) = self.e.out_array(*count as usize);
                let n = self.e.iconst(*count as u64);
                call_status!("molt_unpack_sequence", &[a[0], n, addr]);
                for (i, &r) in inst.results.iter().enumerate() {
                    let v = self.e.b.ins().stack_load(types::I64, types::I64, ss, (i * 8) as i32);
                    self.set(r, v);
                }
            }
            Op::UnpackEx { before, after } => {
                let total = (*before + *after + 1) as usize;
                let (ss, addr) = self.e.out_array(total);
                let b = self.e.iconst(*before as u64);
                let af = self.e.iconst(*after as u64);
                call_status!("molt_unpack_ex", &[a[0], b, af, addr]);
                for (i, &r) in inst.results.iter().enumerate() {
                    let v = self.e.b.ins().stack_load(types::I64, types::I64, ss, (i * 8) as i32);
                    self.set(r, v);
                }
            }
            Op::Call { kwnames } => {
                let nkw = self.kwname_count(*kwnames);
                let arr = self.e.spill_array(&a[1..]);
                let nargs = self.e.iconst((a.len() - 1 - nkw) as u64);
                let kw = self.opt_const(*kwnames);
                call_null!("molt_call", &[a[0], arr, nargs, kw]);
            }
            Op::CallWithGlobals { kwnames } => {
                let nkw = self.kwname_count(*kwnames);
                let arr = self.e.spill_array(&a[1..]);
                let nargs = self.e.iconst((a.len() - 1 - nkw) as u64);
                let kw = self.opt_const(*kwnames);
                let g = self.globals.expect("globals");
                call_null!("molt_call_with_globals", &[a[0], arr, nargs, kw, g]);
            }
            Op::CallMethod { name, kwnames } => {
                let nkw = self.kwname_count(*kwnames);
                // The receiver goes just before the arguments, so a method
                // found on the type is called without copying them.
                let with_receiver = self.e.spill_array(&a);
                let arr = self.e.b.ins().iadd_imm_s(with_receiver, 8);
                let nargs = self.e.iconst((a.len() - 1 - nkw) as u64);
                let kw = self.opt_const(*kwnames);
                let n = self.const_value(*name);
                let c = self.attr_cache();
                call_null!("molt_call_method", &[a[0], n, arr, nargs, kw, c]);
            }
            Op::CallEx { has_kwargs } => {
                let kwargs = if *has_kwargs { a[2] } else { self.e.iconst(0) };
                call_null!("molt_call_ex", &[a[0], a[1], kwargs]);
            }
            Op::FunctionObject(target) => {
                let slot = self.e.cg.function_slots[target];
                let addr = self.e.data_addr(slot);
                let v = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
                result!(v);
            }
            Op::CallDirect(target) => {
                let body = self.e.cg.bodies[target];
                let fref = self.e.cg.module.declare_func_in_func(body, self.e.b.func);
                let call = self.e.b.ins().call(fref, &a);
                let r = self.e.b.inst_results(call)[0];
                self.check_null(r, u);
                result!(r);
            }
            Op::MakeFunction { func, defaults, kwdefaults, closure } => {
                let mut it = a.iter().copied();
                let mut take = |present: bool, e: &mut Emitter| if present { it.next().unwrap_or_else(|| e.iconst(0)) } else { e.iconst(0) };
                let d = take(*defaults, &mut self.e);
                let kd = take(*kwdefaults, &mut self.e);
                let cl = take(*closure, &mut self.e);
                let desc_id = self.e.cg.code_descs[func];
                let desc = self.e.data_addr(desc_id);
                let g = self.globals.expect("globals");
                let r = self.e.call_rt("molt_make_function", &[desc, g, d, kd, cl]).expect("function");
                if let Some(&slot) = self.e.cg.function_slots.get(func) {
                    // Remember the newest object for direct-call guards; the
                    // slot keeps it alive so its address stays unique.
                    let addr = self.e.data_addr(slot);
                    let old = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
                    self.e.incref(r);
                    self.e.b.ins().store(MemFlagsData::trusted(), r, addr, 0);
                    self.e.decref(old);
                }
                result!(r);
            }
            Op::Yield { delegate } => {
                let v = self.yield_value(a[0], *delegate, u)?;
                result!(v);
            }
            Op::DelegateStep => {
                let (value, done) = self.delegate_step(a[0], a[1], u)?;
                self.set(inst.results[0], value);
                self.set(inst.results[1], done);
            }
            Op::WithEnter => {
                let (ss, out) = self.e.out_array(1);
                let value = self.e.call_rt("molt_with_enter", &[a[0], out]).expect("value");
                self.check_null(value, u);
                let exit = self.e.b.ins().stack_load(types::I64, types::I64, ss, 0);
                self.set(inst.results[0], value);
                self.set(inst.results[1], exit);
            }
            Op::WithExit => call_status!("molt_with_exit", &[a[0]]),
            Op::WithExitExc => call_truth!("molt_with_exit_exc", &[a[0], a[1]]),
            Op::MatchSequence { len, star } => {
                let n = self.e.iconst(*len as u64);
                let st = self.e.iconst(*star as u64);
                call_truth!("molt_match_sequence", &[a[0], n, st]);
            }
            Op::MatchMapping { nkeys } => {
                let n = self.e.iconst(*nkeys as u64);
                call_truth!("molt_match_mapping", &[a[0], n]);
            }
            Op::MatchKeys => call_null!("molt_match_keys", &[a[0], a[1]]),
            Op::MatchRest => call_null!("molt_match_rest", &[a[0], a[1]]),
            Op::MatchClass { npos } => {
                let n = self.e.iconst(*npos as u64);
                call_null!("molt_match_class", &[a[0], a[1], n, a[2]]);
            }
            Op::BuildClass => call_null!("molt_build_class", &[a[0], a[1], a[2], a[3]]),
            Op::ClassLookup(name) => {
                let n = self.const_value(*name);
                let g = self.globals.expect("globals");
                call_null!("molt_class_lookup", &[a[0], g, n]);
            }
            Op::Raise { has_cause } => {
                let cause = if *has_cause { a[1] } else { self.e.iconst(0) };
                self.e.call_rt("molt_raise", &[a[0], cause]);
                self.always_unwind(u);
            }
            Op::Reraise => {
                self.e.call_rt("molt_reraise", &[]);
                self.always_unwind(u);
            }
            Op::Restore => {
                self.e.call_rt("molt_restore", &[a[0]]);
                self.always_unwind(u);
            }
            Op::FetchExc => {
                let r = self.e.call_rt("molt_fetch_exception", &[]).expect("exception");
                result!(r);
            }
            Op::PushHandled => {
                let r = self.e.call_rt("molt_push_handled", &[a[0]]).expect("previous");
                result!(r);
            }
            Op::PopHandled => {
                self.e.call_rt("molt_pop_handled", &[a[0]]);
            }
            Op::ExcMatches => call_truth!("molt_exception_matches", &[a[0], a[1]]),
            Op::ExcStarMatch => {
                let (ss, out) = self.e.out_array(1);
                let matched = self.e.call_rt("molt_except_star_match", &[a[0], a[1], out]).expect("match");
                self.check_null(matched, u);
                let rest = self.e.b.ins().stack_load(types::I64, types::I64, ss, 0);
                self.set(inst.results[0], matched);
                self.set(inst.results[1], rest);
            }
            Op::PrepReraiseStar => call_null!("molt_prep_reraise_star", &[a[0], a[1]]),
            Op::AssertFail { has_msg } => {
                let msg = if *has_msg { a[0] } else { self.e.iconst(0) };
                self.e.call_rt("molt_assert_fail", &[msg]);
                self.always_unwind(u);
            }
            Op::RaiseUnbound(name) => {
                let n = self.const_value(*name);
                self.e.call_rt("molt_raise_unbound_local", &[n]);
                self.always_unwind(u);
            }
            Op::TracebackAdd { line } => {
                let desc = self.code_desc();
                let l = self.e.iconst(*line as u64);
                self.e.call_rt("molt_traceback_add", &[desc, l]);
            }
            Op::Jump(t) => {
                let target = self.blocks[t];
                let args: Vec<BlockArg> = a.iter().map(|&v| BlockArg::Value(v)).collect();
                self.e.b.ins().jump(target, &args);
            }
            Op::Branch { then_block, else_block } => {
                let (t, e) = (self.blocks[then_block], self.blocks[else_block]);
                self.e.b.ins().brif(a[0], t, &[], e, &[]);
            }
            Op::Return => {
                let exit = self.exit.expect("exit");
                self.e.b.ins().jump(exit, &[BlockArg::Value(a[0])]);
            }
            Op::Propagate => {
                let exit = self.exit.expect("exit");
                let zero = self.e.iconst(0);
                self.e.b.ins().jump(exit, &[BlockArg::Value(zero)]);
            }
        }
        Ok(())
    }

    /// The address of a fresh per-site attribute cache.
    fn attr_cache(&mut self) -> ir::Value {
        let k = self.e.cg.attr_cache_count;
        self.e.cg.attr_cache_count += 1;
        let caches = self.e.data_addr(self.e.cg.attr_caches);
        self.e.b.ins().iadd_imm_s(caches, (k * std::mem::size_of::<molt_abi::layout::AttrCache>()) as i64)
    }

    /// A global read: the site's cache checked inline (two version
    /// compares, a load and an incref), the runtime otherwise.
    fn global_get(&mut self, name: molt_ir::ConstId, u: Option<BlockId>) -> ir::Value {
        let k = self.e.cg.global_cache_count;
        self.e.cg.global_cache_count += 1;
        let caches = self.e.data_addr(self.e.cg.global_caches);
        let cache = self.e.b.ins().iadd_imm_s(caches, (k * std::mem::size_of::<molt_abi::layout::GlobalCache>()) as i64);
        let g = self.globals.expect("globals");
        let flags = MemFlagsData::trusted();
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I64);
        let check_other = self.e.b.create_block();
        let hit = self.e.b.create_block();
        let slow = self.e.b.create_block();
        let gv = self.e.b.ins().load(types::I64, flags, g, molt_abi::layout::DICT_VERSION_OFFSET);
        let cv = self.e.b.ins().load(types::I64, flags, cache, 0);
        let same = self.e.b.ins().icmp(IntCC::Equal, gv, cv);
        self.e.b.ins().brif(same, check_other, &[], slow, &[]);
        self.e.b.switch_to_block(check_other);
        let optr = self.e.b.ins().load(types::I64, flags, cache, 16);
        let ov = self.e.b.ins().load(types::I64, flags, optr, 0);
        let cov = self.e.b.ins().load(types::I64, flags, cache, 24);
        let same = self.e.b.ins().icmp(IntCC::Equal, ov, cov);
        self.e.b.ins().brif(same, hit, &[], slow, &[]);
        self.e.b.switch_to_block(hit);
        let vptr = self.e.b.ins().load(types::I64, flags, cache, 8);
        let v = self.e.b.ins().load(types::I64, flags, vptr, 0);
        self.e.incref(v);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.e.b.switch_to_block(slow);
        let n = self.const_value(name);
        let r = self.e.call_rt("molt_load_global", &[cache, g, n]).expect("value");
        self.check_null(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.e.b.switch_to_block(join);
        result
    }
}
