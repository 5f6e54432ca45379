//! Symbol tables: which scope each name belongs to, following CPython's
//! rules.
//!
//! Scopes are the module, each function and lambda, each class body and
//! each comprehension. A name bound anywhere in a function (assignment,
//! parameter, import, `def`, `for` target, `except ... as`, `del`) is local
//! to it unless declared `global` or `nonlocal`; a name only used is free
//! if an enclosing *function* binds it, else global. Class bodies do not
//! enclose the functions defined in them: a method reading a name the class
//! also binds gets the enclosing function's variable, which the class body
//! forwards in its closure. A local that a nested scope reads becomes a
//! cell. A walrus inside a comprehension binds in the nearest enclosing
//! function or module. Comprehensions are separate scopes (their targets do not
//! leak), but the lowering inlines them into their host function, as
//! CPython 3.12 does (PEP 709).
//!
//! Example: in
//! ```python
//! def outer():
//!     n = 0
//!     def inc():
//!         nonlocal n
//!         n += 1
//!     return inc
//! ```
//! `n` is a cell of `outer` and free in `inc`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{TextRange, TextSize};

use crate::diagnostic::{Diagnostic, Result};
use crate::source::SourceFile;

pub type ScopeId = usize;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// Where a name lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A fast local of a function (or a comprehension variable).
    Local,
    /// A local shared with nested functions through a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// A module global (explicitly declared, or implicit).
    Global,
    /// A name in a class body's namespace (read falls back to globals).
    ClassNamespace,
}

pub mod flags {
    pub const ASSIGNED: u16 = 1;
    pub const PARAM: u16 = 2;
    pub const USED: u16 = 4;
    pub const GLOBAL: u16 = 8;
    pub const NONLOCAL: u16 = 16;
    pub const IMPORTED: u16 = 32;
    /// A class binds the name in its namespace, yet a function nested in
    /// the class reads the enclosing function's variable of that name:
    /// the class body forwards that cell in its own closure (CPython's
    /// `DEF_FREE_CLASS`).
    pub const FREE_CLASS: u16 = 64;
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u16,
    pub binding: Binding,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Symbols in first-seen order.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    pub is_generator: bool,
    /// The innermost enclosing class's name (this scope's own, for a
    /// class): private names are mangled with it.
    pub private: Option<String>,
    /// Names declared `global` or `nonlocal`, with where, for ordering
    /// errors.
    declared_at: HashMap<String, TextSize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: String, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            parent,
            children: Vec::new(),
            symbols: Vec::new(),
            index: HashMap::new(),
            is_generator: false,
            private: None,
            declared_at: HashMap::new(),
        }
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn symbol_mut(&mut self, name: &str) -> &mut Symbol {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.symbols.push(Symbol { name: name.to_string(), flags: 0, binding: Binding::Global });
                self.index.insert(name.to_string(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[i]
    }

    /// The binding of `name` as seen from this scope.
    pub fn binding(&self, name: &str) -> Binding {
        self.symbol(name).map_or(
            if self.kind == ScopeKind::Class { Binding::ClassNamespace } else { Binding::Global },
            |s| s.binding,
        )
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }

    /// The variables this scope takes from its closure, sorted by name as
    /// CPython orders `co_freevars` (and so `__closure__`).
    pub fn free_vars(&self) -> Vec<String> {
        self.sorted_names(|s| s.binding == Binding::Free || s.flags & flags::FREE_CLASS != 0)
    }

    /// The locals this scope shares with nested scopes through cells,
    /// sorted by name as CPython orders `co_cellvars`.
    pub fn cell_vars(&self) -> Vec<String> {
        self.sorted_names(|s| s.binding == Binding::Cell)
    }

    fn sorted_names(&self, keep: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self.symbols.iter().filter(|s| keep(s)).map(|s| s.name.clone()).collect();
        names.sort();
        names
    }
}

/// All scopes of one module, found by the range of the node that opens them.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<TextRange, ScopeId>,
}

impl SymbolTable {
    pub const MODULE: ScopeId = 0;

    /// Whether scope `id` is inside a function (CPython's `CO_NESTED`).
    pub fn is_nested(&self, id: ScopeId) -> bool {
        let mut s = self.scopes[id].parent;
        while let Some(p) = s {
            if self.scopes[p].is_function_like() {
                return true;
            }
            s = self.scopes[p].parent;
        }
        false
    }

    /// The scope opened by the node at `range` (def, lambda, class,
    /// comprehension).
    pub fn scope_of(&self, range: TextRange) -> Option<ScopeId> {
        self.by_node.get(&range).copied()
    }
}

/// Private-name mangling, as CPython's `_Py_Mangle`: inside a class, an
/// identifier with two leading underscores that is not a dunder (and not
/// dotted) becomes `_Class__name`, the class name stripped of leading
/// underscores.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(class) = private else { return Cow::Borrowed(name) };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Builds and resolves the symbol table of a module.
pub fn analyze(module: &ast::ModModule, source: &SourceFile) -> Result<SymbolTable> {
    let mut b = ScopeBuilder {
        table: SymbolTable { scopes: vec![Scope::new(ScopeKind::Module, "<module>".into(), None)], by_node: HashMap::new() },
        current: SymbolTable::MODULE,
        source,
        error: None,
    };
    for stmt in &module.body {
        b.visit_stmt(stmt);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = b.table;
    resolve(&mut table, SymbolTable::MODULE, &HashSet::new(), source)?;
    Ok(table)
}

struct ScopeBuilder<'s> {
    table: SymbolTable,
    current: ScopeId,
    source: &'s SourceFile,
    error: Option<Diagnostic>,
}

impl ScopeBuilder<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.current]
    }

    fn fail(&mut self, at: TextSize, message: String) {
        if self.error.is_none() {
            self.error = Some(Diagnostic::syntax(self.source, at, message));
        }
    }

    fn add(&mut self, name: &str, flag: u16, at: TextSize) {
        let name = &*mangle(self.scope().private.as_deref(), name).into_owned();
        let is_decl = flag & (flags::GLOBAL | flags::NONLOCAL) != 0;
        let scope = self.scope();
        let existing = scope.symbol(name).map_or(0, |s| s.flags);
        if is_decl {
            let what = if flag == flags::GLOBAL { "global" } else { "nonlocal" };
            if existing & flags::PARAM != 0 {
                self.fail(at, format!("name '{name}' is parameter and {what}"));
            } else if existing & (flags::GLOBAL | flags::NONLOCAL) != 0 && existing & flag == 0 {
                self.fail(at, format!("name '{name}' is nonlocal and global"));
            } else if existing & flags::USED != 0 {
                self.fail(at, format!("name '{name}' is used prior to {what} declaration"));
            } else if existing & (flags::ASSIGNED | flags::IMPORTED) != 0 {
                self.fail(at, format!("name '{name}' is assigned to before {what} declaration"));
            }
            self.scope().declared_at.insert(name.to_string(), at);
        }
        self.scope().symbol_mut(name).flags |= flag;
    }

    fn enter(&mut self, kind: ScopeKind, name: String, range: TextRange) -> ScopeId {
        let id = self.table.scopes.len();
        let private = if kind == ScopeKind::Class { Some(name.clone()) } else { self.scope().private.clone() };
        let mut scope = Scope::new(kind, name, Some(self.current));
        scope.private = private;
        self.table.scopes.push(scope);
        self.table.scopes[self.current].children.push(id);
        self.table.by_node.insert(range, id);
        let parent = self.current;
        self.current = id;
        parent
    }

    fn add_parameters(&mut self, params: &ast::Parameters) {
        for p in params.iter() {
            let param = p.as_parameter();
            self.add(param.name.as_str(), flags::PARAM | flags::ASSIGNED, param.range.start());
        }
    }

    /// Visits comprehension generators: the first iterable in the
    /// enclosing scope, everything else in the comprehension's own scope.
    fn comprehension(&mut self, range: TextRange, generators: &[ast::Comprehension], elts: &[&Expr], name: &str) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let parent = self.enter(ScopeKind::Comprehension, name.to_string(), range);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.current = parent;
    }

    /// The scope a walrus binds in: the nearest enclosing scope that is not
    /// a comprehension.
    fn walrus_scope(&self) -> ScopeId {
        let mut s = self.current;
        while self.table.scopes[s].kind == ScopeKind::Comprehension {
            match self.table.scopes[s].parent {
                Some(p) => s = p,
                None => break,
            }
        }
        s
    }

    /// Binds a walrus target. Inside comprehensions the name belongs to
    /// the nearest enclosing non-comprehension scope, and each
    /// comprehension in between refers to it as CPython's symtable does:
    /// as a global when that scope is the module or declares it `global`,
    /// else as a nonlocal (so a generator expression closes over it).
    fn walrus_target(&mut self, target: &ast::ExprName) {
        let mangled = mangle(self.scope().private.as_deref(), target.id.as_str()).into_owned();
        let name = mangled.as_str();
        let owner = self.walrus_scope();
        if owner != self.current {
            let owner_scope = &self.table.scopes[owner];
            if owner_scope.kind == ScopeKind::Class {
                self.fail(
                    target.range.start(),
                    "assignment expression within a comprehension cannot be used in a class body".into(),
                );
                return;
            }
            let global = owner_scope.kind == ScopeKind::Module
                || owner_scope.symbol(name).is_some_and(|s| s.flags & flags::GLOBAL != 0);
            let flag = if global { flags::GLOBAL } else { flags::NONLOCAL };
            let mut s = self.current;
            while s != owner {
                self.table.scopes[s].symbol_mut(name).flags |= flag;
                s = self.table.scopes[s].parent.expect("a comprehension has a parent");
            }
        }
        let saved = std::mem::replace(&mut self.current, owner);
        self.add(name, flags::ASSIGNED, target.range.start());
        self.current = saved;
    }
}

impl<'a> Visitor<'a> for ScopeBuilder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        self.visit_expr(d);
                    }
                }
                self.add(f.name.as_str(), flags::ASSIGNED, f.name.range.start());
                let parent = self.enter(ScopeKind::Function, f.name.to_string(), f.range);
                self.add_parameters(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.current = parent;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.add(c.name.as_str(), flags::ASSIGNED, c.name.range.start());
                let parent = self.enter(ScopeKind::Class, c.name.to_string(), c.range);
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.current = parent;
            }
            Stmt::Global(g) => {
                if self.scope().kind == ScopeKind::Module {
                    // `global` at module level is allowed and a no-op.
                    return;
                }
                for n in &g.names {
                    self.add(n.as_str(), flags::GLOBAL, n.range.start());
                }
            }
            Stmt::Nonlocal(n) => {
                if self.scope().kind == ScopeKind::Module {
                    self.fail(n.range.start(), "nonlocal declaration not allowed at module level".into());
                    return;
                }
                for name in &n.names {
                    self.add(name.as_str(), flags::NONLOCAL, name.range.start());
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let bound = match &alias.asname {
                        Some(a) => a.to_string(),
                        None => alias.name.split('.').next().unwrap_or_default().to_string(),
                    };
                    self.add(&bound, flags::IMPORTED | flags::ASSIGNED, alias.range.start());
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(bound.as_str(), flags::IMPORTED | flags::ASSIGNED, alias.range.start());
                }
            }
            Stmt::Try(t) => {
                for s in &t.body {
                    self.visit_stmt(s);
                }
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.add(name.as_str(), flags::ASSIGNED, name.range.start());
                    }
                    for s in &h.body {
                        self.visit_stmt(s);
                    }
                }
                for s in t.orelse.iter().chain(&t.finalbody) {
                    self.visit_stmt(s);
                }
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                for case in &m.cases {
                    self.visit_pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.visit_expr(g);
                    }
                    for s in &case.body {
                        self.visit_stmt(s);
                    }
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        match pattern {
            ast::Pattern::MatchAs(p) => {
                if let Some(name) = &p.name {
                    self.add(name.as_str(), flags::ASSIGNED, name.range.start());
                }
            }
            ast::Pattern::MatchStar(p) => {
                if let Some(name) = &p.name {
                    self.add(name.as_str(), flags::ASSIGNED, name.range.start());
                }
            }
            ast::Pattern::MatchMapping(p) => {
                if let Some(name) = &p.rest {
                    self.add(name.as_str(), flags::ASSIGNED, name.range.start());
                }
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let flag = match n.ctx {
                    ExprContext::Load => flags::USED,
                    _ => flags::ASSIGNED,
                };
                self.add(n.id.as_str(), flag, n.range.start());
                // `super()` needs the implicit `__class__` cell of the
                // enclosing class, as in CPython.
                if n.id.as_str() == "super" && n.ctx == ExprContext::Load && self.scope().is_function_like() {
                    self.add("__class__", flags::USED, n.range.start());
                }
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(target) = &*n.target {
                    self.walrus_target(target);
                }
            }
            Expr::Lambda(l) => {
                if let Some(params) = &l.parameters {
                    for p in params.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                }
                let parent = self.enter(ScopeKind::Lambda, "<lambda>".into(), l.range);
                if let Some(params) = &l.parameters {
                    self.add_parameters(params);
                }
                self.visit_expr(&l.body);
                self.current = parent;
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], "<listcomp>"),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], "<setcomp>"),
            Expr::Generator(c) => {
                self.comprehension(c.range, &c.generators, &[&c.elt], "<genexpr>");
                if let Some(&id) = self.table.by_node.get(&c.range) {
                    self.table.scopes[id].is_generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, &c.generators, &elts, "<dictcomp>")
            }
            Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => {
                self.scope().is_generator = true;
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Resolves bindings of scope `id` given the names bound as locals by
/// enclosing functions; returns the names `id` needs from outside, each
/// with whether it must be shared through a cell (an inlined
/// comprehension reads its host's locals directly).
fn resolve(
    table: &mut SymbolTable,
    id: ScopeId,
    enclosing: &HashSet<String>,
    source: &SourceFile,
) -> Result<HashMap<String, bool>> {
    let kind = table.scopes[id].kind;
    // Inlined comprehensions read their host's locals directly; generator
    // expressions are separate functions and need cells.
    let direct_needs_cell = kind != ScopeKind::Comprehension || table.scopes[id].is_generator;
    let mut free: HashMap<String, bool> = HashMap::new();
    let mut bound_here: HashSet<String> = HashSet::new();
    let declared_at = table.scopes[id].declared_at.clone();
    for sym in &mut table.scopes[id].symbols {
        let f = sym.flags;
        sym.binding = if f & flags::GLOBAL != 0 {
            Binding::Global
        } else if f & flags::NONLOCAL != 0 {
            if !enclosing.contains(&sym.name) {
                let at = declared_at.get(&sym.name).copied().unwrap_or_default();
                return Err(Diagnostic::syntax(source, at, format!("no binding for nonlocal '{}' found", sym.name)));
            }
            free.insert(sym.name.clone(), direct_needs_cell);
            Binding::Free
        } else if f & (flags::ASSIGNED | flags::PARAM | flags::IMPORTED) != 0 {
            match kind {
                ScopeKind::Module => Binding::Global,
                ScopeKind::Class => Binding::ClassNamespace,
                _ => {
                    bound_here.insert(sym.name.clone());
                    Binding::Local
                }
            }
        } else if enclosing.contains(&sym.name) {
            free.insert(sym.name.clone(), direct_needs_cell);
            Binding::Free
        } else if kind == ScopeKind::Class {
            Binding::ClassNamespace
        } else {
            Binding::Global
        };
    }
    // Names visible as locals of enclosing functions for our children.
    let mut child_enclosing = enclosing.clone();
    match kind {
        ScopeKind::Module => child_enclosing.clear(),
        // Methods see the implicit `__class__` cell of their class.
        ScopeKind::Class => {
            child_enclosing.insert("__class__".to_string());
        }
        _ => {
            for n in &bound_here {
                child_enclosing.insert(n.clone());
            }
            // A nonlocal name is still an enclosing binding for children.
        }
    }
    // A name a function declares `global` is global for its nested scopes
    // too, even when an outer function binds it. (A class's declarations
    // do not reach its methods, as the class namespace does not.)
    if kind != ScopeKind::Class {
        for sym in &table.scopes[id].symbols {
            if sym.flags & flags::GLOBAL != 0 {
                child_enclosing.remove(&sym.name);
            }
        }
    }
    let children = table.scopes[id].children.clone();
    for child in children {
        let child_free = resolve(table, child, &child_enclosing, source)?;
        for (name, needs_cell) in child_free {
            let scope = &mut table.scopes[id];
            if kind == ScopeKind::Class && name == "__class__" {
                scope.symbol_mut(&name).binding = Binding::Cell;
                continue;
            }
            // What we take from outside reaches us through a cell unless we
            // are inlined into our host.
            let outer_needs_cell = needs_cell || direct_needs_cell;
            match scope.index.get(&name).map(|&i| scope.symbols[i].binding) {
                Some(Binding::Local) if !needs_cell => {}
                Some(Binding::Local) => {
                    let i = scope.index[&name];
                    scope.symbols[i].binding = Binding::Cell;
                }
                Some(Binding::Cell) => {}
                Some(Binding::Free) => {
                    *free.entry(name).or_insert(false) |= outer_needs_cell;
                }
                Some(_) if kind == ScopeKind::Class => {
                    // The class binds the name itself: forward the outer
                    // variable without changing what the body sees.
                    scope.symbol_mut(&name).flags |= flags::FREE_CLASS;
                    free.insert(name, true);
                }
                _ => {
                    // Pass-through: we need it from our own enclosing scope.
                    let sym = scope.symbol_mut(&name);
                    sym.binding = Binding::Free;
                    let entry = free.entry(name).or_insert(false);
                    *entry |= outer_needs_cell;
                }
            }
        }
    }
    Ok(free)
}
