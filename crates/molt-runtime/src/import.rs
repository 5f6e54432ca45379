//! The import system: `sys.modules`, the table of compiled modules, native
//! modules, and CPython's import semantics (parents first, the module
//! registered before its body runs so circular imports see it, removal on
//! failure, relative names resolved from `__package__`).

use std::cell::{Cell, RefCell};

use molt_abi::Value;
use molt_abi::layout::ModuleDesc;

use crate::builtins::{dict, list, module, str as pystr, tuple};
use crate::error::{PyResult, import_error};
use crate::object::{Obj, make_immortal};
use crate::protocol;

/// A compiled module of the program.
struct CompiledModule {
    name: String,
    desc: *const ModuleDesc,
}

thread_local! {
    static TABLE: RefCell<Vec<CompiledModule>> = const { RefCell::new(Vec::new()) };
    static SYS_MODULES: Cell<u64> = const { Cell::new(0) };
    static BUILTINS: Cell<u64> = const { Cell::new(0) };
    static INITIALIZING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Module body entry: `fn(module) -> Value` (None or null).
type ModuleInit = unsafe extern "C" fn(Value) -> Value;

/// Records the program's compiled modules.
pub fn register_program(modules: &[ModuleDesc]) {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        for m in modules {
            // SAFETY: descriptors hold valid UTF-8 emitted by the backend.
            let name = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(m.name_ptr, m.name_len as usize)) };
            t.push(CompiledModule { name: name.to_string(), desc: m });
        }
    });
}

/// `sys.modules` (borrowed).
pub fn sys_modules() -> Value {
    let v = SYS_MODULES.with(Cell::get);
    if v != 0 {
        return Value(v);
    }
    let d = dict::new().into_raw();
    make_immortal(d);
    SYS_MODULES.with(|s| s.set(d.0));
    d
}

/// The `builtins` module, created on first use.
pub fn builtins_module() -> Obj {
    let v = BUILTINS.with(Cell::get);
    if v != 0 {
        return Obj::from_borrowed(Value(v));
    }
    let m = crate::modules::builtins::create();
    make_immortal(m.v());
    BUILTINS.with(|b| b.set(m.v().0));
    m
}

/// The dict of the `builtins` module (borrowed).
pub fn builtins_dict() -> Value {
    module::dict_of(builtins_module().v())
}

/// Whether module `m`'s body is still running.
pub fn is_initializing(m: Value) -> bool {
    INITIALIZING.with(|i| i.borrow().contains(&m))
}

fn lookup_sys_modules(name: &str) -> Option<Obj> {
    let key = pystr::new(name);
    dict::get_item(sys_modules(), key.v()).ok().flatten().map(Obj::from_borrowed)
}

/// Imports the absolute module `name` (and its parents).
pub fn import_module(name: &str) -> PyResult<Obj> {
    if let Some(m) = lookup_sys_modules(name) {
        return Ok(m);
    }
    let parent = match name.rfind('.') {
        Some(dot) => Some((import_module(&name[..dot])?, &name[dot + 1..])),
        None => None,
    };
    // A parent's body may have imported this module already.
    if let Some(m) = lookup_sys_modules(name) {
        return Ok(m);
    }
    let m = load(name)?;
    if let Some((parent, child)) = parent {
        let key = pystr::new(child);
        protocol::setattr(parent.v(), key.v(), m.v())?;
    }
    Ok(m)
}

/// Loads a module not yet in `sys.modules`. A compiled module comes
/// before a native one: the compiler only includes a module of a native
/// module's name when the project shadows it (as a script's `math.py`
/// shadows CPython's `math`).
fn load(name: &str) -> PyResult<Obj> {
    let desc = TABLE.with(|t| t.borrow().iter().find(|m| m.name == name).map(|m| m.desc));
    if let Some(desc) = desc {
        return run_module(name, desc);
    }
    if let Some(m) = crate::modules::create_native(name) {
        dict::set_item(sys_modules(), pystr::new(name).v(), m.v())?;
        return Ok(m);
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        if let Some(p) = lookup_sys_modules(parent) {
            let is_package = module::is_module(p.v())
                && dict::get_item_str_value(module::dict_of(p.v()), pystr::intern("__path__").v()).is_some();
            if !is_package {
                return Err(crate::error::module_not_found_error(format!(
                    "No module named '{name}'; '{parent}' is not a package"
                )));
            }
        }
    }
    Err(crate::error::module_not_found_error(format!("No module named '{name}'")))
}

/// Creates the module object for `desc`, registers it under `name` and
/// runs its body.
pub fn run_module(name: &str, desc: *const ModuleDesc) -> PyResult<Obj> {
    // SAFETY: static descriptor emitted by the backend.
    let d = unsafe { &*desc };
    let m = module::new(name);
    let globals = module::dict_of(m.v());
    // SAFETY: as above.
    let file = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(d.file_ptr, d.file_len as usize)) };
    dict::set_item_str(globals, "__file__", pystr::new(file).v())?;
    dict::set_item_str(globals, "__builtins__", builtins_module().v())?;
    let package = if d.is_package != 0 {
        let dir = std::path::Path::new(file).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        dict::set_item_str(globals, "__path__", list::from_vec(vec![pystr::new(&dir)]).v())?;
        name.to_string()
    } else {
        name.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
    };
    dict::set_item_str(globals, "__package__", pystr::new(&package).v())?;
    // SAFETY: the slot is the module's static globals cell.
    unsafe { *d.globals_slot = globals.0 };
    let key = pystr::new(name);
    dict::set_item(sys_modules(), key.v(), m.v())?;
    INITIALIZING.with(|i| i.borrow_mut().push(m.v()));
    // SAFETY: `init` follows the module-body convention.
    let result = unsafe { std::mem::transmute::<*const u8, ModuleInit>(d.init)(m.v()) };
    INITIALIZING.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(pos) = i.iter().rposition(|&x| x == m.v()) {
            i.remove(pos);
        }
    });
    if result.is_null() {
        // A failed import leaves no trace in sys.modules.
        let saved = crate::error::take_raised();
        let _ = dict::pop_item(sys_modules(), key.v());
        if let Some(e) = saved {
            crate::error::restore_raised(e);
        }
        return Err(crate::error::Raised);
    }
    crate::object::decref(result);
    // The module may have replaced itself in sys.modules.
    Ok(lookup_sys_modules(name).unwrap_or(m))
}

/// Resolves a relative import against the importing module's globals.
fn resolve_name(name: &str, globals: Value, level: i64) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = match dict::get_item_str_value(globals, pystr::intern("__package__").v()) {
        Some(p) if pystr::is_str(p) && !pystr::as_str(p).is_empty() => pystr::as_str(p).to_string(),
        _ => {
            return Err(import_error("attempted relative import with no known parent package"));
        }
    };
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rfind('.') {
            Some(dot) => base = &base[..dot],
            None => return Err(import_error("attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// `import name` / `from name import ...`: returns the top-level package
/// when `fromlist` is empty (what `import a.b` binds), else the module.
pub fn import(name: &str, globals: Value, fromlist: Value, level: i64) -> PyResult<Obj> {
    let full = resolve_name(name, globals, level)?;
    let m = import_module(&full)?;
    let has_fromlist = !fromlist.is_null() && !fromlist.is_none() && tuple::len(fromlist) > 0;
    if !has_fromlist {
        if level == 0 {
            if let Some(dot) = full.find('.') {
                return import_module(&full[..dot]);
            }
        }
        return Ok(m);
    }
    // `from pkg import submodule` imports submodules that are not
    // attributes yet.
    let is_package = dict::get_item_str_value(module::dict_of(m.v()), pystr::intern("__path__").v()).is_some();
    if is_package && module::is_module(m.v()) {
        for &item in tuple::items(fromlist) {
            let item_name = pystr::as_str(item);
            if item_name == "*" {
                continue;
            }
            if protocol::getattr_opt(m.v(), item_name)?.is_none() {
                let sub = format!("{full}.{item_name}");
                if TABLE.with(|t| t.borrow().iter().any(|c| c.name == sub)) {
                    import_module(&sub)?;
                }
            }
        }
    }
    Ok(m)
}

/// `from module import name`.
pub fn import_from(m: Value, name: Value) -> PyResult<Obj> {
    let attr = pystr::as_str(name);
    if let Some(v) = protocol::getattr_opt(m, attr)? {
        return Ok(v);
    }
    let module_name = if module::is_module(m) { module::name_of(m) } else { "?".into() };
    if let Some(sub) = lookup_sys_modules(&format!("{module_name}.{attr}")) {
        return Ok(sub);
    }
    let file = dict::get_item_str_value(module::dict_of(m), pystr::intern("__file__").v())
        .filter(|f| pystr::is_str(*f))
        .map(|f| pystr::as_str(f).to_string())
        .unwrap_or_else(|| "unknown location".to_string());
    if is_initializing(m) {
        return Err(import_error(format!(
            "cannot import name '{attr}' from partially initialized module '{module_name}' (most likely due to a circular import) ({file})"
        )));
    }
    Err(import_error(format!("cannot import name '{attr}' from '{module_name}' ({file})")))
}

/// `from module import *`.
pub fn import_star(m: Value, globals: Value) -> PyResult<()> {
    let d = module::dict_of(m);
    let names: Vec<Obj> = match dict::get_item_str_value(d, pystr::intern("__all__").v()) {
        Some(all) => protocol::collect(all)?,
        None => dict::items(d)
            .into_iter()
            .filter(|(k, _)| pystr::is_str(*k) && !pystr::as_str(*k).starts_with('_'))
            .map(|(k, _)| Obj::from_borrowed(k))
            .collect(),
    };
    for n in names {
        let v = protocol::getattr(m, n.v())?;
        dict::set_item(globals, n.v(), v.v())?;
    }
    Ok(())
}
