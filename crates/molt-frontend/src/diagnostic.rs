//! Errors reported to the user at compile time.

use std::fmt;

use crate::source::SourceFile;

/// A compile-time error, printed the way CPython prints the corresponding
/// error (the harness compares the last line).
#[derive(Debug, Clone, PartialEq)]
pub enum Diagnostic {
    /// Invalid Python: `SyntaxError` (or a subclass such as
    /// `IndentationError`) at a position.
    Syntax { kind: &'static str, file: String, line: u32, column: u32, text: String, message: String },
    /// Valid Python that Molt does not compile yet.
    Unsupported { feature: String, file: String, line: u32 },
    /// A file that could not be read.
    Io { path: String, message: String },
}

impl Diagnostic {
    /// A SyntaxError at a byte offset of `source`.
    pub fn syntax(source: &SourceFile, offset: ruff_text_size::TextSize, message: impl Into<String>) -> Diagnostic {
        Diagnostic::syntax_kind("SyntaxError", source, offset, message)
    }

    pub fn syntax_kind(
        kind: &'static str,
        source: &SourceFile,
        offset: ruff_text_size::TextSize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let line = source.line(offset);
        Diagnostic::Syntax {
            kind,
            file: source.path.clone(),
            line,
            column: source.column(offset),
            text: source.line_text(line).to_string(),
            message: message.into(),
        }
    }

    pub fn unsupported(source: &SourceFile, offset: ruff_text_size::TextSize, feature: impl Into<String>) -> Diagnostic {
        Diagnostic::Unsupported { feature: feature.into(), file: source.path.clone(), line: source.line(offset) }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Diagnostic::Syntax { kind, file, line, column, text, message } => {
                writeln!(f, "  File \"{file}\", line {line}")?;
                let trimmed = text.trim_start();
                let indent = text.chars().count() - trimmed.chars().count();
                writeln!(f, "    {trimmed}")?;
                let caret = (*column as usize).saturating_sub(indent + 1);
                writeln!(f, "    {}^", " ".repeat(caret))?;
                write!(f, "{kind}: {message}")
            }
            Diagnostic::Unsupported { feature, file, line } => {
                writeln!(f, "  File \"{file}\", line {line}")?;
                write!(f, "molt: error: {feature} is not supported yet")
            }
            Diagnostic::Io { path, message } => write!(f, "molt: error: cannot read '{path}': {message}"),
        }
    }
}

pub type Result<T> = std::result::Result<T, Diagnostic>;
