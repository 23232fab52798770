//! Discovery against loopback portals: conditional GETs, pagination that
//! stops at the first page with nothing new, backfill to a date horizon,
//! sitemaps (robots.txt, index, gzip) and feeds (auto-discovered).

mod support;

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::NaiveDate;
use support::*;
use vnportal_crawler::canonical::canonicalize;

const ROBOTS: &str = "User-agent: *\nDisallow:\n";

#[tokio::test]
async fn unchanged_listings_answer_304_and_nothing_is_refetched() {
    let server = FaultServer::start("127.0.1.1", |hit, _| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        "/tin-tuc" => {
            let etag = hit.headers.get("if-none-match").and_then(|v| v.to_str().ok());
            if etag == Some("\"v1\"") {
                return status(304);
            }
            let r = listing(&["/tin-tuc/mot-101.html", "/tin-tuc/hai-102.html"]);
            let r = with_header(r, "etag", "\"v1\"");
            with_header(r, "last-modified", "Mon, 15 Jan 2024 08:00:00 GMT")
        }
        path => article(path),
    })
    .await;
    let h = harness(fast_config(), &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;
    h.run_once().await;
    assert_eq!(
        server.paths(),
        [
            "/robots.txt",
            "/tin-tuc",
            "/tin-tuc/mot-101.html",
            "/tin-tuc/hai-102.html",
            "/tin-tuc"
        ]
    );
    let second = &server.hits_of("/tin-tuc")[1];
    assert_eq!(second.headers["if-none-match"], "\"v1\"");
    assert_eq!(second.headers["if-modified-since"], "Mon, 15 Jan 2024 08:00:00 GMT");
    assert_eq!(h.crawler.stats().not_modified, 1);
    assert_eq!(h.bus.urls().len(), 2);
}

/// Five listing pages (`?trang=N`), two articles each, dated one day apart
/// going back from 10 May 2024; `fresh` adds a new article on top of page 1.
fn paged_portal(fresh: Arc<AtomicBool>) -> impl Fn(&Hit, usize) -> axum::response::Response + Send + Sync {
    move |hit, _| {
        let path = hit.path.as_str();
        if path == "/robots.txt" {
            return text(ROBOTS);
        }
        if path.starts_with("/tin-tuc/") {
            return article(path);
        }
        let page: u32 = path
            .strip_prefix("/tin-tuc?trang=")
            .and_then(|n| n.parse().ok())
            .unwrap_or(1);
        let mut items = String::new();
        if page == 1 && fresh.load(Ordering::Relaxed) {
            items.push_str(r#"<li><a href="/tin-tuc/bai-moi-999.html">Mới</a> <span>11/05/2024</span></li>"#);
        }
        for i in 0..2 {
            let n = (page - 1) * 2 + i;
            let day = 10 - n;
            items.push_str(&format!(
                r#"<li><a href="/tin-tuc/bai-{n}-10{n}.html">Bài {n}</a> <span>{day:02}/05/2024</span></li>"#
            ));
        }
        let numbers: String = (1..=5)
            .map(|p| format!(r#"<a href="/tin-tuc?trang={p}">{p}</a> "#))
            .collect();
        let next = if page < 5 {
            format!(r#"<a href="/tin-tuc?trang={}">Trang sau</a>"#, page + 1)
        } else {
            String::new()
        };
        html(format!(
            "<html><body><p>Hôm nay 21/11/2026</p><ul>{items}</ul><div class=\"paging\">{numbers}{next}</div></body></html>"
        ))
    }
}

fn listing_pages(server: &FaultServer) -> Vec<String> {
    server
        .paths()
        .into_iter()
        .filter(|p| p.starts_with("/tin-tuc?") || p == "/tin-tuc")
        .collect()
}

#[tokio::test]
async fn polls_page_until_nothing_is_new_and_backfill_walks_to_the_horizon() {
    let fresh = Arc::new(AtomicBool::new(false));
    let server = FaultServer::start("127.0.1.2", paged_portal(Arc::clone(&fresh))).await;
    let mut config = fast_config();
    config.min_delay_ms = 10;
    config.max_listing_pages = 2;
    let registry = portal_toml("p", &server.base, "/tin-tuc", "");
    let h = harness(config.clone(), &registry);
    h.run_once().await;
    // An ordinary first poll: bounded by max_listing_pages.
    assert_eq!(listing_pages(&server), ["/tin-tuc", "/tin-tuc?trang=2"]);
    assert_eq!(h.bus.urls().len(), 4);

    // One new article on page 1: page 2 has nothing new, so paging stops there.
    fresh.store(true, Ordering::Relaxed);
    h.run_once().await;
    assert_eq!(
        listing_pages(&server)[2..],
        ["/tin-tuc".to_owned(), "/tin-tuc?trang=2".to_owned()]
    );
    assert_eq!(h.bus.urls().len(), 5);
    let seen_before = h.bus.urls();

    // Backfill to 6 May (a restart on the same crawl state): past the pages
    // with nothing new, down to page 3, whose oldest article (5 May) crosses
    // the horizon.
    let h = h.restart(config, &registry, NaiveDate::from_ymd_opt(2024, 5, 6));
    h.run_once().await;
    assert_eq!(
        listing_pages(&server)[4..],
        [
            "/tin-tuc".to_owned(),
            "/tin-tuc?trang=2".to_owned(),
            "/tin-tuc?trang=3".to_owned()
        ]
    );
    let new: Vec<String> = h.bus.urls().into_iter().filter(|u| !seen_before.contains(u)).collect();
    assert_eq!(
        new,
        [
            server.url("/tin-tuc/bai-4-104.html"),
            server.url("/tin-tuc/bai-5-105.html")
        ]
    );
}

fn gzip(text: &str) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap()
}

#[tokio::test]
async fn sitemaps_from_robots_and_feeds_from_listings() {
    let recent = chrono::Utc::now().date_naive().format("%Y-%m-%d").to_string();
    let server = FaultServer::start("127.0.1.3", move |hit, _| {
        let base = format!("http://{}", hit.headers["host"].to_str().unwrap());
        match hit.path.as_str() {
            "/robots.txt" => text(format!("User-agent: *\nDisallow:\nSitemap: {base}/sitemap_index.xml\n")),
            "/sitemap_index.xml" => respond(
                200,
                "application/xml",
                format!(
                    r#"<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <sitemap><loc>{base}/sitemap-tin.xml.gz</loc><lastmod>{recent}</lastmod></sitemap></sitemapindex>"#
                )
                .into_bytes(),
            ),
            "/sitemap-tin.xml.gz" => respond(
                200,
                "application/x-gzip",
                gzip(&format!(
                    r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <url><loc>{base}/tin-tuc/tu-sitemap-201.html</loc><lastmod>{recent}</lastmod></url>
                    <url><loc>{base}/tin-tuc/cu-qua-202.html</loc><lastmod>2015-03-01</lastmod></url>
                    <url><loc>{base}/gioi-thieu</loc></url>
                    <url><loc>http://elsewhere.example/tin-tuc/ngoai-203.html</loc></url>
                    </urlset>"#
                )),
            ),
            "/tin-tuc" => html(
                r#"<html><head><link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/tin-tuc.xml"></head>
                <body><a href="/tin-tuc/tu-danh-sach-301.html">Bài</a></body></html>"#,
            ),
            "/rss/tin-tuc.xml" => respond(
                200,
                "application/rss+xml",
                format!(
                    r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
                    <item><title>Feed</title><link>{base}/tin-tuc/tu-rss-401.html?utm_source=rss</link></item>
                    </channel></rss>"#
                )
                .into_bytes(),
            ),
            path => article(path),
        }
    })
    .await;
    let h = harness(fast_config(), &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;
    // Poll 1: robots, the sitemap index and its gzipped child (recent entries
    // only), then the listing, which announces a feed.
    assert_eq!(
        server.paths(),
        [
            "/robots.txt",
            "/sitemap_index.xml",
            "/sitemap-tin.xml.gz",
            "/tin-tuc/tu-sitemap-201.html",
            "/tin-tuc",
            "/tin-tuc/tu-danh-sach-301.html",
        ]
    );
    // Poll 2: the feed, canonical links.
    h.run_once().await;
    assert!(server.paths().contains(&"/rss/tin-tuc.xml".to_owned()));
    assert_eq!(server.hits_of("/tin-tuc/tu-rss-401.html").len(), 1);
    assert_eq!(
        h.bus.urls(),
        [
            server.url("/tin-tuc/tu-sitemap-201.html"),
            server.url("/tin-tuc/tu-danh-sach-301.html"),
            server.url("/tin-tuc/tu-rss-401.html"),
        ]
    );
}

#[test]
fn canonical_form_keeps_every_simulator_url() {
    let pages = vnportal_simulator::Simulator::demo().offline_pages("http://127.0.0.1:8080");
    assert!(pages.len() > 10);
    for page in pages {
        let url = url::Url::parse(&page.url).unwrap();
        assert_eq!(canonicalize(&url).as_str(), url.as_str());
    }
}
