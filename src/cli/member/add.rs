//! `quorum member add`: one new member from flags, or walked through on a terminal.
//!
//! Prints the new member's record on stdout (`--format`) and "Added member 7 …" on stderr.

use chrono::NaiveDate;
use clap::Args;

use crate::app::Ctx;
use crate::cli::args::{date as date_arg, email as email_arg, with_flag_names};
use crate::domain::DomainError;
use crate::domain::member::{MemberData, NewMember, check_email};
use crate::exit::hinted;
use crate::output::member::MemberRecord;

/// Add a member
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Member number [default: the next free one]
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..))]
    pub number: Option<i64>,
    /// Given name (voornaam)
    #[arg(long)]
    pub given_name: Option<String>,
    /// Name prefix (tussenvoegsel), e.g. "van der"
    #[arg(long, visible_alias = "prefix")]
    pub name_prefix: Option<String>,
    /// Family name without the prefix (required, unless the member is an organisation)
    #[arg(long)]
    pub family_name: Option<String>,
    /// The name of a member that is an organisation ("Bewonerscollectief De Wilgen"), instead
    /// of a person's name
    #[arg(long, conflicts_with_all = ["given_name", "name_prefix", "family_name"])]
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
    /// A code the member has elsewhere (a federation's relation code "J-012"), kept as typed
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
    /// Birth date (YYYY-MM-DD or DD-MM-YYYY)
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub birth_date: Option<NaiveDate>,
    /// Category, see `quorum category list` [default: regular]
    #[arg(long)]
    pub category: Option<String>,
    /// First day of membership [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub joined: Option<NaiveDate>,
    /// Last day of membership, to register someone who has already left
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub left: Option<NaiveDate>,
    /// Consent to convocation by e-mail (BW 2:41 lid 5), given on DATE [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub email_consent: Option<Option<NaiveDate>>,
    /// Free-text notes (keep them factual: the member may ask to see them)
    #[arg(long)]
    pub notes: Option<String>,
    /// Add even when a member with the same e-mail address, or the same name and birth date,
    /// is registered (without it a script is refused, a terminal asks)
    #[arg(long)]
    pub allow_duplicate: bool,
}

/// Warns about members `data` likely duplicates; asks on a terminal, and without one refuses,
/// naming `--allow-duplicate`.
fn check_duplicates(
    ctx: &Ctx,
    store: &mut crate::store::Store,
    data: &MemberData,
) -> anyhow::Result<()> {
    let found = store.read(|tx| tx.likely_duplicates(data))?;
    if found.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = found
        .iter()
        .map(|(m, why)| {
            format!(
                "member {} ({}) has {}",
                m.number,
                m.data.full_name(),
                why.describe()
            )
        })
        .collect();
    let list = list.join("; ");
    if ctx.interactive {
        ctx.out.warn(format_args!("likely a duplicate: {list}"));
        if ctx.yes_no("Add this member anyway?", false, true)? {
            return Ok(());
        }
        anyhow::bail!("cancelled; nothing was added");
    }
    Err(hinted(
        format!(
            "{} looks like a member already registered ({list}); nothing was added",
            data.full_name()
        ),
        format!(
            "check with `quorum member show {}`; if this is another person, add again with --allow-duplicate",
            found[0].0.number
        ),
    ))
}

impl AddArgs {
    /// True when no field was given: on a terminal, walk through them all.
    fn is_bare(&self) -> bool {
        [
            &self.given_name,
            &self.name_prefix,
            &self.family_name,
            &self.organisation,
            &self.email,
            &self.phone,
            &self.phone2,
            &self.external_code,
            &self.street,
            &self.postcode,
            &self.city,
            &self.country,
            &self.category,
            &self.notes,
        ]
        .iter()
        .all(|f| f.is_none())
            && self.number.is_none()
            && self.birth_date.is_none()
            && self.joined.is_none()
            && self.left.is_none()
            && self.email_consent.is_none()
    }

    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let mut store = ctx.open_store()?;
        let ask = self.is_bare() && ctx.interactive;
        let categories: Vec<String> = if ask {
            store
                .read(|tx| tx.categories())?
                .into_iter()
                .map(|c| c.name)
                .collect()
        } else {
            Vec::new()
        };
        let email_check = |s: &str| check_email(s).map_err(|why| format!("'{s}' {why}"));

        let organisation = self.organisation;
        let (given_name, name_prefix, family_name) = if organisation.is_some() {
            (None, None, None)
        } else {
            (
                ctx.optional(self.given_name, "Given name", ask)?,
                ctx.optional(self.name_prefix, "Name prefix (e.g. van der)", ask)?,
                Some(ctx.required(self.family_name, "--family-name", "Family name")?),
            )
        };
        let email = ctx.optional_checked(self.email, "E-mail", ask, email_check)?;
        let phone = ctx.optional(self.phone, "Phone", ask)?;
        let phone2 = ctx.optional(self.phone2, "Second phone", ask)?;
        let external_code = ctx.optional(
            self.external_code,
            "External code (e.g. a federation's)",
            ask,
        )?;
        let street = ctx.optional(self.street, "Street and number", ask)?;
        let postcode = ctx.optional(self.postcode, "Postcode", ask)?;
        let city = ctx.optional(self.city, "City", ask)?;
        let country = ctx.optional(self.country, "Country", ask)?;
        let birth_date = ctx.optional_date(self.birth_date, "Birth date", ask, None)?;
        let category = ctx.choose(self.category, "Category", &categories, "regular", ask)?;
        let joined = ctx
            .optional_date(self.joined, "Joined on", ask, Some(today))?
            .unwrap_or(today);
        let has_email = email.as_deref().is_some_and(|e| !e.is_empty());
        let email_consent = match self.email_consent {
            Some(date) => Some(date.unwrap_or(today)),
            None if has_email && ctx.yes_no("Convocation by e-mail agreed?", false, ask)? => {
                Some(today)
            }
            None => None,
        };
        let notes = ctx.optional(self.notes, "Notes", ask)?;

        let new = NewMember {
            number: self.number,
            data: MemberData {
                given_name,
                name_prefix,
                family_name,
                organisation,
                email,
                phone,
                phone2,
                external_code,
                street,
                postcode,
                city,
                country,
                birth_date,
                email_consent,
                notes,
            }
            .normalized(),
            category,
            joined,
            left: self.left,
            ..Default::default()
        };
        new.validate(today).map_err(|e| with_flag_names(e.into()))?;
        if new.data.email_consent.is_some() && new.data.email.is_none() {
            ctx.out.warn(
                "consent to convocation by e-mail is recorded, but there is no e-mail address",
            );
        }
        if !self.allow_duplicate {
            check_duplicates(ctx, &mut store, &new.data)?;
        }
        let actor = ctx.actor("member add");
        let member = store
            .write(&actor, |tx| tx.add_member(&new, "cli"))
            .map_err(|e| {
                let taken = matches!(e.downcast_ref::<DomainError>(), Some(d) if d.field() == Some("number"));
                let e = with_flag_names(e);
                if taken {
                    hinted(e.to_string(), "leave out --number to take the next free number")
                } else {
                    e
                }
            })?;
        ctx.out.outcome(
            "Added",
            format_args!("member {} {}", member.number, member.data.full_name()),
        );
        let record = MemberRecord::new(&member, today);
        crate::cli::report_record(ctx, &mut store, "member add", record)
    }
}
