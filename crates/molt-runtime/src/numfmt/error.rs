//! Error types of the number conversions, each mapped to the Python exception
//! CPython 3.12 raises and its exact message text.
//!
//! The conversions never build Python objects themselves, so messages that
//! embed the `repr()` of the offending argument take that repr from the
//! caller ([`ParseIntError::message`], [`ParseFloatError::message`]); all
//! other messages are available through `Display`.

use std::fmt;

/// The Python exception class a conversion error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionKind {
    /// `ValueError`
    ValueError,
    /// `OverflowError`
    OverflowError,
}

/// `float(str)` rejected its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseFloatError;

impl ParseFloatError {
    /// The exception class: `ValueError`.
    pub fn kind(&self) -> ExceptionKind {
        ExceptionKind::ValueError
    }

    /// The message `could not convert string to float: {repr}`, where `repr`
    /// is the full `repr()` of the original argument (CPython formats it
    /// with `%R`, without truncation).
    pub fn message(&self, repr: &str) -> String {
        format!("could not convert string to float: {repr}")
    }
}

/// `int(str, base)` rejected its arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseIntError {
    /// The base is neither 0 nor in `2..=36`.
    /// ValueError: `int() base must be >= 2 and <= 36, or 0`.
    InvalidBase,
    /// The text is not an integer literal in `base` (the base the caller
    /// passed, so 0 for prefix-determined literals).
    /// ValueError: `invalid literal for int() with base {base}: {repr}` where
    /// `repr` is the `repr()` of the original argument cut to its first 200
    /// characters (CPython uses `%.200R`).
    InvalidLiteral {
        /// The base argument as given by the caller.
        base: u32,
    },
    /// The literal has more digits than the interpreter's
    /// `sys.get_int_max_str_digits()` allows (bases that are not powers of two
    /// only). ValueError: `Exceeds the limit ({limit} digits) for integer
    /// string conversion: value has {digits} digits; use
    /// sys.set_int_max_str_digits() to increase the limit`.
    TooManyDigits {
        /// The active limit.
        limit: usize,
        /// The number of digits in the literal (underscores excluded).
        digits: usize,
    },
}

impl ParseIntError {
    /// The exception class: always `ValueError`.
    pub fn kind(&self) -> ExceptionKind {
        ExceptionKind::ValueError
    }

    /// The complete CPython message. `repr` is the `repr()` of the original
    /// argument; it is used (and cut to 200 characters) only by
    /// [`ParseIntError::InvalidLiteral`].
    pub fn message(&self, repr: &str) -> String {
        match *self {
            ParseIntError::InvalidBase => "int() base must be >= 2 and <= 36, or 0".to_owned(),
            ParseIntError::InvalidLiteral { base } => {
                let cut = match repr.char_indices().nth(200) {
                    Some((end, _)) => &repr[..end],
                    None => repr,
                };
                format!("invalid literal for int() with base {base}: {cut}")
            }
            ParseIntError::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {digits} digits; use sys.set_int_max_str_digits() \
                 to increase the limit"
            ),
        }
    }
}

/// `int(x)` for a float that has no integer value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatToIntError {
    /// The float is an infinity.
    /// OverflowError: `cannot convert float infinity to integer`.
    Infinity,
    /// The float is a NaN.
    /// ValueError: `cannot convert float NaN to integer`.
    NaN,
}

impl FloatToIntError {
    /// The exception class.
    pub fn kind(&self) -> ExceptionKind {
        match self {
            FloatToIntError::Infinity => ExceptionKind::OverflowError,
            FloatToIntError::NaN => ExceptionKind::ValueError,
        }
    }
}

impl fmt::Display for FloatToIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FloatToIntError::Infinity => "cannot convert float infinity to integer",
            FloatToIntError::NaN => "cannot convert float NaN to integer",
        })
    }
}

/// `float(n)` for an integer whose correctly rounded value is 2**1024 or more
/// in magnitude. OverflowError: `int too large to convert to float`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntTooLargeError;

impl IntTooLargeError {
    /// The exception class: `OverflowError`.
    pub fn kind(&self) -> ExceptionKind {
        ExceptionKind::OverflowError
    }
}

impl fmt::Display for IntTooLargeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("int too large to convert to float")
    }
}

/// A float format request CPython refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatFloatError {
    /// The precision exceeds `INT_MAX` (2147483647).
    /// ValueError: `precision too big`.
    PrecisionTooBig,
}

impl FormatFloatError {
    /// The exception class: `ValueError`.
    pub fn kind(&self) -> ExceptionKind {
        ExceptionKind::ValueError
    }
}

impl fmt::Display for FormatFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatFloatError::PrecisionTooBig => f.write_str("precision too big"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_match_cpython() {
        assert_eq!(
            ParseFloatError.message("'abc'"),
            "could not convert string to float: 'abc'"
        );
        assert_eq!(
            ParseIntError::InvalidBase.message("'1'"),
            "int() base must be >= 2 and <= 36, or 0"
        );
        assert_eq!(
            ParseIntError::InvalidLiteral { base: 0 }.message("'0_7'"),
            "invalid literal for int() with base 0: '0_7'"
        );
        assert_eq!(
            ParseIntError::TooManyDigits {
                limit: 4300,
                digits: 5000
            }
            .message(""),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            FloatToIntError::Infinity.to_string(),
            "cannot convert float infinity to integer"
        );
        assert_eq!(
            FloatToIntError::NaN.to_string(),
            "cannot convert float NaN to integer"
        );
        assert_eq!(
            IntTooLargeError.to_string(),
            "int too large to convert to float"
        );
        assert_eq!(
            FormatFloatError::PrecisionTooBig.to_string(),
            "precision too big"
        );
    }

    #[test]
    fn invalid_literal_repr_is_cut_to_200_chars() {
        // int('x' * 300): CPython's message is 240 characters long, the repr
        // losing its closing quote.
        let repr = format!("'{}'", "x".repeat(300));
        let msg = ParseIntError::InvalidLiteral { base: 10 }.message(&repr);
        assert_eq!(msg.chars().count(), 240);
        assert!(msg.ends_with('x'));
        // Multi-byte characters are counted as characters, not bytes.
        let repr = format!("'{}'", "é".repeat(300));
        let msg = ParseIntError::InvalidLiteral { base: 10 }.message(&repr);
        assert_eq!(msg.chars().count(), 240);
    }

    #[test]
    fn kinds() {
        assert_eq!(
            FloatToIntError::Infinity.kind(),
            ExceptionKind::OverflowError
        );
        assert_eq!(FloatToIntError::NaN.kind(), ExceptionKind::ValueError);
        assert_eq!(IntTooLargeError.kind(), ExceptionKind::OverflowError);
        assert_eq!(ParseFloatError.kind(), ExceptionKind::ValueError);
        assert_eq!(ParseIntError::InvalidBase.kind(), ExceptionKind::ValueError);
        assert_eq!(
            FormatFloatError::PrecisionTooBig.kind(),
            ExceptionKind::ValueError
        );
    }
}
