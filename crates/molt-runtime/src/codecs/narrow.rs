//! ASCII and Latin-1: one byte per code point below `limit` (0x80 or
//! 0x100).

use super::{CodecError, Handler};

/// Encodes `text`; each run of code points at or above `limit` goes to the
/// handler as one range.
pub fn encode(text: &str, limit: u32, encoding: &'static str, handler: Handler) -> Result<Vec<u8>, CodecError> {
    if text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let reason = if limit == 0x80 { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
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
        handler.encode_error(encoding, &chars[i..end], i, reason, &mut out)?;
        i = end;
    }
    Ok(out)
}

/// Decodes ASCII; each byte above 0x7f is its own malformed range.
pub fn decode_ascii(data: &[u8], handler: Handler) -> Result<String, CodecError> {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        if b < 0x80 {
            out.push(b as char);
        } else {
            handler.decode_error("ascii", data, i, i + 1, "ordinal not in range(128)", &mut out)?;
        }
    }
    Ok(out)
}
