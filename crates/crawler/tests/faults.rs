//! The crawler against a fault-injection portal server on loopback: each
//! case asserts what was fetched, when, and what was recorded.

mod support;

use std::collections::HashMap;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::response::Response;
use futures::StreamExt;
use support::*;
use vnportal_crawler::{BreakerState, CrawlState};

const ROBOTS: &str = "User-agent: *\nDisallow:\n";

#[tokio::test]
async fn retry_after_on_429_and_503_is_honoured() {
    let server = FaultServer::start("127.0.0.11", |hit, n| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        "/tin-tuc" => listing(&["/tin-tuc/bai-mot-101.html", "/tin-tuc/bai-hai-102.html"]),
        "/tin-tuc/bai-mot-101.html" if n == 0 => with_header(status(429), "retry-after", "1"),
        "/tin-tuc/bai-hai-102.html" if n == 0 => with_header(status(503), "retry-after", "1"),
        path => article(path),
    })
    .await;
    let h = harness(fast_config(), &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;

    assert_eq!(
        server.paths(),
        [
            "/robots.txt",
            "/tin-tuc",
            "/tin-tuc/bai-mot-101.html",
            "/tin-tuc/bai-mot-101.html",
            "/tin-tuc/bai-hai-102.html",
            "/tin-tuc/bai-hai-102.html",
        ]
    );
    let hits = server.hits();
    // After each Retry-After: 1, nothing reached the host for a second.
    for i in [2, 4] {
        let gap = hits[i + 1].at.duration_since(hits[i].at);
        assert!(gap >= Duration::from_secs(1), "gap after {}: {gap:?}", hits[i].path);
    }
    assert_eq!(h.bus.urls().len(), 2);
    let stats = h.crawler.stats();
    assert_eq!((stats.emitted, stats.errors), (2, 0));
    assert_eq!(h.crawler.breaker_state("p"), Some(BreakerState::Closed));
}

#[tokio::test]
async fn a_long_retry_after_ends_the_poll_instead_of_waiting() {
    let server = FaultServer::start("127.0.0.26", |hit, _| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        "/tin-tuc" => listing(&["/tin-tuc/bai-mot-101.html", "/tin-tuc/bai-hai-102.html"]),
        "/tin-tuc/bai-mot-101.html" => with_header(status(429), "retry-after", "3600"),
        path => article(path),
    })
    .await;
    let h = harness(fast_config(), &portal_toml("p", &server.base, "/tin-tuc", ""));
    let started = Instant::now();
    h.run_once().await;
    h.run_once().await;
    assert!(started.elapsed() < Duration::from_secs(30));
    // Asked once; then the host is left alone, this poll and the next.
    assert_eq!(server.paths(), ["/robots.txt", "/tin-tuc", "/tin-tuc/bai-mot-101.html"]);
    let polls = CrawlState::open(&h.state_path).unwrap().polls().unwrap();
    assert!(polls[0].last_error.as_deref().unwrap().starts_with("held"), "{polls:?}");
}

#[tokio::test]
async fn a_503_burst_lengthens_the_pause_then_recovers() {
    let server = FaultServer::start("127.0.0.12", |hit, n| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        "/tin-tuc" => listing(&["/tin-tuc/bai-mot-101.html"]),
        "/tin-tuc/bai-mot-101.html" if n < 2 => status(503),
        path => article(path),
    })
    .await;
    let mut config = fast_config();
    config.min_delay_ms = 100;
    config.retry_min_delay_ms = 10;
    let h = harness(config, &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;

    let hits = server.hits_of("/tin-tuc/bai-mot-101.html");
    assert_eq!(hits.len(), 3, "two 503s, then the page");
    // Adaptive backoff: 100 ms × 2 after one failure, × 4 after two.
    let g = gaps(&hits);
    assert!(g[0] >= Duration::from_millis(200), "{g:?}");
    assert!(g[1] >= Duration::from_millis(400), "{g:?}");
    assert_eq!(h.bus.urls(), [server.url("/tin-tuc/bai-mot-101.html")]);
    let saved = CrawlState::open(&h.state_path).unwrap().hosts().unwrap();
    let (_, host) = saved.iter().find(|(k, _)| k == &server.addr.to_string()).unwrap();
    assert_eq!(host.failures, 2);
}

#[tokio::test]
async fn repeated_5xx_open_the_breaker_which_reprobes_later() {
    let healthy = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let server = FaultServer::start("127.0.0.13", {
        let healthy = Arc::clone(&healthy);
        move |hit, _| match hit.path.as_str() {
            "/robots.txt" => text(ROBOTS),
            _ if !healthy.load(Ordering::Relaxed) => status(500),
            "/tin-tuc" => listing(&["/tin-tuc/bai-mot-101.html"]),
            path => article(path),
        }
    })
    .await;
    let mut config = fast_config();
    config.max_retries = 0;
    config.breaker_failures = 2;
    let registry = format!(
        "{}{}",
        portal_toml("p", &server.base, "/tin-tuc", ""),
        // Two start URLs: the second failure opens the breaker.
        ""
    )
    .replace(
        &format!("start_urls = [\"{}/tin-tuc\"]", server.base),
        &format!(
            "start_urls = [\"{0}/tin-tuc\", \"{0}/thong-bao\", \"{0}/su-kien\"]",
            server.base
        ),
    );
    let h = harness(config.clone(), &registry);
    h.run_once().await;
    assert_eq!(
        server.paths(),
        ["/robots.txt", "/tin-tuc", "/thong-bao"],
        "stopped once open"
    );
    assert_eq!(h.crawler.breaker_state("p"), Some(BreakerState::Open));
    let saved = CrawlState::open(&h.state_path).unwrap().breaker("p").unwrap().unwrap();
    assert_eq!(saved.state, BreakerState::Open);
    assert!(saved.last_error.unwrap().contains("500"));

    // Open: the next poll sends nothing, after a restart too (the state is saved).
    h.run_once().await;
    assert_eq!(server.hits().len(), 3);
    assert_eq!(h.crawler.stats().breaker_skips, 1);
    let h = h.restart(config, &registry, None);
    h.run_once().await;
    assert_eq!(server.hits().len(), 3);
    assert_eq!(h.crawler.breaker_state("p"), Some(BreakerState::Open));

    // After the probe delay (1 s) a probe goes; the portal is back: closed.
    healthy.store(true, Ordering::Relaxed);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    h.run_once().await;
    assert_eq!(h.crawler.breaker_state("p"), Some(BreakerState::Closed));
    assert_eq!(h.bus.urls(), [server.url("/tin-tuc/bai-mot-101.html")]);
}

#[tokio::test]
async fn dns_failures_and_refused_connections_open_the_breaker_at_once() {
    // A closed port on loopback refuses; `gone.test` resolves to nothing.
    let closed = std::net::TcpListener::bind("127.0.0.14:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let registry = format!(
        "{}{}",
        portal_toml("refused", &format!("http://127.0.0.14:{port}"), "/", ""),
        portal_toml("nxdomain", "http://gone.test", "/", "")
    );
    let dns = HashMap::from([("gone.test".to_owned(), vec![])]);
    let h = harness_with(fast_config(), &registry, dns, None);
    let started = Instant::now();
    h.run_once().await;
    assert!(started.elapsed() < Duration::from_secs(20));
    assert_eq!(h.crawler.breaker_state("refused"), Some(BreakerState::Open));
    assert_eq!(h.crawler.breaker_state("nxdomain"), Some(BreakerState::Open));
    let state = CrawlState::open(&h.state_path).unwrap();
    let dns_error = state.breaker("nxdomain").unwrap().unwrap().last_error.unwrap();
    assert!(dns_error.contains("DNS"), "{dns_error}");
    let refused = state.breaker("refused").unwrap().unwrap().last_error.unwrap();
    assert!(refused.contains("refused"), "{refused}");
}

#[tokio::test]
async fn the_ssrf_guard_refuses_loopback_unless_the_portal_allows_it() {
    let server = FaultServer::start("127.0.0.15", |_, _| html("<a href=\"/x\">x</a>")).await;
    let registry = portal_toml("p", &server.base, "/", "").replace("allow_private_network = true", "");
    // A name that resolves to loopback is refused as well as the literal address.
    let named = portal_toml("named", &format!("http://portal.test:{}", server.addr.port()), "/", "")
        .replace("allow_private_network = true", "");
    let dns = HashMap::from([("portal.test".to_owned(), vec![server.addr.ip()])]);
    let h = harness_with(fast_config(), &format!("{registry}{named}"), dns, None);
    h.run_once().await;
    assert!(
        server.hits().is_empty(),
        "nothing reached the server: {:?}",
        server.paths()
    );
    for id in ["p", "named"] {
        let err = CrawlState::open(&h.state_path)
            .unwrap()
            .breaker(id)
            .unwrap()
            .unwrap()
            .last_error
            .unwrap();
        assert!(err.contains("SSRF") || err.contains("non-public"), "{id}: {err}");
    }
}

#[tokio::test]
async fn slow_drip_servers_are_cut_off() {
    let server = FaultServer::start("127.0.0.16", |hit, _| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        "/tin-tuc" => listing(&["/tin-tuc/cham-cham-101.html"]),
        _ => {
            // One byte every 100 ms, for at most a minute.
            let drip = futures::stream::unfold(0, |i| async move {
                if i >= 600 {
                    return None;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
                Some((Ok::<_, std::io::Error>(bytes_of("x")), i + 1))
            });
            respond_stream(200, drip)
        }
    })
    .await;
    let mut config = fast_config();
    config.request_timeout_ms = 1000;
    config.max_retries = 0;
    let h = harness(config, &portal_toml("p", &server.base, "/tin-tuc", ""));
    let started = Instant::now();
    h.run_once().await;
    assert!(started.elapsed() < Duration::from_secs(15), "{:?}", started.elapsed());
    assert_eq!(server.hits_of("/tin-tuc/cham-cham-101.html").len(), 1);
    assert!(h.bus.urls().is_empty());
    let polls = CrawlState::open(&h.state_path).unwrap().polls().unwrap();
    assert!(
        polls[0].last_error.as_deref().unwrap().starts_with("timeout"),
        "{polls:?}"
    );
}

#[tokio::test]
async fn gzip_bombs_and_huge_bodies_stop_at_the_limit() {
    // 64 MiB of zeros, gzipped to about 64 KiB.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..64 {
        gz.write_all(&zeros).unwrap();
    }
    let bomb = Arc::new(gz.finish().unwrap());
    let served = Arc::new(AtomicUsize::new(0));
    let server = FaultServer::start("127.0.0.17", {
        let (bomb, served) = (Arc::clone(&bomb), Arc::clone(&served));
        move |hit, _| match hit.path.as_str() {
            "/robots.txt" => text(ROBOTS),
            "/tin-tuc" => listing(&["/tin-tuc/bom-nen-101.html", "/tin-tuc/rat-lon-102.html"]),
            "/tin-tuc/bom-nen-101.html" => {
                let r = respond(200, "text/html", bomb.to_vec());
                with_header(r, "content-encoding", "gzip")
            }
            _ => {
                // 50 MB in 64 KiB chunks, no Content-Length; count what was pulled.
                let served = Arc::clone(&served);
                let chunks = futures::stream::iter(0..800).map(move |_| {
                    served.fetch_add(65536, Ordering::Relaxed);
                    Ok::<_, std::io::Error>(bytes::Bytes::from(vec![b'a'; 65536]))
                });
                respond_stream(200, chunks)
            }
        }
    })
    .await;
    let mut config = fast_config();
    config.max_body_bytes = 1 << 20;
    let h = harness(config, &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;
    assert!(h.bus.urls().is_empty());
    let stats = h.crawler.stats();
    assert_eq!(stats.errors, 2);
    // Not retried: too large is final.
    assert_eq!(server.hits_of("/tin-tuc/bom-nen-101.html").len(), 1);
    // The 50 MB body was abandoned early (what sat in socket buffers aside).
    let pulled = served.load(Ordering::Relaxed);
    assert!(pulled < 20 << 20, "served {pulled} bytes");
}

#[tokio::test]
async fn redirect_loops_and_chains_are_bounded() {
    let server = FaultServer::start("127.0.0.18", |hit, _| {
        let path = hit.path.as_str();
        if let Some(n) = path.strip_prefix("/chain/") {
            let n: u32 = n.parse().unwrap();
            return redirect(302, &format!("/chain/{}", n + 1));
        }
        match path {
            "/robots.txt" => text(ROBOTS),
            "/tin-tuc" => listing(&["/vong-lap-101.html", "/chain/0", "/tam-thoi-102.html"]),
            "/vong-lap-101.html" => redirect(302, "/vong-lap-b-101.html"),
            "/vong-lap-b-101.html" => redirect(301, "/vong-lap-101.html"),
            "/tam-thoi-102.html" => redirect(307, "/bai-that-102.html"),
            p => article(p),
        }
    })
    .await;
    let mut config = fast_config();
    config.max_retries = 0;
    let registry = portal_toml(
        "p",
        &server.base,
        "/tin-tuc",
        r#"article_pattern = '/(vong-lap-101\.html|chain/0|tam-thoi-102\.html)$'"#,
    );
    let h = harness(config, &registry);
    h.run_once().await;
    let chain = server.paths().iter().filter(|p| p.starts_with("/chain/")).count();
    assert_eq!(chain, 11, "the first request and ten redirects");
    assert_eq!(server.hits_of("/vong-lap-101.html").len(), 1);
    assert_eq!(server.hits_of("/vong-lap-b-101.html").len(), 1);
    // A temporary redirect on the site is followed; the page keeps the URL it was linked by.
    let pages = h.bus.pages();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].url, server.url("/tam-thoi-102.html"));
    assert_eq!(pages[0].final_url, server.url("/bai-that-102.html"));
    assert_eq!(h.crawler.stats().errors, 2);
}

#[tokio::test]
async fn a_permanent_move_to_another_domain_is_recorded_not_followed() {
    let new_site = FaultServer::start("127.0.0.20", |_, _| article("new")).await;
    let target = new_site.url("/tin-tuc");
    let old_site = FaultServer::start("127.0.0.19", move |hit, _| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        _ => redirect(301, &target),
    })
    .await;
    let h = harness(fast_config(), &portal_toml("merged", &old_site.base, "/tin-tuc", ""));
    h.run_once().await;
    h.run_once().await;
    assert!(new_site.hits().is_empty(), "the new domain was not contacted");
    assert_eq!(old_site.hits_of("/tin-tuc").len(), 2, "tried once per poll");
    let moves = CrawlState::open(&h.state_path).unwrap().moves().unwrap();
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0].portal_id, "merged");
    assert_eq!(moves[0].from_url, old_site.url("/tin-tuc"));
    assert_eq!(moves[0].to_url, new_site.url("/tin-tuc"));
    assert_eq!(moves[0].status, 301);
    assert_eq!(h.crawler.stats().moves, 2);
    // A move is not a failure of the portal.
    assert_eq!(h.crawler.breaker_state("merged"), Some(BreakerState::Closed));
}

#[tokio::test]
async fn robots_disallow_and_crawl_delay_are_obeyed() {
    let server = FaultServer::start("127.0.0.21", |hit, _| match hit.path.as_str() {
        "/robots.txt" => text("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.4\n"),
        "/tin-tuc" => listing(&[
            "/private/bi-mat-101.html",
            "/tin-tuc/mot-102.html",
            "/tin-tuc/hai-103.html",
        ]),
        path => article(path),
    })
    .await;
    let h = harness(fast_config(), &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;
    assert_eq!(
        server.paths(),
        [
            "/robots.txt",
            "/tin-tuc",
            "/tin-tuc/mot-102.html",
            "/tin-tuc/hai-103.html"
        ]
    );
    // Crawl-delay (400 ms) beats min_delay (50 ms), from robots.txt itself on.
    for (i, gap) in gaps(&server.hits()).into_iter().enumerate() {
        assert!(gap >= Duration::from_millis(400), "gap {i}: {gap:?}");
    }
    assert_eq!(h.crawler.stats().robots_skipped, 1);
}

#[tokio::test]
async fn robots_5xx_disallows_until_the_retry_and_4xx_allows() {
    let server = FaultServer::start("127.0.0.22", |hit, _| match hit.path.as_str() {
        "/robots.txt" => status(503),
        _ => listing(&[]),
    })
    .await;
    let missing = FaultServer::start("127.0.0.23", |hit, _| match hit.path.as_str() {
        "/robots.txt" => status(404),
        "/tin-tuc" => listing(&["/tin-tuc/mot-101.html"]),
        path => article(path),
    })
    .await;
    let mut config = fast_config();
    config.max_retries = 0;
    config.breaker_failures = 10;
    let registry = format!(
        "{}{}",
        portal_toml("down", &server.base, "/tin-tuc", ""),
        portal_toml("open", &missing.base, "/tin-tuc", "")
    );
    let h = harness(config, &registry);
    h.run_once().await;
    h.run_once().await;
    // robots.txt 503: nothing else fetched, and robots.txt not asked again
    // before its retry pause (robots_error_ttl_secs, 300 s).
    assert_eq!(server.paths(), ["/robots.txt"]);
    assert_eq!(
        missing.paths(),
        ["/robots.txt", "/tin-tuc", "/tin-tuc/mot-101.html", "/tin-tuc"]
    );
}

#[tokio::test]
async fn simple_cookie_challenges_are_solved_and_others_reported() {
    let server = FaultServer::start("127.0.0.24", |hit, _| {
        let cookie = hit
            .headers
            .get("cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        match hit.path.as_str() {
            "/robots.txt" => text(ROBOTS),
            "/kho/tin-tuc" => listing(&["/kho/kho-giai-101.html"]),
            "/kho/kho-giai-101.html" => html(
                r#"<script>var a=toNumbers("f655ba9d");document.cookie="__test="+toHex(a)+"; path=/";location.href="/kho/kho-giai-101.html?i=1";</script>"#,
            ),
            _ if !cookie.contains("D1N=abc123") => html(
                r#"<html><head><script>document.cookie = "D1N=abc123; path=/"; window.location.reload();</script></head><body>Đang tải…</body></html>"#,
            ),
            "/tin-tuc" => listing(&["/tin-tuc/sau-thu-thach-101.html"]),
            path => article(path),
        }
    })
    .await;
    let mut config = fast_config();
    config.max_retries = 0;
    let registry = format!(
        "{}{}",
        portal_toml("easy", &server.base, "/tin-tuc", ""),
        portal_toml("hard", &server.base, "/kho/tin-tuc", "")
    );
    let h = harness(config, &registry);
    h.run_once().await;
    let listing_hits = server.hits_of("/tin-tuc");
    assert_eq!(listing_hits.len(), 2, "challenge, then the page with the cookie");
    assert!(listing_hits[0].headers.get("cookie").is_none());
    assert_eq!(listing_hits[1].headers["cookie"], "D1N=abc123");
    // The cookie is kept for the host: the article is fetched at once.
    assert_eq!(server.hits_of("/tin-tuc/sau-thu-thach-101.html").len(), 1);
    assert_eq!(h.bus.urls(), [server.url("/tin-tuc/sau-thu-thach-101.html")]);
    let polls = CrawlState::open(&h.state_path).unwrap().polls().unwrap();
    let hard = polls.iter().find(|p| p.portal_id == "hard").unwrap();
    assert!(
        hard.last_error
            .as_deref()
            .unwrap()
            .starts_with("challenge: cookie challenge: the cookie is computed"),
        "{hard:?}"
    );
}

#[tokio::test]
async fn a_charset_the_body_contradicts_is_not_passed_on() {
    let server = FaultServer::start("127.0.0.25", |hit, _| match hit.path.as_str() {
        "/robots.txt" => text(ROBOTS),
        "/tin-tuc" => listing(&["/tin-tuc/sai-ma-101.html", "/tin-tuc/dung-ma-102.html"]),
        // windows-1258 bytes ("Nghệ An" with a combining dot below) served as UTF-8.
        "/tin-tuc/sai-ma-101.html" => respond(
            200,
            "text/html; charset=utf-8",
            b"<html><body><h1>Ngh\xea\xf2 An</h1></body></html>".to_vec(),
        ),
        path => article(path),
    })
    .await;
    let h = harness(fast_config(), &portal_toml("p", &server.base, "/tin-tuc", ""));
    h.run_once().await;
    let pages = h.bus.pages();
    assert_eq!(pages.len(), 2);
    let wrong = pages.iter().find(|p| p.url.ends_with("sai-ma-101.html")).unwrap();
    assert_eq!(wrong.charset, None, "left to the parser's detection");
    assert_eq!(wrong.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let right = pages.iter().find(|p| p.url.ends_with("dung-ma-102.html")).unwrap();
    assert_eq!(right.charset.as_deref(), Some("utf-8"));
}

fn bytes_of(s: &str) -> bytes::Bytes {
    bytes::Bytes::copy_from_slice(s.as_bytes())
}

fn respond_stream<S>(status: u16, stream: S) -> Response
where
    S: futures::Stream<Item = Result<bytes::Bytes, std::io::Error>> + Send + 'static,
{
    let mut r = Response::new(Body::from_stream(stream));
    *r.status_mut() = axum::http::StatusCode::from_u16(status).unwrap();
    r.headers_mut()
        .insert("content-type", axum::http::HeaderValue::from_static("text/html"));
    r
}
