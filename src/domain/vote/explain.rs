//! The explanation of a result, in Dutch or English, in the register of the minutes
//! (documents-nl.md): the verdict first, then the figures, then every rule that shaped them, so
//! that anyone in the room can redo the sum.

use crate::domain::lang::Lang;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::{Question, Verdict};
use crate::domain::rules::types::{MajorityBase, TieMatters};

use super::result::{Outcome, keys};
use super::words::{
    base_noun, cite, comparison, fraction_words, join, num, verdict_word, votes_for,
};

/// The parts of the tally other than "for": "30 against", "10 blank", …
struct Part {
    n: u64,
    /// In a sum or a list: "blank" / "blanco".
    en: &'static str,
    nl: &'static str,
    /// In a sentence, one and many: "abstention(s)" / "blanco stem(men)".
    en_long: (&'static str, &'static str),
    nl_long: (&'static str, &'static str),
    /// The rule that decides whether it is a vote cast (none for "against").
    key: Option<&'static str>,
    counted: bool,
}

impl Part {
    fn short(&self, lang: Lang) -> String {
        let word = match lang {
            Lang::En => self.en,
            Lang::Nl => self.nl,
        };
        format!("{} {word}", num(self.n, lang))
    }

    fn long(&self, lang: Lang) -> String {
        let (one, many) = match lang {
            Lang::En => self.en_long,
            Lang::Nl => self.nl_long,
        };
        format!(
            "{} {}",
            num(self.n, lang),
            if self.n == 1 { one } else { many }
        )
    }
}

fn parts(rules: &Rules, o: &Outcome) -> [Part; 4] {
    let t = &o.tally;
    [
        Part {
            n: t.against,
            en: "against",
            nl: "tegen",
            en_long: ("against", "against"),
            nl_long: ("tegen", "tegen"),
            key: None,
            counted: true,
        },
        Part {
            n: t.blank,
            en: "blank",
            nl: "blanco",
            en_long: ("blank", "blank"),
            nl_long: ("blanco stem", "blanco stemmen"),
            key: Some("blank_counts_as_cast"),
            counted: rules.blank_counts_as_cast,
        },
        Part {
            n: t.invalid,
            en: "invalid",
            nl: "ongeldig",
            en_long: ("invalid", "invalid"),
            nl_long: ("ongeldige stem", "ongeldige stemmen"),
            key: Some("invalid_counts_as_cast"),
            counted: rules.invalid_counts_as_cast,
        },
        Part {
            n: t.abstain,
            en: "abstaining",
            nl: "onthouding",
            en_long: ("abstention", "abstentions"),
            nl_long: ("onthouding", "onthoudingen"),
            key: Some("abstention_counts_as_cast"),
            counted: rules.abstention_counts_as_cast,
        },
    ]
}

/// The explanation of `o` under `rules`, in `lang`.
pub(super) fn text(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let d = &o.decision;
    let head = verdict_word(d.verdict, lang);
    let mut clauses: Vec<String> = Vec::new();
    if d.verdict == Verdict::NoQuorum {
        clauses.push(quorum_clause(rules, o, lang));
        let counted = tally_list(rules, o, lang);
        if !counted.is_empty() {
            clauses.push(match lang {
                Lang::En => format!("the votes counted ({counted}) have no effect"),
                Lang::Nl => format!("de getelde stemmen ({counted}) hebben geen gevolg"),
            });
        }
        return format!("{head}: {}.", clauses.join("; "));
    }
    clauses.push(majority_clause(rules, o, lang));
    clauses.push(needed_clause(rules, o, lang));
    if let Some(c) = left_out_clause(rules, o, lang) {
        clauses.push(c);
    }
    if let Some(c) = tie_clause(rules, o, lang) {
        clauses.push(c);
    }
    clauses.push(quorum_clause(rules, o, lang));
    format!("{head}: {}.", clauses.join("; "))
}

/// "40 for, 30 against, 10 blank": every non-zero part, for the no-quorum case.
fn tally_list(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let mut items = Vec::new();
    if o.tally.votes_for > 0 {
        items.push(match lang {
            Lang::En => format!("{} for", num(o.tally.votes_for, lang)),
            Lang::Nl => format!("{} voor", num(o.tally.votes_for, lang)),
        });
    }
    items.extend(
        parts(rules, o)
            .iter()
            .filter(|p| p.n > 0)
            .map(|p| p.short(lang)),
    );
    items.join(", ")
}

/// "40 for is more than half of the 70 votes cast (40 for + 30 against)".
fn majority_clause(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let d = &o.decision;
    let req = &o.requirement;
    let noun = base_noun(req.base, lang);
    if d.base == 0 {
        return match lang {
            Lang::En => format!("there are no {noun}, so nothing can be adopted"),
            Lang::Nl => format!("er zijn geen {noun}, dus kan niets worden aangenomen"),
        };
    }
    let passes = req.threshold.passes(o.tally.votes_for, d.base);
    let of = match lang {
        Lang::En => "of the",
        Lang::Nl => "van de",
    };
    let head = format!(
        "{} {} {of} {} {noun}",
        votes_for(o.tally.votes_for, lang),
        comparison(req.threshold, passes, lang),
        num(d.base, lang)
    );
    match req.base {
        MajorityBase::Cast => {
            let first = match lang {
                Lang::En => format!("{} for", num(o.tally.votes_for, lang)),
                Lang::Nl => format!("{} voor", num(o.tally.votes_for, lang)),
            };
            let all = parts(rules, o);
            let counted: Vec<&Part> = all
                .iter()
                .filter(|p| p.counted && (p.n > 0 || p.key.is_none()))
                .collect();
            let mut sum = vec![first];
            sum.extend(counted.iter().map(|p| p.short(lang)));
            let keys: Vec<&str> = counted.iter().filter_map(|p| p.key).collect();
            if keys.is_empty() {
                format!("{head} ({})", sum.join(" + "))
            } else {
                let c = cite(rules, &keys, lang);
                format!("{head} ({}; {})", sum.join(" + "), &c[1..c.len() - 1])
            }
        }
        MajorityBase::Present | MajorityBase::All => {
            let other = d.base.saturating_sub(o.tally.votes_for);
            let mut items: Vec<String> = parts(rules, o)
                .iter()
                .filter(|p| p.n > 0)
                .map(|p| p.short(lang))
                .collect();
            let voted = o.tally.votes_for
                + o.tally.against
                + o.tally.blank
                + o.tally.invalid
                + o.tally.abstain;
            let silent = d.base.saturating_sub(voted);
            if silent > 0 {
                items.push(match lang {
                    Lang::En => format!("{} not voting", num(silent, lang)),
                    Lang::Nl => format!("{} niet gestemd", num(silent, lang)),
                });
            }
            let list = if items.is_empty() {
                String::new()
            } else {
                format!(" ({})", items.join(", "))
            };
            match lang {
                Lang::En => format!(
                    "{head}; the other {} votes{list} count as not for",
                    num(other, lang)
                ),
                Lang::Nl => format!(
                    "{head}; de overige {} stemmen{list} tellen als niet voor",
                    num(other, lang)
                ),
            }
        }
    }
}

/// "at least 36 for were needed (rules majority_ordinary_base = cast, …)".
fn needed_clause(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let n = o.decision.needed;
    let which = match keys(o.question).1 {
        Some(k) => cite(rules, &[k], lang),
        None => cite(rules, &["majority_ordinary_base", "majority_formula"], lang),
    };
    match (lang, n) {
        (Lang::En, 1) => format!("at least 1 for was needed {which}"),
        (Lang::En, _) => format!("at least {} for were needed {which}", num(n, lang)),
        (Lang::Nl, 1) => format!("er was ten minste 1 stem voor nodig {which}"),
        (Lang::Nl, _) => format!(
            "er waren ten minste {} stemmen voor nodig {which}",
            num(n, lang)
        ),
    }
}

/// "10 blank and 5 invalid are not votes cast (rules …)": only on a base of votes cast.
fn left_out_clause(rules: &Rules, o: &Outcome, lang: Lang) -> Option<String> {
    if o.requirement.base != MajorityBase::Cast {
        return None;
    }
    let all = parts(rules, o);
    let out: Vec<&Part> = all.iter().filter(|p| !p.counted && p.n > 0).collect();
    if out.is_empty() {
        return None;
    }
    let names: Vec<String> = out.iter().map(|p| p.long(lang)).collect();
    let keys: Vec<&str> = out.iter().filter_map(|p| p.key).collect();
    let one = out.len() == 1 && out[0].n == 1;
    let verb = match (lang, one) {
        (Lang::En, true) => "is not a vote cast",
        (Lang::En, false) => "are not votes cast",
        (Lang::Nl, true) => "geldt als niet uitgebracht",
        (Lang::Nl, false) => "gelden als niet uitgebracht",
    };
    Some(format!(
        "{} {verb} {}",
        join(&names, lang),
        cite(rules, &keys, lang)
    ))
}

/// What a tie did, when there was one and it was not adopted.
fn tie_clause(rules: &Rules, o: &Outcome, lang: Lang) -> Option<String> {
    let d = &o.decision;
    if d.verdict == Verdict::Adopted || o.tally.votes_for != o.tally.against {
        return None;
    }
    // Nothing for and nothing against is no tie to speak of, unless the rules held it over.
    if o.tally.votes_for == 0 && d.verdict != Verdict::Postponed {
        return None;
    }
    let rule = cite(rules, &["tie_matters"], lang);
    Some(match (rules.tie_matters, d.verdict, lang) {
        (TieMatters::Rejected, _, Lang::En) => {
            format!("the votes are tied, and a tie rejects {rule}")
        }
        (TieMatters::Rejected, _, Lang::Nl) => {
            format!("de stemmen staken, en bij staking is het voorstel verworpen {rule}")
        }
        (_, Verdict::Postponed, Lang::En) => format!(
            "the votes are tied: the proposal is held over to the next meeting, where a tie rejects it {rule}"
        ),
        (_, Verdict::Postponed, Lang::Nl) => format!(
            "de stemmen staken: het voorstel wordt aangehouden tot de volgende vergadering, waar het bij staking is verworpen {rule}"
        ),
        (_, _, Lang::En) => format!(
            "the votes are tied again after the proposal was held over, so it is rejected {rule}"
        ),
        (_, _, Lang::Nl) => format!(
            "de stemmen staken opnieuw nadat het voorstel was aangehouden, dus is het verworpen {rule}"
        ),
    })
}

/// "no quorum required (rule quorum_ordinary = none)", or the quorum with its numbers.
fn quorum_clause(rules: &Rules, o: &Outcome, lang: Lang) -> String {
    let key = keys(o.question).0;
    let rule = cite(rules, &[key], lang);
    let a = &o.attendance;
    let second = o.question == Question::StatuteAmendmentSecondMeeting;
    let Some(f) = o.requirement.quorum else {
        return match (lang, second) {
            (Lang::En, false) => format!("no quorum required {rule}"),
            (Lang::En, true) => format!("no quorum required at a second meeting {rule}"),
            (Lang::Nl, false) => format!("geen quorum vereist {rule}"),
            (Lang::Nl, true) => format!("in een tweede vergadering is geen quorum vereist {rule}"),
        };
    };
    let needed = o
        .decision
        .quorum_needed
        .unwrap_or_else(|| f.needed(a.total));
    let (p, t, n, w) = (
        num(a.present, lang),
        num(a.total, lang),
        num(needed, lang),
        fraction_words(f, lang),
    );
    match (lang, o.decision.verdict == Verdict::NoQuorum) {
        (Lang::En, false) => format!(
            "quorum reached: {p} of the {t} votes present or represented, {w} needs {n} {rule}"
        ),
        (Lang::En, true) => format!(
            "the quorum was not reached: {p} of the {t} votes present or represented, {w} needs {n} {rule}"
        ),
        (Lang::Nl, false) => format!(
            "quorum bereikt: {p} van de {t} stemmen aanwezig of vertegenwoordigd, voor {w} zijn er {n} nodig {rule}"
        ),
        (Lang::Nl, true) => format!(
            "het quorum is niet bereikt: {p} van de {t} stemmen aanwezig of vertegenwoordigd, voor {w} zijn er {n} nodig {rule}"
        ),
    }
}
