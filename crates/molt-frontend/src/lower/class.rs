//! `class` statements.
//!
//! The class body becomes a function of one parameter, the namespace (a
//! dict, or whatever the metaclass's `__prepare__` returns); its names are
//! items of the namespace. It starts by setting `__module__` and
//! `__qualname__` (and `__doc__`), and returns the class's `__class__`
//! cell, if methods use `super()`, so the runtime can fill it once the
//! class exists. The runtime's `build_class` picks the metaclass, runs the
//! body and creates the class, like CPython's `__build_class__`.

use molt_abi::layout::CodeInfo;
use molt_ir::{Constant, Op};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::call::docstring;
use super::names::Place;
use super::{FnLower, FunctionBody, Temp, lower_function};
use crate::diagnostic::Result;

/// Name of the class body's namespace parameter (not a valid identifier,
/// so it cannot clash with user names).
pub(crate) const NAMESPACE: &str = ".namespace";

impl<'m> FnLower<'_, 'm> {
    pub fn class_def(&mut self, c: &'m ast::StmtClassDef) -> Result<()> {
        if c.type_params.is_some() {
            return self.unsupported(c, "type parameters");
        }
        let Some(scope) = self.m.symbols.scope_of(c.range) else {
            return self.unsupported(c, "this class definition");
        };
        for d in &c.decorator_list {
            self.push_expr(&d.expression)?;
        }
        let name = c.name.as_str();
        let qualname = self.child_qualname(name);
        let first_line = c.decorator_list.first().map_or(c.range.start(), |d| d.range.start());
        let info = CodeInfo {
            name: name.to_string(),
            qualname: qualname.clone(),
            filename: self.m.source.path.clone(),
            firstlineno: self.line_of(first_line),
            argcount: 1,
            varnames: vec![NAMESPACE.to_string()],
            ..CodeInfo::default()
        };
        let closure = self.push_closure(scope)?;
        let body = lower_function(
            self.prog,
            self.m,
            scope,
            info,
            vec![NAMESPACE.to_string()],
            FunctionBody::Class { body: &c.body, qualname: &qualname },
            None,
        )?;
        let body_fn = self.emit1(Op::MakeFunction { func: body, defaults: false, kwdefaults: false, closure }, closure as usize)?;
        self.push(body_fn);
        let n = self.str_const(name);
        let n = self.constant(Constant::Pooled(n));
        self.push(n);
        self.class_bases(c.arguments.as_deref())?;
        self.emit1(Op::BuildClass, 4).map(|cls| self.push(cls))?;
        for _ in &c.decorator_list {
            let cls = self.pop();
            let deco = self.pop();
            self.push(deco);
            self.push(cls);
            let r = self.emit1(Op::Call { kwnames: None }, 2)?;
            self.push(r);
        }
        self.store_name(name)
    }

    /// Pushes the bases tuple and the keyword dict (or None).
    fn class_bases(&mut self, args: Option<&'m ast::Arguments>) -> Result<()> {
        let (bases, keywords): (&[Expr], &[ast::Keyword]) = match args {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        if bases.iter().any(|b| matches!(b, Expr::Starred(_))) {
            let l = self.emit1(Op::BuildList, 0)?;
            self.push(l);
            for b in bases {
                let acc = *self.temps.last().expect("list");
                self.push(Temp { owned: false, ..acc });
                match b {
                    Expr::Starred(s) => {
                        self.push_expr(&s.value)?;
                        self.emit(Op::ListExtend, 2)?;
                    }
                    _ => {
                        self.push_expr(b)?;
                        self.emit(Op::ListAppend, 2)?;
                    }
                }
            }
            let t = self.emit1(Op::ListToTuple, 1)?;
            self.push(t);
        } else {
            for b in bases {
                self.push_expr(b)?;
            }
            if bases.is_empty() {
                let c = self.prog.constants.add(molt_ir::PooledConst::Tuple(Vec::new()));
                let t = self.constant(Constant::Pooled(c));
                self.push(t);
            } else {
                let t = self.emit1(Op::BuildTuple, bases.len())?;
                self.push(t);
            }
        }
        if keywords.is_empty() {
            let none = self.none();
            self.push(none);
            return Ok(());
        }
        let d = self.emit1(Op::BuildDict, 0)?;
        self.push(d);
        for k in keywords {
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
                    // No callable: errors name `__build_class__`.
                    let none = self.none();
                    self.push(none);
                    self.emit(Op::DictMerge { for_call: true }, 3)?;
                }
            }
        }
        Ok(())
    }

    /// The body of a class: namespace set-up, statements, `__class__` cell.
    pub(crate) fn class_body(&mut self, body: &'m [ast::Stmt], qualname: &str) -> Result<()> {
        let module_name = self.str_const("__name__");
        let m = self.emit1(Op::GlobalGet(module_name), 0)?;
        self.push(m);
        self.store_class_item("__module__")?;
        let q = self.str_const(qualname);
        let q = self.constant(Constant::Pooled(q));
        self.push(q);
        self.store_class_item("__qualname__")?;
        if let Some(doc) = docstring(body) {
            let d = self.str_const(doc);
            let d = self.constant(Constant::Pooled(d));
            self.push(d);
            self.store_class_item("__doc__")?;
        }
        self.setup_annotations(body)?;
        self.body(body)?;
        if !self.is_terminated() {
            let result = match self.place("__class__") {
                Place::Cell { local, free: false } => {
                    let c = self.ins1(Op::CellRef(local), vec![]);
                    Temp { v: c, owned: false, local: None }
                }
                _ => self.none(),
            };
            self.push(result);
            self.emit(Op::Return, 1)?;
        }
        Ok(())
    }

    /// `namespace[key] = top temp`.
    pub(crate) fn store_class_item(&mut self, key: &str) -> Result<()> {
        let value = self.pop();
        let ns = self.namespace()?;
        self.push(ns);
        let k = self.str_const(key);
        let k = self.constant(Constant::Pooled(k));
        self.push(k);
        self.push(value);
        self.emit(Op::SetItem, 3)?;
        Ok(())
    }

    /// The class body's namespace (borrowed).
    pub(crate) fn namespace(&mut self) -> Result<Temp> {
        let Some(&local) = self.locals.get(&(self.scopes[0], NAMESPACE.to_string())) else {
            return Err(crate::diagnostic::Diagnostic::Unsupported {
                feature: "class-level names outside a class body".into(),
                file: self.m.source.path.clone(),
                line: self.line,
            });
        };
        let v = self.ins1(Op::LocalGet { local, checked: false }, vec![]);
        Ok(Temp { v, owned: false, local: Some(local) })
    }

    /// `super()` with no arguments: `super(__class__, <first argument>)`.
    pub(crate) fn zero_arg_super(&mut self, c: &'m ast::ExprCall) -> Result<Option<Temp>> {
        let Expr::Name(n) = &*c.func else { return Ok(None) };
        if n.id.as_str() != "super" || !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return Ok(None);
        }
        if !matches!(self.place("__class__"), Place::Cell { free: true, .. }) || self.func.code.argcount == 0 {
            return Ok(None);
        }
        let first = self.func.code.varnames[0].clone();
        self.push_expr(&c.func)?;
        let class_cell = self.load_name("__class__")?;
        self.push(class_cell);
        let receiver = self.load_name(&first)?;
        self.push(receiver);
        self.line = self.line_of(c.range().start());
        self.emit1(Op::Call { kwnames: None }, 3).map(Some)
    }
}
