//! The chair's declaration of the result (BW 2:13 lid 3, rules.md A3): what quorum computes is
//! advice; what the chair pronounces is decisive unless the statutes say otherwise. Both are kept;
//! a difference is flagged for the minutes, never silently resolved.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use crate::domain::DomainError;
use crate::domain::lang::Lang;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::Verdict;

/// What the chair pronounces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Declared {
    Adopted,
    Rejected,
}

impl Declared {
    pub fn name(self) -> &'static str {
        match self {
            Declared::Adopted => "adopted",
            Declared::Rejected => "rejected",
        }
    }

    pub fn verdict(self) -> Verdict {
        match self {
            Declared::Adopted => Verdict::Adopted,
            Declared::Rejected => Verdict::Rejected,
        }
    }
}

impl fmt::Display for Declared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Declared {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "adopted" => Ok(Declared::Adopted),
            "rejected" => Ok(Declared::Rejected),
            other => Err(DomainError::invalid_said(
                "declare",
                msg!("declaration-unknown", given = other),
            )),
        }
    }
}

/// The declaration set against the computed verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub declared: Declared,
    pub computed: Verdict,
    /// True when the declaration says what the computation says.
    pub agrees: bool,
    /// `chair_declaration_decisive` of the rules the vote was held under.
    pub decisive: bool,
    /// One or two sentences for the minutes.
    pub text: String,
}

impl Declaration {
    /// Judges the chair's declaration against the computed verdict.
    pub fn judge(declared: Declared, computed: Verdict, rules: &Rules, lang: Lang) -> Declaration {
        let agrees = declared.verdict() == computed;
        let decisive = rules.chair_declaration_decisive;
        let text = text(declared, computed, agrees, decisive, lang);
        Declaration {
            declared,
            computed,
            agrees,
            decisive,
            text,
        }
    }

    /// The result in law: the declaration where it is decisive, else the computation.
    pub fn result(&self) -> Verdict {
        legal_result(self.computed, Some(self.declared), self.decisive)
    }
}

/// A vote's result in law (BW 2:13 lid 3): the chair's declaration where the statutes make it
/// decisive (`chair_declaration_decisive`), else the computed result. The one place this rule is
/// written; the decision register and the vote's close both ask it.
pub fn legal_result(computed: Verdict, declared: Option<Declared>, decisive: bool) -> Verdict {
    match declared {
        Some(d) if decisive => d.verdict(),
        _ => computed,
    }
}

fn declared_word(d: Declared, lang: Lang) -> &'static str {
    match (d, lang) {
        (Declared::Adopted, Lang::En) => "adopted",
        (Declared::Adopted, Lang::Nl) => "aangenomen",
        (Declared::Rejected, Lang::En) => "rejected",
        (Declared::Rejected, Lang::Nl) => "verworpen",
    }
}

fn computed_words(v: Verdict, lang: Lang) -> &'static str {
    match (v, lang) {
        (Verdict::Adopted, Lang::En) => "adopted",
        (Verdict::Adopted, Lang::Nl) => "aangenomen",
        (Verdict::Rejected, Lang::En) => "rejected",
        (Verdict::Rejected, Lang::Nl) => "verworpen",
        (Verdict::NoQuorum, Lang::En) => "no decision, the quorum not being reached",
        (Verdict::NoQuorum, Lang::Nl) => "geen besluit, omdat het quorum niet is bereikt",
        (Verdict::Postponed, Lang::En) => "held over to the next meeting on a tie",
        (Verdict::Postponed, Lang::Nl) => "aangehouden tot de volgende vergadering wegens staking",
    }
}

fn text(declared: Declared, computed: Verdict, agrees: bool, decisive: bool, lang: Lang) -> String {
    let said = declared_word(declared, lang);
    let sum = computed_words(computed, lang);
    if agrees {
        return match lang {
            Lang::En => format!("The chair declared the proposal {said}, as computed."),
            Lang::Nl => format!(
                "De voorzitter verklaart het voorstel {said}, in overeenstemming met de berekening."
            ),
        };
    }
    match (lang, decisive) {
        (Lang::En, true) => format!(
            "The chair declared the proposal {said}; the computation gives {sum}. The chair's declaration is decisive (BW 2:13 lid 3; rule chair_declaration_decisive = true); both are recorded and the difference is flagged."
        ),
        (Lang::Nl, true) => format!(
            "De voorzitter verklaart het voorstel {said}; volgens de berekening is de uitslag: {sum}. De uitspraak van de voorzitter is beslissend (art. 2:13 lid 3 BW; regel chair_declaration_decisive = true); beide zijn vastgelegd en het verschil is aangetekend."
        ),
        (Lang::En, false) => format!(
            "The chair declared the proposal {said}; the computation gives {sum}. Under the statutes the computation decides (rule chair_declaration_decisive = false); both are recorded and the difference is flagged."
        ),
        (Lang::Nl, false) => format!(
            "De voorzitter verklaart het voorstel {said}; volgens de berekening is de uitslag: {sum}. Volgens de statuten beslist de berekening (regel chair_declaration_decisive = false); beide zijn vastgelegd en het verschil is aangetekend."
        ),
    }
}

/// The declaration as the minutes state it to members: what the chair said about `subject` (a
/// proposal, or an amendment, which the minutes call by its name) and, where the count differs,
/// which of the two decides, with the article of the law but without rule keys.
pub fn member_text(d: &Declaration, subject: super::plain::Subject, lang: Lang) -> String {
    use super::plain::Subject;
    // British minutes say a motion was carried or lost, as the figures above it do.
    let member_word = |w: &'static str| match (lang, w) {
        (Lang::En, "adopted") => "carried",
        (Lang::En, "rejected") => "lost",
        _ => w,
    };
    let said = member_word(declared_word(d.declared, lang));
    let sum = member_word(computed_words(d.computed, lang));
    let noun = match (subject, lang) {
        (Subject::Proposal, Lang::Nl) => "het voorstel",
        (Subject::Amendment, Lang::Nl) => "het amendement",
        (Subject::Proposal, Lang::En) => "the motion",
        (Subject::Amendment, Lang::En) => "the amendment",
    };
    if d.agrees {
        return match lang {
            Lang::En => format!("The chair declared {noun} {said}, as counted."),
            Lang::Nl => {
                format!("De voorzitter verklaart {noun} {said}, in overeenstemming met de telling.")
            }
        };
    }
    match (lang, d.decisive) {
        (Lang::En, true) => format!(
            "The chair declared {noun} {said}; by the count the result is: {sum}. The chair's declaration is decisive (BW 2:13(3))."
        ),
        (Lang::Nl, true) => format!(
            "De voorzitter verklaart {noun} {said}; volgens de telling is de uitslag: {sum}. De uitspraak van de voorzitter is beslissend (art. 2:13 lid 3 BW)."
        ),
        (Lang::En, false) => format!(
            "The chair declared {noun} {said}; by the count the result is: {sum}. Under the statutes the count decides, not the chair's declaration."
        ),
        (Lang::Nl, false) => format!(
            "De voorzitter verklaart {noun} {said}; volgens de telling is de uitslag: {sum}. Volgens de statuten beslist de telling, niet de uitspraak van de voorzitter."
        ),
    }
}

#[cfg(test)]
mod member_text_tests {
    use super::*;
    use crate::domain::vote::plain::Subject;

    /// The minutes call the thing declared by its name: an amendment is "het amendement", not
    /// "het voorstel" (a reader would take it for the proposal it amends).
    #[test]
    fn the_declaration_names_an_amendment_as_such() {
        let rules = Rules::default();
        let agreed = Declaration::judge(Declared::Rejected, Verdict::Rejected, &rules, Lang::Nl);
        assert_eq!(
            member_text(&agreed, Subject::Amendment, Lang::Nl),
            "De voorzitter verklaart het amendement verworpen, in overeenstemming met de telling."
        );
        assert_eq!(
            member_text(&agreed, Subject::Proposal, Lang::Nl),
            "De voorzitter verklaart het voorstel verworpen, in overeenstemming met de telling."
        );
        let en = Declaration::judge(Declared::Rejected, Verdict::Rejected, &rules, Lang::En);
        assert_eq!(
            member_text(&en, Subject::Amendment, Lang::En),
            "The chair declared the amendment lost, as counted."
        );
        let differs = Declaration::judge(Declared::Adopted, Verdict::Rejected, &rules, Lang::Nl);
        assert!(
            member_text(&differs, Subject::Amendment, Lang::Nl).starts_with(
                "De voorzitter verklaart het amendement aangenomen; volgens de telling"
            )
        );
    }
}
