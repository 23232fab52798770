//! robots.txt rules per host, fetched once per crawler process and cached.

use texting_robots::Robot;

/// What a host's robots.txt allows.
pub enum RobotsRules {
    /// No robots.txt (4xx): everything is allowed (RFC 9309 §2.3.1.3).
    AllowAll,
    /// robots.txt unreachable or 5xx: nothing is allowed for now (RFC 9309 §2.3.1.4).
    DisallowAll {
        reason: String,
    },
    Parsed(Box<Robot>),
}

impl RobotsRules {
    /// Rules from a fetched robots.txt. A file that cannot be parsed allows
    /// everything, as crawlers do with a malformed file.
    pub fn from_body(agent: &str, body: &[u8]) -> RobotsRules {
        match Robot::new(agent, body) {
            Ok(robot) => RobotsRules::Parsed(Box::new(robot)),
            Err(_) => RobotsRules::AllowAll,
        }
    }

    pub fn allowed(&self, url: &str) -> bool {
        match self {
            RobotsRules::AllowAll => true,
            RobotsRules::DisallowAll { .. } => false,
            RobotsRules::Parsed(robot) => robot.allowed(url),
        }
    }

    /// `Crawl-delay` in seconds, if the file sets one for us.
    pub fn crawl_delay(&self) -> Option<std::time::Duration> {
        match self {
            RobotsRules::Parsed(robot) => robot
                .delay
                .filter(|d| d.is_finite() && *d > 0.0)
                .map(|d| std::time::Duration::from_secs_f32(d.min(600.0))),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROBOTS: &[u8] = b"User-agent: *\nDisallow: /Trang/InTin.aspx\nDisallow: /portal/Pages/private/\nCrawl-delay: 2\n\nUser-agent: BadBot\nDisallow: /\n";

    #[test]
    fn disallow_rules_and_crawl_delay() {
        let rules = RobotsRules::from_body("vnportal", ROBOTS);
        assert!(rules.allowed("http://a.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1"));
        assert!(!rules.allowed("http://a.gov.vn/Trang/InTin.aspx?nid=1"));
        assert!(!rules.allowed("http://a.gov.vn/portal/Pages/private/x.aspx"));
        assert_eq!(rules.crawl_delay(), Some(std::time::Duration::from_secs(2)));
        let bad = RobotsRules::from_body("BadBot", ROBOTS);
        assert!(!bad.allowed("http://a.gov.vn/"));
    }

    #[test]
    fn missing_and_unreachable() {
        assert!(RobotsRules::AllowAll.allowed("http://a/x"));
        assert!(!RobotsRules::DisallowAll { reason: "503".into() }.allowed("http://a/x"));
    }
}
