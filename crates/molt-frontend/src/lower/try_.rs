//! `try` statements: `except` clauses, `else`, `finally`.
//!
//! The body runs inside a region that sends exceptions to a dispatch
//! block. The dispatch fetches the exception, makes it the handled one
//! (`sys.exc_info()`), tests each clause in order and runs the first
//! match; with no match the exception continues outward unchanged (no new
//! traceback entry). `finally` code is emitted on every way out: after
//! normal completion, before `break`/`continue`/`return` (see
//! `exit_regions`), and in a handler that re-raises the exception after it.
//! `except*` clauses are lowered in `try_star.rs`.

use molt_ir::Op;
use ruff_python_ast::{self as ast};

use super::{FnLower, Region, Temp};
use crate::diagnostic::Result;
use crate::scope::ScopeKind;

impl<'m> FnLower<'_, 'm> {
    pub fn try_stmt(&mut self, t: &'m ast::StmtTry) -> Result<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        let (exc_handler, after) = (self.new_block(), self.new_block());
        self.regions.push(Region::TryFinally { body: &t.finalbody, exc_handler });
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.regions.pop();
        if !self.is_terminated() {
            self.body(&t.finalbody)?;
            self.jump(after, vec![]);
        }
        // The exceptional path: run the finally body, then re-raise.
        self.switch_to(exc_handler);
        let exc = self.ins1(Op::FetchExc, vec![]);
        let prev = self.ins1(Op::PushHandled, vec![exc]);
        self.regions.push(Region::Handling { exc, prev, name: None });
        self.body(&t.finalbody)?;
        self.regions.pop();
        if !self.is_terminated() {
            self.ins(Op::PopHandled, vec![prev]);
            self.push(Temp { v: exc, owned: true, local: None });
            self.emit_raise(Op::Restore, 1)?;
        }
        self.switch_to(after);
        Ok(())
    }

    /// `try`/`except`/`else` (without `finally`).
    fn try_except(&mut self, t: &'m ast::StmtTry) -> Result<()> {
        if t.is_star {
            return self.try_except_star(t);
        }
        let (dispatch, after) = (self.new_block(), self.new_block());
        self.regions.push(Region::TryExcept { handler: dispatch });
        self.body(&t.body)?;
        self.regions.pop();
        if !self.is_terminated() {
            self.body(&t.orelse)?;
            self.jump(after, vec![]);
        }
        self.switch_to(dispatch);
        let exc = self.ins1(Op::FetchExc, vec![]);
        let prev = self.ins1(Op::PushHandled, vec![exc]);
        self.regions.push(Region::Handling { exc, prev, name: None });
        let mut matched_all = false;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.line = self.line_of(h.range.start());
            let next = match &h.type_ {
                Some(ty) => {
                    let (body, next) = (self.new_block(), self.new_block());
                    self.push(Temp { v: exc, owned: false, local: None });
                    self.push_expr(ty)?;
                    let m = self.emit1(Op::ExcMatches, 2)?;
                    self.branch(m.v, body, next);
                    self.switch_to(body);
                    Some(next)
                }
                None => {
                    if i + 1 != t.handlers.len() {
                        return self.syntax_error(h, "default 'except:' must be last");
                    }
                    matched_all = true;
                    None
                }
            };
            if let Some(name) = &h.name {
                self.ins(Op::IncRef, vec![exc]);
                self.push(Temp { v: exc, owned: true, local: None });
                self.store_name(name.as_str())?;
                self.regions.pop();
                self.regions.push(Region::Handling { exc, prev, name: Some(name.id.clone()) });
            }
            self.body(&h.body)?;
            if !self.is_terminated() {
                if let Some(name) = &h.name {
                    self.unbind_global_handler_name(name.as_str())?;
                }
                self.exit_regions(self.regions.len() - 1)?;
                self.jump(after, vec![]);
            }
            self.regions.pop();
            self.regions.push(Region::Handling { exc, prev, name: None });
            match next {
                Some(n) => self.switch_to(n),
                None => break,
            }
        }
        self.regions.pop();
        if !matched_all {
            // No clause matched: the exception continues outward.
            self.ins(Op::PopHandled, vec![prev]);
            self.push(Temp { v: exc, owned: true, local: None });
            self.emit_raise(Op::Restore, 1)?;
        }
        self.switch_to(after);
        Ok(())
    }

    /// At module level the `as` name is a global: CPython's implicit
    /// `name = None; del name` unbinds it when the handler completes.
    pub(super) fn unbind_global_handler_name(&mut self, name: &str) -> Result<()> {
        if matches!(self.place(name), super::names::Place::Global) && self.scope_kind() != ScopeKind::Class {
            let none = self.none();
            self.push(none);
            self.store_name(name)?;
            self.delete_name(name)?;
        }
        Ok(())
    }
}
