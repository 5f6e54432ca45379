//! `with` statements.
//!
//! `with a as x, b: body` is `with a as x: with b: body`. Each item calls
//! `__enter__` and keeps the bound `__exit__` in a region. Leaving the
//! body normally, or by `break`/`continue`/`return`, calls
//! `__exit__(None, None, None)`; an exception in the body (or in binding
//! the `as` target) goes to a handler that calls `__exit__(type, exc, tb)`
//! while the exception is being handled, then either swallows it or
//! re-raises it unchanged.

use molt_ir::{Op, ValueId};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{FnLower, Region, Temp};
use crate::diagnostic::Result;

impl<'m> FnLower<'_, 'm> {
    pub fn with_stmt(&mut self, w: &'m ast::StmtWith) -> Result<()> {
        if w.is_async {
            return self.unsupported(w, "async with");
        }
        self.with_items(&w.items, &w.body)
    }

    fn with_items(&mut self, items: &'m [ast::WithItem], body: &'m [Stmt]) -> Result<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        self.line = self.line_of(item.range().start());
        self.push_expr(&item.context_expr)?;
        let entered = self.emit(Op::WithEnter, 1)?;
        let (value, exit) = (entered[0], entered[1].v);
        let (exc_handler, after) = (self.new_block(), self.new_block());
        self.regions.push(Region::With { exit, exc_handler });
        match &item.optional_vars {
            Some(target) => {
                self.push(value);
                self.assign_target(target)?;
            }
            None => self.release(value),
        }
        self.with_items(rest, body)?;
        self.regions.pop();
        if !self.is_terminated() {
            self.line = self.line_of(item.range().start());
            self.call_exit(exit)?;
            self.jump(after, vec![]);
        }
        self.switch_to(exc_handler);
        self.line = self.line_of(item.range().start());
        let exc = self.ins1(Op::FetchExc, vec![]);
        let prev = self.ins1(Op::PushHandled, vec![exc]);
        self.regions.push(Region::Handling { exc, prev, name: None });
        self.push(Temp { v: exit, owned: true, local: None });
        self.push(Temp { v: exc, owned: false, local: None });
        let suppress = self.emit1(Op::WithExitExc, 2)?;
        self.regions.pop();
        let (swallow, reraise) = (self.new_block(), self.new_block());
        self.branch(suppress.v, swallow, reraise);
        self.switch_to(swallow);
        self.ins(Op::PopHandled, vec![prev]);
        self.ins(Op::DecRef, vec![exc]);
        self.jump(after, vec![]);
        self.switch_to(reraise);
        self.ins(Op::PopHandled, vec![prev]);
        self.push(Temp { v: exc, owned: true, local: None });
        self.emit_raise(Op::Restore, 1)?;
        self.switch_to(after);
        Ok(())
    }

    /// `exit(None, None, None)`, releasing `exit` (owned).
    pub(crate) fn call_exit(&mut self, exit: ValueId) -> Result<()> {
        self.push(Temp { v: exit, owned: true, local: None });
        self.emit(Op::WithExit, 1)?;
        Ok(())
    }
}
