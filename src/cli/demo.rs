//! `quorum demo`: a demo association in a fresh temporary database, shown the way a secretary
//! would look at it, in the terminal's language. It never touches the user's own database.
//! With `--format json` it is one document: the envelope, with what the demo did and the paths
//! of the documents it wrote (the minutes go to a file, never to stdout).

use std::io::Write as _;

use clap::Args;
use serde::Serialize;

use crate::app::Ctx;
use crate::domain::msg::msg;
use crate::ops::demo::run::{Demo, DemoMeeting};
use crate::output::member::MemberRow;
use crate::output::{Format, Output};

/// Build a demo association in a temporary database and show it
#[derive(Debug, Args)]
pub struct DemoArgs {}

/// `changed` of `demo --format json`: where the demo is, what its meeting decided and which
/// documents it wrote.
#[derive(Debug, Serialize)]
struct DemoOutcome {
    database: String,
    members: usize,
    votes: u32,
    meeting: MeetingOutcome,
    decisions: Vec<crate::output::decision::DecisionListRow>,
    documents: Vec<DocumentOutcome>,
    journal_entries: Option<u64>,
    journal_intact: bool,
}

#[derive(Debug, Serialize)]
struct MeetingOutcome {
    id: i64,
    title: String,
    starts_at: String,
    available_votes: i64,
    elected: Vec<Elected>,
}

#[derive(Debug, Serialize)]
struct Elected {
    name: String,
}

#[derive(Debug, Serialize)]
struct DocumentOutcome {
    kind: &'static str,
    path: String,
}

impl DemoArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let dir = std::env::temp_dir().join(format!(
            "quorum-demo-{}-{}",
            std::process::id(),
            ctx.clock.now().timestamp_micros()
        ));
        std::fs::create_dir_all(&dir)?;
        let today = ctx.clock.today();
        let actor = ctx.actor("demo");
        let demo =
            crate::ops::demo::run::run::<crate::output::minutes::Minutes>(&dir, &actor, today)?;
        if ctx.out.format == Format::Json {
            let minutes = dir.join(format!("notulen-{}.md", demo.meeting.id));
            let mut file = crate::output::file::AtomicFile::create(&minutes)?;
            file.writer().write_all(demo.meeting.minutes.as_bytes())?;
            file.commit()?;
            let head = demo.journal_head.clone();
            return ctx.out.changed("demo", outcome(&demo, &minutes), head);
        }
        walk_through(&ctx.out, &demo, today)
    }
}

fn outcome(demo: &Demo, minutes: &std::path::Path) -> DemoOutcome {
    let m = &demo.meeting;
    DemoOutcome {
        database: demo.database.display().to_string(),
        members: demo.registry.members.len(),
        votes: demo.registry.votes.iter().map(|v| v.votes).sum(),
        meeting: MeetingOutcome {
            id: m.id,
            title: m.title.clone(),
            starts_at: m.starts_at.format("%Y-%m-%dT%H:%M").to_string(),
            available_votes: m.quorum.available_votes as i64,
            elected: m
                .election
                .iter()
                .flat_map(|r| r.elected.iter())
                .map(|name| Elected { name: name.clone() })
                .collect(),
        },
        decisions: demo
            .decisions
            .iter()
            .map(crate::output::decision::list_row)
            .collect(),
        documents: vec![DocumentOutcome {
            kind: "minutes",
            path: minutes.display().to_string(),
        }],
        journal_entries: demo.journal.as_ref().ok().copied(),
        journal_intact: demo.journal.is_ok(),
    }
}

/// The walk-through: the registry, the board, the meeting, then where the database is. The
/// walk-through is the demo's outcome, on stdout; where its database is, and that its journal
/// holds, a note for the person after it.
fn walk_through(out: &Output, demo: &Demo, today: chrono::NaiveDate) -> anyhow::Result<()> {
    let blank = || out.outcome_line(String::new());
    let r = &demo.registry;
    out.outcome_line_msg(&msg!("demo-intro"));
    blank();
    out.outcome_line_msg(&msg!("demo-members-on", on = today));
    let rows: Vec<MemberRow> = r.members.iter().map(|m| MemberRow::new(m, today)).collect();
    out.list(&rows, &out.say(&msg!("demo-no-members")))?;
    blank();
    out.outcome_line_msg(&msg!(
        "demo-members-then",
        on = r.year_end,
        count = r.then.len() as u64
    ));
    let rows: Vec<MemberRow> = r
        .then
        .iter()
        .map(|m| MemberRow::new(m, r.year_end))
        .collect();
    out.list(&rows, &out.say(&msg!("demo-no-members")))?;
    blank();
    out.outcome_line_msg(&msg!("demo-votes-today"));
    out.list(&r.votes, &out.say(&msg!("demo-no-categories")))?;
    let total: u32 = r.votes.iter().map(|v| v.votes).sum();
    out.outcome_line_msg(&msg!("demo-votes-total", total = total));
    blank();
    out.outcome_line_msg(&msg!("demo-board-on", on = today));
    out.list(&demo.board, &out.say(&msg!("demo-no-board")))?;
    out.outcome_line_msg(&msg!(
        "demo-committee",
        year = demo.committee.year,
        members = demo.committee.members.join(", ")
    ));
    meeting(out, &demo.meeting)?;
    match &demo.journal {
        Ok(n) => {
            out.note(String::new());
            out.note_msg(&msg!("demo-journal-intact", entries = *n));
        }
        Err(b) => out.warn_msg(&msg!(
            "demo-journal-broken",
            seq = b.seq,
            reason = b.reason.clone()
        )),
    }
    out.note_msg(&msg!(
        "demo-look-around",
        db = demo.database.display().to_string()
    ));
    Ok(())
}

fn meeting(out: &Output, m: &DemoMeeting) -> anyhow::Result<()> {
    let blank = || out.outcome_line(String::new());
    blank();
    out.outcome_line_msg(&msg!(
        "demo-meeting",
        on = m.starts_at.date(),
        days = m.notice_days
    ));
    for (number, reason) in &m.refused {
        out.outcome_line_msg(&msg!(
            "demo-door-refused",
            number = *number,
            reason = crate::i18n::words(out.lang, reason)
        ));
    }
    if let Some((number, name, delegate, votes)) = &m.delegate {
        out.outcome_line_msg(&msg!(
            "demo-door-delegate",
            number = *number,
            name = name.clone(),
            delegate = delegate.clone(),
            votes = *votes
        ));
    }
    for (from, to) in &m.proxies {
        out.outcome_line_msg(&msg!("demo-proxy", from = *from, to = *to));
    }
    crate::cli::meeting::quorum::show(out, &m.quorum)?;
    for v in &m.votes {
        blank();
        out.outcome_line_msg(&msg!(
            "demo-vote",
            vote = v.row.id,
            title = v.title.clone(),
            method = v.row.method.name()
        ));
        out.outcome_line(v.row.explanation.as_deref().unwrap_or_default());
        if let Some(d) = &v.row.declaration {
            out.outcome_line_msg(&msg!("demo-vote-declared", declared = d.name()));
        }
    }
    blank();
    out.outcome_line_msg(&msg!("demo-election"));
    for round in &m.election {
        let votes: Vec<String> = round
            .votes
            .iter()
            .map(|c| format!("{} {}", c.name, c.votes))
            .collect();
        out.outcome_line_msg(&msg!(
            "demo-election-round",
            round = round.round,
            kind = round.kind.as_str(),
            papers = round.papers,
            blank = round.blank,
            invalid = round.invalid,
            votes = votes.join(", ")
        ));
        for line in &round.explanation {
            out.outcome_line_msg(&msg!("demo-election-line", line = line.as_str()));
        }
        if !round.elected.is_empty() {
            out.outcome_line_msg(&msg!(
                "demo-election-elected",
                names = round.elected.join(", ")
            ));
        } else if !round.next.is_empty() {
            out.outcome_line_msg(&msg!("demo-election-runoff", names = round.next.join(", ")));
        }
    }
    blank();
    out.outcome_line_msg(&msg!("demo-minutes", meeting = m.id));
    blank();
    out.text(&m.minutes)
}
