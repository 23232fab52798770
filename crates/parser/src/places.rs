//! Province-level place names, which are written like people's names
//! ("Thanh Hóa", "Hồ Chí Minh") and end datelines and meta lines as often as
//! a writer's name does.

/// The 34 provinces and cities since 1 July 2025, then the names merged away
/// that older and frozen pages still print.
const PROVINCES: &[&str] = &[
    "hà nội",
    "huế",
    "lai châu",
    "điện biên",
    "sơn la",
    "lạng sơn",
    "quảng ninh",
    "thanh hóa",
    "nghệ an",
    "hà tĩnh",
    "cao bằng",
    "tuyên quang",
    "lào cai",
    "thái nguyên",
    "phú thọ",
    "bắc ninh",
    "hưng yên",
    "hải phòng",
    "ninh bình",
    "quảng trị",
    "đà nẵng",
    "quảng ngãi",
    "gia lai",
    "khánh hòa",
    "lâm đồng",
    "đắk lắk",
    "hồ chí minh",
    "đồng nai",
    "tây ninh",
    "cần thơ",
    "vĩnh long",
    "đồng tháp",
    "cà mau",
    "an giang", // merged since 2025:
    "hà giang",
    "yên bái",
    "bắc kạn",
    "hòa bình",
    "vĩnh phúc",
    "bắc giang",
    "hải dương",
    "thái bình",
    "nam định",
    "hà nam",
    "quảng bình",
    "thừa thiên huế",
    "quảng nam",
    "kon tum",
    "phú yên",
    "bình định",
    "ninh thuận",
    "bình thuận",
    "đắk nông",
    "bình phước",
    "bình dương",
    "bà rịa",
    "vũng tàu",
    "bà rịa - vũng tàu",
    "long an",
    "tiền giang",
    "bến tre",
    "trà vinh",
    "sóc trăng",
    "hậu giang",
    "bạc liêu",
    "kiên giang",
    "sài gòn",
    "việt nam",
];

/// Places nobody signs with: the cities a dateline or a quotation names.
/// Other provinces ("Hải Dương", "Hà Giang", "Thái Bình") are pen names too.
const NEVER_NAMES: &[&str] = &[
    "hồ chí minh",
    "việt nam",
    "hà nội",
    "sài gòn",
    "đà nẵng",
    "hải phòng",
    "cần thơ",
];

/// Words that may stand before a province's name.
const PREFIXES: &[&str] = &["tỉnh ", "thành phố ", "tp. ", "tp "];

/// `text` lower-cased with canonical tones (the form the lists are written
/// in), and whether a [`PREFIXES`] word stood before the name.
fn folded(text: &str) -> (String, bool) {
    let lower = crate::tone::canonical_tones(&text.trim().to_lowercase());
    match PREFIXES.iter().find_map(|p| lower.strip_prefix(p)) {
        Some(name) => (name.trim().to_owned(), true),
        None => (lower, false),
    }
}

/// `text` names a province or a province-level city: "Thanh Hóa", "TP. Hồ
/// Chí Minh", "tỉnh Đắk Lắk". Spellings with the tone on the other vowel
/// ("Thanh Hoá", "Khánh Hoà") count too.
pub fn is_province(text: &str) -> bool {
    PROVINCES.contains(&folded(text).0.as_str())
}

/// `text` can only be a place: one of [`NEVER_NAMES`], or a province with
/// "tỉnh" or "TP." before it.
pub fn is_place_only(text: &str) -> bool {
    let (name, prefixed) = folded(text);
    NEVER_NAMES.contains(&name.as_str()) || prefixed && PROVINCES.contains(&name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provinces_in_their_spellings() {
        assert!(is_province("Thanh Hóa"));
        assert!(is_province("Thanh Hoá"));
        assert!(is_province("TP. Hồ Chí Minh"));
        assert!(is_province("tỉnh Đắk Lắk"));
        assert!(!is_province("Hoàng Lan"));
        assert!(!is_province("Thanh Hà"));
        assert!(is_place_only("Hồ Chí Minh"));
        assert!(is_place_only("tỉnh Hải Dương"));
        assert!(!is_place_only("Hải Dương"));
        assert!(is_place_only("TP. Hồ Chí Minh"));
    }

    #[test]
    fn the_lists_are_written_in_the_form_names_are_compared_in() {
        for name in PROVINCES.iter().chain(NEVER_NAMES) {
            assert_eq!(folded(name), (name.to_string(), false), "{name}");
        }
    }
}
