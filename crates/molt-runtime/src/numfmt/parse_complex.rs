//! `complex(str)`: CPython 3.12's string-to-complex grammar.
//!
//! As for `float(str)`, the text is first reduced to ASCII (see
//! [`super::unicode`]) and its underscores, each of which must sit between
//! two ASCII digits, are removed. Then, after optional whitespace and an
//! optional opening parenthesis (the `repr` form), one of these must follow:
//!
//! * `<float>` — the real part only (`"1.5"`, `"-inf"`);
//! * `<float>j` — the imaginary part only (`"2j"`, `"nanJ"`);
//! * `<float><signed-float>j` — both parts (`"1+2j"`, `"-1.5e3-infj"`);
//! * the legacy forms `<float><sign>j`, `<sign>j` and `j` (`"1+j"`,
//!   `"-j"`), whose missing coefficient is 1;
//!
//! then optional whitespace, the closing parenthesis if one was opened, and
//! optional whitespace up to the end. `<float>` is the longest prefix
//! CPython's `strtod` accepts: a sign, digits with at most one point and
//! at least one digit, and an exponent only when it has digits (`"1e"`
//! stops before the `e`); or a sign and `inf`, `infinity` or `nan`.
//! Out-of-range values round to infinity or zero without error.

use std::borrow::Cow;

use super::unicode;

/// `complex(str)` rejected its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseComplexError {
    /// An underscore not between two digits, or an embedded NUL in text
    /// with underscores. ValueError: `could not convert string to
    /// complex: {repr}` (see [`ParseComplexError::message`]).
    Underscore,
    /// Anything else. ValueError: `complex() arg is a malformed string`.
    Malformed,
}

impl ParseComplexError {
    /// The complete CPython message; `repr` is the `repr()` of the
    /// original argument, used by [`ParseComplexError::Underscore`].
    pub fn message(&self, repr: &str) -> String {
        match self {
            ParseComplexError::Underscore => format!("could not convert string to complex: {repr}"),
            ParseComplexError::Malformed => "complex() arg is a malformed string".to_owned(),
        }
    }
}

/// `complex(s)` for a `str` argument: the real and imaginary parts.
pub fn parse_complex(s: &str) -> Result<(f64, f64), ParseComplexError> {
    let ascii = unicode::to_ascii(s);
    let text = remove_underscores(&ascii)?;
    parse_ascii(&text).ok_or(ParseComplexError::Malformed)
}

/// CPython's `_Py_string_to_number_with_underscores`: every underscore
/// must follow and precede an ASCII digit, and text with underscores may
/// not hold a NUL.
fn remove_underscores(text: &[u8]) -> Result<Cow<'_, [u8]>, ParseComplexError> {
    if !text.contains(&b'_') {
        return Ok(Cow::Borrowed(text));
    }
    let mut out = Vec::with_capacity(text.len());
    let mut prev = 0u8;
    for &b in text {
        if b == 0 {
            return Err(ParseComplexError::Underscore);
        }
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return Err(ParseComplexError::Underscore);
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return Err(ParseComplexError::Underscore);
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return Err(ParseComplexError::Underscore);
    }
    Ok(Cow::Owned(out))
}

/// The grammar of the module docs on ASCII text without underscores.
fn parse_ascii(text: &[u8]) -> Option<(f64, f64)> {
    let mut s = Scanner { text, pos: 0 };
    s.skip_space();
    let bracket = s.eat(b'(');
    if bracket {
        s.skip_space();
    }
    let (real, imag) = match s.float() {
        Some(z) => match s.peek() {
            Some(b'+' | b'-') => {
                let y = match s.float() {
                    Some(y) => y,
                    None => s.unit_sign()?,
                };
                s.imaginary_unit()?;
                (z, y)
            }
            Some(b'j' | b'J') => {
                s.pos += 1;
                (0.0, z)
            }
            _ => (z, 0.0),
        },
        None => {
            let y = if matches!(s.peek(), Some(b'+' | b'-')) { s.unit_sign()? } else { 1.0 };
            s.imaginary_unit()?;
            (0.0, y)
        }
    };
    s.skip_space();
    if bracket {
        if !s.eat(b')') {
            return None;
        }
        s.skip_space();
    }
    (s.pos == text.len()).then_some((real, imag))
}

/// A cursor over the ASCII text being parsed.
struct Scanner<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(unicode::is_ascii_space) {
            self.pos += 1;
        }
    }

    /// A lone sign standing for a coefficient of ±1.
    fn unit_sign(&mut self) -> Option<f64> {
        let sign = match self.peek()? {
            b'+' => 1.0,
            b'-' => -1.0,
            _ => return None,
        };
        self.pos += 1;
        Some(sign)
    }

    fn imaginary_unit(&mut self) -> Option<()> {
        (self.eat(b'j') || self.eat(b'J')).then_some(())
    }

    /// The longest float prefix at the cursor (CPython's `strtod`), or
    /// `None` without moving when there is none.
    fn float(&mut self) -> Option<f64> {
        let rest = &self.text[self.pos..];
        let len = decimal_prefix_len(rest).or_else(|| special_prefix_len(rest))?;
        let value = super::parse_float::parse_float_bytes(&rest[..len]).ok()?;
        self.pos += len;
        Some(value)
    }
}

/// Length of the decimal number at the start of `text`: a sign, digits
/// with at most one point and at least one digit, and an exponent when it
/// has digits.
fn decimal_prefix_len(text: &[u8]) -> Option<usize> {
    let digits_from = |i: usize| text[i.min(text.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = usize::from(matches!(text.first(), Some(b'+' | b'-')));
    let whole = digits_from(i);
    i += whole;
    let mut frac = 0;
    if text.get(i) == Some(&b'.') {
        frac = digits_from(i + 1);
        if whole + frac > 0 {
            i += 1 + frac;
        }
    }
    if whole + frac == 0 {
        return None;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(text.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp = digits_from(j);
        if exp > 0 {
            i = j + exp;
        }
    }
    Some(i)
}

/// Length of a signed `inf`, `infinity` or `nan` (any case) at the start
/// of `text`.
fn special_prefix_len(text: &[u8]) -> Option<usize> {
    let sign = usize::from(matches!(text.first(), Some(b'+' | b'-')));
    let rest = &text[sign..];
    let starts = |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    if starts(b"infinity") {
        Some(sign + 8)
    } else if starts(b"inf") || starts(b"nan") {
        Some(sign + 3)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> (f64, f64) {
        parse_complex(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
    }

    #[test]
    fn forms_accepted_by_cpython() {
        assert_eq!(ok("1+2j"), (1.0, 2.0));
        assert_eq!(ok(" ( -1.5e3-2.5J ) "), (-1500.0, -2.5));
        assert_eq!(ok("3"), (3.0, 0.0));
        assert_eq!(ok("2j"), (0.0, 2.0));
        assert_eq!(ok("j"), (0.0, 1.0));
        assert_eq!(ok("-j"), (0.0, -1.0));
        assert_eq!(ok("1-j"), (1.0, -1.0));
        assert_eq!(ok("1_000+2_0j"), (1000.0, 20.0));
        assert_eq!(ok("\u{661}+\u{662}j\u{3000}"), (1.0, 2.0));
        assert_eq!(ok("+1.J"), (0.0, 1.0));
        assert_eq!(ok("infinityj"), (0.0, f64::INFINITY));
        let (r, i) = ok("-infinity+nanj");
        assert!(r == f64::NEG_INFINITY && i.is_nan());
        assert_eq!(ok("1e500j"), (0.0, f64::INFINITY));
        assert_eq!(ok(".5-.5j"), (0.5, -0.5));
    }

    #[test]
    fn forms_rejected_by_cpython() {
        for s in ["", " ", "()", "(1", "1)", "1+2", "1+2jj", "j1", "1 +2j", "+-j", "1e", ".", "1..2", "(1+2j", "1+2j)x", "1e+j", "1\0", "infinit", "1+ 2j", "0x1", "1j+2"] {
            assert_eq!(parse_complex(s), Err(ParseComplexError::Malformed), "{s:?}");
        }
        for s in ["1__0", "_1", "1_", "1_.5j", "1_\0", "1_0\0"] {
            assert_eq!(parse_complex(s), Err(ParseComplexError::Underscore), "{s:?}");
        }
    }
}
