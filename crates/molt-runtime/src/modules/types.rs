//! The `types` module: names for the built-in types that have no
//! built-in name (`types.FunctionType`, `types.GenericAlias`,
//! `types.UnionType`, ...), and `resolve_bases`/`get_original_bases`.
//! Types Molt does not have (frames, coroutines, `SimpleNamespace`) and
//! the class-creation helpers `new_class`/`prepare_class` are not
//! provided yet.

use molt_abi::Value;

use crate::builtins::type_::{MethodDef, TYPE_TYPE, TypeObject, is_instance, type_name_of};
use crate::builtins::{self as types, builtin_function, dict, module, str as pystr, tuple};
use crate::error::{PyResult, type_error};
use crate::object::Obj;

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::positional("resolve_bases", resolve_bases, 1, 1),
    MethodDef::positional("get_original_bases", get_original_bases, 1, 1),
];

/// `types.resolve_bases(bases)`: `bases` itself when no entry has
/// `__mro_entries__`, else the tuple with those entries resolved.
fn resolve_bases(a: &[Value]) -> PyResult<Obj> {
    let bases = if tuple::is_tuple(a[0]) { Obj::from_borrowed(a[0]) } else { tuple::from_vec(crate::protocol::collect(a[0])?) };
    let resolved = types::heap_type::resolve_bases(bases.v())?;
    Ok(if resolved.v() == bases.v() { Obj::from_borrowed(a[0]) } else { resolved })
}

/// `types.get_original_bases(cls)`: the bases as written in the class
/// statement (`__orig_bases__`), else `__bases__`.
fn get_original_bases(a: &[Value]) -> PyResult<Obj> {
    let cls = a[0];
    if !is_instance(cls, &raw mut TYPE_TYPE) {
        return Err(type_error(format!("Expected an instance of type, not '{}'", type_name_of(cls))));
    }
    // SAFETY: a live type object.
    let d = unsafe { (*cls.as_ptr::<TypeObject>()).dict };
    match dict::get_item_str_value(d, pystr::intern("__orig_bases__").v()) {
        Some(b) => Ok(Obj::from_borrowed(b)),
        None => crate::protocol::getattr(cls, pystr::intern("__bases__").v()),
    }
}

/// Builds the `types` module.
pub fn create() -> Obj {
    let m = module::new("types");
    let d = module::dict_of(m.v());
    for def in FUNCTIONS {
        dict::set_item_str(d, def.name, builtin_function::new_function(def, "types").v()).ok();
    }
    let named: &[(&str, *mut TypeObject)] = &[
        ("FunctionType", &raw mut types::function::FUNCTION_TYPE),
        ("LambdaType", &raw mut types::function::FUNCTION_TYPE),
        ("CodeType", &raw mut types::code::CODE_TYPE),
        ("MappingProxyType", &raw mut types::mappingproxy::MAPPINGPROXY_TYPE),
        ("CellType", &raw mut types::cell::CELL_TYPE),
        ("GeneratorType", &raw mut types::generator::GENERATOR_TYPE),
        ("MethodType", &raw mut types::method::METHOD_TYPE),
        ("BuiltinFunctionType", &raw mut types::builtin_function::BUILTIN_FUNCTION_TYPE),
        ("BuiltinMethodType", &raw mut types::builtin_function::BUILTIN_FUNCTION_TYPE),
        ("WrapperDescriptorType", &raw mut types::slot_wrapper::WRAPPER_DESCRIPTOR_TYPE),
        ("MethodWrapperType", &raw mut types::slot_wrapper::METHOD_WRAPPER_TYPE),
        ("MethodDescriptorType", &raw mut types::descriptor::METHOD_DESCRIPTOR_TYPE),
        ("GetSetDescriptorType", &raw mut types::descriptor::GETSET_DESCRIPTOR_TYPE),
        ("MemberDescriptorType", &raw mut types::member::MEMBER_DESCRIPTOR_TYPE),
        ("ModuleType", &raw mut types::module::MODULE_TYPE),
        ("TracebackType", &raw mut types::traceback::TRACEBACK_TYPE),
        ("GenericAlias", &raw mut types::generic_alias::GENERIC_ALIAS_TYPE),
        ("UnionType", &raw mut types::union_type::UNION_TYPE),
        ("NoneType", &raw mut types::none::NONE_TYPE),
        ("NotImplementedType", &raw mut types::none::NOT_IMPLEMENTED_TYPE),
        ("EllipsisType", &raw mut types::none::ELLIPSIS_TYPE),
    ];
    for &(name, ty) in named {
        dict::set_item_str(d, name, Value::from_ptr(ty)).ok();
    }
    m
}
