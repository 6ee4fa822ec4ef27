//! The member fields `member add` and `member edit` both take as flags, written once and
//! flattened into both. Where one of them says a flag otherwise (an empty value clears in
//! `edit`), its `mut_args` function below says so, keeping every flag in its place.

use clap::{Arg, Args};

use crate::cli::args::email as email_arg;

/// A member's name and contact fields.
#[derive(Debug, Args)]
pub struct MemberFlags {
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
}

impl MemberFlags {
    /// Whether any of these flags was given.
    pub fn any(&self) -> bool {
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
        ]
        .iter()
        .any(|f| f.is_some())
    }
}

/// `member add`: a member is a person or an organisation, never both.
pub fn as_add_says(a: Arg) -> Arg {
    match a.get_id().as_str() {
        "organisation" => a.conflicts_with_all(["given_name", "name_prefix", "family_name"]),
        _ => a,
    }
}

/// `member edit`: an empty value clears a field.
pub fn as_edit_says(a: Arg) -> Arg {
    match a.get_id().as_str() {
        "family_name" => a.help(
            "Family name without the prefix (\"\" clears it, when the member becomes an organisation)",
        ),
        "organisation" => a.help(
            "The name of a member that is an organisation (\"\" clears it; the member then needs a family name)",
        ),
        "external_code" => a.help(
            "A code the member has elsewhere (a federation's relation code), kept as typed",
        ),
        _ => a,
    }
}
