//! `quorum member birthdays --month M [--year Y]`: the birthdays of current members in a month,
//! with the age they turn, for the newsletter.

use crate::domain::msg::msg;
use chrono::Datelike as _;
use clap::Args;

use crate::app::Ctx;
use crate::ops;
use crate::output::jubilee::BirthdayRow;

/// List the birthdays of members in a month
#[derive(Debug, Args)]
#[command(
    after_help = "Members on the day of their birthday (active or suspended) with a \
                  birth date, in date order; 29 February counts on 28 February in other years."
)]
pub struct BirthdaysArgs {
    /// The month, 1 to 12
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=12))]
    pub month: u32,
    /// The year [default: this year]
    #[arg(long, value_parser = clap::value_parser!(i32).range(1..=9999))]
    pub year: Option<i32>,
}

impl BirthdaysArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let year = self.year.unwrap_or_else(|| ctx.clock.today().year());
        let mut store = ctx.open_store()?;
        let rows: Vec<BirthdayRow> = ops::member::birthdays(&mut store, self.month, year)?
            .into_iter()
            .map(|b| BirthdayRow {
                date: Some(b.date),
                age: i64::from(b.age),
                number: b.number,
                name: b.name,
                birth_date: Some(b.birth_date),
            })
            .collect();
        ctx.out
            .list(&rows, &ctx.out.say(&msg!("list-empty-birthdays")))
    }
}
