//! `quorum member …`: the member registry. Each verb lives in its own file in `cli/member/`
//! (`member leave|rejoin|suspend|unsuspend` share `status.rs`, `list` and `show` share
//! `list.rs`, `data` and `erase` share `privacy.rs`); this file holds the command group. The
//! value parsers the verbs share are in `cli/args.rs`.

use clap::Subcommand;

use crate::app::Ctx;

mod add;
mod arrears;
mod birthdays;
mod delegate;
mod delete;
mod edit;
mod export;
mod flags;
mod import;
mod jubilees;
mod list;
mod privacy;
mod status;

/// Keep the member registry
#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Add a member (asks for the fields on a terminal when no flags are given)
    Add(Box<add::AddArgs>),
    /// List members on a date, filtered and sorted
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show every field of one member
    Show(list::ShowArgs),
    /// Change fields of a member (an empty value clears an optional field)
    Edit(Box<edit::EditArgs>),
    /// End a membership: the member leaves after the given last day
    Leave(status::LeaveArgs),
    /// Start a new membership period for a former member
    Rejoin(status::RejoinArgs),
    /// Suspend a member: no vote and not counted in any base (BW 2:24d)
    Suspend(status::SuspendArgs),
    /// Lift a member's suspension
    Unsuspend(status::UnsuspendArgs),
    /// Record contribution arrears (--from DATE) or that they were paid (--clear)
    Arrears(arrears::ArrearsArgs),
    /// Print everything held about one member as JSON (access and portability requests)
    Data(privacy::DataArgs),
    /// Erase the personal data of a former member, keeping an anonymous record
    Erase(privacy::EraseArgs),
    /// Delete a record added by mistake (only while nothing refers to it)
    Delete(delete::DeleteArgs),
    /// Delegates of a member that is an organisation: add, list, end
    Delegate(delegate::DelegateArgs),
    /// Import members from a spreadsheet (CSV)
    Import(import::ImportArgs),
    /// Export members as CSV or JSON
    Export(export::ExportArgs),
    /// List members who reach 12.5, 25, 40, 50… years of membership in a year
    Jubilees(jubilees::JubileesArgs),
    /// List the birthdays of members in a month, with the age they turn
    Birthdays(birthdays::BirthdaysArgs),
}

impl MemberCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            MemberCmd::Add(args) => (*args).run(ctx),
            MemberCmd::List(args) => args.run(ctx),
            MemberCmd::Show(args) => args.run(ctx),
            MemberCmd::Edit(args) => (*args).run(ctx),
            MemberCmd::Leave(args) => args.run(ctx),
            MemberCmd::Rejoin(args) => args.run(ctx),
            MemberCmd::Suspend(args) => args.run(ctx),
            MemberCmd::Unsuspend(args) => args.run(ctx),
            MemberCmd::Arrears(args) => args.run(ctx),
            MemberCmd::Data(args) => args.run(ctx),
            MemberCmd::Erase(args) => args.run(ctx),
            MemberCmd::Delete(args) => args.run(ctx),
            MemberCmd::Delegate(args) => args.run(ctx),
            MemberCmd::Import(args) => args.run(ctx),
            MemberCmd::Export(args) => args.run(ctx),
            MemberCmd::Jubilees(args) => args.run(ctx),
            MemberCmd::Birthdays(args) => args.run(ctx),
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory as _;
        crate::cli::Cli::command().debug_assert();
    }
}
