//! Calls, and the creation of functions (`def`, `lambda`).

use molt_ir::{Constant, Op, PooledConst};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::{FnLower, FunctionBody, Temp, code_info, lower_function};
use crate::diagnostic::Result;
use crate::scope::{ScopeKind, flags};

/// Builtins that need the interpreter Molt does not embed.
const NEEDS_INTERPRETER: &[&str] = &["eval", "exec", "compile"];

impl<'m> FnLower<'_, 'm> {
    pub fn call(&mut self, c: &'m ast::ExprCall) -> Result<Temp> {
        if let Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if NEEDS_INTERPRETER.contains(&name) && self.is_builtin_name(name) {
                return self.unsupported(c, &format!("{name}() (Molt compiles ahead of time and has no interpreter)"));
            }
            if let Some(t) = self.namespace_call(c, name)? {
                return Ok(t);
            }
        }
        if let Some(t) = self.zero_arg_super(c)? {
            return Ok(t);
        }
        let args = &c.arguments;
        let mut seen = std::collections::HashSet::new();
        for k in &args.keywords {
            if let Some(a) = &k.arg {
                if !seen.insert(a.as_str()) {
                    return self.syntax_error(k, &format!("keyword argument repeated: {a}"));
                }
            }
        }
        let dynamic = args.args.iter().any(|a| matches!(a, Expr::Starred(_))) || args.keywords.iter().any(|k| k.arg.is_none());
        if dynamic {
            return self.call_dynamic(c);
        }
        let kwnames = self.kwnames(&args.keywords);
        if let Expr::Attribute(a) = &*c.func {
            self.push_expr(&a.value)?;
            for arg in &args.args {
                self.push_expr(arg)?;
            }
            for k in &args.keywords {
                self.push_expr(&k.value)?;
            }
            let name = self.str_const(&self.mangled(a.attr.as_str()).into_owned());
            self.line = self.line_of(c.range().start());
            return self.emit1(Op::CallMethod { name, kwnames }, 1 + args.args.len() + args.keywords.len());
        }
        self.push_expr(&c.func)?;
        for arg in &args.args {
            self.push_expr(arg)?;
        }
        for k in &args.keywords {
            self.push_expr(&k.value)?;
        }
        let n = 1 + args.args.len() + args.keywords.len();
        if let Some(target) = self.direct_target(&c.func, args.args.len(), args.keywords.len()) {
            return self.guarded_direct_call(target, n);
        }
        if args.args.len() == 3 && matches!(&*c.func, Expr::Name(f) if f.id.as_str() == "type") && self.is_builtin_name("type") {
            return self.emit1(Op::CallWithGlobals { kwnames }, n);
        }
        self.emit1(Op::Call { kwnames }, n)
    }

    /// The module-level function a call may reach directly: the callee is a
    /// global name bound by a `def` in this module, and the call passes
    /// exactly its positional parameters.
    fn direct_target(&mut self, func: &Expr, nargs: usize, nkw: usize) -> Option<molt_ir::FuncId> {
        let Expr::Name(n) = func else { return None };
        let target = self.m.top_defs.get(n.id.as_str()).copied()?;
        if nkw != 0 || target.argcount != Some(nargs) {
            return None;
        }
        matches!(self.place(n.id.as_str()), super::names::Place::Global).then_some(target.func)
    }

    /// `f(args)` where `f` is probably the known function `target`: if the
    /// callee object is the one its `def` created, call its body directly,
    /// else make a generic call. The top `n` temps are the callee and the
    /// arguments.
    fn guarded_direct_call(&mut self, target: molt_ir::FuncId, n: usize) -> Result<Temp> {
        let base = self.temps.len() - n;
        let callee = self.temps[base];
        let known = self.ins1(Op::FunctionObject(target), vec![]);
        let same = self.ins1(Op::Is, vec![callee.v, known]);
        let (direct, generic, join) = (self.new_block(), self.new_block(), self.new_block());
        let result = self.block_param(join, molt_ir::Repr::Obj);
        self.branch(same, direct, generic);
        for (block, op) in [(direct, Op::CallDirect(target)), (generic, Op::Call { kwnames: None })] {
            self.switch_to(block);
            let operands: Vec<Temp> = self.temps[base..].to_vec();
            for t in operands {
                self.push(Temp { owned: false, ..t });
            }
            let r = self.emit1(op, n)?;
            self.jump(join, vec![r.v]);
        }
        self.switch_to(join);
        for _ in 0..n {
            let t = self.pop();
            self.release(t);
        }
        Ok(Temp { v: result, owned: true, local: None })
    }

    /// The builtins that read the caller's namespace: `globals()`, and with
    /// no arguments `locals()`, `vars()` and `dir()`. A compiled frame keeps
    /// its locals in registers rather than a dict, so these are lowered in
    /// place where the namespace is a dict (module and class bodies).
    fn namespace_call(&mut self, c: &'m ast::ExprCall, name: &str) -> Result<Option<Temp>> {
        let no_args = c.arguments.args.is_empty() && c.arguments.keywords.is_empty();
        if !no_args || !matches!(name, "globals" | "locals" | "vars" | "dir") || !self.is_builtin_name(name) {
            return Ok(None);
        }
        self.line = self.line_of(c.range().start());
        let ns = if name == "globals" {
            Temp { v: self.ins1(Op::Globals, vec![]), owned: false, local: None }
        } else {
            match self.scope_kind() {
                ScopeKind::Module => Temp { v: self.ins1(Op::Globals, vec![]), owned: false, local: None },
                ScopeKind::Class => self.namespace()?,
                _ => return self.unsupported(c, &format!("{name}() inside a function")),
            }
        };
        if name != "dir" {
            return Ok(Some(self.to_owned(ns)));
        }
        // `dir()`: the sorted names.
        let list = self.emit1(Op::BuildList, 0)?;
        self.push(list);
        self.push(Temp { owned: false, ..list });
        self.push(ns);
        self.emit(Op::ListExtend, 2)?;
        self.push(Temp { owned: false, ..list });
        let sort = self.str_const("sort");
        let none = self.emit1(Op::CallMethod { name: sort, kwnames: None }, 1)?;
        self.release(none);
        Ok(Some(self.pop()))
    }

    /// Whether `name` here refers to the builtin of that name (not rebound
    /// anywhere in the module or a local).
    fn is_builtin_name(&mut self, name: &str) -> bool {
        let module = &self.m.symbols.scopes[crate::scope::SymbolTable::MODULE];
        let bound_in_module = module.symbol(name).is_some_and(|s| s.flags & flags::ASSIGNED != 0);
        let reaches_globals = match self.place(name) {
            super::names::Place::Global => true,
            // A class body falls back to globals for names it does not bind.
            super::names::Place::ClassNamespace => {
                let class = &self.m.symbols.scopes[self.scopes[0]];
                class.symbol(name).is_none_or(|s| s.flags & flags::ASSIGNED == 0)
            }
            _ => false,
        };
        reaches_globals && !bound_in_module
    }

    fn kwnames(&mut self, keywords: &[ast::Keyword]) -> Option<molt_ir::ConstId> {
        if keywords.is_empty() {
            return None;
        }
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::Pooled(self.prog.constants.str(k.arg.as_ref().map_or("", |a| a.as_str()))))
            .collect();
        Some(self.prog.constants.add(PooledConst::Tuple(names)))
    }

    /// `f(*a, **k)` and mixes: builds the positional tuple and keyword dict.
    /// A lone `*a` is passed as is, as CPython does, so the call converts
    /// it and a non-iterable is reported against the callable.
    fn call_dynamic(&mut self, c: &'m ast::ExprCall) -> Result<Temp> {
        let func_at = self.temps.len();
        self.push_expr(&c.func)?;
        if let [Expr::Starred(s)] = &c.arguments.args[..] {
            self.push_expr(&s.value)?;
        } else {
            self.positional_tuple(&c.arguments.args)?;
        }
        let has_kwargs = !c.arguments.keywords.is_empty();
        if has_kwargs {
            let d = self.emit1(Op::BuildDict, 0)?;
            self.push(d);
            for k in &c.arguments.keywords {
                let acc = *self.temps.last().expect("dict");
                self.push(Temp { owned: false, ..acc });
                match &k.arg {
                    Some(name) => {
                        let key = self.str_const(name.as_str());
                        let key = self.constant(Constant::Pooled(key));
                        self.push(key);
                        self.push_expr(&k.value)?;
                        self.emit(Op::DictSetItem, 3)?;
                    }
                    None => {
                        self.push_expr(&k.value)?;
                        let func = self.temps[func_at];
                        self.push(Temp { owned: false, local: None, ..func });
                        self.emit(Op::DictMerge { for_call: true }, 3)?;
                    }
                }
            }
        }
        self.emit1(Op::CallEx { has_kwargs }, 2 + has_kwargs as usize)
    }

    /// Pushes the tuple of positional arguments with `*` items expanded.
    fn positional_tuple(&mut self, args: &'m [Expr]) -> Result<()> {
        let list = self.emit1(Op::BuildList, 0)?;
        self.push(list);
        for arg in args {
            let acc = *self.temps.last().expect("list");
            self.push(Temp { owned: false, ..acc });
            match arg {
                Expr::Starred(s) => {
                    self.push_expr(&s.value)?;
                    self.emit(Op::ListExtend, 2)?;
                }
                _ => {
                    self.push_expr(arg)?;
                    self.emit(Op::ListAppend, 2)?;
                }
            }
        }
        let tuple = self.emit1(Op::ListToTuple, 1)?;
        self.push(tuple);
        Ok(())
    }

    /// The qualified name of a function or class defined here.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        match self.func.kind {
            molt_ir::FunctionKind::ModuleBody(_) => name.to_string(),
            molt_ir::FunctionKind::Def if self.is_class_body => format!("{}.{name}", self.func.code.qualname),
            molt_ir::FunctionKind::Def => format!("{}.<locals>.{name}", self.func.code.qualname),
        }
    }

    /// Pushes the defaults tuple and keyword-only defaults dict of a
    /// parameter list; returns which were pushed.
    fn push_defaults(&mut self, params: Option<&'m ast::Parameters>) -> Result<(bool, bool)> {
        let Some(p) = params else {
            return Ok((false, false));
        };
        let positional: Vec<&Expr> =
            p.posonlyargs.iter().chain(&p.args).filter_map(|a| a.default.as_deref()).collect();
        let has_defaults = !positional.is_empty();
        if has_defaults {
            for d in &positional {
                self.push_expr(d)?;
            }
            let t = self.emit1(Op::BuildTuple, positional.len())?;
            self.push(t);
        }
        let kw: Vec<(&str, &Expr)> =
            p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.as_str(), d))).collect();
        let has_kwdefaults = !kw.is_empty();
        if has_kwdefaults {
            for (name, d) in &kw {
                let key = self.str_const(name);
                let key = self.constant(Constant::Pooled(key));
                self.push(key);
                self.push_expr(d)?;
            }
            let t = self.emit1(Op::BuildDict, kw.len() * 2)?;
            self.push(t);
        }
        Ok((has_defaults, has_kwdefaults))
    }

    /// Pushes the closure tuple for a child scope; returns whether one was
    /// needed.
    pub(crate) fn push_closure(&mut self, child: crate::scope::ScopeId) -> Result<bool> {
        let free = self.m.symbols.scopes[child].free_vars();
        if free.is_empty() {
            return Ok(false);
        }
        for name in &free {
            let local = match self.place(name) {
                super::names::Place::Cell { local, .. } => local,
                // A class body that binds the name itself (or declares it
                // global) still holds the enclosing function's cell, to
                // forward to its methods.
                super::names::Place::ClassNamespace | super::names::Place::Global
                    if self.locals.contains_key(&(self.scopes[0], name.clone())) =>
                {
                    self.locals[&(self.scopes[0], name.clone())]
                }
                _ => {
                    return Err(crate::diagnostic::Diagnostic::Unsupported {
                        feature: format!("closing over '{name}' here"),
                        file: self.m.source.path.clone(),
                        line: self.line,
                    });
                }
            };
            let cell = self.ins1(Op::CellRef(local), vec![]);
            self.push(Temp { v: cell, owned: false, local: None });
        }
        let t = self.emit1(Op::BuildTuple, free.len())?;
        self.push(t);
        Ok(true)
    }

    /// `def name(...)`.
    pub fn function_def(&mut self, f: &'m ast::StmtFunctionDef) -> Result<()> {
        if f.is_async {
            return self.unsupported(f, "async functions");
        }
        let Some(scope) = self.m.symbols.scope_of(f.range) else {
            return self.unsupported(f, "this function definition");
        };
        if f.type_params.is_some() {
            return self.unsupported(f, "type parameters");
        }
        for d in &f.decorator_list {
            self.push_expr(&d.expression)?;
        }
        let (defaults, kwdefaults) = self.push_defaults(Some(&f.parameters))?;
        let closure = self.push_closure(scope)?;
        let qualname = self.child_qualname(f.name.as_str());
        let first_line = f.decorator_list.first().map_or(f.range.start(), |d| d.range.start());
        let (info, params) =
            code_info(f.name.as_str(), &qualname, &self.m.source.path, self.line_of(first_line), Some(&f.parameters), self.private());
        let reserved = self.m.def_ids.get(&f.range).copied();
        let func = lower_function(self.prog, self.m, scope, info, params, FunctionBody::Statements(&f.body), reserved)?;
        let n = defaults as usize + kwdefaults as usize + closure as usize;
        let fobj = self.emit1(Op::MakeFunction { func, defaults, kwdefaults, closure }, n)?;
        self.push(fobj);
        if let Some(doc) = docstring(&f.body) {
            let obj = *self.temps.last().expect("function");
            self.push(Temp { owned: false, ..obj });
            let c = self.str_const(doc);
            let d = self.constant(Constant::Pooled(c));
            self.push(d);
            let attr = self.str_const("__doc__");
            self.emit(Op::SetAttr(attr), 2)?;
        }
        for _ in &f.decorator_list {
            // Decorators apply innermost (last) first: call the decorator
            // below the function on the stack.
            let func_t = self.pop();
            let deco = self.pop();
            self.push(deco);
            self.push(func_t);
            let r = self.emit1(Op::Call { kwnames: None }, 2)?;
            self.push(r);
        }
        self.store_name(f.name.as_str())
    }

    /// `lambda params: body`.
    pub fn lambda(&mut self, l: &'m ast::ExprLambda) -> Result<Temp> {
        let Some(scope) = self.m.symbols.scope_of(l.range) else {
            return self.unsupported(l, "this lambda");
        };
        let (defaults, kwdefaults) = self.push_defaults(l.parameters.as_deref())?;
        let closure = self.push_closure(scope)?;
        let qualname = self.child_qualname("<lambda>");
        let (info, params) = code_info(
            "<lambda>",
            &qualname,
            &self.m.source.path,
            self.line_of(l.range.start()),
            l.parameters.as_deref(),
            self.private(),
        );
        let func = lower_function(self.prog, self.m, scope, info, params, FunctionBody::Expression(&l.body), None)?;
        let n = defaults as usize + kwdefaults as usize + closure as usize;
        self.emit1(Op::MakeFunction { func, defaults, kwdefaults, closure }, n)
    }

    /// `return value`.
    pub fn return_stmt(&mut self, r: &'m ast::StmtReturn) -> Result<()> {
        if matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class) {
            return self.syntax_error(r, "'return' outside function");
        }
        // CPython points at a constant value on the statement's line.
        let at = match r.value.as_deref() {
            Some(v) if v.is_literal_expr() && self.line_of(v.range().start()) == self.line_of(r.range.start()) => v.range(),
            _ => r.range,
        };
        self.check_except_star_exit(&at, 0)?;
        match &r.value {
            Some(v) => self.push_expr(v)?,
            None => {
                let n = self.none();
                self.push(n);
            }
        }
        self.exit_regions(0)?;
        if !self.is_terminated() {
            self.emit(Op::Return, 1)?;
        } else {
            // A `finally` ended with its own jump; the value is dropped.
            let v = self.pop();
            let _ = v;
        }
        Ok(())
    }
}

/// The docstring of a body: its first statement, if a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str()),
            _ => None,
        },
        _ => None,
    }
}
