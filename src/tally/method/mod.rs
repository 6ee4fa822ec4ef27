//! The counting methods and the one entry point, `count`.

use std::fmt;
use std::str::FromStr;

use super::TallyError;
use super::lot::LotDrawer;
use super::model::Election;
use super::result::TallyResult;

mod approval;
mod common;
mod irv;
mod majority;
mod plurality;
mod schulze;
mod stv_common;
mod stv_meek;
mod stv_scottish;

/// A counting method, named as on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Majority,
    MajorityRunoff,
    Plurality,
    Approval,
    Irv,
    StvScottish,
    StvMeek,
    Schulze,
}

impl Method {
    pub const ALL: [Method; 8] = [
        Method::Majority,
        Method::MajorityRunoff,
        Method::Plurality,
        Method::Approval,
        Method::Irv,
        Method::StvScottish,
        Method::StvMeek,
        Method::Schulze,
    ];

    /// The command-line name.
    pub fn name(self) -> &'static str {
        match self {
            Method::Majority => "majority",
            Method::MajorityRunoff => "majority-runoff",
            Method::Plurality => "plurality",
            Method::Approval => "approval",
            Method::Irv => "irv",
            Method::StvScottish => "stv-scottish",
            Method::StvMeek => "stv-meek",
            Method::Schulze => "schulze",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// JSON names a method as the command line does.
impl serde::Serialize for Method {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl FromStr for Method {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::ALL
            .into_iter()
            .find(|m| m.name() == s)
            .ok_or_else(|| {
                let names: Vec<_> = Method::ALL.iter().map(|m| m.name()).collect();
                format!("unknown method '{s}'; choose one of: {}", names.join(", "))
            })
    }
}

/// What the caller decides about a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TallyOptions {
    /// Seats to fill; `None` takes the file's number, else 1.
    pub seats: Option<usize>,
    /// Seed for lots. The caller picks a random one when the user gave none, and prints it.
    pub seed: u64,
}

impl TallyOptions {
    /// The seats to fill in `election`: as given, else the file's number, else 1.
    pub fn seats_for(&self, election: &Election) -> usize {
        self.seats.or(election.seats).unwrap_or(1)
    }
}

/// Counts `election` by `method`. The result carries the seed and every lot drawn.
pub fn count(
    election: &Election,
    method: Method,
    opts: &TallyOptions,
) -> Result<TallyResult, TallyError> {
    let seats = opts.seats_for(election);
    if seats == 0 {
        return Err(TallyError::Unsuitable(
            "the number of seats must be at least 1".into(),
        ));
    }
    let mut lots = LotDrawer::new(opts.seed);
    let mut result = match method {
        Method::Majority => majority::count(election, seats, false, &mut lots),
        Method::MajorityRunoff => majority::count(election, seats, true, &mut lots),
        Method::Plurality => plurality::count(election, seats, &mut lots),
        Method::Approval => approval::count(election, seats, &mut lots),
        Method::Irv => irv::count(election, seats, &mut lots),
        Method::StvScottish => stv_scottish::count(election, seats, &mut lots),
        Method::StvMeek => stv_meek::count(election, seats, &mut lots),
        Method::Schulze => schulze::count(election, seats, &mut lots),
    }?;
    result.method = method.name().to_string();
    result.seed = lots.seed();
    result.lots = lots.into_draws();
    Ok(result)
}
