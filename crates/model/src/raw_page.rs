use chrono::{DateTime, Utc};

/// One HTTP response as the crawler fetched it: the `vnportal.pages.raw.v1` record.
///
/// On the bus the body travels as the message payload, untouched, and the rest
/// as headers (see [`RawPage::encode`]), so no byte of the page is re-encoded
/// before the parser decides its charset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawPage {
    /// The URL the crawler requested.
    pub url: String,
    /// The URL that answered, after redirects.
    pub final_url: String,
    pub portal_id: String,
    pub fetched_at: DateTime<Utc>,
    pub status: u16,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// The charset the HTTP `Content-Type` declared, lower-cased, if any. The
    /// parser makes the final decision (BOM, `<meta>`, detection).
    pub charset: Option<String>,
    pub body: Vec<u8>,
}

/// A record split for transport: key, string headers, payload bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub key: String,
    pub headers: Vec<(String, String)>,
    pub payload: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("raw page is missing header `{0}`")]
    MissingHeader(&'static str),
    #[error("raw page header `{name}` has an invalid value {value:?}")]
    InvalidHeader { name: &'static str, value: String },
}

mod h {
    pub const URL: &str = "url";
    pub const FINAL_URL: &str = "final_url";
    pub const PORTAL_ID: &str = "portal_id";
    pub const FETCHED_AT: &str = "fetched_at";
    pub const STATUS: &str = "status";
    pub const CONTENT_TYPE: &str = "content_type";
    pub const ETAG: &str = "etag";
    pub const LAST_MODIFIED: &str = "last_modified";
    pub const CHARSET: &str = "charset";
}

impl RawPage {
    /// A page served `200 OK` as `text/html` (with `charset` in its
    /// `Content-Type` when given), fetched now, from `url` without redirects:
    /// what tools and tests hand the parser when the page did not come
    /// through the crawler.
    pub fn html(url: &str, portal_id: &str, body: Vec<u8>, charset: Option<&str>) -> RawPage {
        RawPage {
            url: url.to_owned(),
            final_url: url.to_owned(),
            portal_id: portal_id.to_owned(),
            fetched_at: Utc::now(),
            status: 200,
            content_type: Some(charset.map_or_else(|| "text/html".to_owned(), |cs| format!("text/html; charset={cs}"))),
            etag: None,
            last_modified: None,
            charset: charset.map(str::to_owned),
            body,
        }
    }

    /// Key = requested URL; payload = body bytes; every other field a header.
    pub fn encode(&self) -> Encoded {
        let mut headers = vec![
            (h::URL.to_owned(), self.url.clone()),
            (h::FINAL_URL.to_owned(), self.final_url.clone()),
            (h::PORTAL_ID.to_owned(), self.portal_id.clone()),
            (h::FETCHED_AT.to_owned(), self.fetched_at.to_rfc3339()),
            (h::STATUS.to_owned(), self.status.to_string()),
        ];
        let optional = [
            (h::CONTENT_TYPE, &self.content_type),
            (h::ETAG, &self.etag),
            (h::LAST_MODIFIED, &self.last_modified),
            (h::CHARSET, &self.charset),
        ];
        for (name, value) in optional {
            if let Some(value) = value {
                headers.push((name.to_owned(), value.clone()));
            }
        }
        Encoded {
            key: self.url.clone(),
            headers,
            payload: self.body.clone(),
        }
    }

    /// Inverse of [`RawPage::encode`]; unknown headers are ignored.
    pub fn decode(headers: &[(String, String)], payload: Vec<u8>) -> Result<RawPage, DecodeError> {
        let get = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let need = |name: &'static str| get(name).ok_or(DecodeError::MissingHeader(name));
        let fetched = need(h::FETCHED_AT)?;
        let fetched_at = DateTime::parse_from_rfc3339(&fetched)
            .map_err(|_| DecodeError::InvalidHeader {
                name: h::FETCHED_AT,
                value: fetched.clone(),
            })?
            .with_timezone(&Utc);
        let status = need(h::STATUS)?;
        let status = status.parse().map_err(|_| DecodeError::InvalidHeader {
            name: h::STATUS,
            value: status.clone(),
        })?;
        Ok(RawPage {
            url: need(h::URL)?,
            final_url: need(h::FINAL_URL)?,
            portal_id: need(h::PORTAL_ID)?,
            fetched_at,
            status,
            content_type: get(h::CONTENT_TYPE),
            etag: get(h::ETAG),
            last_modified: get(h::LAST_MODIFIED),
            charset: get(h::CHARSET),
            body: payload,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let page = RawPage {
            url: "http://a.gov.vn/x?id=1".into(),
            final_url: "https://a.gov.vn/x?id=1".into(),
            portal_id: "a".into(),
            fetched_at: DateTime::parse_from_rfc3339("2024-01-15T01:45:00Z")
                .unwrap()
                .with_timezone(&Utc),
            status: 200,
            content_type: Some("text/html; charset=windows-1258".into()),
            etag: None,
            last_modified: Some("Mon, 15 Jan 2024 01:45:00 GMT".into()),
            charset: Some("windows-1258".into()),
            body: vec![0xC3, 0x28, 0xff],
        };
        let enc = page.encode();
        assert_eq!(enc.key, page.url);
        assert_eq!(RawPage::decode(&enc.headers, enc.payload).unwrap(), page);
    }

    #[test]
    fn decode_names_the_missing_header() {
        let err = RawPage::decode(&[], vec![]).unwrap_err();
        assert!(err.to_string().contains("fetched_at"), "{err}");
    }
}
