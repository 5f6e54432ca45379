//! Imports of the runtime's entry points, built from the ABI table.

use std::collections::HashMap;

use cranelift_codegen::ir::{AbiParam, Signature, types};
use cranelift_module::{FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use molt_abi::functions::{AbiFunction, AbiType, RUNTIME_FUNCTIONS};

use crate::Result;

/// The runtime functions, declared as imports of the object.
pub(crate) struct RuntimeFunctions {
    by_name: HashMap<&'static str, (FuncId, &'static AbiFunction)>,
}

fn clif_type(t: AbiType) -> Option<cranelift_codegen::ir::Type> {
    match t {
        AbiType::Value | AbiType::I64 | AbiType::Ptr => Some(types::I64),
        AbiType::I32 => Some(types::I32),
        AbiType::F64 => Some(types::F64),
        AbiType::Void => None,
    }
}

/// The Cranelift signature of an ABI entry.
pub(crate) fn signature(module: &ObjectModule, f: &AbiFunction) -> Signature {
    let mut sig = module.make_signature();
    for &p in f.params {
        if let Some(t) = clif_type(p) {
            sig.params.push(AbiParam::new(t));
        }
    }
    if let Some(t) = clif_type(f.ret) {
        sig.returns.push(AbiParam::new(t));
    }
    sig
}

impl RuntimeFunctions {
    pub fn declare(module: &mut ObjectModule) -> Result<RuntimeFunctions> {
        let mut by_name = HashMap::new();
        for f in RUNTIME_FUNCTIONS {
            let sig = signature(module, f);
            let id = module.declare_function(f.name, Linkage::Import, &sig)?;
            by_name.insert(f.name, (id, f));
        }
        Ok(RuntimeFunctions { by_name })
    }

    /// The import of `name`; every name used by the backend is in the
    /// ABI table (a missing one is a bug caught by the first test run).
    pub fn get(&self, name: &str) -> (FuncId, &'static AbiFunction) {
        match self.by_name.get(name) {
            Some(&entry) => entry,
            None => panic!("runtime function {name} is not in the ABI table"),
        }
    }
}
