//! `quorum demo`: a demo association in a fresh temporary database, shown the way a secretary
//! would look at it. It never touches the user's own database.

use chrono::{Days, NaiveDate};
use clap::Args;

use crate::app::Ctx;
use crate::domain::lang::Lang;
use crate::domain::meeting::Kind;
use crate::domain::meeting::proxy::Form;
use crate::ops::meeting::{self, NewMeeting};
use crate::output::Output;
use crate::output::member::MemberRow;
use crate::store::Actor;
use crate::store::Store;

/// Build a demo association in a temporary database and show it
#[derive(Debug, Args)]
pub struct DemoArgs {}

impl DemoArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let dir = std::env::temp_dir().join(format!(
            "quorum-demo-{}-{}",
            std::process::id(),
            ctx.clock.now().timestamp_micros()
        ));
        std::fs::create_dir_all(&dir)?;
        let path = dir.join("demo.db");
        let today = ctx.clock.today();
        let actor = ctx.actor("demo");
        let mut store = crate::ops::demo::seed::create(&path, &actor, today)?;

        // The walk-through is the demo's outcome, on stdout; where its database is, and that
        // its journal holds, a note for the person after it.
        let out = &ctx.out;
        out.outcome_line(
            "Bewonersfederatie De Eendracht (demo): a federation of residents' collectives.\n",
        );
        let crate::ops::demo::seed::Registry {
            members,
            year_end,
            then,
            votes,
        } = crate::ops::demo::seed::registry(&mut store, today)?;

        out.outcome_line(format_args!("Members on {today}:"));
        let rows: Vec<MemberRow> = members.iter().map(|m| MemberRow::new(m, today)).collect();
        out.list(&rows, "No members.")?;

        out.outcome_line(format_args!(
            "\nWho was a member on {year_end}? {}:",
            crate::domain::text::counted(then.len() as u64, "member", "members")
        ));
        let rows: Vec<MemberRow> = then.iter().map(|m| MemberRow::new(m, year_end)).collect();
        out.list(&rows, "No members.")?;

        out.outcome_line(
            "\nVotes at a general meeting today (suspended members have none, BW 2:24d):",
        );
        out.list(&votes, "No categories.")?;
        let total: u32 = votes.iter().map(|v| v.votes).sum();
        out.outcome_line(format_args!("Total: {total} votes.\n"));

        let (board, committee) = crate::ops::demo::board_and_committee(&mut store, &actor, today)?;
        out.outcome_line(format_args!(
            "The board on {today} (`quorum board`), entered as it sat before quorum:"
        ));
        out.list(&board, "No board.")?;
        out.outcome_line(format_args!(
            "The audit committee for {} (BW 2:48 lid 2): {}; none of them on the board that year.",
            committee.year,
            committee.members.join(", ")
        ));

        demo_meeting(&mut store, &actor, out, today)?;
        let journal = crate::ops::demo::seed::verify(&mut store)?;

        match journal {
            Ok(n) => out.note(format_args!(
                "\nThe journal holds {} and its hash chain is intact.",
                crate::domain::text::counted(n, "entry", "entries")
            )),
            Err(b) => out.warn(format_args!(
                "the journal is broken at entry {}: {}",
                b.seq, b.reason
            )),
        }
        out.note(format_args!(
            "The demo database is {}. Look around, for example:\n  quorum --db {} member list --search muller\n  quorum --db {} member show 12\n  quorum --db {} journal list",
            path.display(),
            path.display(),
            path.display(),
            path.display()
        ));
        Ok(())
    }
}

/// A general meeting three weeks from today: the standard agenda, the convocation, the door
/// (a suspended member refused with the reason), two proxies, and the quorum as the chair reads it.
fn demo_meeting(
    store: &mut Store,
    actor: &Actor,
    out: &Output,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let starts = (today + Days::new(21))
        .and_hms_opt(19, 30, 0)
        .expect("a valid time");
    let (m, _) = meeting::new(
        store,
        actor,
        NewMeeting {
            title: "Algemene ledenvergadering".into(),
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
    let proposals = crate::ops::demo::meeting_proposals(store, actor, m.id, today)?;
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
    out.outcome_line(format_args!(
        "\nA general meeting on {}: convened today ({} days' notice), opened, two guests registered (never counted), and at the door:",
        starts.date(),
        21
    ));
    for door in meeting::checkin(store, actor, m.id, &[1, 2, 3, 5, 6, 12], None)?.value {
        if let meeting::Door::Refused { number, reason } = door {
            out.outcome_line(format_args!("  member {number} refused: {reason}"));
        }
    }
    crate::ops::delegate::add(
        store,
        actor,
        &crate::ops::delegate::Add {
            number: 8,
            name: "J. Jansen".into(),
            email: Some("j.jansen@dewilgen.example".into()),
            phone: None,
            from: today,
            until: None,
        },
    )?;
    if let meeting::Door::In { votes, .. } =
        crate::ops::delegate::checkin(store, actor, m.id, 8, "J. Jansen")?.value
    {
        out.outcome_line(format_args!(
            "  member 8 (Bewonerscollectief De Wilgen) checked in through its delegate J. Jansen, with {votes} votes"
        ));
    }
    for (from, to) in [(4, 1), (9, 2)] {
        meeting::give_proxy(store, actor, m.id, from, to, None, Form::Paper, today)?;
        out.outcome_line(format_args!("  member {from} gave a proxy to member {to}"));
    }
    let at = actor.at_rfc3339();
    let statement = meeting::quorum::quorum(store, m.id, at)?;
    crate::cli::meeting::quorum::show(out, &statement)?;
    crate::ops::demo::meeting_notes(store, actor, m.id)?;
    for v in crate::ops::demo::meeting_votes(store, actor, proposals)? {
        out.outcome_line(format_args!(
            "\nVote {} on \"{}\" ({}), explained in the association's language:",
            v.row.id,
            v.title,
            v.row.method.to_string().replace('_', " ")
        ));
        out.outcome_line(v.row.explanation.as_deref().unwrap_or(""));
        if let Some(d) = &v.row.declaration {
            out.outcome_line(format_args!("The chair declared: {d}."));
        }
    }
    out.outcome_line("\nElecting a board member by paper ballot (model statutes; docs/reference/law.md#model-statutes):");
    for round in crate::ops::demo::meeting_election(store, actor, m.id)? {
        let votes: Vec<String> = round
            .votes
            .iter()
            .map(|c| format!("{} {}", c.name, c.votes))
            .collect();
        out.outcome_line(format_args!(
            "  Round {} ({}): {} papers, {} blank, {} invalid; {}",
            round.round,
            round.kind,
            round.papers,
            round.blank,
            round.invalid,
            votes.join(", ")
        ));
        for line in &round.explanation {
            out.outcome_line(format_args!("    {line}"));
        }
        if !round.elected.is_empty() {
            out.outcome_line(format_args!("    Elected: {}", round.elected.join(", ")));
        } else if !round.next.is_empty() {
            out.outcome_line(format_args!("    Runoff: {}", round.next.join(", ")));
        }
    }
    crate::ops::demo::meeting_minutes(store, actor, m.id, starts)?;
    out.outcome_line(format_args!(
        "\nThe minutes, drafted from what was recorded (`quorum minutes draft {}`), in the association's language:\n",
        m.id
    ));
    out.text(
        &crate::ops::minutes::draft::<crate::output::minutes::Minutes>(
            store,
            m.id,
            crate::ops::minutes::DraftOptions::default(),
        )?
        .text,
    )?;
    Ok(())
}
