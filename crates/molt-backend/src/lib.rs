//! Molt's code generator: a Molt IR program becomes one native object
//! file through Cranelift.
//!
//! For every IR function the object holds a *body* (`fn(func, p0..pn)`,
//! parameters already bound) and a *trampoline* (the generic entry
//! `fn(func, args, nargs, kwnames)` that binds arguments and calls the
//! body), plus a static code descriptor the runtime reads. Modules get a
//! descriptor table; `main` hands it to the runtime's `molt_main`.
//! Constants live in a table filled once at start-up.

mod body;
mod emit;
mod fastpath;
mod frame;
mod generator;
mod runtime;
mod statics;
mod trampoline;

use std::collections::HashMap;

use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use molt_ir::{FuncId, FunctionKind, Program};

pub use statics::ConstSlot;

/// A code generation failure (an internal error: valid IR always
/// compiles).
#[derive(Debug)]
pub struct BackendError(pub String);

impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "code generation failed: {}", self.0)
    }
}

impl std::error::Error for BackendError {}

impl From<cranelift_module::ModuleError> for BackendError {
    fn from(e: cranelift_module::ModuleError) -> Self {
        BackendError(format!("{e:?}"))
    }
}

pub type Result<T> = std::result::Result<T, BackendError>;

/// Compiles a program to the bytes of a relocatable object file.
pub fn compile(program: &Program) -> Result<Vec<u8>> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(|e| BackendError(e.to_string()))?;
    flags.set("is_pic", "true").map_err(|e| BackendError(e.to_string()))?;
    flags.set("preserve_frame_pointers", "true").map_err(|e| BackendError(e.to_string()))?;
    let isa_builder = cranelift_native::builder().map_err(|e| BackendError(e.to_string()))?;
    let isa = isa_builder.finish(settings::Flags::new(flags)).map_err(|e| BackendError(e.to_string()))?;
    let builder = ObjectBuilder::new(isa, "molt_program", cranelift_module::default_libcall_names())
        .map_err(|e| BackendError(e.to_string()))?;
    let mut cg = Codegen::new(ObjectModule::new(builder), program)?;
    cg.declare_all()?;
    for (id, _) in program.functions.iter() {
        cg.define_body(id)?;
        if program.functions[id].kind == FunctionKind::Def {
            cg.define_trampoline(id)?;
        }
    }
    cg.define_statics()?;
    let product = cg.module.finish();
    product.emit().map_err(|e| BackendError(e.to_string()))
}

/// Program-wide code generation state.
pub(crate) struct Codegen<'p> {
    pub module: ObjectModule,
    pub program: &'p Program,
    pub runtime: runtime::RuntimeFunctions,
    /// Body and trampoline symbols per IR function.
    pub bodies: HashMap<FuncId, ClifFuncId>,
    pub trampolines: HashMap<FuncId, ClifFuncId>,
    /// Resume functions of generator functions.
    pub resumes: HashMap<FuncId, ClifFuncId>,
    /// Code descriptor per IR function.
    pub code_descs: HashMap<FuncId, DataId>,
    /// Globals slot per module.
    pub globals_slots: Vec<DataId>,
    /// For functions that are called directly: a slot holding (a strong
    /// reference to) the function object their `def` last created, which
    /// call sites compare the callee against.
    pub function_slots: HashMap<FuncId, DataId>,
    /// The constant table and its slots.
    pub consts: statics::ConstTable,
    /// Per-site global-read caches (one array).
    pub global_caches: DataId,
    pub global_cache_count: usize,
    /// Per-site attribute caches (one array).
    pub attr_caches: DataId,
    pub attr_cache_count: usize,
    /// The built-in list and tuple type objects (exact-type checks).
    pub list_type: DataId,
    pub tuple_type: DataId,
    /// Iterator types whose `next` compiled loops inline.
    pub range_iterator_type: DataId,
    pub list_iterator_type: DataId,
    /// The runtime's call-depth counter and limit.
    pub recursion_depth: DataId,
    pub recursion_limit: DataId,
    pub ctx: cranelift_codegen::Context,
}

impl<'p> Codegen<'p> {
    fn new(mut module: ObjectModule, program: &'p Program) -> Result<Codegen<'p>> {
        let runtime = runtime::RuntimeFunctions::declare(&mut module)?;
        let consts = statics::ConstTable::new(&mut module, program)?;
        let global_caches = module.declare_data("molt_global_caches", Linkage::Local, true, false)?;
        let attr_caches = module.declare_data("molt_attr_caches", Linkage::Local, true, false)?;
        let recursion_depth =
            module.declare_data(molt_abi::layout::RECURSION_DEPTH_SYMBOL, Linkage::Import, true, false)?;
        let recursion_limit =
            module.declare_data(molt_abi::layout::RECURSION_LIMIT_SYMBOL, Linkage::Import, true, false)?;
        let list_type = module.declare_data(molt_abi::layout::LIST_TYPE_SYMBOL, Linkage::Import, true, false)?;
        let tuple_type = module.declare_data(molt_abi::layout::TUPLE_TYPE_SYMBOL, Linkage::Import, true, false)?;
        let range_iterator_type =
            module.declare_data(molt_abi::layout::RANGE_ITERATOR_TYPE_SYMBOL, Linkage::Import, true, false)?;
        let list_iterator_type =
            module.declare_data(molt_abi::layout::LIST_ITERATOR_TYPE_SYMBOL, Linkage::Import, true, false)?;
        let ctx = module.make_context();
        Ok(Codegen {
            module,
            program,
            runtime,
            bodies: HashMap::new(),
            trampolines: HashMap::new(),
            resumes: HashMap::new(),
            code_descs: HashMap::new(),
            function_slots: HashMap::new(),
            globals_slots: Vec::new(),
            consts,
            global_caches,
            global_cache_count: 0,
            attr_caches,
            attr_cache_count: 0,
            list_type,
            tuple_type,
            range_iterator_type,
            list_iterator_type,
            recursion_depth,
            recursion_limit,
            ctx,
        })
    }

    /// Declares every function symbol and descriptor up front, so any
    /// function can refer to any other.
    fn declare_all(&mut self) -> Result<()> {
        for i in 0..self.program.modules.len() {
            let slot = self.module.declare_data(&format!("molt_globals_{i}"), Linkage::Local, true, false)?;
            self.globals_slots.push(slot);
        }
        for f in self.program.functions.values() {
            for inst in f.blocks.values().flat_map(|b| b.insts.iter()) {
                if let molt_ir::Op::FunctionObject(target) = inst.op {
                    if !self.function_slots.contains_key(&target) {
                        let slot = self.module.declare_data(&format!("molt_fobj_{}", target.0), Linkage::Local, true, false)?;
                        self.function_slots.insert(target, slot);
                    }
                }
            }
        }
        for (id, f) in self.program.functions.iter() {
            let sig = body::body_signature(&self.module, f);
            let body = self.module.declare_function(&format!("molt_f{}_body", id.0), Linkage::Local, &sig)?;
            self.bodies.insert(id, body);
            if f.kind == FunctionKind::Def {
                let sig = trampoline::trampoline_signature(&self.module);
                let t = self.module.declare_function(&format!("molt_f{}_tramp", id.0), Linkage::Local, &sig)?;
                self.trampolines.insert(id, t);
            }
            if f.is_generator {
                let mut sig = self.module.make_signature();
                sig.params.push(cranelift_codegen::ir::AbiParam::new(cranelift_codegen::ir::types::I64));
                sig.returns.push(cranelift_codegen::ir::AbiParam::new(cranelift_codegen::ir::types::I64));
                let r = self.module.declare_function(&format!("molt_f{}_resume", id.0), Linkage::Local, &sig)?;
                self.resumes.insert(id, r);
            }
            let desc = self.module.declare_data(&format!("molt_code_{}", id.0), Linkage::Local, true, false)?;
            self.code_descs.insert(id, desc);
        }
        Ok(())
    }
}
