//! Expressions.

use molt_abi::ops::{BinaryOp, CompareOp, Conversion, UnaryOp};
use molt_ir::{Constant, Op, PooledConst, Repr};
use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{FnLower, Temp};
use crate::diagnostic::Result;

/// The IR operator for a Python binary operator.
pub(crate) fn binary_op(op: ast::Operator) -> BinaryOp {
    match op {
        ast::Operator::Add => BinaryOp::Add,
        ast::Operator::Sub => BinaryOp::Sub,
        ast::Operator::Mult => BinaryOp::Mul,
        ast::Operator::MatMult => BinaryOp::MatMul,
        ast::Operator::Div => BinaryOp::TrueDiv,
        ast::Operator::Mod => BinaryOp::Mod,
        ast::Operator::Pow => BinaryOp::Pow,
        ast::Operator::LShift => BinaryOp::LShift,
        ast::Operator::RShift => BinaryOp::RShift,
        ast::Operator::BitOr => BinaryOp::Or,
        ast::Operator::BitXor => BinaryOp::Xor,
        ast::Operator::BitAnd => BinaryOp::And,
        ast::Operator::FloorDiv => BinaryOp::FloorDiv,
    }
}

/// How a comparison operator is evaluated.
enum Comparison {
    Rich(CompareOp),
    Is { negate: bool },
    In { negate: bool },
}

fn comparison(op: ast::CmpOp) -> Comparison {
    match op {
        ast::CmpOp::Eq => Comparison::Rich(CompareOp::Eq),
        ast::CmpOp::NotEq => Comparison::Rich(CompareOp::Ne),
        ast::CmpOp::Lt => Comparison::Rich(CompareOp::Lt),
        ast::CmpOp::LtE => Comparison::Rich(CompareOp::Le),
        ast::CmpOp::Gt => Comparison::Rich(CompareOp::Gt),
        ast::CmpOp::GtE => Comparison::Rich(CompareOp::Ge),
        ast::CmpOp::Is => Comparison::Is { negate: false },
        ast::CmpOp::IsNot => Comparison::Is { negate: true },
        ast::CmpOp::In => Comparison::In { negate: false },
        ast::CmpOp::NotIn => Comparison::In { negate: true },
    }
}

/// Decimal text of an integer literal token (`0x_ff`, `1_000`, ...).
fn int_literal_decimal(token: &str) -> Option<String> {
    let clean: String = token.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d, 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d, 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d, 2)
    } else {
        (lower.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).map(|b| b.to_string())
}

impl<'m> FnLower<'_, 'm> {
    /// Lowers an expression to a temp (not pushed).
    pub fn expr(&mut self, e: &'m Expr) -> Result<Temp> {
        let saved_line = self.line;
        self.line = self.line_of(e.range().start());
        let r = self.expr_inner(e);
        self.line = saved_line;
        r
    }

    /// Lowers an expression and pushes it on the temp stack.
    pub fn push_expr(&mut self, e: &'m Expr) -> Result<()> {
        let t = self.expr(e)?;
        self.push(t);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'m Expr) -> Result<Temp> {
        match e {
            Expr::NumberLiteral(n) => self.number(n),
            Expr::StringLiteral(s) => {
                let c = self.str_const(s.value.to_str());
                Ok(self.constant(Constant::Pooled(c)))
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let c = self.prog.constants.add(PooledConst::Bytes(bytes));
                Ok(self.constant(Constant::Pooled(c)))
            }
            Expr::BooleanLiteral(b) => Ok(self.constant(Constant::Bool(b.value))),
            Expr::NoneLiteral(_) => Ok(self.none()),
            Expr::EllipsisLiteral(_) => Ok(self.constant(Constant::Ellipsis)),
            Expr::FString(f) => self.fstring(f),
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.push_expr(&a.value)?;
                let c = self.str_const(&self.mangled(a.attr.as_str()).into_owned());
                self.emit1(Op::GetAttr(c), 1)
            }
            Expr::Subscript(s) => {
                self.push_expr(&s.value)?;
                self.push_subscript_key(&s.slice)?;
                self.emit1(Op::GetItem, 2)
            }
            Expr::BinOp(b) => {
                self.push_expr(&b.left)?;
                self.push_expr(&b.right)?;
                self.emit1(Op::Binary(binary_op(b.op)), 2)
            }
            Expr::UnaryOp(u) => self.unary(u),
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let (then_b, else_b, join) = (self.new_block(), self.new_block(), self.new_block());
                let result = self.block_param(join, Repr::Obj);
                self.cond(&i.test, then_b, else_b)?;
                for (block, branch) in [(then_b, &i.body), (else_b, &i.orelse)] {
                    self.switch_to(block);
                    let v = self.expr(branch)?;
                    let v = self.to_owned(v);
                    self.jump(join, vec![v.v]);
                }
                self.switch_to(join);
                Ok(Temp { v: result, owned: true, local: None })
            }
            Expr::Named(n) => {
                let v = self.expr(&n.value)?;
                let v = self.to_owned(v);
                self.ins(Op::IncRef, vec![v.v]);
                self.push(v);
                let Expr::Name(target) = &*n.target else {
                    return self.syntax_error(&*n.target, "cannot use assignment expressions with this target");
                };
                self.store_name(target.id.as_str())?;
                Ok(v)
            }
            Expr::Call(c) => self.call(c),
            Expr::List(l) => self.sequence_display(&l.elts, SeqKind::List),
            Expr::Tuple(t) => self.sequence_display(&t.elts, SeqKind::Tuple),
            Expr::Set(s) => self.sequence_display(&s.elts, SeqKind::Set),
            Expr::Dict(d) => self.dict_display(d),
            Expr::Slice(s) => self.slice(s),
            Expr::Lambda(l) => self.lambda(l),
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) => self.comprehension(e),
            Expr::Generator(g) => self.generator_expression(g),
            Expr::Yield(y) => {
                self.check_yield_allowed(e)?;
                match &y.value {
                    Some(v) => self.push_expr(v)?,
                    None => {
                        let n = self.none();
                        self.push(n);
                    }
                }
                self.emit1(Op::Yield { delegate: false }, 1)
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(e)?;
                self.yield_from(&y.value)
            }
            Expr::Await(_) => self.unsupported(e, "await"),
            Expr::Starred(_) => self.syntax_error(e, "can't use starred expression here"),
            Expr::TString(_) => self.unsupported(e, "template strings"),
            Expr::IpyEscapeCommand(_) => self.syntax_error(e, "invalid syntax"),
        }
    }

    fn number(&mut self, n: &ast::ExprNumberLiteral) -> Result<Temp> {
        match &n.value {
            ast::Number::Int(i) => {
                if let Some(v) = i.as_i64().filter(|v| *v <= molt_abi::value::INT_MAX) {
                    return Ok(self.constant(Constant::Int(v)));
                }
                let Some(decimal) = int_literal_decimal(&i.to_string()) else {
                    return self.syntax_error(n, "invalid decimal literal");
                };
                let c = self.prog.constants.add(PooledConst::Int(decimal));
                Ok(self.constant(Constant::Pooled(c)))
            }
            ast::Number::Float(f) => Ok(self.constant(Constant::Float(*f))),
            ast::Number::Complex { real, imag } => {
                let c = self.prog.constants.add(PooledConst::Complex { real: real.to_bits(), imag: imag.to_bits() });
                Ok(self.constant(Constant::Pooled(c)))
            }
        }
    }

    /// Pushes the key of a subscript (slices become slice objects).
    pub fn push_subscript_key(&mut self, key: &'m Expr) -> Result<()> {
        self.push_expr(key)
    }

    fn slice(&mut self, s: &'m ast::ExprSlice) -> Result<Temp> {
        for part in [&s.lower, &s.upper, &s.step] {
            match part {
                Some(e) => self.push_expr(e)?,
                None => {
                    let n = self.none();
                    self.push(n);
                }
            }
        }
        self.emit1(Op::BuildSlice, 3)
    }

    fn unary(&mut self, u: &'m ast::ExprUnaryOp) -> Result<Temp> {
        let op = match u.op {
            ast::UnaryOp::Not => {
                self.push_expr(&u.operand)?;
                let t = self.emit1(Op::Truthy, 1)?;
                let n = self.ins1(Op::BoolNot, vec![t.v]);
                let b = self.ins1(Op::BoxBool, vec![n]);
                return Ok(Temp { v: b, owned: false, local: None });
            }
            ast::UnaryOp::USub => {
                // Fold negative literals so `-5` is a constant.
                if let Expr::NumberLiteral(n) = &*u.operand {
                    match &n.value {
                        ast::Number::Int(i) => {
                            if let Some(v) = i.as_i64().filter(|v| *v <= molt_abi::value::INT_MAX) {
                                return Ok(self.constant(Constant::Int(-v)));
                            }
                        }
                        ast::Number::Float(f) => return Ok(self.constant(Constant::Float(-f))),
                        ast::Number::Complex { .. } => {}
                    }
                }
                UnaryOp::Neg
            }
            ast::UnaryOp::UAdd => UnaryOp::Pos,
            ast::UnaryOp::Invert => UnaryOp::Invert,
        };
        self.push_expr(&u.operand)?;
        self.emit1(Op::Unary(op), 1)
    }

    /// `a and b` / `a or b`: the value of the last operand evaluated.
    fn bool_op(&mut self, b: &'m ast::ExprBoolOp) -> Result<Temp> {
        let join = self.new_block();
        let result = self.block_param(join, Repr::Obj);
        let n = b.values.len();
        for (i, v) in b.values.iter().enumerate() {
            let t = self.expr(v)?;
            let t = self.to_owned(t);
            if i + 1 == n {
                self.jump(join, vec![t.v]);
                break;
            }
            self.push(t);
            let truth = self.emit_keep(Op::Truthy)?;
            let t = self.pop();
            let (stop, go_on) = (self.new_block(), self.new_block());
            match b.op {
                ast::BoolOp::And => self.branch(truth, go_on, stop),
                ast::BoolOp::Or => self.branch(truth, stop, go_on),
            }
            self.switch_to(stop);
            self.jump(join, vec![t.v]);
            self.switch_to(go_on);
            self.release(t);
        }
        self.switch_to(join);
        Ok(Temp { v: result, owned: true, local: None })
    }

    /// Emits a one-operand test on the top temp without popping it.
    pub fn emit_keep(&mut self, op: Op) -> Result<molt_ir::ValueId> {
        let top = *self.temps.last().expect("operand");
        self.push(Temp { owned: false, ..top });
        Ok(self.emit1(op, 1)?.v)
    }

    /// Comparison chains: `a < b < c` evaluates `b` once and stops at the
    /// first false comparison, whose result is the value.
    fn compare(&mut self, c: &'m ast::ExprCompare) -> Result<Temp> {
        if c.ops.len() == 1 {
            self.push_expr(&c.left)?;
            self.push_expr(&c.comparators[0])?;
            return self.compare_pair(c.ops[0]);
        }
        let join = self.new_block();
        let result = self.block_param(join, Repr::Obj);
        let left = self.expr(&c.left)?;
        let mut left = self.to_owned(left);
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.push(left);
            let r = self.expr(right)?;
            let r = self.to_owned(r);
            let last = i + 1 == c.ops.len();
            if last {
                self.push(r);
                let v = self.compare_pair(*op)?;
                self.jump(join, vec![v.v]);
                break;
            }
            // Keep `r` for the next comparison.
            self.ins(Op::IncRef, vec![r.v]);
            self.push(r);
            let v = self.compare_pair(*op)?;
            self.push(r);
            self.push(v);
            let truth = self.emit_keep(Op::Truthy)?;
            let v = self.pop();
            let r = self.pop();
            let (stop, go_on) = (self.new_block(), self.new_block());
            self.branch(truth, go_on, stop);
            self.switch_to(stop);
            self.release(r);
            self.jump(join, vec![v.v]);
            self.switch_to(go_on);
            self.release(v);
            left = r;
        }
        self.switch_to(join);
        Ok(Temp { v: result, owned: true, local: None })
    }

    /// Compares the two top temps, producing an object.
    fn compare_pair(&mut self, op: ast::CmpOp) -> Result<Temp> {
        match comparison(op) {
            Comparison::Rich(op) => self.emit1(Op::Compare(op), 2),
            Comparison::Is { negate } => {
                let b = self.emit1(Op::Is, 2)?;
                let b = if negate { self.ins1(Op::BoolNot, vec![b.v]) } else { b.v };
                Ok(Temp { v: self.ins1(Op::BoxBool, vec![b]), owned: false, local: None })
            }
            Comparison::In { negate } => {
                // `x in c` evaluates `c.__contains__(x)`: operands swap.
                let c = self.pop();
                let x = self.pop();
                self.push(c);
                self.push(x);
                let b = self.emit1(Op::Contains, 2)?;
                let b = if negate { self.ins1(Op::BoolNot, vec![b.v]) } else { b.v };
                Ok(Temp { v: self.ins1(Op::BoxBool, vec![b]), owned: false, local: None })
            }
        }
    }

    /// Lowers a condition, branching to `then_b` or `else_b`. Comparisons
    /// and boolean operators branch on raw truth values directly.
    pub fn cond(&mut self, e: &'m Expr, then_b: molt_ir::BlockId, else_b: molt_ir::BlockId) -> Result<()> {
        let saved_line = self.line;
        self.line = self.line_of(e.range().start());
        let r = self.cond_inner(e, then_b, else_b);
        self.line = saved_line;
        r
    }

    fn cond_inner(&mut self, e: &'m Expr, then_b: molt_ir::BlockId, else_b: molt_ir::BlockId) -> Result<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => return self.cond(&u.operand, else_b, then_b),
            Expr::BoolOp(b) => {
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    if i + 1 == n {
                        return self.cond(v, then_b, else_b);
                    }
                    let next = self.new_block();
                    match b.op {
                        ast::BoolOp::And => self.cond(v, next, else_b)?,
                        ast::BoolOp::Or => self.cond(v, then_b, next)?,
                    }
                    self.switch_to(next);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                self.push_expr(&c.left)?;
                self.push_expr(&c.comparators[0])?;
                let truth = match comparison(c.ops[0]) {
                    Comparison::Rich(op) => self.emit1(Op::CompareBool(op), 2)?.v,
                    Comparison::Is { negate } => {
                        let b = self.emit1(Op::Is, 2)?.v;
                        if negate { self.ins1(Op::BoolNot, vec![b]) } else { b }
                    }
                    Comparison::In { negate } => {
                        let c = self.pop();
                        let x = self.pop();
                        self.push(c);
                        self.push(x);
                        let b = self.emit1(Op::Contains, 2)?.v;
                        if negate { self.ins1(Op::BoolNot, vec![b]) } else { b }
                    }
                };
                self.branch(truth, then_b, else_b);
                return Ok(());
            }
            Expr::BooleanLiteral(b) => {
                self.jump(if b.value { then_b } else { else_b }, vec![]);
                return Ok(());
            }
            _ => {}
        }
        self.push_expr(e)?;
        let truth = self.emit1(Op::Truthy, 1)?;
        self.branch(truth.v, then_b, else_b);
        Ok(())
    }

    /// f-strings: literal parts and formatted values concatenated.
    fn fstring(&mut self, f: &'m ast::ExprFString) -> Result<Temp> {
        let mut count = 0;
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(lit) => {
                    if !lit.value.is_empty() {
                        let c = self.str_const(&lit.value);
                        let t = self.constant(Constant::Pooled(c));
                        self.push(t);
                        count += 1;
                    }
                }
                ast::FStringPart::FString(fs) => count += self.fstring_elements(&fs.elements)?,
            }
        }
        if count == 1 {
            let only = self.pop();
            // A lone part: already a str (literal or formatted value).
            return Ok(only);
        }
        if count == 0 {
            let c = self.str_const("");
            return Ok(self.constant(Constant::Pooled(c)));
        }
        self.emit1(Op::BuildString, count)
    }

    /// Pushes one str temp per element; returns how many.
    fn fstring_elements(&mut self, elements: &'m ast::InterpolatedStringElements) -> Result<usize> {
        let mut count = 0;
        for el in elements {
            match el {
                ast::InterpolatedStringElement::Literal(lit) => {
                    let c = self.str_const(&lit.value);
                    let t = self.constant(Constant::Pooled(c));
                    self.push(t);
                    count += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => Conversion::None,
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => Conversion::Ascii,
                    };
                    if let Some(debug) = &i.debug_text {
                        let text = format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing());
                        let c = self.str_const(&text);
                        let t = self.constant(Constant::Pooled(c));
                        self.push(t);
                        count += 1;
                        if conv == Conversion::None && i.format_spec.is_none() {
                            conv = Conversion::Repr;
                        }
                    }
                    self.push_expr(&i.expression)?;
                    let has_spec = match &i.format_spec {
                        Some(spec) => {
                            let n = self.fstring_elements(&spec.elements)?;
                            match n {
                                0 => {
                                    let c = self.str_const("");
                                    let t = self.constant(Constant::Pooled(c));
                                    self.push(t);
                                }
                                1 => {}
                                n => {
                                    let s = self.emit1(Op::BuildString, n)?;
                                    self.push(s);
                                }
                            }
                            true
                        }
                        None => false,
                    };
                    let v = self.emit1(Op::FormatValue { conv, has_spec }, 1 + has_spec as usize)?;
                    self.push(v);
                    count += 1;
                }
            }
        }
        Ok(count)
    }

    /// List, tuple and set displays, with `*iterable` items.
    fn sequence_display(&mut self, elts: &'m [Expr], kind: SeqKind) -> Result<Temp> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.push_expr(e)?;
            }
            let op = match kind {
                SeqKind::List => Op::BuildList,
                SeqKind::Tuple => Op::BuildTuple,
                SeqKind::Set => Op::BuildSet,
            };
            if kind == SeqKind::Tuple && elts.is_empty() {
                let c = self.prog.constants.add(PooledConst::Tuple(Vec::new()));
                return Ok(self.constant(Constant::Pooled(c)));
            }
            return self.emit1(op, elts.len());
        }
        // Build a list (or set) incrementally.
        let acc = if kind == SeqKind::Set { self.emit1(Op::BuildSet, 0)? } else { self.emit1(Op::BuildList, 0)? };
        self.push(acc);
        for e in elts {
            let acc_v = *self.temps.last().expect("accumulator");
            self.push(Temp { owned: false, ..acc_v });
            match e {
                Expr::Starred(s) => {
                    self.push_expr(&s.value)?;
                    if kind == SeqKind::Set {
                        let update = self.str_const("update");
                        let r = self.emit1(Op::CallMethod { name: update, kwnames: None }, 2)?;
                        self.release(r);
                    } else {
                        self.emit(Op::ListExtend, 2)?;
                    }
                }
                _ => {
                    self.push_expr(e)?;
                    let op = if kind == SeqKind::Set { Op::SetAdd } else { Op::ListAppend };
                    self.emit(op, 2)?;
                }
            }
        }
        let acc = self.pop();
        if kind == SeqKind::Tuple {
            self.push(acc);
            return self.emit1(Op::ListToTuple, 1);
        }
        Ok(acc)
    }

    fn dict_display(&mut self, d: &'m ast::ExprDict) -> Result<Temp> {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.push_expr(k)?;
                }
                self.push_expr(&item.value)?;
            }
            return self.emit1(Op::BuildDict, d.items.len() * 2);
        }
        let acc = self.emit1(Op::BuildDict, 0)?;
        self.push(acc);
        for item in &d.items {
            let acc_v = *self.temps.last().expect("accumulator");
            self.push(Temp { owned: false, ..acc_v });
            match &item.key {
                Some(k) => {
                    self.push_expr(k)?;
                    self.push_expr(&item.value)?;
                    self.emit(Op::DictSetItem, 3)?;
                }
                None => {
                    self.push_expr(&item.value)?;
                    self.emit(Op::DictMerge { for_call: false }, 2)?;
                }
            }
        }
        Ok(self.pop())
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub(crate) enum SeqKind {
    List,
    Tuple,
    Set,
}
