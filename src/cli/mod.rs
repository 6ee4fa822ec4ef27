//! The command line: clap structures, one file per noun. Handlers parse, resolve what is missing
//! (prompting only on a terminal) and delegate to the domain and the store; they print only
//! through `output::Output`.

use std::path::PathBuf;

use clap::{Args, CommandFactory as _, FromArgMatches as _, Parser, Subcommand, ValueHint};

use crate::app::{Ctx, Settings};
use crate::domain::msg::msg;
use crate::output::{ColorWhen, Format, Output};

pub mod actions;
pub mod args;
pub mod association;
pub mod board;
pub mod category;
pub mod choices;
pub mod code_sheets;
pub mod db;
pub mod decisions;
pub mod demo;
pub mod election;
pub mod examples;
pub mod hints;
pub mod init;
pub mod journal;
pub mod kascommissie;
pub mod meeting;
pub mod member;
pub mod meta;
pub mod minutes;
pub mod proposal;
pub mod resolution;
pub mod roll;
pub mod rules;
pub mod tally;
pub mod todo;
pub mod vote;

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
    /// The leaf command's path (`member import`), filled in by `parse` for the checks that
    /// come before any work.
    #[arg(skip)]
    pub path: String,
}

/// Flags every command accepts. They are listed under their own heading, after the command's own.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Database file [default: the platform data directory, see `quorum db path`]
    #[arg(long, env = "QUORUM_DB", global = true, value_hint = ValueHint::FilePath)]
    pub db: Option<PathBuf>,
    /// Output format of listings and records [default: table; CSV for `member export`]
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// When to use color
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
    /// Confirm destructive actions without asking
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Never prompt, even on a terminal: a missing value is an error naming its flag
    #[arg(
        long,
        global = true,
        env = "QUORUM_NO_INPUT",
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub no_input: bool,
    /// Name recorded in the journal as who made a change [default: the OS user]
    #[arg(long, global = true, env = "QUORUM_ACTOR")]
    pub actor: Option<String>,
    /// Print no status lines, only data and errors
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// `--lang`: added to every command by `command()`, not derived (see `with_lang`).
    #[arg(skip)]
    pub lang: Option<crate::domain::lang::Lang>,
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
            lang: self.lang,
        }
    }
}

/// The command line as clap sees it: the derived definition plus what derive cannot say: each
/// command's examples, and the database options hidden where a command never opens one.
pub fn command() -> clap::Command {
    let cmd = with_lang(examples::attach(Cli::command()));
    let hidden: Vec<clap::Arg> = DATABASE_OPTIONS
        .iter()
        .filter_map(|id| cmd.get_arguments().find(|a| a.get_id() == id))
        .map(|a| a.clone().hide(true))
        .collect();
    cmd.mut_subcommands(|sub| {
        if NO_DATABASE.contains(&sub.get_name()) {
            // clap does not propagate a global flag into a command that has its own copy.
            sub.args(hidden.clone())
        } else {
            sub
        }
    })
}

/// The id of the terminal's `--lang`.
const LANG_ID: &str = "ui_lang";

/// `--lang nl|en`, the terminal's language, on every command, except where a command has a
/// `--lang` of its own (`init`, `association edit`, `meeting convene`, `minutes draft`,
/// `minutes approve`: the language of the association's documents). It is not a clap global:
/// clap hands a global's value to a subcommand's argument of the same id, so the terminal's
/// choice would change the language of the documents (and a type differing there panics).
fn with_lang(cmd: clap::Command) -> clap::Command {
    fn add(cmd: clap::Command, arg: &clap::Arg) -> clap::Command {
        let own = cmd.get_arguments().any(|a| a.get_long() == Some("lang"));
        let cmd = if own { cmd } else { cmd.arg(arg.clone()) };
        cmd.mut_subcommands(|sub| add(sub, arg))
    }
    let arg = clap::Arg::new(LANG_ID)
        .long("lang")
        .value_name("LANG")
        .value_parser(choices::LangChoice::parser())
        .ignore_case(true)
        .help_heading("Global options")
        .help(
            "Language of help and tables: nl or en [default: QUORUM_LANG, the association's \
             language, the locale]",
        );
    add(cmd, &arg)
}

/// `--lang` as typed at any level of the command line (`quorum --lang nl vote cast`, `quorum
/// vote cast --lang nl`); the deepest wins.
fn lang_typed(matches: &clap::ArgMatches) -> Option<crate::domain::lang::Lang> {
    let mut found = None;
    let mut m = Some(matches);
    while let Some(here) = m {
        if let Ok(Some(lang)) = here.try_get_one::<crate::domain::lang::Lang>(LANG_ID) {
            found = Some(*lang);
        }
        m = here.subcommand().map(|(_, sub)| sub);
    }
    found
}

/// Commands that never open the database, so `--db`, `--yes`, `--no-input` and `--actor` mean
/// nothing to them; they are still accepted (scripts may set them for every call) but not offered.
const NO_DATABASE: &[&str] = &["tally", "completions", "man"];
const DATABASE_OPTIONS: &[&str] = &["db", "yes", "no_input", "actor"];

/// Parses the process's arguments, with clap's own messages (help, errors) coloured as `--color`
/// and `NO_COLOR` say, like quorum's; the choice is stored for everything printed later.
pub fn parse() -> Cli {
    let choice = color_choice(std::env::args_os().skip(1));
    choice.write_global();
    let clap_choice = match choice {
        anstream::ColorChoice::Always | anstream::ColorChoice::AlwaysAnsi => {
            clap::ColorChoice::Always
        }
        anstream::ColorChoice::Never => clap::ColorChoice::Never,
        anstream::ColorChoice::Auto => clap::ColorChoice::Auto,
    };
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = match command().color(clap_choice).try_get_matches_from(&args) {
        Ok(matches) => matches,
        // Help, a usage error: printed in the terminal's language, worked out only now so that
        // a command that parses pays nothing for it (and `--version` reads no database).
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayVersion => e.exit(),
        Err(e) => {
            if crate::app::lang_before_parsing(&args[1..]) == crate::domain::lang::Lang::Nl {
                // The value parsers word their refusals in it too.
                crate::i18n::set_terminal_lang(crate::domain::lang::Lang::Nl);
                crate::i18n::help::dutch(command().color(clap_choice)).get_matches_from(&args);
            }
            e.exit()
        }
    };
    let mut cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    cli.path = leaf_path(&matches);
    cli.global.lang = lang_typed(&matches);
    cli
}

/// The names of the subcommands chosen, `meeting agenda add` for `meeting agenda 1 add`.
fn leaf_path(matches: &clap::ArgMatches) -> String {
    let mut names = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        names.push(name);
        m = sub;
    }
    names.join(" ")
}

/// Commands that change the database: their outcome is a line for a person, the changed record
/// as CSV or the JSON envelope, never an HTML page or a Markdown table.
const WRITING: &[&str] = &[
    "init",
    "association edit",
    "member add",
    "member edit",
    "member leave",
    "member rejoin",
    "member suspend",
    "member unsuspend",
    "member arrears",
    "member erase",
    "member delete",
    "member import",
    "category add",
    "category edit",
    "db backup",
    "db restore",
    "rules set",
    "rules import",
    "meeting new",
    "meeting edit",
    "meeting cancel",
    "meeting open",
    "meeting close",
    "meeting agenda add",
    "meeting agenda move",
    "meeting agenda remove",
    "meeting convene",
    "meeting request",
    "meeting checkin",
    "meeting checkout",
    "meeting apologies",
    "meeting proxy",
    "meeting proxy revoke",
    "proposal new",
    "proposal edit",
    "proposal amend",
    "proposal exclude",
    "proposal withdraw",
    "vote open",
    "vote count",
    "vote cast",
    "vote close",
    "vote challenge",
    "vote convert",
    "vote codes",
    "resolution new",
    "resolution sign",
    "resolution close",
    "election new",
    "election candidate add",
    "election candidate withdraw",
    "election binding",
    "election ballot",
    "election codes",
    "election cast",
    "election count",
    "election round",
    "minutes note",
    "minutes action",
    "minutes approve",
    "actions done",
    "decisions set",
];

/// Commands that print a file of their own format (TOML, a shell script, roff), whatever
/// `--format` says: asking them for one is refused rather than ignored.
const OWN_FORMAT: &[&str] = &["rules export", "completions", "man"];

/// The formats a command has a form for, when that is not all of them.
pub fn forms(path: &str) -> Option<&'static [Format]> {
    const RECORDS: &[Format] = &[Format::Table, Format::Csv, Format::Json];
    match path {
        "journal verify" | "db check" | "minutes verify" => Some(RECORDS),
        p if WRITING.contains(&p) => Some(RECORDS),
        _ => None,
    }
}

/// Refuses, before anything is read or written, a `--format` the command has no form for: a
/// script that retries after exit 2 must not have changed anything the first time.
pub fn check_format(path: &str, format: Option<Format>) -> Result<(), crate::exit::UsageError> {
    if let Some(format) = format
        && OWN_FORMAT.contains(&path)
    {
        return Err(crate::exit::UsageError::new(msg!(
            "format-own-file",
            path = path,
            format = format.name()
        ))
        .hint(msg!("format-own-file-hint")));
    }
    let (Some(format), Some(has)) = (format, forms(path)) else {
        return Ok(());
    };
    if has.contains(&format) {
        return Ok(());
    }
    let names: Vec<String> = has.iter().map(|f| f.name().to_string()).collect();
    Err(crate::exit::UsageError::new(msg!(
        "format-not-offered",
        path = path,
        format = format.name()
    ))
    .hint(msg!("format-use", formats = names.join(", "))))
}

/// `--color WHEN` read before clap parses (clap needs it to print its own errors); a value clap
/// would refuse counts as `auto` here and is reported by clap.
pub fn color_choice(args: impl IntoIterator<Item = std::ffi::OsString>) -> anstream::ColorChoice {
    let mut when = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        if arg == "--color" {
            when = args.next().and_then(|v| v.into_string().ok());
        } else if let Some(v) = arg.strip_prefix("--color=") {
            when = Some(v.to_string());
        }
    }
    match when.as_deref() {
        Some("always") => anstream::ColorChoice::Always,
        Some("never") => anstream::ColorChoice::Never,
        _ => anstream::ColorChoice::Auto,
    }
}

/// Ends a writing command: with `--format json` prints `changed` and the journal's new head
/// (`output::change`); every writing command calls this once, after its transaction.
pub fn report_change<T: serde::Serialize>(
    ctx: &Ctx,
    store: &mut crate::store::Store,
    command: &str,
    changed: T,
) -> anyhow::Result<()> {
    let head = crate::ops::journal::head(store)?;
    ctx.out.changed(command, changed, head)
}

/// Ends a writing command whose table shows the changed thing itself (`member add`,
/// `meeting new`): the envelope of `report_change` with `--format json`, otherwise the record as
/// its own `show` gives it.
pub fn report_record<T: serde::Serialize>(
    ctx: &Ctx,
    store: &mut crate::store::Store,
    command: &str,
    record: T,
) -> anyhow::Result<()> {
    if ctx.out.format == Format::Json {
        return report_change(ctx, store, command, record);
    }
    ctx.out.record(&record)
}

/// As `report_record`, for a writing command whose outcome is rows (the door, `member edit`):
/// the envelope with `changed` the array, otherwise the rows as a listing (`empty` when none).
pub fn report_rows<T: serde::Serialize + Default>(
    ctx: &Ctx,
    store: &mut crate::store::Store,
    command: &str,
    rows: &[T],
    empty: &str,
) -> anyhow::Result<()> {
    if ctx.out.format != Format::Json {
        return ctx.out.list(rows, empty);
    }
    let head = crate::ops::journal::head(store)?;
    if rows.is_empty() {
        return ctx.out.unchanged(command, rows, head);
    }
    ctx.out.changed(command, rows, head)
}

/// Ends a writing command from its use case's [`crate::ops::Changed`]: with `--format json` the
/// envelope (`changed`, the head taken in the change's own transaction, `nothing_changed` when
/// so), as CSV the changed record; for a table nothing more, the outcome line said it.
pub fn report<T: serde::Serialize>(
    ctx: &Ctx,
    command: &str,
    changed: crate::ops::Changed<T>,
) -> anyhow::Result<()> {
    if changed.nothing_changed {
        ctx.out
            .unchanged(command, changed.value, changed.journal_head)
    } else {
        ctx.out
            .changed(command, changed.value, changed.journal_head)
    }
}

/// As [`report`], for a command whose table shows the changed record itself (`member add`):
/// the envelope with `--format json`, otherwise the record as its own `show` gives it.
pub fn report_shown<T: serde::Serialize>(
    ctx: &Ctx,
    command: &str,
    changed: crate::ops::Changed<T>,
) -> anyhow::Result<()> {
    if ctx.out.format == Format::Json {
        return report(ctx, command, changed);
    }
    ctx.out.record(&changed.value)
}

/// As [`report`], for a writing command whose outcome is rows (the door): the envelope with
/// `changed` the array (`nothing_changed` when there are none), otherwise the rows as a listing
/// (`empty` when none).
pub fn report_list<T: serde::Serialize + Default>(
    ctx: &Ctx,
    command: &str,
    changed: crate::ops::Changed<Vec<T>>,
    empty: &str,
) -> anyhow::Result<()> {
    if ctx.out.format != Format::Json {
        return ctx.out.list(&changed.value, empty);
    }
    if changed.value.is_empty() {
        return ctx
            .out
            .unchanged(command, changed.value, changed.journal_head);
    }
    ctx.out
        .changed(command, changed.value, changed.journal_head)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    if let Err(e) = check_format(&cli.path, cli.global.format) {
        // Refused before a `Ctx` chose the terminal's language: worded in the one it would choose.
        let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
        crate::i18n::set_terminal_lang(crate::app::lang_before_parsing(&args));
        return Err(e.into());
    }
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
    /// Proposals for a general meeting: draft, amend, withdraw, exclude members from a vote
    #[command(subcommand)]
    Proposal(proposal::ProposalCmd),
    /// Votes on proposals: open, count, cast, close, challenge, show, list, export
    #[command(subcommand)]
    Vote(vote::VoteCmd),
    /// Written resolutions outside a meeting (BW 2:40): new, sign, close, show, list
    #[command(subcommand)]
    Resolution(resolution::ResolutionCmd),
    /// Elections of persons in a meeting: candidates, paper ballots, rounds, count, export
    #[command(subcommand)]
    Election(election::ElectionCmd),
    /// Minutes of a meeting: notes, action items, the draft, approval and the seal
    #[command(subcommand)]
    Minutes(minutes::MinutesCmd),
    /// Action items across meetings: list them (--open), mark one done
    Actions(actions::ActionsArgs),
    /// The board on a date, its seats and terms, the retirement schedule, changes to report
    Board(board::BoardArgs),
    /// The audit committee (kascommissie, BW 2:48 lid 2) of a financial year, and its report
    Kascommissie(kascommissie::KascommissieArgs),
    /// What the law and the statutes expect next, with dates: meetings, reports, terms, data
    Todo(todo::TodoArgs),
    /// The decision register across all meetings: list, show, record the notarial deed
    #[command(visible_alias = "decision")]
    Decisions(decisions::DecisionsArgs),
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
    /// Print the man page, or write one page per command into a folder
    Man(meta::ManArgs),
}

impl Command {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            Command::Init(args) => args.run(ctx),
            Command::Demo(args) => args.run(ctx),
            Command::Member(cmd) => cmd.run(ctx),
            Command::Association(cmd) => cmd.run(ctx),
            Command::Meeting(cmd) => cmd.run(ctx),
            Command::Proposal(cmd) => cmd.run(ctx),
            Command::Vote(cmd) => cmd.run(ctx),
            Command::Resolution(cmd) => cmd.run(ctx),
            Command::Election(cmd) => cmd.run(ctx),
            Command::Minutes(cmd) => cmd.run(ctx),
            Command::Actions(args) => args.run(ctx),
            Command::Board(args) => args.run(ctx),
            Command::Kascommissie(cmd) => cmd.run(ctx),
            Command::Todo(args) => args.run(ctx),
            Command::Decisions(args) => args.run(ctx),
            Command::Category(cmd) => cmd.run(ctx),
            Command::Roll(args) => args.run(ctx),
            Command::Journal(cmd) => cmd.run(ctx),
            Command::Db(cmd) => cmd.run(ctx),
            Command::Rules(cmd) => cmd.run(ctx),
            Command::Tally(args) => args.run(ctx),
            Command::Completions(args) => args.run(ctx),
            Command::Man(args) => args.run(ctx),
        }
    }
}
