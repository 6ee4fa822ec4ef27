//! A decision's standing in law (rules.md §0.7, A5, A6): valid, voidable (BW 2:15: made through
//! a faulty procedure) or void (BW 2:14: against the law or the statutes), with the grounds.
//! `assess` is the one place that judges it, from facts the store reads; the register keeps
//! what it said when the decision was taken.

use crate::domain::msg::msg;
use std::fmt;
use std::str::FromStr;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::domain::DomainError;
use crate::domain::lang::Lang;

/// Where a decision stands in law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Standing {
    Valid,
    Voidable,
    Void,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Valid => "valid",
            Standing::Voidable => "voidable",
            Standing::Void => "void",
        }
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Standing {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "valid" => Ok(Standing::Valid),
            "voidable" => Ok(Standing::Voidable),
            "void" => Ok(Standing::Void),
            other => Err(DomainError::invalid_said(
                "standing",
                msg!("standing-unknown", given = other),
            )),
        }
    }
}

/// Why a decision is not simply valid. The order is the order they are listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    /// The meeting was opened without a recorded convocation (forced).
    NotConvened,
    /// The meeting was opened on another day than it was convened for (forced).
    OtherDay,
    /// The convocation went out with less notice than the statutes require (forced).
    ShortNotice,
    /// The convocation named no place or no agenda (forced).
    ConvocationIncomplete,
    /// The item was added after the convocation went out.
    NotInConvocation,
    /// A statute amendment voted on with the BW 2:42 formalities forced.
    StatuteFormalities,
    /// A member was excluded from the vote without a basis in the statutes (BW 2:12, forced).
    WronglyExcluded,
    /// Someone outside a kept binding nomination was appointed (BW 2:37 lid 4).
    OutsideBindingNomination,
    /// A statute amendment without the BW 2:42 formalities, decided unanimously with every
    /// member present or represented: lid 3 excuses them, and the decision is valid.
    UnanimousAllPresent,
}

impl Ground {
    pub const ALL: [Ground; 9] = [
        Ground::NotConvened,
        Ground::OtherDay,
        Ground::ShortNotice,
        Ground::ConvocationIncomplete,
        Ground::NotInConvocation,
        Ground::StatuteFormalities,
        Ground::WronglyExcluded,
        Ground::OutsideBindingNomination,
        Ground::UnanimousAllPresent,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Ground::NotConvened => "not-convened",
            Ground::OtherDay => "other-day",
            Ground::ShortNotice => "short-notice",
            Ground::ConvocationIncomplete => "convocation-incomplete",
            Ground::NotInConvocation => "not-in-convocation",
            Ground::StatuteFormalities => "statute-formalities",
            Ground::WronglyExcluded => "wrongly-excluded",
            Ground::OutsideBindingNomination => "outside-binding-nomination",
            Ground::UnanimousAllPresent => "unanimous-all-present",
        }
    }

    /// What the ground makes of a decision: a breach of how decisions are made is voidable
    /// (BW 2:15 lid 1 sub a); a content against the law or statutes is void (BW 2:14). The
    /// unanimity of every member (BW 2:42 lid 3) is a ground the decision is valid on.
    pub fn standing(self) -> Standing {
        match self {
            Ground::OutsideBindingNomination => Standing::Void,
            Ground::UnanimousAllPresent => Standing::Valid,
            _ => Standing::Voidable,
        }
    }

    /// The plain explanation, in the language of the document.
    pub fn explanation(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Ground::NotConvened, Lang::Nl) => {
                "de vergadering is geopend zonder dat de oproeping is vastgelegd (BW 2:15)"
            }
            (Ground::NotConvened, Lang::En) => {
                "the meeting was opened without a recorded convocation (BW 2:15)"
            }
            (Ground::OtherDay, Lang::Nl) => {
                "de vergadering is geopend op een andere dag dan waarvoor zij was bijeengeroepen (BW 2:15)"
            }
            (Ground::OtherDay, Lang::En) => {
                "the meeting was opened on another day than it was convened for (BW 2:15)"
            }
            (Ground::ShortNotice, Lang::Nl) => {
                "de oproeping is verstuurd met een kortere termijn dan de statuten eisen (BW 2:15)"
            }
            (Ground::ShortNotice, Lang::En) => {
                "the convocation went out with less notice than the statutes require (BW 2:15)"
            }
            (Ground::ConvocationIncomplete, Lang::Nl) => {
                "de oproeping noemde geen plaats of geen agenda, zoals de statuten eisen (BW 2:15)"
            }
            (Ground::ConvocationIncomplete, Lang::En) => {
                "the convocation named no place or no agenda, as the statutes require (BW 2:15)"
            }
            (Ground::NotInConvocation, Lang::Nl) => {
                "het onderwerp stond niet in de oproeping (BW 2:15)"
            }
            (Ground::NotInConvocation, Lang::En) => "the item was not in the convocation (BW 2:15)",
            (Ground::StatuteFormalities, Lang::Nl) => {
                "de vormvoorschriften voor een statutenwijziging zijn niet nageleefd (BW 2:42, 2:15)"
            }
            (Ground::StatuteFormalities, Lang::En) => {
                "the formalities of a statute amendment were not met (BW 2:42, 2:15)"
            }
            (Ground::WronglyExcluded, Lang::Nl) => {
                "een lid is zonder statutaire grondslag van de stemming uitgesloten (BW 2:12, 2:15)"
            }
            (Ground::WronglyExcluded, Lang::En) => {
                "a member was excluded from the vote without a basis in the statutes (BW 2:12, 2:15)"
            }
            (Ground::OutsideBindingNomination, Lang::Nl) => {
                "benoemd is iemand buiten een bindende voordracht die haar bindend karakter behield (BW 2:37 lid 4, 2:14)"
            }
            (Ground::OutsideBindingNomination, Lang::En) => {
                "someone outside a binding nomination that kept its binding force was appointed (BW 2:37 lid 4, 2:14)"
            }
            (Ground::UnanimousAllPresent, Lang::Nl) => {
                "alle leden aanwezig of vertegenwoordigd en unaniem (BW 2:42 lid 3)"
            }
            (Ground::UnanimousAllPresent, Lang::En) => {
                "all members present or represented and unanimous (BW 2:42 lid 3)"
            }
        }
    }
}

impl FromStr for Ground {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ground::ALL
            .into_iter()
            .find(|g| g.code() == s)
            .ok_or_else(|| DomainError::invalid_said("grounds", msg!("ground-unknown", given = s)))
    }
}

/// Why opening a meeting needs --force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OpenProblem {
    NotConvened,
    OtherDay,
}

impl OpenProblem {
    pub fn code(self) -> &'static str {
        match self {
            OpenProblem::NotConvened => "not-convened",
            OpenProblem::OtherDay => "other-day",
        }
    }

    pub fn ground(self) -> Ground {
        match self {
            OpenProblem::NotConvened => Ground::NotConvened,
            OpenProblem::OtherDay => Ground::OtherDay,
        }
    }

    pub fn parse(code: &str) -> Option<OpenProblem> {
        [OpenProblem::NotConvened, OpenProblem::OtherDay]
            .into_iter()
            .find(|p| p.code() == code)
    }
}

/// The facts a decision's standing follows from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Why the meeting was opened with --force (empty for a decision outside a meeting).
    pub open_forced: Vec<OpenProblem>,
    /// The convocation's short notice was forced.
    pub notice_forced: bool,
    /// The convocation was forced without a place or an agenda.
    pub convocation_incomplete: bool,
    /// The item decided on was added after the convocation went out.
    pub not_in_convocation: bool,
    /// The BW 2:42 checks of a statute amendment were forced when the vote opened.
    pub statute_forced: bool,
    /// Every vote of every member was cast for the decision (BW 2:42 lid 3); see
    /// `unanimous_all_present`.
    pub unanimous_all_present: bool,
    /// Members excluded from the vote without a statutory basis (forced).
    pub wrongly_excluded: u32,
    /// An appointment outside a kept binding nomination.
    pub outside_binding_nomination: bool,
}

/// A decision's standing and its grounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub standing: Standing,
    pub grounds: Vec<Ground>,
}

/// Judges a decision from its facts: void when a ground is void, voidable when one is voidable,
/// else valid.
pub fn assess(f: &Facts) -> Assessment {
    let mut grounds: Vec<Ground> = f.open_forced.iter().map(|p| p.ground()).collect();
    if f.notice_forced {
        grounds.push(Ground::ShortNotice);
    }
    if f.convocation_incomplete {
        grounds.push(Ground::ConvocationIncomplete);
    }
    if f.not_in_convocation {
        grounds.push(Ground::NotInConvocation);
    }
    if f.statute_forced {
        grounds.push(if f.unanimous_all_present {
            Ground::UnanimousAllPresent
        } else {
            Ground::StatuteFormalities
        });
    }
    if f.wrongly_excluded > 0 {
        grounds.push(Ground::WronglyExcluded);
    }
    if f.outside_binding_nomination {
        grounds.push(Ground::OutsideBindingNomination);
    }
    grounds.sort();
    grounds.dedup();
    Assessment {
        standing: standing_of(&grounds, false),
        grounds,
    }
}

/// BW 2:42 lid 3: the formalities of a statute amendment are not needed when every member is
/// present or represented and the decision is unanimous. Read strictly: every vote of the
/// members with a vote (BW 2:24d) was cast for it; a vote against, blank, invalid or an
/// abstention, or a member absent and unrepresented, and the exception does not hold.
pub fn unanimous_all_present(
    tally: &crate::domain::rules::decide::Tally,
    total_votes: u64,
) -> bool {
    total_votes > 0
        && tally.votes_for == total_votes
        && tally.against == 0
        && tally.blank == 0
        && tally.invalid == 0
        && tally.abstain == 0
}

/// The standing `grounds` give; a confirming decision (BW 2:15 lid 6) makes a voidable decision
/// valid, never a void one.
pub fn standing_of(grounds: &[Ground], confirmed: bool) -> Standing {
    let worst = grounds
        .iter()
        .map(|g| g.standing())
        .max()
        .unwrap_or(Standing::Valid);
    match worst {
        Standing::Voidable if confirmed => Standing::Valid,
        s => s,
    }
}

/// The last day an annulment can be claimed: one year after the decision was made known
/// (BW 2:15 lid 5).
pub fn annulment_deadline(made_known: NaiveDate) -> NaiveDate {
    made_known
        .checked_add_months(Months::new(12))
        .unwrap_or(made_known)
}

/// Checks a confirmation (BW 2:15 lid 6): only a voidable decision can be confirmed.
pub fn check_confirm(grounds: &[Ground], already: Option<&str>) -> Result<(), DomainError> {
    if let Some(by) = already {
        return Err(DomainError::said(msg!(
            "decision-confirmed-already",
            by = by
        )));
    }
    match standing_of(grounds, false) {
        Standing::Valid => Err(DomainError::said(msg!("confirm-valid"))),
        Standing::Void => Err(DomainError::said(msg!("confirm-void"))),
        Standing::Voidable => Ok(()),
    }
}

/// One plain sentence for the minutes where a decision is not valid; None when it is valid.
/// `confirmed_by` names the confirming decision of a decision that was voidable.
pub fn standing_sentence(
    lang: Lang,
    code: &str,
    grounds: &[Ground],
    confirmed_by: Option<&str>,
) -> Option<String> {
    let list = |s: Standing| {
        grounds
            .iter()
            .filter(|g| g.standing() == s)
            .map(|g| g.explanation(lang))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match (standing_of(grounds, confirmed_by.is_some()), lang) {
        (Standing::Valid, _) => match (confirmed_by, lang) {
            (Some(by), Lang::Nl) => Some(format!(
                "Besluit {code} was vernietigbaar ({}) en is bevestigd door besluit {by} (BW 2:15 lid 6).",
                list(Standing::Voidable)
            )),
            (Some(by), Lang::En) => Some(format!(
                "Decision {code} was voidable ({}) and was confirmed by decision {by} (BW 2:15 lid 6).",
                list(Standing::Voidable)
            )),
            (None, _) => grounds
                .contains(&Ground::UnanimousAllPresent)
                .then(|| match lang {
                    Lang::Nl => format!(
                        "Besluit {code} is geldig zonder de vormvoorschriften van een statutenwijziging: {}.",
                        Ground::UnanimousAllPresent.explanation(lang)
                    ),
                    Lang::En => format!(
                        "Decision {code} is valid without the formalities of a statute amendment: {}.",
                        Ground::UnanimousAllPresent.explanation(lang)
                    ),
                }),
        },
        (Standing::Voidable, Lang::Nl) => Some(format!(
            "Besluit {code} is vernietigbaar: {}.",
            list(Standing::Voidable)
        )),
        (Standing::Voidable, Lang::En) => Some(format!(
            "Decision {code} is voidable: {}.",
            list(Standing::Voidable)
        )),
        (Standing::Void, Lang::Nl) => Some(format!(
            "Besluit {code} is nietig: {}.",
            list(Standing::Void)
        )),
        (Standing::Void, Lang::En) => Some(format!(
            "Decision {code} is void: {}.",
            list(Standing::Void)
        )),
    }
}

/// Grounds as stored (a JSON array of codes).
pub fn grounds_to_json(grounds: &[Ground]) -> String {
    serde_json::to_string(&grounds.iter().map(|g| g.code()).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into())
}

/// Grounds from their stored JSON; an unknown code is an error naming it.
pub fn grounds_from_json(s: &str) -> Result<Vec<Ground>, DomainError> {
    let codes: Vec<String> = serde_json::from_str(s).map_err(|e| {
        DomainError::invalid_said("grounds", msg!("grounds-not-codes", error = e.to_string()))
    })?;
    codes.iter().map(|c| c.parse()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decision_with_no_faults_is_valid() {
        let a = assess(&Facts::default());
        assert_eq!(a.standing, Standing::Valid);
        assert!(a.grounds.is_empty());
        assert_eq!(
            standing_sentence(Lang::Nl, "ALV-2027-03-14/1", &[], None),
            None
        );
    }

    #[test]
    fn short_notice_forced_and_an_item_added_later_make_it_voidable() {
        // rules.md A6: notice too short, item not on the agenda → voidable (BW 2:15).
        let a = assess(&Facts {
            notice_forced: true,
            not_in_convocation: true,
            ..Facts::default()
        });
        assert_eq!(a.standing, Standing::Voidable);
        assert_eq!(
            a.grounds,
            vec![Ground::ShortNotice, Ground::NotInConvocation]
        );
        let s = standing_sentence(Lang::En, "GM-2027-03-14/2", &a.grounds, None).unwrap();
        assert_eq!(
            s,
            "Decision GM-2027-03-14/2 is voidable: the convocation went out with less notice than the statutes require (BW 2:15); the item was not in the convocation (BW 2:15)."
        );
    }

    #[test]
    fn a_convocation_forced_without_place_or_agenda_makes_it_voidable() {
        // BW 2:15: a convocation not as the statutes say (rules.md A6, A9: the statutes say how
        // the meeting is convened; the convocation names place and agenda).
        let a = assess(&Facts {
            convocation_incomplete: true,
            ..Facts::default()
        });
        assert_eq!(a.standing, Standing::Voidable);
        assert_eq!(a.grounds, vec![Ground::ConvocationIncomplete]);
    }

    #[test]
    fn a_forced_opening_and_a_wrong_exclusion_are_grounds() {
        let a = assess(&Facts {
            open_forced: vec![OpenProblem::OtherDay, OpenProblem::NotConvened],
            wrongly_excluded: 1,
            ..Facts::default()
        });
        assert_eq!(
            a.grounds,
            vec![
                Ground::NotConvened,
                Ground::OtherDay,
                Ground::WronglyExcluded
            ]
        );
        assert_eq!(a.standing, Standing::Voidable);
    }

    #[test]
    fn void_outweighs_voidable_and_cannot_be_confirmed() {
        // rules.md A5: content against the law or statutes is void (BW 2:14).
        let a = assess(&Facts {
            notice_forced: true,
            outside_binding_nomination: true,
            ..Facts::default()
        });
        assert_eq!(a.standing, Standing::Void);
        assert!(check_confirm(&a.grounds, None).is_err());
        let s = standing_sentence(Lang::Nl, "ALV-2027-03-14/3", &a.grounds, None).unwrap();
        assert!(
            s.starts_with("Besluit ALV-2027-03-14/3 is nietig: benoemd is iemand"),
            "{s}"
        );
        assert!(!s.contains("oproeping"), "{s}");
    }

    #[test]
    fn a_confirmed_voidable_decision_is_valid_and_says_so() {
        // BW 2:15 lid 6.
        let g = [Ground::StatuteFormalities];
        assert!(check_confirm(&g, None).is_ok());
        assert!(check_confirm(&g, Some("ALV-2027-06-01/1")).is_err());
        assert!(check_confirm(&[], None).is_err());
        assert_eq!(standing_of(&g, true), Standing::Valid);
        let s =
            standing_sentence(Lang::Nl, "ALV-2027-03-14/1", &g, Some("ALV-2027-06-01/1")).unwrap();
        assert!(s.contains("bevestigd door besluit ALV-2027-06-01/1"), "{s}");
    }

    #[test]
    fn all_members_present_and_unanimous_excuse_the_statute_formalities() {
        // BW 2:42 lid 3 (rules.md A25, Example 2 step 1): ten members with a vote, all present
        // or represented, ten for: the amendment voted without the formalities is valid.
        use crate::domain::rules::decide::Tally;
        let all_for = Tally {
            votes_for: 10,
            ..Tally::default()
        };
        assert!(unanimous_all_present(&all_for, 10));
        // Nine of ten present, nine for: not every member; one abstains: not unanimous.
        let nine = Tally {
            votes_for: 9,
            ..Tally::default()
        };
        assert!(!unanimous_all_present(&nine, 10));
        let abstain = Tally {
            votes_for: 9,
            abstain: 1,
            ..Tally::default()
        };
        assert!(!unanimous_all_present(&abstain, 10));
        assert!(!unanimous_all_present(&Tally::default(), 0));
        let a = assess(&Facts {
            statute_forced: true,
            unanimous_all_present: true,
            ..Facts::default()
        });
        assert_eq!(a.standing, Standing::Valid);
        assert_eq!(a.grounds, vec![Ground::UnanimousAllPresent]);
        let s = standing_sentence(Lang::Nl, "ALV-2026-04-01/1", &a.grounds, None).unwrap();
        assert_eq!(
            s,
            "Besluit ALV-2026-04-01/1 is geldig zonder de vormvoorschriften van een statutenwijziging: alle leden aanwezig of vertegenwoordigd en unaniem (BW 2:42 lid 3)."
        );
        let b = assess(&Facts {
            statute_forced: true,
            ..Facts::default()
        });
        assert_eq!(b.standing, Standing::Voidable);
        assert_eq!(b.grounds, vec![Ground::StatuteFormalities]);
    }

    #[test]
    fn the_annulment_term_is_one_year_from_made_known() {
        // BW 2:15 lid 5.
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(annulment_deadline(d("2027-03-20")), d("2028-03-20"));
        assert_eq!(annulment_deadline(d("2028-02-29")), d("2029-02-28"));
    }

    #[test]
    fn grounds_round_trip_through_their_codes() {
        let g = Ground::ALL.to_vec();
        assert_eq!(grounds_from_json(&grounds_to_json(&g)).unwrap(), g);
        assert!(grounds_from_json("[\"late\"]").is_err());
    }
}
