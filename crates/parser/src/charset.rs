//! Decoding page bytes to text: BOM, then the HTTP header, then `<meta>`,
//! then UTF-8 if the bytes are valid UTF-8, else windows-1258 (the legacy
//! Vietnamese code page). The result is not yet NFC: windows-1258 decodes to
//! combining tone marks, which text cleaning composes.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1258};

/// Text decoded from bytes, and the encoding that was used.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Decodes `bytes` using, in order: a byte-order mark, `header_charset`, a
/// `<meta>` declaration in the first 4 KiB, UTF-8 validity, windows-1258.
pub fn decode(bytes: &[u8], header_charset: Option<&str>) -> Decoded {
    let encoding = Encoding::for_bom(bytes)
        .map(|(enc, _)| enc)
        .or_else(|| header_charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())))
        .or_else(|| meta_charset(bytes))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1258
            }
        });
    // `decode` strips a BOM and replaces invalid sequences with U+FFFD.
    let (text, used, _) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used,
    }
}

/// The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` declares.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = find(tag, b"charset=") {
            let value: Vec<u8> = tag[cs + 8..]
                .iter()
                .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .copied()
                .collect();
            // UTF-16 declared in a byte-readable meta is a lie; HTML says use UTF-8.
            return Encoding::for_label(&value).map(|e| if e.is_single_byte() || e == UTF_8 { e } else { UTF_8 });
        }
        from = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    // "Việt Nam" in windows-1258: ê (0xEA) followed by combining dot below (0xF2).
    const VIET_1258: &[u8] = b"Vi\xea\xf2t Nam";

    #[test]
    fn header_then_meta_then_detection() {
        let d = decode(VIET_1258, Some("windows-1258"));
        assert_eq!(d.encoding, WINDOWS_1258);
        assert_eq!(d.text.nfc().collect::<String>(), "Việt Nam");

        let page = [
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\"></head><body>"
                .as_slice(),
            VIET_1258,
        ]
        .concat();
        assert_eq!(decode(&page, None).encoding, WINDOWS_1258);
        let page5 = [b"<meta charset='windows-1258'>".as_slice(), VIET_1258].concat();
        assert_eq!(decode(&page5, None).encoding, WINDOWS_1258);

        // No declaration, not UTF-8: the Vietnamese legacy code page.
        assert_eq!(decode(VIET_1258, None).encoding, WINDOWS_1258);
        assert_eq!(decode("Việt Nam".as_bytes(), None).encoding, UTF_8);
    }

    #[test]
    fn bom_wins() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), "Việt".as_bytes()].concat();
        let d = decode(&bytes, Some("windows-1258"));
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.text, "Việt");
    }
}
