//! `quorum member add`: one new member from flags, or walked through on a terminal.
//!
//! Prints the new member's record on stdout (`--format`) and "Added member 7 …" on stderr.

use chrono::NaiveDate;
use clap::Args;

use super::flags::MemberFlags;
use crate::app::Ctx;
use crate::cli::args::{date as date_arg, joined as joined_arg, with_flag_names};
use crate::domain::DomainError;
use crate::domain::member::{
    AddRefusal, Duplicate, Joined, Likeness, MemberData, NewMember, check_email, fields,
};
use crate::domain::msg::{Msg, Text, msg};
use crate::exit::{Failed, hinted};
use crate::ops;
use crate::output::member::MemberRecord;

/// Add a member
#[derive(Debug, Args)]
#[command(mut_args(super::flags::as_add_says))]
pub struct AddArgs {
    /// Member number [default: the next free one]
    #[arg(long, value_parser = clap::value_parser!(i64).range(1..))]
    pub number: Option<i64>,
    #[command(flatten)]
    pub person: MemberFlags,
    /// Birth date (YYYY-MM-DD or DD-MM-YYYY)
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub birth_date: Option<NaiveDate>,
    /// Category, see `quorum category list` [default: regular]
    #[arg(long)]
    pub category: Option<String>,
    /// First day of membership, or "unknown" for a member from before the registry [default: today]
    #[arg(long, value_name = "DATE|unknown", value_parser = joined_arg)]
    pub joined: Option<Joined>,
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

/// The refusal of a likely duplicate, worded with the next step.
fn refusal(r: &AddRefusal) -> anyhow::Error {
    match r {
        AddRefusal::LikelyDuplicate { name, of } => hinted(
            msg!(
                "member-add-duplicate",
                name = name.as_str(),
                found = describe(of)
            ),
            msg!(
                "member-add-duplicate-hint",
                number = of.first().map_or(0, |d| d.number)
            ),
        ),
        AddRefusal::Cancelled => Failed(msg!("member-add-cancelled")).into(),
    }
}

/// "member 3 (Jan Jansen) has the same e-mail address; …", in the terminal's words.
fn describe(found: &[Duplicate]) -> Msg {
    let mut all: Option<Msg> = None;
    for d in found {
        let why = match d.why {
            Likeness::SameEmail => msg!("member-likeness-email"),
            Likeness::SameNameAndBirthDate => msg!("member-likeness-name-birth"),
        };
        let one = msg!(
            "member-likely-same",
            number = d.number,
            name = d.name.as_str(),
            why = why
        );
        all = Some(match all {
            None => one,
            Some(first) => msg!("list-semicolon", first = first, then = one),
        });
    }
    all.unwrap_or_else(|| msg!("list-empty"))
}

/// A refusal about a flag kept in the catalogue's words, so that its hint can go with it.
fn said(e: &anyhow::Error) -> Text {
    match e.downcast_ref::<DomainError>() {
        Some(DomainError::Invalid { field, msg }) => {
            msg!("flag-invalid", flag = field.as_str(), why = msg.clone()).into()
        }
        _ => e.to_string().into(),
    }
}

impl AddArgs {
    /// True when no field was given: on a terminal, walk through them all.
    fn is_bare(&self) -> bool {
        !self.person.any()
            && self.category.is_none()
            && self.notes.is_none()
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
            ops::member::category_names(&mut store)?
        } else {
            Vec::new()
        };
        let email_check = |s: &str| check_email(s).map_err(|why| format!("'{s}' {why}"));

        // The flags in the table's order: the names (unless an organisation), the e-mail address
        // (checked), then every other field as typed.
        let organisation = self.person.organisation.is_some();
        let mut data = MemberData::default();
        for (name, value, prompt) in self.person.values() {
            let value = match name {
                "organisation" => value,
                "given_name" | "name_prefix" | "family_name" if organisation => None,
                "family_name" => Some(ctx.required(value, "--family-name", prompt)?),
                "email" => ctx.optional_checked(value, prompt, ask, email_check)?,
                _ => ctx.optional(value, prompt, ask)?,
            };
            if let Some(f) = fields::named(name) {
                f.set_text(&mut data, value);
            }
        }
        // The questions of the walk-through, in the terminal's language.
        let lang = ctx.out.lang;
        let ask_in = |id: &'static str| crate::i18n::say(lang, &Msg::new(id));
        let birth_date =
            ctx.optional_date(self.birth_date, &ask_in("prompt-birth-date"), ask, None)?;
        let category = ctx.choose(
            self.category,
            &ask_in("prompt-category"),
            &categories,
            "regular",
            ask,
        )?;
        let joined = match self.joined {
            Some(j) => j,
            None => Joined::On(
                ctx.optional_date(None, &ask_in("prompt-joined"), ask, Some(today))?
                    .unwrap_or(today),
            ),
        };
        let has_email = data.email.as_deref().is_some_and(|e| !e.is_empty());
        let email_consent = match self.email_consent {
            Some(date) => Some(date.unwrap_or(today)),
            None if has_email && ctx.yes_no(&ask_in("prompt-email-consent"), false, ask)? => {
                Some(today)
            }
            None => None,
        };
        let notes = ctx.optional(self.notes, &ask_in("prompt-notes"), ask)?;

        let new = NewMember {
            number: self.number,
            data: MemberData {
                birth_date,
                email_consent,
                notes,
                ..data
            }
            .normalized(),
            category,
            joined,
            left: self.left,
            ..Default::default()
        };
        new.validate(today).map_err(|e| with_flag_names(e.into()))?;
        if new.data.email_consent.is_some() && new.data.email.is_none() {
            ctx.out.warn_msg(&msg!("member-consent-without-email"));
        }
        let actor = ctx.actor("member add");
        let mut ask = |found: &[Duplicate]| -> anyhow::Result<bool> {
            ctx.out
                .warn_msg(&msg!("member-likely-duplicate", found = describe(found)));
            ctx.yes_no(&ctx.out.say(&msg!("prompt-add-anyway")), false, true)
        };
        let ask: Option<ops::member::Ask<'_>> = if ctx.interactive {
            Some(&mut ask)
        } else {
            None
        };
        let changed = ops::member::add(&mut store, &actor, &new, self.allow_duplicate, ask)
            .map_err(|e| {
                if let Some(r) = e.downcast_ref::<AddRefusal>() {
                    return refusal(r);
                }
                let taken = matches!(e.downcast_ref::<DomainError>(), Some(d) if d.field() == Some("number"));
                let e = with_flag_names(e);
                if taken {
                    hinted(said(&e), msg!("member-add-number-taken-hint"))
                } else {
                    e
                }
            })?;
        let member = &changed.value;
        ctx.out.outcome_msg(&msg!(
            "member-added",
            number = member.number,
            name = member.data.full_name()
        ));
        let changed = changed.map(|m| MemberRecord::new(&m, today));
        crate::cli::report_shown(ctx, "member add", changed)
    }
}
