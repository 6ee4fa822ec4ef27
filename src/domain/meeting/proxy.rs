//! Proxies (volmacht, BW 2:38 lid 4–5; rules.md A17, B12): every check a new proxy must pass,
//! each refusal naming the rule key that refuses it.

use std::str::FromStr;

use crate::domain::DomainError;
use crate::domain::msg::{Msg, msg};
use crate::domain::rules::Rules;
use crate::domain::rules::types::{Count, ProxyForm};

/// How the written proxy reached the secretary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Form {
    #[default]
    Paper,
    Electronic,
}

impl Form {
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Paper => "paper",
            Form::Electronic => "electronic",
        }
    }
}

impl FromStr for Form {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "paper" => Ok(Form::Paper),
            "electronic" => Ok(Form::Electronic),
            o => Err(DomainError::invalid_said(
                "form",
                msg!("proxy-form-unknown", given = o),
            )),
        }
    }
}

/// One side of a proxy as the meeting knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    pub number: i64,
    pub votes: u32,
    /// Why there is no vote, when there is none.
    pub reason: Option<String>,
    pub present: bool,
    /// Active proxies this member holds.
    pub holds: u32,
    /// This member has given an active proxy (to whom: the holder's number).
    pub gave_to: Option<i64>,
}

fn rule_refuses(key: &str, message: Msg) -> DomainError {
    DomainError::said(msg!("rule-refuses", what = message, key = key))
}

/// Checks a new proxy from `giver` to `holder` under `rules`.
pub fn check(rules: &Rules, giver: &Party, holder: &Party, form: Form) -> Result<(), DomainError> {
    if !rules.proxy_allowed {
        return Err(rule_refuses("proxy_allowed", msg!("proxy-not-allowed")));
    }
    let form_ok = match rules.proxy_form {
        ProxyForm::Both => true,
        ProxyForm::Paper => form == Form::Paper,
        ProxyForm::Electronic => form == Form::Electronic,
    };
    if !form_ok {
        return Err(rule_refuses(
            "proxy_form",
            msg!(
                "proxy-wrong-form",
                form = form.as_str(),
                allowed = rules.proxy_form.name()
            ),
        ));
    }
    if giver.number == holder.number {
        return Err(DomainError::invalid_said(
            "to",
            msg!("proxy-own", number = holder.number),
        ));
    }
    if giver.votes == 0 {
        return Err(DomainError::said(match giver.reason.as_deref() {
            Some(why) => msg!("proxy-giver-no-vote", number = giver.number, why = why),
            None => msg!(
                "proxy-giver-no-vote",
                number = giver.number,
                why = msg!("no-vote")
            ),
        }));
    }
    if let Some(to) = giver.gave_to {
        return Err(DomainError::said(msg!(
            "proxy-given-already",
            number = giver.number,
            to = to
        )));
    }
    if giver.present {
        return Err(DomainError::said(msg!(
            "proxy-giver-present",
            number = giver.number
        )));
    }
    if rules.proxy_holder_must_have_vote && holder.votes == 0 {
        return Err(rule_refuses(
            "proxy_holder_must_have_vote",
            match holder.reason.as_deref() {
                Some(why) => msg!("proxy-holder-no-vote", number = holder.number, why = why),
                None => msg!(
                    "proxy-holder-no-vote",
                    number = holder.number,
                    why = msg!("no-vote")
                ),
            },
        ));
    }
    if giver.holds > 0 {
        return Err(rule_refuses(
            "max_proxies_per_holder",
            msg!(
                "proxy-chain-giver",
                number = giver.number,
                holds = giver.holds
            ),
        ));
    }
    if let Some(to) = holder.gave_to {
        return Err(rule_refuses(
            "max_proxies_per_holder",
            msg!("proxy-chain-holder", number = holder.number, to = to),
        ));
    }
    if let Count::AtMost(max) = rules.max_proxies_per_holder
        && holder.holds >= max
    {
        return Err(rule_refuses(
            "max_proxies_per_holder",
            msg!(
                "proxy-holder-full",
                number = holder.number,
                holds = holder.holds,
                max = max
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(number: i64) -> Party {
        Party {
            number,
            votes: 1,
            reason: None,
            present: false,
            holds: 0,
            gave_to: None,
        }
    }

    fn one_each() -> Rules {
        Rules {
            max_proxies_per_holder: Count::AtMost(1),
            ..Rules::default()
        }
    }

    #[test]
    fn a_proxy_between_two_voters_passes() {
        assert!(check(&one_each(), &party(1), &party(2), Form::Paper).is_ok());
    }

    #[test]
    fn every_rule_refuses_with_its_key() {
        let r = one_each();
        let msg = |g: &Party, h: &Party, rules: &Rules| {
            check(rules, g, h, Form::Paper).unwrap_err().to_string()
        };
        assert!(msg(&party(1), &party(1), &r).contains("own proxy"));
        let full = Party {
            holds: 1,
            ..party(2)
        };
        assert!(msg(&party(1), &full, &r).contains("max_proxies_per_holder = 1"));
        assert!(msg(&full, &party(3), &r).contains("no chains"));
        let gave = Party {
            gave_to: Some(9),
            ..party(2)
        };
        assert!(msg(&party(1), &gave, &r).contains("no chains"));
        let none = Party {
            votes: 0,
            reason: Some("suspended".into()),
            ..party(2)
        };
        assert!(msg(&party(1), &none, &r).contains("proxy_holder_must_have_vote"));
        let here = Party {
            present: true,
            ..party(1)
        };
        assert!(msg(&here, &party(2), &r).contains("present"));
        let closed = Rules {
            proxy_allowed: false,
            ..Rules::default()
        };
        assert!(msg(&party(1), &party(2), &closed).contains("proxy_allowed"));
        let paper = Rules {
            proxy_form: ProxyForm::Paper,
            ..Rules::default()
        };
        assert!(
            check(&paper, &party(1), &party(2), Form::Electronic)
                .unwrap_err()
                .to_string()
                .contains("proxy_form")
        );
        // Unlimited by default.
        let many = Party {
            holds: 40,
            ..party(2)
        };
        assert!(check(&Rules::default(), &party(1), &many, Form::Paper).is_ok());
    }
}
