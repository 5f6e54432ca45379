//! UTF-16 in either byte order, or behind a byte-order mark.

use super::{CodecError, Endian, Handler};

/// Encodes `text`; `Endian::Bom` writes a little-endian mark first.
pub fn encode(text: &str, endian: Endian) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 2 + 2);
    let big = endian == Endian::Big;
    let mut push = |unit: u16| out.extend(if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
    if endian == Endian::Bom {
        push(0xfeff);
    }
    for unit in text.encode_utf16() {
        push(unit);
    }
    out
}

/// Decodes UTF-16. With `Endian::Bom`, a leading mark picks the byte order
/// (and is dropped); without one the order is little-endian. The codec
/// named in errors is the byte order used (`'utf-16-le'`).
pub fn decode(data: &[u8], endian: Endian, handler: Handler) -> Result<String, CodecError> {
    let (big, mut pos) = match endian {
        Endian::Big => (true, 0),
        Endian::Little => (false, 0),
        Endian::Bom if data.starts_with(b"\xfe\xff") => (true, 2),
        Endian::Bom if data.starts_with(b"\xff\xfe") => (false, 2),
        Endian::Bom => (false, 0),
    };
    let encoding = if big { "utf-16-be" } else { "utf-16-le" };
    let unit = |at: usize| {
        let pair = [data[at], data[at + 1]];
        if big { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }
    };
    let mut out = String::with_capacity(data.len() / 2);
    while pos < data.len() {
        if data.len() - pos < 2 {
            handler.decode_error(encoding, data, pos, data.len(), "truncated data", &mut out)?;
            break;
        }
        let u = unit(pos);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
            pos += 2;
        } else if u >= 0xdc00 {
            handler.decode_error(encoding, data, pos, pos + 2, "illegal encoding", &mut out)?;
            pos += 2;
        } else if data.len() - pos < 4 {
            handler.decode_error(encoding, data, pos, data.len(), "unexpected end of data", &mut out)?;
            break;
        } else {
            let low = unit(pos + 2);
            if (0xdc00..0xe000).contains(&low) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (low as u32 - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                pos += 4;
            } else {
                handler.decode_error(encoding, data, pos, pos + 2, "illegal UTF-16 surrogate", &mut out)?;
                pos += 2;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codecs::Malformed;

    fn error(data: &[u8], endian: Endian) -> (&'static str, usize, usize, &'static str) {
        match decode(data, endian, Handler::Strict) {
            Err(CodecError::Malformed(Malformed { encoding, start, end, reason })) => (encoding, start, end, reason),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn byte_order_marks() {
        assert_eq!(encode("x", Endian::Bom), b"\xff\xfex\x00");
        assert_eq!(encode("x\u{1f600}", Endian::Big), b"\x00x\xd8\x3d\xde\x00");
        assert_eq!(decode(b"\xfe\xff\x00x", Endian::Bom, Handler::Strict).unwrap(), "x");
        assert_eq!(decode(b"\xff\xfex\x00", Endian::Bom, Handler::Strict).unwrap(), "x");
        assert_eq!(decode(b"x\x00", Endian::Bom, Handler::Strict).unwrap(), "x");
        assert_eq!(decode(b"\xff\xfex\x00", Endian::Little, Handler::Strict).unwrap(), "\u{feff}x");
        assert_eq!(decode(&encode("a\u{e9}\u{1f600}", Endian::Bom), Endian::Bom, Handler::Strict).unwrap(), "a\u{e9}\u{1f600}");
    }

    #[test]
    fn malformed_ranges_match_cpython() {
        assert_eq!(error(b"\xff\xfe\x00", Endian::Bom), ("utf-16-le", 2, 3, "truncated data"));
        assert_eq!(error(b"\xfe\xff\x00", Endian::Bom), ("utf-16-be", 2, 3, "truncated data"));
        assert_eq!(error(b"\x00\xd8", Endian::Little), ("utf-16-le", 0, 2, "unexpected end of data"));
        assert_eq!(error(b"\x00\xd8a", Endian::Little), ("utf-16-le", 0, 3, "unexpected end of data"));
        assert_eq!(error(b"\x00\xd8a\x00", Endian::Little), ("utf-16-le", 0, 2, "illegal UTF-16 surrogate"));
        assert_eq!(error(b"\x00\xdca\x00", Endian::Little), ("utf-16-le", 0, 2, "illegal encoding"));
        assert_eq!(decode(b"\x00\xd8a\x00b", Endian::Little, Handler::Replace).unwrap(), "\u{fffd}a\u{fffd}");
    }
}
