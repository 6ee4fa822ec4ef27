//! `demo` as one use case: the demo association built in a fresh database in `dir`, its general
//! meeting held, and everything the walk-through shows gathered, so that the terminal can tell it
//! and `--format json` can give it as one document.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::seed::Registry;
use crate::domain::journal::Break;
use crate::domain::lang::Lang;
use crate::domain::meeting::Kind;
use crate::domain::meeting::proxy::Form;
use crate::ops::meeting::{self, NewMeeting};
use crate::store::{Actor, Store};

/// Everything the demo did and found.
pub struct Demo {
    pub database: PathBuf,
    pub registry: Registry,
    pub board: Vec<crate::ops::board::SeatView>,
    pub committee: crate::ops::kascommissie::CommitteeView,
    pub meeting: DemoMeeting,
    /// The decisions the meeting took, as the register holds them.
    pub decisions: Vec<crate::domain::decision::Decision>,
    /// The journal's entries when intact, or where it broke.
    pub journal: Result<u64, Break>,
    pub journal_head: Option<String>,
}

/// The demo's general meeting, three weeks from today.
pub struct DemoMeeting {
    pub id: i64,
    pub title: String,
    pub starts_at: NaiveDateTime,
    pub notice_days: u64,
    /// Members the door refused, with the reason.
    pub refused: Vec<(i64, crate::domain::msg::Text)>,
    /// The collective checked in through its delegate: number, name, delegate, votes.
    pub delegate: Option<(i64, String, String, u32)>,
    /// Proxies given: from, to.
    pub proxies: Vec<(i64, i64)>,
    pub quorum: crate::domain::meeting::quorum::Statement,
    pub votes: Vec<super::DemoVote>,
    pub election: Vec<crate::ops::election::RoundCount>,
    /// The minutes drafted from what was recorded, in the association's language (Markdown).
    pub minutes: String,
}

const DELEGATOR: (i64, &str) = (8, "Bewonerscollectief De Wilgen");
const DELEGATE: &str = "J. Jansen";
const NOTICE_DAYS: u64 = 21;

/// Builds the demo in `dir/demo.db` on `today` and holds its meeting; `D` drafts the minutes.
pub fn run<D: crate::ops::minutes::Document>(
    dir: &Path,
    actor: &Actor,
    today: NaiveDate,
) -> anyhow::Result<Demo> {
    let database = dir.join("demo.db");
    let mut store = super::seed::create(&database, actor, today)?;
    let registry = super::seed::registry(&mut store, today)?;
    let (board, committee) = super::board_and_committee(&mut store, actor, today)?;
    let meeting = demo_meeting::<D>(&mut store, actor, today)?;
    let decisions = crate::ops::decision::list(
        &mut store,
        &crate::domain::decision::Filter {
            meeting_id: Some(meeting.id),
            ..Default::default()
        },
    )?;
    let journal = super::seed::verify(&mut store)?;
    let journal_head = crate::ops::journal::head(&mut store)?;
    Ok(Demo {
        database,
        registry,
        board,
        committee,
        meeting,
        decisions,
        journal,
        journal_head,
    })
}

/// A general meeting three weeks from today: the standard agenda, the convocation, the door
/// (a suspended member refused with the reason), two proxies, the quorum, two votes, a board
/// election in two rounds and the minutes.
fn demo_meeting<D: crate::ops::minutes::Document>(
    store: &mut Store,
    actor: &Actor,
    today: NaiveDate,
) -> anyhow::Result<DemoMeeting> {
    let starts = (today + Days::new(NOTICE_DAYS))
        .and_hms_opt(19, 30, 0)
        .expect("a valid time");
    let title = "Algemene ledenvergadering";
    let (m, _) = meeting::new(
        store,
        actor,
        NewMeeting {
            title: title.into(),
            starts_at: starts,
            ends_at: None,
            location: Some("Buurthuis De Eendracht".into()),
            kind: Kind::Regular,
            second_of: None,
        },
    )?
    .value;
    meeting::agenda::add(
        store,
        actor,
        m.id,
        None,
        meeting::agenda::Add::Template {
            lang: Some(Lang::Nl),
        },
    )?;
    let proposals = super::meeting_proposals(store, actor, m.id, today)?;
    meeting::convene::convene(
        store,
        actor,
        meeting::convene::Convene {
            meeting: m.id,
            sent: Some(today),
            today,
            channel: "email".into(),
            force: false,
            members: false,
        },
    )?;
    crate::ops::guest::add(
        store,
        actor,
        m.id,
        &crate::ops::guest::Guest::Name("Wethouder P. de Boer".into()),
    )?;
    crate::ops::guest::add(
        store,
        actor,
        m.id,
        &crate::ops::guest::Guest::Registered(11),
    )?;
    meeting::open_close(store, actor, m.id, starts, true)?;
    let refused = meeting::checkin(store, actor, m.id, &[1, 2, 3, 5, 6, 12], None)?
        .value
        .into_iter()
        .filter_map(|door| match door {
            meeting::Door::Refused { number, reason } => Some((number, reason)),
            _ => None,
        })
        .collect();
    crate::ops::delegate::add(
        store,
        actor,
        &crate::ops::delegate::Add {
            number: DELEGATOR.0,
            name: DELEGATE.into(),
            email: Some("j.jansen@dewilgen.example".into()),
            phone: None,
            from: today,
            until: None,
        },
    )?;
    let delegate =
        match crate::ops::delegate::checkin(store, actor, m.id, DELEGATOR.0, DELEGATE)?.value {
            meeting::Door::In { votes, .. } => Some((
                DELEGATOR.0,
                DELEGATOR.1.to_string(),
                DELEGATE.to_string(),
                votes,
            )),
            _ => None,
        };
    let proxies = vec![(4, 1), (9, 2)];
    for &(from, to) in &proxies {
        meeting::give_proxy(store, actor, m.id, from, to, None, Form::Paper, today)?;
    }
    let quorum = meeting::quorum::quorum(store, m.id, actor.at_rfc3339())?;
    super::meeting_notes(store, actor, m.id)?;
    let votes = super::meeting_votes(store, actor, proposals)?;
    let election = super::meeting_election(store, actor, m.id)?;
    super::meeting_minutes(store, actor, m.id, starts)?;
    let minutes =
        crate::ops::minutes::draft::<D>(store, m.id, crate::ops::minutes::DraftOptions::default())?
            .text;
    Ok(DemoMeeting {
        id: m.id,
        title: title.into(),
        starts_at: starts,
        notice_days: NOTICE_DAYS,
        refused,
        delegate,
        proxies,
        quorum,
        votes,
        election,
        minutes,
    })
}
