//! The only place that reads the time. `QUORUM_NOW` (RFC 3339) fixes it, so that tests,
//! README transcripts and demos are reproducible.

use anyhow::Context as _;
use chrono::{DateTime, Local, NaiveDate, Utc};

/// The moment a command runs, read once at start.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: DateTime<Utc>,
}

impl Clock {
    /// Reads `QUORUM_NOW` if set, else the system clock.
    pub fn from_env() -> anyhow::Result<Self> {
        match std::env::var("QUORUM_NOW") {
            Ok(s) if !s.is_empty() => {
                let now = DateTime::parse_from_rfc3339(&s)
                    .with_context(|| format!("QUORUM_NOW is not an RFC 3339 time: {s}"))?;
                Ok(Clock {
                    now: now.with_timezone(&Utc),
                })
            }
            #[allow(clippy::disallowed_methods)] // the one sanctioned reading of the clock
            _ => Ok(Clock { now: Utc::now() }),
        }
    }

    pub fn fixed(now: DateTime<Utc>) -> Self {
        Clock { now }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Today's date where the secretary sits (the local time zone).
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&Local).date_naive()
    }
}
