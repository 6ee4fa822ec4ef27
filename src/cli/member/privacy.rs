//! `quorum member data` and `quorum member erase`: a data subject's rights (GDPR art. 15, 17, 20).
//!
//! `data` prints everything held about one member as JSON. `erase` removes a former member's
//! personal data and keeps an anonymous record, so that past attendance and counts stay true;
//! what is kept and what goes is decided in `store::member_changes::erase_member`.

use clap::Args;

use crate::domain::msg::msg;

use crate::app::Ctx;
use crate::domain::member_change::EraseRefusal;
use crate::exit::hinted;
use crate::ops;
use crate::output::member::{MemberRecord, SubjectData};

/// Print everything held about one member as JSON
#[derive(Debug, Args)]
pub struct DataArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// Write to FILE (owner-only; it appears only when complete) instead of stdout, e.g. to
    /// send to the member
    #[arg(long, short = 'o', value_hint = clap::ValueHint::FilePath)]
    pub output: Option<std::path::PathBuf>,
}

impl DataArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let generated_at = ctx
            .clock
            .now()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let mut store = ctx.open_store()?;
        let facts = ops::member::data(&mut store, self.number)?;
        let mut doc = SubjectData::new(
            facts.association,
            generated_at,
            facts.member,
            facts.category,
            today,
            facts.journal,
        );
        doc.board_terms = facts.board_terms;
        let Some(path) = self.output.as_deref().filter(|p| p.as_os_str() != "-") else {
            return ctx.out.json_document(&doc);
        };
        ctx.out.export_to(Some(path), |out| {
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            out.write_all(b"\n")?;
            Ok(())
        })?;
        ctx.out.wrote_msg(
            path,
            &msg!(
                "member-data-wrote",
                number = self.number,
                path = path.display().to_string()
            ),
        );
        Ok(())
    }
}

/// Erase the personal data of a former member
#[derive(Debug, Args)]
#[command(
    after_help = "Kept: the number, category, membership and suspension dates, and the journal \
                  entries without their values. Removed: every personal field, the reasons for \
                  leaving and suspension, the instructions of proxies given or held, and the \
                  old/new values of every journal entry naming the member. Backups made before \
                  the erasure still hold the data."
)]
pub struct EraseArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
}

fn refusal(number: i64, r: &EraseRefusal) -> anyhow::Error {
    match r {
        EraseRefusal::AlreadyErased => hinted(
            msg!("erase-already", number = number),
            msg!("erase-already-hint", number = number),
        ),
        EraseRefusal::StillMember {
            status, ends: None, ..
        } => hinted(
            msg!(
                "erase-still-member",
                number = number,
                status = status.as_str()
            ),
            msg!("erase-still-member-hint", number = number),
        ),
        EraseRefusal::StillMember {
            status,
            ends: Some(end),
            ..
        } => hinted(
            msg!(
                "erase-member-until",
                number = number,
                status = status.as_str(),
                end = *end
            ),
            msg!("erase-member-until-hint", end = *end),
        ),
    }
}

impl EraseArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let number = self.number;
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member erase");
        let erased = ops::member::erase(&mut store, &actor, number, today, |m| {
            // Worded to read both as the terminal's question and in the "needs confirmation"
            // error.
            ctx.confirm(&ctx.out.say(&msg!(
                "erase-confirm",
                number = number,
                name = m.data.full_name()
            )))
        })
        .map_err(|e| match e.downcast_ref::<EraseRefusal>() {
            Some(r) => refusal(number, r),
            None => e,
        })?;
        if !erased.wal_emptied {
            ctx.out.warn_msg(&msg!("erase-wal-kept"));
        }
        ctx.out.outcome_msg(&msg!("member-erased", number = number));
        let changed = erased.changed.map(|m| MemberRecord::new(&m, today));
        crate::cli::report(ctx, "member erase", changed)
    }
}
