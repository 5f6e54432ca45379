//! List, set and dict comprehensions, inlined into the enclosing function
//! as CPython 3.12 does (PEP 709): the comprehension's variables are
//! separate hidden locals, the first iterable is evaluated in the
//! enclosing scope, and no function object or frame is created.

use molt_ir::Op;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{FnLower, Region, Temp};
use crate::diagnostic::Result;
use crate::scope::Binding;

/// What a comprehension builds.
enum Kind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

impl<'m> FnLower<'_, 'm> {
    pub fn comprehension(&mut self, e: &'m Expr) -> Result<Temp> {
        let (kind, generators) = match e {
            Expr::ListComp(c) => (Kind::List(&c.elt), &c.generators),
            Expr::SetComp(c) => (Kind::Set(&c.elt), &c.generators),
            Expr::DictComp(c) => match &c.key {
                Some(k) => (Kind::Dict(k, &c.value), &c.generators),
                None => return self.syntax_error(e, "dict unpacking cannot be used in dict comprehension"),
            },
            _ => return self.unsupported(e, "this comprehension"),
        };
        if generators.iter().any(|g| g.is_async) {
            return self.unsupported(e, "async comprehensions");
        }
        let Some(scope) = self.m.symbols.scope_of(e.range()) else {
            return self.unsupported(e, "this comprehension");
        };
        let result = match kind {
            Kind::List(_) => self.emit1(Op::BuildList, 0)?,
            Kind::Set(_) => self.emit1(Op::BuildSet, 0)?,
            Kind::Dict(..) => self.emit1(Op::BuildDict, 0)?,
        };
        self.push(result);
        // The outermost iterable belongs to the enclosing scope.
        self.push_expr(&generators[0].iter)?;
        let first_iter = self.emit1(Op::GetIter, 1)?;
        self.scopes.push(scope);
        // One cell per comprehension run for captured variables.
        let cells: Vec<String> = self.m.symbols.scopes[scope]
            .symbols
            .iter()
            .filter(|s| s.binding == Binding::Cell)
            .map(|s| s.name.clone())
            .collect();
        for name in cells {
            self.place(&name);
        }
        let r = self.comprehension_loop(&kind, generators, 0, first_iter, result.v);
        self.scopes.pop();
        r?;
        Ok(self.pop())
    }

    fn comprehension_loop(
        &mut self,
        kind: &Kind<'m>,
        generators: &'m [ast::Comprehension],
        index: usize,
        it: Temp,
        result: molt_ir::ValueId,
    ) -> Result<()> {
        let g = &generators[index];
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
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            let pass = self.new_block();
            self.cond(cond, pass, header)?;
            self.switch_to(pass);
        }
        if index + 1 < generators.len() {
            self.push_expr(&generators[index + 1].iter)?;
            let inner = self.emit1(Op::GetIter, 1)?;
            self.comprehension_loop(kind, generators, index + 1, inner, result)?;
        } else {
            let acc = Temp { v: result, owned: false, local: None };
            self.push(acc);
            match kind {
                Kind::List(elt) => {
                    self.push_expr(elt)?;
                    self.emit(Op::ListAppend, 2)?;
                }
                Kind::Set(elt) => {
                    self.push_expr(elt)?;
                    self.emit(Op::SetAdd, 2)?;
                }
                Kind::Dict(k, v) => {
                    self.push_expr(k)?;
                    self.push_expr(v)?;
                    self.emit(Op::DictSetItem, 3)?;
                }
            }
        }
        self.jump(header, vec![]);
        self.regions.pop();
        self.switch_to(done);
        self.ins(Op::DecRef, vec![it.v]);
        Ok(())
    }
}
