//! Assignment, augmented assignment and `del`.

use molt_ir::Op;
use ruff_python_ast::{self as ast, Expr, Stmt};

use super::{FnLower, Temp};
use super::expr::binary_op;
use crate::diagnostic::Result;
use crate::scope::ScopeKind;

impl<'m> FnLower<'_, 'm> {
    /// `t1 = t2 = value`: the value is evaluated once, then bound to each
    /// target from left to right.
    pub fn assign(&mut self, a: &'m ast::StmtAssign) -> Result<()> {
        self.push_expr(&a.value)?;
        let n = a.targets.len();
        for (i, target) in a.targets.iter().enumerate() {
            if i + 1 < n {
                let top = *self.temps.last().expect("value");
                self.ins(Op::IncRef, vec![top.v]);
                self.push(Temp { owned: true, local: None, ..top });
            }
            self.assign_target(target)?;
        }
        Ok(())
    }

    /// Binds the top temp (consumed) to a target.
    pub fn assign_target(&mut self, target: &'m Expr) -> Result<()> {
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.push_expr(&a.value)?;
                let obj = self.pop();
                let value = self.pop();
                self.push(obj);
                self.push(value);
                let c = self.str_const(&self.mangled(a.attr.as_str()).into_owned());
                self.emit(Op::SetAttr(c), 2)?;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.push_expr(&s.value)?;
                self.push_subscript_key(&s.slice)?;
                let key = self.pop();
                let obj = self.pop();
                let value = self.pop();
                self.push(obj);
                self.push(key);
                self.push(value);
                self.emit(Op::SetItem, 3)?;
                Ok(())
            }
            Expr::Tuple(t) => self.unpack_into(&t.elts, target),
            Expr::List(l) => self.unpack_into(&l.elts, target),
            Expr::Starred(_) => self.syntax_error(target, "starred assignment target must be in a list or tuple"),
            _ => self.syntax_error(target, "cannot assign to expression"),
        }
    }

    fn unpack_into(&mut self, elts: &'m [Expr], node: &'m Expr) -> Result<()> {
        let stars: Vec<usize> = elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
        let results = match stars.as_slice() {
            [] => self.emit(Op::Unpack { count: elts.len() as u32 }, 1)?,
            [i] => {
                let before = *i as u32;
                let after = (elts.len() - i - 1) as u32;
                self.emit(Op::UnpackEx { before, after }, 1)?
            }
            _ => return self.syntax_error(node, "multiple starred expressions in assignment"),
        };
        for r in results.into_iter().rev() {
            self.push(r);
        }
        for e in elts {
            let target = match e {
                Expr::Starred(s) => &*s.value,
                other => other,
            };
            self.assign_target(target)?;
        }
        Ok(())
    }

    pub fn aug_assign(&mut self, a: &'m ast::StmtAugAssign) -> Result<()> {
        let op = Op::InPlace(binary_op(a.op));
        match &*a.target {
            Expr::Name(n) => {
                let v = self.load_name(n.id.as_str())?;
                self.push(v);
                self.push_expr(&a.value)?;
                let r = self.emit1(op, 2)?;
                self.push(r);
                self.store_name(n.id.as_str())
            }
            Expr::Attribute(at) => {
                self.push_expr(&at.value)?;
                let obj = *self.temps.last().expect("object");
                self.push(Temp { owned: false, ..obj });
                let name = self.str_const(&self.mangled(at.attr.as_str()).into_owned());
                let v = self.emit1(Op::GetAttr(name), 1)?;
                self.push(v);
                self.push_expr(&a.value)?;
                let r = self.emit1(op, 2)?;
                self.push(r);
                self.emit(Op::SetAttr(name), 2)?;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.push_expr(&s.value)?;
                self.push_subscript_key(&s.slice)?;
                let key = *self.temps.last().expect("key");
                let obj = self.temps[self.temps.len() - 2];
                self.push(Temp { owned: false, ..obj });
                self.push(Temp { owned: false, ..key });
                let v = self.emit1(Op::GetItem, 2)?;
                self.push(v);
                self.push_expr(&a.value)?;
                let r = self.emit1(op, 2)?;
                self.push(r);
                self.emit(Op::SetItem, 3)?;
                Ok(())
            }
            other => self.syntax_error(other, "'expression' is an illegal expression for augmented assignment"),
        }
    }

    /// `target: annotation = value`. Annotations are not evaluated (see
    /// docs/divergences.md).
    /// `target: annotation [= value]`. At module and class level the
    /// annotation is evaluated after the assignment and, for a plain
    /// name, stored in `__annotations__`; in functions it is not
    /// evaluated at all (CPython 3.12).
    pub fn ann_assign(&mut self, a: &'m ast::StmtAnnAssign) -> Result<()> {
        if let Some(v) = &a.value {
            self.push_expr(v)?;
            self.assign_target(&a.target)?;
        }
        if !matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
            return Ok(());
        }
        self.push_expr(&a.annotation)?;
        let annotation = self.pop();
        match &*a.target {
            Expr::Name(n) if a.simple => {
                let annotations = self.load_name("__annotations__")?;
                self.push(annotations);
                let key = self.str_const(&self.mangled(n.id.as_str()).into_owned());
                let key = self.constant(molt_ir::Constant::Pooled(key));
                self.push(key);
                self.push(annotation);
                self.emit(Op::SetItem, 3)?;
            }
            _ => self.release(annotation),
        }
        Ok(())
    }

    /// Creates `__annotations__` at the start of a module or class body
    /// that annotates names (CPython's `SETUP_ANNOTATIONS`).
    pub fn setup_annotations(&mut self, body: &'m [Stmt]) -> Result<()> {
        if has_annotations(body) {
            let d = self.emit1(Op::BuildDict, 0)?;
            self.push(d);
            self.store_name("__annotations__")?;
        }
        Ok(())
    }

    pub fn delete_target(&mut self, target: &'m Expr) -> Result<()> {
        self.line = self.line_of(ruff_text_size::Ranged::range(target).start());
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.push_expr(&a.value)?;
                let c = self.str_const(&self.mangled(a.attr.as_str()).into_owned());
                self.emit(Op::DelAttr(c), 1)?;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.push_expr(&s.value)?;
                self.push_subscript_key(&s.slice)?;
                self.emit(Op::DelItem, 2)?;
                Ok(())
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => self.syntax_error(other, "cannot delete expression"),
        }
    }
}

/// Whether a body annotates a name (looking into compound statements but
/// not into nested functions and classes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}
