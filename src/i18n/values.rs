//! The words of the values a person reads in a table cell (`member list`'s `status`, a vote's
//! `method`): the stored English value in English (the word CSV and JSON carry, unchanged), the
//! catalogue's word in Dutch (`i18n/nl/values.ftl`, `val-COLUMN-VALUE`). `rendered` names every
//! value of every enum a table shows, so that the tests hold each to its Dutch word.

use std::borrow::Cow;

use crate::domain::lang::Lang;

/// The word for `value` in the column `column`, in `lang`: the value itself in English and where
/// the catalogue has no word for it (a name, a date, a category the association made).
pub fn word<'a>(lang: Lang, column: &str, value: &'a str) -> Cow<'a, str> {
    match lang {
        Lang::En => Cow::Borrowed(value),
        Lang::Nl => super::dutch_value(&format!("val-{column}-{value}"))
            .map_or(Cow::Borrowed(value), Cow::Owned),
    }
}

/// "yes" or "no" for a true or false cell, in `lang`.
pub fn yes_no(lang: Lang, b: bool) -> Cow<'static, str> {
    match (lang, b) {
        (Lang::En, true) => Cow::Borrowed("yes"),
        (Lang::En, false) => Cow::Borrowed("no"),
        (Lang::Nl, b) => super::dutch_value(if b { "val-yes" } else { "val-no" })
            .map_or(Cow::Borrowed(if b { "yes" } else { "no" }), Cow::Owned),
    }
}

/// Every (column, value) a table shows from a closed set: the domain's own names, so that a new
/// variant shows up here and in the test of its Dutch word.
pub fn rendered() -> Vec<(&'static str, Vec<&'static str>)> {
    use crate::domain::rules::decide::Verdict;
    use crate::domain::{decision, election, meeting, proposal, resolution, roll, vote};
    let verdicts = [
        Verdict::Adopted,
        Verdict::Rejected,
        Verdict::NoQuorum,
        Verdict::Postponed,
    ]
    .map(crate::domain::vote::result::verdict_name);
    let mut status: Vec<&'static str> = Vec::new();
    status.extend(
        [
            roll::Status::Active,
            roll::Status::Suspended,
            roll::Status::Former,
            roll::Status::Future,
        ]
        .map(roll::Status::as_str),
    );
    status.extend(
        [
            decision::Status::Adopted,
            decision::Status::Rejected,
            decision::Status::AwaitingDeed,
            decision::Status::InForce,
            decision::Status::Superseded,
        ]
        .map(decision::Status::as_str),
    );
    status.extend(
        [
            vote::held::Status::Open,
            vote::held::Status::Closed,
            vote::held::Status::Superseded,
        ]
        .map(vote::held::Status::as_str),
    );
    status.extend(
        [
            proposal::Status::Draft,
            proposal::Status::Withdrawn,
            proposal::Status::Voting,
            proposal::Status::Decided,
        ]
        .map(proposal::Status::as_str),
    );
    status.extend(
        [
            resolution::Status::Open,
            resolution::Status::Adopted,
            resolution::Status::Failed,
        ]
        .map(resolution::Status::as_str),
    );
    status.extend(election::record::Status::ALL.iter().map(|s| s.as_str()));
    status.extend(
        election::record::RoundStatus::ALL
            .iter()
            .map(|s| s.as_str()),
    );
    // A person's line on the attendance list (`meeting attendance`).
    status.extend(["present", "left", "apologies", "proxy", "guest"]);
    let mut kind: Vec<&'static str> = Vec::new();
    kind.extend(
        [
            meeting::Kind::Regular,
            meeting::Kind::Annual,
            meeting::Kind::Extraordinary,
        ]
        .map(meeting::Kind::as_str),
    );
    kind.extend(proposal::Kind::ALL.map(proposal::Kind::as_str));
    kind.extend(
        [
            decision::Kind::Proposal,
            decision::Kind::Election,
            decision::Kind::Resolution,
        ]
        .map(decision::Kind::as_str),
    );
    kind.extend([election::Kind::Free, election::Kind::Runoff].map(election::Kind::as_str));
    let mut method: Vec<&'static str> = [
        vote::Method::Hands,
        vote::Method::RollCall,
        vote::Method::Ballot,
    ]
    .map(vote::Method::name)
    .to_vec();
    method.extend(crate::tally::method::Method::ALL.map(crate::tally::method::Method::name));
    let mut result: Vec<&'static str> = verdicts.to_vec();
    // What the door made of a member (`meeting checkin`, `checkout`, `apologies`).
    result.extend(["present", "left", "apologies", "refused"]);
    let mut outcome: Vec<&'static str> = [
        decision::Outcome::Adopted,
        decision::Outcome::Rejected,
        decision::Outcome::Elected,
    ]
    .map(decision::Outcome::as_str)
    .to_vec();
    outcome.extend(election::record::Decided::ALL.iter().map(|d| d.as_str()));
    let dedup = |mut v: Vec<&'static str>| {
        v.sort_unstable();
        v.dedup();
        v
    };
    vec![
        ("status", dedup(status)),
        (
            "state",
            [
                meeting::State::Planned,
                meeting::State::Convened,
                meeting::State::Open,
                meeting::State::Closed,
                meeting::State::Cancelled,
            ]
            .map(meeting::State::as_str)
            .to_vec(),
        ),
        ("kind", dedup(kind)),
        ("method", dedup(method)),
        ("result", dedup(result)),
        ("choice", vote::Choice::ALL.map(vote::Choice::name).to_vec()),
        (
            "declaration",
            [vote::Declared::Adopted, vote::Declared::Rejected]
                .map(vote::Declared::name)
                .to_vec(),
        ),
        ("outcome", dedup(outcome)),
        (
            "decides",
            [
                meeting::agenda::Decides::None,
                meeting::agenda::Decides::Ordinary,
                meeting::agenda::Decides::StatuteAmendment,
                meeting::agenda::Decides::Dissolution,
            ]
            .map(meeting::agenda::Decides::as_str)
            .to_vec(),
        ),
        (
            "form",
            [
                meeting::proxy::Form::Paper,
                meeting::proxy::Form::Electronic,
            ]
            .map(meeting::proxy::Form::as_str)
            .to_vec(),
        ),
        (
            "base",
            crate::domain::rules::types::MajorityBase::NAMES.to_vec(),
        ),
        // A threshold is one of these or a fraction (`2/3`), which reads the same in both.
        ("threshold", vec!["more_than_half", "half_plus_one"]),
        ("question", {
            use crate::domain::rules::decide::Question;
            [
                Question::Ordinary,
                Question::StatuteAmendment,
                Question::StatuteAmendmentSecondMeeting,
                Question::Dissolution,
                Question::BindingNominationOverride,
                Question::BoardDismissal,
            ]
            .map(vote::result::question_name)
            .to_vec()
        }),
        (
            "standing",
            [
                decision::standing::Standing::Valid,
                decision::standing::Standing::Voidable,
                decision::standing::Standing::Void,
            ]
            .map(decision::standing::Standing::as_str)
            .to_vec(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of every enum a table shows has its Dutch word, and the catalogue has no word
    /// for a value no table shows (a translation nobody checks).
    #[test]
    fn every_rendered_value_has_its_dutch_word_and_every_word_a_value() {
        let ids = super::super::ids(super::super::NL_VALUES);
        let mut wanted: Vec<String> = vec!["val-yes".into(), "val-no".into()];
        for (column, values) in rendered() {
            for v in values {
                wanted.push(format!("val-{column}-{v}"));
            }
        }
        let missing: Vec<&String> = wanted.iter().filter(|k| !ids.contains(k)).collect();
        let unused: Vec<&String> = ids.iter().filter(|k| !wanted.contains(k)).collect();
        assert!(
            missing.is_empty() && unused.is_empty(),
            "no Dutch word in i18n/nl/values.ftl for {missing:?}; words of no value: {unused:?}"
        );
    }

    #[test]
    fn english_is_the_stored_value_and_dutch_the_catalogues_word() {
        assert_eq!(word(Lang::En, "status", "active"), "active");
        assert_eq!(word(Lang::Nl, "status", "active"), "actief");
        assert_eq!(word(Lang::Nl, "method", "roll_call"), "hoofdelijk");
        assert_eq!(word(Lang::Nl, "state", "open"), "geopend");
        assert_eq!(word(Lang::Nl, "status", "open"), "open");
        // A name that happens to be a value elsewhere stays as typed.
        assert_eq!(word(Lang::Nl, "name", "active"), "active");
        assert_eq!(yes_no(Lang::Nl, true), "ja");
        assert_eq!(yes_no(Lang::En, false), "no");
    }
}
