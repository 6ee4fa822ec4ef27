//! Words and numbers of the explanation, per language: "two-thirds" / "twee derde", `1.234` /
//! `1,234`, "a, b and c" / "a, b en c", and the citation of the rules applied.

use crate::domain::lang::Lang;
use crate::domain::rules::decide::{Threshold, Verdict};
use crate::domain::rules::types::MajorityBase;
use crate::domain::rules::{Fraction, Rules};

/// Numbers as the reader writes them: `1.234` in Dutch, `1,234` in English.
pub fn num(n: u64, lang: Lang) -> String {
    let sep = match lang {
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// "half", "two-thirds", …; other fractions as written in the rules ("3/5").
pub fn fraction_words(f: Fraction, lang: Lang) -> String {
    let named = match (f.num(), f.den(), lang) {
        (1, 2, Lang::En) => "half",
        (1, 2, Lang::Nl) => "de helft",
        (2, 3, Lang::En) => "two-thirds",
        (2, 3, Lang::Nl) => "twee derde",
        (3, 4, Lang::En) => "three-quarters",
        (3, 4, Lang::Nl) => "drie kwart",
        (1, 3, Lang::En) => "one-third",
        (1, 3, Lang::Nl) => "een derde",
        (1, 4, Lang::En) => "one-quarter",
        (1, 4, Lang::Nl) => "een kwart",
        (1, 10, Lang::En) => "one-tenth",
        (1, 10, Lang::Nl) => "een tiende",
        _ => return f.to_string(),
    };
    named.to_string()
}

/// "a, b and c" / "a, b en c".
pub fn join(items: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// "(rule k = v)" or "(rules k = v, k2 = v2)", in the language.
pub fn cite(rules: &Rules, names: &[&str], lang: Lang) -> String {
    let pairs: Vec<String> = names
        .iter()
        .map(|k| format!("{k} = {}", rules.get(k).unwrap_or_default()))
        .collect();
    let word = match (lang, pairs.len()) {
        (Lang::En, 1) => "rule",
        (Lang::En, _) => "rules",
        (Lang::Nl, 1) => "regel",
        (Lang::Nl, _) => "regels",
    };
    format!("({word} {})", pairs.join(", "))
}

pub fn verdict_word(v: Verdict, lang: Lang) -> &'static str {
    match (v, lang) {
        (Verdict::Adopted, Lang::En) => "Adopted",
        (Verdict::Adopted, Lang::Nl) => "Aangenomen",
        (Verdict::Rejected, Lang::En) => "Rejected",
        (Verdict::Rejected, Lang::Nl) => "Verworpen",
        (Verdict::NoQuorum, Lang::En) => "No decision",
        (Verdict::NoQuorum, Lang::Nl) => "Geen besluit",
        (Verdict::Postponed, Lang::En) => "Postponed",
        (Verdict::Postponed, Lang::Nl) => "Aangehouden",
    }
}

/// "40 for" / "40 stemmen voor".
pub fn votes_for(n: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} for", num(n, lang)),
        Lang::Nl if n == 1 => "1 stem voor".into(),
        Lang::Nl => format!("{} stemmen voor", num(n, lang)),
    }
}

pub fn base_noun(b: MajorityBase, lang: Lang) -> &'static str {
    match (b, lang) {
        (MajorityBase::Cast, Lang::En) => "votes cast",
        (MajorityBase::Cast, Lang::Nl) => "uitgebrachte stemmen",
        (MajorityBase::Present, Lang::En) => "votes present or represented",
        (MajorityBase::Present, Lang::Nl) => "aanwezige of vertegenwoordigde stemmen",
        (MajorityBase::All, Lang::En) => "votes of all members with a vote",
        (MajorityBase::All, Lang::Nl) => "stemmen van alle stemgerechtigde leden",
    }
}

/// "is more than half" / "is niet meer dan de helft", and so on.
pub fn comparison(t: Threshold, passes: bool, lang: Lang) -> String {
    match (t, passes, lang) {
        (Threshold::MoreThanHalf, true, Lang::En) => "is more than half".into(),
        (Threshold::MoreThanHalf, false, Lang::En) => "is not more than half".into(),
        (Threshold::MoreThanHalf, true, Lang::Nl) => "is meer dan de helft".into(),
        (Threshold::MoreThanHalf, false, Lang::Nl) => "is niet meer dan de helft".into(),
        (Threshold::HalfPlusOne, true, Lang::En) => "is at least half plus one".into(),
        (Threshold::HalfPlusOne, false, Lang::En) => "is less than half plus one".into(),
        (Threshold::HalfPlusOne, true, Lang::Nl) => "is ten minste de helft plus één".into(),
        (Threshold::HalfPlusOne, false, Lang::Nl) => "is minder dan de helft plus één".into(),
        (Threshold::AtLeast(f), true, Lang::En) => {
            format!("is at least {}", fraction_words(f, lang))
        }
        (Threshold::AtLeast(f), false, Lang::En) => {
            format!("is less than {}", fraction_words(f, lang))
        }
        (Threshold::AtLeast(f), true, Lang::Nl) => {
            format!("is ten minste {}", fraction_words(f, lang))
        }
        (Threshold::AtLeast(f), false, Lang::Nl) => {
            format!("is minder dan {}", fraction_words(f, lang))
        }
    }
}

/// How a status line names a vote, with its proposal, so that the two numbers are never
/// mistaken for each other: "vote 10 on proposal 9 ‘Voorstel A’".
pub fn vote_on(vote: i64, proposal: i64, title: &str) -> crate::domain::msg::Msg {
    crate::domain::msg::msg!(
        "vote-on-proposal",
        vote = vote,
        proposal = proposal,
        title = title
    )
}
