//! `try` statements with `except*` clauses (PEP 654), lowered as CPython
//! 3.12 compiles them.
//!
//! ```python
//! try:
//!     body
//! except* T1 as g:
//!     h1
//! except* T2:
//!     h2
//! ```
//!
//! The caught exception `orig` becomes the handled one. What is left of it
//! (`rest`, first `orig` itself) goes through the clauses in order: each
//! evaluates its types and splits `rest` (`exc_star_match`; a naked
//! exception is wrapped in `ExceptionGroup("", [exc])` when it matches).
//! When something matched, the handler runs once with the matching part
//! bound and handled; an exception leaving the handler is collected in a
//! list instead of propagating. After the last clause the unhandled rest
//! joins the list and `prep_reraise_star` decides what the statement
//! raises, without a new traceback entry (CPython's `RERAISE`): nothing,
//! the re-raised parts in their original structure, or a new group of the
//! raised exceptions and those parts.
//!
//! While the clauses run, a [`Region::ExceptStar`] owns the list and the
//! current rest (released if a clause's types fail to evaluate) and makes
//! `break`, `continue` and `return` out of a handler a SyntaxError.

use molt_ir::{Op, ValueId};
use ruff_python_ast::{self as ast, ExceptHandler};

use super::{FnLower, Region, Temp};
use crate::diagnostic::Result;

impl<'m> FnLower<'_, 'm> {
    /// `try`/`except*`/`else` (without `finally`).
    pub(super) fn try_except_star(&mut self, t: &'m ast::StmtTry) -> Result<()> {
        let (dispatch, after) = (self.new_block(), self.new_block());
        self.regions.push(Region::TryExcept { handler: dispatch });
        self.body(&t.body)?;
        self.regions.pop();
        if !self.is_terminated() {
            self.body(&t.orelse)?;
            self.jump(after, vec![]);
        }
        self.switch_to(dispatch);
        let orig = self.ins1(Op::FetchExc, vec![]);
        let prev = self.ins1(Op::PushHandled, vec![orig]);
        self.regions.push(Region::Handling { exc: orig, prev, name: None });
        let list = self.ins1(Op::BuildList, vec![]);
        self.ins(Op::IncRef, vec![orig]);
        let mut rest = orig;
        for h in &t.handlers {
            let ExceptHandler::ExceptHandler(h) = h;
            rest = self.star_clause(h, list, rest)?;
        }
        // The unhandled rest (or None) joins what the handlers raised.
        self.regions.push(Region::ExceptStar { list, rest: None });
        self.push(Temp { v: list, owned: false, local: None });
        self.push(Temp { v: rest, owned: true, local: None });
        self.emit(Op::ListAppend, 2)?;
        self.push(Temp { v: orig, owned: false, local: None });
        self.push(Temp { v: list, owned: false, local: None });
        let raise = self.emit1(Op::PrepReraiseStar, 2)?;
        self.regions.pop();
        self.ins(Op::DecRef, vec![list]);
        self.regions.pop();
        self.ins(Op::PopHandled, vec![prev]);
        self.ins(Op::DecRef, vec![orig]);
        let none = self.none();
        let nothing = self.ins1(Op::Is, vec![raise.v, none.v]);
        let reraise = self.new_block();
        self.branch(nothing, after, reraise);
        self.switch_to(reraise);
        self.push(raise);
        self.emit_raise(Op::Restore, 1)?;
        self.switch_to(after);
        Ok(())
    }

    /// One `except* T [as name]:` clause over `rest` (owned, consumed);
    /// returns what is left for the next clause (owned).
    fn star_clause(&mut self, h: &'m ast::ExceptHandlerExceptHandler, list: ValueId, rest: ValueId) -> Result<ValueId> {
        self.line = self.line_of(h.range.start());
        let Some(types) = &h.type_ else {
            // The parser rejects `except*:`.
            return self.syntax_error(h, "expected one or more exception types");
        };
        self.regions.push(Region::ExceptStar { list, rest: Some(rest) });
        self.push(Temp { v: rest, owned: false, local: None });
        self.push_expr(types)?;
        let split = self.emit(Op::ExcStarMatch, 2)?;
        self.regions.pop();
        self.ins(Op::DecRef, vec![rest]);
        let (matched, rest) = (split[0], split[1].v);
        self.regions.push(Region::ExceptStar { list, rest: Some(rest) });
        let (body, no_match, next) = (self.new_block(), self.new_block(), self.new_block());
        let none = self.none();
        let unmatched = self.ins1(Op::Is, vec![matched.v, none.v]);
        self.branch(unmatched, no_match, body);

        self.switch_to(no_match);
        self.release(matched);
        self.jump(next, vec![]);

        // The handler runs with the matching part handled and bound.
        self.switch_to(body);
        let old = self.ins1(Op::PushHandled, vec![matched.v]);
        self.ins(Op::DecRef, vec![old]);
        match &h.name {
            Some(name) => {
                self.push(matched);
                self.store_name(name.as_str())?;
            }
            None => self.release(matched),
        }
        let collect = self.new_block();
        self.regions.push(Region::TryExcept { handler: collect });
        self.body(&h.body)?;
        self.regions.pop();
        if !self.is_terminated() {
            self.unbind_star_name(h)?;
            self.jump(next, vec![]);
        }

        // An exception leaving the handler is collected, not propagated.
        self.switch_to(collect);
        let exc = self.ins1(Op::FetchExc, vec![]);
        self.push(Temp { v: exc, owned: true, local: None });
        self.unbind_star_name(h)?;
        let exc = self.pop();
        self.push(Temp { v: list, owned: false, local: None });
        self.push(exc);
        self.emit(Op::ListAppend, 2)?;
        self.jump(next, vec![]);

        self.switch_to(next);
        self.regions.pop();
        Ok(rest)
    }

    /// `break`/`continue`/`return` may not leave an `except*` handler:
    /// checks the regions above `depth`, which the jump would leave.
    pub(super) fn check_except_star_exit(&self, node: &impl ruff_text_size::Ranged, depth: usize) -> Result<()> {
        if self.regions[depth..].iter().any(|r| matches!(r, Region::ExceptStar { .. })) {
            return self.syntax_error(node, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        Ok(())
    }

    /// `name = None; del name` after a handler, however it ended.
    fn unbind_star_name(&mut self, h: &'m ast::ExceptHandlerExceptHandler) -> Result<()> {
        if let Some(name) = &h.name {
            self.unbind_global_handler_name(name.as_str())?;
            self.clear_name(name.as_str());
        }
        Ok(())
    }
}
