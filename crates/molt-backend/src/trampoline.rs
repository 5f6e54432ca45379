//! The generic entry of a compiled function.
//!
//! `fn(func, args, nargs, kwnames) -> Value`: when the call passes exactly
//! the positional parameters of a function without `*args`, `**kwargs` or
//! keyword-only parameters, the arguments go straight to the body
//! (borrowed from the caller). Otherwise the runtime binds them
//! (`molt_bind_args`), and the trampoline releases the bound references
//! after the body returns.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self, AbiParam, InstBuilder, MemFlagsData, Signature, types};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::Module;
use cranelift_object::ObjectModule;
use molt_abi::layout::code_flags;
use molt_ir::FuncId;

use crate::emit::Emitter;
use crate::{Codegen, Result};

pub(crate) fn trampoline_signature(module: &ObjectModule) -> Signature {
    let mut sig = module.make_signature();
    for _ in 0..4 {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(types::I64));
    sig
}

impl Codegen<'_> {
    pub fn define_trampoline(&mut self, id: FuncId) -> Result<()> {
        let program = self.program;
        let f = &program.functions[id];
        let n = f.code.param_count();
        let simple = f.code.kwonlyargcount == 0 && f.code.flags & (code_flags::VARARGS | code_flags::VARKEYWORDS) == 0;
        let clif_id = self.trampolines[&id];
        let body_id = self.bodies[&id];
        let mut func = ir::Function::with_name_signature(
            ir::UserFuncName::user(0, clif_id.as_u32()),
            trampoline_signature(&self.module),
        );
        let mut fctx = FunctionBuilderContext::new();
        {
            let b = FunctionBuilder::new(&mut func, &mut fctx);
            let config = self.module.isa().frontend_config();
            let mut e = Emitter::new(b, self);
            let entry = e.b.create_block();
            e.b.append_block_params_for_function_params(entry);
            e.b.switch_to_block(entry);
            let p = e.b.block_params(entry).to_vec();
            let (fobj, args, nargs, kwnames) = (p[0], p[1], p[2], p[3]);
            let body_ref = e.cg.module.declare_func_in_func(body_id, e.b.func);
            let slow = e.b.create_block();
            if simple {
                let fast = e.b.create_block();
                let no_kw = e.b.ins().icmp_imm_s(IntCC::Equal, kwnames, 0);
                let exact = e.b.ins().icmp_imm_s(IntCC::Equal, nargs, f.code.argcount as i64);
                let ok = e.b.ins().band(no_kw, exact);
                e.b.ins().brif(ok, fast, &[], slow, &[]);
                e.b.switch_to_block(fast);
                let mut call_args = vec![fobj];
                for i in 0..n {
                    call_args.push(e.b.ins().load(types::I64, MemFlagsData::trusted(), args, (i * 8) as i32));
                }
                let call = e.b.ins().call(body_ref, &call_args);
                let r = e.b.inst_results(call)[0];
                e.b.ins().return_(&[r]);
            } else {
                e.b.ins().jump(slow, &[]);
            }
            e.b.switch_to_block(slow);
            let (ss, out) = e.out_array(n);
            let status = e.call_rt("molt_bind_args", &[fobj, args, nargs, kwnames, out]).expect("status");
            let failed = e.b.create_block();
            let bound = e.b.create_block();
            let neg = e.b.ins().icmp_imm_s(IntCC::SignedLessThan, status, 0);
            e.b.ins().brif(neg, failed, &[], bound, &[]);
            e.b.switch_to_block(failed);
            let zero = e.iconst(0);
            e.b.ins().return_(&[zero]);
            e.b.switch_to_block(bound);
            let mut call_args = vec![fobj];
            let mut params = Vec::new();
            for i in 0..n {
                let v = e.b.ins().stack_load(types::I64, types::I64, ss, (i * 8) as i32);
                params.push(v);
                call_args.push(v);
            }
            let call = e.b.ins().call(body_ref, &call_args);
            let r = e.b.inst_results(call)[0];
            for v in params {
                e.decref(v);
            }
            e.b.ins().return_(&[r]);
            e.b.seal_all_blocks();
            e.b.finalize(config);
        }
        self.ctx.func = func;
        self.module.define_function(clif_id, &mut self.ctx)?;
        self.module.clear_context(&mut self.ctx);
        Ok(())
    }
}
