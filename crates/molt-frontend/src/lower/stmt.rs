//! Statements: control flow, imports, and dispatch to the other lowerers.

use molt_ir::{Constant, Op, PooledConst};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{FnLower, Region, Temp};
use crate::diagnostic::Result;
use crate::scope::ScopeKind;

impl<'m> FnLower<'_, 'm> {
    pub fn stmt(&mut self, s: &'m Stmt) -> Result<()> {
        self.line = self.line_of(s.range().start());
        debug_assert!(self.temps.is_empty(), "temps left over before a statement");
        match s {
            Stmt::Expr(e) => {
                let t = self.expr(&e.value)?;
                self.release(t);
            }
            Stmt::Assign(a) => self.assign(a)?,
            Stmt::AugAssign(a) => self.aug_assign(a)?,
            Stmt::AnnAssign(a) => self.ann_assign(a)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            Stmt::Pass(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::If(i) => self.if_stmt(i)?,
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::For(f) => self.for_stmt(f)?,
            Stmt::Break(b) => self.break_continue(b, true)?,
            Stmt::Continue(c) => self.break_continue(c, false)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Raise(r) => self.raise_stmt(r)?,
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Assert(a) => self.assert_stmt(a)?,
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::TypeAlias(t) => return self.unsupported(t, "type aliases"),
            Stmt::IpyEscapeCommand(c) => return self.syntax_error(c, "invalid syntax"),
        }
        Ok(())
    }

    fn if_stmt(&mut self, i: &'m ast::StmtIf) -> Result<()> {
        let after = self.new_block();
        let mut clauses: Vec<(Option<&'m ast::Expr>, &'m [Stmt])> = vec![(Some(&i.test), &i.body)];
        for c in &i.elif_else_clauses {
            clauses.push((c.test.as_ref(), &c.body));
        }
        for (test, body) in clauses {
            match test {
                Some(test) => {
                    let (then_b, else_b) = (self.new_block(), self.new_block());
                    self.cond(test, then_b, else_b)?;
                    self.switch_to(then_b);
                    self.body(body)?;
                    self.jump(after, vec![]);
                    self.switch_to(else_b);
                }
                None => {
                    self.body(body)?;
                }
            }
        }
        self.jump(after, vec![]);
        self.switch_to(after);
        Ok(())
    }

    fn while_stmt(&mut self, w: &'m ast::StmtWhile) -> Result<()> {
        let (header, body_b, else_b, after) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.jump(header, vec![]);
        self.switch_to(header);
        self.cond(&w.test, body_b, else_b)?;
        self.switch_to(body_b);
        self.regions.push(Region::Loop { continue_to: header, break_to: after, iter: None });
        self.body(&w.body)?;
        self.regions.pop();
        self.jump(header, vec![]);
        self.switch_to(else_b);
        self.body(&w.orelse)?;
        self.jump(after, vec![]);
        self.switch_to(after);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'m ast::StmtFor) -> Result<()> {
        if f.is_async {
            return self.unsupported(f, "async for");
        }
        self.push_expr(&f.iter)?;
        let it = self.emit1(Op::GetIter, 1)?;
        let (header, body_b, else_b, after) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.jump(header, vec![]);
        self.regions.push(Region::Loop { continue_to: header, break_to: after, iter: Some(it.v) });
        self.switch_to(header);
        self.line = self.line_of(f.range.start());
        self.push(Temp { owned: false, ..it });
        let item = self.emit1(Op::IterNext, 1)?;
        let stop = self.ins1(Op::IsIterStop, vec![item.v]);
        self.branch(stop, else_b, body_b);
        self.switch_to(body_b);
        self.push(item);
        self.assign_target(&f.target)?;
        self.body(&f.body)?;
        self.jump(header, vec![]);
        self.regions.pop();
        self.switch_to(else_b);
        self.ins(Op::DecRef, vec![it.v]);
        self.body(&f.orelse)?;
        self.jump(after, vec![]);
        self.switch_to(after);
        Ok(())
    }

    fn break_continue(&mut self, node: &impl Ranged, is_break: bool) -> Result<()> {
        let loop_depth = self.regions.iter().rposition(|r| matches!(r, Region::Loop { .. }));
        self.check_except_star_exit(node, loop_depth.map_or(0, |d| d + 1))?;
        let Some(depth) = loop_depth else {
            return self.syntax_error(node, if is_break { "'break' outside loop" } else { "'continue' not properly in loop" });
        };
        let Region::Loop { continue_to, break_to, .. } = self.regions[depth] else {
            unreachable!("position found a loop");
        };
        if is_break {
            // Leave the loop itself too (releasing its iterator).
            self.exit_regions(depth)?;
            self.jump(break_to, vec![]);
        } else {
            self.exit_regions(depth + 1)?;
            self.jump(continue_to, vec![]);
        }
        Ok(())
    }

    fn raise_stmt(&mut self, r: &'m ast::StmtRaise) -> Result<()> {
        match (&r.exc, &r.cause) {
            (None, _) => self.emit_raise(Op::Reraise, 0),
            (Some(e), None) => {
                self.push_expr(e)?;
                self.emit_raise(Op::Raise { has_cause: false }, 1)
            }
            (Some(e), Some(c)) => {
                self.push_expr(e)?;
                self.push_expr(c)?;
                self.emit_raise(Op::Raise { has_cause: true }, 2)
            }
        }
    }

    fn assert_stmt(&mut self, a: &'m ast::StmtAssert) -> Result<()> {
        let (ok, fail) = (self.new_block(), self.new_block());
        self.cond(&a.test, ok, fail)?;
        self.switch_to(fail);
        match &a.msg {
            Some(m) => {
                self.push_expr(m)?;
                self.emit_raise(Op::AssertFail { has_msg: true }, 1)?;
            }
            None => self.emit_raise(Op::AssertFail { has_msg: false }, 0)?,
        }
        self.switch_to(ok);
        Ok(())
    }

    fn import(&mut self, i: &'m ast::StmtImport) -> Result<()> {
        for alias in &i.names {
            let name = self.str_const(alias.name.as_str());
            let top = self.emit1(Op::Import { name, fromlist: None, level: 0 }, 0)?;
            self.push(top);
            match &alias.asname {
                None => {
                    let first = alias.name.split('.').next().unwrap_or_default();
                    self.store_name(first)?;
                }
                Some(asname) => {
                    // `import a.b.c as x` binds the submodule, reached
                    // attribute by attribute as CPython does.
                    for part in alias.name.split('.').skip(1) {
                        let c = self.str_const(part);
                        let sub = self.emit1(Op::ImportFrom(c), 1)?;
                        self.push(sub);
                    }
                    self.store_name(asname.as_str())?;
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, i: &'m ast::StmtImportFrom) -> Result<()> {
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        let name = self.str_const(module);
        let star = i.names.iter().any(|a| a.name.as_str() == "*");
        if star && self.scope_kind() != ScopeKind::Module {
            return self.syntax_error(i, "import * only allowed at module level");
        }
        let items: Vec<Constant> =
            i.names.iter().map(|a| Constant::Pooled(self.prog.constants.str(a.name.as_str()))).collect();
        let fromlist = Some(self.prog.constants.add(PooledConst::Tuple(items)));
        let m = self.emit1(Op::Import { name, fromlist, level: i.level }, 0)?;
        self.push(m);
        if star {
            self.emit(Op::ImportStar, 1)?;
            return Ok(());
        }
        for alias in &i.names {
            let top = *self.temps.last().expect("module");
            self.push(Temp { owned: false, ..top });
            let c = self.str_const(alias.name.as_str());
            let v = self.emit1(Op::ImportFrom(c), 1)?;
            self.push(v);
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.store_name(bound.as_str())?;
        }
        let m = self.pop();
        self.release(m);
        Ok(())
    }
}
