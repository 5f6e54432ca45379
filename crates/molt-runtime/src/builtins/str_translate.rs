//! `str.maketrans` and `str.translate`.
//!
//! A translation table is any object indexable by code point (usually the
//! dict `maketrans` builds): `table[ord(c)]` gives an int (the new code
//! point), a str (the replacement text) or None (delete `c`); a
//! `LookupError` (KeyError, IndexError) leaves `c` unchanged. Results for
//! ASCII characters are cached per call, as CPython does, so a table is
//! consulted once per distinct ASCII character.

use molt_abi::Value;

use crate::builtins::exceptions::LOOKUP_ERROR;
use crate::builtins::str::{self as pystr, as_str, is_str, new};
use crate::builtins::str_methods::clinic_type_name;
use crate::builtins::{dict, int};
use crate::error::{PyResult, type_error, value_error};
use crate::object::Obj;
use crate::protocol;

/// `str.maketrans(x[, y[, z]])` (a static method).
pub fn maketrans(a: &[Value]) -> PyResult<Obj> {
    let table = dict::new();
    if a.len() == 1 {
        let x = a[0];
        if !dict::is_dict(x) {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (key, value) in dict::items_owned(x) {
            let key = if is_str(key.v()) {
                if pystr::char_len(key.v()) != 1 {
                    return Err(value_error("string keys in translate table must be of length 1"));
                }
                int::from_i64(pystr::char_at(key.v(), 0) as i64)
            } else if int::is_int(key.v()) {
                key
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            };
            dict::set_item(table.v(), key.v(), value.v())?;
        }
        return Ok(table);
    }
    if !is_str(a[0]) {
        return Err(type_error("first maketrans argument must be a string if there is a second argument"));
    }
    for (i, &v) in a.iter().enumerate().skip(1) {
        if !is_str(v) {
            return Err(type_error(format!("maketrans() argument {} must be str, not {}", i + 1, clinic_type_name(v))));
        }
    }
    if pystr::char_len(a[0]) != pystr::char_len(a[1]) {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (from, to) in as_str(a[0]).chars().zip(as_str(a[1]).chars()) {
        dict::set_item(table.v(), int::from_i64(from as i64).v(), int::from_i64(to as i64).v())?;
    }
    if let Some(&z) = a.get(2) {
        for c in as_str(z).chars() {
            dict::set_item(table.v(), int::from_i64(c as i64).v(), Value::NONE)?;
        }
    }
    Ok(table)
}

/// What the table says about one character.
#[derive(Clone)]
enum Entry {
    Keep,
    Delete,
    Char(char),
    Text(Obj),
}

fn lookup(table: Value, c: char) -> PyResult<Entry> {
    let key = int::from_i64(c as i64);
    let found = if dict::is_exact_dict(table) {
        dict::get_item(table, key.v())?.map(Obj::from_borrowed)
    } else {
        match protocol::getitem(table, key.v()) {
            Ok(v) => Some(v),
            Err(_) if crate::error::raised_matches(&raw mut LOOKUP_ERROR) => {
                crate::error::clear_raised();
                None
            }
            Err(e) => return Err(e),
        }
    };
    let Some(v) = found else { return Ok(Entry::Keep) };
    let v = v.v();
    if v.is_none() {
        return Ok(Entry::Delete);
    }
    if let Some(n) = int::view(v) {
        return match n.to_i128().and_then(|n| u32::try_from(n).ok()).filter(|&n| n < 0x110000) {
            Some(n) => match char::from_u32(n) {
                Some(ch) => Ok(Entry::Char(ch)),
                None => Err(crate::error::not_implemented_error("lone surrogates are not supported yet")),
            },
            None => Err(value_error("character mapping must be in range(0x110000)")),
        };
    }
    if is_str(v) {
        return Ok(Entry::Text(Obj::from_borrowed(v)));
    }
    Err(type_error("character mapping must return integer, None or str"))
}

/// `str.translate(table)`.
pub fn translate(a: &[Value]) -> PyResult<Obj> {
    let (s, table) = (as_str(a[0]), a[1]);
    let mut ascii_cache: [Option<Entry>; 128] = [const { None }; 128];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let entry = if c.is_ascii() {
            match &ascii_cache[c as usize] {
                Some(e) => e.clone(),
                None => {
                    let e = lookup(table, c)?;
                    ascii_cache[c as usize] = Some(e.clone());
                    e
                }
            }
        } else {
            lookup(table, c)?
        };
        match entry {
            Entry::Keep => out.push(c),
            Entry::Delete => {}
            Entry::Char(ch) => out.push(ch),
            Entry::Text(t) => out.push_str(as_str(t.v())),
        }
    }
    Ok(new(&out))
}
