//! The command line: clap structures, one file per noun. Handlers parse, resolve what is missing
//! (prompting only on a terminal) and delegate to the domain and the store; they print only
//! through `output::Output`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueHint};

use crate::app::{Ctx, Settings};
use crate::output::{ColorWhen, Format, Output};

pub mod args;
pub mod association;
pub mod category;
pub mod db;
pub mod demo;
pub mod init;
pub mod journal;
pub mod meeting;
pub mod member;
pub mod meta;
pub mod roll;
pub mod rules;
pub mod tally;

/// Run an association's member registry and member democracy from a terminal
#[derive(Debug, Parser)]
#[command(
    name = "quorum",
    version,
    propagate_version = true,
    max_term_width = 100
)]
#[command(after_help = "Start with `quorum init --name \"…\"`, or try `quorum demo`.")]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command accepts.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Database file [default: the platform data directory, see `quorum db path`]
    #[arg(long, env = "QUORUM_DB", global = true, value_hint = ValueHint::FilePath)]
    pub db: Option<PathBuf>,
    /// Output format of listings and records
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// When to use color
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// Confirm destructive actions without asking
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Never prompt, even on a terminal: a missing value is an error naming its flag
    #[arg(long, global = true, env = "QUORUM_NO_INPUT")]
    pub no_input: bool,
    /// Name recorded in the journal as who made a change [default: the OS user]
    #[arg(long, global = true, env = "QUORUM_ACTOR")]
    pub actor: Option<String>,
    /// Print no status lines, only data and errors
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

impl GlobalArgs {
    /// The flags as settings for `Ctx`, which resolves them against the environment.
    pub fn settings(self) -> Settings {
        Settings {
            out: Output::new(self.format, self.color, self.quiet),
            db: self.db,
            yes: self.yes,
            no_input: self.no_input,
            actor: self.actor,
        }
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let mut ctx = Ctx::new(cli.global.settings())?;
    cli.command.run(&mut ctx)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new database for an association
    Init(init::InitArgs),
    /// Build a demo association in a temporary database and show it
    Demo(demo::DemoArgs),
    /// Keep the member registry: add, list, edit, leave, import, export, erase
    #[command(subcommand)]
    Member(member::MemberCmd),
    /// Show or change the association's name and language
    #[command(subcommand)]
    Association(association::AssociationCmd),
    /// General meetings: agenda, convocation, attendance, proxies, quorum
    #[command(subcommand)]
    Meeting(meeting::MeetingCmd),
    /// Manage member categories: who is a member in law, who votes, with what weight
    #[command(subcommand)]
    Category(category::CategoryCmd),
    /// Print the voting roll on a date: who votes, with how many votes, and why not
    Roll(roll::RollArgs),
    /// Show and verify the journal of changes
    #[command(subcommand)]
    Journal(journal::JournalCmd),
    /// Inspect, back up and check the database file
    #[command(subcommand)]
    Db(db::DbCmd),
    /// Show and change the statutes' decision rules, versioned by the date they take effect
    #[command(subcommand)]
    Rules(rules::RulesCmd),
    /// Count a ballot file by a voting method (no database needed)
    Tally(tally::TallyArgs),
    /// Print shell completions
    Completions(meta::CompletionsArgs),
    /// Print the man page
    Man,
}

impl Command {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            Command::Init(args) => args.run(ctx),
            Command::Demo(args) => args.run(ctx),
            Command::Member(cmd) => cmd.run(ctx),
            Command::Association(cmd) => cmd.run(ctx),
            Command::Meeting(cmd) => cmd.run(ctx),
            Command::Category(cmd) => cmd.run(ctx),
            Command::Roll(args) => args.run(ctx),
            Command::Journal(cmd) => cmd.run(ctx),
            Command::Db(cmd) => cmd.run(ctx),
            Command::Rules(cmd) => cmd.run(ctx),
            Command::Tally(args) => args.run(ctx),
            Command::Completions(args) => args.run(ctx),
            Command::Man => meta::man(ctx),
        }
    }
}
