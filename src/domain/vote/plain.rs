//! The result of a vote as a member reads it in the minutes (documents-nl.md, "The minutes"):
//! the outcome and the figures in one sentence, then the grounds in words a member knows. The
//! rule keys and their values stay in the register and the JSON (`explain`), never here.

use crate::domain::lang::{Lang, t};
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{Threshold, Verdict};
use crate::domain::rules::types::{MajorityBase, TieMatters};

use super::result::Outcome;
use super::words::{fraction_words, join, num};

/// What was voted on: the subject of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Proposal,
    Amendment,
}

/// The paragraph of the minutes for `o` under `rules`.
pub fn text(rules: &Rules, o: &Outcome, subject: Subject, lang: Lang) -> String {
    let mut out = vec![figures(o, subject, lang)];
    if o.decision.verdict == Verdict::NoQuorum {
        out.push(quorum(rules, o, lang));
        return out.join(" ");
    }
    if let Some(s) = not_counted(rules, o, lang) {
        out.push(s);
    }
    out.push(required(rules, o, lang));
    if let Some(s) = tie(rules, o, lang) {
        out.push(s);
    }
    if o.requirement.quorum.is_some() {
        out.push(quorum(rules, o, lang));
    }
    out.join(" ")
}

/// "Het voorstel wordt aangenomen met 40 stemmen voor, 0 tegen en 4 onthoudingen."
fn figures(o: &Outcome, subject: Subject, lang: Lang) -> String {
    let tl = &o.tally;
    let noun = match (subject, lang) {
        (Subject::Proposal, Lang::Nl) => "Het voorstel",
        (Subject::Amendment, Lang::Nl) => "Het amendement",
        (Subject::Proposal, Lang::En) => "The motion",
        (Subject::Amendment, Lang::En) => "The amendment",
    };
    let mut rest: Vec<String> = Vec::new();
    let others = [
        (tl.blank, "blanco", "blanco", "blank vote", "blank votes"),
        (
            tl.invalid,
            "ongeldig",
            "ongeldig",
            "invalid vote",
            "invalid votes",
        ),
        (
            tl.abstain,
            "onthouding",
            "onthoudingen",
            "abstention",
            "abstentions",
        ),
    ];
    for (n, nl1, nl2, en1, en2) in others {
        if n == 0 {
            continue;
        }
        let word = match (lang, n == 1) {
            (Lang::Nl, true) => nl1,
            (Lang::Nl, false) => nl2,
            (Lang::En, true) => en1,
            (Lang::En, false) => en2,
        };
        rest.push(format!("{} {word}", num(n, lang)));
    }
    match lang {
        Lang::Nl => {
            let verb = match o.decision.verdict {
                Verdict::Adopted => "wordt aangenomen met",
                Verdict::Rejected => "wordt verworpen met",
                Verdict::Postponed => "wordt aangehouden na",
                Verdict::NoQuorum => "is in stemming gebracht met",
            };
            let voor = if tl.votes_for == 1 {
                "1 stem voor".to_string()
            } else {
                format!("{} stemmen voor", num(tl.votes_for, lang))
            };
            let mut all = vec![voor, format!("{} tegen", num(tl.against, lang))];
            all.extend(rest);
            format!("{noun} {verb} {}.", join(&all, lang))
        }
        Lang::En => {
            let verb = match o.decision.verdict {
                Verdict::Adopted => "was carried by",
                Verdict::Rejected => "was lost by",
                Verdict::Postponed => "was held over after a vote of",
                Verdict::NoQuorum => "was put to the vote:",
            };
            let with = if rest.is_empty() {
                String::new()
            } else {
                format!(", with {}", join(&rest, lang))
            };
            let word = if tl.votes_for == 1 { "vote" } else { "votes" };
            format!(
                "{noun} {verb} {} {word} to {}{with}.",
                num(tl.votes_for, lang),
                num(tl.against, lang)
            )
        }
    }
}

/// "Blanco stemmen en onthoudingen tellen niet mee." Only where they were there to count, and
/// only on a base of votes cast (on the votes present they count as "not for").
fn not_counted(rules: &Rules, o: &Outcome, lang: Lang) -> Option<String> {
    let tl = &o.tally;
    let parts = [
        (
            tl.blank,
            rules.blank_counts_as_cast,
            "blanco stemmen",
            "blank votes",
            "blank_counts_as_cast",
        ),
        (
            tl.invalid,
            rules.invalid_counts_as_cast,
            "ongeldige stemmen",
            "invalid votes",
            "invalid_counts_as_cast",
        ),
        (
            tl.abstain,
            rules.abstention_counts_as_cast,
            "onthoudingen",
            "abstentions",
            "abstention_counts_as_cast",
        ),
    ];
    let present: Vec<_> = parts.iter().filter(|p| p.0 > 0).collect();
    if present.is_empty() {
        return None;
    }
    let names = |counted: bool| -> Vec<String> {
        present
            .iter()
            .filter(|p| p.1 == counted)
            .map(|p| t(lang, p.2, p.3))
            .collect()
    };
    let cited = |counted: bool| -> String {
        let keys: Vec<&str> = present
            .iter()
            .filter(|p| p.1 == counted)
            .map(|p| p.4)
            .collect();
        statutes(rules, &keys, lang)
    };
    let capital = |s: String| -> String {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    if o.requirement.base == MajorityBase::Cast {
        let out_of = names(false);
        if !out_of.is_empty() {
            out.push(capital(match lang {
                Lang::Nl => format!("{} tellen niet mee{}.", join(&out_of, lang), cited(false)),
                Lang::En => format!(
                    "{} do not count as votes cast{}.",
                    join(&out_of, lang),
                    cited(false)
                ),
            }));
        }
        let counted = names(true);
        if !counted.is_empty() {
            out.push(capital(match lang {
                Lang::Nl => format!(
                    "{} tellen volgens de statuten mee als uitgebrachte stem{}.",
                    join(&counted, lang),
                    cited(true)
                ),
                Lang::En => format!(
                    "{} count as votes cast under the statutes{}.",
                    join(&counted, lang),
                    cited(true)
                ),
            }));
        }
    } else {
        let all: Vec<String> = present.iter().map(|p| t(lang, p.2, p.3)).collect();
        out.push(capital(match lang {
            Lang::Nl => format!("{} tellen als niet voor.", join(&all, lang)),
            Lang::En => format!("{} count as not for.", join(&all, lang)),
        }));
    }
    Some(out.join(" "))
}

/// "Vereist was een volstrekte meerderheid (meer dan de helft) van de uitgebrachte stemmen: ten
/// minste 5 stemmen voor."
fn required(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let req = &o.requirement;
    let (_, keys) = o.question.keys(rules);
    let article = statutes(rules, &keys, lang);
    let of = match (req.base, lang) {
        (MajorityBase::Cast, Lang::Nl) => "van de uitgebrachte stemmen",
        (MajorityBase::Present, Lang::Nl) => "van de aanwezige en vertegenwoordigde stemmen",
        (MajorityBase::All, Lang::Nl) => "van de stemmen van alle stemgerechtigde leden",
        (MajorityBase::Cast, Lang::En) => "of the votes cast",
        (MajorityBase::Present, Lang::En) => "of the votes present or represented",
        (MajorityBase::All, Lang::En) => "of the votes of all members with a vote",
    };
    let of = format!("{of}{article}");
    let what = match (req.threshold, lang) {
        (Threshold::MoreThanHalf, Lang::Nl) => {
            "een volstrekte meerderheid (meer dan de helft)".to_string()
        }
        (Threshold::HalfPlusOne, Lang::Nl) => "de helft plus één".to_string(),
        (Threshold::AtLeast(f), Lang::Nl) => {
            format!("een meerderheid van ten minste {}", fraction_words(f, lang))
        }
        (Threshold::MoreThanHalf, Lang::En) => "a majority (more than half)".to_string(),
        (Threshold::HalfPlusOne, Lang::En) => "half plus one".to_string(),
        (Threshold::AtLeast(f), Lang::En) => {
            format!("a majority of at least {}", fraction_words(f, lang))
        }
    };
    if o.decision.base == 0 {
        return match lang {
            Lang::Nl => format!("Vereist was {what} {of}; er werden geen stemmen uitgebracht."),
            Lang::En => format!("{} {of} was required; no votes were cast.", cap(&what)),
        };
    }
    let n = o.decision.needed;
    match lang {
        Lang::Nl if n == 1 => format!("Vereist was {what} {of}: ten minste 1 stem voor."),
        Lang::Nl => format!(
            "Vereist was {what} {of}: ten minste {} stemmen voor.",
            num(n, lang)
        ),
        Lang::En => format!(
            "{} {of} was required: at least {} for.",
            cap(&what),
            num(n, lang)
        ),
    }
}

/// " (artikel 18 lid 2 van de statuten)" for the articles the rules record for `keys`; empty
/// where they record none. The minutes cite an election's grounds by it too.
pub(crate) fn statutes(rules: &Rules, keys: &[&str], lang: Lang) -> String {
    let articles: Vec<&str> = keys
        .iter()
        .filter_map(|k| rules.articles.get(k).map(String::as_str))
        .collect();
    crate::domain::rules::article::cite(&articles, lang)
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// What a tie did, in the words of the statutes' rule.
fn tie(rules: &Rules, o: &Outcome, lang: Lang) -> Option<String> {
    let d = &o.decision;
    if d.verdict == Verdict::Adopted || o.tally.votes_for != o.tally.against {
        return None;
    }
    if o.tally.votes_for == 0 && d.verdict != Verdict::Postponed {
        return None;
    }
    let said: String = match (rules.tie_matters, d.verdict, lang) {
        (TieMatters::Rejected, _, Lang::Nl) => {
            "De stemmen staken; bij staking van stemmen is het voorstel verworpen.".into()
        }
        (TieMatters::Rejected, _, Lang::En) => {
            "The votes were tied; a tied vote rejects the motion.".into()
        }
        (_, Verdict::Postponed, Lang::Nl) => "De stemmen staken; het voorstel wordt aangehouden tot de volgende vergadering en is verworpen als de stemmen daar opnieuw staken.".into(),
        (_, Verdict::Postponed, Lang::En) => "The votes were tied; the motion is held over to the next meeting, and is lost if the votes are tied there again.".into(),
        (_, _, Lang::Nl) => "De stemmen staken opnieuw nadat het voorstel was aangehouden; daarmee is het verworpen.".into(),
        (_, _, Lang::En) => "The votes were tied again after the motion was held over, so it is lost.".into(),
    };
    let article = statutes(rules, &["tie_matters"], lang);
    Some(match said.strip_suffix('.') {
        Some(s) if !article.is_empty() => format!("{s}{article}."),
        _ => said,
    })
}

/// "Het quorum van twee derde is bereikt: 11 van de 13 stemmen zijn aanwezig of
/// vertegenwoordigd (ten minste 9 nodig)."
fn quorum(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let a = &o.attendance;
    let (key, _) = o.question.keys(rules);
    let article = statutes(rules, &[key], lang);
    let Some(f) = o.requirement.quorum else {
        return String::new();
    };
    let needed = o
        .decision
        .quorum_needed
        .unwrap_or_else(|| f.needed(a.total));
    let (p, tot, n, w) = (
        num(a.present, lang),
        num(a.total, lang),
        num(needed, lang),
        format!("{}{article}", fraction_words(f, lang)),
    );
    match (lang, o.decision.verdict == Verdict::NoQuorum) {
        (Lang::Nl, false) => format!(
            "Het quorum van {w} is bereikt: {p} van de {tot} stemmen zijn aanwezig of vertegenwoordigd ({n} nodig)."
        ),
        (Lang::Nl, true) => format!(
            "Het quorum van {w} is niet bereikt: {p} van de {tot} stemmen zijn aanwezig of vertegenwoordigd ({n} nodig). Er is geen besluit genomen."
        ),
        (Lang::En, false) => format!(
            "The quorum of {w} was reached: {p} of the {tot} votes were present or represented ({n} needed)."
        ),
        (Lang::En, true) => format!(
            "The quorum of {w} was not reached: {p} of the {tot} votes were present or represented ({n} needed). No decision was taken."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::decide::{Attendance, Question, Tally};
    use crate::domain::vote::outcome;

    fn run(rules: &Rules, q: Question, t: Tally, present: u64, total: u64, lang: Lang) -> String {
        let o = outcome(rules, q, &t, &Attendance { present, total }, false, lang);
        text(rules, &o, Subject::Proposal, lang)
    }

    fn tally(f: u64, a: u64, b: u64, i: u64, ab: u64) -> Tally {
        Tally {
            votes_for: f,
            against: a,
            blank: b,
            invalid: i,
            abstain: ab,
        }
    }

    /// The sentence: 40 for, 0 against, 4 abstentions, which do not count (rules.md B3).
    #[test]
    fn figures_and_outcome_in_one_sentence() {
        let r = Rules::default();
        let nl = run(
            &r,
            Question::Ordinary,
            tally(40, 0, 0, 0, 4),
            44,
            60,
            Lang::Nl,
        );
        assert!(
            nl.starts_with(
                "Het voorstel wordt aangenomen met 40 stemmen voor, 0 tegen en 4 onthoudingen. Onthoudingen tellen niet mee."
            ),
            "{nl}"
        );
        let en = run(
            &r,
            Question::Ordinary,
            tally(40, 0, 0, 0, 4),
            44,
            60,
            Lang::En,
        );
        assert!(
            en.starts_with("The motion was carried by 40 votes to 0, with 4 abstentions. Abstentions do not count as votes cast."),
            "{en}"
        );
    }

    /// rules.md Example 1: 7 for, 2 against, 1 blank; more than half of 9 cast is 5.
    #[test]
    fn the_grounds_are_words_not_keys() {
        let r = Rules::default();
        let nl = run(
            &r,
            Question::Ordinary,
            tally(7, 2, 1, 0, 0),
            10,
            13,
            Lang::Nl,
        );
        assert_eq!(
            nl,
            "Het voorstel wordt aangenomen met 7 stemmen voor, 2 tegen en 1 blanco. Blanco stemmen tellen niet mee. Vereist was een volstrekte meerderheid (meer dan de helft) van de uitgebrachte stemmen: ten minste 5 stemmen voor."
        );
        for k in crate::domain::rules::KEYS {
            assert!(!nl.contains(k.name), "{} in {nl}", k.name);
        }
    }

    /// A statute amendment: two-thirds of the votes cast (BW 2:43), 20 for and 11 against of 31
    /// is less (3*20 = 60 < 62), so it is lost.
    #[test]
    fn two_thirds_in_words() {
        let r = Rules::default();
        let nl = run(
            &r,
            Question::StatuteAmendment,
            tally(20, 11, 0, 0, 0),
            31,
            40,
            Lang::Nl,
        );
        assert!(
            nl.starts_with("Het voorstel wordt verworpen met 20 stemmen voor en 11 tegen."),
            "{nl}"
        );
        assert!(
            nl.contains("een meerderheid van ten minste twee derde van de uitgebrachte stemmen: ten minste 21 stemmen voor"),
            "{nl}"
        );
    }
}
