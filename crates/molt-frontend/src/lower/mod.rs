//! Lowering: Python AST to Molt IR, one function at a time.
//!
//! The lowering keeps three pieces of state while it walks a function:
//!
//! - **temps**: the expression values computed but not yet consumed (like
//!   CPython's value stack). Each is owned (a new reference that must be
//!   released) or borrowed (a local's value, a constant). Ops pop their
//!   operands from it; an op that raises releases whatever is still on it.
//! - **regions**: the enclosing constructs that need work when control
//!   leaves them: loops (release the iterator), `try` bodies (where
//!   exceptions go), exception handlers (restore `sys.exc_info`, unbind the
//!   `as` name), `finally` bodies (run them). `break`, `continue`, `return`
//!   and exceptions all leave regions through the same actions.
//! - **landing blocks**: every op that can raise gets a block that records
//!   the traceback entry, releases the temps, runs the exit actions of the
//!   regions it leaves, and jumps to the enclosing handler or leaves the
//!   function.
//!
//! Example: `x = f(a) + g()` evaluates `f(a)` (owned temp), then `g()`; if
//! `g` raises, its landing block releases the result of `f(a)`.

mod assign;
mod call;
mod class;
mod comprehension;
mod expr;
mod match_;
mod names;
mod stmt;
mod try_;
mod try_star;
mod with_;
mod yield_;

use std::collections::HashMap;

use molt_abi::layout::{CodeInfo, code_flags};
use molt_ir::builder::Builder;
use molt_ir::{BlockId, ConstId, FuncId, Function, FunctionKind, LocalId, LocalKind, Op, Program, Repr, ValueId};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextSize};

use crate::diagnostic::{Diagnostic, Result};
use crate::graph::ParsedModule;
use crate::scope::{Binding, ScopeId, ScopeKind, SymbolTable};
use crate::source::SourceFile;

/// Lowers every module of a program.
pub fn lower_program(modules: &[ParsedModule]) -> Result<Program> {
    let mut program = Program::default();
    for (index, m) in modules.iter().enumerate() {
        let body = program.functions.push(placeholder());
        program.modules.push(molt_ir::Module {
            name: m.name.clone(),
            file: m.source.path.clone(),
            is_package: m.is_package,
            body,
        });
        let mut ctx = ModuleCtx { index, source: &m.source, symbols: &m.symbols, top_defs: HashMap::new(), def_ids: HashMap::new() };
        for s in &m.ast.body {
            if let Stmt::FunctionDef(f) = s {
                let id = program.functions.push(placeholder());
                ctx.def_ids.insert(f.range, id);
                ctx.top_defs.entry(f.name.to_string()).or_insert(DirectTarget {
                    func: id,
                    argcount: simple_argcount(&f.parameters),
                });
            }
        }
        let code = CodeInfo {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: m.source.path.clone(),
            firstlineno: 1,
            ..CodeInfo::default()
        };
        let func = Function::new(FunctionKind::ModuleBody(index), index, code);
        let mut lower = FnLower::new(&mut program, &ctx, func, SymbolTable::MODULE);
        lower.setup_annotations(&m.ast.body)?;
        lower.body(&m.ast.body)?;
        lower.finish_with_none()?;
        program.functions[body] = lower.func;
    }
    program.main = 0;
    Ok(program)
}

fn placeholder() -> Function {
    Function::new(FunctionKind::Def, 0, CodeInfo::default())
}

/// What a function's lowering needs to know about its module.
pub(crate) struct ModuleCtx<'m> {
    pub index: usize,
    pub source: &'m SourceFile,
    pub symbols: &'m SymbolTable,
    /// Module-level `def`s by name: calls to these names get a guarded
    /// direct call.
    pub top_defs: HashMap<String, DirectTarget>,
    /// Function ids reserved for module-level `def`s, by node.
    pub def_ids: HashMap<ruff_text_size::TextRange, FuncId>,
}

/// A function that can be called directly when a call passes exactly its
/// positional parameters.
#[derive(Copy, Clone, Debug)]
pub(crate) struct DirectTarget {
    pub func: FuncId,
    /// Number of positional parameters; None when the signature has
    /// `*args`, `**kwargs` or keyword-only parameters.
    pub argcount: Option<usize>,
}

/// The positional parameter count of a signature that only has positional
/// parameters.
fn simple_argcount(p: &ast::Parameters) -> Option<usize> {
    (p.vararg.is_none() && p.kwarg.is_none() && p.kwonlyargs.is_empty()).then(|| p.posonlyargs.len() + p.args.len())
}

/// A value on the temp stack.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Temp {
    pub v: ValueId,
    /// Holds a reference that must be released.
    pub owned: bool,
    /// For borrowed reads of a local: the local, so rebinding it first
    /// turns the temp into an owned one.
    pub local: Option<LocalId>,
}

/// A construct enclosing the code being lowered.
#[derive(Clone)]
pub(crate) enum Region<'a> {
    /// A loop; `iter` is the `for` iterator (owned by the region).
    Loop { continue_to: BlockId, break_to: BlockId, iter: Option<ValueId> },
    /// A `try` body whose exceptions go to `handler`.
    TryExcept { handler: BlockId },
    /// A `try` body with a `finally` clause.
    TryFinally { body: &'a [Stmt], exc_handler: BlockId },
    /// Code running while `exc` is handled (an `except` clause or a
    /// `finally` after an exception); `prev` restores `sys.exc_info`.
    Handling { exc: ValueId, prev: ValueId, name: Option<ast::name::Name> },
    /// A `with` body: exceptions go to `exc_handler`; leaving it otherwise
    /// calls `exit` (the bound `__exit__`, owned by the region).
    With { exit: ValueId, exc_handler: BlockId },
    /// The clauses of a `try`/`except*`: `list` collects what the handlers
    /// raise, `rest` is what is left of the exception; both are owned by
    /// the region. `break`/`continue`/`return` may not leave it.
    ExceptStar { list: ValueId, rest: Option<ValueId> },
}

pub(crate) struct FnLower<'p, 'm> {
    pub prog: &'p mut Program,
    pub m: &'p ModuleCtx<'m>,
    pub func: Function,
    pub current: BlockId,
    /// Symbol-table scopes whose names this function owns: the function's
    /// scope, then any comprehension inlined into it (innermost last).
    pub scopes: Vec<ScopeId>,
    pub locals: HashMap<(ScopeId, String), LocalId>,
    pub temps: Vec<Temp>,
    pub regions: Vec<Region<'m>>,
    pub line: u32,
    /// Lowering a class body (names are namespace items; defs get
    /// `Class.name` qualnames).
    pub is_class_body: bool,
}

impl<'p, 'm> FnLower<'p, 'm> {
    pub fn new(prog: &'p mut Program, m: &'p ModuleCtx<'m>, func: Function, scope: ScopeId) -> FnLower<'p, 'm> {
        let current = func.entry;
        FnLower {
            prog,
            m,
            func,
            current,
            scopes: vec![scope],
            locals: HashMap::new(),
            temps: Vec::new(),
            regions: Vec::new(),
            line: 1,
            is_class_body: false,
        }
    }

    // ---- Positions and errors --------------------------------------------

    pub fn line_of(&self, at: TextSize) -> u32 {
        self.m.source.line(at)
    }

    pub fn unsupported<T>(&self, node: &impl Ranged, feature: &str) -> Result<T> {
        Err(Diagnostic::unsupported(self.m.source, node.range().start(), feature))
    }

    pub fn syntax_error<T>(&self, node: &impl Ranged, message: &str) -> Result<T> {
        Err(Diagnostic::syntax(self.m.source, node.range().start(), message))
    }

    pub fn scope_kind(&self) -> ScopeKind {
        self.m.symbols.scopes[self.scopes[0]].kind
    }

    // ---- Blocks ------------------------------------------------------------

    fn builder(&mut self) -> Builder<'_> {
        Builder { func: &mut self.func, current: self.current }
    }

    pub fn new_block(&mut self) -> BlockId {
        self.builder().create_block()
    }

    pub fn switch_to(&mut self, b: BlockId) {
        self.current = b;
    }

    pub fn block_param(&mut self, b: BlockId, repr: Repr) -> ValueId {
        self.builder().add_block_param(b, repr)
    }

    pub fn is_terminated(&self) -> bool {
        self.func.blocks[self.current].terminator().is_some()
    }

    /// Appends an instruction that cannot raise.
    pub fn ins(&mut self, op: Op, args: Vec<ValueId>) -> Vec<ValueId> {
        debug_assert!(!op.info().can_raise, "{} can raise", op.name());
        let line = self.line;
        self.builder().ins(op, args, line, None)
    }

    pub fn ins1(&mut self, op: Op, args: Vec<ValueId>) -> ValueId {
        self.ins(op, args)[0]
    }

    pub fn jump(&mut self, target: BlockId, args: Vec<ValueId>) {
        if !self.is_terminated() {
            self.ins(Op::Jump(target), args);
        }
    }

    pub fn branch(&mut self, cond: ValueId, then_block: BlockId, else_block: BlockId) {
        self.ins(Op::Branch { then_block, else_block }, vec![cond]);
    }

    // ---- Constants -----------------------------------------------------------

    pub fn str_const(&mut self, s: &str) -> ConstId {
        self.prog.constants.str(s)
    }

    pub fn constant(&mut self, c: molt_ir::Constant) -> Temp {
        let v = self.ins1(Op::Const(c), vec![]);
        Temp { v, owned: false, local: None }
    }

    pub fn none(&mut self) -> Temp {
        self.constant(molt_ir::Constant::None)
    }

    // ---- Temps and ops -----------------------------------------------------

    pub fn push(&mut self, t: Temp) {
        self.temps.push(t);
    }

    /// Pops the top temp without releasing it (its reference, if owned,
    /// moves to the caller).
    pub fn pop(&mut self) -> Temp {
        self.temps.pop().expect("temp stack underflow")
    }

    /// Releases a temp that is no longer needed.
    pub fn release(&mut self, t: Temp) {
        if t.owned {
            self.ins(Op::DecRef, vec![t.v]);
        }
    }

    /// Makes a temp owned (increments borrowed values).
    pub fn to_owned(&mut self, t: Temp) -> Temp {
        if !t.owned {
            self.ins(Op::IncRef, vec![t.v]);
        }
        Temp { owned: true, local: None, ..t }
    }

    /// Emits `op` over the top `n` temps (popped), releasing the ones it
    /// does not consume afterwards. Returns the op's results; object
    /// results are owned temps (not pushed).
    pub fn emit(&mut self, op: Op, n: usize) -> Result<Vec<Temp>> {
        let info = op.info();
        let base = self.temps.len() - n;
        // Consumed operands must be owned.
        for i in 0..n {
            if info.consumes.includes(i) && !self.temps[base + i].owned {
                let t = self.temps[base + i];
                self.ins(Op::IncRef, vec![t.v]);
                self.temps[base + i].owned = true;
            }
        }
        let operands: Vec<Temp> = self.temps[base..].to_vec();
        let consumed: Vec<ValueId> =
            operands.iter().enumerate().filter(|(i, _)| info.consumes.includes(*i)).map(|(_, t)| t.v).collect();
        let unwind = if info.can_raise { Some(self.landing(!matches!(op, Op::Restore | Op::Reraise), &consumed)) } else { None };
        let line = self.line;
        let results = self.builder().ins(op.clone(), operands.iter().map(|t| t.v).collect(), line, unwind);
        self.temps.truncate(base);
        for (i, t) in operands.iter().enumerate() {
            if !info.consumes.includes(i) {
                self.release(*t);
            }
        }
        let reprs = op.result_reprs();
        Ok(results
            .into_iter()
            .zip(reprs)
            .map(|(v, r)| Temp { v, owned: r == Repr::Obj && !info.borrowed_result, local: None })
            .collect())
    }

    /// [`FnLower::emit`] for ops with one result.
    pub fn emit1(&mut self, op: Op, n: usize) -> Result<Temp> {
        Ok(self.emit(op, n)?.remove(0))
    }

    /// Emits an op that always raises and leaves the current block dead.
    pub fn emit_raise(&mut self, op: Op, n: usize) -> Result<()> {
        self.emit(op, n)?;
        // Control never continues: close the block; anything after the
        // statement goes to a fresh, unreachable block.
        self.ins(Op::Propagate, vec![]);
        Ok(())
    }

    /// Builds the landing block for an op raising here: traceback entry,
    /// release of live temps (except `skip`), region exit actions up to the
    /// nearest handler.
    pub fn landing(&mut self, record_traceback: bool, skip: &[ValueId]) -> BlockId {
        let saved = self.current;
        let pad = self.new_block();
        self.switch_to(pad);
        if record_traceback {
            let line = self.line;
            self.ins(Op::TracebackAdd { line }, vec![]);
        }
        let temps: Vec<Temp> = self.temps.iter().rev().copied().collect();
        for t in temps {
            if t.owned && !skip.contains(&t.v) {
                self.ins(Op::DecRef, vec![t.v]);
            }
        }
        let regions: Vec<Region> = self.regions.iter().rev().cloned().collect();
        let mut target = None;
        for r in regions {
            match r {
                Region::Loop { iter: Some(it), .. } => {
                    self.ins(Op::DecRef, vec![it]);
                }
                Region::Loop { iter: None, .. } => {}
                Region::Handling { exc, prev, name } => self.leave_handling(exc, prev, name.as_ref()),
                Region::ExceptStar { list, rest } => self.leave_except_star(list, rest),
                Region::TryExcept { handler } => {
                    target = Some(handler);
                    break;
                }
                Region::TryFinally { exc_handler, .. } | Region::With { exc_handler, .. } => {
                    target = Some(exc_handler);
                    break;
                }
            }
        }
        match target {
            Some(t) => self.jump(t, vec![]),
            None => {
                self.ins(Op::Propagate, vec![]);
            }
        }
        self.switch_to(saved);
        pad
    }

    /// Exit actions of a handling region: unbind the `as` name, restore
    /// the previously handled exception, release the exception.
    fn leave_handling(&mut self, exc: ValueId, prev: ValueId, name: Option<&ast::name::Name>) {
        if let Some(n) = name {
            self.clear_name(n.as_str());
        }
        self.ins(Op::PopHandled, vec![prev]);
        self.ins(Op::DecRef, vec![exc]);
    }

    /// Exit actions of the clauses of a `try`/`except*`: release the list
    /// and what is left of the exception.
    fn leave_except_star(&mut self, list: ValueId, rest: Option<ValueId>) {
        if let Some(rest) = rest {
            self.ins(Op::DecRef, vec![rest]);
        }
        self.ins(Op::DecRef, vec![list]);
    }

    /// Runs the exit actions of regions above `depth` (innermost first), as
    /// `break`/`continue`/`return` do before jumping out of them.
    pub fn exit_regions(&mut self, depth: usize) -> Result<()> {
        let saved = self.regions.clone();
        while self.regions.len() > depth {
            let r = self.regions.pop().expect("region");
            match r {
                Region::Loop { iter: Some(it), .. } => {
                    self.ins(Op::DecRef, vec![it]);
                }
                Region::Loop { iter: None, .. } | Region::TryExcept { .. } => {}
                Region::Handling { exc, prev, name } => {
                    if let Some(n) = &name {
                        self.own_reads_of_name(n.as_str());
                    }
                    self.leave_handling(exc, prev, name.as_ref());
                }
                Region::ExceptStar { list, rest } => self.leave_except_star(list, rest),
                Region::TryFinally { body, .. } => {
                    self.body(body)?;
                    if self.is_terminated() {
                        break;
                    }
                }
                Region::With { exit, .. } => self.call_exit(exit)?,
            }
        }
        self.regions = saved;
        Ok(())
    }

    // ---- Function bodies -------------------------------------------------

    /// Lowers a statement list.
    pub fn body(&mut self, stmts: &'m [Stmt]) -> Result<()> {
        for s in stmts {
            if self.is_terminated() {
                // Unreachable code after return/raise/break: still checked
                // for errors, lowered into a dead block.
                let dead = self.new_block();
                self.switch_to(dead);
            }
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Ends the function with `return None` if control can reach the end.
    pub fn finish_with_none(&mut self) -> Result<()> {
        if !self.is_terminated() {
            let none = self.none();
            self.push(none);
            self.emit(Op::Return, 1)?;
        }
        self.seal_dead_blocks();
        Ok(())
    }

    /// Gives blocks that were created but never finished a terminator (they
    /// are unreachable).
    fn seal_dead_blocks(&mut self) {
        let open: Vec<BlockId> =
            self.func.blocks.iter().filter(|(_, b)| b.terminator().is_none()).map(|(id, _)| id).collect();
        for b in open {
            self.switch_to(b);
            self.ins(Op::Propagate, vec![]);
        }
    }

    /// Creates the locals of the function's own scope that need set-up on
    /// entry: parameters, cells, free variables.
    pub fn declare_locals(&mut self, params: &[String]) {
        let scope = self.scopes[0];
        for (i, p) in params.iter().enumerate() {
            let id = self.func.locals.push(molt_ir::Local { name: p.clone(), kind: LocalKind::Param(i as u32) });
            self.locals.insert((scope, p.clone()), id);
        }
        let frees = self.m.symbols.scopes[scope].free_vars();
        let cells = self.m.symbols.scopes[scope].cell_vars();
        for (index, name) in frees.into_iter().enumerate() {
            let id = self.func.locals.push(molt_ir::Local { name: name.clone(), kind: LocalKind::Free(index as u32) });
            self.locals.insert((scope, name), id);
        }
        for name in cells {
            let param = self.locals.get(&(scope, name.clone())).copied();
            let id = self.func.locals.push(molt_ir::Local { name: name.clone(), kind: LocalKind::Cell });
            // Cells start empty, or hold the parameter's value.
            let init: Vec<ValueId> = match param {
                Some(p) => vec![self.ins1(Op::LocalGet { local: p, checked: false }, vec![])],
                None => vec![],
            };
            let cell = self.ins1(Op::CellNew, init);
            self.ins(Op::LocalSet(id), vec![cell]);
            self.locals.insert((scope, name), id);
        }
    }

}

/// Builds the `CodeInfo` of a `def` or `lambda` from its parameters.
/// Parameter names are mangled with `private`, the enclosing class.
pub(crate) fn code_info(
    name: &str,
    qualname: &str,
    file: &str,
    line: u32,
    params: Option<&ast::Parameters>,
    private: Option<&str>,
) -> (CodeInfo, Vec<String>) {
    let param = |n: &str| crate::scope::mangle(private, n).into_owned();
    let mut names = Vec::new();
    let mut info = CodeInfo {
        name: name.into(),
        qualname: qualname.into(),
        filename: file.into(),
        firstlineno: line,
        ..CodeInfo::default()
    };
    if let Some(p) = params {
        for a in p.posonlyargs.iter().chain(&p.args) {
            names.push(param(&a.parameter.name));
        }
        info.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        info.posonlyargcount = p.posonlyargs.len() as u32;
        for a in &p.kwonlyargs {
            names.push(param(&a.parameter.name));
        }
        info.kwonlyargcount = p.kwonlyargs.len() as u32;
        if let Some(v) = &p.vararg {
            names.push(param(&v.name));
            info.flags |= code_flags::VARARGS;
        }
        if let Some(k) = &p.kwarg {
            names.push(param(&k.name));
            info.flags |= code_flags::VARKEYWORDS;
        }
    }
    info.varnames = names.clone();
    (info, names)
}

/// Lowers the body of a nested function into its own IR function.
pub(crate) fn lower_function<'m>(
    prog: &mut Program,
    m: &ModuleCtx<'m>,
    scope: ScopeId,
    mut info: CodeInfo,
    params: Vec<String>,
    body: FunctionBody<'m>,
    reserved: Option<FuncId>,
) -> Result<FuncId> {
    let id = reserved.unwrap_or_else(|| prog.functions.push(placeholder()));
    // Introspection data (`co_varnames`, `co_cellvars`, `co_freevars`).
    let symbols = &m.symbols.scopes[scope];
    info.localnames = symbols
        .symbols
        .iter()
        .filter(|s| s.binding == Binding::Local && !info.varnames.contains(&s.name))
        .map(|s| s.name.clone())
        .collect();
    info.cellvars = symbols.cell_vars();
    info.freevars = symbols.free_vars();
    if symbols.is_function_like() {
        info.flags |= code_flags::OPTIMIZED | code_flags::NEWLOCALS;
    }
    if m.symbols.is_nested(scope) {
        info.flags |= code_flags::NESTED;
    }
    if symbols.is_generator {
        info.flags |= code_flags::GENERATOR;
    }
    let func = Function::new(FunctionKind::Def, m.index, info);
    let mut lower = FnLower::new(prog, m, func, scope);
    lower.func.is_generator = m.symbols.scopes[scope].is_generator;
    lower.declare_locals(&params);
    match body {
        FunctionBody::Statements(stmts) => {
            // SAFETY of lifetimes: the AST outlives the lowering.
            lower.body(stmts)?;
            lower.finish_with_none()?;
        }
        FunctionBody::Expression(e) => {
            lower.line = lower.line_of(e.range().start());
            let v = lower.expr(e)?;
            lower.push(v);
            lower.emit(Op::Return, 1)?;
            lower.finish_with_none()?;
        }
        FunctionBody::GeneratorExpression(g) => {
            lower.generator_expression_body(g)?;
            lower.finish_with_none()?;
        }
        FunctionBody::Class { body, qualname } => {
            lower.is_class_body = true;
            lower.class_body(body, qualname)?;
            lower.finish_with_none()?;
        }
    }
    let func = lower.func;
    prog.functions[id] = func;
    Ok(id)
}

/// The body of a function to lower.
pub(crate) enum FunctionBody<'a> {
    Statements(&'a [Stmt]),
    Expression(&'a ast::Expr),
    /// A class body, run with the namespace as its parameter.
    Class { body: &'a [Stmt], qualname: &'a str },
    /// A generator expression, over its first iterator (the parameter).
    GeneratorExpression(&'a ast::ExprGenerator),
}
