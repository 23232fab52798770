//! URL canonicalization: one article, one URL, so it is fetched once.
//!
//! `url::Url` already lowercases scheme and host and drops default ports.
//! On top of that this drops the fragment, tracking parameters, and the
//! session noise of the portals' platforms: ASP.NET cookieless sessions
//! (`/(S(…))/`), `;jsessionid=` path parameters (Liferay and other Java
//! portals), SharePoint dialog and return-URL parameters, Liferay layout and
//! redirect parameters. Percent-escapes are upper-cased (RFC 3986 §6.2.2.1).
//!
//! Parameter order is kept: ASP.NET reads parameters by name, but nothing
//! promises every portal does, and the URL must stay the one the portal links.

use std::sync::LazyLock;

use regex::Regex;
use url::Url;

/// Parameter names dropped everywhere (compared lower-cased).
const DROPPED: &[&str] = &[
    // Analytics and ad click ids.
    "fbclid",
    "gclid",
    "dclid",
    "gbraid",
    "wbraid",
    "msclkid",
    "yclid",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "zarsrc", // Zalo share tracking, common on Vietnamese sites
    // Session ids.
    "asp.net_sessionid",
    "jsessionid",
    "phpsessid",
    "cfid",
    "cftoken",
    // SharePoint: return URL and dialog chrome.
    "source",
    "isdlg",
    "initialtabid",
    "visibilitycontext",
    // Liferay: layout and auth noise on asset publisher links.
    "p_p_auth",
    "p_p_col_id",
    "p_p_col_pos",
    "p_p_col_count",
    "redirect",
    "backurl",
];

static ASPNET_SESSION_SEGMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/\((?:[A-Za-z]\([^()/]*\))+\)").expect("valid regex"));
static JSESSIONID: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i);jsessionid=[^/?#]*").expect("valid regex"));
static PERCENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"%[0-9a-fA-F]{2}").expect("valid regex"));

fn dropped(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || DROPPED.contains(&name.as_str())
        // Liferay namespaces parameters: `_com_liferay_…_INSTANCE_x_redirect`.
        || (name.starts_with('_') && (name.ends_with("_redirect") || name.ends_with("_backurl")))
}

/// The canonical form of an http(s) URL.
pub fn canonicalize(url: &Url) -> Url {
    let mut url = url.clone();
    url.set_fragment(None);
    let path = url.path();
    let cleaned = ASPNET_SESSION_SEGMENT.replace_all(path, "");
    let cleaned = JSESSIONID.replace_all(&cleaned, "");
    let cleaned = upper_escapes(&cleaned);
    if cleaned != url.path() {
        let cleaned = if cleaned.is_empty() { "/".to_owned() } else { cleaned };
        url.set_path(&cleaned);
    }
    if let Some(query) = url.query() {
        // Work on the raw pairs so that kept parameters stay byte for byte as linked.
        let kept: Vec<String> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                let name = pair.split_once('=').map_or(*pair, |(n, _)| n);
                let name = percent_decode(name);
                !dropped(&name)
            })
            .map(upper_escapes)
            .collect();
        if kept.is_empty() {
            url.set_query(None);
        } else {
            let joined = kept.join("&");
            if Some(joined.as_str()) != url.query() {
                url.set_query(Some(&joined));
            }
        }
    }
    url
}

fn upper_escapes(text: &str) -> String {
    PERCENT
        .replace_all(text, |c: &regex::Captures<'_>| c[0].to_ascii_uppercase())
        .into_owned()
}

fn percent_decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("{text}=").as_bytes())
        .next()
        .map(|(k, _)| k.into_owned())
        .unwrap_or_else(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> String {
        canonicalize(&Url::parse(s).unwrap()).to_string()
    }

    #[test]
    fn host_scheme_port_fragment() {
        assert_eq!(
            c("HTTP://QuangNinh.GOV.vn:80/Trang/TinTuc.aspx#top"),
            "http://quangninh.gov.vn/Trang/TinTuc.aspx"
        );
        assert_eq!(c("https://a.gov.vn:443/x?"), "https://a.gov.vn/x");
        assert_eq!(c("https://a.gov.vn:8443/x"), "https://a.gov.vn:8443/x");
    }

    #[test]
    fn tracking_and_session_noise() {
        assert_eq!(
            c("https://a.gov.vn/tin-tuc/bai-viet-123.html?utm_source=fb&utm_medium=social&fbclid=IwAR0&zarsrc=30"),
            "https://a.gov.vn/tin-tuc/bai-viet-123.html"
        );
        assert_eq!(
            c("https://a.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3187&utm_campaign=x"),
            "https://a.gov.vn/Trang/ChiTietTinTuc.aspx?nid=3187"
        );
        assert_eq!(
            c("https://a.gov.vn/(S(lit3py55t21z5v55vlm25s55))/ChiTiet.aspx?id=5"),
            "https://a.gov.vn/ChiTiet.aspx?id=5"
        );
        assert_eq!(
            c("https://a.gov.vn/(X(1)S(abc))/default.aspx"),
            "https://a.gov.vn/default.aspx"
        );
        assert_eq!(
            c("https://a.gov.vn/web/guest/tin-tuc;jsessionid=ABC123.node1?p=1"),
            "https://a.gov.vn/web/guest/tin-tuc?p=1"
        );
        assert_eq!(
            c("https://a.gov.vn/portal/Pages/2024-01-15/Hoi-nghi.aspx?Source=%2Fportal%2FPages%2FTin-tuc.aspx&IsDlg=1"),
            "https://a.gov.vn/portal/Pages/2024-01-15/Hoi-nghi.aspx"
        );
        assert_eq!(
            c(
                "https://a.gov.vn/web/guest/tin-tuc/-/asset_publisher/Ab12/content/hoi-nghi?p_p_auth=x1&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Ab12_redirect=https%3A%2F%2Fa.gov.vn%2Fweb%2Fguest&p_p_col_id=column-1"
            ),
            "https://a.gov.vn/web/guest/tin-tuc/-/asset_publisher/Ab12/content/hoi-nghi"
        );
        assert_eq!(c("https://a.gov.vn/x?a=%c3%a9&b=2"), "https://a.gov.vn/x?a=%C3%A9&b=2");
    }

    #[test]
    fn meaningful_parameters_stay_in_order() {
        for kept in [
            "https://a.gov.vn/Trang/TinTuc.aspx?dmid=2&Page=3",
            "https://a.gov.vn/web/guest/tin-tuc?p_p_id=x&_x_INSTANCE_y_cur=2",
            "https://a.gov.vn/tin-tuc?trang=4&cat=1",
        ] {
            assert_eq!(c(kept), kept);
        }
    }
}
