//! Text codecs: `str.encode` and `bytes.decode` for UTF-8 (with and
//! without signature), ASCII, Latin-1, UTF-16 and UTF-32, with CPython's
//! error handlers.
//!
//! The cores here work on Rust text and byte slices and know nothing of
//! Python objects; [`glue`] parses the Python arguments and turns a
//! [`CodecError`] into the exception CPython raises.
//!
//! A decoder walks its input and, at each malformed range, asks
//! [`Handler::decode_error`] what to do: raise (`strict`), skip
//! (`ignore`), put U+FFFD (`replace`) or `\xNN` escapes
//! (`backslashreplace`) in its place; decoding resumes after the range.
//! The ranges and reasons are CPython's (for UTF-8, each maximal invalid
//! subsequence is one range, which is also what Rust's UTF-8 validation
//! reports). Encoders can only fail for ASCII and Latin-1: a run of
//! unencodable characters is one range, as in CPython, so
//! `'éè'.encode('ascii')` reports "characters in position 0-1".
//!
//! Molt's `str` holds no lone surrogates, so the encoders never meet one,
//! and the handlers that would produce them (`surrogateescape` and
//! `surrogatepass` when decoding undecodable bytes) raise
//! NotImplementedError instead of giving a different string.

pub mod glue;
mod names;
mod narrow;
mod utf16;
mod utf32;
mod utf8;

pub use names::{Resolved, resolve};

/// The codecs implemented.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Codec {
    Utf8,
    /// UTF-8 behind a byte-order mark (`utf-8-sig`).
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
}

/// Byte order; `Bom` writes a byte-order mark in native (little-endian)
/// order and reads one to choose the order.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Endian {
    Bom,
    Little,
    Big,
}

/// An error handler, by name (`errors=`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Handler<'a> {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// A name CPython's registry does not know: an error only when the
    /// handler is needed.
    Unknown(&'a str),
}

impl<'a> Handler<'a> {
    pub fn from_name(name: &'a str) -> Handler<'a> {
        match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "namereplace" => Handler::NameReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            other => Handler::Unknown(other),
        }
    }

    /// Handles the malformed input `data[start..end]` of a decoder:
    /// appends the replacement to `out`, or fails.
    pub fn decode_error(
        self,
        encoding: &'static str,
        data: &[u8],
        start: usize,
        end: usize,
        reason: &'static str,
        out: &mut String,
    ) -> Result<(), CodecError> {
        match self {
            Handler::Strict => Err(CodecError::Malformed(Malformed { encoding, start, end, reason })),
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                out.push('\u{fffd}');
                Ok(())
            }
            Handler::BackslashReplace => {
                for b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => Err(CodecError::WrongDirection),
            // Undecodable bytes below 0x80 are not escaped by
            // `surrogateescape`, which then raises the original error; the
            // other bytes would become lone surrogates.
            Handler::SurrogateEscape if data[start..end].iter().any(|&b| b < 0x80) => {
                Err(CodecError::Malformed(Malformed { encoding, start, end, reason }))
            }
            Handler::SurrogateEscape => Err(CodecError::NeedsSurrogates("surrogateescape")),
            Handler::SurrogatePass if is_encoded_surrogate(encoding, &data[start..]) => {
                Err(CodecError::NeedsSurrogates("surrogatepass"))
            }
            Handler::SurrogatePass => Err(CodecError::Malformed(Malformed { encoding, start, end, reason })),
            Handler::Unknown(name) => Err(CodecError::UnknownHandler(name.to_string())),
        }
    }

    /// Handles the unencodable characters `chars` (code points `start..end`
    /// of the text) of an encoder: appends the replacement to `out`, or
    /// fails.
    pub fn encode_error(
        self,
        encoding: &'static str,
        chars: &[char],
        start: usize,
        reason: &'static str,
        out: &mut Vec<u8>,
    ) -> Result<(), CodecError> {
        let end = start + chars.len();
        match self {
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                out.extend(std::iter::repeat_n(b'?', chars.len()));
                Ok(())
            }
            Handler::BackslashReplace => {
                let mut esc = String::new();
                for &c in chars {
                    push_escape(&mut esc, c);
                }
                out.extend(esc.as_bytes());
                Ok(())
            }
            Handler::XmlCharRefReplace => {
                for &c in chars {
                    out.extend(format!("&#{};", c as u32).as_bytes());
                }
                Ok(())
            }
            Handler::NameReplace => Err(CodecError::NeedsNames),
            // Both handle only lone surrogates, which Molt's strings never
            // hold: the original error stands.
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                Err(CodecError::Malformed(Malformed { encoding, start, end, reason }))
            }
            Handler::Unknown(name) => Err(CodecError::UnknownHandler(name.to_string())),
        }
    }
}

/// Whether `bad` (the input from a malformed range on) starts with a
/// surrogate code point as the codec encodes it (what `surrogatepass`
/// decodes).
fn is_encoded_surrogate(encoding: &str, bad: &[u8]) -> bool {
    match encoding {
        "utf-8" => bad.len() >= 3 && bad[0] == 0xed && (0xa0..=0xbf).contains(&bad[1]) && bad[2] & 0xc0 == 0x80,
        "utf-16-le" => bad.len() >= 2 && (0xd8..=0xdf).contains(&bad[1]),
        "utf-16-be" => bad.len() >= 2 && (0xd8..=0xdf).contains(&bad[0]),
        "utf-32-le" => bad.len() >= 4 && bad[2..4] == [0, 0] && (0xd8..=0xdf).contains(&bad[1]),
        "utf-32-be" => bad.len() >= 4 && bad[..2] == [0, 0] && (0xd8..=0xdf).contains(&bad[2]),
        _ => false,
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, by the size of the code point.
pub fn push_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n < 0x100 {
        out.push_str(&format!("\\x{n:02x}"));
    } else if n < 0x10000 {
        out.push_str(&format!("\\u{n:04x}"));
    } else {
        out.push_str(&format!("\\U{n:08x}"));
    }
}

/// A range a codec could not handle, for the UnicodeError.
#[derive(Clone, Debug, PartialEq)]
pub struct Malformed {
    /// The codec's name in the message (`'utf-16-le'`, not the name
    /// given).
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Why encoding or decoding stopped.
#[derive(Clone, Debug, PartialEq)]
pub enum CodecError {
    /// UnicodeDecodeError / UnicodeEncodeError.
    Malformed(Malformed),
    /// LookupError: "unknown error handler name 'x'".
    UnknownHandler(String),
    /// An encode-only handler used to decode (a TypeError in CPython).
    WrongDirection,
    /// The handler would produce lone surrogates.
    NeedsSurrogates(&'static str),
    /// `namereplace` needs the Unicode character names.
    NeedsNames,
}

/// Encodes `text`.
pub fn encode(codec: Codec, text: &str, handler: Handler) -> Result<Vec<u8>, CodecError> {
    match codec {
        Codec::Utf8 => Ok(text.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(text.len() + 3);
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(text.as_bytes());
            Ok(out)
        }
        Codec::Ascii => narrow::encode(text, 0x80, "ascii", handler),
        Codec::Latin1 => narrow::encode(text, 0x100, "latin-1", handler),
        Codec::Utf16(endian) => Ok(utf16::encode(text, endian)),
        Codec::Utf32(endian) => Ok(utf32::encode(text, endian)),
    }
}

/// Decodes `data`.
pub fn decode(codec: Codec, data: &[u8], handler: Handler) -> Result<String, CodecError> {
    match codec {
        Codec::Utf8 => utf8::decode(data, handler),
        Codec::Utf8Sig => utf8::decode(data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data), handler),
        Codec::Ascii => narrow::decode_ascii(data, handler),
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Utf16(endian) => utf16::decode(data, endian, handler),
        Codec::Utf32(endian) => utf32::decode(data, endian, handler),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn malformed(encoding: &'static str, start: usize, end: usize, reason: &'static str) -> CodecError {
        CodecError::Malformed(Malformed { encoding, start, end, reason })
    }

    #[test]
    fn handlers_replace_decoding_errors() {
        let data = b"a\xff\xfeb";
        assert_eq!(decode(Codec::Ascii, data, Handler::Replace).unwrap(), "a\u{fffd}\u{fffd}b");
        assert_eq!(decode(Codec::Ascii, data, Handler::Ignore).unwrap(), "ab");
        assert_eq!(decode(Codec::Ascii, data, Handler::BackslashReplace).unwrap(), "a\\xff\\xfeb");
        assert_eq!(decode(Codec::Ascii, data, Handler::Strict), Err(malformed("ascii", 1, 2, "ordinal not in range(128)")));
        assert_eq!(decode(Codec::Ascii, data, Handler::XmlCharRefReplace), Err(CodecError::WrongDirection));
        assert_eq!(decode(Codec::Ascii, data, Handler::Unknown("foo")), Err(CodecError::UnknownHandler("foo".into())));
        assert_eq!(decode(Codec::Ascii, b"ab", Handler::Unknown("foo")).unwrap(), "ab");
        assert_eq!(decode(Codec::Utf8, data, Handler::SurrogateEscape), Err(CodecError::NeedsSurrogates("surrogateescape")));
        assert_eq!(decode(Codec::Latin1, data, Handler::Strict).unwrap(), "a\u{ff}\u{fe}b");
    }

    #[test]
    fn handlers_replace_encoding_errors() {
        let text = "a\u{e9}\u{20ac}b\u{1f600}";
        assert_eq!(encode(Codec::Ascii, text, Handler::Replace).unwrap(), b"a??b?");
        assert_eq!(encode(Codec::Ascii, text, Handler::Ignore).unwrap(), b"ab");
        assert_eq!(encode(Codec::Latin1, text, Handler::BackslashReplace).unwrap(), b"a\xe9\\u20acb\\U0001f600");
        assert_eq!(encode(Codec::Latin1, text, Handler::XmlCharRefReplace).unwrap(), b"a\xe9&#8364;b&#128512;");
        assert_eq!(encode(Codec::Ascii, text, Handler::Strict), Err(malformed("ascii", 1, 3, "ordinal not in range(128)")));
        assert_eq!(encode(Codec::Latin1, text, Handler::SurrogateEscape), Err(malformed("latin-1", 2, 3, "ordinal not in range(256)")));
        assert_eq!(encode(Codec::Ascii, "ab", Handler::Unknown("foo")).unwrap(), b"ab");
    }

    #[test]
    fn signature_variant_of_utf8() {
        assert_eq!(encode(Codec::Utf8Sig, "x", Handler::Strict).unwrap(), b"\xef\xbb\xbfx");
        assert_eq!(decode(Codec::Utf8Sig, b"\xef\xbb\xbfx", Handler::Strict).unwrap(), "x");
        assert_eq!(decode(Codec::Utf8Sig, b"x", Handler::Strict).unwrap(), "x");
    }
}
