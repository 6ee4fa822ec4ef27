//! `quorum member edit N --FIELD VALUE…`: change fields of one member. An empty value clears an
//! optional field. Prints the changed fields (field, old, new); journals only those.

use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::{
    OrClear, date as date_arg, date_or_clear, email as email_arg, with_flag_names,
};
use crate::domain::member_change::MemberPatch;
use crate::exit::UsageError;
use crate::ops;
use crate::output::member::ChangeRow;

/// Change fields of a member
#[derive(Debug, Args)]
pub struct EditArgs {
    /// Member number of the member to change
    #[arg(value_name = "NUMBER", value_parser = crate::cli::args::member_number)]
    pub number: i64,
    /// New member number
    #[arg(long = "number", value_name = "NEW", value_parser = clap::value_parser!(i64).range(1..))]
    pub new_number: Option<i64>,
    /// Given name (voornaam)
    #[arg(long)]
    pub given_name: Option<String>,
    /// Name prefix (tussenvoegsel), e.g. "van der"
    #[arg(long, visible_alias = "prefix")]
    pub name_prefix: Option<String>,
    /// Family name without the prefix ("" clears it, when the member becomes an organisation)
    #[arg(long)]
    pub family_name: Option<String>,
    /// The name of a member that is an organisation ("" clears it; the member then needs a
    /// family name)
    #[arg(long)]
    pub organisation: Option<String>,
    /// E-mail address
    #[arg(long, value_parser = email_arg)]
    pub email: Option<String>,
    /// Phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// A second phone number
    #[arg(long)]
    pub phone2: Option<String>,
    /// A code the member has elsewhere (a federation's relation code), kept as typed
    #[arg(long)]
    pub external_code: Option<String>,
    /// Street and house number
    #[arg(long, visible_alias = "address")]
    pub street: Option<String>,
    /// Postcode
    #[arg(long)]
    pub postcode: Option<String>,
    /// City (woonplaats)
    #[arg(long)]
    pub city: Option<String>,
    /// Country
    #[arg(long)]
    pub country: Option<String>,
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
    /// Correct the first day of the current (or last) membership period
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub joined: Option<NaiveDate>,
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
        MemberPatch {
            given_name: self.given_name.map(Some),
            name_prefix: self.name_prefix.map(Some),
            family_name: self.family_name.map(Some),
            organisation: self.organisation.map(Some),
            email: self.email.map(Some),
            phone: self.phone.map(Some),
            phone2: self.phone2.map(Some),
            external_code: self.external_code.map(Some),
            street: self.street.map(Some),
            postcode: self.postcode.map(Some),
            city: self.city.map(Some),
            country: self.country.map(Some),
            birth_date: self.birth_date.map(|d| d.0),
            email_consent: self.email_consent.map(|v| v.map_or(Some(today), |d| d.0)),
            notes: self.notes.map(Some),
            category: self.category,
            number: self.new_number,
            joined: self.joined,
            left: self.left.map(|d| d.0),
        }
    }

    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let number = self.number;
        let patch = self.patch(today);
        if patch.is_empty() {
            return Err(UsageError::new("nothing to change: no field was given")
                .hint(format!(
                    "pass the fields to change, e.g. `quorum member edit {number} --city Utrecht` \
                     (see --help)"
                ))
                .into());
        }
        let mut store = ctx.open_store()?;
        let actor = ctx.actor("member edit");
        let (changes, member) = ops::member::edit(&mut store, &actor, number, &patch, today)
            .map_err(with_flag_names)?;
        let rows: Vec<ChangeRow> = changes.iter().map(ChangeRow::from).collect();
        if !changes.is_empty() {
            let fields: Vec<&str> = changes.iter().map(|c| c.field).collect();
            ctx.out.outcome(
                "Changed",
                format_args!("member {}: {}", member.number, fields.join(", ")),
            );
            if member.data.email_consent.is_some() && member.data.email.is_none() {
                ctx.out.warn(format_args!(
                    "member {} has consented to convocation by e-mail, but has no e-mail address",
                    member.number
                ));
            }
        }
        crate::cli::report_rows(
            ctx,
            &mut store,
            "member edit",
            &rows,
            &format!(
                "Member {} already has these values; nothing changed.",
                member.number
            ),
        )
    }
}
