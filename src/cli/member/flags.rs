//! The member fields `member add` and `member edit` both take as flags, made from the member
//! field table (`domain::member::fields`) and flattened into both. Where one of them says a flag otherwise (an empty value clears in
//! `edit`), its `mut_args` function below says so, keeping every flag in its place.

use clap::{Arg, Args};

use crate::cli::args::email as email_arg;
use crate::domain::member::fields::member_fields;
use crate::domain::member_change::MemberPatch;

/// `MemberFlags` from the `flag` lines of `member_fields!` (the `own` ones each command writes
/// itself): collects the flag lines, then writes the struct.
macro_rules! member_flags {
    (@ [$($name:ident [$($arg:tt)*] $help:literal $prompt:literal;)*]) => {
        /// A member's name and contact fields.
        #[derive(Debug, Args)]
        pub struct MemberFlags {
            $(#[doc = $help] #[arg(long, $($arg)*)] pub $name: Option<String>,)*
        }

        impl MemberFlags {
            /// Whether any of these flags was given.
            pub fn any(&self) -> bool {
                false $(|| self.$name.is_some())*
            }

            /// Puts the given flags into `patch`; a given empty value clears the field.
            pub fn patch(self, patch: &mut MemberPatch) {
                $(if let Some(v) = self.$name {
                    patch.$name = Some(Some(v));
                })*
            }

            /// Each flag's field, value and `member add` prompt, in the table's order.
            pub fn values(self) -> [(&'static str, Option<String>, &'static str); COUNT] {
                [$((stringify!($name), self.$name, $prompt)),*]
            }
        }

        /// How many fields are flags.
        const COUNT: usize = [$(stringify!($name)),*].len();
    };
    (@ [$($done:tt)*] $name:ident: Text, search $search:expr, personal $personal:literal,
        flag [$($arg:tt)*] $help:literal, prompt $prompt:literal,
        headers [$($header:literal),* $(,)?]; $($rest:tt)*) => {
        member_flags!(@ [$($done)* $name [$($arg)*] $help $prompt;] $($rest)*);
    };
    (@ [$($done:tt)*] $name:ident: $kind:ident, search $search:expr, personal $personal:literal,
        own $help:literal,
        headers [$($header:literal),* $(,)?]; $($rest:tt)*) => {
        member_flags!(@ [$($done)*] $($rest)*);
    };
    ($($lines:tt)*) => {
        member_flags!(@ [] $($lines)*);
    };
}

member_fields!(member_flags);

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
