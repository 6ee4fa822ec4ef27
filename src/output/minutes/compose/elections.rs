//! Elections in the minutes: candidates, each round with its papers and votes, lots drawn,
//! the runoff, and who was elected.

use super::super::{Block, ElectionFacts, Facts, RoundFacts};
use super::words::{ordinal, t, votes};
use crate::domain::lang::Lang;
use crate::domain::meeting::agenda::Item;
use crate::domain::rules::Rules;
use crate::domain::vote::plain::statutes;
use crate::domain::vote::words::{join, num};
use crate::tally::Method;

pub(super) fn is_election_item(item: &Item) -> bool {
    let t = item.title.to_lowercase();
    ["verkiezing", "benoeming", "election", "appointment"]
        .iter()
        .any(|w| t.contains(w))
}

pub(super) fn election(f: &Facts, e: &ElectionFacts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let seats = match (lang, e.seats) {
        (Lang::Nl, 1) => "één zetel".to_string(),
        (Lang::Nl, n) => format!("{n} zetels"),
        (Lang::En, 1) => "one seat".to_string(),
        (Lang::En, n) => format!("{n} seats"),
    };
    let mut s = match lang {
        Lang::Nl => format!(
            "Verkiezing: {} ({seats}). Kandidaten: {}.",
            e.title,
            join(&e.candidates, lang)
        ),
        Lang::En => format!(
            "Election: {} ({seats}). Candidates: {}.",
            e.title,
            join(&e.candidates, lang)
        ),
    };
    if !e.withdrawn.is_empty() {
        s.push(' ');
        s.push_str(&match lang {
            Lang::Nl => format!("Teruggetrokken: {}.", join(&e.withdrawn, lang)),
            Lang::En => format!("Withdrawn: {}.", join(&e.withdrawn, lang)),
        });
    }
    b.push(Block::Para(s));
    if let Some(x) = &e.binding_explanation {
        b.push(Block::Para(x.clone()));
    }
    if !e.appointed.is_empty() {
        b.push(Block::Para(match lang {
            Lang::Nl => format!(
                "Op de bindende voordracht is benoemd: {}.",
                join(&e.appointed, lang)
            ),
            Lang::En => format!(
                "Appointed on the binding nomination: {}.",
                join(&e.appointed, lang)
            ),
        }));
    }
    for r in &e.rounds {
        b.push(Block::Para(round(e, r, &f.rules, lang)));
    }
    if e.status == crate::domain::election::Status::Postponed {
        b.push(Block::Para(t(
            lang,
            "De verkiezing is aangehouden tot een volgende vergadering.",
            "The election was held over to a later meeting.",
        )));
    }
    if e.elected.is_empty() {
        return;
    }
    let elected = format!("{}.", join(&e.elected, lang));
    match f.decisions.iter().find(|d| d.election == Some(e.id)) {
        Some(d) => b.push(Block::Labeled(
            match lang {
                Lang::Nl => format!("Besluit {}:", d.code),
                Lang::En => format!("Resolved ({}):", d.code),
            },
            // The election's title as written: "Bestuur 2027" is a name, not a noun to inflect.
            match (lang, e.elected.len()) {
                (Lang::Nl, 1) => format!(
                    "in de verkiezing ‘{}’ is {} gekozen.",
                    d.title,
                    join(&e.elected, lang)
                ),
                (Lang::Nl, _) => format!(
                    "in de verkiezing ‘{}’ zijn {} gekozen.",
                    d.title,
                    join(&e.elected, lang)
                ),
                (Lang::En, 1) => format!(
                    "{} was elected in the election ‘{}’.",
                    join(&e.elected, lang),
                    d.title
                ),
                (Lang::En, _) => format!(
                    "{} were elected in the election ‘{}’.",
                    join(&e.elected, lang),
                    d.title
                ),
            },
        )),
        None => b.push(Block::Labeled(t(lang, "Gekozen:", "Elected:"), elected)),
    }
}

pub(super) fn round(e: &ElectionFacts, r: &RoundFacts, rules: &Rules, lang: Lang) -> String {
    let mut which = if r.runoff {
        match lang {
            Lang::Nl => format!("In de herstemming tussen {}", join(&r.candidates, lang)),
            Lang::En => format!("In the runoff between {}", join(&r.candidates, lang)),
        }
    } else {
        match lang {
            Lang::Nl => format!("In de {} stemronde", ordinal(r.number, lang)),
            Lang::En => format!("In the {} round", ordinal(r.number, lang)),
        }
    };
    if let Some(label) = &r.label {
        which.push_str(&format!(" ({label})"));
    }
    let cast = r.papers.saturating_sub(r.blank + r.invalid);
    let mut not_cast = Vec::new();
    if r.blank > 0 {
        not_cast.push(format!(
            "{} {}",
            num(r.blank, lang),
            t(lang, "blanco", "blank")
        ));
    }
    if r.invalid > 0 {
        not_cast.push(format!(
            "{} {}",
            num(r.invalid, lang),
            t(lang, "ongeldig", "invalid")
        ));
    }
    // One vote a paper: the valid papers are the votes cast. Other methods count papers.
    let one_vote = e.seats == 1 && matches!(e.method, Method::MajorityRunoff | Method::Plurality);
    let valid = match (one_vote, lang) {
        (true, _) => format!("{} {}", votes(cast, lang), t(lang, "uitgebracht", "cast")),
        (false, Lang::Nl) => format!("{} geldige stembriefjes", num(cast, lang)),
        (false, Lang::En) => format!("{} valid papers", num(cast, lang)),
    };
    let mut s = match (lang, not_cast.is_empty()) {
        (Lang::Nl, true) => format!(
            "{which} worden {} stembriefjes ingeleverd: {valid}.",
            num(r.papers, lang)
        ),
        (Lang::Nl, false) => format!(
            "{which} worden {} stembriefjes ingeleverd, waarvan {}: {valid}.",
            num(r.papers, lang),
            join(&not_cast, lang)
        ),
        (Lang::En, true) => format!(
            "{which}, {} ballot papers were handed in: {valid}.",
            num(r.papers, lang)
        ),
        (Lang::En, false) => format!(
            "{which}, {} ballot papers were handed in ({}): {valid}.",
            num(r.papers, lang),
            not_cast.join(", ")
        ),
    };
    if !r.counted {
        s.push(' ');
        s.push_str(&t(
            lang,
            "De ronde is niet geteld.",
            "The round was not counted.",
        ));
        return s;
    }
    if let Some(((first, n), others)) = r.votes.split_first() {
        let rest: Vec<String> = others
            .iter()
            .map(|(name, v)| format!("{name} {}", num(*v, lang)))
            .collect();
        s.push(' ');
        s.push_str(&match (lang, rest.is_empty()) {
            (Lang::Nl, true) => format!("{first} behaalt {}.", votes(*n, lang)),
            (Lang::Nl, false) => format!(
                "{first} behaalt {}, {}.",
                votes(*n, lang),
                join(&rest, lang)
            ),
            (Lang::En, true) => format!("{first} obtained {}.", votes(*n, lang)),
            (Lang::En, false) => format!(
                "{first} obtained {}, {}.",
                votes(*n, lang),
                join(&rest, lang)
            ),
        });
    }
    // A lot in the runoff decides the seat (runoff_tie); before it, a place in the runoff.
    let lot = statutes(
        rules,
        &[if r.runoff {
            "runoff_tie"
        } else {
            "tie_for_runoff_place"
        }],
        lang,
    );
    for (among, chosen) in &r.lots {
        s.push(' ');
        s.push_str(&match lang {
            Lang::Nl => format!(
                "Tussen {} beslist het lot{lot}: {chosen}.",
                join(among, lang)
            ),
            Lang::En => format!(
                "Between {} the lot{lot} fell on {chosen}.",
                join(among, lang)
            ),
        });
    }
    if !r.elected.is_empty() {
        let who = join(&r.elected, lang);
        s.push(' ');
        s.push_str(&match (
            lang,
            e.method,
            r.votes.iter().find(|(n, _)| r.elected.contains(n)),
        ) {
            (Lang::Nl, Method::MajorityRunoff, Some((_, v))) => format!(
                "{who} is gekozen met {} van de {} uitgebrachte stemmen.",
                num(*v, lang),
                num(cast, lang)
            ),
            (Lang::En, Method::MajorityRunoff, Some((_, v))) => format!(
                "{who} was elected with {} of the {} votes cast.",
                num(*v, lang),
                num(cast, lang)
            ),
            (Lang::Nl, _, _) => format!("Gekozen: {who}."),
            (Lang::En, _, _) => format!("Elected: {who}."),
        });
    } else if r.tie {
        s.push(' ');
        let article = statutes(rules, &["election_tie"], lang);
        s.push_str(&match lang {
            Lang::Nl => format!(
                "De stemmen staken; er volgt een nieuwe stemming tussen {}{article}.",
                join(&r.next, lang)
            ),
            Lang::En => format!(
                "The votes tied; a new ballot followed between {}{article}.",
                join(&r.next, lang)
            ),
        });
    } else if !r.next.is_empty() {
        s.push(' ');
        let article = statutes(
            rules,
            &[
                "free_rounds_before_runoff",
                "runoff_size",
                "runoff_drops_candidates",
            ],
            lang,
        );
        s.push_str(&match lang {
            Lang::Nl => format!(
                "Niemand behaalt de vereiste meerderheid; er volgt een herstemming tussen {}{article}.",
                join(&r.next, lang)
            ),
            Lang::En => format!(
                "Nobody obtained the required majority; a runoff followed between {}{article}.",
                join(&r.next, lang)
            ),
        });
    }
    s
}
