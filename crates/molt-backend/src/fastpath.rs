//! Inline fast paths for the common operand types.
//!
//! Small ints and floats are immediates (see `molt_abi::value`), so
//! arithmetic, comparisons and truth tests on them need no runtime call:
//! generated code tests the tags and computes directly, with an overflow
//! or a special case (division by zero, a negative shift) sending the
//! operation to the runtime, which raises or promotes to a big int.
//! Indexing an exact list or tuple by a small int reads the item array
//! directly. Everything else calls the runtime, whose generic path is the
//! definition of the semantics.
//!
//! Inferred operand types (`molt_ir::types`) prune the tests: two floats
//! need no tag test at all, and a path for a type the operands cannot
//! have is not emitted.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self, BlockArg, InstBuilder, MemFlagsData, types};
use molt_abi::layout::{
    HEADER_TYPE_OFFSET, LIST_ITEMS_OFFSET, RANGE_ITER_BIG_OFFSET, RANGE_ITER_NEXT_OFFSET, RANGE_ITER_REMAINING_OFFSET,
    RANGE_ITER_STEP_OFFSET, SEQ_ITER_INDEX_OFFSET, SEQ_ITER_SEQ_OFFSET, SEQ_LEN_OFFSET, TUPLE_ITEMS_OFFSET,
};
use molt_abi::ops::{BinaryOp, CompareOp};
use molt_abi::value::{FALSE, FLOAT_LIMIT, FLOAT_OFFSET, INT_TAG, NONE, TRUE};
use molt_ir::BlockId;
use molt_ir::types::Ty;

use crate::body::BodyGen;

/// The float condition of a comparison: ordered comparisons are false
/// with a NaN; `!=` is true.
fn float_cc(op: CompareOp) -> FloatCC {
    match op {
        CompareOp::Lt => FloatCC::LessThan,
        CompareOp::Le => FloatCC::LessThanOrEqual,
        CompareOp::Eq => FloatCC::Equal,
        CompareOp::Ne => FloatCC::NotEqual,
        CompareOp::Gt => FloatCC::GreaterThan,
        CompareOp::Ge => FloatCC::GreaterThanOrEqual,
    }
}

/// Which exact container type an indexing fast path handles.
#[derive(Clone, Copy, PartialEq)]
enum Seq {
    List,
    Tuple,
}

impl BodyGen<'_, '_, '_, '_> {
    fn is_float(&mut self, v: ir::Value) -> ir::Value {
        let t = self.e.b.ins().iadd_imm_s(v, -(FLOAT_OFFSET as i64));
        self.e.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, t, FLOAT_LIMIT as i64)
    }

    fn unbox_float(&mut self, v: ir::Value) -> ir::Value {
        let raw = self.e.b.ins().iadd_imm_s(v, -(FLOAT_OFFSET as i64));
        self.e.b.ins().bitcast(types::F64, MemFlagsData::new(), raw)
    }

    fn box_float(&mut self, f: ir::Value) -> ir::Value {
        let raw = self.e.b.ins().bitcast(types::I64, MemFlagsData::new(), f);
        self.e.b.ins().iadd_imm_s(raw, FLOAT_OFFSET as i64)
    }

    /// 1 when `v` is a small int or a float.
    fn is_number(&mut self, v: ir::Value) -> ir::Value {
        let i = self.e.is_small_int(v);
        let f = self.is_float(v);
        self.e.b.ins().bor(i, f)
    }

    /// A number (small int or float) as an f64. Small ints have at most
    /// 49 bits, so the conversion is exact.
    fn number_to_f64(&mut self, v: ir::Value) -> ir::Value {
        let is_float = self.is_float(v);
        let as_float = self.unbox_float(v);
        let payload = self.e.unbox_int(v);
        let from_int = self.e.b.ins().fcvt_from_sint(types::F64, payload);
        self.e.b.ins().select(is_float, as_float, from_int)
    }

    /// A binary operator with inline paths for small ints and floats
    /// (mixed int/float included) and the runtime call `slow` otherwise.
    pub(crate) fn binary(
        &mut self,
        op: BinaryOp,
        x: ir::Value,
        y: ir::Value,
        (tx, ty): (Ty, Ty),
        slow: &'static str,
        u: Option<BlockId>,
    ) -> ir::Value {
        use BinaryOp::*;
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I64);
        let slow_b = self.e.b.create_block();
        let ints = tx.may_be(Ty::INT) && ty.may_be(Ty::INT);
        let numbers = tx.may_be(Ty::NUMBER) && ty.may_be(Ty::NUMBER);
        let int_op = ints && matches!(op, Add | Sub | Mul | And | Or | Xor | FloorDiv | Mod | LShift | RShift);
        let float_op = numbers && (tx.may_be(Ty::FLOAT) || ty.may_be(Ty::FLOAT) || op == TrueDiv) && matches!(op, Add | Sub | Mul | TrueDiv);
        if float_op && tx.within(Ty::FLOAT) && ty.within(Ty::FLOAT) {
            // Both floats: no tag tests.
            let a = self.unbox_float(x);
            let b = self.unbox_float(y);
            self.float_arith(op, a, b, join, slow_b);
            return self.binary_slow(op, x, y, slow, u, join, slow_b, result);
        }
        if int_op {
            let int_b = self.e.b.create_block();
            let next = self.e.b.create_block();
            let ix = self.e.is_small_int(x);
            let iy = self.e.is_small_int(y);
            let both = self.e.b.ins().band(ix, iy);
            self.e.b.ins().brif(both, int_b, &[], next, &[]);
            self.e.b.switch_to_block(int_b);
            self.int_binary(op, x, y, join, slow_b);
            self.e.b.switch_to_block(next);
        }
        if float_op {
            let float_b = self.e.b.create_block();
            let nx = self.is_number(x);
            let ny = self.is_number(y);
            let both = self.e.b.ins().band(nx, ny);
            self.e.b.ins().brif(both, float_b, &[], slow_b, &[]);
            self.e.b.switch_to_block(float_b);
            let a = self.number_to_f64(x);
            let b = self.number_to_f64(y);
            self.float_arith(op, a, b, join, slow_b);
        } else {
            self.e.b.ins().jump(slow_b, &[]);
        }
        self.binary_slow(op, x, y, slow, u, join, slow_b, result)
    }

    /// `a op b` on two f64s for `+ - * /`, boxed, to `join`; division by
    /// zero goes to `slow` (the runtime raises). Two small ints divide
    /// exactly as CPython's true division does below 2**53.
    fn float_arith(&mut self, op: BinaryOp, a: ir::Value, b: ir::Value, join: ir::Block, slow: ir::Block) {
        let r = match op {
            BinaryOp::Add => self.e.b.ins().fadd(a, b),
            BinaryOp::Sub => self.e.b.ins().fsub(a, b),
            BinaryOp::Mul => self.e.b.ins().fmul(a, b),
            _ => {
                let zero = self.e.b.ins().f64const(0.0);
                let is_zero = self.e.b.ins().fcmp(FloatCC::Equal, b, zero);
                self.continue_if_not(is_zero, slow);
                self.e.b.ins().fdiv(a, b)
            }
        };
        let v = self.box_float(r);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
    }

    /// The runtime call of a binary operator, in block `slow_b`; returns
    /// the joined result.
    #[allow(clippy::too_many_arguments)]
    fn binary_slow(
        &mut self,
        op: BinaryOp,
        x: ir::Value,
        y: ir::Value,
        slow: &'static str,
        u: Option<BlockId>,
        join: ir::Block,
        slow_b: ir::Block,
        result: ir::Value,
    ) -> ir::Value {
        self.e.b.switch_to_block(slow_b);
        let code = self.e.iconst(op as u64);
        let r = self.e.call_rt(slow, &[x, y, code]).expect("result");
        self.check_null(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.e.b.switch_to_block(join);
        result
    }

    /// The small-int case of a binary operator: jumps to `join` with the
    /// result, or to `slow` when the result needs the runtime.
    fn int_binary(&mut self, op: BinaryOp, x: ir::Value, y: ir::Value, join: ir::Block, slow: ir::Block) {
        use BinaryOp::*;
        if matches!(op, And | Or | Xor) {
            // Tagged words combine directly: the payload is 49-bit two's
            // complement and the tag bits are all ones.
            let v = match op {
                And => self.e.b.ins().band(x, y),
                Or => self.e.b.ins().bor(x, y),
                _ => {
                    let t = self.e.b.ins().bxor(x, y);
                    self.e.b.ins().bor_imm_s(t, INT_TAG as i64)
                }
            };
            self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
            return;
        }
        let px = self.e.unbox_int(x);
        let py = self.e.unbox_int(y);
        let r = match op {
            Add => self.e.b.ins().iadd(px, py),
            Sub => self.e.b.ins().isub(px, py),
            Mul => {
                // 49-bit operands: the 128-bit product's high half tells
                // whether the 64-bit one is exact.
                let lo = self.e.b.ins().imul(px, py);
                let hi = self.e.b.ins().smulhi(px, py);
                let sign = self.e.b.ins().sshr_imm_u(lo, 63);
                let exact = self.e.b.ins().icmp(IntCC::Equal, hi, sign);
                self.continue_if(exact, slow);
                lo
            }
            FloorDiv | Mod => {
                let nonzero = self.e.b.ins().icmp_imm_s(IntCC::NotEqual, py, 0);
                self.continue_if(nonzero, slow);
                // Truncating division, then Python's floor adjustment when
                // the remainder and the divisor differ in sign.
                let q = self.e.b.ins().sdiv(px, py);
                let rem = self.e.b.ins().srem(px, py);
                let rem_nonzero = self.e.b.ins().icmp_imm_s(IntCC::NotEqual, rem, 0);
                let signs = self.e.b.ins().bxor(rem, py);
                let differ = self.e.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let adjust = self.e.b.ins().band(rem_nonzero, differ);
                if op == FloorDiv {
                    let one = self.e.b.ins().uextend(types::I64, adjust);
                    self.e.b.ins().isub(q, one)
                } else {
                    let zero = self.e.iconst(0);
                    let add = self.e.b.ins().select(adjust, py, zero);
                    self.e.b.ins().iadd(rem, add)
                }
            }
            LShift => {
                // Shifts of 0..63 whose result shifts back exactly; larger
                // or negative counts go to the runtime.
                let small = self.e.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, py, 64);
                self.continue_if(small, slow);
                let r = self.e.b.ins().ishl(px, py);
                let back = self.e.b.ins().sshr(r, py);
                let exact = self.e.b.ins().icmp(IntCC::Equal, back, px);
                self.continue_if(exact, slow);
                r
            }
            _ => {
                // RShift: a non-negative count; counts past 63 give the
                // sign, as shifting by 63 does.
                let neg = self.e.b.ins().icmp_imm_s(IntCC::SignedLessThan, py, 0);
                let ok = self.e.b.ins().bxor_imm_s(neg, 1);
                self.continue_if(ok, slow);
                let max = self.e.iconst(63);
                let count = self.e.b.ins().umin(py, max);
                self.e.b.ins().sshr(px, count)
            }
        };
        let fits = self.e.fits_small(r);
        self.continue_if(fits, slow);
        let v = self.e.box_int(r);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
    }

    /// Continues in a new block unless `cond` holds, else goes to `other`.
    fn continue_if_not(&mut self, cond: ir::Value, other: ir::Block) {
        let next = self.e.b.create_block();
        self.e.b.ins().brif(cond, other, &[], next, &[]);
        self.e.b.switch_to_block(next);
    }

    /// Continues in a new block when `cond` holds, else goes to `other`.
    fn continue_if(&mut self, cond: ir::Value, other: ir::Block) {
        let next = self.e.b.create_block();
        self.e.b.ins().brif(cond, next, &[], other, &[]);
        self.e.b.switch_to_block(next);
    }

    /// The inline part of a comparison of two numbers: jumps to `join`
    /// with the raw truth value, or to `slow` for other operands.
    fn numeric_compare(&mut self, op: CompareOp, x: ir::Value, y: ir::Value, (tx, ty): (Ty, Ty), join: ir::Block, slow: ir::Block) {
        if !tx.may_be(Ty::NUMBER) || !ty.may_be(Ty::NUMBER) {
            self.e.b.ins().jump(slow, &[]);
            return;
        }
        if tx.within(Ty::FLOAT) && ty.within(Ty::FLOAT) {
            let a = self.unbox_float(x);
            let b = self.unbox_float(y);
            let v = self.e.b.ins().fcmp(float_cc(op), a, b);
            self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
            return;
        }
        let int_b = self.e.b.create_block();
        let not_ints = self.e.b.create_block();
        let float_b = self.e.b.create_block();
        let ix = self.e.is_small_int(x);
        let iy = self.e.is_small_int(y);
        let both = self.e.b.ins().band(ix, iy);
        self.e.b.ins().brif(both, int_b, &[], not_ints, &[]);
        self.e.b.switch_to_block(int_b);
        // Flipping bit 48 makes unsigned order of the words match the
        // order of the small ints they encode.
        let flip = 1i64 << 48;
        let fx = self.e.b.ins().bxor_imm_s(x, flip);
        let fy = self.e.b.ins().bxor_imm_s(y, flip);
        let cc = match op {
            CompareOp::Lt => IntCC::UnsignedLessThan,
            CompareOp::Le => IntCC::UnsignedLessThanOrEqual,
            CompareOp::Eq => IntCC::Equal,
            CompareOp::Ne => IntCC::NotEqual,
            CompareOp::Gt => IntCC::UnsignedGreaterThan,
            CompareOp::Ge => IntCC::UnsignedGreaterThanOrEqual,
        };
        let v = self.e.b.ins().icmp(cc, fx, fy);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
        // Floats, or an int and a float (exact: small ints fit an f64).
        self.e.b.switch_to_block(not_ints);
        let nx = self.is_number(x);
        let ny = self.is_number(y);
        let numbers = self.e.b.ins().band(nx, ny);
        self.e.b.ins().brif(numbers, float_b, &[], slow, &[]);
        self.e.b.switch_to_block(float_b);
        let a = self.number_to_f64(x);
        let b = self.number_to_f64(y);
        let v = self.e.b.ins().fcmp(float_cc(op), a, b);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
    }

    /// A comparison as a raw truth value, inline for numbers.
    pub(crate) fn compare_bool(&mut self, op: CompareOp, x: ir::Value, y: ir::Value, tys: (Ty, Ty), u: Option<BlockId>) -> ir::Value {
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I8);
        let slow_b = self.e.b.create_block();
        self.numeric_compare(op, x, y, tys, join, slow_b);
        self.e.b.switch_to_block(slow_b);
        let code = self.e.iconst(op as u64);
        let r = self.e.call_rt("molt_compare_bool", &[x, y, code]).expect("status");
        let t = self.check_truth(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.e.b.switch_to_block(join);
        result
    }

    /// A comparison as an object: a bool for numbers, whatever the rich
    /// comparison returns otherwise.
    pub(crate) fn compare_value(&mut self, op: CompareOp, x: ir::Value, y: ir::Value, tys: (Ty, Ty), u: Option<BlockId>) -> ir::Value {
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I64);
        let boxed = self.e.b.create_block();
        let truth = self.e.b.append_block_param(boxed, types::I8);
        let slow_b = self.e.b.create_block();
        self.numeric_compare(op, x, y, tys, boxed, slow_b);
        self.e.b.switch_to_block(boxed);
        let wide = self.e.b.ins().uextend(types::I64, truth);
        let v = self.e.b.ins().bor_imm_s(wide, FALSE as i64);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
        self.e.b.switch_to_block(slow_b);
        let code = self.e.iconst(op as u64);
        let r = self.e.call_rt("molt_compare", &[x, y, code]).expect("result");
        self.check_null(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.e.b.switch_to_block(join);
        result
    }

    /// Truth value, inline for bools, None, small ints and floats.
    pub(crate) fn truthy(&mut self, v: ir::Value, t: Ty, u: Option<BlockId>) -> ir::Value {
        if t.within(Ty::BOOL) {
            return self.e.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE as i64);
        }
        if t.within(Ty::FLOAT) {
            let f = self.unbox_float(v);
            let fzero = self.e.b.ins().f64const(0.0);
            return self.e.b.ins().fcmp(FloatCC::NotEqual, f, fzero);
        }
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I8);
        let int_b = self.e.b.create_block();
        let other = self.e.b.create_block();
        let bool_b = self.e.b.create_block();
        let other2 = self.e.b.create_block();
        let float_test = self.e.b.create_block();
        let float_b = self.e.b.create_block();
        let slow_b = self.e.b.create_block();
        let ii = self.e.is_small_int(v);
        self.e.b.ins().brif(ii, int_b, &[], other, &[]);
        self.e.b.switch_to_block(int_b);
        let nz = self.e.b.ins().icmp_imm_s(IntCC::NotEqual, v, INT_TAG as i64);
        self.e.b.ins().jump(join, &[BlockArg::Value(nz)]);
        self.e.b.switch_to_block(other);
        let masked = self.e.b.ins().band_imm_s(v, !1i64);
        let is_bool = self.e.b.ins().icmp_imm_s(IntCC::Equal, masked, FALSE as i64);
        self.e.b.ins().brif(is_bool, bool_b, &[], other2, &[]);
        self.e.b.switch_to_block(bool_b);
        let t = self.e.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE as i64);
        self.e.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.e.b.switch_to_block(other2);
        let is_none = self.e.b.ins().icmp_imm_s(IntCC::Equal, v, NONE as i64);
        let zero = self.e.b.ins().iconst(types::I8, 0);
        self.e.b.ins().brif(is_none, join, &[BlockArg::Value(zero)], float_test, &[]);
        self.e.b.switch_to_block(float_test);
        let fl = self.is_float(v);
        self.e.b.ins().brif(fl, float_b, &[], slow_b, &[]);
        self.e.b.switch_to_block(float_b);
        let f = self.unbox_float(v);
        let fzero = self.e.b.ins().f64const(0.0);
        // NaN is true: "not equal" holds for unordered operands.
        let t = self.e.b.ins().fcmp(FloatCC::NotEqual, f, fzero);
        self.e.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.e.b.switch_to_block(slow_b);
        let r = self.e.call_rt("molt_is_true", &[v]).expect("status");
        let t = self.check_truth(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(t)]);
        self.e.b.switch_to_block(join);
        result
    }

    /// Branches to a new block when `obj` is an exact list or tuple (per
    /// `seq`) and `index` a small int within its length (negative indices
    /// count from the end); returns the address of the item there.
    fn seq_item_addr(&mut self, seq: Seq, obj: ir::Value, index: ir::Value, slow: ir::Block) -> ir::Value {
        let flags = MemFlagsData::trusted();
        let is_ptr = self.e.is_ptr(obj);
        self.continue_if(is_ptr, slow);
        let ty = self.e.b.ins().load(types::I64, flags, obj, HEADER_TYPE_OFFSET);
        let want = match seq {
            Seq::List => self.e.cg.list_type,
            Seq::Tuple => self.e.cg.tuple_type,
        };
        let want = self.e.data_addr(want);
        let exact = self.e.b.ins().icmp(IntCC::Equal, ty, want);
        self.continue_if(exact, slow);
        let small = self.e.is_small_int(index);
        self.continue_if(small, slow);
        let i = self.e.unbox_int(index);
        let len = self.e.b.ins().load(types::I64, flags, obj, SEQ_LEN_OFFSET);
        let neg = self.e.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
        let wrapped = self.e.b.ins().iadd(i, len);
        let i = self.e.b.ins().select(neg, wrapped, i);
        let in_range = self.e.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        self.continue_if(in_range, slow);
        let offset = self.e.b.ins().ishl_imm_u(i, 3);
        let base = match seq {
            Seq::List => self.e.b.ins().load(types::I64, flags, obj, LIST_ITEMS_OFFSET),
            Seq::Tuple => self.e.b.ins().iadd_imm_s(obj, TUPLE_ITEMS_OFFSET as i64),
        };
        self.e.b.ins().iadd(base, offset)
    }

    /// `obj[index]`, inline for exact lists and tuples indexed by a small
    /// int.
    pub(crate) fn getitem(&mut self, obj: ir::Value, index: ir::Value, u: Option<BlockId>) -> ir::Value {
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I64);
        let not_list = self.e.b.create_block();
        let slow_b = self.e.b.create_block();
        for (seq, miss) in [(Seq::List, not_list), (Seq::Tuple, slow_b)] {
            let addr = self.seq_item_addr(seq, obj, index, miss);
            let v = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
            self.e.incref(v);
            self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
            if seq == Seq::List {
                self.e.b.switch_to_block(not_list);
            }
        }
        self.e.b.switch_to_block(slow_b);
        let r = self.e.call_rt("molt_getitem", &[obj, index]).expect("result");
        self.check_null(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.e.b.switch_to_block(join);
        result
    }

    /// `obj[index] = value`, inline for exact lists indexed by a small int.
    pub(crate) fn setitem(&mut self, obj: ir::Value, index: ir::Value, value: ir::Value, u: Option<BlockId>) {
        let join = self.e.b.create_block();
        let slow_b = self.e.b.create_block();
        let addr = self.seq_item_addr(Seq::List, obj, index, slow_b);
        let flags = MemFlagsData::trusted();
        let old = self.e.b.ins().load(types::I64, flags, addr, 0);
        self.e.incref(value);
        self.e.b.ins().store(flags, value, addr, 0);
        self.e.decref(old);
        self.e.b.ins().jump(join, &[]);
        self.e.b.switch_to_block(slow_b);
        let r = self.e.call_rt("molt_setitem", &[obj, index, value]).expect("status");
        self.check_status(r, u);
        self.e.b.ins().jump(join, &[]);
        self.e.b.switch_to_block(join);
    }

    /// Whether heap object `obj` has exactly the type at data object `ty`.
    fn has_exact_type(&mut self, obj: ir::Value, ty: cranelift_module::DataId) -> ir::Value {
        let t = self.e.b.ins().load(types::I64, MemFlagsData::trusted(), obj, HEADER_TYPE_OFFSET);
        let want = self.e.data_addr(ty);
        self.e.b.ins().icmp(IntCC::Equal, t, want)
    }

    /// `next(it)` for a `for` loop (ITER_STOP when exhausted), inline for
    /// range iterators over machine ints and list iterators.
    pub(crate) fn iter_next(&mut self, it: ir::Value, u: Option<BlockId>) -> ir::Value {
        let flags = MemFlagsData::trusted();
        let join = self.e.b.create_block();
        let result = self.e.b.append_block_param(join, types::I64);
        let range_b = self.e.b.create_block();
        let not_range = self.e.b.create_block();
        let list_b = self.e.b.create_block();
        let slow_b = self.e.b.create_block();
        let is_ptr = self.e.is_ptr(it);
        self.continue_if(is_ptr, slow_b);
        let range_ty = self.e.cg.range_iterator_type;
        let is_range = self.has_exact_type(it, range_ty);
        self.e.b.ins().brif(is_range, range_b, &[], not_range, &[]);
        // range: small state, an item left, and the item a small int.
        self.e.b.switch_to_block(range_b);
        let big = self.e.b.ins().load(types::I64, flags, it, RANGE_ITER_BIG_OFFSET);
        let small_state = self.e.b.ins().icmp_imm_s(IntCC::Equal, big, 0);
        self.continue_if(small_state, slow_b);
        let remaining = self.e.b.ins().load(types::I64, flags, it, RANGE_ITER_REMAINING_OFFSET);
        let more = self.e.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, remaining, 0);
        let stop = self.e.iconst(molt_abi::value::ITER_STOP);
        let has_more = self.e.b.create_block();
        self.e.b.ins().brif(more, has_more, &[], join, &[BlockArg::Value(stop)]);
        self.e.b.switch_to_block(has_more);
        let next = self.e.b.ins().load(types::I64, flags, it, RANGE_ITER_NEXT_OFFSET);
        let fits = self.e.fits_small(next);
        self.continue_if(fits, slow_b);
        let step = self.e.b.ins().load(types::I64, flags, it, RANGE_ITER_STEP_OFFSET);
        let left = self.e.b.ins().iadd_imm_s(remaining, -1);
        self.e.b.ins().store(flags, left, it, RANGE_ITER_REMAINING_OFFSET);
        let after = self.e.b.ins().iadd(next, step);
        self.e.b.ins().store(flags, after, it, RANGE_ITER_NEXT_OFFSET);
        let v = self.e.box_int(next);
        self.e.b.ins().jump(join, &[BlockArg::Value(v)]);
        // list: not exhausted and the index within the current length.
        self.e.b.switch_to_block(not_range);
        let list_ty = self.e.cg.list_iterator_type;
        let is_list = self.has_exact_type(it, list_ty);
        self.e.b.ins().brif(is_list, list_b, &[], slow_b, &[]);
        self.e.b.switch_to_block(list_b);
        let seq = self.e.b.ins().load(types::I64, flags, it, SEQ_ITER_SEQ_OFFSET);
        let live = self.e.b.ins().icmp_imm_s(IntCC::NotEqual, seq, 0);
        self.continue_if(live, slow_b);
        let index = self.e.b.ins().load(types::I64, flags, it, SEQ_ITER_INDEX_OFFSET);
        let len = self.e.b.ins().load(types::I64, flags, seq, SEQ_LEN_OFFSET);
        let in_range = self.e.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.continue_if(in_range, slow_b);
        let items = self.e.b.ins().load(types::I64, flags, seq, LIST_ITEMS_OFFSET);
        let offset = self.e.b.ins().ishl_imm_u(index, 3);
        let addr = self.e.b.ins().iadd(items, offset);
        let item = self.e.b.ins().load(types::I64, flags, addr, 0);
        let bumped = self.e.b.ins().iadd_imm_s(index, 1);
        self.e.b.ins().store(flags, bumped, it, SEQ_ITER_INDEX_OFFSET);
        self.e.incref(item);
        self.e.b.ins().jump(join, &[BlockArg::Value(item)]);
        self.e.b.switch_to_block(slow_b);
        let r = self.e.call_rt("molt_iter_next", &[it]).expect("result");
        self.check_null(r, u);
        self.e.b.ins().jump(join, &[BlockArg::Value(r)]);
        self.e.b.switch_to_block(join);
        result
    }
}
