//! `demo`: the use-case side of the demo association: the votes a general meeting held on a date
//! would count per category, as the voting roll gives them.

use chrono::NaiveDate;
use serde::Serialize;

use crate::domain::category::Category;
use crate::store::ReadTx;

pub mod run;
pub mod seed;

/// One category's members and votes on a date.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryVotes {
    pub category: String,
    pub has_vote: bool,
    pub weight: u32,
    pub members: u32,
    pub votes: u32,
}

/// Members and votes per category on `on`, in the order of `categories`. `members` are those who
/// are members on `on`; suspended ones are counted as members with no vote (BW 2:24d). The
/// voting roll decides the votes, under the rules in force on `on`.
pub fn votes_by_category(
    tx: &ReadTx<'_>,
    categories: &[Category],
    on: NaiveDate,
) -> anyhow::Result<Vec<CategoryVotes>> {
    let mut rows: Vec<CategoryVotes> = categories
        .iter()
        .map(|c| CategoryVotes {
            category: c.name.clone(),
            has_vote: c.has_vote,
            weight: c.weight,
            ..Default::default()
        })
        .collect();
    tx.roll_on(on, |_, c, standing| {
        if let Some(row) = rows.iter_mut().find(|r| r.category == c.name)
            && standing.status.is_member()
        {
            row.members += 1;
            row.votes += standing.votes;
        }
        Ok(())
    })?;
    Ok(rows)
}

/// One vote of the demo meeting, closed, with the question it decided.
pub struct DemoVote {
    pub title: String,
    pub row: crate::domain::vote::Vote,
}

/// The two proposals of the demo meeting, put on its agenda before the convocation goes out:
/// the budget and joining the energy cooperative (by the board).
pub fn meeting_proposals(
    store: &mut crate::store::Store,
    actor: &crate::store::Actor,
    meeting: i64,
    today: NaiveDate,
) -> anyhow::Result<[(i64, &'static str); 2]> {
    use crate::domain::proposal::Kind;
    use crate::ops::proposal::{By, Draft};
    let mut put = |title: &'static str, kind| -> anyhow::Result<(i64, &'static str)> {
        let added = crate::ops::proposal::new(
            store,
            actor,
            today,
            Draft {
                title: title.into(),
                text: None,
                kind,
                by: By::Board,
                meeting: Some(meeting),
                member: None,
            },
        )?;
        Ok((added.value.proposal.id, title))
    };
    Ok([
        put("Begroting 2027", Kind::Budget)?,
        put(
            "Aansluiten bij de energiecoöperatie van de gemeente",
            Kind::Ordinary,
        )?,
    ])
}

/// The votes of the demo meeting (open, with members 1, 2, 3, 6 and 8 present and proxies
/// 4 → 1 and 9 → 2) on `proposals`: the budget by show of hands, declared adopted by the chair;
/// then a roll call in which the holder of a collective's proxy splits its three votes.
pub fn meeting_votes(
    store: &mut crate::store::Store,
    actor: &crate::store::Actor,
    proposals: [(i64, &'static str); 2],
) -> anyhow::Result<Vec<DemoVote>> {
    use crate::domain::rules::decide::Tally;
    use crate::domain::vote::{Choice, Declared, Method};
    use crate::ops::vote::{self, For};

    let [(budget, budget_title), (coop, coop_title)] = proposals;
    let mut done = Vec::new();
    let hands = vote::open(store, actor, budget, Method::Hands, false, false)?.value;
    let t = Tally {
        votes_for: 7,
        against: 2,
        blank: 1,
        ..Default::default()
    };
    vote::count(store, actor, vote::Which::vote(hands.id), t)?;
    let row = vote::close(
        store,
        actor,
        vote::Which::vote(hands.id),
        Some(Declared::Adopted),
    )?
    .value
    .view
    .vote;
    done.push(DemoVote {
        title: budget_title.into(),
        row,
    });

    let roll = vote::open(store, actor, coop, Method::RollCall, false, false)?.value;
    let casts: [(i64, Choice, For, Option<&str>); 5] = [
        (1, Choice::For, For::WithProxies, None),
        (2, Choice::Against, For::Own, None),
        (2, Choice::For, For::Member(9), Some("for=2,against=1")),
        (3, Choice::For, For::Own, None),
        (8, Choice::Against, For::Own, Some("for=1,against=2")),
    ];
    for (number, choice, whom, split) in casts {
        vote::cast(
            store,
            actor,
            vote::Which::vote(roll.id),
            number,
            choice,
            whom,
            split,
        )?;
    }
    let row = vote::close(store, actor, vote::Which::vote(roll.id), None)?
        .value
        .view
        .vote;
    done.push(DemoVote {
        title: coop_title.into(),
        row,
    });
    Ok(done)
}

/// The board election of the demo meeting, rules.md Example 3 scaled to the 11 votes present or
/// represented (a round holds no more papers): round 1 with 11 papers (4, 3 and 2 for three
/// candidates, 1 blank, 1 naming two people), nobody above half of the 9 votes cast, a runoff
/// between the first two (6 against 4, 1 blank). Returns both counts.
pub fn meeting_election(
    store: &mut crate::store::Store,
    actor: &crate::store::Actor,
    meeting: i64,
) -> anyhow::Result<Vec<crate::ops::election::RoundCount>> {
    use crate::ops::election::{self, PaperIn, Who};
    let id = election::new(
        store,
        actor,
        &election::Spec {
            meeting_id: meeting,
            title: "Bestuurslid",
            seats: 1,
            method: crate::tally::Method::MajorityRunoff,
            seed: 2026,
            board: true,
        },
    )?
    .value
    .did;
    for name in ["Annelies", "Bart", "Chris"] {
        election::add_candidate(
            store,
            actor,
            id,
            &Who::Name(name.into()),
            Some("members"),
            false,
        )?;
    }
    let papers = |counts: &[(&str, usize)], blank: usize, double: usize| {
        let mut out: Vec<PaperIn> = Vec::new();
        for (name, n) in counts {
            out.extend((0..*n).map(|_| PaperIn {
                names: vec![name.to_string()],
                invalid: None,
            }));
        }
        out.extend((0..blank).map(|_| PaperIn {
            names: Vec::new(),
            invalid: None,
        }));
        out.extend((0..double).map(|_| PaperIn {
            names: vec!["Annelies".into(), "Bart".into()],
            invalid: None,
        }));
        out
    };
    let first = papers(&[("Annelies", 4), ("Bart", 3), ("Chris", 2)], 1, 1);
    election::ballots(store, actor, id, &first, false, false)?;
    let round1 = election::count(store, actor, id)?.value;
    election::next_round(store, actor, id)?;
    election::ballots(
        store,
        actor,
        id,
        &papers(&[("Annelies", 6), ("Bart", 4)], 1, 0),
        false,
        false,
    )?;
    let round2 = election::count(store, actor, id)?.value;
    Ok(vec![round1, round2])
}

/// What the secretary notes during the demo meeting, before its votes: the chair and
/// minute-taker, and what was said under the items (the minutes tell them in this order).
pub fn meeting_notes(
    store: &mut crate::store::Store,
    actor: &crate::store::Actor,
    meeting: i64,
) -> anyhow::Result<()> {
    use crate::ops::minutes::note;
    store.write(actor, |tx| {
        let m = tx.meeting(meeting)?;
        crate::ops::minutes::officers_in(tx, &m, Some(1), Some(3))
    })?;
    let notes: [(u32, &str); 4] = [
        (
            1,
            "De voorzitter meldt dat de gemeente de subsidie voor het buurthuis met twee jaar heeft verlengd.",
        ),
        (
            3,
            "De secretaris licht het jaarverslag toe. Op een vraag van de heer Jansen antwoordt hij dat het aantal aangesloten collectieven gelijk is gebleven.",
        ),
        (
            8,
            "Op een vraag van Woongroep 't Hofje antwoordt de penningmeester dat de aansluiting geen hogere contributie vraagt.",
        ),
        (9, "Er zijn geen vragen."),
    ];
    for (item, text) in notes {
        note(store, actor, meeting, Some(item), text, false, None)?;
    }
    Ok(())
}

/// What the secretary records at the end of the demo meeting: an action item, and the close at
/// 21.45.
pub fn meeting_minutes(
    store: &mut crate::store::Store,
    actor: &crate::store::Actor,
    meeting: i64,
    starts: chrono::NaiveDateTime,
) -> anyhow::Result<()> {
    crate::ops::minutes::action(
        store,
        actor,
        meeting,
        Some(8),
        "het bestuur",
        "de aanmelding bij de energiecoöperatie regelen",
        Some(starts.date() + chrono::Days::new(42)),
    )?;
    crate::ops::meeting::open_close(
        store,
        actor,
        meeting,
        starts + chrono::Duration::minutes(135),
        false,
    )?;
    Ok(())
}

/// The demo's board as it sat before the association used quorum (one seat per year of the
/// retirement schedule), and the audit committee of last year: two members off the board.
pub fn board_and_committee(
    store: &mut crate::store::Store,
    actor: &crate::store::Actor,
    today: NaiveDate,
) -> anyhow::Result<(
    Vec<crate::ops::board::SeatView>,
    crate::ops::kascommissie::CommitteeView,
)> {
    use crate::domain::office::Role;
    use crate::ops::board::{Add, Grounds, add};
    let history = Grounds {
        decision: None,
        before_quorum: true,
    };
    for (number, role, since) in [
        (1, Role::Voorzitter, "2024-05-18"),
        (3, Role::Secretaris, "2025-05-17"),
        (10, Role::Penningmeester, "2025-05-17"),
    ] {
        add(
            store,
            actor,
            &Add {
                number,
                role,
                since: since.parse()?,
                until: None,
                grounds: history.clone(),
            },
        )?;
    }
    let year = crate::domain::office::year_before(&crate::domain::rules::Rules::default(), today);
    let committee =
        crate::ops::kascommissie::set(store, actor, year, &[2, 4], &history, today)?.value;
    let board = crate::ops::board::sitting(store, today)?;
    Ok((board, committee))
}
