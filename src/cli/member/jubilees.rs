//! `quorum member jubilees --year Y [--years 12.5,25,40,50]`: who reaches N years of membership
//! in the year, every period counted (`domain::jubilee`), for the annual meeting.

use crate::domain::msg::msg;
use chrono::{Datelike as _, NaiveDate};
use clap::Args;

use crate::app::Ctx;
use crate::domain::jubilee::Years;
use crate::exit::UsageError;
use crate::ops;
use crate::output::jubilee::JubileeRow;

/// List members who reach a jubilee of membership in a year
#[derive(Debug, Args)]
#[command(
    after_help = "Every membership period counts, the gaps between them do not: the \
                  jubilee is the anniversary of the first day, moved on by the days between \
                  periods. Listed are the members on that day (suspended ones too), in date \
                  order."
)]
pub struct JubileesArgs {
    /// The year, e.g. 2027 [default: this year]
    #[arg(long)]
    pub year: Option<i32>,
    /// The jubilees, in years, comma-separated [default: 12.5,25,40,50,60,75]
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub years: Vec<Years>,
}

impl JubileesArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let year = self.year.unwrap_or_else(|| ctx.clock.today().year());
        let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return Err(
                UsageError::new(msg!("jubilees-bad-year", year = year.to_string()))
                    .hint(msg!("jubilees-bad-year-hint"))
                    .into(),
            );
        };
        let mut store = ctx.open_store()?;
        let found = ops::member::jubilees(&mut store, first, last, self.years)?;
        let rows: Vec<JubileeRow> = found
            .rows
            .into_iter()
            .map(|j| JubileeRow {
                date: Some(j.date),
                years: j.years.to_string(),
                number: j.number,
                name: j.name,
                category: j.category,
                member_since: j.member_since,
            })
            .collect();
        ctx.out
            .list(&rows, &format!("No member reaches a jubilee in {year}."))?;
        if found.joined_unknown > 0 {
            ctx.out.note_msg(&msg!(
                "jubilees-joined-unknown",
                count = found.joined_unknown
            ));
        }
        Ok(())
    }
}
