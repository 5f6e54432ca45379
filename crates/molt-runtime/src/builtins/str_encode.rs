//! `str.encode`: the UTF-8, UTF-16, UTF-32, ASCII and Latin-1 encoders
//! with CPython's error handlers.
//!
//! Encoding names are normalized as CPython's codec registry does
//! (`'UTF_8'`, `'utf8'`, `'U8'` and `'latin1'` all work). Only ASCII and
//! Latin-1 can meet an unencodable character: Molt's strings hold no lone
//! surrogates, so the Unicode encoders never fail. A run of unencodable
//! characters is handed to the error handler at once, as CPython does, so
//! `'éè'.encode('ascii')` reports "characters in position 0-1". The
//! handler name is only checked when an error occurs.

use molt_abi::Value;

use crate::builtins::bytes;
use crate::builtins::exceptions::unicode_encode_error;
use crate::builtins::str::{self as pystr, as_str, is_str};
use crate::builtins::str_methods::{clinic_type_name, parse_kw};
use crate::call::KwArgs;
use crate::error::{PyResult, lookup_error, type_error};
use crate::object::Obj;

/// The encoders implemented, by canonical codec name.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
}

/// Byte order; `Bom` is native order (little-endian) behind a byte-order
/// mark.
#[derive(Clone, Copy, PartialEq)]
enum Endian {
    Bom,
    Little,
    Big,
}

/// CPython's `encodings.normalize_encoding` plus the aliases of the
/// supported codecs.
fn lookup(name: &str) -> Option<Codec> {
    let mut norm = String::with_capacity(name.len());
    for part in name.to_ascii_lowercase().split(|c: char| !c.is_ascii_alphanumeric() && c != '.') {
        if !part.is_empty() {
            if !norm.is_empty() {
                norm.push('_');
            }
            norm.push_str(part);
        }
    }
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "l1" | "latin" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100"
        | "iso_8859_1_1987" | "csisolatin1" | "ibm819" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Bom),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Endian::Little),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Endian::Big),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Bom),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Little),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Big),
        _ => return None,
    })
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn encode_method(a: &[Value], kw: &KwArgs) -> PyResult<Obj> {
    let [encoding, errors] = parse_kw("encode", &a[1..], kw, ["encoding", "errors"])?;
    encode(a[0], encoding, errors)
}

/// Encodes str `s`; `encoding` and `errors` default to UTF-8 and strict.
pub fn encode(s: Value, encoding: Option<Value>, errors: Option<Value>) -> PyResult<Obj> {
    let name_arg = |v: Option<Value>, param: &str| -> PyResult<Option<&str>> {
        match v {
            None => Ok(None),
            Some(v) if is_str(v) => Ok(Some(as_str(v))),
            Some(v) => Err(type_error(format!("encode() argument '{param}' must be str, not {}", clinic_type_name(v)))),
        }
    };
    let encoding = name_arg(encoding, "encoding")?.unwrap_or("utf-8");
    let errors = name_arg(errors, "errors")?.unwrap_or("strict");
    let codec = lookup(encoding).ok_or_else(|| lookup_error(format!("unknown encoding: {encoding}")))?;
    let text = as_str(s);
    let data = match codec {
        Codec::Utf8 => return Ok(bytes::new(text.as_bytes())),
        Codec::Ascii => encode_narrow(s, 0x80, "ascii", errors)?,
        Codec::Latin1 => encode_narrow(s, 0x100, "latin-1", errors)?,
        Codec::Utf16(endian) => {
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            let push = |out: &mut Vec<u8>, unit: u16| match endian {
                Endian::Big => out.extend(unit.to_be_bytes()),
                _ => out.extend(unit.to_le_bytes()),
            };
            if endian == Endian::Bom {
                push(&mut out, 0xfeff);
            }
            for unit in text.encode_utf16() {
                push(&mut out, unit);
            }
            out
        }
        Codec::Utf32(endian) => {
            let mut out = Vec::with_capacity(pystr::char_len(s) * 4 + 4);
            let push = |out: &mut Vec<u8>, c: u32| match endian {
                Endian::Big => out.extend(c.to_be_bytes()),
                _ => out.extend(c.to_le_bytes()),
            };
            if endian == Endian::Bom {
                push(&mut out, 0xfeff);
            }
            for c in text.chars() {
                push(&mut out, c as u32);
            }
            out
        }
    };
    Ok(bytes::new(&data))
}

/// ASCII (`limit` 0x80) or Latin-1 (0x100): one byte per code point.
fn encode_narrow(s: Value, limit: u32, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    let text = as_str(s);
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..].iter().take_while(|&&c| c as u32 >= limit).count();
        let bad = &chars[i..end];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                return Err(unicode_encode_error(codec, s, i, end, &format!("ordinal not in range({limit})")));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', bad.len())),
            "backslashreplace" => {
                let mut esc = String::new();
                for &c in bad {
                    pystr::push_escape(&mut esc, c);
                }
                out.extend(esc.as_bytes());
            }
            "xmlcharrefreplace" => {
                for &c in bad {
                    out.extend(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(lookup_error(format!("unknown error handler name '{other}'"))),
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codec_names_normalize() {
        assert!(lookup("UTF-8") == Some(Codec::Utf8) && lookup("utf_8") == Some(Codec::Utf8));
        assert!(lookup("Latin-1") == Some(Codec::Latin1) && lookup("ISO-8859-1") == Some(Codec::Latin1));
        assert!(lookup(" US-ASCII ") == Some(Codec::Ascii));
        assert!(lookup("utf-16-be") == Some(Codec::Utf16(Endian::Big)));
        assert!(lookup("utf-32") == Some(Codec::Utf32(Endian::Bom)));
        assert!(lookup("utf-7").is_none());
    }
}
