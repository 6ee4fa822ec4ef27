//! Proposals and their votes in the minutes: the proposal with its verbatim text, how the
//! vote was taken, the explanation of the result, the chair's declaration, a challenge, and
//! the decision on its own line, with the register's number.

use super::super::{Block, DecisionFacts, Facts, ProposalFacts, VoteFacts};
use super::words::{members, t};
use crate::domain::lang::Lang;
use crate::domain::vote::Method;

pub(super) fn method_sentence(m: Method, lang: Lang) -> String {
    match (m, lang) {
        (Method::Hands, Lang::Nl) => "Er wordt gestemd bij handopsteken.".into(),
        (Method::RollCall, Lang::Nl) => "Er wordt hoofdelijk gestemd.".into(),
        (Method::Ballot, Lang::Nl) => "Er wordt schriftelijk en geheim gestemd.".into(),
        (Method::Hands, Lang::En) => "A vote was taken by show of hands.".into(),
        (Method::RollCall, Lang::En) => "A vote was taken by roll call.".into(),
        (Method::Ballot, Lang::En) => "A vote was taken by secret ballot.".into(),
    }
}

pub(super) fn proposal(f: &Facts, p: &ProposalFacts, b: &mut Vec<Block>) {
    head(f, p, b);
    // Amendments are dealt with before the vote on what they amend.
    for a in f
        .proposals
        .iter()
        .filter(|a| a.amends == Some(p.id) && a.id != p.id)
    {
        proposal(f, a, b);
    }
    for v in &p.votes {
        vote(f, v, b);
    }
}

/// The proposal's title, who made it, its verbatim text, and whether it was withdrawn.
pub(super) fn head(f: &Facts, p: &ProposalFacts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let by = match (p.by_board, lang) {
        (true, Lang::Nl) => "van het bestuur",
        (false, Lang::Nl) => "van leden",
        (true, Lang::En) => "by the board",
        (false, Lang::En) => "by members",
    };
    let amended = p.amends.map(|a| {
        f.proposals
            .iter()
            .find(|q| q.id == a)
            .map(|q| q.title.clone())
    });
    let head = match (amended, lang) {
        (Some(Some(a)), Lang::Nl) => {
            format!("Amendement {by} op het voorstel ‘{a}’: {}.", p.title)
        }
        (Some(Some(a)), Lang::En) => format!("Amendment {by} to the motion ‘{a}’: {}.", p.title),
        (Some(None), Lang::Nl) => format!("Amendement {by}: {}.", p.title),
        (Some(None), Lang::En) => format!("Amendment {by}: {}.", p.title),
        (None, Lang::Nl) => format!("Voorstel {by}: {}.", p.title),
        (None, Lang::En) => format!("Motion {by}: {}.", p.title),
    };
    b.push(Block::Para(head));
    if let Some(text) = p.text.as_deref().filter(|t| !t.trim().is_empty()) {
        b.push(Block::Quote(text.trim().to_string()));
    }
    if p.withdrawn {
        b.push(Block::Para(t(
            lang,
            "Het voorstel is ingetrokken.",
            "The proposal was withdrawn.",
        )));
    }
}

pub(super) fn vote(f: &Facts, v: &VoteFacts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let mut s = method_sentence(v.method, lang);
    if let Some(e) = &v.explanation {
        s.push(' ');
        s.push_str(e);
    } else {
        s.push(' ');
        s.push_str(&t(
            lang,
            "De stemming is niet afgesloten.",
            "The vote was not closed.",
        ));
    }
    b.push(Block::Para(s));
    if !v.roll.is_empty() {
        b.push(Block::Para(roll(v, lang)));
    }
    if let Some(d) = &v.declaration {
        b.push(Block::Para(d.clone()));
    }
    if v.superseded_by.is_some() {
        b.push(Block::Para(match lang {
            Lang::Nl => format!(
                "Direct na de uitslag {} {} om een nieuwe stemming (art. 2:13 lid 4 BW); de voorzitter laat opnieuw stemmen. De eerste stemming vervalt.",
                crate::domain::text::plural(v.challengers as u64, "verzoekt", "verzoeken"),
                members(v.challengers as u64, lang)
            ),
            Lang::En => format!(
                "Immediately after the result, {} asked for a new vote (BW 2:13(4)); the chair had the vote taken again. The first vote lapsed.",
                members(v.challengers as u64, lang)
            ),
        }));
        return;
    }
    let amendment = f
        .proposals
        .iter()
        .any(|p| p.amends.is_some() && p.votes.iter().any(|x| x.id == v.id));
    if let Some(d) = f.decisions.iter().find(|d| d.vote == Some(v.id)) {
        b.push(Block::Labeled(
            match lang {
                Lang::Nl => format!("Besluit {}:", d.code),
                Lang::En => format!("Resolved ({}):", d.code),
            },
            decision_words(d, lang, amendment),
        ));
        if d.status == crate::domain::decision::Status::AwaitingDeed {
            b.push(Block::Para(t(
                lang,
                "De statutenwijziging treedt pas in werking wanneer de notariële akte is verleden (BW 2:43).",
                "The statute amendment takes effect only when the notarial deed has been executed (BW 2:43).",
            )));
        }
    }
}

pub(super) fn decision_words(d: &DecisionFacts, lang: Lang, amendment: bool) -> String {
    let noun = match (amendment, lang) {
        (false, Lang::Nl) => "het voorstel",
        (true, Lang::Nl) => "het amendement",
        (false, Lang::En) => "the motion",
        (true, Lang::En) => "the amendment",
    };
    use crate::domain::decision::Outcome;
    match (d.outcome, lang) {
        (Outcome::Adopted, Lang::Nl) => format!("{noun} ‘{}’ is aangenomen.", d.title),
        (Outcome::Rejected, Lang::Nl) => format!("{noun} ‘{}’ is verworpen.", d.title),
        (Outcome::Adopted, Lang::En) => format!("{noun} ‘{}’ was carried.", d.title),
        (Outcome::Rejected, Lang::En) => format!("{noun} ‘{}’ was lost.", d.title),
        (Outcome::Elected, _) => format!("{}.", d.title),
    }
}

/// "Hoofdelijk voor: A, B en C (2); tegen: D." A voter whose votes did not all go one way, or
/// who has more than one, is named with the number of votes in each list.
fn roll(v: &VoteFacts, lang: Lang) -> String {
    use crate::domain::vote::Choice;
    let order = [
        (Choice::For, "voor", "for"),
        (Choice::Against, "tegen", "against"),
        (Choice::Abstain, "onthouding", "abstained"),
        (Choice::Blank, "blanco", "blank"),
    ];
    let mut parts = Vec::new();
    for (choice, nl, en) in order {
        let names: Vec<String> = v
            .roll
            .iter()
            .filter_map(|(name, weight, split)| {
                let n = split.iter().find(|(c, _)| *c == choice).map(|(_, n)| *n)?;
                Some(if n == 1 && *weight == 1 {
                    name.clone()
                } else {
                    format!("{name} ({n})")
                })
            })
            .collect();
        if !names.is_empty() {
            parts.push(format!(
                "{}: {}",
                t(lang, nl, en),
                crate::domain::vote::words::join(&names, lang)
            ));
        }
    }
    match lang {
        Lang::Nl => format!("Hoofdelijk uitgebracht, {}.", parts.join("; ")),
        Lang::En => format!("By name, {}.", parts.join("; ")),
    }
}
