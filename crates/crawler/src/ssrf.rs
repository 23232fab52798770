//! The SSRF guard: the crawler follows links and redirects chosen by other
//! people's servers, so every address it connects to is checked. Names are
//! resolved here (a [`reqwest::dns::Resolve`]) and addresses in private,
//! loopback, link-local, shared (CGNAT) and cloud-metadata ranges are
//! refused unless the portal sets `allow_private_network`. Cloud metadata
//! endpoints are refused even then: no portal lives there.
//!
//! IP-literal URLs never reach a resolver, so [`check_url`] covers them
//! before each request; the fetcher disables proxies, since a proxy would
//! resolve names where this guard cannot see.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Why an address may not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Blocked {
    #[error("{host} resolves only to non-public addresses ({addrs}); the portal does not allow private networks")]
    Private { host: String, addrs: String },
    #[error("{host} resolves to a cloud metadata address ({addr})")]
    Metadata { host: String, addr: IpAddr },
}

/// A DNS lookup that found nothing (NXDOMAIN, SERVFAIL, no addresses).
#[derive(Debug, thiserror::Error)]
#[error("DNS lookup of {host} failed: {message}")]
pub struct DnsFailure {
    pub host: String,
    pub message: String,
}

/// What an address is, for the guard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddrClass {
    Public,
    /// Loopback, private, link-local, CGNAT, unique-local, unspecified and the like.
    Private,
    /// Cloud instance metadata (AWS, GCP, Azure, Alibaba, Oracle): never fetched.
    Metadata,
}

pub fn classify(ip: IpAddr) -> AddrClass {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return classify_v4(v4);
            }
            // fd00:ec2::254 is the AWS IMDS IPv6 endpoint.
            if v6 == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254) {
                return AddrClass::Metadata;
            }
            let first = v6.segments()[0];
            let private = v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (first & 0xffc0) == 0xfec0 // site-local (deprecated)
                || first == 0x2001 && v6.segments()[1] == 0x0db8 // documentation
                || first == 0x0064 && v6.segments()[1] == 0xff9b // NAT64: embeds an IPv4 address
                || first == 0x2002; // 6to4: embeds an IPv4 address
            if private { AddrClass::Private } else { AddrClass::Public }
        }
    }
}

fn classify_v4(ip: Ipv4Addr) -> AddrClass {
    let o = ip.octets();
    // 169.254.169.254 (AWS, GCP, Azure, Oracle) and 100.100.100.200 (Alibaba).
    if o == [169, 254, 169, 254] || o == [100, 100, 100, 200] {
        return AddrClass::Metadata;
    }
    let private = ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || o[0] == 0
        || (o[0] == 100 && (o[1] & 0xc0) == 64) // shared address space 100.64/10 (CGNAT)
        || (o[0] == 192 && o[1] == 0 && o[2] == 0) // IETF protocol assignments
        || (o[0] == 198 && (o[1] & 0xfe) == 18) // benchmarking 198.18/15
        || o[0] >= 240; // reserved
    if private { AddrClass::Private } else { AddrClass::Public }
}

/// Checks one resolved address for a host.
pub fn check_addr(host: &str, ip: IpAddr, allow_private: bool) -> Result<(), Blocked> {
    match classify(ip) {
        AddrClass::Public => Ok(()),
        AddrClass::Private if allow_private => Ok(()),
        AddrClass::Private => Err(Blocked::Private {
            host: host.to_owned(),
            addrs: ip.to_string(),
        }),
        AddrClass::Metadata => Err(Blocked::Metadata {
            host: host.to_owned(),
            addr: ip,
        }),
    }
}

/// Checks a URL whose host is an IP literal (names are checked at resolution).
pub fn check_url(url: &Url, allow_private: bool) -> Result<(), Blocked> {
    let ip = match url.host() {
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip),
        _ => return Ok(()),
    };
    check_addr(&ip.to_string(), ip, allow_private)
}

/// A resolver that drops forbidden addresses and fails when none is left.
/// `overrides` pins names to addresses (tests, benchmarks, split-horizon DNS);
/// pinned addresses are checked like resolved ones.
#[derive(Clone)]
pub struct GuardedResolver {
    allow_private: bool,
    overrides: Arc<HashMap<String, Vec<IpAddr>>>,
}

impl GuardedResolver {
    pub fn new(allow_private: bool, overrides: Arc<HashMap<String, Vec<IpAddr>>>) -> GuardedResolver {
        GuardedResolver {
            allow_private,
            overrides,
        }
    }
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_ascii_lowercase();
        let allow_private = self.allow_private;
        let pinned = self.overrides.get(&host).cloned();
        Box::pin(async move {
            let addrs: Vec<IpAddr> = match pinned {
                Some(addrs) => addrs,
                None => tokio::net::lookup_host((host.as_str(), 0))
                    .await
                    .map_err(|e| DnsFailure {
                        host: host.clone(),
                        message: e.to_string(),
                    })?
                    .map(|a| a.ip())
                    .collect(),
            };
            if addrs.is_empty() {
                return Err(Box::new(DnsFailure {
                    host,
                    message: "no addresses".into(),
                }) as Box<dyn std::error::Error + Send + Sync>);
            }
            let mut allowed = Vec::new();
            let mut refused = None;
            for ip in addrs {
                match check_addr(&host, ip, allow_private) {
                    Ok(()) => allowed.push(SocketAddr::new(ip, 0)),
                    // One metadata address poisons the name: it is someone pointing us there.
                    Err(blocked @ Blocked::Metadata { .. }) => return Err(Box::new(blocked) as _),
                    Err(blocked) => refused = Some(blocked),
                }
            }
            match (allowed.is_empty(), refused) {
                (true, Some(blocked)) => Err(Box::new(blocked) as _),
                _ => Ok(Box::new(allowed.into_iter()) as Addrs),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn classes() {
        for public in ["203.113.131.1", "8.8.8.8", "2001:4860::8888", "14.225.0.1"] {
            assert_eq!(classify(ip(public)), AddrClass::Public, "{public}");
        }
        for private in [
            "127.0.0.1",
            "127.3.2.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd12::1",
            "::ffff:10.0.0.1",
            "255.255.255.255",
        ] {
            assert_eq!(classify(ip(private)), AddrClass::Private, "{private}");
        }
        for meta in [
            "169.254.169.254",
            "fd00:ec2::254",
            "::ffff:169.254.169.254",
            "100.100.100.200",
        ] {
            assert_eq!(classify(ip(meta)), AddrClass::Metadata, "{meta}");
        }
    }

    #[test]
    fn literal_urls() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(check_url(&u("http://127.0.0.1:8080/"), false).is_err());
        assert!(check_url(&u("http://127.0.0.1:8080/"), true).is_ok());
        assert!(check_url(&u("http://[::1]/"), false).is_err());
        assert!(check_url(&u("http://169.254.169.254/latest/meta-data/"), true).is_err());
        assert!(check_url(&u("http://portal.gov.vn/"), false).is_ok());
    }

    #[tokio::test]
    async fn resolver_refuses_private_names_unless_allowed() {
        let overrides = Arc::new(HashMap::from([
            ("intranet.test".to_owned(), vec![ip("10.0.0.5")]),
            ("meta.test".to_owned(), vec![ip("8.8.8.8"), ip("169.254.169.254")]),
            ("mixed.test".to_owned(), vec![ip("127.0.0.1"), ip("8.8.4.4")]),
        ]));
        let strict = GuardedResolver::new(false, Arc::clone(&overrides));
        let open = GuardedResolver::new(true, overrides);
        let name = |s: &str| s.parse::<Name>().unwrap();
        let err = strict.resolve(name("intranet.test")).await.err().unwrap();
        assert!(err.to_string().contains("non-public"), "{err}");
        assert!(open.resolve(name("intranet.test")).await.is_ok());
        assert!(open.resolve(name("meta.test")).await.is_err());
        let addrs: Vec<_> = strict.resolve(name("mixed.test")).await.ok().unwrap().collect();
        assert_eq!(addrs, vec![SocketAddr::new(ip("8.8.4.4"), 0)]);
        // localhost resolves through the system to loopback.
        assert!(strict.resolve(name("localhost")).await.is_err());
    }
}
