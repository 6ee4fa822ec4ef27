//! Every closed choice of a flag or argument as a clap `ValueEnum`, so that `--help` shows
//! `[possible values: …]`, the shell completions offer them, and a wrong word is a usage error
//! (exit 2) naming the choices. The domain keeps its own enums (it knows no clap); each choice
//! here converts into one, and its names are the domain's names (kebab-case, the stored
//! `roll_call` kept as an alias). The Dutch words a chair or teller says are aliases, so
//! `--method hoofdelijk` and `vote cast 4 12 voor` work as they always did. A wrong word is
//! answered by the domain's own message, in the terminal's language where it is a catalogue
//! message (clap's own "invalid value" is English only).

use std::ffi::OsStr;
use std::marker::PhantomData;
use std::str::FromStr;

use clap::ValueEnum;
use clap::builder::{PossibleValue, TypedValueParser};

use crate::domain::DomainError;

use crate::domain::decision::Status as DecisionStatus;
use crate::domain::lang::Lang;
use crate::domain::meeting::Kind as MeetingKind;
use crate::domain::meeting::agenda::Decides;
use crate::domain::meeting::proxy::Form;
use crate::domain::proposal::Kind as ProposalKind;
use crate::domain::vote::{Choice, Declared, Method};

/// A `ValueEnum` whose every value is one value of the domain enum `$domain`, and the value
/// parser that gives the domain value (`value_parser = MethodChoice::parser()`): the field
/// keeps the domain type, the help and completions get the possible values.
macro_rules! choices {
    ($(#[$meta:meta])* $name:ident => $domain:ident {
        $($variant:ident $(= [$($alias:literal),+])?),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name {
            $($(#[value(aliases = [$($alias),+])])? $variant),+
        }

        impl From<$name> for $domain {
            fn from(c: $name) -> Self {
                match c {
                    $($name::$variant => $domain::$variant),+
                }
            }
        }

        impl $name {
            pub fn parser() -> Parser<$name, $domain> {
                Parser(PhantomData)
            }
        }
    };
}

/// The value parser of a choice `E` giving the domain value `D`: the names and aliases of `E`
/// first, and for a word that is none of them the domain's refusal.
pub struct Parser<E, D>(PhantomData<fn() -> (E, D)>);

impl<E, D> Clone for Parser<E, D> {
    fn clone(&self) -> Self {
        Parser(PhantomData)
    }
}

impl<E, D> TypedValueParser for Parser<E, D>
where
    E: ValueEnum + Send + Sync + 'static,
    D: From<E> + FromStr<Err = DomainError> + Clone + Send + Sync + 'static,
{
    type Value = D;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<D, clap::Error> {
        let ignore_case = arg.is_some_and(clap::Arg::is_ignore_case_set);
        let parse = move |s: &str| -> Result<D, String> {
            match E::from_str(s, ignore_case) {
                Ok(e) => Ok(D::from(e)),
                Err(_) => Err(match s.parse::<D>() {
                    // A word the domain takes that is not a name here is refused all the same,
                    // so that help, completions and parsing agree.
                    Ok(_) => format!("'{s}' is not one of the choices"),
                    Err(e) => e.worded(|m| crate::i18n::say(crate::i18n::terminal_lang(), m)),
                }),
            }
        };
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            E::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

choices! {
    /// How a vote is held; the Dutch words of BW 2:13 lid 4 ("hoofdelijk of schriftelijk") too.
    MethodChoice => Method {
        Hands = ["hand", "handen", "handopsteken"],
        RollCall = ["roll_call", "hoofdelijk"],
        Ballot = ["schriftelijk", "geheim"],
    }
}

choices! {
    /// A voter's choice; the words printed on a Dutch ballot paper too.
    VoteChoice => Choice {
        For = ["voor"],
        Against = ["tegen"],
        Abstain = ["onthouding"],
        Blank = ["blanco"],
    }
}

choices! {
    /// The chair's declaration of a vote's result.
    DeclaredChoice => Declared {
        Adopted = ["aangenomen"],
        Rejected = ["verworpen"],
    }
}

choices! {
    /// What a decision on an agenda item is.
    DecidesChoice => Decides {
        None,
        Ordinary,
        StatuteAmendment = ["statute_amendment"],
        Dissolution,
    }
}

choices! {
    /// A decision's status in the register.
    StatusChoice => DecisionStatus {
        Adopted,
        Rejected,
        AwaitingDeed = ["awaiting_deed"],
        InForce = ["in_force"],
        Superseded,
    }
}

choices! {
    /// The kind of a general meeting.
    MeetingKindChoice => MeetingKind {
        Regular,
        Annual = ["jaarvergadering"],
        Extraordinary,
    }
}

choices! {
    /// The kind of a proposal (it selects the majority and the notice period).
    ProposalKindChoice => ProposalKind {
        Ordinary,
        Statutes,
        Dissolution,
        Budget,
        Accounts,
        Discharge,
        Appointment,
        Other,
        BoardDismissal,
        BoardSuspension,
    }
}

choices! {
    /// How a written proxy reached the secretary.
    FormChoice => Form {
        Paper,
        Electronic,
    }
}

choices! {
    /// A language quorum writes in.
    LangChoice => Lang {
        Nl,
        En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each choice's name is the one the domain parses and stores, so a value a script wrote
    /// before the choices were typed means the same now.
    #[test]
    fn every_name_is_the_domain_name() {
        fn same<E: ValueEnum + Copy, D: From<E> + std::str::FromStr + PartialEq + std::fmt::Debug>()
        where
            D::Err: std::fmt::Debug,
        {
            for v in E::value_variants() {
                let name = v.to_possible_value().unwrap().get_name().to_string();
                assert_eq!(name.parse::<D>().unwrap(), D::from(*v), "{name}");
            }
        }
        same::<MethodChoice, Method>();
        same::<VoteChoice, Choice>();
        same::<DeclaredChoice, Declared>();
        same::<DecidesChoice, Decides>();
        same::<StatusChoice, DecisionStatus>();
        same::<MeetingKindChoice, MeetingKind>();
        same::<ProposalKindChoice, ProposalKind>();
        same::<FormChoice, Form>();
        same::<LangChoice, Lang>();
    }

    #[test]
    fn dutch_words_are_accepted() {
        let method = |s| MethodChoice::from_str(s, true).map(Method::from);
        assert_eq!(method("hoofdelijk"), Ok(Method::RollCall));
        assert_eq!(method("handopsteken"), Ok(Method::Hands));
        assert_eq!(method("geheim"), Ok(Method::Ballot));
        assert!(method("per brief").is_err());
        assert_eq!(
            VoteChoice::from_str("Onthouding", true).map(Choice::from),
            Ok(Choice::Abstain)
        );
    }
}
