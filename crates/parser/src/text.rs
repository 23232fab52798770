//! Text cleaning on the hot path. Same result as
//! [`vnportal_model::clean_inline`] (NFC, invisible characters dropped,
//! whitespace folded, trimmed), but text that is already NFC, as nearly all
//! UTF-8 pages are, skips the normalizer, which otherwise costs more than
//! the rest of the extraction after parsing.

use unicode_normalization::{IsNormalized, is_nfc_quick};

/// Characters that render as nothing (the set `clean_inline` drops).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// One line or paragraph of extracted text, cleaned for output.
pub fn clean(text: &str) -> String {
    if is_nfc_quick(text.chars()) != IsNormalized::Yes {
        return vnportal_model::clean_inline(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_the_model_cleaning() {
        for s in [
            "",
            "   ",
            "  Hội  nghị\u{a0}tổng\tkết \n\n năm 2023  ",
            "Vi\u{ea}\u{323}t Nam",
            "Ho\u{300}a\u{200b}bình\u{ad}",
            "\u{feff}Việt Nam\u{2003}2024",
            "e\u{301} \u{301}",
        ] {
            assert_eq!(clean(s), vnportal_model::clean_inline(s), "{s:?}");
        }
    }
}
