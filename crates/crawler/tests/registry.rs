//! The shipped registry (`config/portals.toml`) parses and keeps its
//! promises. It is never crawled by tests.

use std::collections::BTreeSet;
use std::path::Path;

use vnportal_crawler::load_portals;

#[test]
fn shipped_registry_is_valid_and_honest() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/portals.toml");
    let portals = load_portals(&path).unwrap();
    // Nothing in it was verified from this repository's machines.
    for p in &portals {
        assert!(p.unverified, "{}: must stay `unverified` until checked", p.id);
        assert!(!p.allow_private_network && !p.tls_insecure, "{}", p.id);
        assert_eq!(p.base_url.scheme(), "https", "{}", p.id);
        for start in &p.start_urls {
            assert_eq!(start.host_str(), p.base_url.host_str(), "{}", p.id);
        }
    }
    // The 34 provinces and cities since 1 July 2025, one current portal each, distinct codes.
    let current: Vec<_> = portals
        .iter()
        .filter(|p| !p.legacy && p.base_url.host_str().is_some_and(|h| h.matches('.').count() == 2))
        .collect();
    assert_eq!(current.len(), 34);
    let codes: BTreeSet<_> = current.iter().filter_map(|p| p.province_code.clone()).collect();
    assert_eq!(codes.len(), 34);
    // Every legacy portal belongs to one of them.
    for p in portals.iter().filter(|p| p.legacy) {
        let code = p.province_code.as_ref().unwrap();
        assert!(codes.contains(code), "{}: {code}", p.id);
    }
    assert!(portals.iter().filter(|p| p.legacy).count() >= 29 + 2);
}
