//! Text form of the IR, for `molt build --emit-ir` and for tests.

use std::fmt::Write;

use crate::entity::EntityRef;
use crate::function::{Function, LocalKind};
use crate::op::{Constant, Op};
use crate::program::{PooledConst, Program};

/// Prints a whole program.
pub fn print_program(p: &Program) -> String {
    let mut out = String::new();
    for (id, c) in p.constants.entries.iter() {
        let _ = writeln!(out, "{id} = {}", pooled(c));
    }
    for (i, m) in p.modules.iter().enumerate() {
        let _ = writeln!(out, "module {i} {:?} file={:?} body={}{}", m.name, m.file, m.body, if m.is_package { " package" } else { "" });
    }
    for (id, f) in p.functions.iter() {
        out.push('\n');
        let _ = write!(out, "function {id} ");
        out.push_str(&print_function(f));
    }
    out
}

fn pooled(c: &PooledConst) -> String {
    match c {
        PooledConst::Str(s) => format!("str {s:?}"),
        PooledConst::Int(s) => format!("int {s}"),
        PooledConst::Bytes(b) => format!("bytes {b:?}"),
        PooledConst::Complex { real, imag } => {
            format!("complex ({:?}, {:?})", f64::from_bits(*real), f64::from_bits(*imag))
        }
        PooledConst::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant).collect();
            format!("tuple ({})", parts.join(", "))
        }
    }
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "...".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Pooled(id) => id.to_string(),
    }
}

/// Prints one function.
pub fn print_function(f: &Function) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{:?} (module {}, line {})", f.code.qualname, f.module, f.code.firstlineno);
    for (id, l) in f.locals.iter() {
        let kind = match l.kind {
            LocalKind::Plain => String::new(),
            LocalKind::Param(i) => format!(" param {i}"),
            LocalKind::Cell => " cell".into(),
            LocalKind::Free(i) => format!(" free {i}"),
        };
        let _ = writeln!(out, "  local {id} {:?}{kind}", l.name);
    }
    for (bid, b) in f.blocks.iter() {
        let params: Vec<String> = b.params.iter().map(|v| v.to_string()).collect();
        let _ = writeln!(out, "{bid}({}):", params.join(", "));
        for inst in &b.insts {
            out.push_str("    ");
            if !inst.results.is_empty() {
                let rs: Vec<String> = inst.results.iter().map(|v| v.to_string()).collect();
                let _ = write!(out, "{} = ", rs.join(", "));
            }
            out.push_str(inst.op.name());
            let imm = immediates(&inst.op);
            if !imm.is_empty() {
                let _ = write!(out, " [{imm}]");
            }
            if !inst.args.is_empty() {
                let args: Vec<String> = inst.args.iter().map(|v| v.to_string()).collect();
                let _ = write!(out, " {}", args.join(", "));
            }
            if let Some(u) = inst.unwind {
                let _ = write!(out, " unwind {u}");
            }
            if inst.line > 0 {
                let _ = write!(out, " @{}", inst.line);
            }
            out.push('\n');
        }
    }
    out
}

fn immediates(op: &Op) -> String {
    match op {
        Op::Const(c) => constant(c),
        Op::LocalGet { local, .. }
        | Op::LocalSet(local)
        | Op::LocalDel(local)
        | Op::LocalClear(local)
        | Op::CellSet(local)
        | Op::CellRef(local) => local.to_string(),
        Op::CellGet { local, free } | Op::CellDel { local, free } => {
            format!("{local}{}", if *free { " free" } else { "" })
        }
        Op::GlobalGet(c) | Op::GlobalSet(c) | Op::GlobalDel(c) | Op::GetAttr(c) | Op::SetAttr(c) | Op::DelAttr(c) => {
            c.to_string()
        }
        Op::ImportFrom(c) | Op::RaiseUnbound(c) | Op::ClassLookup(c) => c.to_string(),
        Op::Import { name, fromlist, level } => format!(
            "{name}{} level {level}",
            fromlist.map_or(String::new(), |f| format!(" from {f}"))
        ),
        Op::Binary(b) | Op::InPlace(b) => b.symbol().to_string(),
        Op::Unary(u) => u.symbol().to_string(),
        Op::Compare(c) | Op::CompareBool(c) => c.symbol().to_string(),
        Op::FormatValue { conv, has_spec } => format!("{conv:?}{}", if *has_spec { " spec" } else { "" }),
        Op::DictMerge { for_call } => if *for_call { "call" } else { "" }.into(),
        Op::Unpack { count } => count.to_string(),
        Op::UnpackEx { before, after } => format!("{before}, *, {after}"),
        Op::Call { kwnames } | Op::CallWithGlobals { kwnames } => {
            kwnames.map_or(String::new(), |k| format!("kw {k}"))
        }
        Op::CallMethod { name, kwnames } => {
            format!("{name}{}", kwnames.map_or(String::new(), |k| format!(" kw {k}")))
        }
        Op::CallEx { has_kwargs } => if *has_kwargs { "kwargs" } else { "" }.into(),
        Op::CallDirect(f) | Op::FunctionObject(f) => f.to_string(),
        Op::MakeFunction { func, defaults, kwdefaults, closure } => format!(
            "{func}{}{}{}",
            if *defaults { " defaults" } else { "" },
            if *kwdefaults { " kwdefaults" } else { "" },
            if *closure { " closure" } else { "" }
        ),
        Op::Raise { has_cause } => if *has_cause { "from" } else { "" }.into(),
        Op::AssertFail { has_msg } => if *has_msg { "msg" } else { "" }.into(),
        Op::TracebackAdd { line } => line.to_string(),
        Op::MatchSequence { len, .. } => len.to_string(),
        Op::MatchMapping { nkeys } => nkeys.to_string(),
        Op::MatchClass { npos } => npos.to_string(),
        Op::Jump(b) => b.to_string(),
        Op::Branch { then_block, else_block } => format!("{then_block}, {else_block}"),
        _ => String::new(),
    }
}

/// Index of an entity, for callers that key side tables by it.
pub fn index_of<E: EntityRef>(e: E) -> usize {
    e.index()
}
