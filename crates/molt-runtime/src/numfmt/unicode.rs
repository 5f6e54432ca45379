//! Reduction of a `str` argument of `int()` / `float()` to ASCII.
//!
//! Before parsing a `str`, CPython 3.12 runs
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`: characters below U+007F are
//! kept, every other whitespace character (`str.isspace()`) becomes a space,
//! every decimal digit (`str.isdecimal()`, Unicode category Nd) becomes the
//! ASCII digit of the same value, and any other character becomes `?`,
//! which no number grammar accepts. So
//! `int('\u0661\u0662')` is 12 and `float('1.5\u3000')` is 1.5, while
//! superscripts such as `'²'` are rejected. `bytes` arguments skip this step.
//!
//! The tables below are the Unicode 15.0 data CPython 3.12 ships with.

use std::borrow::Cow;

/// Non-ASCII code points for which CPython's `str.isspace()` is true.
const NON_ASCII_SPACES: &[u32] = &[
    0x0085, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
];

/// The code point of digit zero of every non-ASCII decimal digit run. Each
/// Unicode Nd run is ten consecutive code points with the values 0 to 9.
const DIGIT_ZEROS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

/// CPython's `Py_ISSPACE`: the ASCII whitespace the number parsers skip.
/// Note that U+001C..U+001F, though `str.isspace()`, are not among them.
pub(super) fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The ASCII text CPython parses for the `str` argument `s`. Characters
/// with no ASCII equivalent become `?` as in CPython, rather than failing
/// here: a NUL before them still ends the parse first, and the text before
/// the NUL decides which error is reported (see `parse_int`).
pub(super) fn to_ascii(s: &str) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s.as_bytes());
    }
    Cow::Owned(
        s.chars()
            .map(|c| match u8::try_from(c) {
                Ok(byte) if byte < 0x7f => byte,
                _ => non_ascii_equivalent(u32::from(c)).unwrap_or(b'?'),
            })
            .collect(),
    )
}

/// The ASCII byte standing for a non-ASCII character (`U+007F` included),
/// if it has one.
fn non_ascii_equivalent(code: u32) -> Option<u8> {
    if NON_ASCII_SPACES.binary_search(&code).is_ok() {
        return Some(b' ');
    }
    let run = DIGIT_ZEROS
        .partition_point(|&zero| zero <= code)
        .checked_sub(1)?;
    let value = code - DIGIT_ZEROS[run];
    // Digit values are below 10, so the narrowing cannot lose anything.
    (value < 10).then(|| b'0' + value as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ascii(s: &str) -> Vec<u8> {
        to_ascii(s).into_owned()
    }

    #[test]
    fn ascii_is_borrowed_unchanged() {
        assert!(matches!(
            to_ascii(" 12\x1c\x7f?"),
            Cow::Borrowed(b" 12\x1c\x7f?")
        ));
    }

    #[test]
    fn digits_and_spaces_are_mapped() {
        // int('\u0661\u0662') == 12; float('\u0661.\u0665') == 1.5
        assert_eq!(ascii("\u{661}\u{662}"), b"12");
        assert_eq!(ascii("\u{661}.\u{665}"), b"1.5");
        // int('\u0beb') == 5 (Tamil digit five)
        assert_eq!(ascii("\u{beb}"), b"5");
        // int('\xa012\u3000') == 12; float('1\x85') == 1.0
        assert_eq!(ascii("\u{a0}12\u{3000}"), b" 12 ");
        assert_eq!(ascii("1\u{85}"), b"1 ");
        // Fullwidth and mathematical digits, first and last of their runs.
        assert_eq!(ascii("\u{ff10}\u{ff19}"), b"09");
        assert_eq!(ascii("\u{1d7ce}\u{1fbf9}"), b"09");
    }

    #[test]
    fn other_characters_become_question_marks() {
        // int('\xb2') raises: superscript two is a digit but not decimal.
        assert_eq!(ascii("\u{b2}"), b"?");
        assert_eq!(ascii("1\u{7f}\u{e9}"), b"1??");
        // Either side of the Arabic-Indic digit run.
        assert_eq!(ascii("\u{65f}\u{660}\u{669}\u{66a}"), b"?09?");
        // A zero-width space is not a space.
        assert_eq!(ascii("\u{200b}"), b"?");
    }

    #[test]
    fn tables_are_sorted() {
        assert!(NON_ASCII_SPACES.windows(2).all(|w| w[0] < w[1]));
        assert!(DIGIT_ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
    }
}
