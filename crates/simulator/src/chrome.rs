//! Boilerplate shared by the templates: visit counters, ASP.NET view state,
//! links to other government sites, placeholder images.

use crate::text::esc;

/// A deterministic 64-bit hash (FNV-1a) of `text`, to seed page-specific noise.
pub(crate) fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A xorshift64* byte stream seeded from `seed`.
struct Noise(u64);

impl Noise {
    fn new(seed: &str) -> Noise {
        Noise(hash(seed) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// A base64 string of `len` characters that looks like an ASP.NET
/// `__VIEWSTATE`: the classic `/wEP` prefix and pseudo-random content
/// derived from `seed` (the same page always gets the same state).
pub(crate) fn viewstate(seed: &str, len: usize) -> String {
    const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut noise = Noise::new(seed);
    let mut out = String::from("/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QW");
    while out.len() < len.saturating_sub(2) {
        let n = noise.next();
        for shift in (0..60).step_by(6) {
            out.push(char::from(B64[((n >> shift) & 63) as usize]));
        }
    }
    out.truncate(len.saturating_sub(2));
    out.push_str("==");
    out
}

/// A short lowercase hex token derived from `seed` (revision stamps, ids).
pub(crate) fn token(seed: &str, len: usize) -> String {
    let mut noise = Noise::new(seed);
    let mut out = String::with_capacity(len);
    while out.len() < len {
        out.push_str(&format!("{:016x}", noise.next()));
    }
    out.truncate(len);
    out
}

/// The numbers of a "Thống kê truy cập" box, growing with the requests served.
pub(crate) struct Visits {
    pub online: u64,
    pub today: u64,
    pub yesterday: u64,
    pub week: u64,
    pub month: u64,
    pub total: u64,
}

impl Visits {
    /// Counters of a portal that has served `hits` requests, from a base of
    /// `total` visits.
    pub(crate) fn new(total: u64, hits: u64) -> Visits {
        Visits {
            online: 12 + hits % 29,
            today: 146 + hits,
            yesterday: 4321,
            week: 21_964 + hits,
            month: 58_962 + hits,
            total: total + hits,
        }
    }
}

/// Other government sites every portal links to (off-site links).
pub(crate) const GOVERNMENT_LINKS: &[(&str, &str)] = &[
    ("https://chinhphu.vn/", "Cổng Thông tin điện tử Chính phủ"),
    ("https://dangcongsan.vn/", "Báo điện tử Đảng Cộng sản Việt Nam"),
    ("https://danvan.vn/", "Ban Dân vận Trung ương"),
    ("https://dichvucong.gov.vn/", "Cổng Dịch vụ công quốc gia"),
    ("https://baochinhphu.vn/", "Báo điện tử Chính phủ"),
    ("https://quochoi.vn/", "Cổng thông tin điện tử Quốc hội"),
];

/// `<option>` elements of a "Liên kết website" drop-down, plus `extra` first.
pub(crate) fn link_options(extra: &[(&str, &str)]) -> String {
    let mut out = String::from("<option value=\"\">-- Liên kết website --</option>\n");
    for (url, name) in extra.iter().chain(GOVERNMENT_LINKS) {
        out.push_str(&format!("<option value=\"{}\">{}</option>\n", esc(url), esc(name)));
    }
    out
}

/// Share buttons (Facebook, Zalo, Twitter) and a mailto link for `url`.
pub(crate) fn share_links(url: &str, title: &str) -> String {
    let u = percent_encode(url);
    let t = percent_encode(title);
    format!(
        "<a class=\"share-facebook\" href=\"https://www.facebook.com/sharer/sharer.php?u={u}\" target=\"_blank\" rel=\"noopener\" title=\"Chia sẻ Facebook\"><i class=\"fa fa-facebook\"></i></a>\n\
         <a class=\"share-zalo\" href=\"https://sp.zalo.me/share_inline?url={u}\" target=\"_blank\" rel=\"noopener\" title=\"Chia sẻ Zalo\"><i class=\"fa fa-zalo\"></i></a>\n\
         <a class=\"share-twitter\" href=\"https://twitter.com/intent/tweet?url={u}&amp;text={t}\" target=\"_blank\" rel=\"noopener\" title=\"Chia sẻ Twitter\"><i class=\"fa fa-twitter\"></i></a>\n\
         <a class=\"share-email\" href=\"mailto:?subject={t}&amp;body={u}\" title=\"Gửi email\"><i class=\"fa fa-envelope\"></i></a>\n"
    )
}

/// Percent-encodes everything but unreserved ASCII (for query values).
pub(crate) fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A Google Analytics snippet, as nearly every portal carries one.
pub(crate) fn analytics(id: &str) -> String {
    format!(
        "<script async src=\"https://www.googletagmanager.com/gtag/js?id={id}\"></script>\n\
         <script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){{dataLayer.push(arguments);}}\n  gtag('js', new Date());\n  gtag('config', '{id}');\n</script>\n"
    )
}

/// A 1×1 grey baseline JPEG.
const JPEG: &[u8] = &[
    0xFF, 0xD8, // SOI
    0xFF, 0xDB, 0x00, 0x43, 0x00, // DQT, table 0, all ones
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00,
    0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, // SOF0 1x1 gray
    0xFF, 0xC4, 0x00, 0x14, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0x00, // DHT DC0: one code "0" for category 0
    0xFF, 0xC4, 0x00, 0x14, 0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0x00, // DHT AC0: one code "0" for EOB
    0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, // SOS
    0x3F, // DC diff 0, EOB, padding ones
    0xFF, 0xD9, // EOI
];

/// A 1×1 transparent PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00,
    0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

/// A 1×1 transparent GIF.
const GIF: &[u8] = &[
    0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
    0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02,
    0x02, 0x44, 0x01, 0x00, 0x3B,
];

/// Content type and bytes of the placeholder served for an image path.
pub(crate) fn placeholder_image(path: &str) -> (&'static str, &'static [u8]) {
    let lower = path.to_ascii_lowercase();
    if lower.ends_with(".png") {
        ("image/png", PNG)
    } else if lower.ends_with(".gif") {
        ("image/gif", GIF)
    } else {
        ("image/jpeg", JPEG)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn viewstate_is_deterministic_base64() {
        let a = viewstate("/Trang/TinTuc.aspx", 4000);
        assert_eq!(a.len(), 4000);
        assert_eq!(a, viewstate("/Trang/TinTuc.aspx", 4000));
        assert_ne!(a, viewstate("/Trang/default.aspx", 4000));
        assert!(a.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)));
    }

    #[test]
    fn placeholder_images_have_magic_numbers() {
        assert!(placeholder_image("/a/b.JPG").1.starts_with(&[0xFF, 0xD8]));
        assert!(placeholder_image("/a/b.png").1.starts_with(b"\x89PNG"));
        assert!(placeholder_image("/a/b.gif").1.starts_with(b"GIF89a"));
        assert_eq!(JPEG.len(), 2 + 69 + 13 + 2 * 22 + 10 + 1 + 2);
    }
}
