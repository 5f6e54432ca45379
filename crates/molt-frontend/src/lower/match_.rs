//! `match` statements (structural pattern matching).
//!
//! The subject is evaluated once and stays live until a case body starts.
//! Each case's pattern compiles to tests that fall through on success and
//! jump to the next case on failure. Values a pattern captures are held
//! as temps while the rest of the pattern is tested and bound to their
//! names only when the whole pattern matched (before the guard), as in
//! CPython. Extracted items (sequence elements, mapping values, class
//! attributes) are temps too, so a failure or an exception releases
//! exactly what is live.

use std::collections::HashSet;

use molt_abi::ops::CompareOp;
use molt_ir::{BlockId, Constant, Op, PooledConst, Repr, ValueId};
use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::Ranged;

use super::{FnLower, Temp};
use crate::diagnostic::Result;

/// Where a failed test goes, and the temps depth to release down to.
#[derive(Clone, Copy)]
struct Fail {
    block: BlockId,
    base: usize,
}

/// A captured value: its name and the index of its temp.
type Capture = (String, usize);

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
        || matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

/// Whether a pattern matches every subject (a bare capture or wildcard,
/// or an or-pattern with such an alternative).
fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none(),
        Pattern::MatchOr(o) => o.patterns.iter().any(is_irrefutable),
        _ => false,
    }
}

impl<'m> FnLower<'_, 'm> {
    pub fn match_stmt(&mut self, m: &'m ast::StmtMatch) -> Result<()> {
        for (i, case) in m.cases.iter().enumerate() {
            if case.guard.is_none() && is_irrefutable(&case.pattern) && i + 1 != m.cases.len() {
                return self.unreachable_after(&case.pattern);
            }
        }
        self.push_expr(&m.subject)?;
        let subject = self.pop();
        let subject = self.to_owned(subject);
        self.push(subject);
        let after = self.new_block();
        for case in &m.cases {
            self.line = self.line_of(case.pattern.range().start());
            let next = self.new_block();
            let base = self.temps.len();
            let mut captures = Vec::new();
            self.pattern(&case.pattern, subject.v, Fail { block: next, base }, &mut captures)?;
            let values = self.keep_captures(base, &captures);
            // Bound in pattern order; all stay live (and released on an
            // exception) until stored.
            for &v in values.iter().rev() {
                self.push(Temp { v, owned: true, local: None });
            }
            for (name, _) in &captures {
                self.store_name(name)?;
            }
            if let Some(guard) = &case.guard {
                let body = self.new_block();
                self.cond(guard, body, next)?;
                self.switch_to(body);
            }
            let s = self.pop();
            self.release(s);
            self.body(&case.body)?;
            self.jump(after, vec![]);
            self.push(subject);
            self.switch_to(next);
        }
        let s = self.pop();
        self.release(s);
        self.jump(after, vec![]);
        self.switch_to(after);
        Ok(())
    }

    fn unreachable_after(&self, p: &'m Pattern) -> Result<()> {
        let mut p = p;
        while let Pattern::MatchOr(o) = p {
            p = o.patterns.iter().find(|a| is_irrefutable(a)).expect("an irrefutable alternative");
        }
        match p {
            Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. }) => {
                self.syntax_error(p, &format!("name capture '{}' makes remaining patterns unreachable", n.as_str()))
            }
            _ => self.syntax_error(p, "wildcard makes remaining patterns unreachable"),
        }
    }

    /// Continues when `ok` holds; otherwise releases the temps above the
    /// failure's base and goes to its block.
    fn fail_unless(&mut self, ok: ValueId, fail: Fail) {
        let (cont, pad) = (self.new_block(), self.new_block());
        self.branch(ok, cont, pad);
        self.switch_to(pad);
        for t in self.temps[fail.base..].iter().rev().copied().collect::<Vec<_>>() {
            self.release(t);
        }
        self.jump(fail.block, vec![]);
        self.switch_to(cont);
    }

    /// On success: releases the temps above `base` that are not captures
    /// and pops them all; returns the captured values (owned).
    fn keep_captures(&mut self, base: usize, captures: &[Capture]) -> Vec<ValueId> {
        let kept: HashSet<usize> = captures.iter().map(|c| c.1).collect();
        let values = captures.iter().map(|c| self.temps[c.1].v).collect();
        for i in (base..self.temps.len()).rev() {
            if !kept.contains(&i) {
                let t = self.temps[i];
                self.release(t);
            }
        }
        self.temps.truncate(base);
        values
    }

    fn capture(&mut self, name: &ast::Identifier, subject: ValueId, captures: &mut Vec<Capture>) -> Result<()> {
        if captures.iter().any(|(n, _)| n == name.as_str()) {
            return self.syntax_error(name, &format!("multiple assignments to name '{}' in pattern", name.as_str()));
        }
        self.ins(Op::IncRef, vec![subject]);
        self.push(Temp { v: subject, owned: true, local: None });
        captures.push((name.to_string(), self.temps.len() - 1));
        Ok(())
    }

    /// Tests `subject` (borrowed) against `p`.
    fn pattern(&mut self, p: &'m Pattern, subject: ValueId, fail: Fail, captures: &mut Vec<Capture>) -> Result<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.push(Temp { v: subject, owned: false, local: None });
                self.push_expr(&v.value)?;
                let eq = self.emit1(Op::CompareBool(CompareOp::Eq), 2)?;
                self.fail_unless(eq.v, fail);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                let c = self.constant(c);
                let is = self.ins1(Op::Is, vec![subject, c.v]);
                self.fail_unless(is, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.pattern(inner, subject, fail, captures)?;
                }
                if let Some(name) = &a.name {
                    self.capture(name, subject, captures)?;
                }
            }
            Pattern::MatchStar(s) => {
                // Only reached for a star's list, from a sequence pattern.
                if let Some(name) = &s.name {
                    self.capture(name, subject, captures)?;
                }
            }
            Pattern::MatchOr(o) => self.or_pattern(o, subject, fail, captures)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, subject, fail, captures)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, subject, fail, captures)?,
            Pattern::MatchClass(c) => self.class_pattern(c, subject, fail, captures)?,
        }
        Ok(())
    }

    /// `p1 | p2 | ..`: each alternative binds the same names; they meet
    /// in a block whose parameters are the captured values.
    fn or_pattern(&mut self, o: &'m ast::PatternMatchOr, subject: ValueId, fail: Fail, captures: &mut Vec<Capture>) -> Result<()> {
        for (i, alt) in o.patterns.iter().enumerate() {
            if is_irrefutable(alt) && i + 1 != o.patterns.len() {
                return self.unreachable_after(alt);
            }
        }
        let join = self.new_block();
        let base = self.temps.len();
        let mut names: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let last = i + 1 == o.patterns.len();
            let next = if last { fail.block } else { self.new_block() };
            let alt_fail = if last { fail } else { Fail { block: next, base } };
            let mut alt_captures = Vec::new();
            self.pattern(alt, subject, alt_fail, &mut alt_captures)?;
            alt_captures.sort();
            let alt_names: Vec<String> = alt_captures.iter().map(|c| c.0.clone()).collect();
            match &names {
                Some(n) if *n != alt_names => return self.syntax_error(o, "alternative patterns bind different names"),
                Some(_) => {}
                None => names = Some(alt_names),
            }
            let values = self.keep_captures(base, &alt_captures);
            self.jump(join, values);
            if !last {
                self.switch_to(next);
            }
        }
        self.switch_to(join);
        for name in names.unwrap_or_default() {
            if captures.iter().any(|(n, _)| *n == name) {
                return self.syntax_error(o, &format!("multiple assignments to name '{name}' in pattern"));
            }
            let v = self.block_param(join, Repr::Obj);
            self.push(Temp { v, owned: true, local: None });
            captures.push((name, self.temps.len() - 1));
        }
        Ok(())
    }

    /// Unpacks `n` values of the tuple or sequence `v` (borrowed) into
    /// temps, returning their values.
    fn unpack_items(&mut self, v: ValueId, n: usize) -> Result<Vec<ValueId>> {
        self.push(Temp { v, owned: false, local: None });
        let items = self.emit(Op::Unpack { count: n as u32 }, 1)?;
        let values = items.iter().map(|t| t.v).collect();
        for t in items {
            self.push(t);
        }
        Ok(values)
    }

    fn sequence_pattern(&mut self, s: &'m ast::PatternMatchSequence, subject: ValueId, fail: Fail, captures: &mut Vec<Capture>) -> Result<()> {
        let stars: Vec<usize> = s.patterns.iter().enumerate().filter(|(_, p)| p.is_match_star()).map(|(i, _)| i).collect();
        if stars.len() > 1 {
            return self.syntax_error(&s.patterns[stars[1]], "multiple starred names in sequence pattern");
        }
        let star = stars.first().copied();
        let n = s.patterns.len();
        let fixed = if star.is_some() { n - 1 } else { n };
        self.push(Temp { v: subject, owned: false, local: None });
        let ok = self.emit1(Op::MatchSequence { len: fixed as u32, star: star.is_some() }, 1)?;
        self.fail_unless(ok.v, fail);
        if s.patterns.iter().all(is_wildcard) {
            return Ok(());
        }
        let items: Vec<ValueId> = match star {
            None => self.unpack_items(subject, n)?,
            Some(k) => {
                self.push(Temp { v: subject, owned: false, local: None });
                let items = self.emit(Op::UnpackEx { before: k as u32, after: (n - k - 1) as u32 }, 1)?;
                let values = items.iter().map(|t| t.v).collect();
                for t in items {
                    self.push(t);
                }
                values
            }
        };
        for (p, item) in s.patterns.iter().zip(items) {
            self.pattern(p, item, fail, captures)?;
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'m ast::PatternMatchMapping, subject: ValueId, fail: Fail, captures: &mut Vec<Capture>) -> Result<()> {
        self.check_literal_keys(&m.keys)?;
        self.push(Temp { v: subject, owned: false, local: None });
        let ok = self.emit1(Op::MatchMapping { nkeys: m.keys.len() as u32 }, 1)?;
        self.fail_unless(ok.v, fail);
        if m.keys.is_empty() && m.rest.is_none() {
            return Ok(());
        }
        for k in &m.keys {
            self.push_expr(k)?;
        }
        let keys = self.emit1(Op::BuildTuple, m.keys.len())?;
        self.push(keys);
        if !m.keys.is_empty() {
            self.push(Temp { v: subject, owned: false, local: None });
            self.push(Temp { owned: false, ..keys });
            let values = self.emit1(Op::MatchKeys, 2)?;
            self.push(values);
            let none = self.none();
            let missing = self.ins1(Op::Is, vec![values.v, none.v]);
            let found = self.ins1(Op::BoolNot, vec![missing]);
            self.fail_unless(found, fail);
            let items = self.unpack_items(values.v, m.keys.len())?;
            for (p, item) in m.patterns.iter().zip(items) {
                self.pattern(p, item, fail, captures)?;
            }
        }
        if let Some(rest) = &m.rest {
            self.push(Temp { v: subject, owned: false, local: None });
            self.push(Temp { owned: false, ..keys });
            let d = self.emit1(Op::MatchRest, 2)?;
            self.push(d);
            self.capture(rest, d.v, captures)?;
        }
        Ok(())
    }

    /// Literal keys repeated in one mapping pattern are a syntax error.
    fn check_literal_keys(&self, keys: &[Expr]) -> Result<()> {
        let mut seen = HashSet::new();
        for k in keys {
            let key = match k {
                Expr::StringLiteral(s) => format!("'{}'", s.value.to_str()),
                Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(i), .. }) => i.to_string(),
                _ => continue,
            };
            if !seen.insert(key.clone()) {
                return self.syntax_error(k, &format!("mapping pattern checks duplicate key ({key})"));
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'m ast::PatternMatchClass, subject: ValueId, fail: Fail, captures: &mut Vec<Capture>) -> Result<()> {
        let args = &c.arguments;
        let mut seen = HashSet::new();
        for k in &args.keywords {
            if !seen.insert(k.attr.as_str()) {
                return self.syntax_error(&k.attr, &format!("attribute name repeated in class pattern: {}", k.attr.as_str()));
            }
        }
        let names: Vec<Constant> =
            args.keywords.iter().map(|k| Constant::Pooled(self.prog.constants.str(k.attr.as_str()))).collect();
        let kwnames = self.prog.constants.add(PooledConst::Tuple(names));
        self.push(Temp { v: subject, owned: false, local: None });
        self.push_expr(&c.cls)?;
        let kw = self.constant(Constant::Pooled(kwnames));
        self.push(kw);
        let values = self.emit1(Op::MatchClass { npos: args.patterns.len() as u32 }, 3)?;
        self.push(values);
        let none = self.none();
        let missing = self.ins1(Op::Is, vec![values.v, none.v]);
        let found = self.ins1(Op::BoolNot, vec![missing]);
        self.fail_unless(found, fail);
        let subpatterns: Vec<&'m Pattern> = args.patterns.iter().chain(args.keywords.iter().map(|k| &k.pattern)).collect();
        if subpatterns.iter().all(|p| is_wildcard(p)) {
            return Ok(());
        }
        let items = self.unpack_items(values.v, subpatterns.len())?;
        for (p, item) in subpatterns.into_iter().zip(items) {
            self.pattern(p, item, fail, captures)?;
        }
        Ok(())
    }
}
