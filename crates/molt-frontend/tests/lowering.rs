//! Lowering tests: small programs lower to verifier-clean IR with the
//! expected shape.

use std::path::PathBuf;

fn lower(name: &str, source: &str) -> molt_ir::Program {
    let dir = std::env::temp_dir().join(format!("molt-lowering-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path: PathBuf = dir.join("main.py");
    std::fs::write(&path, source).expect("write source");
    let program = molt_frontend::compile_to_ir(&path).unwrap_or_else(|d| panic!("{name}: {d}"));
    let _ = std::fs::remove_dir_all(&dir);
    for (id, f) in program.functions.iter() {
        if let Err(errors) = molt_ir::verifier::verify(f) {
            panic!("{name}: {id} fails verification:\n{}\n{}", errors.join("\n"), molt_ir::printer::print_function(f));
        }
    }
    program
}

fn ir(program: &molt_ir::Program) -> String {
    molt_ir::printer::print_program(program)
}

#[test]
fn module_names_are_globals_and_function_names_locals() {
    let p = lower("scopes", "x = 1\ndef f(a):\n    b = a + x\n    return b\n");
    let text = ir(&p);
    assert!(text.contains("global_set"), "{text}");
    assert!(text.contains("local_set"), "{text}");
    assert!(text.contains("global_get"), "{text}");
}

#[test]
fn every_raising_op_has_a_landing_block_with_a_traceback_entry() {
    let p = lower("landing", "def f(a, b):\n    return a / b\nprint(f(1, 2))\n");
    for f in p.functions.values() {
        for b in f.blocks.values() {
            for inst in &b.insts {
                if let Some(u) = inst.unwind {
                    let first = &f.blocks[u].insts[0];
                    let records = matches!(first.op, molt_ir::Op::TracebackAdd { .. });
                    let reraises = matches!(inst.op, molt_ir::Op::Restore | molt_ir::Op::Reraise);
                    assert!(records || reraises, "landing of {} does not record a traceback", inst.op.name());
                }
            }
        }
    }
}

#[test]
fn comprehensions_are_inlined() {
    let p = lower("comp", "def f(n):\n    return [i * i for i in range(n) if i % 2]\n");
    assert_eq!(p.functions.len(), 2, "{}", ir(&p));
    let text = ir(&p);
    assert!(text.contains("list_append"), "{text}");
    assert!(!text.contains("make_function [f2"), "{text}");
}

#[test]
fn closures_use_cells() {
    let p = lower("cells", "def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n");
    let text = ir(&p);
    assert!(text.contains("cell_new"), "{text}");
    assert!(text.contains("cell_get"), "{text}");
    assert!(text.contains("closure"), "{text}");
}

#[test]
fn try_except_fetches_and_restores() {
    let p = lower("try", "try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\n");
    let text = ir(&p);
    for op in ["fetch_exc", "push_handled", "exc_matches", "pop_handled", "restore"] {
        assert!(text.contains(op), "missing {op}:\n{text}");
    }
}

#[test]
fn calls_to_module_functions_are_guarded_direct_calls() {
    let p = lower("direct", "def f(a):\n    return a\nprint(f(1))\n");
    let text = ir(&p);
    assert!(text.contains("function_object"), "{text}");
    assert!(text.contains("call_direct"), "{text}");
}

#[test]
fn errors_are_reported_not_panicked() {
    let dir = std::env::temp_dir().join(format!("molt-lowering-{}-errors", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for (src, expect) in [
        ("x = (1 +\n", "SyntaxError"),
        ("return 5\n", "'return' outside function"),
        ("break\n", "'break' outside loop"),
        ("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"),
        ("exec('1')\n", "not supported"),
    ] {
        let path = dir.join("main.py");
        std::fs::write(&path, src).expect("write");
        match molt_frontend::compile_to_ir(&path) {
            Ok(_) => panic!("{src:?} compiled"),
            Err(d) => assert!(d.to_string().contains(expect), "{src:?}: {d}"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The IR of function `name` after the optimisation passes.
fn optimized_function(program: &mut molt_ir::Program, name: &str) -> String {
    molt_ir::passes::optimize(program);
    let f = program.functions.values().find(|f| f.code.name == name).expect("function");
    molt_ir::printer::print_function(f)
}

#[test]
fn reads_of_definitely_assigned_locals_are_unchecked() {
    let src = "def f(n, flag):\n    a = n\n    if flag:\n        b = 1\n    while n:\n        n = n - a\n    del a\n    return b, n\n";
    let mut p = lower("definite", src);
    let text = optimized_function(&mut p, "f");
    // `a` is always bound before the loop reads it; `b` may be unbound.
    let checked: Vec<&str> = text.lines().filter(|l| l.contains("local_get.checked")).collect();
    assert_eq!(checked.len(), 1, "{text}");
    assert!(checked[0].contains("[l3]"), "only the read of b stays checked:\n{text}");
}
