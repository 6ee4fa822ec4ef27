//! `quorum member list` and `quorum member show`: reading the registry.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use crate::app::Ctx;
use crate::cli::args::{StatusArg, date as date_arg, with_flag_names};

use crate::domain::member::{MemberFilter, SortBy};
use crate::ops;
use crate::output::member::{MemberRecord, MemberRow};

/// Order of the list
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum SortArg {
    /// Family name without its prefix, then given name: van der Berg under B
    #[default]
    Name,
    /// Member number
    Number,
    /// Start of the latest membership period
    Joined,
}

/// List members
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which members, judged on the --on date
    #[arg(long, value_enum, default_value_t)]
    pub status: StatusArg,
    /// Only this category
    #[arg(long)]
    pub category: Option<String>,
    /// The date to judge membership and status on [default: today]
    #[arg(long = "on", visible_alias = "as-of", value_name = "DATE", value_parser = date_arg)]
    pub as_of: Option<NaiveDate>,
    /// Text in the number, names, e-mail or city (case and accents ignored)
    #[arg(long)]
    pub search: Option<String>,
    /// Order of the list
    #[arg(long, value_enum, default_value_t)]
    pub sort: SortArg,
}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let on = self.as_of.unwrap_or_else(|| ctx.clock.today());
        let filter = MemberFilter {
            on,
            status: self.status.into(),
            category: self.category,
            search: self.search.filter(|s| !s.trim().is_empty()),
            sort: match self.sort {
                SortArg::Name => SortBy::Name,
                SortArg::Number => SortBy::Number,
                SortArg::Joined => SortBy::Joined,
            },
        };
        let mut store = ctx.open_store()?;
        ctx.out
            .list_streamed("No members match.", |emit| {
                ops::member::list(&mut store, &filter, |m| emit(&MemberRow::new(m, on)))
            })
            .map_err(with_flag_names)
    }
}

/// Show one member
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Member number
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let (member, terms) = ops::member::show(&mut store, self.number)?;
        let mut record = MemberRecord::new(&member, ctx.clock.today());
        record.board = terms
            .iter()
            .map(|t| format!("board member since {} (election {})", t.since, t.election))
            .collect::<Vec<_>>()
            .join("; ");
        ctx.out.record(&record)
    }
}
