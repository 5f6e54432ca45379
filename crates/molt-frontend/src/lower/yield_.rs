//! `yield`, `yield from` and generator expressions.
//!
//! A function containing `yield` is a generator function (the IR function
//! is flagged; the backend builds the state machine). `yield from it` is a
//! loop of `delegate_step` (send, or forward a thrown exception, to the
//! delegate) and delegating `yield`s, ending with the delegate's return
//! value. A generator expression is a nested generator function over its
//! first iterator, called at once, as in CPython.

use molt_abi::layout::CodeInfo;
use molt_ir::{Op, Repr};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{FnLower, FunctionBody, Region, Temp, lower_function};
use crate::diagnostic::Result;
use crate::scope::ScopeKind;

/// Name of a generator expression's iterator parameter (as CPython's
/// `.0`).
pub(crate) const GENEXPR_ITER: &str = ".0";

impl<'m> FnLower<'_, 'm> {
    pub(crate) fn check_yield_allowed(&self, e: &Expr) -> Result<()> {
        match self.scope_kind() {
            ScopeKind::Module | ScopeKind::Class => self.syntax_error(e, "'yield' outside function"),
            _ => Ok(()),
        }
    }

    /// `yield from value`.
    pub(crate) fn yield_from(&mut self, value: &'m Expr) -> Result<Temp> {
        self.push_expr(value)?;
        let it = self.emit1(Op::GetIter, 1)?;
        self.push(it);
        let (header, done) = (self.new_block(), self.new_block());
        let sent = self.block_param(header, Repr::Obj);
        let result = self.block_param(done, Repr::Obj);
        let first = self.none();
        self.jump(header, vec![first.v]);
        self.switch_to(header);
        self.push(Temp { owned: false, ..it });
        self.push(Temp { v: sent, owned: true, local: None });
        let step = self.emit(Op::DelegateStep, 2)?;
        let (value, finished) = (step[0], step[1]);
        let (yield_b, finish_b) = (self.new_block(), self.new_block());
        self.branch(finished.v, finish_b, yield_b);
        self.switch_to(finish_b);
        self.jump(done, vec![value.v]);
        self.switch_to(yield_b);
        self.push(value);
        let next_sent = self.emit1(Op::Yield { delegate: true }, 1)?;
        self.jump(header, vec![next_sent.v]);
        self.switch_to(done);
        let it = self.pop();
        self.release(it);
        Ok(Temp { v: result, owned: true, local: None })
    }

    /// `(elt for x in it ...)`.
    pub(crate) fn generator_expression(&mut self, g: &'m ast::ExprGenerator) -> Result<Temp> {
        let Some(scope) = self.m.symbols.scope_of(g.range) else {
            return self.unsupported(g, "this generator expression");
        };
        if g.generators.iter().any(|c| c.is_async) {
            return self.unsupported(g, "async generator expressions");
        }
        self.push_expr(&g.generators[0].iter)?;
        let first = self.emit1(Op::GetIter, 1)?;
        let closure = self.push_closure(scope)?;
        let qualname = self.child_qualname("<genexpr>");
        let info = CodeInfo {
            name: "<genexpr>".into(),
            qualname,
            filename: self.m.source.path.clone(),
            firstlineno: self.line_of(g.range.start()),
            argcount: 1,
            varnames: vec![GENEXPR_ITER.to_string()],
            ..CodeInfo::default()
        };
        let func = lower_function(
            self.prog,
            self.m,
            scope,
            info,
            vec![GENEXPR_ITER.to_string()],
            FunctionBody::GeneratorExpression(g),
            None,
        )?;
        let f = self.emit1(Op::MakeFunction { func, defaults: false, kwdefaults: false, closure }, closure as usize)?;
        self.push(f);
        self.push(first);
        self.emit1(Op::Call { kwnames: None }, 2)
    }

    /// The body of a generator expression's function.
    pub(crate) fn generator_expression_body(&mut self, g: &'m ast::ExprGenerator) -> Result<()> {
        let scope = self.scopes[0];
        let param = self.locals[&(scope, GENEXPR_ITER.to_string())];
        let v = self.ins1(Op::LocalGet { local: param, checked: false }, vec![]);
        self.ins(Op::IncRef, vec![v]);
        self.genexpr_loop(g, 0, Temp { v, owned: true, local: None })?;
        Ok(())
    }

    fn genexpr_loop(&mut self, g: &'m ast::ExprGenerator, index: usize, it: Temp) -> Result<()> {
        let c = &g.generators[index];
        let (header, body, done) = (self.new_block(), self.new_block(), self.new_block());
        self.jump(header, vec![]);
        self.regions.push(Region::Loop { continue_to: header, break_to: done, iter: Some(it.v) });
        self.switch_to(header);
        self.push(Temp { owned: false, ..it });
        let item = self.emit1(Op::IterNext, 1)?;
        let stop = self.ins1(Op::IsIterStop, vec![item.v]);
        self.branch(stop, done, body);
        self.switch_to(body);
        self.push(item);
        self.assign_target(&c.target)?;
        for cond in &c.ifs {
            let pass = self.new_block();
            self.cond(cond, pass, header)?;
            self.switch_to(pass);
        }
        if index + 1 < g.generators.len() {
            self.push_expr(&g.generators[index + 1].iter)?;
            let inner = self.emit1(Op::GetIter, 1)?;
            self.genexpr_loop(g, index + 1, inner)?;
        } else {
            self.line = self.line_of(g.elt.range().start());
            self.push_expr(&g.elt)?;
            let sent = self.emit1(Op::Yield { delegate: false }, 1)?;
            self.release(sent);
        }
        self.jump(header, vec![]);
        self.regions.pop();
        self.switch_to(done);
        self.ins(Op::DecRef, vec![it.v]);
        Ok(())
    }
}
