//! Written resolutions outside a meeting (BW 2:40 lid 1, rules.md A21): a decision taken
//! without a meeting has the force of one of the general meeting only when it is unanimous, by
//! all members with a vote, and taken with the board's prior knowledge. Pure: the store gives
//! the snapshot of voters and the signatures, this judges and explains.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::Serialize;

use super::DomainError;
use super::lang::Lang;
use super::text::counted;

/// Where a resolution stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Open,
    Adopted,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Adopted => "adopted",
            Status::Failed => "failed",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "open" => Ok(Status::Open),
            "adopted" => Ok(Status::Adopted),
            "failed" => Ok(Status::Failed),
            other => Err(DomainError::invalid_said(
                "status",
                msg!("resolution-status-unknown", given = other),
            )),
        }
    }
}

/// A written resolution: the proposal, the day the board knew of it, the roll date that says
/// who must agree, and once closed its outcome and explanation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    pub id: i64,
    pub proposal_id: i64,
    pub board_informed: NaiveDate,
    pub roll_on: NaiveDate,
    pub created_at: String,
    pub status: Status,
    pub closed_at: Option<String>,
    pub explanation: Option<String>,
}

/// A signature as given: whose, on which day, agreeing or against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedBy {
    pub member_id: i64,
    pub number: i64,
    pub signed_on: NaiveDate,
    pub agree: bool,
    pub recorded_at: String,
}

/// A member with a vote on the roll date, as the snapshot keeps them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voter {
    pub number: i64,
    pub votes: u32,
}

/// A member's signature: agreed, or against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signature {
    pub number: i64,
    pub agree: bool,
}

/// The signatures held against the snapshot: who agreed, who was against, who has not signed
/// (member numbers, ascending).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Count {
    pub voters: u64,
    pub votes: u64,
    pub agreed: Vec<i64>,
    pub against: Vec<i64>,
    pub unsigned: Vec<i64>,
}

impl Count {
    /// BW 2:40 lid 1: every member with a vote agreed. Nobody with a vote means no decision.
    pub fn unanimous(&self) -> bool {
        self.voters > 0 && self.agreed.len() as u64 == self.voters
    }

    /// Adopted when unanimous; otherwise it fails once closed.
    pub fn outcome(&self) -> Status {
        if self.unanimous() {
            Status::Adopted
        } else {
            Status::Failed
        }
    }
}

/// Holds the signatures against the voters. A signature of someone outside the snapshot is
/// left out: the store never records one, and it could not count if it did.
pub fn count(voters: &[Voter], signatures: &[Signature]) -> Count {
    let mut c = Count {
        voters: voters.len() as u64,
        votes: voters.iter().map(|v| u64::from(v.votes)).sum(),
        ..Count::default()
    };
    for v in voters {
        match signatures.iter().find(|s| s.number == v.number) {
            Some(s) if s.agree => c.agreed.push(v.number),
            Some(_) => c.against.push(v.number),
            None => c.unsigned.push(v.number),
        }
    }
    for list in [&mut c.agreed, &mut c.against, &mut c.unsigned] {
        list.sort_unstable();
    }
    c
}

/// Checks the dates a resolution is made with: the board informed by `today` (a fact, not a
/// plan) and no later than the roll date the decision is judged on (its prior knowledge).
pub fn check_new(informed: NaiveDate, on: NaiveDate, today: NaiveDate) -> Result<(), DomainError> {
    if informed > today {
        return Err(DomainError::invalid_said(
            "board_informed",
            msg!(
                "resolution-informed-future",
                informed = informed,
                today = today
            ),
        ));
    }
    if on > today {
        return Err(DomainError::invalid_said(
            "on",
            msg!("resolution-on-future", on = on, today = today),
        ));
    }
    if informed > on {
        return Err(DomainError::said(msg!(
            "resolution-informed-after-roll",
            informed = informed,
            on = on,
            flag = informed.to_string()
        )));
    }
    Ok(())
}

/// Checks a signature's day: not before the board was informed (BW 2:40 lid 1), not in the
/// future.
pub fn check_signature_day(
    informed: NaiveDate,
    signed: NaiveDate,
    today: NaiveDate,
) -> Result<(), DomainError> {
    if signed > today {
        return Err(DomainError::invalid_said(
            "date",
            msg!("signature-future", signed = signed, today = today),
        ));
    }
    if signed < informed {
        return Err(DomainError::said(msg!(
            "signature-before-informed",
            signed = signed,
            informed = informed
        )));
    }
    Ok(())
}

/// "lid 7" / "leden 4, 7" or "member 7" / "members 4, 7".
fn members(lang: Lang, numbers: &[i64]) -> String {
    let list: Vec<String> = numbers.iter().map(i64::to_string).collect();
    let word = match (lang, numbers.len()) {
        (Lang::Nl, 1) => "lid",
        (Lang::Nl, _) => "leden",
        (Lang::En, 1) => "member",
        (Lang::En, _) => "members",
    };
    format!("{word} {}", list.join(", "))
}

/// The explanation of the outcome, in the association's language.
pub fn explain(lang: Lang, c: &Count, informed: NaiveDate, on: NaiveDate) -> String {
    let weighted = c.votes != c.voters;
    match (lang, c.unanimous()) {
        (Lang::Nl, true) => {
            let (who, verb) = if c.voters == 1 {
                ("het enige stemgerechtigde lid".to_string(), "heeft")
            } else {
                (format!("alle {} stemgerechtigde leden", c.voters), "hebben")
            };
            let votes = if weighted {
                format!(" (samen {} stemmen)", c.votes)
            } else {
                String::new()
            };
            format!(
                "Aangenomen buiten vergadering: {who}{votes} {verb} ingestemd (BW 2:40 lid 1), met voorkennis van het bestuur (ingelicht op {informed}); stemgerechtigd volgens de ledenlijst van {on}."
            )
        }
        (Lang::En, true) => {
            let who = if c.voters == 1 {
                "the one member with a vote".to_string()
            } else {
                format!("all {} members with a vote", c.voters)
            };
            let votes = if weighted {
                format!(" ({} votes together)", c.votes)
            } else {
                String::new()
            };
            format!(
                "Adopted outside a meeting: {who}{votes} agreed (BW 2:40 lid 1), with the board's prior knowledge (informed on {informed}); members with a vote as on the roll of {on}."
            )
        }
        (Lang::Nl, false) => {
            let mut parts = vec![counted(c.agreed.len() as u64, "stemde in", "stemden in")];
            if !c.against.is_empty() {
                parts.push(format!(
                    "{} ({})",
                    counted(c.against.len() as u64, "stemde tegen", "stemden tegen"),
                    members(lang, &c.against)
                ));
            }
            if !c.unsigned.is_empty() {
                parts.push(format!(
                    "{} ({})",
                    counted(c.unsigned.len() as u64, "tekende niet", "tekenden niet"),
                    members(lang, &c.unsigned)
                ));
            }
            format!(
                "Niet aangenomen buiten vergadering: een besluit buiten vergadering vereist de instemming van alle {} stemgerechtigde leden volgens de ledenlijst van {on} (BW 2:40 lid 1); {}. Het voorstel kan nog aan een algemene vergadering worden voorgelegd.",
                c.voters,
                parts.join(", ")
            )
        }
        (Lang::En, false) => {
            let mut parts = vec![format!("{} agreed", c.agreed.len())];
            if !c.against.is_empty() {
                parts.push(format!(
                    "{} against ({})",
                    c.against.len(),
                    members(lang, &c.against)
                ));
            }
            if !c.unsigned.is_empty() {
                parts.push(format!(
                    "{} did not sign ({})",
                    c.unsigned.len(),
                    members(lang, &c.unsigned)
                ));
            }
            format!(
                "Not adopted outside a meeting: a decision outside a meeting needs the agreement of all {} members with a vote on the roll of {on} (BW 2:40 lid 1); {}. The proposal may still be put to a general meeting.",
                c.voters,
                parts.join(", ")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn voters(n: i64) -> Vec<Voter> {
        (1..=n).map(|number| Voter { number, votes: 1 }).collect()
    }

    fn agree(numbers: impl IntoIterator<Item = i64>) -> Vec<Signature> {
        numbers
            .into_iter()
            .map(|number| Signature {
                number,
                agree: true,
            })
            .collect()
    }

    #[test]
    fn twelve_of_twelve_agreeing_adopt_it() {
        let c = count(&voters(12), &agree(1..=12));
        assert!(c.unanimous());
        assert_eq!(c.outcome(), Status::Adopted);
        assert_eq!(
            explain(Lang::Nl, &c, d("2026-02-20"), d("2026-03-01")),
            "Aangenomen buiten vergadering: alle 12 stemgerechtigde leden hebben ingestemd (BW 2:40 lid 1), met voorkennis van het bestuur (ingelicht op 2026-02-20); stemgerechtigd volgens de ledenlijst van 2026-03-01."
        );
    }

    #[test]
    fn one_against_or_one_missing_is_not_unanimous() {
        let mut s = agree((1..=12).filter(|&n| n != 7 && n != 9));
        s.push(Signature {
            number: 7,
            agree: false,
        });
        let c = count(&voters(12), &s);
        assert!(!c.unanimous());
        assert_eq!(c.outcome(), Status::Failed);
        assert_eq!(c.agreed.len(), 10);
        assert_eq!(c.against, vec![7]);
        assert_eq!(c.unsigned, vec![9]);
        assert_eq!(
            explain(Lang::En, &c, d("2026-02-20"), d("2026-03-01")),
            "Not adopted outside a meeting: a decision outside a meeting needs the agreement of all 12 members with a vote on the roll of 2026-03-01 (BW 2:40 lid 1); 10 agreed, 1 against (member 7), 1 did not sign (member 9). The proposal may still be put to a general meeting."
        );
        // Eleven of twelve agreeing is still not all of them.
        let c = count(&voters(12), &agree(1..=11));
        assert!(!c.unanimous());
        assert!(
            explain(Lang::Nl, &c, d("2026-02-20"), d("2026-03-01"))
                .contains("11 stemden in, 1 tekende niet (lid 12)")
        );
    }

    #[test]
    fn a_signature_from_outside_the_snapshot_does_not_count() {
        let c = count(&voters(2), &agree([1, 2, 3]));
        assert_eq!(c.agreed, vec![1, 2]);
        assert!(c.unanimous());
        // Nobody with a vote: no decision at all.
        assert!(!count(&[], &agree([1])).unanimous());
    }

    #[test]
    fn weighted_votes_are_named_but_every_member_must_agree() {
        let v = [
            Voter {
                number: 1,
                votes: 5,
            },
            Voter {
                number: 2,
                votes: 1,
            },
        ];
        // Five of six votes is not unanimity: member 2 has not signed.
        assert!(!count(&v, &agree([1])).unanimous());
        let c = count(&v, &agree([2, 1]));
        assert!(
            explain(Lang::Nl, &c, d("2026-01-01"), d("2026-01-02"))
                .contains("alle 2 stemgerechtigde leden (samen 6 stemmen) hebben ingestemd")
        );
    }

    #[test]
    fn the_board_must_know_beforehand() {
        let today = d("2026-03-01");
        assert!(check_new(d("2026-02-20"), d("2026-03-01"), today).is_ok());
        assert!(check_new(d("2026-03-01"), d("2026-03-01"), today).is_ok());
        let e = check_new(d("2026-03-01"), d("2026-02-28"), today).unwrap_err();
        assert!(e.to_string().contains("BW 2:40 lid 1"), "{e}");
        assert_eq!(
            check_new(d("2026-03-02"), d("2026-03-01"), today)
                .unwrap_err()
                .field(),
            Some("board_informed")
        );
        let e = check_signature_day(d("2026-02-20"), d("2026-02-19"), today).unwrap_err();
        assert!(e.to_string().contains("prior knowledge"), "{e}");
        assert!(check_signature_day(d("2026-02-20"), d("2026-02-20"), today).is_ok());
        assert_eq!(
            check_signature_day(d("2026-02-20"), d("2026-03-02"), today)
                .unwrap_err()
                .field(),
            Some("date")
        );
    }
}
