//! Votes through the use cases, on a real database file: Example 1 by hands, a weighted
//! federation's roll call with proxies and a split, every refusal, Example 2 at both meetings,
//! and Example 4 (challenge, new vote, superseded).

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::domain::category::{Category, defaults};
use crate::domain::meeting::Kind as MeetingKind;
use crate::domain::meeting::proxy::Form;
use crate::domain::member::{MemberData, NewMember};
use crate::domain::proposal::Kind;
use crate::domain::vote::{Choice, Declared, Method};
use crate::ops::meeting as om;
use crate::store::meetings::NewMeeting;
use crate::store::proposals::{NewProposal, Signer};

// The use cases by the vote's number, returning what they did: the shape these tests were
// written against before the ops took a `Which` and returned `Changed`.
fn open(
    store: &mut Store,
    a: &Actor,
    p: i64,
    method: Method,
    force: bool,
    parallel: bool,
) -> anyhow::Result<Opened> {
    super::open(store, a, p, method, force, parallel).map(|c| c.value)
}

fn count(store: &mut Store, a: &Actor, id: i64, t: Tally) -> anyhow::Result<()> {
    super::count(store, a, Which::vote(id), t).map(|_| ())
}

fn cast(
    store: &mut Store,
    a: &Actor,
    id: i64,
    number: i64,
    choice: Choice,
    whom: For,
    split: Option<&str>,
) -> anyhow::Result<Vec<Cast>> {
    super::cast(store, a, Which::vote(id), number, choice, whom, split).map(|c| c.value.did)
}

fn close(
    store: &mut Store,
    a: &Actor,
    id: i64,
    declared: Option<Declared>,
) -> anyhow::Result<(Vote, Option<Declaration>)> {
    super::close(store, a, Which::vote(id), declared).map(|c| (c.value.view.vote, c.value.did))
}

fn challenge(
    store: &mut Store,
    a: &Actor,
    id: i64,
    by: &[i64],
    method: Option<Method>,
) -> anyhow::Result<i64> {
    super::challenge(store, a, id, by, method).map(|c| c.value.view.vote.id)
}

fn convert(store: &mut Store, a: &Actor, id: i64, to: Method, n: u64) -> anyhow::Result<()> {
    super::convert(store, a, id, to, n).map(|_| ())
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(d: NaiveDate) -> NaiveDateTime {
    d.and_hms_opt(19, 30, 0).unwrap()
}

fn actor() -> Actor {
    Actor {
        name: "test".into(),
        command: "vote".into(),
        at: chrono::DateTime::parse_from_rfc3339("2026-05-30T18:00:00Z")
            .unwrap()
            .to_utc(),
    }
}

/// A registry with members 1..=n of `category` (made with `weight` votes each), rules from
/// 2020 with `pairs` set.
fn registry(n: i64, weight: u32, pairs: &[(&str, &str)]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.db")).unwrap();
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    store
        .write(&actor(), |tx| {
            tx.set_association("Vereniging Test")?;
            for c in defaults() {
                tx.add_category(&c)?;
            }
            tx.add_category(&Category {
                name: "club".into(),
                is_member: true,
                has_vote: true,
                weight,
                description: None,
            })?;
            tx.init_rules(ymd(2020, 1, 1))?;
            if !pairs.is_empty() {
                tx.change_rules(Some(ymd(2020, 1, 1)), ymd(2026, 1, 1), None, |r| {
                    let mut r = r.clone();
                    for (k, v) in &pairs {
                        r.set(k, v)?;
                    }
                    Ok(r)
                })?;
            }
            for i in 1..=n {
                tx.add_member(
                    &NewMember {
                        number: Some(i),
                        data: MemberData {
                            family_name: Some(format!("Lid {i}")),
                            ..Default::default()
                        },
                        category: "club".into(),
                        joined: ymd(2020, 1, 1).into(),
                        left: None,
                        ..Default::default()
                    },
                    "test",
                )?;
            }
            Ok(())
        })
        .unwrap();
    (dir, store)
}

/// An open meeting on `day` with members `present` checked in and `proxies` (giver, holder,
/// instruction) given.
fn meeting(
    store: &mut Store,
    day: NaiveDate,
    second_of: Option<i64>,
    present: &[i64],
    proxies: &[(i64, i64, Option<&str>)],
) -> i64 {
    let a = actor();
    let (m, _) = om::new(
        store,
        &a,
        NewMeeting {
            title: "ALV".into(),
            starts_at: at(day),
            ends_at: None,
            location: None,
            kind: MeetingKind::Regular,
            second_of,
        },
    )
    .unwrap()
    .value;
    for (g, h, ins) in proxies {
        om::give_proxy(store, &a, m.id, *g, *h, *ins, Form::Paper, day).unwrap();
    }
    om::open(store, &a, m.id, at(day), true).unwrap();
    om::checkin(store, &a, m.id, present, None).unwrap();
    m.id
}

fn proposal(store: &mut Store, meeting: i64, kind: Kind) -> i64 {
    store
        .write(&actor(), |tx| {
            Ok(tx
                .add_proposal(
                    &NewProposal {
                        title: "Voorstel".into(),
                        text: Some("De tekst.".into()),
                        kind,
                        by_board: true,
                        meeting_id: Some(meeting),
                        amends: None,
                        today: ymd(2026, 1, 1),
                        member_id: None,
                    },
                    &[],
                )?
                .id)
        })
        .unwrap()
}

fn err(r: anyhow::Result<impl std::fmt::Debug>) -> String {
    r.expect_err("should be refused").to_string()
}

fn range(a: i64, b: i64) -> Vec<i64> {
    (a..=b).collect()
}

#[test]
fn example_1_by_show_of_hands() {
    let (_d, mut store) = registry(150, 1, &[]);
    let a = actor();
    // 80 in person, 5 by proxy: 85 present or represented.
    let proxies: Vec<(i64, i64, Option<&str>)> = (81..=85).map(|g| (g, g - 80, None)).collect();
    let m = meeting(&mut store, ymd(2026, 5, 30), None, &range(1, 80), &proxies);
    let p = proposal(&mut store, m, Kind::Ordinary);
    let v = open(&mut store, &a, p, Method::Hands, false, false).unwrap();
    // The helper's meeting was opened unconvened (forced): the only warning says so.
    assert_eq!(
        v.warnings,
        vec![format!(
            "a decision on proposal {p} will be voidable: the meeting was opened without a recorded convocation (BW 2:15)"
        )]
    );
    let statement: serde_json::Value =
        serde_json::from_str(&store.read(|tx| tx.vote(v.id)).unwrap().statement).unwrap();
    assert_eq!(statement["available_votes"], 85);
    // More than present is refused, and nothing is recorded.
    let t = |f, a, b, i| Tally {
        votes_for: f,
        against: a,
        blank: b,
        invalid: i,
        abstain: 0,
    };
    let e = err(count(&mut store, &a, v.id, t(41, 30, 10, 5)));
    assert!(
        e.contains("add up to 86") && e.contains("only 85 votes"),
        "{e}"
    );
    assert_eq!(store.read(|tx| tx.vote(v.id)).unwrap().tally, None);
    count(&mut store, &a, v.id, t(40, 30, 10, 5)).unwrap();
    let e = err(cast(&mut store, &a, v.id, 1, Choice::For, For::Own, None));
    assert!(e.contains("roll call"), "{e}");
    let (row, d) = close(&mut store, &a, v.id, Some(Declared::Adopted)).unwrap();
    assert_eq!(row.result_name(), Some("adopted"));
    assert_eq!((row.base_votes, row.needed), (Some(70), Some(36)));
    assert!(d.unwrap().agrees);
    assert_eq!(row.declaration_differs, Some(false));
    assert!(row.explanation.unwrap().starts_with(
        "Aangenomen: 40 stemmen voor is meer dan de helft van de 70 uitgebrachte stemmen (40 voor + 30 tegen)"
    ));
    let e = err(close(&mut store, &a, v.id, None));
    assert!(e.contains("closed already"), "{e}");
    let e = err(count(&mut store, &a, v.id, t(1, 0, 0, 0)));
    assert!(e.contains("takes no more votes"), "{e}");
    let st = store.read(|tx| tx.proposal(p)).unwrap().status;
    assert_eq!(st, Status::Decided);
    let e = err(open(&mut store, &a, p, Method::Hands, false, false));
    assert!(e.contains("only a draft proposal"), "{e}");
}

#[test]
fn a_weighted_federation_votes_by_name_with_proxies_and_a_split() {
    // Four clubs of 5 votes; 1 and 3 present, 2 gave 1 a proxy instructing "for", 4 absent.
    let (_d, mut store) = registry(4, 5, &[]);
    let a = actor();
    let m = meeting(
        &mut store,
        ymd(2026, 5, 30),
        None,
        &[1, 3],
        &[(2, 1, Some("for"))],
    );
    let p = proposal(&mut store, m, Kind::Ordinary);
    let v = open(&mut store, &a, p, Method::RollCall, false, false)
        .unwrap()
        .id;
    let casts = cast(
        &mut store,
        &a,
        v,
        1,
        Choice::Against,
        For::WithProxies,
        None,
    )
    .unwrap();
    assert_eq!(
        casts.iter().map(|c| c.number).collect::<Vec<_>>(),
        vec![1, 2]
    );
    let notes: Vec<_> = casts.iter().filter_map(Cast::instruction_note).collect();
    assert_eq!(
        notes,
        vec!["member 2's proxy instructs 'for'; this vote goes against the instruction"]
    );
    assert!(casts[1].against_instruction && !casts[0].against_instruction);
    let e = err(cast(
        &mut store,
        &a,
        v,
        3,
        Choice::For,
        For::Own,
        Some("for=3,against=1"),
    ));
    assert!(
        e.contains("add up to 4") && e.contains("has 5 votes"),
        "{e}"
    );
    let e = err(cast(&mut store, &a, v, 4, Choice::For, For::Own, None));
    assert!(e.contains("member 4 is not present"), "{e}");
    let e = err(cast(
        &mut store,
        &a,
        v,
        3,
        Choice::For,
        For::Member(4),
        None,
    ));
    assert!(e.contains("holds no proxy from member 4"), "{e}");
    let e = err(cast(&mut store, &a, v, 99, Choice::For, For::Own, None));
    assert!(e.contains("no member with number 99"), "{e}");
    let c = cast(
        &mut store,
        &a,
        v,
        3,
        Choice::For,
        For::Own,
        Some("for=3,against=2"),
    )
    .unwrap();
    assert!(!c[0].changed);
    // Voting again changes the vote: the last one counts, and the journal has both.
    let c = cast(
        &mut store,
        &a,
        v,
        3,
        Choice::For,
        For::Own,
        Some("for=4,blank=1"),
    )
    .unwrap();
    assert!(c[0].changed);
    let casts = store.read(|tx| tx.vote_casts(v)).unwrap();
    assert_eq!(casts.len(), 3);
    let (row, d) = close(&mut store, &a, v, Some(Declared::Adopted)).unwrap();
    let t = row.tally.unwrap();
    assert_eq!((t.votes_for, t.against, t.blank), (4, 10, 1));
    assert_eq!(row.result_name(), Some("rejected"));
    // The chair declared otherwise: both kept, flagged.
    let d = d.unwrap();
    assert!(!d.agrees);
    assert_eq!(
        (row.declaration_name(), row.declaration_differs),
        (Some("adopted"), Some(true))
    );
    let e = err(cast(&mut store, &a, v, 1, Choice::For, For::Own, None));
    assert!(e.contains("closed already"), "{e}");
}

#[test]
fn excluded_members_neither_vote_nor_count() {
    let (_d, mut store) = registry(4, 1, &[]);
    let a = actor();
    let m = meeting(&mut store, ymd(2026, 5, 30), None, &[1, 2, 3], &[]);
    let p = proposal(&mut store, m, Kind::Ordinary);
    store
        .write(&a, |tx| {
            let id = tx.member_id(3)?.unwrap();
            tx.exclude_from_proposal(
                p,
                &Signer {
                    member_id: id,
                    number: 3,
                },
                Some("own contract"),
                false,
            )
        })
        .unwrap();
    let v = open(&mut store, &a, p, Method::Hands, false, false)
        .unwrap()
        .id;
    let e = err(count(
        &mut store,
        &a,
        v,
        Tally {
            votes_for: 3,
            ..Tally::default()
        },
    ));
    assert!(e.contains("only 2 votes"), "{e}");
    count(
        &mut store,
        &a,
        v,
        Tally {
            votes_for: 2,
            ..Tally::default()
        },
    )
    .unwrap();
    let (row, _) = close(&mut store, &a, v, None).unwrap();
    assert_eq!((row.present_votes, row.total_votes), (Some(2), Some(3)));
    let p2 = proposal(&mut store, m, Kind::Ordinary);
    store
        .write(&a, |tx| {
            let id = tx.member_id(3)?.unwrap();
            tx.exclude_from_proposal(
                p2,
                &Signer {
                    member_id: id,
                    number: 3,
                },
                None,
                false,
            )
        })
        .unwrap();
    let v2 = open(&mut store, &a, p2, Method::RollCall, false, false)
        .unwrap()
        .id;
    let e = err(cast(&mut store, &a, v2, 3, Choice::For, For::Own, None));
    assert!(
        e.contains("excluded from the vote") && e.contains("BW 2:12"),
        "{e}"
    );
    // Nor may they demand a new vote on the first proposal.
    let e = err(challenge(&mut store, &a, v, &[3], None));
    assert!(
        e.contains("member 3 is excluded") && e.contains("cannot demand"),
        "{e}"
    );
}

#[test]
fn example_2_statute_amendment_at_both_meetings() {
    let (_d, mut store) = registry(194, 1, &[("statute_amendment_quorum", "2/3")]);
    let a = actor();
    let first = ymd(2026, 5, 2);
    let proxies: Vec<(i64, i64, Option<&str>)> = (102..=121).map(|g| (g, g - 101, None)).collect();
    let m1 = meeting(&mut store, first, None, &range(1, 101), &proxies);
    let p = proposal(&mut store, m1, Kind::Statutes);
    let e = err(open(&mut store, &a, p, Method::Hands, true, false));
    assert!(
        e.contains("121 of the 194 votes")
            && e.contains("statute_amendment_quorum = 2/3 needs 130"),
        "{e}"
    );
    assert_eq!(store.read(|tx| tx.votes(None)).unwrap().len(), 0);
    om::open_close(
        &mut store,
        &a,
        m1,
        at(first)
            .checked_add_signed(chrono::TimeDelta::hours(2))
            .unwrap(),
        false,
    )
    .unwrap();

    // The second meeting, within 28 days, decides whatever the attendance.
    let second = ymd(2026, 5, 28);
    let proxies: Vec<(i64, i64, Option<&str>)> = (61..=68).map(|g| (g, g - 60, None)).collect();
    let m2 = meeting(&mut store, second, Some(m1), &range(1, 60), &proxies);
    let p2 = proposal(&mut store, m2, Kind::Statutes);
    // Not convened and no inspection recorded: refused, unless forced (then voidable).
    let e = err(open(&mut store, &a, p2, Method::Hands, false, false));
    assert!(e.contains("cannot open") && e.contains("BW 2:42"), "{e}");
    let v = open(&mut store, &a, p2, Method::Hands, true, false).unwrap();
    assert!(
        v.warnings.iter().any(|w| w.contains("voidable")),
        "{:?}",
        v.warnings
    );
    assert!(store.read(|tx| tx.vote(v.id)).unwrap().forced.is_some());
    let t = Tally {
        votes_for: 45,
        against: 20,
        blank: 2,
        invalid: 1,
        abstain: 0,
    };
    count(&mut store, &a, v.id, t).unwrap();
    let (row, _) = close(&mut store, &a, v.id, None).unwrap();
    assert_eq!(
        crate::domain::vote::result::question_name(row.question),
        "statute_amendment_second_meeting"
    );
    assert_eq!(
        (
            row.result_name(),
            row.base_votes,
            row.needed,
            row.threshold.as_deref()
        ),
        (Some("adopted"), Some(65), Some(44), Some("2/3"))
    );
    assert!(row.explanation.unwrap().ends_with(
        "in een tweede vergadering is geen quorum vereist (regel second_meeting_quorum = none)."
    ));
}

#[test]
fn example_4_challenge_after_hands_and_after_a_roll_call() {
    let (_d, mut store) = registry(10, 1, &[]);
    let a = actor();
    let m = meeting(&mut store, ymd(2026, 5, 30), None, &range(1, 9), &[]);
    let p = proposal(&mut store, m, Kind::Ordinary);
    let v1 = open(&mut store, &a, p, Method::Hands, false, false)
        .unwrap()
        .id;
    let e = err(challenge(&mut store, &a, v1, &[1], None));
    assert!(e.contains("still open"), "{e}");
    count(
        &mut store,
        &a,
        v1,
        Tally {
            votes_for: 5,
            against: 4,
            ..Tally::default()
        },
    )
    .unwrap();
    close(&mut store, &a, v1, Some(Declared::Adopted)).unwrap();
    let e = err(challenge(&mut store, &a, v1, &[10], None));
    assert!(e.contains("member 10 is not a voter present"), "{e}");
    // One voter suffices after a show of hands; the new vote is by name.
    let v2 = challenge(&mut store, &a, v1, &[4], None).unwrap();
    let (r1, r2) = store.read(|tx| Ok((tx.vote(v1)?, tx.vote(v2)?))).unwrap();
    assert_eq!(
        (r1.status.as_str(), r1.superseded_by),
        ("superseded", Some(v2))
    );
    assert_eq!(r1.challenged_by.as_deref(), Some("[4]"));
    assert_eq!((r2.method, r2.status.as_str()), (Method::RollCall, "open"));
    let e = err(challenge(&mut store, &a, v1, &[4], None));
    assert!(e.contains("already replaced"), "{e}");
    for n in 1..=4 {
        cast(&mut store, &a, v2, n, Choice::For, For::Own, None).unwrap();
    }
    for n in 5..=9 {
        cast(&mut store, &a, v2, n, Choice::Against, For::Own, None).unwrap();
    }
    let (row, _) = close(&mut store, &a, v2, Some(Declared::Rejected)).unwrap();
    assert_eq!(row.result_name(), Some("rejected"));
    // After a roll call the majority of the meeting must demand it: 4 of 9 is not enough.
    let e = err(challenge(&mut store, &a, v2, &[1, 2, 3, 4], None));
    assert!(
        e.contains("4 of the 9 votes") && e.contains("5 are needed"),
        "{e}"
    );
    // Once the meeting has moved on (another vote opened), it is too late.
    let other = proposal(&mut store, m, Kind::Ordinary);
    open(&mut store, &a, other, Method::Hands, false, false).unwrap();
    let e = err(challenge(&mut store, &a, v2, &range(1, 9), None));
    assert!(
        e.contains("too late") && e.contains("was opened since"),
        "{e}"
    );
}

#[test]
fn a_vote_needs_an_open_meeting_and_a_written_vote_can_be_asked_for() {
    let (_d, mut store) = registry(3, 1, &[]);
    let a = actor();
    let m = meeting(&mut store, ymd(2026, 5, 30), None, &[1, 2], &[]);
    let p = proposal(&mut store, m, Kind::Ordinary);
    let amendment = store
        .write(&a, |tx| {
            Ok(tx
                .add_proposal(
                    &NewProposal {
                        title: "Amendement".into(),
                        text: None,
                        kind: Kind::Ordinary,
                        by_board: false,
                        meeting_id: Some(m),
                        amends: Some(p),
                        today: ymd(2026, 1, 1),
                        member_id: None,
                    },
                    &[],
                )?
                .id)
        })
        .unwrap();
    let opened = open(&mut store, &a, p, Method::Hands, false, false).unwrap();
    assert_eq!(
        opened.warnings,
        vec![
            format!(
                "amendment {amendment} of proposal {p} is still undecided; an amendment is voted before the proposal it amends"
            ),
            format!(
                "a decision on proposal {p} will be voidable: the meeting was opened without a recorded convocation (BW 2:15)"
            )
        ]
    );
    let v = opened.id;
    let e = err(open(&mut store, &a, p, Method::Hands, false, false));
    assert!(e.contains("being voted on already (vote 1)"), "{e}");
    assert_eq!(
        store.read(|tx| tx.proposal(p)).unwrap().status,
        Status::Voting
    );
    let e = err(convert(&mut store, &a, v, Method::Ballot, 0));
    assert!(e.contains("written_vote_on_request = 1"), "{e}");
    convert(&mut store, &a, v, Method::Ballot, 1).unwrap();
    assert_eq!(store.read(|tx| tx.vote(v)).unwrap().method, Method::Ballot);
    // The meeting does not close on an open vote, and takes one question at a time.
    let e = err(om::open_close(
        &mut store,
        &a,
        m,
        at(ymd(2026, 5, 30))
            .checked_add_signed(chrono::TimeDelta::hours(1))
            .unwrap(),
        false,
    ));
    assert!(
        e.contains("cannot close while this is open: vote 1 on proposal"),
        "{e}"
    );
    let p2 = proposal(&mut store, m, Kind::Ordinary);
    let e = err(open(&mut store, &a, p2, Method::Hands, false, false));
    assert!(e.contains("one question at a time"), "{e}");
    assert!(open(&mut store, &a, p2, Method::Hands, false, true).is_ok());
    let e = err(close(&mut store, &a, 42, None));
    assert!(e.contains("no vote 42"), "{e}");
}
