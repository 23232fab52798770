//! Sitemaps (sitemaps.org): `<urlset>` and `<sitemapindex>`, plain or
//! gzipped, parsed as a stream with `quick-xml`: a 50 MB sitemap is never
//! held in memory, only the entries kept.

use std::pin::Pin;

use async_compression::tokio::bufread::GzipDecoder;
use chrono::NaiveDate;
use quick_xml::events::Event;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, BufReader};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitemapKind {
    /// `<urlset>`: pages.
    UrlSet,
    /// `<sitemapindex>`: further sitemaps.
    Index,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapEntry {
    pub loc: String,
    /// `<lastmod>`, or `<news:publication_date>` of a Google News sitemap.
    pub lastmod: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sitemap {
    pub kind: SitemapKind,
    /// The entries `keep` accepted, in document order, at most `max_entries`.
    pub entries: Vec<SitemapEntry>,
    /// Entries read in total, kept or not.
    pub seen: usize,
    /// The byte or entry limit cut the file short.
    pub truncated: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SitemapError {
    #[error("not a sitemap (root element <{0}>)")]
    NotSitemap(String),
    #[error("invalid sitemap XML: {0}")]
    Xml(#[from] quick_xml::Error),
    #[error("reading the sitemap failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Parses a sitemap from `reader` (gzip is detected by its magic bytes),
/// reading at most `max_bytes` uncompressed bytes and keeping at most
/// `max_entries` entries that `keep` accepts.
pub async fn parse<R>(
    reader: R,
    max_bytes: usize,
    max_entries: usize,
    mut keep: impl FnMut(&SitemapEntry) -> bool,
) -> Result<Sitemap, SitemapError>
where
    R: AsyncRead + Send + Unpin + 'static,
{
    let mut buffered = BufReader::new(reader);
    let head = buffered.fill_buf().await?;
    let gzipped = head.starts_with(&[0x1f, 0x8b]);
    let plain: Pin<Box<dyn AsyncRead + Send>> = if gzipped {
        Box::pin(GzipDecoder::new(buffered))
    } else {
        Box::pin(buffered)
    };
    // One byte over the limit tells a cut file from one that fits exactly.
    let mut limited = BufReader::new(plain.take(max_bytes as u64 + 1));
    let mut xml = quick_xml::Reader::from_reader(&mut limited);
    xml.config_mut().trim_text(true);

    let mut buf = Vec::new();
    let mut kind = None;
    let mut path: Vec<String> = Vec::new();
    let mut loc = String::new();
    let mut lastmod = None;
    let mut sitemap = Sitemap {
        kind: SitemapKind::UrlSet,
        entries: Vec::new(),
        seen: 0,
        truncated: false,
    };
    loop {
        let event = match xml.read_event_into_async(&mut buf).await {
            Ok(event) => event,
            Err(error) if kind.is_some() && cut(&error) => {
                sitemap.truncated = true;
                break;
            }
            Err(error) => return Err(error.into()),
        };
        match event {
            Event::Start(start) => {
                let name = start.local_name().into_inner().to_ascii_lowercase();
                if kind.is_none() {
                    kind = Some(match name.as_str() {
                        "urlset" => SitemapKind::UrlSet,
                        "sitemapindex" => SitemapKind::Index,
                        _ => return Err(SitemapError::NotSitemap(name)),
                    });
                }
                if matches!(name.as_str(), "url" | "sitemap") {
                    loc.clear();
                    lastmod = None;
                }
                path.push(name);
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                if matches!(name.as_str(), "url" | "sitemap") && !loc.is_empty() {
                    sitemap.seen += 1;
                    let entry = SitemapEntry {
                        loc: std::mem::take(&mut loc),
                        lastmod: lastmod.take(),
                    };
                    if keep(&entry) {
                        if sitemap.entries.len() >= max_entries {
                            sitemap.truncated = true;
                            break;
                        }
                        sitemap.entries.push(entry);
                    }
                }
            }
            Event::Text(text) => {
                let value = text.xml10_content();
                on_text(&path, value.trim(), &mut loc, &mut lastmod);
            }
            Event::CData(data) => {
                let value: &str = &data;
                on_text(&path, value.trim(), &mut loc, &mut lastmod);
            }
            // `&amp;` in a <loc> arrives as its own event in quick-xml 0.42.
            Event::GeneralRef(reference) if path.last().is_some_and(|n| n == "loc") => {
                if let Ok(Some(c)) = reference.resolve_char_ref() {
                    loc.push(c);
                } else {
                    let name: &str = &reference;
                    loc.push_str(match name {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => "",
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if limited.into_inner().limit() == 0 {
        sitemap.truncated = true;
    }
    match kind {
        Some(kind) => {
            sitemap.kind = kind;
            Ok(sitemap)
        }
        None => Err(SitemapError::NotSitemap("none".into())),
    }
}

/// An error from the byte limit cutting the document mid-element.
fn cut(error: &quick_xml::Error) -> bool {
    matches!(error, quick_xml::Error::Syntax(_) | quick_xml::Error::IllFormed(_))
}

fn on_text(path: &[String], value: &str, loc: &mut String, lastmod: &mut Option<NaiveDate>) {
    match path.last().map(String::as_str) {
        Some("loc") => loc.push_str(value),
        Some("lastmod") | Some("publication_date") => {
            let date = value
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
            *lastmod = date.max(*lastmod);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URLSET: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://a.gov.vn/tin-tuc/bai-1.html</loc><lastmod>2024-01-15T08:30:00+07:00</lastmod></url>
  <url><loc>https://a.gov.vn/tin-tuc/bai-2.html?a=1&amp;b=2</loc><lastmod>2018-12-31</lastmod></url>
  <url><loc><![CDATA[https://a.gov.vn/tin-tuc/bai-3.html]]></loc>
       <news:news><news:publication_date>2025-07-01</news:publication_date></news:news></url>
</urlset>"#;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[tokio::test]
    async fn urlset_with_dates_entities_and_cdata() {
        let map = parse(std::io::Cursor::new(URLSET.as_bytes().to_vec()), 1 << 20, 100, |_| true)
            .await
            .unwrap();
        assert_eq!(map.kind, SitemapKind::UrlSet);
        assert_eq!(
            map.entries,
            vec![
                SitemapEntry {
                    loc: "https://a.gov.vn/tin-tuc/bai-1.html".into(),
                    lastmod: date(2024, 1, 15)
                },
                SitemapEntry {
                    loc: "https://a.gov.vn/tin-tuc/bai-2.html?a=1&b=2".into(),
                    lastmod: date(2018, 12, 31)
                },
                SitemapEntry {
                    loc: "https://a.gov.vn/tin-tuc/bai-3.html".into(),
                    lastmod: date(2025, 7, 1)
                },
            ]
        );
        assert!(!map.truncated);
        // Filtering while streaming.
        let recent = parse(std::io::Cursor::new(URLSET.as_bytes().to_vec()), 1 << 20, 100, |e| {
            e.lastmod >= date(2019, 1, 1)
        })
        .await
        .unwrap();
        assert_eq!((recent.entries.len(), recent.seen), (2, 3));
    }

    #[tokio::test]
    async fn gzipped_index() {
        use std::io::Write;
        let index = r#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://a.gov.vn/sitemap-1.xml.gz</loc><lastmod>2024-02-01</lastmod></sitemap>
            <sitemap><loc>https://a.gov.vn/sitemap-2.xml.gz</loc></sitemap></sitemapindex>"#;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(index.as_bytes()).unwrap();
        let map = parse(std::io::Cursor::new(gz.finish().unwrap()), 1 << 20, 100, |_| true)
            .await
            .unwrap();
        assert_eq!(map.kind, SitemapKind::Index);
        assert_eq!(map.entries.len(), 2);
        assert_eq!(map.entries[0].lastmod, date(2024, 2, 1));
    }

    #[tokio::test]
    async fn limits_cut_the_file_short_and_html_is_refused() {
        let mut big = String::from(r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#);
        for i in 0..10_000 {
            big.push_str(&format!("<url><loc>https://a.gov.vn/tin-tuc/bai-{i}.html</loc></url>"));
        }
        big.push_str("</urlset>");
        let by_bytes = parse(
            std::io::Cursor::new(big.clone().into_bytes()),
            50_000,
            1_000_000,
            |_| true,
        )
        .await
        .unwrap();
        assert!(
            by_bytes.truncated && by_bytes.entries.len() < 1_000,
            "{}",
            by_bytes.entries.len()
        );
        let by_count = parse(std::io::Cursor::new(big.into_bytes()), 10 << 20, 100, |_| true)
            .await
            .unwrap();
        assert!(by_count.truncated);
        assert_eq!(by_count.entries.len(), 100);
        let html = parse(
            std::io::Cursor::new(b"<html><body>404</body></html>".to_vec()),
            1000,
            10,
            |_| true,
        )
        .await;
        assert!(matches!(html, Err(SitemapError::NotSitemap(_))));
    }
}
