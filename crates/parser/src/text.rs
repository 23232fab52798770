//! Text cleaning for extracted lines and paragraphs.

/// One line or paragraph of extracted text, cleaned for output: NFC,
/// invisible characters dropped, whitespace folded, trimmed
/// ([`vnportal_model::clean_inline`], which skips the normalizer for text
/// already in NFC).
pub fn clean(text: &str) -> String {
    vnportal_model::clean_inline(text)
}
