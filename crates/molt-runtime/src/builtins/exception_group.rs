//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and the two
//! algorithms behind `except*`.
//!
//! A group is an ordinary exception (the shared [`ExceptionObject`]
//! layout) whose first two attribute slots hold `message` (a str) and
//! `exceptions` (a non-empty tuple of exceptions, possibly groups). Its
//! `args` are the constructor arguments as given, so
//! `repr(ExceptionGroup("m", [e]))` shows the list.
//!
//! `split` walks the tree: a leaf or subgroup that matches is kept whole;
//! a group that matches partly is rebuilt with `derive` around the parts,
//! copying the original's traceback, cause, context and notes, so
//!
//! ```python
//! eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
//! eg.split(ValueError)
//! # (ExceptionGroup('top', [ValueError(1), ExceptionGroup('sub', [ValueError(3)])]),
//! #  ExceptionGroup('top', [ExceptionGroup('sub', [TypeError(2)])]))
//! ```
//!
//! `except*` uses [`star_match`] once per clause (CPython's
//! `CHECK_EG_MATCH`) and [`prep_reraise_star`] at the end to decide what
//! leaves the statement: exceptions a handler re-raised keep their place in
//! the original tree; new ones are grouped with them in a fresh
//! `ExceptionGroup("", [...])`. A re-raise is recognised, as in CPython, by
//! carrying the original's traceback, cause and context (which `split`
//! copies and a bare `raise` leaves untouched).

use molt_abi::Value;

use crate::builtins::exceptions::{
    self, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP, ExceptionObject, get, is_exception_instance, is_exception_type,
    replace,
};
use crate::builtins::type_::{GetSetDef, MethodDef, TypeObject, is_subtype, type_name, type_name_of};
use crate::builtins::{list, str as pystr, tuple};
use crate::call::Args;
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Obj, type_of};
use crate::protocol;

/// Attribute slots of a group.
const MESSAGE: usize = 0;
const EXCEPTIONS: usize = 1;

pub const GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "message", get: |e| Ok(slot(e, MESSAGE)), set: Some(readonly) },
    GetSetDef { name: "exceptions", get: |e| Ok(slot(e, EXCEPTIONS)), set: Some(readonly) },
];

pub const METHODS: &[MethodDef] = &[
    crate::builtins::generic_alias::CLASS_GETITEM,
    MethodDef::positional("derive", |a| derive(a[0], a[1]), 1, 1),
    MethodDef::positional("split", |a| split_method(a[0], a[1]), 1, 1),
    MethodDef::positional("subgroup", |a| subgroup_method(a[0], a[1]), 1, 1),
];

fn slot(e: Value, i: usize) -> Obj {
    let v = get(e).attrs[i];
    if v.is_null() { Obj::none() } else { Obj::from_borrowed(v) }
}

/// `message` and `exceptions` are read-only members in CPython.
fn readonly(_: Value, _: Option<Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

/// Whether `v` is an exception group.
pub fn is_group(v: Value) -> bool {
    is_exception_instance(v) && is_subtype(type_of(v), &raw mut BASE_EXCEPTION_GROUP)
}

/// The nested exceptions of a group.
pub fn exceptions_of<'a>(group: Value) -> &'a [Value] {
    let excs = get(group).attrs[EXCEPTIONS];
    if excs.is_null() { &[] } else { tuple::items(excs) }
}

/// `ExceptionGroup` derives from both `BaseExceptionGroup` and
/// `Exception`; static types are readied with one base, so the second is
/// added to its bases and MRO afterwards (as CPython builds the class at
/// start-up from two bases).
pub fn add_exception_base() {
    let group = &raw mut EXCEPTION_GROUP;
    let mro = [group, &raw mut BASE_EXCEPTION_GROUP, &raw mut EXCEPTION, &raw mut exceptions::BASE_EXCEPTION];
    let mut items: Vec<Obj> = mro.iter().map(|&t| Obj::from_borrowed(Value::from_ptr(t))).collect();
    items.push(Obj::from_borrowed(Value::from_ptr(&raw mut crate::builtins::object::OBJECT_TYPE)));
    let bases = vec![Obj::from_borrowed(Value::from_ptr(&raw mut BASE_EXCEPTION_GROUP)), Obj::from_borrowed(Value::from_ptr(&raw mut EXCEPTION))];
    let (bases, mro) = (tuple::from_vec(bases).into_raw(), tuple::from_vec(items).into_raw());
    crate::object::make_immortal(bases);
    crate::object::make_immortal(mro);
    // SAFETY: runs once at start-up, after the type was readied; the old
    // tuples are immortal and simply dropped from the type.
    unsafe {
        (*group).bases = bases;
        (*group).mro = mro;
    }
}

/// The validated parts of `BaseExceptionGroup(message, exceptions)`.
pub struct Parts {
    message: Obj,
    exceptions: Obj,
}

/// `BaseExceptionGroup.__new__`: checks the arguments and picks the class
/// to instantiate (`BaseExceptionGroup` becomes `ExceptionGroup` when every
/// member is an `Exception`), as CPython's `BaseExceptionGroup_new`.
pub fn validate(ty: *mut TypeObject, args: &[Value]) -> PyResult<(*mut TypeObject, Parts)> {
    let [message, excs] = args else {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", args.len())));
    };
    if !pystr::is_str(*message) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name_of(*message)
        )));
    }
    if !is_sequence(*excs) {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = protocol::collect(*excs)?;
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base_exceptions = false;
    for (i, e) in items.iter().enumerate() {
        if !is_exception_instance(e.v()) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        nested_base_exceptions |= !is_subtype(type_of(e.v()), &raw mut EXCEPTION);
    }
    let mut cls = ty;
    if ty == &raw mut EXCEPTION_GROUP {
        if nested_base_exceptions {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if ty == &raw mut BASE_EXCEPTION_GROUP {
        if !nested_base_exceptions {
            cls = &raw mut EXCEPTION_GROUP;
        }
    } else if nested_base_exceptions && is_subtype(ty, &raw mut EXCEPTION) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", type_name(ty))));
    }
    Ok((cls, Parts { message: Obj::from_borrowed(*message), exceptions: tuple::from_vec(items) }))
}

/// Stores validated parts into a freshly created group.
pub fn init_parts(group: Value, parts: Parts) {
    let e = get(group);
    replace(&mut e.attrs[MESSAGE], parts.message.v());
    replace(&mut e.attrs[EXCEPTIONS], parts.exceptions.v());
}

/// CPython's `PySequence_Check`: anything with `__getitem__` but a dict.
fn is_sequence(v: Value) -> bool {
    !crate::builtins::dict::is_dict(v) && !crate::builtins::type_::lookup(type_of(v), pystr::intern("__getitem__").v()).is_null()
}

/// `str(group)`: `message (N sub-exception[s])`.
pub fn group_str(e: Value) -> PyResult<Obj> {
    let message = slot(e, MESSAGE);
    let message = protocol::str_(message.v())?;
    let n = exceptions_of(e).len();
    let plural = if n > 1 { "s" } else { "" };
    Ok(pystr::new(&format!("{} ({n} sub-exception{plural})", pystr::as_str(message.v()))))
}

/// `group.derive(excs)`: a plain `BaseExceptionGroup(self.message, excs)`;
/// subclasses override it so `split` keeps their type.
fn derive(group: Value, excs: Value) -> PyResult<Obj> {
    let message = slot(group, MESSAGE);
    crate::call::call_positional(Value::from_ptr(&raw mut BASE_EXCEPTION_GROUP), &[message.v(), excs])
}

/// How `split` and `subgroup` decide that an exception matches.
enum Matcher<'a> {
    /// An exception class or a tuple of them.
    Type(Value),
    /// A callable returning a truth value.
    Predicate(Value),
    /// The identities of the leaves to keep (`except*` re-raises).
    Leaves(&'a [Value]),
}

impl Matcher<'_> {
    fn from_value(v: Value) -> PyResult<Matcher<'static>> {
        let is_type = crate::builtins::type_::is_instance(v, &raw mut crate::builtins::type_::TYPE_TYPE);
        if crate::object::type_slots(v).call.is_some() && !is_type {
            return Ok(Matcher::Predicate(v));
        }
        if is_exception_type(v) || (tuple::is_exact_tuple(v) && tuple::items(v).iter().all(|&t| is_exception_type(t))) {
            return Ok(Matcher::Type(v));
        }
        Err(type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, exc: Value) -> PyResult<bool> {
        match *self {
            Matcher::Type(types) => Ok(given_exception_matches(exc, types)),
            Matcher::Predicate(f) => protocol::truthy(crate::call::call_positional(f, &[exc])?.v()),
            Matcher::Leaves(ids) => Ok(ids.contains(&exc)),
        }
    }
}

/// `isinstance(exc, types)` for a class or a tuple of classes (CPython's
/// `PyErr_GivenExceptionMatches`).
pub fn given_exception_matches(exc: Value, types: Value) -> bool {
    let candidates = if tuple::is_tuple(types) { tuple::items(types) } else { std::slice::from_ref(&types) };
    candidates.iter().any(|&t| is_exception_type(t) && is_subtype(type_of(exc), t.as_ptr::<TypeObject>()))
}

/// The matching and the remaining parts of `exc` (None when empty).
struct SplitResult {
    matched: Option<Obj>,
    rest: Option<Obj>,
}

/// CPython's `exceptiongroup_split_recursive`.
fn split_recursive(exc: Value, matcher: &Matcher, construct_rest: bool) -> PyResult<SplitResult> {
    if matcher.matches(exc)? {
        return Ok(SplitResult { matched: Some(Obj::from_borrowed(exc)), rest: None });
    }
    if !is_group(exc) {
        let rest = construct_rest.then(|| Obj::from_borrowed(exc));
        return Ok(SplitResult { matched: None, rest });
    }
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for &e in exceptions_of(exc) {
        let part = crate::call::with_recursion_guard(" in exceptiongroup_split_recursive", || split_recursive(e, matcher, construct_rest))?;
        matched.extend(part.matched);
        rest.extend(part.rest);
    }
    let matched = subset(exc, matched)?;
    let rest = if construct_rest { subset(exc, rest)? } else { None };
    Ok(SplitResult { matched, rest })
}

/// A copy of group `orig` holding `excs` (None when empty): built by
/// `orig.derive`, with the original's traceback, cause, context and a copy
/// of its notes, as CPython's `exceptiongroup_subset`.
fn subset(orig: Value, excs: Vec<Obj>) -> PyResult<Option<Obj>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = crate::call::call_method(orig, pystr::intern("derive").v(), &Args::positional_only(&[list::from_vec(excs).v()]))?;
    if !is_group(eg.v()) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (traceback, context, cause) = (get(orig).traceback, get(orig).context, get(orig).cause);
    let dst: &mut ExceptionObject = get(eg.v());
    if !traceback.is_null() {
        replace(&mut dst.traceback, traceback);
    }
    replace(&mut dst.context, context);
    // `PyException_SetCause` always suppresses the context.
    replace(&mut dst.cause, cause);
    dst.suppress_context = true;
    if let Some(notes) = protocol::getattr_opt(orig, "__notes__")? {
        // Non-sequence notes are a user error reported elsewhere, not here.
        if is_sequence(notes.v()) {
            let copy = list::from_vec(protocol::collect(notes.v())?);
            protocol::setattr(eg.v(), pystr::intern("__notes__").v(), copy.v())?;
        }
    }
    Ok(Some(eg))
}

fn split_method(group: Value, matcher: Value) -> PyResult<Obj> {
    let matcher = Matcher::from_value(matcher)?;
    let r = split_recursive(group, &matcher, true)?;
    Ok(tuple::from_vec(vec![r.matched.unwrap_or_else(Obj::none), r.rest.unwrap_or_else(Obj::none)]))
}

fn subgroup_method(group: Value, matcher: Value) -> PyResult<Obj> {
    let matcher = Matcher::from_value(matcher)?;
    Ok(split_recursive(group, &matcher, false)?.matched.unwrap_or_else(Obj::none))
}

/// One `except* types` clause against what is left of the exception
/// (`exc`, None once everything was handled): the part to handle (None if
/// nothing matched) and the rest, as CPython's `CHECK_EG_MATCH`. A naked
/// exception that matches is handed over wrapped in a group.
pub fn star_match(exc: Value, types: Value) -> PyResult<(Obj, Obj)> {
    let candidates = if tuple::is_tuple(types) { tuple::items(types) } else { std::slice::from_ref(&types) };
    if !candidates.iter().all(|&t| is_exception_type(t)) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    if candidates.iter().any(|&t| is_subtype(t.as_ptr(), &raw mut BASE_EXCEPTION_GROUP)) {
        return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    if exc.is_none() {
        return Ok((Obj::none(), Obj::none()));
    }
    if given_exception_matches(exc, types) {
        let matched = if is_group(exc) { Obj::from_borrowed(exc) } else { wrap(&[exc])? };
        return Ok((matched, Obj::none()));
    }
    if is_group(exc) {
        let r = split_recursive(exc, &Matcher::Type(types), true)?;
        return Ok((r.matched.unwrap_or_else(Obj::none), r.rest.unwrap_or_else(Obj::none)));
    }
    Ok((Obj::none(), Obj::from_borrowed(exc)))
}

/// `BaseExceptionGroup("", excs)` with `excs` as a tuple, as CPython's
/// `_PyExc_CreateExceptionGroup`.
fn wrap(excs: &[Value]) -> PyResult<Obj> {
    let message = pystr::empty();
    crate::call::call_positional(Value::from_ptr(&raw mut BASE_EXCEPTION_GROUP), &[message.v(), tuple::from_slice(excs).v()])
}

/// What an `except*` statement raises once its clauses ran: `orig` is the
/// exception caught, `excs` what the handlers raised or re-raised followed
/// by the unhandled rest (None entries are skipped). None when nothing is
/// left, as CPython's `_PyExc_PrepReraiseStar`.
pub fn prep_reraise_star(orig: Value, excs: &[Value]) -> PyResult<Obj> {
    if excs.is_empty() {
        return Ok(Obj::none());
    }
    if !is_group(orig) {
        // A naked exception was wrapped: at most one clause ran.
        return Ok(Obj::from_borrowed(excs[0]));
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for &e in excs.iter().filter(|e| !e.is_none()) {
        if same_metadata(e, orig) { reraised.push(e) } else { raised.push(Obj::from_borrowed(e)) }
    }
    let mut leaves = Vec::new();
    for &e in &reraised {
        collect_leaves(e, &mut leaves);
    }
    let kept = split_recursive(orig, &Matcher::Leaves(&leaves), false)?.matched;
    if raised.is_empty() {
        return Ok(kept.unwrap_or_else(Obj::none));
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.pop().expect("one exception"));
    }
    let message = pystr::empty();
    crate::call::call_positional(Value::from_ptr(&raw mut BASE_EXCEPTION_GROUP), &[message.v(), list::from_vec(raised).v()])
}

/// Whether `e` carries the traceback, cause and context of `orig` (a
/// re-raise of it or of a part `split` made).
fn same_metadata(e: Value, orig: Value) -> bool {
    let (a, b) = (get(e), get(orig));
    a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
}

/// The leaf exceptions of a (possibly nested) group.
fn collect_leaves(e: Value, out: &mut Vec<Value>) {
    if is_group(e) {
        for &x in exceptions_of(e) {
            collect_leaves(x, out);
        }
    } else {
        out.push(e);
    }
}
