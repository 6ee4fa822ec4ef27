//! `quorum member birthdays --month M [--year Y]`: the birthdays of current members in a month,
//! with the age they turn, for the newsletter.

use chrono::Datelike as _;
use clap::Args;

use crate::app::Ctx;
use crate::domain::jubilee::birthday_in;
use crate::domain::roll::Status;
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
        let mut rows = Vec::new();
        let mut store = ctx.open_store()?;
        store.read(|tx| {
            tx.export_members(None, |m| {
                let Some(birth) = m.data.birth_date else {
                    return Ok(());
                };
                let Some((day, age)) = birthday_in(birth, year) else {
                    return Ok(());
                };
                let status = m.status_on(day);
                if day.month() != self.month
                    || !matches!(status, Status::Active | Status::Suspended)
                {
                    return Ok(());
                }
                rows.push(BirthdayRow {
                    date: Some(day),
                    age: i64::from(age),
                    number: m.number,
                    name: m.data.full_name(),
                    birth_date: Some(birth),
                });
                Ok(())
            })
        })?;
        rows.sort_by_key(|r| (r.date, r.number));
        ctx.out
            .list(&rows, "No member has a birthday in that month.")
    }
}
