//! The HTTP side: one axum server per portal, all logging into one request log.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::RequestRecord;
use crate::dates::today_vi;
use crate::site::{PageCtx, Site};

/// Every request received by any portal, in arrival order.
pub(crate) type RequestLog = Arc<Mutex<Vec<RequestRecord>>>;

/// The state one portal's handler sees.
struct PortalState {
    site: Arc<Site>,
    base_url: String,
    log: RequestLog,
    hits: AtomicU64,
}

/// The base URL clients use for a listener bound at `addr`: an unspecified
/// bind address (`0.0.0.0`, `::`) is reached through loopback.
pub(crate) fn base_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST),
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => std::net::IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(ip, addr.port()))
}

/// Serves `site` on `listener` until `shutdown` changes or its sender is dropped.
pub(crate) fn spawn(
    site: Arc<Site>,
    listener: TcpListener,
    base_url: String,
    log: RequestLog,
    mut shutdown: watch::Receiver<bool>,
) -> JoinHandle<()> {
    let id = site.id;
    let state = Arc::new(PortalState {
        site,
        base_url,
        log,
        hits: AtomicU64::new(0),
    });
    let router = Router::new().fallback(handle).with_state(state);
    tokio::spawn(async move {
        let signal = async move {
            // Either a value was sent or the sender is gone: stop in both cases.
            let _ = shutdown.changed().await;
        };
        if let Err(error) = axum::serve(listener, router).with_graceful_shutdown(signal).await {
            tracing::error!(portal = id, %error, "simulated portal stopped");
        }
    })
}

/// Logs the request, then answers it from the portal's site.
async fn handle(State(state): State<Arc<PortalState>>, request: Request) -> Response {
    let at = Instant::now();
    let uri = request.uri();
    let path = uri.path().to_owned();
    let query = uri.query().map(str::to_owned);
    let path_and_query = uri
        .path_and_query()
        .map_or_else(|| path.clone(), |pq| pq.as_str().to_owned());
    let user_agent = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let method = request.method().clone();
    state
        .log
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(RequestRecord {
            portal_id: state.site.id.to_owned(),
            method: method.as_str().to_owned(),
            path_and_query: path_and_query.clone(),
            at,
            user_agent,
        });
    let hits = state.hits.fetch_add(1, Ordering::Relaxed) + 1;
    tracing::debug!(portal = state.site.id, %method, %path_and_query, "request");

    if method != Method::GET && method != Method::HEAD {
        let mut response = Response::new(Body::from("Method Not Allowed"));
        *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }

    let ctx = PageCtx {
        site: &state.site,
        base_url: &state.base_url,
        today: today_vi(),
        hits,
        path_and_query: &path_and_query,
    };
    let reply = state.site.respond(&ctx, &path, query.as_deref());
    let mut response = Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    for (name, value) in state.site.style.server_headers() {
        headers.insert(*name, HeaderValue::from_static(value));
    }
    response
}
