//! Reading, binding and deleting names, by where the symbol table says
//! they live.

use molt_ir::{LocalId, LocalKind, Op};

use super::{FnLower, Temp};
use crate::diagnostic::Result;
use crate::scope::{Binding, ScopeKind};

/// Where a name is stored, from the current code's point of view.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Place {
    Local(LocalId),
    /// A cell or free variable: the local holds the cell.
    Cell { local: LocalId, free: bool },
    Global,
    /// A class body's namespace.
    ClassNamespace,
}

impl<'m> FnLower<'_, 'm> {
    /// The name the program means by identifier `name` here: private
    /// names are mangled inside classes (idempotent).
    pub fn mangled<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        crate::scope::mangle(self.private(), name)
    }

    /// The class private names are mangled with here.
    pub fn private(&self) -> Option<&'m str> {
        self.m.symbols.scopes[self.scopes[0]].private.as_deref()
    }

    /// Resolves `name` through the inlined comprehension scopes to the
    /// function's own scope.
    pub fn place(&mut self, name: &str) -> Place {
        let name = &*self.mangled(name).into_owned();
        for depth in (0..self.scopes.len()).rev() {
            let sid = self.scopes[depth];
            let scope = &self.m.symbols.scopes[sid];
            let binding = scope.binding(name);
            let inlined = scope.kind == ScopeKind::Comprehension && depth > 0;
            match binding {
                Binding::Free if inlined => continue,
                Binding::Global => return Place::Global,
                Binding::ClassNamespace => return Place::ClassNamespace,
                Binding::Local => return Place::Local(self.local(sid, name, LocalKind::Plain)),
                Binding::Cell => {
                    let local = self.local(sid, name, LocalKind::Cell);
                    return Place::Cell { local, free: false };
                }
                Binding::Free => {
                    let local = self.local(sid, name, LocalKind::Plain);
                    return Place::Cell { local, free: true };
                }
            }
        }
        Place::Global
    }

    /// The local for `name` in scope `sid`, created on first use.
    fn local(&mut self, sid: usize, name: &str, kind: LocalKind) -> LocalId {
        if let Some(&id) = self.locals.get(&(sid, name.to_string())) {
            return id;
        }
        let id = self.func.locals.push(molt_ir::Local { name: name.to_string(), kind });
        self.locals.insert((sid, name.to_string()), id);
        if kind == LocalKind::Cell {
            // Cells of inlined comprehensions are created where the
            // comprehension starts (the function's own cells on entry).
            let cell = self.ins1(Op::CellNew, vec![]);
            self.ins(Op::LocalSet(id), vec![cell]);
        }
        id
    }

    /// Whether a local can be unbound when read (parameters never are).
    fn may_be_unbound(&self, local: LocalId) -> bool {
        !matches!(self.func.locals[local].kind, LocalKind::Param(_))
    }

    /// Reads a name.
    pub fn load_name(&mut self, name: &str) -> Result<Temp> {
        let name = &*self.mangled(name).into_owned();
        match self.place(name) {
            Place::Local(local) => {
                let checked = self.may_be_unbound(local);
                let op = Op::LocalGet { local, checked };
                let t = if checked { self.emit1(op, 0)? } else { Temp { v: self.ins1(op, vec![]), owned: false, local: None } };
                Ok(Temp { owned: false, local: Some(local), ..t })
            }
            Place::Cell { local, free } => self.emit1(Op::CellGet { local, free }, 0),
            Place::Global => {
                let c = self.str_const(name);
                self.emit1(Op::GlobalGet(c), 0)
            }
            Place::ClassNamespace => {
                let ns = self.namespace()?;
                self.push(ns);
                let c = self.str_const(name);
                self.emit1(Op::ClassLookup(c), 1)
            }
        }
    }

    /// Binds a name to the top temp (popped and consumed).
    pub fn store_name(&mut self, name: &str) -> Result<()> {
        let name = &*self.mangled(name).into_owned();
        match self.place(name) {
            Place::Local(local) => {
                self.own_reads_of(local);
                self.emit(Op::LocalSet(local), 1)?;
            }
            Place::Cell { local, .. } => {
                self.emit(Op::CellSet(local), 1)?;
            }
            Place::Global => {
                let c = self.str_const(name);
                self.emit(Op::GlobalSet(c), 1)?;
            }
            Place::ClassNamespace => self.store_class_item(name)?,
        }
        Ok(())
    }

    /// `del name`.
    pub fn delete_name(&mut self, name: &str) -> Result<()> {
        let name = &*self.mangled(name).into_owned();
        match self.place(name) {
            Place::Local(local) => {
                self.emit(Op::LocalDel(local), 0)?;
            }
            Place::Cell { local, free } => {
                self.emit(Op::CellDel { local, free }, 0)?;
            }
            Place::Global => {
                let c = self.str_const(name);
                self.emit(Op::GlobalDel(c), 0)?;
            }
            Place::ClassNamespace => {
                let ns = self.namespace()?;
                self.push(ns);
                let c = self.str_const(name);
                let k = self.constant(molt_ir::Constant::Pooled(c));
                self.push(k);
                self.emit(Op::DelItem, 2)?;
            }
        }
        Ok(())
    }

    /// A borrowed read of local `name` still on the stack must survive its
    /// unbinding (`return e` out of `except ... as e`).
    pub fn own_reads_of_name(&mut self, name: &str) {
        let name = &*self.mangled(name).into_owned();
        if let Place::Local(local) = self.place(name) {
            self.own_reads_of(local);
        }
    }

    /// A borrowed read of `local` still on the stack must survive its
    /// rebinding.
    fn own_reads_of(&mut self, local: LocalId) {
        for i in 0..self.temps.len() {
            let t = self.temps[i];
            if !t.owned && t.local == Some(local) {
                self.ins(Op::IncRef, vec![t.v]);
                self.temps[i].owned = true;
                self.temps[i].local = None;
            }
        }
    }

    /// Unbinds a name without failing (end of `except ... as name`, which
    /// CPython compiles as `name = None; del name`).
    pub fn clear_name(&mut self, name: &str) {
        let name = &*self.mangled(name).into_owned();
        match self.place(name) {
            Place::Local(local) => {
                self.ins(Op::LocalClear(local), vec![]);
            }
            Place::Cell { local, .. } => {
                let none = self.ins1(Op::Const(molt_ir::Constant::None), vec![]);
                self.ins(Op::CellSet(local), vec![none]);
            }
            // Globals are unbound by the normal exit path of the handler,
            // which may raise; an exception leaving the handler keeps the
            // global bound (see docs/divergences.md).
            Place::Global | Place::ClassNamespace => {}
        }
    }
}
