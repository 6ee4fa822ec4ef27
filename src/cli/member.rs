//! `quorum member …`: the member registry. Each verb lives in its own `member_<verb>.rs`; this file
//! holds the command group and what the verbs share: parsers for dates and e-mail addresses that
//! name the flag on a bad value, and turning a domain error's field name into its flag.

use chrono::NaiveDate;
use clap::Subcommand;

use crate::app::Ctx;
use crate::domain::DomainError;
use crate::domain::date::parse_date;
use crate::domain::member::check_email;

use super::{member_add, member_edit, member_list, member_privacy, member_status};

/// Keep the member registry
#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Add a member (asks for the fields on a terminal when no flags are given)
    Add(Box<member_add::AddArgs>),
    /// List members on a date, filtered and sorted
    #[command(visible_alias = "ls")]
    List(member_list::ListArgs),
    /// Show every field of one member
    Show(member_list::ShowArgs),
    /// Change fields of a member (an empty value clears an optional field)
    Edit(Box<member_edit::EditArgs>),
    /// End a membership: the member leaves after the given last day
    Leave(member_status::LeaveArgs),
    /// Start a new membership period for a former member
    Rejoin(member_status::RejoinArgs),
    /// Suspend a member: no vote and not counted in any base (BW 2:24d)
    Suspend(member_status::SuspendArgs),
    /// Lift a member's suspension
    Unsuspend(member_status::UnsuspendArgs),
    /// Record contribution arrears (--since DATE) or that they were paid (--clear)
    Arrears(super::member_arrears::ArrearsArgs),
    /// Print everything held about one member as JSON (access and portability requests)
    Data(member_privacy::DataArgs),
    /// Erase the personal data of a former member, keeping an anonymous record
    Erase(member_privacy::EraseArgs),
    /// Import members from a spreadsheet (CSV)
    Import(super::member_import::ImportArgs),
    /// Export members as CSV or JSON
    Export(super::member_export::ExportArgs),
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
            MemberCmd::Import(args) => args.run(ctx),
            MemberCmd::Export(args) => args.run(ctx),
        }
    }
}

/// clap value parser for dates: ISO or Dutch day-first; a bad date is reported with its flag.
pub fn date_arg(s: &str) -> Result<NaiveDate, String> {
    parse_date(s).map_err(|e| e.to_string())
}

/// A `member edit` value that may be empty, meaning: clear the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrClear<T>(pub Option<T>);

/// clap value parser for `member edit` dates: a date, or empty to clear.
pub fn date_or_clear(s: &str) -> Result<OrClear<NaiveDate>, String> {
    if s.trim().is_empty() {
        Ok(OrClear(None))
    } else {
        date_arg(s).map(|d| OrClear(Some(d)))
    }
}

/// clap value parser for e-mail addresses (empty passes: it means none, or clear).
pub fn email_arg(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    check_email(s).map_err(|why| format!("'{s}' {why}"))?;
    Ok(s.to_string())
}

/// The flag for a domain field name: `family_name` → `--family-name`.
fn flag_for(field: &str) -> String {
    format!("--{}", field.replace('_', "-"))
}

/// Rewrites a domain error about a field so that it names the flag the user typed.
pub fn with_flag_names(err: anyhow::Error) -> anyhow::Error {
    match err.downcast_ref::<DomainError>() {
        Some(DomainError::Field { field, message }) if !field.starts_with("--") => {
            DomainError::invalid(&flag_for(field), message.clone()).into()
        }
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory as _;
        crate::cli::Cli::command().debug_assert();
    }

    #[test]
    fn field_errors_name_the_flag() {
        let err = with_flag_names(DomainError::invalid("family_name", "is required").into());
        assert_eq!(err.to_string(), "--family-name: is required");
        let other = with_flag_names(DomainError::Refused("no".into()).into());
        assert_eq!(other.to_string(), "no");
    }

    #[test]
    fn edit_values_may_clear() {
        assert_eq!(date_or_clear(""), Ok(OrClear(None)));
        assert_eq!(
            date_or_clear("29-02-2024"),
            Ok(OrClear(Some("2024-02-29".parse().unwrap())))
        );
        assert!(date_or_clear("31-02-2024").is_err());
        assert_eq!(email_arg(" "), Ok(String::new()));
        assert!(email_arg("jan@@x").unwrap_err().contains("jan@@x"));
    }
}
