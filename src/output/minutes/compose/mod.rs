//! The minutes' text, in the order of `documents-nl.md`: title and header block (present,
//! apologies, proxies, chair, minute-taker), the agenda items in order with the opening, the
//! notes, the proposals with their votes and decisions and the elections, the closing, the
//! action items, the decision list, the departures from the rules recorded with `--force`, the
//! approval line with signatures, and the journal anchor.

use super::{Block, Facts, ProposalFacts};
use crate::domain::lang::Lang;
use crate::domain::meeting::agenda::Decides;
use crate::domain::vote::words::{fraction_words, join, num};
use crate::output::meeting_letter::{date_text, day_text};

mod elections;
mod end;
mod order;
mod votes;
mod words;

pub(super) use words::capital;

use elections::{election, is_election_item};
use end::{action_table, approval, decision_list, departures};
use votes::proposal;
use words::{bare, meeting_words, members, names, t, time, votes};

/// The whole document.
pub fn compose(f: &Facts) -> Vec<Block> {
    let lang = f.lang;
    let mut b = Vec::new();
    let what = meeting_words(f.meeting.kind, lang);
    b.push(Block::Title(match lang {
        Lang::Nl => format!("Notulen van {what} van {}", f.association),
        Lang::En => format!("Minutes of {what} of {}", f.association),
    }));
    b.push(Block::Subtitle(subtitle(f)));
    match (f.approval.is_none(), f.circulated) {
        (true, Some(on)) => b.push(Block::Mark(match lang {
            Lang::Nl => format!(
                "Concept, rondgestuurd op {} ter vaststelling door de algemene ledenvergadering.",
                day_text(on, lang)
            ),
            Lang::En => format!(
                "Draft, circulated on {} for approval by the general meeting.",
                day_text(on, lang)
            ),
        })),
        (true, None) => b.push(Block::Mark(t(
            lang,
            "Concept: nog niet vastgesteld door de algemene ledenvergadering.",
            "Draft: not yet approved by the general meeting.",
        ))),
        (false, _) => {}
    }
    header(f, &mut b);
    let mut placed = vec![false; f.elections.len()];
    let open_at = f.items.iter().position(|i| titled(i, &["opening"]));
    // Without an item "Opening" the meeting was still opened, before its first item: the opening
    // and the count of votes stand on their own, not in the account of item 1.
    if open_at.is_none() && !f.items.is_empty() {
        b.push(Block::Heading(t(lang, "Opening", "Opening")));
        opening(f, &mut b);
    }
    let close_at = f
        .items
        .iter()
        .rposition(|i| titled(i, &["sluiting", "closing", "close"]));
    for (i, item) in f.items.iter().enumerate() {
        if Some(i) == close_at {
            rest(f, &placed, &mut b);
        }
        b.push(Block::Heading(format!("{}. {}", item.position, item.title)));
        if Some(i) == open_at {
            opening(f, &mut b);
        }
        documents(f, item.position, &mut b);
        let main: Vec<&ProposalFacts> = f
            .proposals
            .iter()
            .filter(|p| p.item == Some(item.position) && !under_parent(f, p))
            .collect();
        let mut elections = Vec::new();
        if is_election_item(item) && !placed.iter().all(|d| *d) {
            elections.extend(f.elections.iter());
            placed.iter_mut().for_each(|d| *d = true);
        }
        order::item_body(f, item.position, &main, &elections, &mut b);
        actions_under(f, Some(item.position), &mut b);
        if Some(i) == close_at {
            closing(f, &mut b);
        }
    }
    if f.items.is_empty() {
        b.push(Block::Heading(t(lang, "Verslag", "Proceedings")));
        opening(f, &mut b);
    }
    if close_at.is_none() {
        rest(f, &placed, &mut b);
        closing(f, &mut b);
    }
    action_table(f, &mut b);
    decision_list(f, &mut b);
    departures(f, &mut b);
    approval(f, &mut b);
    if f.appendix {
        appendix(f, &mut b);
    }
    b
}

/// The technical appendix (`--appendix`): what a member does not need to read the minutes but
/// someone checking them does: the internal numbers of proposals and votes, the rules applied by
/// key, and the journal anchor.
fn appendix(f: &Facts, b: &mut Vec<Block>) {
    let lang = f.lang;
    b.push(Block::Heading(t(
        lang,
        "Technische bijlage",
        "Technical appendix",
    )));
    for p in &f.proposals {
        for v in &p.votes {
            let Some(tech) = &v.technical else { continue };
            b.push(Block::Para(match lang {
                Lang::Nl => format!(
                    "Stemming {} over voorstel {} (‘{}’): {tech}",
                    v.id, p.id, p.title
                ),
                Lang::En => format!("Vote {} on proposal {} (‘{}’): {tech}", v.id, p.id, p.title),
            }));
            if let Some(why) = &v.forced {
                b.push(Block::Para(match lang {
                    Lang::Nl => format!("Stemming {} is geopend met --force: {why}.", v.id),
                    Lang::En => format!("Vote {} was opened with --force: {why}.", v.id),
                }));
            }
        }
    }
    for e in &f.elections {
        b.push(Block::Para(match lang {
            Lang::Nl => format!("Verkiezing {} (‘{}’): methode {}.", e.id, e.title, e.method),
            Lang::En => format!("Election {} (‘{}’): method {}.", e.id, e.title, e.method),
        }));
    }
    if let Some((seq, hash)) = &f.journal {
        b.push(Block::Small(match lang {
            Lang::Nl => format!(
                "Kenmerk van het journaal bij het opstellen van deze tekst: vermelding {seq}, hash {hash}. Hiermee kan later worden nagegaan dat het register sindsdien niet is herschreven (`quorum journal verify --head {hash}`)."
            ),
            Lang::En => format!(
                "Journal anchor when this text was made: entry {seq}, hash {hash}. With it anyone can later check that the register has not been rewritten since (`quorum journal verify --head {hash}`)."
            ),
        }));
    }
}

/// An agenda item whose title starts with one of `words` ("Opening en mededelingen").
fn titled(item: &crate::domain::meeting::agenda::Item, words: &[&str]) -> bool {
    let title = item.title.to_lowercase();
    words.iter().any(|w| title.starts_with(w))
}

/// An amendment is told under the proposal it amends, before the vote on that proposal, when
/// that proposal is in these minutes.
pub(super) fn under_parent(f: &Facts, p: &ProposalFacts) -> bool {
    p.amends
        .is_some_and(|a| f.proposals.iter().any(|q| q.id == a && q.id != p.id))
}

/// What the agenda did not place: notes about the meeting as a whole, proposals not on an item,
/// elections without an election item, actions without an item; before the closing.
fn rest(f: &Facts, placed: &[bool], b: &mut Vec<Block>) {
    let lang = f.lang;
    let loose: Vec<&ProposalFacts> = f
        .proposals
        .iter()
        .filter(|p| {
            p.item
                .is_none_or(|n| !f.items.iter().any(|i| i.position == n))
                && !under_parent(f, p)
        })
        .collect();
    let general: Vec<_> = f.notes.iter().filter(|n| n.item.is_none()).collect();
    let elections: Vec<_> = f
        .elections
        .iter()
        .zip(placed)
        .filter(|(_, done)| !**done)
        .map(|(e, _)| e)
        .collect();
    let actions = f.actions.iter().any(|a| a.item.is_none());
    if loose.is_empty() && general.is_empty() && elections.is_empty() && !actions {
        return;
    }
    if !f.items.is_empty() {
        b.push(Block::Heading(t(
            lang,
            "Verder besproken",
            "Also dealt with",
        )));
    }
    for n in general {
        note(n, lang, b);
    }
    for p in loose {
        proposal(f, p, b);
    }
    for e in elections {
        election(f, e, b);
    }
    actions_under(f, None, b);
}

fn subtitle(f: &Facts) -> String {
    let lang = f.lang;
    let m = &f.meeting;
    let place = m.location.as_deref().map(|p| match lang {
        Lang::Nl => format!(" in {p}"),
        Lang::En => format!(" at {p}"),
    });
    let held = match lang {
        Lang::Nl => format!("gehouden op {}", day_text(m.date(), lang)),
        Lang::En => format!("held on {}", day_text(m.date(), lang)),
    };
    let times = match (f.opened, f.closed, lang) {
        (Some(o), Some(c), Lang::Nl) => format!(", van {} tot {}", bare(o, lang), time(c, lang)),
        (Some(o), Some(c), Lang::En) => format!(", from {} to {}", time(o, lang), time(c, lang)),
        (Some(o), None, Lang::Nl) => format!(", geopend om {}", time(o, lang)),
        (Some(o), None, Lang::En) => format!(", opened at {}", time(o, lang)),
        (None, _, _) => String::new(),
    };
    format!("{held}{}{times}", place.unwrap_or_default())
}

fn header(f: &Facts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let p = &f.presence;
    let listed = |s: &mut String| {
        if f.names && !p.present.is_empty() {
            s.push_str(&format!(" ({})", names(&p.present, lang)));
        }
    };
    let count = match lang {
        Lang::Nl => {
            let mut s = format!(
                "{} met samen {}",
                members(p.present_voters, lang),
                votes(p.present_votes, lang)
            );
            let others = p.present.len() as u64 - p.present_voters.min(p.present.len() as u64);
            if others > 0 {
                s.push_str(&format!(" en {} zonder stemrecht", members(others, lang)));
            }
            listed(&mut s);
            if !p.proxies.is_empty() {
                s.push_str(&format!(
                    "; daarnaast {} bij volmacht vertegenwoordigd ({})",
                    if p.proxies.len() == 1 {
                        "is één lid".to_string()
                    } else {
                        format!("zijn {}", members(p.proxies.len() as u64, lang))
                    },
                    votes(p.represented_votes, lang)
                ));
            }
            s
        }
        Lang::En => {
            let mut s = format!(
                "{} with a vote, holding {}",
                members(p.present_voters, lang),
                votes(p.present_votes, lang)
            );
            let others = p.present.len() as u64 - p.present_voters.min(p.present.len() as u64);
            if others > 0 {
                s.push_str(&format!(" and {} without a vote", members(others, lang)));
            }
            listed(&mut s);
            if !p.proxies.is_empty() {
                s.push_str(&format!(
                    "; {} represented by proxy ({})",
                    members(p.proxies.len() as u64, lang),
                    votes(p.represented_votes, lang)
                ));
            }
            s
        }
    };
    b.push(Block::Labeled(
        t(lang, "Aanwezig:", "Present:"),
        format!("{count}."),
    ));
    if !p.proxies.is_empty() {
        let list: Vec<String> = p
            .proxies
            .iter()
            .map(|(g, h)| match lang {
                Lang::Nl => format!("{} door {}", g.name, h.name),
                Lang::En => format!("{} by {}", g.name, h.name),
            })
            .collect();
        b.push(Block::Labeled(
            t(lang, "Bij volmacht:", "By proxy:"),
            format!("{}.", join(&list, lang)),
        ));
    }
    if !p.apologies.is_empty() {
        b.push(Block::Labeled(
            t(lang, "Afwezig met kennisgeving:", "Apologies:"),
            format!("{}.", names(&p.apologies, lang)),
        ));
    }
    if !p.left.is_empty() {
        let list: Vec<String> = p
            .left
            .iter()
            .map(|(who, at)| match (at, lang) {
                (Some(at), Lang::Nl) => format!("{} (om {})", who.name, time(*at, lang)),
                (Some(at), Lang::En) => format!("{} (at {})", who.name, time(*at, lang)),
                (None, _) => who.name.clone(),
            })
            .collect();
        b.push(Block::Labeled(
            t(
                lang,
                "Tijdens de vergadering vertrokken:",
                "Left during the meeting:",
            ),
            format!("{}.", join(&list, lang)),
        ));
    }
    if !p.guests.is_empty() {
        b.push(Block::Labeled(
            t(lang, "Gasten:", "Guests:"),
            format!("{}.", join(&p.guests, lang)),
        ));
    }
    let unknown = t(lang, "niet vastgelegd", "not recorded");
    b.push(Block::Labeled(
        t(lang, "Voorzitter:", "Chair:"),
        f.chair.clone().unwrap_or_else(|| unknown.clone()),
    ));
    b.push(Block::Labeled(
        t(lang, "Notulist:", "Minute-taker:"),
        f.secretary.clone().unwrap_or(unknown),
    ));
    if !f.tellers.is_empty() {
        b.push(Block::Labeled(
            t(lang, "Stemcommissie:", "Tellers:"),
            join(&f.tellers, lang),
        ));
    }
}

fn opening(f: &Facts, b: &mut Vec<Block>) {
    let lang = f.lang;
    let p = &f.presence;
    let available = p.present_votes + p.represented_votes;
    let mut s = match (f.opened, lang) {
        (Some(o), Lang::Nl) => format!(
            "De voorzitter opent om {} de vergadering en heet de aanwezigen welkom.",
            time(o, lang)
        ),
        (Some(o), Lang::En) => format!(
            "The chair opened the meeting at {} and welcomed those present.",
            time(o, lang)
        ),
        (None, Lang::Nl) => "De vergadering is (nog) niet geopend.".into(),
        (None, Lang::En) => "The meeting has not (yet) been opened.".into(),
    };
    // A meeting not opened has nobody present yet: "0 of the 4 votes … the meeting could
    // decide" would state what never happened.
    if f.opened.is_none() {
        b.push(Block::Para(s));
        return;
    }
    s.push(' ');
    s.push_str(&match lang {
        Lang::Nl => format!(
            "Er zijn {} van de {} aanwezig of vertegenwoordigd.",
            num(available, lang),
            votes(p.total_votes, lang)
        ),
        Lang::En => format!(
            "{} of the {} were present or represented.",
            capital(&num(available, lang)),
            votes(p.total_votes, lang)
        ),
    });
    s.push(' ');
    s.push_str(&quorum_sentence(f, available));
    b.push(Block::Para(s));
}

/// Every quorum the agenda calls for, met or not, with its numbers; or that there is none.
fn quorum_sentence(f: &Facts, available: u64) -> String {
    let lang = f.lang;
    let r = &f.rules;
    let total = f.presence.total_votes;
    let second = f.meeting.second_of.is_some();
    let decides = |d: Decides| f.items.iter().any(|i| i.decides == d);
    let mut rules: Vec<(&str, &str, Option<crate::domain::rules::Fraction>)> = Vec::new();
    rules.push((
        "voor gewone besluiten",
        "for ordinary decisions",
        r.quorum_ordinary,
    ));
    if decides(Decides::StatuteAmendment) {
        let q = if second {
            r.second_meeting_quorum
        } else {
            r.statute_amendment_quorum
        };
        rules.push(("voor een statutenwijziging", "for a statute amendment", q));
    }
    if decides(Decides::Dissolution) {
        rules.push(("voor ontbinding", "for dissolution", r.dissolution_quorum));
    }
    let set: Vec<_> = rules.iter().filter(|(_, _, q)| q.is_some()).collect();
    if set.is_empty() {
        return t(
            lang,
            "De statuten stellen geen quorum; de vergadering kan besluiten.",
            "The statutes set no quorum; the meeting could decide.",
        );
    }
    let parts: Vec<String> = set
        .iter()
        .map(|(nl, en, q)| {
            let q = q.expect("filtered");
            let needed = q.needed(total);
            let met = q.reached(available, total);
            match (lang, met) {
                (Lang::Nl, true) => format!(
                    "het quorum {nl} ({} van de stemmen, dat is {}) is bereikt",
                    fraction_words(q, lang),
                    votes(needed, lang)
                ),
                (Lang::Nl, false) => format!(
                    "het quorum {nl} ({} van de stemmen, dat is {}) is niet bereikt",
                    fraction_words(q, lang),
                    votes(needed, lang)
                ),
                (Lang::En, true) => format!(
                    "the quorum {en} ({} of the votes, that is {}) was present",
                    fraction_words(q, lang),
                    votes(needed, lang)
                ),
                (Lang::En, false) => format!(
                    "the quorum {en} ({} of the votes, that is {}) was not present",
                    fraction_words(q, lang),
                    votes(needed, lang)
                ),
            }
        })
        .collect();
    match lang {
        Lang::Nl => format!("De voorzitter stelt vast dat {}.", join(&parts, lang)),
        Lang::En => format!("The chair noted that {}.", join(&parts, lang)),
    }
}

/// The documents that lay with an item ("Stukken: Jaarrekening 2026, ter inzage bij de
/// secretaris."), those added after the convocation marked so.
fn documents(f: &Facts, position: u32, b: &mut Vec<Block>) {
    let lang = f.lang;
    let list: Vec<String> = f
        .documents
        .iter()
        .filter(|d| d.item == position)
        .map(|d| {
            let late = match (d.late, lang) {
                (false, _) => "",
                (true, Lang::Nl) => " (na de oproeping toegevoegd)",
                (true, Lang::En) => " (added after the convocation)",
            };
            format!(
                "{}, {}{late}",
                d.title,
                crate::output::meeting_letter::document_place(d, lang)
            )
        })
        .collect();
    if !list.is_empty() {
        b.push(Block::Labeled(
            t(lang, "Stukken:", "Documents:"),
            format!("{}.", list.join("; ")),
        ));
    }
}

pub(super) fn note(n: &super::NoteFacts, lang: Lang, b: &mut Vec<Block>) {
    if n.correction {
        b.push(Block::Labeled(
            t(lang, "Correctie:", "Correction:"),
            n.text.clone(),
        ));
    } else {
        b.push(Block::Para(n.text.clone()));
    }
}

fn closing(f: &Facts, b: &mut Vec<Block>) {
    let lang = f.lang;
    b.push(Block::Para(match (f.closed, lang) {
        (Some(c), Lang::Nl) => format!(
            "De voorzitter sluit om {} de vergadering en dankt de aanwezigen voor hun komst en inbreng.",
            time(c, lang)
        ),
        (Some(c), Lang::En) => format!(
            "There being no other business, the chair closed the meeting at {} and thanked those present.",
            time(c, lang)
        ),
        (None, Lang::Nl) => "De vergadering is (nog) niet gesloten.".into(),
        (None, Lang::En) => "The meeting has not (yet) been closed.".into(),
    }));
}

fn actions_under(f: &Facts, item: Option<u32>, b: &mut Vec<Block>) {
    for a in f.actions.iter().filter(|a| a.item == item) {
        let due = a.due.map(|d| match f.lang {
            Lang::Nl => format!(", uiterlijk {}", date_text(d, f.lang)),
            Lang::En => format!(", by {}", date_text(d, f.lang)),
        });
        b.push(Block::Labeled(
            match f.lang {
                Lang::Nl => format!("Actiepunt {}:", a.id),
                Lang::En => format!("Action {}:", a.id),
            },
            format!("{} ({}{}).", a.what, a.who, due.unwrap_or_default()),
        ));
    }
}
