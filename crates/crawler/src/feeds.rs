//! RSS and Atom feeds (`feed-rs`): the cheapest way to learn of new articles
//! where a portal has them. Feeds are small, so they are read whole (within
//! `max_body_bytes`).

use chrono::NaiveDate;
use url::Url;

use crate::canonical::canonicalize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    pub url: Url,
    pub published: Option<NaiveDate>,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid feed: {0}")]
pub struct FeedError(String);

/// The item links of a feed, canonical, resolved against `feed_url`, in feed order.
pub fn items(body: &[u8], feed_url: &Url) -> Result<Vec<FeedItem>, FeedError> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(feed_url.as_str()))
        .build()
        .parse(body)
        .map_err(|e| FeedError(e.to_string()))?;
    let mut out: Vec<FeedItem> = Vec::new();
    for entry in feed.entries {
        // RSS puts the article in <link>; Atom may list several, "alternate" first.
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .map(|l| l.href.as_str())
            .or_else(|| entry.id.starts_with("http").then_some(entry.id.as_str()));
        let Some(url) = link.and_then(|l| feed_url.join(l.trim()).ok()) else {
            continue;
        };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        let url = canonicalize(&url);
        if out.iter().any(|i| i.url == url) {
            continue;
        }
        out.push(FeedItem {
            url,
            published: entry.published.or(entry.updated).map(|d| d.date_naive()),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_and_atom() {
        let rss = r#"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức</title>
            <item><title>Hội nghị</title><link>https://a.gov.vn/tin-tuc/hoi-nghi-123.html?utm_source=rss</link>
            <pubDate>Mon, 15 Jan 2024 08:30:00 +0700</pubDate></item>
            <item><title>Relative</title><link>/tin-tuc/dai-hoi-124.html</link></item>
            </channel></rss>"#;
        let feed = Url::parse("https://a.gov.vn/rss/tin-tuc.rss").unwrap();
        let items = items(rss.as_bytes(), &feed).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].url.as_str(), "https://a.gov.vn/tin-tuc/hoi-nghi-123.html");
        assert_eq!(items[0].published, NaiveDate::from_ymd_opt(2024, 1, 15));
        assert_eq!(items[1].url.as_str(), "https://a.gov.vn/tin-tuc/dai-hoi-124.html");

        let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id><updated>2024-01-01T00:00:00Z</updated>
            <entry><title>E</title><id>urn:1</id><updated>2024-02-02T00:00:00Z</updated>
            <link rel="alternate" href="https://a.gov.vn/tin-tuc/e-1.html"/></entry></feed>"#;
        let items = super::items(atom.as_bytes(), &feed).unwrap();
        assert_eq!(items[0].url.as_str(), "https://a.gov.vn/tin-tuc/e-1.html");
        assert_eq!(items[0].published, NaiveDate::from_ymd_opt(2024, 2, 2));
        assert!(super::items(b"<html>no</html>", &feed).is_err());
    }
}
