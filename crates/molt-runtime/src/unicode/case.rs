//! Case conversion and case predicates of whole strings, as CPython's
//! `unicodeobject.c` does them.
//!
//! Full mappings can change the length: `'ß'.upper()` is `'SS'`,
//! `'ﬁ'.title()` is `'Fi'`, `'İ'.lower()` is `'i̇'` (two code points). The
//! one context-dependent rule is the final sigma: `'Σ'` lowers to `'ς'`
//! when a cased letter precedes it (skipping case-ignorable characters such
//! as apostrophes and combining marks) and none follows, so
//! `'ΟΔΟΣ'.lower()` is `'οδος'` but `'ΣΑ'.lower()` is `'σα'`. `casefold`
//! ignores that context, as CPython does.
//!
//! Every conversion has an ASCII fast path; text that is all ASCII keeps
//! its byte length.

use super::{CASE_IGNORABLE, CASED, LOWER, Mapping, TITLE, UPPER, flags, push_mapped};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower(&mut out, s, i, c);
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_each(s, Mapping::Upper)
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_each(s, Mapping::Fold)
}

/// `str.swapcase()`: uppercase characters lower (with the final-sigma
/// rule), lowercase ones upper, the rest unchanged.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s.bytes().map(|b| (if b.is_ascii_alphabetic() { b ^ 0x20 } else { b }) as char).collect();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        let f = flags(c);
        if f & UPPER != 0 {
            push_lower(&mut out, s, i, c);
        } else if f & LOWER != 0 {
            push_mapped(&mut out, c, Mapping::Upper);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize()`: the first character in titlecase (since Python
/// 3.8), the rest lowered.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    if let Some((_, first)) = chars.next() {
        push_mapped(&mut out, first, Mapping::Title);
    }
    for (i, c) in chars {
        push_lower(&mut out, s, i, c);
    }
    out
}

/// `str.title()`: a character following a cased one is lowered, any other
/// is titlecased. Apostrophes are not cased, so `"they're".title()` is
/// `"They'Re"`.
pub fn title(s: &str) -> String {
    if s.is_ascii() {
        let mut prev_cased = false;
        return s
            .bytes()
            .map(|b| {
                let cased = b.is_ascii_alphabetic();
                let out = if !cased {
                    b
                } else if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = cased;
                out as char
            })
            .collect();
    }
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, c) in s.char_indices() {
        if prev_cased {
            push_lower(&mut out, s, i, c);
        } else {
            push_mapped(&mut out, c, Mapping::Title);
        }
        prev_cased = flags(c) & CASED != 0;
    }
    out
}

/// `str.istitle()`: uppercase and titlecase characters only after uncased
/// ones, lowercase only after cased ones, and at least one cased character.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (UPPER | TITLE) != 0 {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if f & LOWER != 0 {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `str.islower()` (`upper == false`) or `str.isupper()`: at least one
/// character of the wanted case and none of the other case or titlecase.
pub fn is_cased_as(s: &str, upper: bool) -> bool {
    let (want, reject) = if upper { (UPPER, LOWER | TITLE) } else { (LOWER, UPPER | TITLE) };
    if s.is_ascii() {
        let mut any = false;
        for b in s.bytes() {
            if upper && b.is_ascii_lowercase() || !upper && b.is_ascii_uppercase() {
                return false;
            }
            any |= if upper { b.is_ascii_uppercase() } else { b.is_ascii_lowercase() };
        }
        return any;
    }
    // CPython tests a single character by its flag alone.
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return flags(c) & want != 0;
    }
    let mut any = false;
    for c in s.chars() {
        let f = flags(c);
        if f & reject != 0 {
            return false;
        }
        any |= f & want != 0;
    }
    any
}

fn map_each(s: &str, which: Mapping) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(match which {
                Mapping::Upper | Mapping::Title => c.to_ascii_uppercase(),
                Mapping::Lower | Mapping::Fold => c.to_ascii_lowercase(),
            });
        } else {
            push_mapped(&mut out, c, which);
        }
    }
    out
}

/// The lowercase mapping of `c`, found at byte `i` of `s`, with the
/// final-sigma rule.
#[inline]
fn push_lower(out: &mut String, s: &str, i: usize, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        push_mapped(out, c, Mapping::Lower);
    }
}

/// CPython's `handle_capital_sigma`: `\p{cased} \p{case-ignorable}* Σ`
/// not followed by `\p{case-ignorable}* \p{cased}`.
fn is_final_sigma(s: &str, i: usize) -> bool {
    let is_cased = |c: Option<char>| c.is_some_and(|c| flags(c) & CASED != 0);
    let not_ignorable = |c: &char| flags(*c) & CASE_IGNORABLE == 0;
    let before = s[..i].chars().rev().find(not_ignorable);
    let after = s[i + CAPITAL_SIGMA.len_utf8()..].chars().find(not_ignorable);
    is_cased(before) && !is_cased(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_changing_mappings() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(upper("ŉ ǰ ﬁ"), "ʼN J\u{30c} FI");
        assert_eq!(lower("İstanbul"), "i\u{307}stanbul");
        assert_eq!(casefold("Straße ẞ"), "strasse ss");
        assert_eq!(title("ﬁsh ßa"), "Fish Ssa");
        assert_eq!(capitalize("ǆemal"), "ǅemal");
        assert_eq!(swapcase("ß Σa"), "SS σA");
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("ΣΑ"), "σα");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣ'"), "ας'");
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
        assert_eq!(lower("Α'Σ"), "α'ς");
        assert_eq!(casefold("ΟΔΟΣ"), "οδοσ");
    }

    #[test]
    fn ascii_paths() {
        assert_eq!(title("they're bill's 3rd"), "They'Re Bill'S 3Rd");
        assert_eq!(swapcase("aB1"), "Ab1");
        assert!(is_title("Hello World") && !is_title("Hello world") && !is_title("123"));
        assert!(is_cased_as("ABC1", true) && !is_cased_as("1", true) && is_cased_as("abc", false));
    }

    #[test]
    fn unicode_predicates() {
        assert!(is_title("ǅemal") && !is_title("ǅEmal"));
        assert!(!is_cased_as("ǅ", true) && !is_cased_as("ǅ", false));
        assert!(is_cased_as("ʰ", false) && is_cased_as("ªb", false));
    }
}
