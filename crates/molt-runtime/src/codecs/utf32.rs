//! UTF-32 in either byte order, or behind a byte-order mark.

use super::{CodecError, Endian, Handler};

/// Encodes `text`; `Endian::Bom` writes a little-endian mark first.
pub fn encode(text: &str, endian: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 4 + 4);
    let big = endian == Endian::Big;
    let mut push = |c: u32| out.extend(if big { c.to_be_bytes() } else { c.to_le_bytes() });
    if endian == Endian::Bom {
        push(0xfeff);
    }
    for c in text.chars() {
        push(c as u32);
    }
    out
}

/// Decodes UTF-32, choosing the byte order as `utf16::decode` does.
pub fn decode(data: &[u8], endian: Endian, handler: Handler) -> Result<String, CodecError> {
    let (big, mut pos) = match endian {
        Endian::Big => (true, 0),
        Endian::Little => (false, 0),
        Endian::Bom if data.starts_with(b"\x00\x00\xfe\xff") => (true, 4),
        Endian::Bom if data.starts_with(b"\xff\xfe\x00\x00") => (false, 4),
        Endian::Bom => (false, 0),
    };
    let encoding = if big { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(data.len() / 4);
    while pos < data.len() {
        if data.len() - pos < 4 {
            handler.decode_error(encoding, data, pos, data.len(), "truncated data", &mut out)?;
            break;
        }
        let quad = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
        let c = if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None if c > 0x10ffff => {
                handler.decode_error(encoding, data, pos, pos + 4, "code point not in range(0x110000)", &mut out)?;
            }
            None => handler.decode_error(
                encoding,
                data,
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
                &mut out,
            )?,
        }
        pos += 4;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codecs::Malformed;

    #[test]
    fn round_trips_and_errors() {
        assert_eq!(encode("x", Endian::Bom), b"\xff\xfe\x00\x00x\x00\x00\x00");
        assert_eq!(encode("x", Endian::Big), b"\x00\x00\x00x");
        let text = "a\u{e9}\u{1f600}";
        assert_eq!(decode(&encode(text, Endian::Bom), Endian::Bom, Handler::Strict).unwrap(), text);
        assert_eq!(decode(b"\x00\x00\xfe\xff\x00\x00\x00x", Endian::Bom, Handler::Strict).unwrap(), "x");
        let err = |data: &[u8]| match decode(data, Endian::Little, Handler::Strict) {
            Err(CodecError::Malformed(Malformed { start, end, reason, .. })) => (start, end, reason),
            other => panic!("expected an error, got {other:?}"),
        };
        assert_eq!(err(b"abc"), (0, 3, "truncated data"));
        assert_eq!(err(b"\x00\x00\x11\x00"), (0, 4, "code point not in range(0x110000)"));
        assert_eq!(err(b"\x00\xd8\x00\x00"), (0, 4, "code point in surrogate code point range(0xd800, 0xe000)"));
        assert_eq!(decode(b"\x00\xd8\x00\x00x\x00\x00\x00", Endian::Little, Handler::Replace).unwrap(), "\u{fffd}x");
    }
}
