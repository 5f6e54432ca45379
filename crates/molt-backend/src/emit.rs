//! Instruction-level helpers shared by bodies and trampolines: runtime
//! calls, inline reference counting and tag tests on value words.

use std::collections::HashMap;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{FuncRef, InstBuilder, MemFlagsData, Value, types};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::Module;
use molt_abi::layout::HEADER_REFCNT_OFFSET;
use molt_abi::value::{INT_SHIFT, INT_TAG, PTR_LIMIT};

use crate::Codegen;

/// A function being emitted, with access to the program-wide state.
pub(crate) struct Emitter<'f, 'c, 'p> {
    pub b: FunctionBuilder<'f>,
    pub cg: &'c mut Codegen<'p>,
    runtime_refs: HashMap<&'static str, FuncRef>,
}

impl<'f, 'c, 'p> Emitter<'f, 'c, 'p> {
    pub fn new(b: FunctionBuilder<'f>, cg: &'c mut Codegen<'p>) -> Self {
        Emitter { b, cg, runtime_refs: HashMap::new() }
    }

    fn runtime_ref(&mut self, name: &'static str) -> FuncRef {
        if let Some(&r) = self.runtime_refs.get(name) {
            return r;
        }
        let (id, _) = self.cg.runtime.get(name);
        let r = self.cg.module.declare_func_in_func(id, self.b.func);
        self.runtime_refs.insert(name, r);
        r
    }

    /// Calls a runtime function; returns its result, if any.
    pub fn call_rt(&mut self, name: &'static str, args: &[Value]) -> Option<Value> {
        let r = self.runtime_ref(name);
        let call = self.b.ins().call(r, args);
        self.b.inst_results(call).first().copied()
    }

    pub fn iconst(&mut self, v: u64) -> Value {
        self.b.ins().iconst(types::I64, v as i64)
    }

    /// 1 when `v` is a heap pointer (not null, not an immediate).
    pub fn is_ptr(&mut self, v: Value) -> Value {
        let t = self.b.ins().iadd_imm_s(v, -1);
        self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, t, (PTR_LIMIT - 1) as i64)
    }

    /// 1 when `v` is a small int.
    pub fn is_small_int(&mut self, v: Value) -> Value {
        let tag = self.iconst(INT_TAG);
        self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, v, tag)
    }

    /// The payload of a small int (sign-extended).
    pub fn unbox_int(&mut self, v: Value) -> Value {
        let s = self.b.ins().ishl_imm_u(v, INT_SHIFT as i64);
        self.b.ins().sshr_imm_u(s, INT_SHIFT as i64)
    }

    /// Boxes a payload known to fit the small range.
    pub fn box_int(&mut self, i: Value) -> Value {
        let masked = self.b.ins().band_imm_s(i, molt_abi::value::INT_MASK as i64);
        self.b.ins().bor_imm_s(masked, INT_TAG as i64)
    }

    /// 1 when the raw int `i` fits the small range.
    pub fn fits_small(&mut self, i: Value) -> Value {
        let s = self.b.ins().ishl_imm_u(i, INT_SHIFT as i64);
        let back = self.b.ins().sshr_imm_u(s, INT_SHIFT as i64);
        self.b.ins().icmp(IntCC::Equal, back, i)
    }

    /// Inline `Py_INCREF`: pointers only.
    pub fn incref(&mut self, v: Value) {
        let yes = self.b.create_block();
        let done = self.b.create_block();
        let c = self.is_ptr(v);
        self.b.ins().brif(c, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        let rc = self.b.ins().load(types::I64, MemFlagsData::trusted(), v, HEADER_REFCNT_OFFSET);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        self.b.ins().store(MemFlagsData::trusted(), rc, v, HEADER_REFCNT_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Inline `Py_DECREF`: frees through the runtime at zero. Null and
    /// immediates are ignored.
    pub fn decref(&mut self, v: Value) {
        let yes = self.b.create_block();
        let free = self.b.create_block();
        let done = self.b.create_block();
        let c = self.is_ptr(v);
        self.b.ins().brif(c, yes, &[], done, &[]);
        self.b.switch_to_block(yes);
        let rc = self.b.ins().load(types::I64, MemFlagsData::trusted(), v, HEADER_REFCNT_OFFSET);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        self.b.ins().store(MemFlagsData::trusted(), rc, v, HEADER_REFCNT_OFFSET);
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.call_rt("molt_dealloc", &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Stores values into a fresh stack array; returns its address (null
    /// for an empty list).
    pub fn spill_array(&mut self, values: &[Value]) -> Value {
        if values.is_empty() {
            return self.iconst(0);
        }
        let ss = self.b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
            cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
            (values.len() * 8) as u32,
            3,
        ));
        for (i, &v) in values.iter().enumerate() {
            self.b.ins().stack_store(types::I64, v, ss, (i * 8) as i32);
        }
        self.b.ins().stack_addr(types::I64, ss, 0)
    }

    /// A stack array of `n` words for results.
    pub fn out_array(&mut self, n: usize) -> (cranelift_codegen::ir::StackSlot, Value) {
        let ss = self.b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
            cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
            (n.max(1) * 8) as u32,
            3,
        ));
        let addr = self.b.ins().stack_addr(types::I64, ss, 0);
        (ss, addr)
    }

    /// Address of a data object.
    pub fn data_addr(&mut self, id: cranelift_module::DataId) -> Value {
        let gv = self.cg.module.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(types::I64, gv)
    }

    /// Loads constant-table slot `k`.
    pub fn load_const_slot(&mut self, k: usize) -> Value {
        let table = self.data_addr(self.cg.consts.data);
        self.b.ins().load(types::I64, MemFlagsData::trusted(), table, (k * 8) as i32)
    }
}
