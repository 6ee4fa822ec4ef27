//! `quorum member delete N`: removes a record added by mistake, while nothing refers to it but
//! its own creation; otherwise it refuses and points to `member erase`. The rule is
//! `domain::member_change::check_delete`, what refers to a member `store::member_delete`.

use crate::domain::msg::msg;
use clap::Args;

use crate::app::Ctx;
use crate::domain::member_change::DeleteRefusal;
use crate::exit::hinted;
use crate::ops;

/// Delete a member record added by mistake (only while nothing refers to it)
#[derive(Debug, Args)]
#[command(
    after_help = "Only a record that nothing refers to but its own creation can be deleted: \
                  no leave, suspension, arrears, meeting, proxy, vote, signature, candidacy or \
                  erasure. Its journal entries stay, without their values, with a member.delete \
                  entry after them; the number is free again. A member who took part in the \
                  association's life is not deleted: end the membership with member leave and, \
                  once former, remove the personal data with member erase."
)]
pub struct DeleteArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
}

fn refusal(number: i64, r: &DeleteRefusal) -> anyhow::Error {
    let uses: Vec<String> =
        r.0.iter()
            .map(|u| format!("{} {}", u.count, u.what))
            .collect();
    hinted(
        msg!(
            "member-delete-referred",
            number = number,
            uses = uses.join(", ")
        ),
        msg!("member-delete-referred-hint", number = number),
    )
}

impl DeleteArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let number = self.number;
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member delete");
        let deleted = ops::member::delete(&mut store, &actor, number, |m| {
            ctx.confirm(&ctx.out.say(&msg!(
                "member-delete-confirm",
                number = number,
                name = m.data.full_name()
            )))
        })
        .map_err(|e| match e.downcast_ref::<DeleteRefusal>() {
            Some(r) => refusal(number, r),
            None => e,
        })?;
        if !deleted.wal_emptied {
            ctx.out.warn_msg(&msg!("member-deleted-wal-in-use"));
        }
        let deleted = deleted.changed;
        ctx.out.outcome_msg(&msg!(
            "member-deleted",
            number = number,
            name = deleted.value.data.full_name()
        ));
        let today = ctx.clock.today();
        let changed = deleted.map(|m| crate::output::member::MemberRecord::new(&m, today));
        crate::cli::report(ctx, "member delete", changed)
    }
}
