//! `quorum member edit N --FIELD VALUE…`: change fields of one member. An empty value clears an
//! optional field. Prints the changed fields (field, old, new); journals only those.

use chrono::NaiveDate;
use clap::Args;

use super::flags::MemberFlags;
use crate::app::Ctx;
use crate::cli::args::{OrClear, date_or_clear, joined as joined_arg, with_flag_names};
use crate::domain::member::Joined;
use crate::domain::member_change::MemberPatch;
use crate::domain::msg::msg;
use crate::exit::UsageError;
use crate::ops;
use crate::output::Format;
use crate::output::member::ChangeRow;

/// Change fields of a member
#[derive(Debug, Args)]
#[command(mut_args(super::flags::as_edit_says))]
pub struct EditArgs {
    /// Member number of the member to change
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// New member number
    #[arg(long = "number", value_name = "NEW", value_parser = clap::value_parser!(i64).range(1..))]
    pub new_number: Option<i64>,
    #[command(flatten)]
    pub person: MemberFlags,
    /// Birth date, or "" to clear
    #[arg(long, value_name = "DATE", value_parser = date_or_clear)]
    pub birth_date: Option<OrClear<NaiveDate>>,
    /// Consent to convocation by e-mail given on DATE [default: today]; "" withdraws it
    #[arg(long, value_name = "DATE", value_parser = date_or_clear)]
    pub email_consent: Option<Option<OrClear<NaiveDate>>>,
    /// Free-text notes
    #[arg(long)]
    pub notes: Option<String>,
    /// Move the member to another category
    #[arg(long)]
    pub category: Option<String>,
    /// Correct the first day of the current (or last) membership period; "unknown" for a
    /// member's first period
    #[arg(long, value_name = "DATE|unknown", value_parser = joined_arg)]
    pub joined: Option<Joined>,
    /// Correct the last day of the last membership period, or "none" to withdraw the leave
    #[arg(long, value_name = "DATE|none", value_parser = date_or_none)]
    pub left: Option<OrClear<NaiveDate>>,
}

/// `--left none` (or "") withdraws the leave; anything else is a date.
fn date_or_none(s: &str) -> Result<OrClear<NaiveDate>, String> {
    if s.trim().eq_ignore_ascii_case("none") {
        Ok(OrClear(None))
    } else {
        date_or_clear(s)
    }
}

impl EditArgs {
    fn patch(self, today: NaiveDate) -> MemberPatch {
        let mut patch = MemberPatch {
            birth_date: self.birth_date.map(|d| d.0),
            email_consent: self.email_consent.map(|v| v.map_or(Some(today), |d| d.0)),
            notes: self.notes.map(Some),
            category: self.category,
            number: self.new_number,
            joined: self.joined,
            left: self.left.map(|d| d.0),
            ..Default::default()
        };
        self.person.patch(&mut patch);
        patch
    }

    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let number = self.number;
        let patch = self.patch(today);
        if patch.is_empty() {
            return Err(UsageError::new(msg!("member-edit-nothing"))
                .hint(msg!("member-edit-nothing-hint", number = number))
                .into());
        }
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member edit");
        let changed = ops::member::edit(&mut store, &actor, number, &patch, today)
            .map_err(with_flag_names)?;
        let (changes, member) = &changed.value;
        let rows: Vec<ChangeRow> = changes.iter().map(ChangeRow::from).collect();
        if !changes.is_empty() {
            let fields: Vec<&str> = changes.iter().map(|c| c.field).collect();
            ctx.out.outcome_msg(&msg!(
                "member-changed",
                number = member.number,
                fields = fields.join(", ")
            ));
            if member.data.email_consent.is_some() && member.data.email.is_none() {
                ctx.out
                    .warn_msg(&msg!("member-consent-no-email", number = member.number));
            }
        }
        if ctx.out.format != Format::Json {
            return ctx.out.list(
                &rows,
                &ctx.out
                    .say(&msg!("member-edit-no-change", number = member.number)),
            );
        }
        crate::cli::report(ctx, "member edit", changed.map(|_| rows))
    }
}
