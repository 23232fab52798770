//! Any bytes, under any declared charset, give an article or an error:
//! never a panic, never a hang (libFuzzer reports slow units).
#![no_main]

use chrono::{DateTime, Utc};
use libfuzzer_sys::fuzz_target;
use vnportal_model::RawPage;

const CHARSETS: [Option<&str>; 5] = [
    None,
    Some("utf-8"),
    Some("windows-1258"),
    Some("iso-8859-1"),
    Some("bogus"),
];

fuzz_target!(|data: &[u8]| {
    // The first byte picks the declared charset; the rest is the body.
    let (charset, body) = match data.split_first() {
        Some((c, rest)) => (CHARSETS[usize::from(*c) % CHARSETS.len()], rest),
        None => (None, data),
    };
    let page = RawPage {
        url: "https://portal.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1".into(),
        final_url: "https://portal.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1".into(),
        portal_id: "fuzz".into(),
        fetched_at: DateTime::<Utc>::UNIX_EPOCH,
        status: 200,
        content_type: Some("text/html".into()),
        etag: None,
        last_modified: None,
        charset: charset.map(str::to_owned),
        body: body.to_vec(),
    };
    if let Ok(article) = vnportal_parser::parse_page(&page, DateTime::<Utc>::UNIX_EPOCH) {
        // What the extractor returns must hold to the record contract.
        assert!(!article.title.is_empty());
        assert_eq!(article.content_hash, vnportal_model::content_hash(&article.body));
        assert!(!article.body.contains("\n\n\n"));
    }
    if let Ok(text) = std::str::from_utf8(body) {
        let _ = vnportal_parser::dates::find_date(text);
        let _ = vnportal_parser::dates::parse_iso(text);
        let _ = vnportal_parser::tone::canonical_tones(text);
    }
});
