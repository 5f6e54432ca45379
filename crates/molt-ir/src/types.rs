//! Static types of IR values: for each value, the set of exact built-in
//! types it can have at run time.
//!
//! The analysis is sound for any program: a value gets a small set only
//! when every way of producing it yields those types (a literal, an
//! arithmetic operator over operands whose types fix the result, a
//! display). Anything that can run user code (calls, attribute reads,
//! operators on unknown operands) is [`Ty::ANY`]. Locals get the union of
//! everything stored into them (parameters: anything).
//!
//! The backend uses the result to drop tag tests (`float + float` needs
//! no int path) and reference counting on immediates.

use crate::entity::EntityRef;
use crate::function::{Function, LocalKind};
use crate::op::{Constant, Op};
use crate::program::{ConstPool, PooledConst};
use molt_abi::ops::{BinaryOp, UnaryOp};

/// A set of exact types, one bit each.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub struct Ty(u16);

impl Ty {
    pub const NONE: Ty = Ty(1);
    pub const BOOL: Ty = Ty(1 << 1);
    /// An exact int (an immediate small int or a heap big int).
    pub const INT: Ty = Ty(1 << 2);
    pub const FLOAT: Ty = Ty(1 << 3);
    pub const STR: Ty = Ty(1 << 4);
    pub const LIST: Ty = Ty(1 << 5);
    pub const TUPLE: Ty = Ty(1 << 6);
    pub const DICT: Ty = Ty(1 << 7);
    pub const SET: Ty = Ty(1 << 8);
    /// Anything else, including instances of subclasses.
    pub const OTHER: Ty = Ty(1 << 9);
    pub const NOTHING: Ty = Ty(0);
    pub const ANY: Ty = Ty((1 << 10) - 1);
    pub const NUMBER: Ty = Ty(Ty::BOOL.0 | Ty::INT.0 | Ty::FLOAT.0);

    pub fn union(self, other: Ty) -> Ty {
        Ty(self.0 | other.0)
    }

    /// Whether every value of this type is one of `other`'s.
    pub fn within(self, other: Ty) -> bool {
        self.0 & !other.0 == 0
    }

    pub fn may_be(self, other: Ty) -> bool {
        self.0 & other.0 != 0
    }

    /// Values that are never heap objects need no reference counting.
    pub fn is_immediate(self) -> bool {
        self != Ty::NOTHING && self.within(Ty(Ty::NONE.0 | Ty::BOOL.0 | Ty::FLOAT.0))
    }
}

fn constant_type(c: &Constant, pool: &ConstPool) -> Ty {
    match c {
        Constant::None => Ty::NONE,
        Constant::Bool(_) => Ty::BOOL,
        Constant::Int(_) => Ty::INT,
        Constant::Float(_) => Ty::FLOAT,
        Constant::Ellipsis => Ty::OTHER,
        Constant::Pooled(id) => match &pool.entries[*id] {
            PooledConst::Str(_) => Ty::STR,
            PooledConst::Int(_) => Ty::INT,
            PooledConst::Tuple(_) => Ty::TUPLE,
            PooledConst::Bytes(_) | PooledConst::Complex { .. } => Ty::OTHER,
        },
    }
}

/// The result of a binary operator on operands of types `a` and `b`.
fn binary_type(op: BinaryOp, a: Ty, b: Ty) -> Ty {
    use BinaryOp::*;
    if !a.within(Ty::NUMBER) || !b.within(Ty::NUMBER) {
        return match op {
            Add if a.within(Ty::STR) && b.within(Ty::STR) => Ty::STR,
            Add if a.within(Ty::LIST) && b.within(Ty::LIST) => Ty::LIST,
            Add if a.within(Ty::TUPLE) && b.within(Ty::TUPLE) => Ty::TUPLE,
            _ => Ty::ANY,
        };
    }
    let integral = Ty(Ty::BOOL.0 | Ty::INT.0);
    let mut r = Ty::NOTHING;
    // The int (and bool) combinations.
    if a.may_be(integral) && b.may_be(integral) {
        r = r.union(match op {
            And | Or | Xor if a.within(Ty::BOOL) && b.within(Ty::BOOL) => Ty::BOOL,
            And | Or | Xor if a.may_be(Ty::BOOL) && b.may_be(Ty::BOOL) => Ty(Ty::BOOL.0 | Ty::INT.0),
            TrueDiv => Ty::FLOAT,
            Pow => Ty(Ty::INT.0 | Ty::FLOAT.0),
            MatMul => Ty::ANY,
            _ => Ty::INT,
        });
    }
    // Any combination with a float.
    if a.may_be(Ty::FLOAT) || b.may_be(Ty::FLOAT) {
        r = r.union(match op {
            Add | Sub | Mul | TrueDiv | FloorDiv | Mod => Ty::FLOAT,
            // float ** float may be complex; bitwise operators raise.
            _ => Ty::ANY,
        });
    }
    r
}

fn unary_type(op: UnaryOp, a: Ty) -> Ty {
    if !a.within(Ty::NUMBER) {
        return Ty::ANY;
    }
    match op {
        UnaryOp::Invert if a.may_be(Ty::FLOAT) => Ty::ANY,
        UnaryOp::Invert => Ty::INT,
        _ => {
            let mut r = Ty::NOTHING;
            if a.may_be(Ty(Ty::BOOL.0 | Ty::INT.0)) {
                r = r.union(Ty::INT);
            }
            if a.may_be(Ty::FLOAT) {
                r = r.union(Ty::FLOAT);
            }
            r
        }
    }
}

/// Infers the type of every value of `f` (indexed by value).
pub fn infer(f: &Function, pool: &ConstPool) -> Vec<Ty> {
    let mut values = vec![Ty::NOTHING; f.values.len()];
    let mut locals = vec![Ty::NOTHING; f.locals.len()];
    for (id, local) in f.locals.iter() {
        if !matches!(local.kind, LocalKind::Plain) {
            locals[id.index()] = Ty::ANY;
        }
    }
    let mut changed = true;
    while changed {
        changed = false;
        let mut raise = |slot: &mut Ty, t: Ty| {
            let joined = slot.union(t);
            if joined != *slot {
                *slot = joined;
                changed = true;
            }
        };
        for block in f.blocks.values() {
            for inst in &block.insts {
                let arg = |i: usize| values[inst.args[i].index()];
                let result = match &inst.op {
                    Op::Const(c) => Some(constant_type(c, pool)),
                    Op::LocalGet { local, .. } => Some(locals[local.index()]),
                    Op::Binary(op) | Op::InPlace(op) => Some(binary_type(*op, arg(0), arg(1))),
                    Op::Unary(op) => Some(unary_type(*op, arg(0))),
                    Op::Compare(_) if arg(0).within(Ty::NUMBER) && arg(1).within(Ty::NUMBER) => Some(Ty::BOOL),
                    Op::BoxBool => Some(Ty::BOOL),
                    Op::BuildList => Some(Ty::LIST),
                    Op::BuildTuple | Op::ListToTuple => Some(Ty::TUPLE),
                    Op::BuildDict => Some(Ty::DICT),
                    Op::BuildSet => Some(Ty::SET),
                    Op::BuildString | Op::FormatValue { .. } => Some(Ty::STR),
                    _ => None,
                };
                match &inst.op {
                    Op::LocalSet(l) => {
                        let t = arg(0);
                        raise(&mut locals[l.index()], t);
                    }
                    Op::Jump(target) => {
                        let params = &f.blocks[*target].params;
                        for (p, a) in params.iter().zip(&inst.args) {
                            let t = values[a.index()];
                            raise(&mut values[p.index()], t);
                        }
                    }
                    _ => {}
                }
                for (i, &r) in inst.results.iter().enumerate() {
                    let t = match result {
                        Some(t) if i == 0 => t,
                        _ => Ty::ANY,
                    };
                    raise(&mut values[r.index()], t);
                }
            }
        }
    }
    values
}
