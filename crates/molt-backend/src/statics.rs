//! Static data: the constant table and its initialiser, code descriptors,
//! the module table, and `main`.

use std::collections::HashMap;

use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, types};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{DataDescription, DataId, Linkage, Module};
use cranelift_object::ObjectModule;
use molt_abi::layout::{AttrCache, CodeInfo, GlobalCache};
use molt_ir::{ConstId, Constant, FunctionKind, PooledConst, Program};

use crate::{Codegen, Result};

/// What fills one word of the constant table.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstSlot {
    Pooled(ConstId),
    /// A str the backend itself needs (names for error messages).
    Str(String),
}

/// The table of constant objects, one word each, filled by
/// `molt_init_consts` before any module runs.
pub(crate) struct ConstTable {
    pub data: DataId,
    pub slots: Vec<ConstSlot>,
    extra: HashMap<String, usize>,
}

impl ConstTable {
    pub fn new(module: &mut ObjectModule, program: &Program) -> Result<ConstTable> {
        let data = module.declare_data("molt_consts", Linkage::Local, true, false)?;
        let slots = program.constants.entries.keys().map(ConstSlot::Pooled).collect();
        Ok(ConstTable { data, slots, extra: HashMap::new() })
    }

    /// Slot index of a pooled constant.
    pub fn pooled(&self, id: ConstId) -> usize {
        id.0 as usize
    }

    /// Slot index of an extra str constant, added on first use.
    pub fn extra_str(&mut self, program: &Program, s: &str) -> usize {
        if let Some((id, _)) = program.constants.entries.iter().find(|(_, c)| matches!(c, PooledConst::Str(t) if t == s)) {
            return id.0 as usize;
        }
        if let Some(&i) = self.extra.get(s) {
            return i;
        }
        self.slots.push(ConstSlot::Str(s.to_string()));
        self.extra.insert(s.to_string(), self.slots.len() - 1);
        self.slots.len() - 1
    }
}

/// The encoded word of an immediate constant, if it is one.
pub(crate) fn immediate_word(c: &Constant) -> Option<u64> {
    use molt_abi::value::{ELLIPSIS, FALSE, NONE, TRUE, Value};
    Some(match c {
        Constant::None => NONE,
        Constant::Bool(true) => TRUE,
        Constant::Bool(false) => FALSE,
        Constant::Ellipsis => ELLIPSIS,
        Constant::Int(i) => Value::from_small_int(*i).0,
        Constant::Float(f) => Value::from_f64(*f).0,
        Constant::Pooled(_) => return None,
    })
}

impl Codegen<'_> {
    fn bytes_data(&mut self, name: &str, bytes: &[u8]) -> Result<DataId> {
        let id = self.module.declare_data(name, Linkage::Local, false, false)?;
        let mut d = DataDescription::new();
        let mut contents = bytes.to_vec();
        contents.push(0);
        d.define(contents.into_boxed_slice());
        self.module.define_data(id, &d)?;
        Ok(id)
    }

    /// Defines everything that is not code: descriptors, tables, `main`.
    pub fn define_statics(&mut self) -> Result<()> {
        self.define_code_descs()?;
        let slots: Vec<DataId> = self.globals_slots.iter().chain(self.function_slots.values()).copied().collect();
        for slot in slots {
            let mut d = DataDescription::new();
            d.define_zeroinit(8);
            self.module.define_data(slot, &d)?;
        }
        let mut d = DataDescription::new();
        d.define_zeroinit((self.global_cache_count.max(1)) * std::mem::size_of::<GlobalCache>());
        d.set_align(8);
        self.module.define_data(self.global_caches, &d)?;
        let mut d = DataDescription::new();
        d.define_zeroinit((self.attr_cache_count.max(1)) * std::mem::size_of::<AttrCache>());
        d.set_align(8);
        self.module.define_data(self.attr_caches, &d)?;
        let init = self.define_init_consts()?;
        let mut d = DataDescription::new();
        d.define_zeroinit(self.consts.slots.len().max(1) * 8);
        d.set_align(8);
        self.module.define_data(self.consts.data, &d)?;
        let table = self.define_module_table()?;
        self.define_main(table, init)
    }

    fn define_code_descs(&mut self) -> Result<()> {
        for (id, f) in self.program.functions.iter() {
            let info: &CodeInfo = &f.code;
            let encoded = info.encode();
            let blob = self.bytes_data(&format!("molt_codeinfo_{}", id.0), &encoded)?;
            let mut d = DataDescription::new();
            let mut contents = vec![0u8; 40];
            contents[16..24].copy_from_slice(&(encoded.len() as u64).to_le_bytes());
            d.define(contents.into_boxed_slice());
            d.set_align(8);
            let blob_gv = self.module.declare_data_in_data(blob, &mut d);
            d.write_data_addr(8, blob_gv, 0);
            if f.kind == FunctionKind::Def {
                let body = self.module.declare_func_in_data(self.bodies[&id], &mut d);
                d.write_function_addr(24, body);
                let tramp = self.module.declare_func_in_data(self.trampolines[&id], &mut d);
                d.write_function_addr(32, tramp);
            }
            self.module.define_data(self.code_descs[&id], &d)?;
        }
        Ok(())
    }

    /// `molt_init_consts`: creates every constant object.
    fn define_init_consts(&mut self) -> Result<cranelift_module::FuncId> {
        let sig = self.module.make_signature();
        let id = self.module.declare_function("molt_init_consts", Linkage::Local, &sig)?;
        // Byte data for str/int/bytes constants.
        let mut blobs: Vec<Option<(DataId, usize)>> = Vec::new();
        for (k, slot) in self.consts.slots.clone().iter().enumerate() {
            let bytes: Option<Vec<u8>> = match slot {
                ConstSlot::Str(s) => Some(s.as_bytes().to_vec()),
                ConstSlot::Pooled(c) => match &self.program.constants.entries[*c] {
                    PooledConst::Str(s) | PooledConst::Int(s) => Some(s.as_bytes().to_vec()),
                    PooledConst::Bytes(b) => Some(b.clone()),
                    PooledConst::Complex { real, imag } => {
                        Some([real.to_le_bytes(), imag.to_le_bytes()].concat())
                    }
                    PooledConst::Tuple(_) => None,
                },
            };
            blobs.push(match bytes {
                Some(b) => Some((self.bytes_data(&format!("molt_constdata_{k}"), &b)?, b.len())),
                None => None,
            });
        }
        let mut func = cranelift_codegen::ir::Function::with_name_signature(
            cranelift_codegen::ir::UserFuncName::user(0, id.as_u32()),
            sig,
        );
        let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.switch_to_block(entry);
            let table_gv = self.module.declare_data_in_func(self.consts.data, b.func);
            let table = b.ins().symbol_value(types::I64, table_gv);
            for (k, slot) in self.consts.slots.clone().iter().enumerate() {
                let value = match (slot, &blobs[k]) {
                    (ConstSlot::Pooled(c), None) => {
                        let PooledConst::Tuple(items) = &self.program.constants.entries[*c] else {
                            continue;
                        };
                        let ss = b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
                            cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
                            (items.len().max(1) * 8) as u32,
                            3,
                        ));
                        for (i, item) in items.iter().enumerate() {
                            let w = match immediate_word(item) {
                                Some(w) => b.ins().iconst(types::I64, w as i64),
                                None => {
                                    let Constant::Pooled(p) = item else { unreachable!("pooled") };
                                    b.ins().load(types::I64, MemFlagsData::trusted(), table, (p.0 as i32) * 8)
                                }
                            };
                            b.ins().stack_store(types::I64, w, ss, (i * 8) as i32);
                        }
                        let addr = b.ins().stack_addr(types::I64, ss, 0);
                        let n = b.ins().iconst(types::I64, items.len() as i64);
                        let (fid, _) = self.runtime.get("molt_build_tuple");
                        let fref = self.module.declare_func_in_func(fid, b.func);
                        let call = b.ins().call(fref, &[addr, n]);
                        b.inst_results(call)[0]
                    }
                    (_, Some((data, len))) => {
                        let name = match slot {
                            ConstSlot::Str(_) => "molt_const_str",
                            ConstSlot::Pooled(c) => match &self.program.constants.entries[*c] {
                                PooledConst::Str(_) => "molt_const_str",
                                PooledConst::Int(_) => "molt_const_int",
                                PooledConst::Complex { .. } => "molt_const_complex",
                                _ => "molt_const_bytes",
                            },
                        };
                        let gv = self.module.declare_data_in_func(*data, b.func);
                        let addr = b.ins().symbol_value(types::I64, gv);
                        let n = b.ins().iconst(types::I64, *len as i64);
                        let (fid, _) = self.runtime.get(name);
                        let fref = self.module.declare_func_in_func(fid, b.func);
                        let call = b.ins().call(fref, &[addr, n]);
                        b.inst_results(call)[0]
                    }
                    _ => continue,
                };
                b.ins().store(MemFlagsData::trusted(), value, table, (k * 8) as i32);
            }
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.module.isa().frontend_config());
        }
        self.ctx.func = func;
        self.module.define_function(id, &mut self.ctx)?;
        self.module.clear_context(&mut self.ctx);
        Ok(id)
    }

    /// The array of module descriptors.
    fn define_module_table(&mut self) -> Result<DataId> {
        let table = self.module.declare_data("molt_modules", Linkage::Local, false, false)?;
        let mut d = DataDescription::new();
        let n = self.program.modules.len();
        let mut contents = vec![0u8; n * 64];
        let mut relocs: Vec<(u32, DataOrFunc, i64)> = Vec::new();
        for (i, m) in self.program.modules.iter().enumerate() {
            let base = (i * 64) as u32;
            let name = self.bytes_data(&format!("molt_modname_{i}"), m.name.as_bytes())?;
            let file = self.bytes_data(&format!("molt_modfile_{i}"), m.file.as_bytes())?;
            relocs.push((base, DataOrFunc::Data(name), 0));
            contents[base as usize + 8..base as usize + 16].copy_from_slice(&(m.name.len() as u64).to_le_bytes());
            relocs.push((base + 16, DataOrFunc::Data(file), 0));
            contents[base as usize + 24..base as usize + 32].copy_from_slice(&(m.file.len() as u64).to_le_bytes());
            contents[base as usize + 32..base as usize + 40].copy_from_slice(&(m.is_package as u64).to_le_bytes());
            relocs.push((base + 40, DataOrFunc::Func(self.bodies[&m.body]), 0));
            relocs.push((base + 48, DataOrFunc::Data(self.code_descs[&m.body]), 0));
            relocs.push((base + 56, DataOrFunc::Data(self.globals_slots[i]), 0));
        }
        d.define(contents.into_boxed_slice());
        d.set_align(8);
        for (offset, target, addend) in relocs {
            match target {
                DataOrFunc::Data(id) => {
                    let gv = self.module.declare_data_in_data(id, &mut d);
                    d.write_data_addr(offset, gv, addend);
                }
                DataOrFunc::Func(id) => {
                    let fr = self.module.declare_func_in_data(id, &mut d);
                    d.write_function_addr(offset, fr);
                }
            }
        }
        self.module.define_data(table, &d)?;
        Ok(table)
    }

    /// `int main(int argc, char **argv)`.
    fn define_main(&mut self, table: DataId, init: cranelift_module::FuncId) -> Result<()> {
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(types::I64));
        sig.returns.push(AbiParam::new(types::I32));
        let id = self.module.declare_function("main", Linkage::Export, &sig)?;
        let mut func = cranelift_codegen::ir::Function::with_name_signature(
            cranelift_codegen::ir::UserFuncName::user(0, id.as_u32()),
            sig,
        );
        let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let argc = b.block_params(entry)[0];
            let argv = b.block_params(entry)[1];
            let gv = self.module.declare_data_in_func(table, b.func);
            let modules = b.ins().symbol_value(types::I64, gv);
            let n = b.ins().iconst(types::I64, self.program.modules.len() as i64);
            let main_index = b.ins().iconst(types::I64, self.program.main as i64);
            let init_ref = self.module.declare_func_in_func(init, b.func);
            let init_addr = b.ins().func_addr(types::I64, init_ref);
            let (fid, _) = self.runtime.get("molt_main");
            let fref = self.module.declare_func_in_func(fid, b.func);
            let call = b.ins().call(fref, &[argc, argv, modules, n, main_index, init_addr]);
            let status = b.inst_results(call)[0];
            b.ins().return_(&[status]);
            b.seal_all_blocks();
            b.finalize(self.module.isa().frontend_config());
        }
        self.ctx.func = func;
        self.module.define_function(id, &mut self.ctx)?;
        self.module.clear_context(&mut self.ctx);
        Ok(())
    }
}

enum DataOrFunc {
    Data(DataId),
    Func(cranelift_module::FuncId),
}
