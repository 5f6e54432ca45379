//! Operator codes passed from generated code to the runtime's generic
//! operator entry points (`molt_binary`, `molt_compare`, ...).

/// A binary arithmetic or bitwise operator.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinaryOp {
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::MatMul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::And,
        BinaryOp::Or,
        BinaryOp::Xor,
    ];

    pub fn from_code(code: i64) -> Option<BinaryOp> {
        BinaryOp::ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::MatMul => "@",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "**",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
        }
    }

    /// The forward dunder: `__add__`.
    pub fn dunder(self) -> &'static str {
        match self {
            BinaryOp::Add => "__add__",
            BinaryOp::Sub => "__sub__",
            BinaryOp::Mul => "__mul__",
            BinaryOp::MatMul => "__matmul__",
            BinaryOp::TrueDiv => "__truediv__",
            BinaryOp::FloorDiv => "__floordiv__",
            BinaryOp::Mod => "__mod__",
            BinaryOp::Pow => "__pow__",
            BinaryOp::LShift => "__lshift__",
            BinaryOp::RShift => "__rshift__",
            BinaryOp::And => "__and__",
            BinaryOp::Or => "__or__",
            BinaryOp::Xor => "__xor__",
        }
    }

    /// The reflected dunder: `__radd__`.
    pub fn reflected_dunder(self) -> &'static str {
        match self {
            BinaryOp::Add => "__radd__",
            BinaryOp::Sub => "__rsub__",
            BinaryOp::Mul => "__rmul__",
            BinaryOp::MatMul => "__rmatmul__",
            BinaryOp::TrueDiv => "__rtruediv__",
            BinaryOp::FloorDiv => "__rfloordiv__",
            BinaryOp::Mod => "__rmod__",
            BinaryOp::Pow => "__rpow__",
            BinaryOp::LShift => "__rlshift__",
            BinaryOp::RShift => "__rrshift__",
            BinaryOp::And => "__rand__",
            BinaryOp::Or => "__ror__",
            BinaryOp::Xor => "__rxor__",
        }
    }

    /// Stem of the dunder methods: `add` for `__add__`/`__radd__`/`__iadd__`.
    pub fn dunder_stem(self) -> &'static str {
        match self {
            BinaryOp::Add => "add",
            BinaryOp::Sub => "sub",
            BinaryOp::Mul => "mul",
            BinaryOp::MatMul => "matmul",
            BinaryOp::TrueDiv => "truediv",
            BinaryOp::FloorDiv => "floordiv",
            BinaryOp::Mod => "mod",
            BinaryOp::Pow => "pow",
            BinaryOp::LShift => "lshift",
            BinaryOp::RShift => "rshift",
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
            BinaryOp::Xor => "xor",
        }
    }
}

/// A rich comparison operator.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub const ALL: [CompareOp; 6] =
        [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge];

    pub fn from_code(code: i64) -> Option<CompareOp> {
        CompareOp::ALL.get(usize::try_from(code).ok()?).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// Name of the dunder method: `__lt__`, ...
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// Applies the operator to an [`Ordering`](std::cmp::Ordering).
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// A unary operator other than `not`.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

impl UnaryOp {
    pub fn from_code(code: i64) -> Option<UnaryOp> {
        [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert].get(usize::try_from(code).ok()?).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
        }
    }

    pub fn dunder(self) -> &'static str {
        match self {
            UnaryOp::Neg => "__neg__",
            UnaryOp::Pos => "__pos__",
            UnaryOp::Invert => "__invert__",
        }
    }
}

/// Conversion applied by an f-string replacement field.
#[repr(u8)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}
