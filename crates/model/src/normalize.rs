//! Text normalization and the content hash.
//!
//! The content hash identifies an article by its words, not by its bytes: the
//! same article republished on several portals (different templates, charsets,
//! entity styles, spacing) must give one hash. [`normalize_for_hash`] defines the
//! canonical form:
//!
//! 1. HTML entities decoded (`&ecirc;` → `ê`, `&#7879;` → `ệ`, `&nbsp;` → U+00A0);
//! 2. Unicode NFC, so windows-1258 pages (base letter + combining tone mark) and
//!    NFD input compose to the same code points as precomposed UTF-8;
//! 3. zero-width and invisible formatting characters removed (U+200B–U+200D,
//!    U+2060, U+FEFF, U+00AD soft hyphen);
//! 4. every run of whitespace, including no-break spaces and line or paragraph
//!    breaks, folded to one ASCII space; leading and trailing whitespace trimmed.
//!
//! [`content_hash`] is the lowercase hex BLAKE3 digest of that form's UTF-8 bytes.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Characters that render as nothing and only ever differ by template.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Folds whitespace and drops invisible characters from already-decoded,
/// NFC text. `out` receives words separated by single spaces, trimmed.
fn fold_into(text: impl Iterator<Item = char>, out: &mut String) {
    let mut pending_space = false;
    for c in text {
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
}

/// [`fold_into`] of the NFC form of `text`. Text already in NFC, as nearly
/// all UTF-8 pages are, skips the normalizer, which otherwise costs more than
/// the rest of an extraction after parsing.
fn fold_nfc_into(text: &str, out: &mut String) {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        fold_into(text.chars(), out);
    } else {
        fold_into(text.nfc(), out);
    }
}

/// The canonical form of a text for hashing (see the module documentation).
pub fn normalize_for_hash(text: &str) -> String {
    let decoded = html_escape::decode_html_entities(text);
    let mut out = String::with_capacity(decoded.len());
    fold_nfc_into(&decoded, &mut out);
    out
}

/// Cleans one line or paragraph of already-extracted text for output: NFC,
/// invisible characters removed, whitespace runs folded, trimmed. Entities are
/// not decoded here: extracted DOM text has none left, and a literal `&amp;`
/// in an article must stay as written.
pub fn clean_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_nfc_into(text, &mut out);
    out
}

/// BLAKE3 (lowercase hex) of [`normalize_for_hash`] of `body`.
pub fn content_hash(body: &str) -> String {
    blake3::hash(normalize_for_hash(body).as_bytes()).to_hex().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024.";

    /// Encodes NFC Vietnamese text the way windows-1258 pages carry it: base
    /// letters (with circumflex, breve or horn) precomposed, tone marks as
    /// separate combining characters.
    fn to_windows_1258(text: &str) -> Vec<u8> {
        const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let mut split = String::new();
        for c in text.chars() {
            let nfd: String = c.to_string().nfd().collect();
            let base: String = nfd
                .chars()
                .filter(|c| !TONES.contains(c))
                .collect::<String>()
                .nfc()
                .collect();
            split.push_str(&base);
            split.extend(nfd.chars().filter(|c| TONES.contains(c)));
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&split);
        assert!(!unmappable, "test text must be representable in windows-1258");
        bytes.into_owned()
    }

    #[test]
    fn same_words_same_hash_whatever_the_encoding() {
        let reference = content_hash(TEXT);

        let bytes = to_windows_1258(TEXT);
        let (decoded, _, had_errors) = encoding_rs::WINDOWS_1258.decode(&bytes);
        assert!(!had_errors);
        assert_ne!(decoded, TEXT, "windows-1258 decodes to combining marks");
        assert_eq!(content_hash(&decoded), reference);

        let nfd: String = TEXT.nfd().collect();
        assert_ne!(nfd, TEXT);
        assert_eq!(content_hash(&nfd), reference);

        let entities = "H&#7897;i ngh&#7883; t&ocirc;̉ng k&#7871;t c&ocirc;ng t&aacute;c d&acirc;n v&#7853;n n&#259;m 2023, tri&#7875;n khai nhi&#7879;m v&#7909; n&#259;m 2024.";
        assert_eq!(content_hash(entities), reference);

        let spaced = "\u{FEFF}  Hội nghị\u{00A0}tổng kết\u{200B} công tác dân vận năm 2023,\n\n triển khai\tnhiệm vụ năm 2024.  ";
        assert_eq!(content_hash(spaced), reference);
    }

    #[test]
    fn different_words_different_hash() {
        assert_ne!(
            content_hash(TEXT),
            content_hash("Hội nghị tổng kết công tác dân vận năm 2022.")
        );
        // Tone marks are meaning, not noise.
        assert_ne!(content_hash("hoà"), content_hash("hoa"));
    }

    #[test]
    fn hash_is_lowercase_hex_blake3_of_canonical_form() {
        let h = content_hash(" a\u{00A0} b ");
        assert_eq!(h, blake3::hash(b"a b").to_hex().to_string());
        assert_eq!(h.len(), 64);
    }

    #[test]
    fn clean_inline_composes_and_folds_whatever_the_input_form() {
        // NFC input takes the fast path, the rest the normalizer: one result.
        for (input, want) in [
            (
                "  Hội  nghị\u{a0}tổng\tkết \n\n năm 2023  ",
                "Hội nghị tổng kết năm 2023",
            ),
            ("Vi\u{ea}\u{323}t Nam", "Việt Nam"),
            ("Ho\u{300}a\u{200b}bình\u{ad}", "Hòabình"),
            ("\u{feff}Việt Nam\u{2003}2024", "Việt Nam 2024"),
            ("", ""),
        ] {
            assert_eq!(clean_inline(input), want, "{input:?}");
        }
    }

    #[test]
    fn clean_inline_keeps_literal_ampersands() {
        assert_eq!(clean_inline("  VHTT&amp;DL\u{00A0} huyện "), "VHTT&amp;DL huyện");
        assert_eq!(normalize_for_hash("VHTT&amp;DL"), "VHTT&DL");
    }
}
