//! Text helpers for the page templates: HTML escaping, the entity-heavy
//! style of CKEditor sources, windows-1258 encoding and URL slugs.

use unicode_normalization::UnicodeNormalization;

/// The five Vietnamese tone marks windows-1258 carries as separate combining
/// characters: grave, acute, tilde, hook above, dot below.
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Encodes text the way Vietnamese windows-1258 pages carry it.
///
/// Windows-1258 has the base letters of Vietnamese precomposed (`â ê ô ơ ư ă đ`
/// and their capitals) but the tone marks only as separate combining characters.
/// For each character of `text` this takes the canonical decomposition, composes
/// everything except the five tone marks again (NFC), appends the tone marks,
/// and encodes the result with [`encoding_rs::WINDOWS_1258`]. `"Việt"` thus
/// becomes `V i ê U+0323 t`, which decodes to NFD-like text that only NFC
/// makes equal to the UTF-8 original.
///
/// Characters windows-1258 cannot represent at all (CJK, emoji, …) are written
/// as HTML decimal character references (`&#…;`), which is what
/// `encoding_rs` does and what browsers do when submitting forms; use
/// [`windows_1258_unmappable`] to check a text first.
pub fn to_windows_1258(text: &str) -> Vec<u8> {
    let split = split_tone_marks(text);
    let (bytes, _, _) = encoding_rs::WINDOWS_1258.encode(&split);
    bytes.into_owned()
}

/// The characters of `text` that windows-1258 cannot represent, even after
/// the tone marks are split off (see [`to_windows_1258`]). Empty for any
/// Vietnamese text made of letters, digits and common punctuation.
pub fn windows_1258_unmappable(text: &str) -> Vec<char> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    for c in split_tone_marks(text).chars() {
        let (_, _, unmappable) = encoding_rs::WINDOWS_1258.encode(c.encode_utf8(&mut buf));
        if unmappable && !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Each character as its base letter (NFC without tone marks) followed by its
/// combining tone marks.
fn split_tone_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let decomposed: String = c.encode_utf8(&mut buf).nfd().collect();
        let base: String = decomposed.chars().filter(|m| !TONE_MARKS.contains(m)).nfc().collect();
        out.push_str(&base);
        out.extend(decomposed.chars().filter(|m| TONE_MARKS.contains(m)));
    }
    out
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text the way old CKEditor configurations save it: every
/// non-ASCII character as an entity, named where HTML 4 has a name (`&ecirc;`,
/// `&agrave;`, `&ldquo;`), numeric otherwise (`&#7879;` for `ệ`).
pub(crate) fn entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for c in text.nfc() {
        match named_entity(c) {
            Some(name) => {
                out.push('&');
                out.push_str(name);
                out.push(';');
            }
            None if c.is_ascii() => out.push(c),
            None => {
                out.push_str("&#");
                out.push_str(&u32::from(c).to_string());
                out.push(';');
            }
        }
    }
    out
}

/// HTML 4 entity names for the characters Vietnamese text uses.
fn named_entity(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "amp",
        '<' => "lt",
        '>' => "gt",
        '"' => "quot",
        '\u{a0}' => "nbsp",
        '“' => "ldquo",
        '”' => "rdquo",
        '‘' => "lsquo",
        '’' => "rsquo",
        '–' => "ndash",
        '—' => "mdash",
        '…' => "hellip",
        'À' => "Agrave",
        'Á' => "Aacute",
        'Â' => "Acirc",
        'Ã' => "Atilde",
        'È' => "Egrave",
        'É' => "Eacute",
        'Ê' => "Ecirc",
        'Ì' => "Igrave",
        'Í' => "Iacute",
        'Ò' => "Ograve",
        'Ó' => "Oacute",
        'Ô' => "Ocirc",
        'Õ' => "Otilde",
        'Ù' => "Ugrave",
        'Ú' => "Uacute",
        'Ý' => "Yacute",
        'à' => "agrave",
        'á' => "aacute",
        'â' => "acirc",
        'ã' => "atilde",
        'è' => "egrave",
        'é' => "eacute",
        'ê' => "ecirc",
        'ì' => "igrave",
        'í' => "iacute",
        'ò' => "ograve",
        'ó' => "oacute",
        'ô' => "ocirc",
        'õ' => "otilde",
        'ù' => "ugrave",
        'ú' => "uacute",
        'ý' => "yacute",
        _ => return None,
    })
}

/// An ASCII URL slug of a Vietnamese title: tone marks and diacritics removed,
/// `đ` → `d`, words joined by `-`. `keep_case` keeps capitals (SharePoint page
/// names do), otherwise the slug is lowercase (Liferay, custom CMSs).
pub(crate) fn slugify(title: &str, keep_case: bool) -> String {
    let mut slug = String::with_capacity(title.len());
    let mut pending_dash = false;
    for c in title.nfd() {
        let c = match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(if keep_case { c } else { c.to_ascii_lowercase() });
        } else if !is_combining_mark(c) {
            pending_dash = true;
        }
    }
    slug
}

/// Combining diacritical marks (the ones NFD produces for Vietnamese).
fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// A short plain-text excerpt: the first `max_chars` characters of `text`
/// cut at a word boundary, with `...` appended when cut.
pub(crate) fn excerpt(text: &str, max_chars: usize) -> String {
    let folded = vnportal_model::clean_inline(text);
    if folded.chars().count() <= max_chars {
        return folded;
    }
    let cut: String = folded.chars().take(max_chars).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}...", cut[..end].trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_drop_tone_marks() {
        assert_eq!(
            slugify("Đắk Lắk: Tăng cường “Dân vận khéo” 2024", false),
            "dak-lak-tang-cuong-dan-van-kheo-2024"
        );
        assert_eq!(slugify("Hội nghị Ủy ban", true), "Hoi-nghi-Uy-ban");
    }

    #[test]
    fn entities_are_named_or_numeric() {
        assert_eq!(entities("Tiến “Việt”"), "Ti&#7871;n &ldquo;Vi&#7879;t&rdquo;");
        assert_eq!(entities("Hòa & bê"), "H&ograve;a &amp; b&ecirc;");
        let encoded = entities("Đắk Lắk – Ủy ban");
        let decoded = html_escape::decode_html_entities(&encoded);
        assert_eq!(decoded, "Đắk Lắk – Ủy ban");
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("một hai ba", 20), "một hai ba");
        assert_eq!(excerpt("một hai, ba bốn", 9), "một hai...");
    }
}
