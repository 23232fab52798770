//! Optional canonical tone-mark placement, for the content hash only.
//!
//! Vietnamese has two accepted placements of the tone mark in the open
//! syllables ending in `oa`, `oe` and `uy`: on the first vowel (`hòa`,
//! `khỏe`, `thủy`, the usage of most portals and newspapers) or on the
//! second (`hoà`, `khoẻ`, `thuỷ`). The same article republished by two
//! editors may differ only in that. [`canonical_tones`] rewrites every such
//! syllable to the first-vowel form; syllables with a final consonant
//! (`hoàn`, `khoét`, `huyết`) and `qu` + vowel (`quý`) have one placement
//! and are left alone.
//!
//! The record's `content_hash` does not use this (see `docs/records.md`):
//! changing it would change every stored identity. [`content_hash_canonical_tones`]
//! is the opt-in variant for deduplication that must see through tone style.

use unicode_normalization::UnicodeNormalization;

const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// `text` with tone marks of `oa`/`oe`/`uy` open syllables on the first vowel, in NFC.
pub fn canonical_tones(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// BLAKE3 content hash of the body with canonical tone placement (opt-in).
pub fn content_hash_canonical_tones(body: &str) -> String {
    vnportal_model::content_hash(&canonical_tones(body))
}

fn flush(word: &mut String, out: &mut String) {
    if !word.is_empty() {
        out.push_str(&canonical_word(word));
        word.clear();
    }
}

fn canonical_word(word: &str) -> String {
    let nfd: Vec<char> = word.nfd().collect();
    let Some(tone_at) = nfd.iter().position(|c| TONES.contains(c)) else {
        return word.to_owned();
    };
    let tone = nfd[tone_at];
    // Letters without the tone mark (other diacritics stay with their letter).
    let bare: Vec<char> = nfd.iter().copied().filter(|c| !TONES.contains(c)).collect();
    let base: Vec<char> = bare.iter().copied().filter(|c| c.is_ascii_alphabetic()).collect();
    let lower: String = base.iter().map(|c| c.to_ascii_lowercase()).collect();
    // Only the open syllables ending in oa, oe, uy ("qu" + y is consonant + vowel).
    let pair_ends =
        lower.ends_with("oa") || lower.ends_with("oe") || (lower.ends_with("uy") && !lower.ends_with("quy"));
    // Any diacritic on the pair (ơ, ư, ê…) makes it another vowel: leave it.
    let plain_pair = bare.len() >= 2 && bare[bare.len() - 2..].iter().all(char::is_ascii_alphabetic);
    if !pair_ends || !plain_pair {
        return word.to_owned();
    }
    let mut letters = bare;
    let first_vowel = letters.len() - 2;
    letters.insert(first_vowel + 1, tone);
    letters.into_iter().nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_syllables_take_the_first_vowel() {
        assert_eq!(canonical_tones("hoà bình"), "hòa bình");
        assert_eq!(
            canonical_tones("Hoà Bình, thuỷ lợi, sức khoẻ"),
            "Hòa Bình, thủy lợi, sức khỏe"
        );
        assert_eq!(canonical_tones("HOÀ"), "HÒA");
        assert_eq!(canonical_tones("hòa"), "hòa");
    }

    #[test]
    fn closed_syllables_and_qu_are_untouched() {
        for w in ["hoàn thành", "khoét", "huyết", "quý", "quỳ", "thuở", "Nguyễn", "người"] {
            assert_eq!(canonical_tones(w), w);
        }
    }

    #[test]
    fn both_styles_hash_alike_only_when_asked() {
        let a = "Công tác hoà giải ở cơ sở, chăm sóc sức khoẻ.";
        let b = "Công tác hòa giải ở cơ sở, chăm sóc sức khỏe.";
        assert_ne!(vnportal_model::content_hash(a), vnportal_model::content_hash(b));
        assert_eq!(content_hash_canonical_tones(a), content_hash_canonical_tones(b));
    }
}
