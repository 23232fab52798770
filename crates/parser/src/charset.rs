//! Decoding page bytes to text: a BOM wins; then the declared charset (HTTP
//! header, else `<meta>`) unless the bytes contradict it; then detection.
//! Portals mislabel both ways: windows-1258 bytes served as UTF-8 by a proxy
//! that adds `charset=utf-8`, and UTF-8 pages whose template still declares
//! windows-1258. Bytes that are valid UTF-8 with non-ASCII text are UTF-8
//! whatever the label says; a UTF-8 label on bytes that are mostly not UTF-8
//! is ignored and `chardetng` (with the `.vn` hint) decides. The result is not
//! yet NFC: windows-1258 decodes to combining tone marks, which text cleaning
//! composes.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1258};

/// Text decoded from bytes, and the encoding that was used.
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Share of invalid sequences among non-ASCII bytes above which a UTF-8
/// label is taken for a mislabel rather than a few damaged characters.
const MAX_INVALID_SHARE: f64 = 0.02;

/// Decodes `bytes`: BOM, then `header_charset`, then a `<meta>` declaration
/// in the first 4 KiB, each checked against the bytes; then detection.
pub fn decode(bytes: &[u8], header_charset: Option<&str>) -> Decoded {
    let encoding = Encoding::for_bom(bytes)
        .map(|(enc, _)| enc)
        .unwrap_or_else(|| choose(bytes, header_charset));
    // `decode` strips a BOM and replaces invalid sequences with U+FFFD.
    let (text, used, _) = encoding.decode(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: used,
    }
}

fn choose(bytes: &[u8], header_charset: Option<&str>) -> &'static Encoding {
    let declared = header_charset
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| meta_charset(bytes));
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    match declared {
        Some(enc) if enc == UTF_8 => {
            if valid_utf8 || invalid_utf8_share(bytes) <= MAX_INVALID_SHARE {
                UTF_8
            } else {
                detect(bytes)
            }
        }
        // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the label says:
        // legacy text almost never forms valid multi-byte sequences.
        Some(_) if valid_utf8 && !bytes.is_ascii() => UTF_8,
        Some(enc) => enc,
        None if valid_utf8 => UTF_8,
        None => detect(bytes),
    }
}

/// Invalid UTF-8 sequences per non-ASCII byte.
fn invalid_utf8_share(bytes: &[u8]) -> f64 {
    let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
    let mut invalid = 0usize;
    let mut rest = bytes;
    while let Err(e) = std::str::from_utf8(rest) {
        invalid += 1;
        let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to()).max(1);
        rest = &rest[skip.min(rest.len())..];
    }
    invalid as f64 / non_ascii.max(1) as f64
}

/// Bytes of non-ASCII words given to the detector: its cost grows with the
/// input, and markup, scripts and view state tell it nothing.
const DETECT_SAMPLE: usize = 16 * 1024;

/// The words (runs between ASCII spaces and angle brackets) that hold a
/// non-ASCII byte, space-separated, up to `limit` bytes.
fn non_ascii_words(bytes: &[u8], limit: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(limit.min(bytes.len()));
    for word in bytes.split(|b| b.is_ascii_whitespace() || *b == b'<' || *b == b'>') {
        if word.is_ascii() {
            continue;
        }
        if out.len() + word.len() + 1 > limit {
            break;
        }
        out.extend_from_slice(word);
        out.push(b' ');
    }
    out
}

/// The legacy encoding the bytes look like, Vietnamese first.
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&non_ascii_words(bytes, DETECT_SAMPLE), true);
    let guess = detector.guess(Some(b"vn"), false);
    // Western guesses for Vietnamese pages are windows-1258 read wrongly:
    // the two share the Latin letters and differ in the tone marks.
    if guess == UTF_8 || guess == encoding_rs::WINDOWS_1252 {
        WINDOWS_1258
    } else {
        guess
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
    fn mislabelled_pages() {
        // windows-1258 bytes under a UTF-8 label.
        let text = "Hội nghị tổng kết công tác dân vận năm 2023 của huyện Kim Sơn, tỉnh Ninh Bình";
        let legacy = vnportal_simulator::to_windows_1258(text);
        let d = decode(&legacy, Some("utf-8"));
        assert_eq!(d.encoding, WINDOWS_1258);
        assert_eq!(d.text.nfc().collect::<String>(), text);
        // UTF-8 bytes under a windows-1258 label.
        let d = decode(text.as_bytes(), Some("windows-1258"));
        assert_eq!((d.encoding, d.text.as_str()), (UTF_8, text));
        // A long ASCII blob (view state) before the text does not hide it.
        let blob = [b"<input value=\"".as_slice(), &[b'A'; 40_000], b"\">", &legacy].concat();
        assert_eq!(decode(&blob, Some("utf-8")).encoding, WINDOWS_1258);
        // A UTF-8 page with one damaged byte stays UTF-8.
        let mut damaged = text.repeat(20).into_bytes();
        damaged.push(0xff);
        assert_eq!(decode(&damaged, Some("utf-8")).encoding, UTF_8);
    }

    #[test]
    fn bom_wins() {
        let bytes = [b"\xEF\xBB\xBF".as_slice(), "Việt".as_bytes()].concat();
        let d = decode(&bytes, Some("windows-1258"));
        assert_eq!(d.encoding, UTF_8);
        assert_eq!(d.text, "Việt");
    }
}
