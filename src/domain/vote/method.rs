//! How a vote is taken (rules.md B5). The method decides who may demand a new vote (BW 2:13 lid 4)
//! and how the votes are recorded.

use std::fmt;
use std::str::FromStr;

use crate::domain::DomainError;
use crate::domain::msg::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A show of hands (or paper counted by tellers): only the totals are recorded.
    Hands,
    /// By name (hoofdelijk): each voter's choice is recorded.
    RollCall,
    /// Secret written ballot.
    Ballot,
}

impl Method {
    pub const NAMES: &'static [&'static str] = &["hands", "roll_call", "ballot"];

    /// The name as stored and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Method::Hands => "hands",
            Method::RollCall => "roll_call",
            Method::Ballot => "ballot",
        }
    }

    /// True for the methods after which a new vote needs the majority of the meeting (BW 2:13
    /// lid 4: "hoofdelijk of schriftelijk").
    pub fn is_recorded(self) -> bool {
        matches!(self, Method::RollCall | Method::Ballot)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = DomainError;

    /// Accepts the stored name, the flag spelling `roll-call` and the Dutch words a chair uses
    /// (BW 2:13 lid 4 says "hoofdelijk of schriftelijk"): `hand` (`handen`, `handopsteken`),
    /// `hoofdelijk`, `schriftelijk` (`geheim`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().as_str() {
            "hands" | "hand" | "handen" | "handopsteken" => Ok(Method::Hands),
            "roll_call" | "roll-call" | "hoofdelijk" => Ok(Method::RollCall),
            "ballot" | "schriftelijk" | "geheim" => Ok(Method::Ballot),
            other => Err(DomainError::invalid_said(
                "method",
                msg!("vote-method-unknown", given = other),
            )),
        }
    }
}
