//! UTF-8 decoding. Encoding is the identity on Molt's UTF-8 strings.

use super::{CodecError, Handler};

/// Decodes UTF-8. Each maximal invalid subsequence is one malformed range
/// (Unicode's recommended practice, which both CPython and Rust's
/// validator follow): a truncated sequence at the end is "unexpected end
/// of data", a byte that cannot start a sequence is "invalid start byte",
/// and a sequence cut short by a byte that cannot continue it is "invalid
/// continuation byte".
pub fn decode(data: &[u8], handler: Handler) -> Result<String, CodecError> {
    let mut out = String::with_capacity(data.len());
    let mut pos = 0;
    loop {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = pos + e.valid_up_to();
                // SAFETY: the validator vouched for these bytes.
                out.push_str(unsafe { std::str::from_utf8_unchecked(&data[pos..good]) });
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if (0xc2..=0xf4).contains(&data[good]) => (good + n, "invalid continuation byte"),
                    Some(n) => (good + n, "invalid start byte"),
                };
                handler.decode_error("utf-8", data, good, end, reason, &mut out)?;
                pos = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codecs::Malformed;

    fn error(data: &[u8]) -> (usize, usize, &'static str) {
        match decode(data, Handler::Strict) {
            Err(CodecError::Malformed(Malformed { start, end, reason, .. })) => (start, end, reason),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_ranges_match_cpython() {
        assert_eq!(error(b"\xe2\x82A"), (0, 2, "invalid continuation byte"));
        assert_eq!(error(b"\xe2\x82"), (0, 2, "unexpected end of data"));
        assert_eq!(error(b"\xed\xa0\x80"), (0, 1, "invalid continuation byte"));
        assert_eq!(error(b"a\xc3"), (1, 2, "unexpected end of data"));
        assert_eq!(error(b"\xff"), (0, 1, "invalid start byte"));
        assert_eq!(error(b"\xc0\x80"), (0, 1, "invalid start byte"));
        assert_eq!(error(b"ok\x80"), (2, 3, "invalid start byte"));
    }

    #[test]
    fn replacement_per_maximal_subsequence() {
        assert_eq!(decode(b"\xed\xa0\x80", Handler::Replace).unwrap(), "\u{fffd}\u{fffd}\u{fffd}");
        assert_eq!(decode(b"\xf0\x90\x80", Handler::Replace).unwrap(), "\u{fffd}");
        assert_eq!(decode(b"\xe2\x82A\xc3\xa9", Handler::Replace).unwrap(), "\u{fffd}A\u{e9}");
        assert_eq!(decode(b"a\xffb", Handler::BackslashReplace).unwrap(), "a\\xffb");
        assert_eq!(decode("h\u{e9}\u{1f600}".as_bytes(), Handler::Strict).unwrap(), "h\u{e9}\u{1f600}");
    }
}
