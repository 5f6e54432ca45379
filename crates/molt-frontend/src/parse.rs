//! Parsing with `ruff_python_parser`, and CPython-style messages for the
//! syntax errors users hit most.

use ruff_python_ast::ModModule;
use ruff_python_parser::{LexicalErrorType, ParseErrorType, parse_module};
use ruff_text_size::Ranged;

use crate::diagnostic::{Diagnostic, Result};
use crate::source::SourceFile;

/// Parses a whole module.
pub fn parse(source: &SourceFile) -> Result<ModModule> {
    match parse_module(&source.text) {
        Ok(parsed) => Ok(parsed.into_syntax()),
        Err(err) => {
            let (kind, message) = cpython_message(&err.error, source, err.location.start());
            Err(Diagnostic::syntax_kind(kind, source, err.range().start(), message))
        }
    }
}

/// The exception class and message CPython reports for a parse error.
fn cpython_message(e: &ParseErrorType, source: &SourceFile, at: ruff_text_size::TextSize) -> (&'static str, String) {
    let syntax = |m: &str| ("SyntaxError", m.to_string());
    match e {
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => (
            "SyntaxError",
            format!("unterminated string literal (detected at line {})", source.line(at)),
        ),
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            ("IndentationError", "unindent does not match any outer indentation level".into())
        }
        ParseErrorType::UnexpectedIndentation => ("IndentationError", "unexpected indent".into()),
        ParseErrorType::Lexical(LexicalErrorType::Eof) => syntax("unexpected EOF while parsing"),
        ParseErrorType::InvalidAssignmentTarget => syntax("cannot assign to expression"),
        ParseErrorType::InvalidDeleteTarget => syntax("cannot delete expression"),
        ParseErrorType::PositionalAfterKeywordArgument => syntax("positional argument follows keyword argument"),
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("parameter without a default follows parameter with a default")
        }
        // `except*` misuse; `except* as e:` is plain invalid syntax in CPython.
        ParseErrorType::OtherError(m) if m == "Cannot have both 'except' and 'except*' on the same 'try'" => {
            syntax("cannot have both 'except' and 'except*' on the same 'try'")
        }
        ParseErrorType::OtherError(m) if m == "Expected one or more exception types" && !source.text[at.to_usize()..].starts_with("as") => {
            syntax("expected one or more exception types")
        }
        ParseErrorType::ExpectedToken { found, .. } if matches!(found, ruff_python_ast::token::TokenKind::Dedent | ruff_python_ast::token::TokenKind::EndOfFile) => {
            ("IndentationError", "expected an indented block".into())
        }
        _ => syntax("invalid syntax"),
    }
}
