//! A circuit breaker per portal. Dead portals (the 2025 mergers left many)
//! answer with DNS failures, refused connections or a stream of 5xx; without
//! a breaker every poll would spend its retries and delays on them.
//!
//! * Closed: requests go. A DNS failure or refused connection opens the
//!   breaker at once; other failures (5xx after retries, timeouts) open it
//!   after `threshold` in a row. Any answer that is not a failure resets the count.
//! * Open: requests are refused until `open_until`.
//! * Half-open: after `open_until` one probe goes (the next request); success
//!   closes the breaker, failure reopens it with the probe delay doubled (up
//!   to `max_probe`).
//!
//! The state is wall-clock based so it can be saved in the crawl state and
//! survive restarts.

use std::time::Duration;

use chrono::{DateTime, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakerState {
    Closed,
    HalfOpen,
    Open,
}

impl BreakerState {
    /// The metric value: 0 closed, 1 half-open, 2 open.
    pub fn gauge(self) -> f64 {
        match self {
            BreakerState::Closed => 0.0,
            BreakerState::HalfOpen => 1.0,
            BreakerState::Open => 2.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BreakerState::Closed => "closed",
            BreakerState::HalfOpen => "half-open",
            BreakerState::Open => "open",
        }
    }

    pub fn parse(text: &str) -> Option<BreakerState> {
        match text {
            "closed" => Some(BreakerState::Closed),
            "half-open" => Some(BreakerState::HalfOpen),
            "open" => Some(BreakerState::Open),
            _ => None,
        }
    }
}

/// How bad a failure is for the breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The portal is not there: DNS failure, connection refused, blocked address.
    Hard,
    /// The portal is there but failing: 5xx after retries, timeouts, resets.
    Soft,
}

/// The breaker's state, as saved and reported.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakerRecord {
    pub state: BreakerState,
    pub consecutive_failures: u32,
    pub open_until: Option<DateTime<Utc>>,
    /// The pause before the next probe if this one fails.
    pub probe_delay: Duration,
    pub last_error: Option<String>,
    pub changed_at: DateTime<Utc>,
}

impl BreakerRecord {
    pub fn closed(now: DateTime<Utc>, min_probe: Duration) -> BreakerRecord {
        BreakerRecord {
            state: BreakerState::Closed,
            consecutive_failures: 0,
            open_until: None,
            probe_delay: min_probe,
            last_error: None,
            changed_at: now,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct BreakerConfig {
    pub threshold: u32,
    pub min_probe: Duration,
    pub max_probe: Duration,
}

/// The breaker of one portal. Not synchronized: the crawler keeps it behind a lock.
#[derive(Debug, Clone)]
pub struct Breaker {
    config: BreakerConfig,
    record: BreakerRecord,
}

/// Whether a request may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Go,
    /// Open: nothing before this instant.
    Refused {
        until: DateTime<Utc>,
    },
}

impl Breaker {
    pub fn new(config: BreakerConfig, record: Option<BreakerRecord>, now: DateTime<Utc>) -> Breaker {
        Breaker {
            record: record.unwrap_or_else(|| BreakerRecord::closed(now, config.min_probe)),
            config,
        }
    }

    pub fn record(&self) -> &BreakerRecord {
        &self.record
    }

    pub fn state(&self) -> BreakerState {
        self.record.state
    }

    /// Asks to send a request at `now`; an open breaker past its time goes half-open.
    pub fn admit(&mut self, now: DateTime<Utc>) -> Admission {
        match self.record.state {
            BreakerState::Closed | BreakerState::HalfOpen => Admission::Go,
            BreakerState::Open => match self.record.open_until {
                Some(until) if until > now => Admission::Refused { until },
                _ => {
                    self.record.state = BreakerState::HalfOpen;
                    self.record.changed_at = now;
                    Admission::Go
                }
            },
        }
    }

    /// The portal answered. Returns the state it left, if it changed.
    pub fn success(&mut self, now: DateTime<Utc>) -> Option<BreakerState> {
        self.record.consecutive_failures = 0;
        let before = self.record.state;
        if before == BreakerState::Closed {
            return None;
        }
        self.record = BreakerRecord::closed(now, self.config.min_probe);
        Some(before)
    }

    /// The portal failed. Returns the state it left, if it changed.
    pub fn failure(&mut self, kind: Failure, error: &str, now: DateTime<Utc>) -> Option<BreakerState> {
        let before = self.record.state;
        self.record.consecutive_failures = self.record.consecutive_failures.saturating_add(1);
        self.record.last_error = Some(error.to_owned());
        let open = match before {
            BreakerState::HalfOpen => {
                // A failed probe: wait twice as long before the next.
                self.record.probe_delay = (self.record.probe_delay * 2).min(self.config.max_probe);
                true
            }
            BreakerState::Closed => kind == Failure::Hard || self.record.consecutive_failures >= self.config.threshold,
            BreakerState::Open => false,
        };
        if !open {
            return None;
        }
        let pause = chrono::Duration::from_std(self.record.probe_delay).unwrap_or(chrono::Duration::days(1));
        self.record.state = BreakerState::Open;
        self.record.open_until = Some(now + pause);
        self.record.changed_at = now;
        Some(before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> BreakerConfig {
        BreakerConfig {
            threshold: 3,
            min_probe: Duration::from_secs(60),
            max_probe: Duration::from_secs(300),
        }
    }

    #[test]
    fn repeated_soft_failures_open_and_probes_back_off() {
        let t0 = Utc::now();
        let mut b = Breaker::new(cfg(), None, t0);
        assert_eq!(b.failure(Failure::Soft, "503", t0), None);
        assert_eq!(b.failure(Failure::Soft, "503", t0), None);
        assert_eq!(b.failure(Failure::Soft, "503", t0), Some(BreakerState::Closed));
        assert_eq!(b.state(), BreakerState::Open);
        let s = chrono::Duration::seconds;
        assert_eq!(b.admit(t0 + s(59)), Admission::Refused { until: t0 + s(60) });
        // Due: one probe, which fails: twice the pause.
        assert_eq!(b.admit(t0 + s(60)), Admission::Go);
        assert_eq!(b.state(), BreakerState::HalfOpen);
        b.failure(Failure::Soft, "503", t0 + s(61));
        assert_eq!(b.record().open_until, Some(t0 + s(61 + 120)));
        // Twice more, then capped at max_probe.
        for at in [181, 181 + 240] {
            assert_eq!(b.admit(t0 + s(at)), Admission::Go);
            b.failure(Failure::Soft, "503", t0 + s(at));
        }
        assert_eq!(b.record().probe_delay, Duration::from_secs(300));
        // A successful probe closes it and resets the delay.
        assert_eq!(b.admit(t0 + s(2000)), Admission::Go);
        assert_eq!(b.success(t0 + s(2000)), Some(BreakerState::HalfOpen));
        assert_eq!(b.state(), BreakerState::Closed);
        assert_eq!(b.record().probe_delay, Duration::from_secs(60));
    }

    #[test]
    fn a_hard_failure_opens_at_once_and_successes_reset_the_count() {
        let t0 = Utc::now();
        let mut b = Breaker::new(cfg(), None, t0);
        b.failure(Failure::Soft, "timeout", t0);
        b.failure(Failure::Soft, "timeout", t0);
        assert_eq!(b.success(t0), None);
        b.failure(Failure::Soft, "timeout", t0);
        assert_eq!(b.state(), BreakerState::Closed);
        b.failure(Failure::Hard, "dns", t0);
        assert_eq!(b.state(), BreakerState::Open);
        assert_eq!(b.record().last_error.as_deref(), Some("dns"));
    }
}
