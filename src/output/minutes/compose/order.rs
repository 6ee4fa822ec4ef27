//! The order of the meeting within an agenda item: its notes, the votes on its proposals and
//! their amendments, and its elections, told in the order they happened. A proposal is
//! introduced before the first thing told about it, an amendment under its proposal just before
//! the vote on it; what has no moment (a proposal never put to the vote) comes last.

use std::collections::BTreeSet;

use super::super::{Block, ElectionFacts, Facts, Moment, NoteFacts, ProposalFacts, VoteFacts};
use super::elections::election;
use super::note;
use super::votes::{head, vote};

enum Event<'a> {
    Note(&'a NoteFacts),
    Vote(&'a ProposalFacts, &'a VoteFacts),
    Election(&'a ElectionFacts),
}

/// Sorts by moment, keeping the given order among equal moments and putting the untimed last.
fn in_order<T>(mut events: Vec<(Option<Moment>, T)>) -> Vec<T> {
    events.sort_by_key(|(at, _)| (at.is_none(), *at));
    events.into_iter().map(|(_, e)| e).collect()
}

/// The body of agenda item `position`: `main` are the proposals it puts to the meeting (their
/// amendments come with them), `elections` those held under it.
pub(super) fn item_body(
    f: &Facts,
    position: u32,
    main: &[&ProposalFacts],
    elections: &[&ElectionFacts],
    b: &mut Vec<Block>,
) {
    let family = |p: &ProposalFacts| -> Vec<&ProposalFacts> {
        let mut all = vec![];
        let mut stack = vec![p.id];
        while let Some(id) = stack.pop() {
            for q in f.proposals.iter().filter(|q| q.id == id) {
                all.push(q);
            }
            for a in f
                .proposals
                .iter()
                .filter(|a| a.amends == Some(id) && a.id != id)
            {
                stack.push(a.id);
            }
        }
        all
    };
    let mut events: Vec<(Option<Moment>, Event)> = f
        .notes
        .iter()
        .filter(|n| n.item == Some(position))
        .map(|n| (n.at, Event::Note(n)))
        .collect();
    for p in main {
        for q in family(p) {
            events.extend(q.votes.iter().map(|v| (v.at, Event::Vote(q, v))));
        }
    }
    events.extend(elections.iter().map(|e| (e.at, Event::Election(e))));
    let mut shown = BTreeSet::new();
    // The item's first proposal is what the item is about: it opens the account.
    if let Some(first) = main.first() {
        introduce(f, first, &mut shown, b);
    }
    for event in in_order(events) {
        match event {
            Event::Note(n) => note(n, f.lang, b),
            Event::Vote(p, v) => {
                introduce(f, p, &mut shown, b);
                vote(f, v, b);
            }
            Event::Election(e) => election(f, e, b),
        }
    }
    for p in main {
        for q in family(p) {
            introduce(f, q, &mut shown, b);
        }
    }
}

/// Tells a proposal's title and text once, after the proposal it amends.
fn introduce(f: &Facts, p: &ProposalFacts, shown: &mut BTreeSet<i64>, b: &mut Vec<Block>) {
    if let Some(parent) = p
        .amends
        .and_then(|a| f.proposals.iter().find(|q| q.id == a && q.id != p.id))
    {
        introduce(f, parent, shown, b);
    }
    if shown.insert(p.id) {
        head(f, p, b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: u32, seq: i64) -> Option<Moment> {
        Moment::new(&format!("2027-04-15T20:{minute:02}:00Z"), Some(seq))
    }

    #[test]
    fn events_follow_their_moments_then_their_recording() {
        let events = vec![
            (at(30, 9), "the result"),
            (None, "never voted"),
            (at(10, 5), "the discussion"),
            (at(30, 7), "the count"),
            (at(30, 10), "acceptance"),
        ];
        assert_eq!(
            in_order(events),
            [
                "the discussion",
                "the count",
                "the result",
                "acceptance",
                "never voted"
            ]
        );
    }
}
