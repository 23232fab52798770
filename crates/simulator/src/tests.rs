//! End-to-end tests of the simulator over real sockets, with a minimal
//! HTTP/1.1 client on a plain `TcpStream`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::net::{IpAddr, Ipv4Addr};
use std::sync::LazyLock;

use regex::Regex;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use unicode_normalization::UnicodeNormalization;
use url::Url;

use crate::corpus::Corpus;
use crate::{RunningSimulator, Simulator, to_windows_1258, windows_1258_unmappable};

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);
const TEST_AGENT: &str = "vnportal-test/1.0 (+tests)";

/// One HTTP response.
struct Fetched {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Fetched {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body decoded with the charset of its Content-Type, NFC.
    fn text(&self) -> String {
        let content_type = self.header("content-type").unwrap_or_default();
        if content_type.contains("windows-1258") {
            let (text, _, errors) = encoding_rs::WINDOWS_1258.decode(&self.body);
            assert!(!errors, "valid windows-1258");
            text.nfc().collect()
        } else {
            String::from_utf8(self.body.clone()).expect("UTF-8 body")
        }
    }
}

/// GET `url` over a fresh connection (HTTP/1.1, `Connection: close`).
async fn get(url: &str) -> Fetched {
    let url = Url::parse(url).expect("absolute test url");
    let host = url.host_str().expect("host");
    let port = url.port_or_known_default().expect("port");
    let mut target = url.path().to_owned();
    if let Some(q) = url.query() {
        target.push('?');
        target.push_str(q);
    }
    let mut stream = TcpStream::connect((host, port)).await.expect("connect");
    let request = format!(
        "GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: {TEST_AGENT}\r\nAccept: text/html\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.expect("read");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("end of head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let fetched = Fetched {
        status,
        headers,
        body: Vec::new(),
    };
    if fetched
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"))
    {
        body = dechunk(&body);
    }
    Fetched { body, ..fetched }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size_text = String::from_utf8_lossy(&data[..eol]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("0").trim(), 16).expect("chunk size");
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[eol + 2..eol + 2 + size]);
        data = &data[eol + 4 + size..];
    }
}

async fn start() -> RunningSimulator {
    Simulator::demo()
        .start(LOOPBACK, 0)
        .await
        .expect("simulator starts on loopback")
}

static HREF: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<a\b[^>]*?\bhref="([^"]*)""#).expect("valid regex"));
static IMG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"<img\b[^>]*?\bsrc="([^"]*)""#).expect("valid regex"));

/// Absolute http(s) URLs of the `<a href>` links of `html`, fragments removed.
fn links(html: &str, page: &Url) -> Vec<Url> {
    HREF.captures_iter(html)
        .filter_map(|c| {
            let href = html_escape::decode_html_entities(&c[1]).into_owned();
            let mut url = page.join(href.trim()).ok()?;
            url.set_fragment(None);
            matches!(url.scheme(), "http" | "https").then_some(url)
        })
        .collect()
}

fn same_site(url: &Url, base: &Url) -> bool {
    url.host_str() == base.host_str() && url.port() == base.port()
}

/// Visible text of `html`: scripts and styles dropped, tags replaced by
/// spaces, entities decoded, whitespace folded, NFC.
fn visible_text(html: &str) -> String {
    static SCRIPT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?is)<script\b.*?</script>|<style\b.*?</style>").expect("valid regex"));
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[^>]*>").expect("valid regex"));
    let text = SCRIPT.replace_all(html, " ");
    let text = TAG.replace_all(&text, " ");
    let decoded = html_escape::decode_html_entities(&text);
    fold(&decoded)
}

fn fold(text: &str) -> String {
    text.nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The listing pages of `start_url` (following pagination: same path,
/// another query), with their HTML, in visiting order.
async fn listing_pages(start_url: &str) -> Vec<(Url, String)> {
    let start = Url::parse(start_url).expect("start url");
    let mut queue = VecDeque::from([start.clone()]);
    let mut seen = BTreeSet::from([start.to_string()]);
    let mut pages = Vec::new();
    while let Some(url) = queue.pop_front() {
        let page = get(url.as_str()).await;
        assert_eq!(page.status, 200, "{url}");
        let html = page.text();
        for link in links(&html, &url) {
            if same_site(&link, &start) && link.path() == start.path() && seen.insert(link.to_string()) {
                queue.push_back(link);
            }
        }
        pages.push((url, html));
    }
    pages
}

#[test]
fn windows_1258_round_trip() {
    let corpus = Corpus::builtin();
    let mut texts: Vec<String> = vec![
        "Hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024.".into(),
        "ĐẮK LẮK – “Dân vận khéo”… Ủy ban; Thứ bảy, 21/11/2026".into(),
    ];
    for a in corpus.all() {
        texts.push(a.title.clone());
        texts.push(a.expected_body());
    }
    for text in texts {
        assert!(windows_1258_unmappable(&text).is_empty(), "{text}");
        let bytes = to_windows_1258(&text);
        let (decoded, _, errors) = encoding_rs::WINDOWS_1258.decode(&bytes);
        assert!(!errors);
        let nfc: String = decoded.nfc().collect();
        assert_eq!(nfc, text);
        if text.chars().any(|c| "ệếộạủ".contains(c)) {
            assert_ne!(decoded, text, "tone marks are carried as combining characters");
        }
    }
    assert_eq!(to_windows_1258("Việt"), b"Vi\xEA\xF2t");
    assert_eq!(windows_1258_unmappable("Hà Nội 東"), vec!['東']);
}

#[tokio::test]
async fn each_portal_serves_robots_listing_and_article() {
    let sim = start().await;
    let expected = sim.expected_articles();
    assert_eq!(sim.portals().len(), 4);
    for portal in sim.portals() {
        assert!(portal.base_url.starts_with("http://127.0.0.1:"));
        assert!(!portal.base_url.ends_with('/'));

        let robots = get(&format!("{}/robots.txt", portal.base_url)).await;
        assert_eq!(robots.status, 200);
        assert!(
            robots
                .header("content-type")
                .is_some_and(|v| v.starts_with("text/plain"))
        );
        let robots = robots.text();
        assert!(robots.contains("User-agent: *"));
        assert!(!portal.disallowed_paths.is_empty());
        for path in &portal.disallowed_paths {
            assert!(robots.contains(&format!("Disallow: {path}\n")), "{}: {path}", portal.id);
        }

        let listing = get(&portal.start_urls[0]).await;
        assert_eq!(listing.status, 200, "{}", portal.start_urls[0]);
        assert_eq!(listing.header("content-type"), Some("text/html; charset=utf-8"));

        let mine: Vec<_> = expected.iter().filter(|e| e.portal_id == portal.id).collect();
        assert!(mine.len() >= 2, "{} has {} articles", portal.id, mine.len());
        for article in mine {
            let page = get(&article.url).await;
            assert_eq!(page.status, 200, "{}", article.url);
            let size = page.body.len();
            assert!((20_000..=60_000).contains(&size), "{} is {size} bytes", article.url);
            let text = visible_text(&page.text());
            assert!(text.contains(&article.title), "{}", article.url);
        }

        let missing = get(&format!("{}/khong-co-trang-nay.aspx", portal.base_url)).await;
        assert_eq!(missing.status, 404, "{}", portal.id);
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn request_log_records_requests() {
    let sim = start().await;
    assert!(sim.requests().is_empty());
    let first = &sim.portals()[1];
    let second = &sim.portals()[3];
    get(&format!("{}/robots.txt", first.base_url)).await;
    get(&second.start_urls[0]).await;
    get(&format!("{}/Trang/TinTuc.aspx?dmid=2&Page=2", first.base_url)).await;

    let log = sim.requests();
    assert_eq!(log.len(), 3);
    assert_eq!(log[0].portal_id, first.id);
    assert_eq!(log[0].path_and_query, "/robots.txt");
    assert_eq!(log[1].portal_id, second.id);
    assert_eq!(log[1].path_and_query, "/web/guest/tin-tuc");
    assert_eq!(log[2].path_and_query, "/Trang/TinTuc.aspx?dmid=2&Page=2");
    for record in &log {
        assert_eq!(record.method, "GET");
        assert_eq!(record.user_agent.as_deref(), Some(TEST_AGENT));
    }
    assert!(log[0].at <= log[1].at && log[1].at <= log[2].at);
    sim.shutdown().await;
}

#[tokio::test]
async fn expected_articles_and_the_republished_pair() {
    let sim = start().await;
    let expected = sim.expected_articles();
    assert_eq!(expected.len(), 12);
    let urls: BTreeSet<_> = expected.iter().map(|e| e.url.as_str()).collect();
    assert_eq!(urls.len(), 12, "one expectation per page");

    let mut by_hash: BTreeMap<&str, Vec<&crate::ExpectedArticle>> = BTreeMap::new();
    for e in &expected {
        by_hash.entry(e.content_hash.as_str()).or_default().push(e);
        assert_eq!(e.content_hash, vnportal_model::content_hash(&e.body));
        for paragraph in e.body.split("\n\n") {
            assert!(!paragraph.is_empty(), "{}", e.url);
            assert_eq!(paragraph, vnportal_model::clean_inline(paragraph));
        }
        assert!(!e.body.contains("\n\n\n") && !e.body.contains("Nguồn:"));
        if let Some(summary) = &e.summary {
            assert!(e.body.starts_with(summary.as_str()), "{}", e.url);
        }
        if let Some(at) = e.published_at {
            assert_eq!(at.offset().local_minus_utc(), 7 * 3600);
        }
    }
    let pairs: Vec<_> = by_hash.values().filter(|v| v.len() > 1).collect();
    assert_eq!(pairs.len(), 1, "exactly one article is republished");
    let pair = pairs[0];
    assert_eq!(pair.len(), 2);
    assert_ne!(pair[0].portal_id, pair[1].portal_id);
    assert_eq!(pair[0].title, pair[1].title);
    assert_eq!(pair[0].body, pair[1].body);
    assert_eq!(pair[0].source.as_deref(), Some("baodaklak.vn, ngày 6/1/2016"));

    // The windows-1258 copy really is windows-1258.
    let kimson = pair.iter().find(|e| e.portal_id == "kimson").expect("kimson copy");
    let page = get(&kimson.url).await;
    assert_eq!(page.header("content-type"), Some("text/html; charset=windows-1258"));
    assert!(std::str::from_utf8(&page.body).is_err());
    assert!(page.text().contains("<meta charset=\"windows-1258\">"));
    let raw: String = page.body.iter().map(|&b| char::from(b)).collect();
    assert!(windows_1258_unmappable(&page.text()).is_empty());
    assert!(!raw.contains("&#"), "no character references needed");

    // The Liferay copy writes its body with entities.
    let nghean = pair.iter().find(|e| e.portal_id == "nghean").expect("nghean copy");
    let html = get(&nghean.url).await.text();
    assert!(html.contains("Quang c&#7843;nh H&#7897;i ngh&#7883;"));
    assert!(html.contains("&ecirc;") || html.contains("&acirc;"));

    // Spot checks of the contract.
    let seed4 = expected
        .iter()
        .find(|e| e.title == "Nhiệm vụ trọng tâm công tác dân vận tỉnh Nghệ An năm 2023")
        .expect("seed 004");
    assert_eq!(
        seed4.author.as_deref(),
        Some("Nguyễn Mạnh Khôi, Phó trưởng ban TT Ban Dân vận Tỉnh ủy")
    );
    assert_eq!(seed4.published_at, None);
    let seed2 = expected
        .iter()
        .find(|e| e.url.contains("-2845.aspx"))
        .expect("seed 002");
    assert_eq!(
        seed2.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-01-15T00:00:00+07:00")
    );
    assert_eq!(seed2.author.as_deref(), Some("Diệu Hoa"));
    assert_eq!(seed2.category, None);
    assert_eq!(seed2.image_count, 2);
    assert!(
        seed2
            .summary
            .as_deref()
            .is_some_and(|s| s.starts_with("Ngày 12/1, Huyện ủy Kim Sơn"))
    );
    let seed1 = expected
        .iter()
        .find(|e| e.portal_id == "tandan" && e.title.starts_with("Hội nghị trực tuyến"))
        .expect("seed 001");
    assert_eq!(
        seed1.published_at.map(|d| d.to_rfc3339()).as_deref(),
        Some("2020-12-31T14:54:14+07:00")
    );
    assert_eq!(seed1.author.as_deref(), Some("Thanh Hằng – Trung tâm VHTT TT&DL huyện"));
    assert_eq!(seed1.category.as_deref(), Some("Công tác dân vận"));
    sim.shutdown().await;
}

#[tokio::test]
async fn every_expected_url_is_linked_from_paginated_listings() {
    let sim = start().await;
    let expected = sim.expected_articles();
    for portal in sim.portals() {
        let base = Url::parse(&portal.base_url).expect("base url");
        let pages = listing_pages(&portal.start_urls[0]).await;
        assert!(pages.len() >= 2, "{}: {} listing pages", portal.id, pages.len());
        let mut found: BTreeSet<String> = BTreeSet::new();
        let mut articles_per_page = Vec::new();
        let mut other_hosts = 0;
        let mut same_site_links = BTreeSet::new();
        for (url, html) in &pages {
            let mut count = 0;
            for link in links(html, url) {
                if !same_site(&link, &base) {
                    other_hosts += 1;
                    continue;
                }
                if expected.iter().any(|e| e.url == link.as_str()) {
                    count += 1;
                }
                same_site_links.insert(link.to_string());
                found.insert(link.to_string());
            }
            articles_per_page.push(count);
        }
        assert!(other_hosts > 0, "{}: an external link", portal.id);
        let mine: Vec<_> = expected.iter().filter(|e| e.portal_id == portal.id).collect();
        for e in &mine {
            assert!(
                found.contains(&e.url),
                "{}: {} not linked from listings",
                portal.id,
                e.url
            );
        }
        // Not all on page 1: pagination must be followed.
        let first_page: BTreeSet<String> = links(&pages[0].1, &pages[0].0)
            .into_iter()
            .map(|u| u.to_string())
            .collect();
        assert!(mine.iter().any(|e| !first_page.contains(&e.url)), "{}", portal.id);

        // Robots-disallowed paths are linked from the listings.
        assert!(
            same_site_links.iter().any(|l| {
                let url = Url::parse(l).expect("url");
                portal
                    .disallowed_paths
                    .iter()
                    .any(|d| url.path().starts_with(d.as_str()))
            }),
            "{}: no disallowed path linked",
            portal.id
        );

        // The article pattern matches exactly the article links.
        if let Some(pattern) = &portal.article_pattern {
            let re = Regex::new(pattern).expect("valid article_pattern");
            for link in &same_site_links {
                let is_article = mine.iter().any(|e| &e.url == link);
                assert_eq!(re.is_match(link), is_article, "{}: {link}", portal.id);
            }
        }
    }
    let with_pattern = sim.portals().iter().filter(|p| p.article_pattern.is_some()).count();
    assert_eq!(with_pattern, 2);
    sim.shutdown().await;
}

#[tokio::test]
async fn every_same_site_link_and_image_is_served() {
    let sim = start().await;
    for portal in sim.portals() {
        let base = Url::parse(&portal.base_url).expect("base url");
        let mut queue: VecDeque<Url> = VecDeque::from([
            base.join("/").expect("root"),
            Url::parse(&portal.start_urls[0]).expect("start"),
        ]);
        let mut seen: BTreeSet<String> = queue.iter().map(|u| u.to_string()).collect();
        let mut images = BTreeSet::new();
        let mut fetched = 0;
        while let Some(url) = queue.pop_front() {
            let page = get(url.as_str()).await;
            assert_eq!(page.status, 200, "{url}");
            fetched += 1;
            assert!(fetched < 200, "{}: runaway link graph", portal.id);
            let html = page.text();
            for src in IMG.captures_iter(&html) {
                if let Ok(img) = url.join(&html_escape::decode_html_entities(&src[1])) {
                    images.insert(img.to_string());
                }
            }
            // Disallowed pages are served, but not explored further.
            if portal
                .disallowed_paths
                .iter()
                .any(|d| url.path().starts_with(d.as_str()))
            {
                continue;
            }
            for link in links(&html, &url) {
                if same_site(&link, &base) && seen.insert(link.to_string()) {
                    queue.push_back(link);
                }
            }
        }
        assert!(fetched >= 10, "{}: only {fetched} pages", portal.id);
        for img in images {
            let fetched = get(&img).await;
            assert_eq!(fetched.status, 200, "{img}");
            assert!(fetched.header("content-type").is_some_and(|t| t.starts_with("image/")));
        }
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn article_pages_contain_their_expected_fields() {
    let sim = start().await;
    for e in sim.expected_articles() {
        let html = get(&e.url).await.text();
        let text = visible_text(&html);
        assert!(text.contains(&e.title), "{}: title", e.url);
        for paragraph in e.body.split("\n\n") {
            assert!(text.contains(&fold(paragraph)), "{}: paragraph {paragraph:?}", e.url);
        }
        if let Some(author) = &e.author {
            for part in author.split(", ") {
                assert!(text.contains(part), "{}: author {part:?}", e.url);
            }
        }
        if let Some(source) = &e.source {
            assert!(text.contains(&format!("Nguồn: {source}")), "{}: source", e.url);
        }
        if let Some(category) = &e.category {
            assert!(html.contains("breadcrumb"), "{}", e.url);
            assert!(text.contains(category.as_str()), "{}: category", e.url);
        }
        if let Some(summary) = &e.summary {
            assert!(text.contains(summary.as_str()), "{}: summary", e.url);
        }
        assert!(
            text.contains(&crate::dates::today_vi()),
            "{}: today in the header",
            e.url
        );
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn portals_toml_is_a_registry() {
    let sim = start().await;
    let text = sim.portals_toml();
    let value: toml::Table = toml::from_str(&text).expect("valid TOML");
    let portals = value["portal"].as_array().expect("[[portal]]");
    assert_eq!(portals.len(), 4);
    for (entry, portal) in portals.iter().zip(sim.portals()) {
        assert_eq!(entry["id"].as_str(), Some(portal.id.as_str()));
        assert_eq!(entry["base_url"].as_str(), Some(portal.base_url.as_str()));
        assert_eq!(entry["allow_private_network"].as_bool(), Some(true));
        assert_eq!(
            entry.get("article_pattern").and_then(|v| v.as_str()),
            portal.article_pattern.as_deref()
        );
        assert_eq!(entry["start_urls"][0].as_str(), Some(portal.start_urls[0].as_str()));
    }
    sim.shutdown().await;
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_servers() {
    let sim = start().await;
    let addr = sim.portals()[0].base_url.trim_start_matches("http://").to_owned();
    assert!(TcpStream::connect(&addr).await.is_ok());
    sim.shutdown().await;
    assert!(TcpStream::connect(&addr).await.is_err());

    let sim = start().await;
    let addr = sim.portals()[2].base_url.trim_start_matches("http://").to_owned();
    drop(sim);
    let mut refused = false;
    for _ in 0..50 {
        if TcpStream::connect(&addr).await.is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(refused, "dropping the simulator stops its servers");
}

#[tokio::test]
async fn fixed_ports_are_consecutive() {
    // Find four consecutive free ports; another process may grab one in
    // between, so try a few bases.
    for _ in 0..20 {
        let probe = std::net::TcpListener::bind((LOOPBACK, 0)).expect("probe");
        let first = probe.local_addr().expect("addr").port();
        drop(probe);
        if first > u16::MAX - 8 {
            continue;
        }
        let Ok(sim) = Simulator::demo().start(LOOPBACK, first).await else {
            continue;
        };
        for (i, portal) in sim.portals().iter().enumerate() {
            assert_eq!(portal.base_url, format!("http://127.0.0.1:{}", first + i as u16));
        }
        assert_eq!(
            get(&format!("{}/robots.txt", sim.portals()[3].base_url)).await.status,
            200
        );
        sim.shutdown().await;
        return;
    }
    panic!("no four consecutive free ports found");
}
