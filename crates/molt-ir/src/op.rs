//! IR operations, each declared once with its effects.
//!
//! Operands are SSA values held by the instruction (`Inst::args`); an op
//! carries only immediates. [`Op::info`] is the single place that says what
//! an op does to control flow, whether it can raise, which operands it
//! consumes, and what it produces; the verifier, the optimizer and the
//! backend all read it instead of keeping their own lists.
//!
//! Ownership: operands are borrowed unless listed in `consumes`; object
//! results are new references unless the op is marked `borrowed_result`.

use molt_abi::ops::{BinaryOp, CompareOp, Conversion, UnaryOp};

use crate::entities::{BlockId, ConstId, FuncId, LocalId};

/// How a value is represented in machine code.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Repr {
    /// A value word (NaN-boxed object reference).
    Obj,
    /// A raw truth value (0 or 1).
    Bool,
    /// A raw 64-bit integer.
    I64,
    /// A raw double.
    F64,
}

/// An immediate constant.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    /// An int that fits the small-int range.
    Int(i64),
    Float(f64),
    /// A pooled constant (str, big int, bytes, tuple).
    Pooled(ConstId),
}

/// Operations.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    // ---- Values ---------------------------------------------------------
    /// An immortal constant; never reference counted.
    Const(Constant),
    /// Reads a local (borrowed). `checked` raises UnboundLocalError when
    /// the local may be unbound.
    LocalGet { local: LocalId, checked: bool },
    /// Binds a local, consuming the value and releasing the old one.
    LocalSet(LocalId),
    /// `del local`: raises when unbound.
    LocalDel(LocalId),
    /// Unbinds a local without checking (end of `except ... as name`).
    LocalClear(LocalId),
    /// Reads the cell stored in a cell/free local (borrowed cell).
    CellGet { local: LocalId, free: bool },
    /// Stores into the cell stored in a local, consuming the value.
    CellSet(LocalId),
    /// Empties the cell (`del` of a cell variable); raises when empty.
    CellDel { local: LocalId, free: bool },
    /// The cell object itself (borrowed), for building closures.
    CellRef(LocalId),
    /// A new cell, holding operand 0 when there is one.
    CellNew,
    IncRef,
    DecRef,

    // ---- Globals and modules -------------------------------------------
    GlobalGet(ConstId),
    GlobalSet(ConstId),
    GlobalDel(ConstId),
    /// The module's globals dict (borrowed), for `globals()` and friends.
    Globals,
    /// `import name` with an optional fromlist tuple constant and level.
    Import { name: ConstId, fromlist: Option<ConstId>, level: u32 },
    ImportFrom(ConstId),
    ImportStar,

    // ---- Operators -------------------------------------------------------
    Binary(BinaryOp),
    InPlace(BinaryOp),
    Unary(UnaryOp),
    Compare(CompareOp),
    /// Comparison reduced to a raw truth value.
    CompareBool(CompareOp),
    /// Identity test (raw truth value).
    Is,
    /// Membership test (raw truth value).
    Contains,
    /// Truth value of an object (raw).
    Truthy,
    /// Negation of a raw truth value.
    BoolNot,
    /// A raw truth value as `True`/`False`.
    BoxBool,

    // ---- Attributes and items -------------------------------------------
    GetAttr(ConstId),
    SetAttr(ConstId),
    DelAttr(ConstId),
    GetItem,
    SetItem,
    DelItem,

    // ---- Building values -------------------------------------------------
    BuildList,
    BuildTuple,
    BuildSet,
    /// Operands are key, value, key, value, ...
    BuildDict,
    BuildSlice,
    /// Concatenates str parts.
    BuildString,
    /// `format(value, spec)` after a conversion; `has_spec` adds operand 2.
    FormatValue { conv: Conversion, has_spec: bool },
    ListAppend,
    ListExtend,
    ListToTuple,
    DictSetItem,
    /// `**mapping` into a dict. `for_call` enforces call rules and adds
    /// operand 2, the callable that errors name (None for a class
    /// statement's keywords).
    DictMerge { for_call: bool },
    SetAdd,

    // ---- Iteration -------------------------------------------------------
    GetIter,
    /// The next item, or the stop marker.
    IterNext,
    /// Whether a value is the stop marker (raw).
    IsIterStop,
    /// Unpacks into exactly `count` results.
    Unpack { count: u32 },
    /// Unpacks around a starred target: `before` results, a list, `after`.
    UnpackEx { before: u32, after: u32 },

    // ---- Calls -----------------------------------------------------------
    /// `f(args..)`: operand 0 is the callable; the last `kwnames` entries
    /// of the arguments are keyword values.
    Call { kwnames: Option<ConstId> },
    /// A `Call` that also hands the module's globals to the callee: a
    /// call of the builtin name `type` with three arguments, whose new
    /// class takes `__module__` from them as CPython's `type()` takes it
    /// from the calling frame.
    CallWithGlobals { kwnames: Option<ConstId> },
    /// `obj.name(args..)`.
    CallMethod { name: ConstId, kwnames: Option<ConstId> },
    /// `f(*args, **kwargs)`: callable, tuple, and dict when `has_kwargs`.
    CallEx { has_kwargs: bool },
    /// Calls the body of `func` directly with bound parameters: operand 0
    /// is the function object, then one operand per parameter.
    CallDirect(FuncId),
    /// The function object most recently created for `func` (borrowed;
    /// null before its `def` ran).
    FunctionObject(FuncId),
    /// Creates a function object for `func`.
    MakeFunction { func: FuncId, defaults: bool, kwdefaults: bool, closure: bool },

    // ---- Generators ------------------------------------------------------
    /// Suspends the generator, yielding operand 0 (consumed); the result is
    /// the value sent in. A plain `yield` raises what `throw()` passes in;
    /// inside `yield from` (`delegate`) the exception is left pending for
    /// the next `DelegateStep`.
    Yield { delegate: bool },
    /// One step of `yield from`: operands are the delegate iterator and the
    /// sent value (consumed); results are the value and whether the
    /// delegate finished (then the value is its return value).
    DelegateStep,

    // ---- Context managers ------------------------------------------------
    /// `with`: calls the manager's `__enter__`; results are its value and
    /// the bound `__exit__`.
    WithEnter,
    /// `__exit__(None, None, None)` after the body completed.
    WithExit,
    /// `__exit__(type, exc, tb)` after the body raised operand 1: whether
    /// the exception is suppressed.
    WithExitExc,

    // ---- Pattern matching ------------------------------------------------
    /// Whether operand 0 is a sequence of `len` items (at least, if `star`).
    MatchSequence { len: u32, star: bool },
    /// Whether operand 0 is a mapping of at least `nkeys` items.
    MatchMapping { nkeys: u32 },
    /// Operands: subject, keys tuple; the tuple of values, or None.
    MatchKeys,
    /// Operands: subject, keys tuple; a dict of the other items.
    MatchRest,
    /// Operands: subject, class, keyword-names tuple; the tuple of values
    /// for `npos` positional and the keyword sub-patterns, or None.
    MatchClass { npos: u32 },

    // ---- Classes ---------------------------------------------------------
    /// `class`: operands are the body function, the name, the bases tuple
    /// and the keyword-arguments dict (or None).
    BuildClass,
    /// A name read in a class body; operand 0 is the namespace.
    ClassLookup(ConstId),

    // ---- Exceptions ------------------------------------------------------
    /// `raise exc [from cause]`.
    Raise { has_cause: bool },
    /// Bare `raise`.
    Reraise,
    /// Re-raises the exception operand unchanged (consumed).
    Restore,
    /// Takes the raised exception (first op of a handler).
    FetchExc,
    /// Makes the operand the handled exception; returns the previous one.
    PushHandled,
    /// Restores the handled exception returned by `PushHandled` (consumed).
    PopHandled,
    /// `isinstance(exc, types)` for `except` clauses (raw truth value).
    ExcMatches,
    /// One `except*` clause: operands are what is left of the exception
    /// (None once all of it was handled) and the clause's types; results
    /// are the part to handle (None when nothing matched) and the new rest.
    ExcStarMatch,
    /// The exception an `except*` statement raises at its end: operands
    /// are the caught exception and the list of what the handlers raised,
    /// then the unhandled rest; None when nothing is left to raise.
    PrepReraiseStar,
    /// Fails an `assert`.
    AssertFail { has_msg: bool },
    /// Raises UnboundLocalError for the named local.
    RaiseUnbound(ConstId),
    /// Records this frame in the traceback of the propagating exception.
    TracebackAdd { line: u32 },

    // ---- Terminators -----------------------------------------------------
    /// Jumps, passing the operands as block arguments.
    Jump(BlockId),
    /// Branches on a raw truth value.
    Branch { then_block: BlockId, else_block: BlockId },
    /// Returns the operand (consumed).
    Return,
    /// Leaves the function with the propagating exception.
    Propagate,
}

/// What an op does, as the rest of the compiler needs to know it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OpInfo {
    /// Ends a block.
    pub terminator: bool,
    /// May raise; needs an unwind target.
    pub can_raise: bool,
    /// Always raises (control never continues after it).
    pub always_raises: bool,
    /// Has effects beyond its results (removable by DCE otherwise).
    pub side_effects: bool,
    /// Operands whose references the op takes over.
    pub consumes: Consumes,
    /// Object results are borrowed, not new references.
    pub borrowed_result: bool,
}

/// Which operands an op consumes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Consumes {
    None,
    All,
    /// Operands from this index on.
    From(usize),
    /// Exactly this operand.
    Only(usize),
}

impl Consumes {
    pub fn includes(self, operand: usize) -> bool {
        match self {
            Consumes::None => false,
            Consumes::All => true,
            Consumes::From(i) => operand >= i,
            Consumes::Only(i) => operand == i,
        }
    }
}

impl Op {
    pub fn info(&self) -> OpInfo {
        let base = OpInfo {
            terminator: false,
            can_raise: true,
            always_raises: false,
            side_effects: true,
            consumes: Consumes::None,
            borrowed_result: false,
        };
        let pure = OpInfo { can_raise: false, side_effects: false, ..base };
        let raising_value = OpInfo { side_effects: true, ..base };
        let raises = OpInfo { always_raises: true, ..base };
        let effect = OpInfo { can_raise: false, ..base };
        let terminator = OpInfo { terminator: true, can_raise: false, ..base };
        match self {
            Op::Const(_) => OpInfo { borrowed_result: true, ..pure },
            Op::LocalGet { checked, .. } => OpInfo {
                can_raise: *checked,
                side_effects: *checked,
                borrowed_result: true,
                ..base
            },
            Op::LocalSet(_) => OpInfo { consumes: Consumes::All, ..effect },
            Op::LocalDel(_) => base,
            Op::LocalClear(_) => effect,
            Op::CellGet { .. } => raising_value,
            Op::CellSet(_) => OpInfo { consumes: Consumes::All, ..effect },
            Op::CellDel { .. } => base,
            Op::CellRef(_) => OpInfo { borrowed_result: true, ..pure },
            Op::CellNew => OpInfo { can_raise: false, ..base },
            Op::IncRef | Op::DecRef => effect,
            Op::GlobalGet(_) | Op::GlobalSet(_) | Op::GlobalDel(_) => base,
            Op::Globals => OpInfo { borrowed_result: true, ..pure },
            Op::Import { .. } | Op::ImportFrom(_) | Op::ImportStar => base,
            Op::Binary(_) | Op::InPlace(_) | Op::Unary(_) | Op::Compare(_) | Op::CompareBool(_) => base,
            Op::Is => pure,
            Op::Contains | Op::Truthy => base,
            Op::BoolNot | Op::BoxBool => pure,
            Op::GetAttr(_) | Op::SetAttr(_) | Op::DelAttr(_) => base,
            Op::GetItem | Op::SetItem | Op::DelItem => base,
            Op::BuildList | Op::BuildTuple => OpInfo { consumes: Consumes::All, can_raise: false, ..base },
            Op::BuildSet | Op::BuildDict | Op::BuildString => OpInfo { consumes: Consumes::All, ..base },
            Op::BuildSlice => OpInfo { can_raise: false, ..base },
            Op::FormatValue { .. } => base,
            Op::ListAppend | Op::SetAdd => OpInfo { consumes: Consumes::Only(1), ..base },
            Op::DictSetItem => OpInfo { consumes: Consumes::From(1), ..base },
            Op::ListExtend | Op::ListToTuple | Op::DictMerge { .. } => base,
            Op::GetIter | Op::IterNext => base,
            Op::IsIterStop => pure,
            Op::Unpack { .. } | Op::UnpackEx { .. } => base,
            Op::Call { .. }
            | Op::CallWithGlobals { .. }
            | Op::CallMethod { .. }
            | Op::CallEx { .. }
            | Op::CallDirect(_) => base,
            Op::FunctionObject(_) => OpInfo { borrowed_result: true, ..pure },
            Op::MakeFunction { .. } => OpInfo { can_raise: false, ..base },
            Op::BuildClass | Op::ClassLookup(_) => base,
            Op::Yield { delegate } => OpInfo { consumes: Consumes::All, can_raise: !*delegate, ..base },
            Op::DelegateStep => OpInfo { consumes: Consumes::Only(1), ..base },
            Op::WithEnter | Op::WithExit | Op::WithExitExc => base,
            Op::MatchSequence { .. } | Op::MatchMapping { .. } | Op::MatchKeys | Op::MatchRest | Op::MatchClass { .. } => base,
            Op::Raise { .. } | Op::Reraise | Op::AssertFail { .. } | Op::RaiseUnbound(_) => raises,
            Op::Restore => OpInfo { consumes: Consumes::All, ..raises },
            Op::FetchExc => effect,
            Op::PushHandled => effect,
            Op::PopHandled => OpInfo { consumes: Consumes::All, ..effect },
            Op::ExcMatches | Op::ExcStarMatch | Op::PrepReraiseStar => base,
            Op::TracebackAdd { .. } => effect,
            Op::Jump(_) => terminator,
            Op::Branch { .. } => terminator,
            Op::Return => OpInfo { consumes: Consumes::All, ..terminator },
            Op::Propagate => terminator,
        }
    }

    /// Successor blocks of a terminator.
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Op::Jump(b) => vec![*b],
            Op::Branch { then_block, else_block } => vec![*then_block, *else_block],
            _ => Vec::new(),
        }
    }

    /// Representation of the op's results, given the number of operands.
    pub fn result_reprs(&self) -> Vec<Repr> {
        match self {
            Op::LocalSet(_)
            | Op::LocalDel(_)
            | Op::LocalClear(_)
            | Op::CellSet(_)
            | Op::CellDel { .. }
            | Op::IncRef
            | Op::DecRef
            | Op::GlobalSet(_)
            | Op::GlobalDel(_)
            | Op::ImportStar
            | Op::SetAttr(_)
            | Op::DelAttr(_)
            | Op::SetItem
            | Op::DelItem
            | Op::ListAppend
            | Op::ListExtend
            | Op::DictSetItem
            | Op::DictMerge { .. }
            | Op::SetAdd
            | Op::Raise { .. }
            | Op::Reraise
            | Op::Restore
            | Op::PopHandled
            | Op::AssertFail { .. }
            | Op::RaiseUnbound(_)
            | Op::TracebackAdd { .. }
            | Op::WithExit
            | Op::Jump(_)
            | Op::Branch { .. }
            | Op::Return
            | Op::Propagate => Vec::new(),
            Op::CompareBool(_)
            | Op::Is
            | Op::Contains
            | Op::Truthy
            | Op::BoolNot
            | Op::IsIterStop
            | Op::ExcMatches
            | Op::WithExitExc
            | Op::MatchSequence { .. }
            | Op::MatchMapping { .. } => vec![Repr::Bool],
            Op::Unpack { count } => vec![Repr::Obj; *count as usize],
            Op::DelegateStep => vec![Repr::Obj, Repr::Bool],
            Op::ExcStarMatch => vec![Repr::Obj, Repr::Obj],
            Op::WithEnter => vec![Repr::Obj, Repr::Obj],
            Op::UnpackEx { before, after } => vec![Repr::Obj; (*before + *after + 1) as usize],
            _ => vec![Repr::Obj],
        }
    }

    /// The mnemonic used by the printer.
    pub fn name(&self) -> &'static str {
        match self {
            Op::Const(_) => "const",
            Op::LocalGet { checked: true, .. } => "local_get.checked",
            Op::LocalGet { .. } => "local_get",
            Op::LocalSet(_) => "local_set",
            Op::LocalDel(_) => "local_del",
            Op::LocalClear(_) => "local_clear",
            Op::CellGet { .. } => "cell_get",
            Op::CellSet(_) => "cell_set",
            Op::CellDel { .. } => "cell_del",
            Op::CellRef(_) => "cell_ref",
            Op::CellNew => "cell_new",
            Op::IncRef => "incref",
            Op::DecRef => "decref",
            Op::GlobalGet(_) => "global_get",
            Op::Globals => "globals",
            Op::GlobalSet(_) => "global_set",
            Op::GlobalDel(_) => "global_del",
            Op::Import { .. } => "import",
            Op::ImportFrom(_) => "import_from",
            Op::ImportStar => "import_star",
            Op::Binary(_) => "binary",
            Op::InPlace(_) => "inplace",
            Op::Unary(_) => "unary",
            Op::Compare(_) => "compare",
            Op::CompareBool(_) => "compare_bool",
            Op::Is => "is",
            Op::Contains => "contains",
            Op::Truthy => "truthy",
            Op::BoolNot => "bool_not",
            Op::BoxBool => "box_bool",
            Op::GetAttr(_) => "get_attr",
            Op::SetAttr(_) => "set_attr",
            Op::DelAttr(_) => "del_attr",
            Op::GetItem => "get_item",
            Op::SetItem => "set_item",
            Op::DelItem => "del_item",
            Op::BuildList => "build_list",
            Op::BuildTuple => "build_tuple",
            Op::BuildSet => "build_set",
            Op::BuildDict => "build_dict",
            Op::BuildSlice => "build_slice",
            Op::BuildString => "build_string",
            Op::FormatValue { .. } => "format_value",
            Op::ListAppend => "list_append",
            Op::ListExtend => "list_extend",
            Op::ListToTuple => "list_to_tuple",
            Op::DictSetItem => "dict_set_item",
            Op::DictMerge { .. } => "dict_merge",
            Op::SetAdd => "set_add",
            Op::GetIter => "get_iter",
            Op::IterNext => "iter_next",
            Op::IsIterStop => "is_iter_stop",
            Op::Unpack { .. } => "unpack",
            Op::UnpackEx { .. } => "unpack_ex",
            Op::Call { .. } => "call",
            Op::CallWithGlobals { .. } => "call_with_globals",
            Op::CallMethod { .. } => "call_method",
            Op::CallEx { .. } => "call_ex",
            Op::CallDirect(_) => "call_direct",
            Op::FunctionObject(_) => "function_object",
            Op::MakeFunction { .. } => "make_function",
            Op::BuildClass => "build_class",
            Op::Yield { delegate: false } => "yield",
            Op::Yield { delegate: true } => "yield.delegating",
            Op::DelegateStep => "delegate_step",
            Op::WithEnter => "with_enter",
            Op::WithExit => "with_exit",
            Op::WithExitExc => "with_exit_exc",
            Op::MatchSequence { star: false, .. } => "match_sequence",
            Op::MatchSequence { star: true, .. } => "match_sequence.star",
            Op::MatchMapping { .. } => "match_mapping",
            Op::MatchKeys => "match_keys",
            Op::MatchRest => "match_rest",
            Op::MatchClass { .. } => "match_class",
            Op::ClassLookup(_) => "class_lookup",
            Op::Raise { .. } => "raise",
            Op::Reraise => "reraise",
            Op::Restore => "restore",
            Op::FetchExc => "fetch_exc",
            Op::PushHandled => "push_handled",
            Op::PopHandled => "pop_handled",
            Op::ExcMatches => "exc_matches",
            Op::ExcStarMatch => "exc_star_match",
            Op::PrepReraiseStar => "prep_reraise_star",
            Op::AssertFail { .. } => "assert_fail",
            Op::RaiseUnbound(_) => "raise_unbound",
            Op::TracebackAdd { .. } => "traceback_add",
            Op::Jump(_) => "jump",
            Op::Branch { .. } => "branch",
            Op::Return => "return",
            Op::Propagate => "propagate",
        }
    }
}
