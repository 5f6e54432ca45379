//! `generator`: a suspended function whose frame lives on the heap.
//!
//! The compiler turns a generator function into two pieces: a body that
//! creates this object (storing the arguments in the frame) and a *resume
//! function* `fn(gen) -> Value`. The resume function dispatches on
//! `state` (0: start, k: after yield k), keeps the Python locals and the
//! values live across each `yield` in `frame`, and either returns a
//! yielded value (state > 0), or finishes (state -1) returning the
//! generator's return value or the error sentinel.
//!
//! `throw()` and `close()` leave the exception in `pending`; the resumed
//! `yield` raises it, so it unwinds through the same landing code as any
//! other exception and every live reference is released.

use molt_abi::Value;
use molt_abi::layout::CodeDesc;

use crate::builtins::exceptions::{self, GENERATOR_EXIT, STOP_ITERATION};
use crate::builtins::code::{CodeObject, code_from_desc};
use crate::builtins::object::OBJECT_TYPE;
use crate::builtins::type_::{GetSetDef, MethodDef, Slots, TypeObject, is_instance, type_name_of};
use crate::builtins::{str as pystr, tuple};
use crate::call;
use crate::error::{self, PyResult, runtime_error, type_error, value_error};
use crate::object::{Header, Obj, alloc_object, decref, free_object, incref, raw_alloc, raw_free};
use crate::protocol;

pub static mut GENERATOR_TYPE: TypeObject = TypeObject::builtin(
    "generator",
    &raw mut OBJECT_TYPE,
    0,
    dealloc_generator,
    Slots {
        repr: Some(generator_repr),
        iter: Some(|v| Ok(Obj::from_borrowed(v))),
        next: Some(generator_next),
        ..Slots::EMPTY
    },
    &[
        MethodDef::positional("send", |a| send(a[0], a[1]), 1, 1),
        MethodDef::positional("throw", generator_throw, 1, 3),
        MethodDef::positional("close", |a| close(a[0]).map(|_| Obj::none()), 0, 0),
    ],
)
.with_getsets(&[
    GetSetDef { name: "__name__", get: |g| Ok(Obj::from_borrowed(get(g).name)), set: None },
    GetSetDef { name: "__qualname__", get: |g| Ok(Obj::from_borrowed(get(g).qualname)), set: None },
    GetSetDef { name: "gi_running", get: |g| Ok(Obj::from_bool(get(g).running)), set: None },
]);

/// The resume function of a generator.
pub type ResumeFn = unsafe extern "C" fn(Value) -> Value;

/// State of a generator that has finished.
pub const FINISHED: i64 = -1;

#[repr(C)]
pub struct GeneratorObject {
    pub header: Header,
    /// `nslots` words: owned locals first (`nlocals` of them), then
    /// borrowed closure cells and spilled values.
    pub frame: *mut Value,
    pub state: i64,
    resume: ResumeFn,
    func: Value,
    code: *const CodeObject,
    nslots: usize,
    nlocals: usize,
    running: bool,
    /// The value `send()` passed in, taken by the resumed `yield`.
    sent: Value,
    /// An exception to raise at the resumed `yield` (owned, or null).
    pending: Value,
    name: Value,
    qualname: Value,
}

const _: () = assert!(std::mem::offset_of!(GeneratorObject, frame) == molt_abi::layout::GEN_FRAME_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(GeneratorObject, state) == molt_abi::layout::GEN_STATE_OFFSET as usize);

pub fn get<'a>(g: Value) -> &'a mut GeneratorObject {
    // SAFETY: callers pass generator objects.
    unsafe { &mut *g.as_ptr::<GeneratorObject>() }
}

pub fn is_generator(v: Value) -> bool {
    crate::object::has_type(v, &raw mut GENERATOR_TYPE)
}

/// A new, not yet started generator for function object `func`.
pub fn new(func: Value, resume: ResumeFn, desc: *const CodeDesc, nslots: usize, nlocals: usize) -> Obj {
    let p = alloc_object(&raw mut GENERATOR_TYPE, std::mem::size_of::<GeneratorObject>()) as *mut GeneratorObject;
    let code = code_from_desc(desc);
    let frame = raw_alloc(nslots.max(1) * 8) as *mut Value;
    incref(func);
    let f = crate::builtins::function::get(func);
    incref(f.name);
    incref(f.qualname);
    // SAFETY: fresh allocations; the frame is zeroed before use.
    unsafe {
        std::ptr::write_bytes(frame, 0, nslots.max(1));
        (*p).frame = frame;
        (*p).state = 0;
        (*p).resume = resume;
        (*p).func = func;
        (*p).code = code;
        (*p).nslots = nslots;
        (*p).nlocals = nlocals;
        (*p).name = f.name;
        (*p).qualname = f.qualname;
    }
    Obj::from_owned(Value::from_ptr(p))
}

/// Releases the owned locals of a generator that will not run again.
fn release_locals(g: &mut GeneratorObject) {
    for i in 0..g.nlocals {
        // SAFETY: the frame has `nslots >= nlocals` words.
        unsafe {
            let slot = g.frame.add(i);
            decref(*slot);
            *slot = Value::NULL;
        }
    }
}

unsafe fn dealloc_generator(v: Value) {
    let g = get(v);
    if g.state > 0 {
        // A suspended generator is closed first, as CPython does. The
        // exception being raised (a generator is often dropped while one
        // unwinds) is set aside meanwhile; an error from close() itself
        // cannot be raised from a deallocation and is dropped.
        let in_flight = error::take_raised();
        // SAFETY: keep the object alive during close().
        unsafe { (*v.as_ptr::<Header>()).refcnt += 1 };
        if close(v).is_err() {
            error::clear_raised();
        }
        // SAFETY: as above.
        unsafe { (*v.as_ptr::<Header>()).refcnt -= 1 };
        if let Some(e) = in_flight {
            error::restore_raised(e);
        }
    }
    let g = get(v);
    if g.state == 0 {
        release_locals(g);
    }
    for f in [g.func, g.sent, g.pending, g.name, g.qualname] {
        decref(f);
    }
    // SAFETY: frame from raw_alloc; the object from alloc_object.
    unsafe {
        raw_free(g.frame as *mut u8);
        free_object(v.as_ptr::<Header>());
    }
}

fn generator_repr(g: Value) -> PyResult<Obj> {
    Ok(pystr::new(&format!("<generator object {} at {:#x}>", pystr::as_str(get(g).qualname), g.0)))
}

/// What running a generator one step produced.
enum Step {
    Yielded(Obj),
    Returned(Obj),
}

/// Resumes `gen` with `sent` (borrowed) or with the exception `exc`.
fn step(generator: Value, sent: Value, exc: Option<Obj>) -> PyResult<Step> {
    let g = get(generator);
    if g.running {
        return Err(value_error("generator already executing"));
    }
    if g.state == FINISHED {
        if let Some(e) = exc {
            return Err(error::set_raised(e));
        }
        return Ok(Step::Returned(Obj::none()));
    }
    if g.state == 0 {
        if let Some(e) = exc {
            // Thrown into a generator that never ran: it finishes at once.
            g.state = FINISHED;
            release_locals(g);
            return Err(error::set_raised(e));
        }
        if !sent.is_none() {
            return Err(type_error("can't send non-None value to a just-started generator"));
        }
    }
    incref(sent);
    let old = std::mem::replace(&mut g.sent, sent);
    decref(old);
    g.pending = exc.map_or(Value::NULL, Obj::into_raw);
    g.running = true;
    let _guard = HoldGenerator::new(generator);
    // SAFETY: the resume function follows the generator convention.
    let r = unsafe { (g.resume)(generator) };
    let g = get(generator);
    g.running = false;
    if r.is_null() {
        g.state = FINISHED;
        // PEP 479: a StopIteration escaping the body becomes RuntimeError.
        if error::raised_matches(&raw mut STOP_ITERATION) {
            let stop = error::take_raised().unwrap_or_else(Obj::none);
            let _ = runtime_error("generator raised StopIteration");
            let replacement = error::take_raised().unwrap_or_else(Obj::none);
            exceptions::set_cause_value(replacement.v(), stop.v())?;
            exceptions::set_implicit_context(replacement.v(), stop.v());
            return Err(error::restore_raised(replacement));
        }
        return Err(error::Raised);
    }
    let r = Obj::from_owned(r);
    if g.state == FINISHED { Ok(Step::Returned(r)) } else { Ok(Step::Yielded(r)) }
}

/// Keeps a generator alive while it runs.
struct HoldGenerator(Value);

impl HoldGenerator {
    fn new(g: Value) -> HoldGenerator {
        incref(g);
        HoldGenerator(g)
    }
}

impl Drop for HoldGenerator {
    fn drop(&mut self) {
        decref(self.0)
    }
}

fn stop_iteration(value: Obj) -> error::Raised {
    let args = if value.v().is_none() { Vec::new() } else { vec![value] };
    error::raise_args(&raw mut STOP_ITERATION, args)
}

/// `gen.send(value)`.
pub fn send(generator: Value, value: Value) -> PyResult<Obj> {
    match step(generator, value, None)? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

fn generator_next(generator: Value) -> PyResult<Option<Obj>> {
    match step(generator, Value::NONE, None)? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(r) => {
            if r.v().is_none() {
                Ok(None)
            } else {
                // `next()` on a generator that returned a value raises
                // StopIteration(value); loops see plain exhaustion.
                Err(stop_iteration(r))
            }
        }
    }
}

/// Builds the exception for `throw(type[, value[, tb]])`.
fn throw_exception(args: &[Value]) -> PyResult<Obj> {
    let typ = args[0];
    let value = args.get(1).copied().filter(|v| !v.is_none());
    if exceptions::is_exception_type(typ) {
        let e = match value {
            Some(v) if exceptions::is_exception_instance(v) => Obj::from_borrowed(v),
            Some(v) => call::call_positional(typ, &[v])?,
            None => call::call_positional(typ, &[])?,
        };
        return Ok(e);
    }
    if exceptions::is_exception_instance(typ) {
        if value.is_some() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        return Ok(Obj::from_borrowed(typ));
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        type_name_of(typ)
    )))
}

fn generator_throw(a: &[Value]) -> PyResult<Obj> {
    let exc = throw_exception(&a[1..])?;
    match step(a[0], Value::NONE, Some(exc))? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(r) => Err(stop_iteration(r)),
    }
}

/// `gen.close()`.
pub fn close(generator: Value) -> PyResult<()> {
    let g = get(generator);
    if g.state == FINISHED {
        return Ok(());
    }
    if g.state == 0 {
        g.state = FINISHED;
        release_locals(g);
        return Ok(());
    }
    let exit = exceptions::new_exception(&raw mut GENERATOR_EXIT, tuple::empty());
    match step(generator, Value::NONE, Some(exit)) {
        Ok(Step::Yielded(_)) => Err(runtime_error("generator ignored GeneratorExit")),
        Ok(Step::Returned(_)) => Ok(()),
        Err(e) => {
            if error::raised_matches(&raw mut GENERATOR_EXIT) || error::raised_matches(&raw mut STOP_ITERATION) {
                error::clear_raised();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// At a resumed `yield`: the sent value, or the error sentinel after
/// raising the pending exception.
pub fn resume_value(generator: Value) -> Value {
    let g = get(generator);
    let pending = std::mem::replace(&mut g.pending, Value::NULL);
    if !pending.is_null() {
        error::restore_raised(Obj::from_owned(pending));
        return Value::NULL;
    }
    std::mem::replace(&mut g.sent, Value::NONE)
}

/// At a resumed `yield` inside `yield from`: the sent value, leaving any
/// pending exception for [`delegate_step`] to forward.
pub fn resume_value_delegating(generator: Value) -> Value {
    let g = get(generator);
    if !g.pending.is_null() {
        return Value::NONE;
    }
    std::mem::replace(&mut g.sent, Value::NONE)
}

/// One step of `yield from it`: forwards a pending exception (via
/// `it.throw()`, or `it.close()` for GeneratorExit) or the sent value.
/// Returns `(value, done)`: the next value to yield, or the delegate's
/// return value when it finished.
pub fn delegate_step(generator: Value, it: Value, sent: Value) -> PyResult<(Obj, bool)> {
    let g = get(generator);
    let pending = std::mem::replace(&mut g.pending, Value::NULL);
    let outcome = if !pending.is_null() {
        let exc = Obj::from_owned(pending);
        if is_instance(exc.v(), &raw mut GENERATOR_EXIT) {
            if is_generator(it) {
                close(it)?;
            } else if let Some(c) = protocol::getattr_opt(it, "close")? {
                call::call_positional(c.v(), &[])?;
            }
            return Err(error::restore_raised(exc));
        }
        if is_generator(it) {
            match step(it, Value::NONE, Some(exc)) {
                Ok(Step::Yielded(v)) => return Ok((v, false)),
                Ok(Step::Returned(r)) => return Ok((r, true)),
                Err(e) => Err(e),
            }
        } else {
            match protocol::getattr_opt(it, "throw")? {
                Some(t) => call::call_positional(t.v(), &[exc.v()]),
                None => return Err(error::restore_raised(exc)),
            }
        }
    } else if is_generator(it) {
        return match step(it, sent, None)? {
            Step::Yielded(v) => Ok((v, false)),
            Step::Returned(r) => Ok((r, true)),
        };
    } else if sent.is_none() {
        match protocol::next(it)? {
            Some(v) => return Ok((v, false)),
            None => return Ok((Obj::none(), true)),
        }
    } else {
        match protocol::getattr_opt(it, "send")? {
            Some(s) => call::call_positional(s.v(), &[sent]),
            None => {
                return Err(crate::error::attribute_error(format!(
                    "'{}' object has no attribute 'send'",
                    type_name_of(it)
                )));
            }
        }
    };
    match outcome {
        Ok(v) => Ok((v, false)),
        Err(e) => {
            // StopIteration from the delegate ends the `yield from`.
            if error::raised_matches(&raw mut STOP_ITERATION) {
                let stop = error::take_raised().unwrap_or_else(Obj::none);
                let value = crate::protocol::getattr_opt(stop.v(), "value")?.unwrap_or_else(Obj::none);
                return Ok((value, true));
            }
            Err(e)
        }
    }
}
