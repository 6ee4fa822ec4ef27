//! The rule keys: one line each, in the order of rules.md §2, with type, Dutch default, allowed
//! range (the legal floor or ceiling where the law sets one), source row and meaning. The
//! `define_rules!` macro turns the list into the typed `Rules` struct and the `KEYS` table, so the
//! two cannot drift apart.

use super::types::{
    Count, ElectionTie, Fraction, LegalCapacity, Limits, Majority, MajorityBase, MajorityFormula,
    MinutesAdoption, MinutesSignatories, NoticeDayCounting, ProxyForm, ResignationEffect,
    RuleValue, RunoffPlaceTie, RunoffTie, TieMatters,
};

/// One key of the rules: its name, documentation and how to read and write it on a `Rules`.
pub struct KeyDef {
    pub name: &'static str,
    /// The name under which the statutes' article of this key is stored: `article.<name>`.
    pub article_key: &'static str,
    /// Where the key and its default come from: the law ("BW 2:42") where it speaks, else
    /// "model statutes" with a short note.
    pub source: &'static str,
    /// One line on what the key means.
    pub meaning: &'static str,
    pub(super) limits: Limits,
    pub(super) describe: fn(&Limits) -> String,
    pub(super) get: fn(&Rules) -> String,
    pub(super) toml: fn(&Rules) -> String,
    pub(super) set: fn(&mut Rules, &str, &Limits) -> Result<(), String>,
}

macro_rules! define_rules {
    ($( $key:ident : $ty:ty = $default:expr, $limits:expr, $source:literal, $meaning:literal; )*) => {
        /// The association's decision parameters in one version of its statutes (rules.md §2).
        /// Fields are exact types; read them by name in meeting and vote code.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Rules {
            $( #[doc = $meaning] pub $key: $ty, )*
            /// The article of the statutes each key comes from, where the secretary recorded
            /// one ("artikel 18 lid 2"), by key name; part of the version like the values.
            pub articles: std::collections::BTreeMap<&'static str, String>,
        }

        impl Default for Rules {
            /// The Dutch defaults: the law where it has a default, else the common notarial wording.
            fn default() -> Self {
                Rules { $( $key: $default, )* articles: std::collections::BTreeMap::new() }
            }
        }

        /// Every key, in the order of rules.md §2.
        pub static KEYS: &[KeyDef] = &[ $( KeyDef {
            name: stringify!($key),
            article_key: concat!("article.", stringify!($key)),
            source: $source,
            meaning: $meaning,
            limits: $limits,
            describe: <$ty as RuleValue>::describe,
            get: |r| r.$key.text(),
            toml: |r| r.$key.toml(),
            set: |r, text, limits| {
                r.$key = <$ty as RuleValue>::parse(text, limits)?;
                Ok(())
            },
        }, )* ];
    };
}

const fn int(min: u32, max: u32, why: &'static str) -> Limits {
    Limits::Int { min, max, why }
}

const fn frac(above: Fraction, max: Fraction, why: &'static str) -> Limits {
    Limits::Fraction { above, max, why }
}

const fn only(value: bool, why: &'static str) -> Limits {
    Limits::Only { value, why }
}

const NONE: Limits = Limits::None;
const ZERO: Fraction = Fraction::of(0, 1);
const HALF: Fraction = Fraction::of(1, 2);
const TWO_THIRDS: Fraction = Fraction::of(2, 3);
const ONE: Fraction = Fraction::of(1, 1);
/// Where the law sets no ceiling, a generous one still catches a typed extra digit.
const GUARD: &str = "no legal limit; the ceiling only guards against typos";

define_rules! {
    financial_year_start_month: u32 = 1, int(1, 12, "a calendar month"), "BW 2:10a (the calendar year unless the statutes differ)",
        "First month of the financial year (1 = January); deadlines count from the year's end";
    legal_capacity: LegalCapacity = LegalCapacity::Full, NONE, "BW 2:43 lid 5 (full: a notarial deed makes an amendment take effect)",
        "full: founded by notarial deed (amendments take effect at the deed); limited: informal";
    min_age_own_vote: Option<u32> = None, int(1, 18, "BW 1:233: from 18 a member is of age"), "BW 2:13 lid 2",
        "Age from which a member votes in person; below it the legal representative votes";
    arrears_suspends_vote: bool = false, NONE, "model statutes (only with a clause in the statutes)",
        "Unpaid contribution suspends the vote (needs a clause in the statutes)";
    voting_waiting_period_days: u32 = 0, int(0, 366, GUARD), "model statutes",
        "Days after admission before a new member may vote";
    proxy_allowed: bool = true, NONE, "BW 2:38 lid 4",
        "A member may give another voter a written proxy (BW 2:38 lid 4)";
    proxy_holder_must_have_vote: bool = true, only(true, "BW 2:38 lid 4: a proxy goes to another voter"), "BW 2:38 lid 4",
        "A proxy holder must be a member with a vote";
    max_proxies_per_holder: Count = Count::Unlimited, int(1, 10_000, GUARD), "BW 2:38 lid 4 (no limit); statutes often set 1 or 2",
        "Most proxies one member may hold";
    proxy_form: ProxyForm = ProxyForm::Both, NONE, "BW 2:38 leden 4–5",
        "Which written proxies count: paper, electronic, or both";
    e_participation_allowed: bool = false, NONE, "BW 2:38 leden 6–9 (only where the statutes provide it)",
        "Members may take part and vote electronically (only if the statutes say so)";
    e_participation_requires_debate: bool = false, NONE, "BW 2:38 leden 6–9",
        "Electronic participants must also be able to join the debate";
    e_advance_vote_days: u32 = 0, int(0, 30, "BW 2:38: at most 30 days before the meeting"), "BW 2:38 leden 6–9 (at most 30 days)",
        "Days before the meeting from which electronic votes count as cast at it (0: none)";
    fully_digital_meeting: bool = false, only(false, "not possible until bill 36489 is in force"), "BW 2:38 (bill 36489 not in force)",
        "A meeting held only online";
    notice_days_ordinary: u32 = 14, int(0, 365, "no legal minimum; the statutes set it"), "model statutes (the law sets no notice for an ordinary meeting)",
        "Days of notice for an ordinary general meeting";
    notice_days_statute_amendment: u32 = 14, int(7, 365, "BW 2:42: at least 7 days"), "BW 2:42 (at least 7); 14: model statutes",
        "Days of notice for a meeting that decides on a statute amendment";
    inspection_days_statute_amendment: u32 = 5, int(5, 365, "BW 2:42: at least 5 days"), "BW 2:42",
        "Days before the meeting from which the verbatim amendment lies open for inspection";
    inspection_days_statute_amendment_delegates: u32 = 14, int(14, 365, "BW 2:42: at least 14 days"), "BW 2:42",
        "Days ahead the amendment goes to delegates and branches (afdelingen)";
    notice_day_counting: NoticeDayCounting = NoticeDayCounting::ExcludeBoth, NONE, "model statutes (the law is silent)",
        "How notice days are counted: exclude_both (sending day and meeting day do not count)";
    vote_exclusion_enabled: bool = false, NONE, "BW 2:12 (only where the statutes provide it)",
        "A member may be excluded from a vote on a right granted, or duty waived, other than as member";
    agenda_items_only: bool = true, NONE, "BW 2:15 lid 1",
        "Decide only on items announced in the convocation (others are voidable, BW 2:15)";
    member_request_threshold: Fraction = Fraction::of(1, 10), frac(ZERO, Fraction::of(1, 10), "BW 2:41: the statutes may only lower 1/10"), "BW 2:41",
        "Share of the votes that members together need to demand a general meeting";
    member_request_self_convene_days: u32 = 14, int(14, 14, "BW 2:41: fixed by law"), "BW 2:41",
        "Days after a members' request after which the requesters may convene themselves";
    member_request_meeting_days: u32 = 28, int(28, 28, "BW 2:41: fixed by law (4 weeks)"), "BW 2:41",
        "Days after a members' request within which the meeting must be held";
    quorum_ordinary: Option<Fraction> = None, frac(ZERO, ONE, "no quorum unless the statutes set one"), "model statutes (the law sets no quorum)",
        "Share of the votes that must be present or represented for ordinary decisions";
    majority_ordinary_base: MajorityBase = MajorityBase::Cast, NONE, "model statutes (votes cast)",
        "What an ordinary majority is counted of: cast, present, or all votes";
    majority_formula: MajorityFormula = MajorityFormula::StrictMoreThanHalf, NONE, "model statutes (volstrekte meerderheid)",
        "strict_more_than_half (2*for > base) or literal half_plus_one (2*for >= base + 2)";
    blank_counts_as_cast: bool = false, NONE, "model statutes (blank counts as not cast)",
        "Blank votes count as votes cast";
    invalid_counts_as_cast: bool = false, NONE, "BW 2:13 lid 1; model statutes",
        "Invalid votes count as votes cast (Robert's Rules: yes; Dutch statutes: no)";
    abstention_counts_as_cast: bool = false, NONE, "model statutes",
        "Abstentions count as votes cast";
    tie_matters: TieMatters = TieMatters::Rejected, NONE, "model statutes (a tie rejects)",
        "A tie on a matter: rejected, or postponed to the next meeting and then rejected";
    ballot_for_persons: bool = true, NONE, "model statutes (persons by written ballot)",
        "Votes on persons are by secret written ballot";
    written_vote_on_request: u32 = 1, int(1, 10_000, GUARD), "model statutes",
        "Number of voters who together can demand a written vote";
    free_rounds_before_runoff: u32 = 0, int(0, 10, GUARD), "model statutes",
        "Free election rounds with all candidates before the runoff";
    runoff_size: u32 = 2, int(2, 10, "a runoff needs at least 2 candidates"), "model statutes",
        "Candidates in the runoff";
    tie_for_runoff_place: RunoffPlaceTie = RunoffPlaceTie::Lot, NONE, "model statutes",
        "A tie for a place in the runoff: decided by lot, or by a new vote among the tied";
    runoff_tie: RunoffTie = RunoffTie::Lot, NONE, "model statutes",
        "A tie in the runoff: decided by lot, or the election is postponed";
    election_tie: ElectionTie = ElectionTie::NewBallot, NONE, "model statutes (a new ballot between the tied; a lot if it ties again)",
        "A tie for a seat: new_ballot (between the tied; runoff_tie if it ties again) or at_once (runoff_tie)";
    runoff_drops_candidates: bool = true, NONE, "model statutes (Robert's Rules: false)",
        "Without a majority, later ballots drop candidates; false (RONR): all stay until one has a majority";
    statute_amendment_majority: Majority = Majority::AtLeast(TWO_THIRDS), frac(HALF, ONE, "a fraction of 1/2 or less would adopt on a tie"), "BW 2:43",
        "Majority of the votes cast a statute amendment needs (BW 2:43: 2/3 unless the statutes differ)";
    statute_amendment_quorum: Option<Fraction> = None, frac(ZERO, ONE, "none in the law"), "model statutes (the law sets none)",
        "Share of the votes that must be present or represented to amend the statutes";
    second_meeting_window_days: u32 = 28, int(1, 365, GUARD), "model statutes",
        "Days after a meeting without quorum within which the second meeting is held";
    second_meeting_min_gap_days: u32 = 0, int(0, 365, GUARD), "model statutes",
        "Days after the first meeting before the second may be held";
    second_meeting_quorum: Option<Fraction> = None, frac(ZERO, ONE, "none in the law"), "model statutes",
        "Quorum at the second meeting (usually none: it decides whatever the attendance)";
    second_meeting_majority: Majority = Majority::AtLeast(TWO_THIRDS), frac(HALF, ONE, "a fraction of 1/2 or less would adopt on a tie"), "model statutes",
        "Majority of the votes cast the second meeting needs";
    dissolution_majority: Majority = Majority::AtLeast(TWO_THIRDS), frac(HALF, ONE, "a fraction of 1/2 or less would adopt on a tie"), "model statutes (BW 2:19 sets no majority)",
        "Majority of the votes cast a dissolution needs";
    dissolution_quorum: Option<Fraction> = None, frac(ZERO, ONE, "none in the law"), "model statutes",
        "Share of the votes that must be present or represented to dissolve";
    notice_days_dissolution: u32 = 14, int(0, 365, "[UNSURE] whether BW 2:42 applies to dissolution"), "model statutes",
        "Days of notice for a meeting that decides on dissolution";
    binding_nomination_enabled: bool = false, NONE, "BW 2:37 lid 4 (exists only where the statutes create it)",
        "The board may make a binding nomination for board seats (kept, only its nominees can be elected)";
    board_members_from_outside: bool = false, NONE, "BW 2:37 lid 1 (board members come from the members unless the statutes allow otherwise)",
        "Persons who are not members may be elected to the board";
    binding_nomination_by_members: Option<u32> = None, int(1, 10_000, GUARD), "model statutes",
        "Number of members who together may make a binding nomination (none: only the board's binds)";
    binding_nomination_override_majority: Majority = Majority::AtLeast(TWO_THIRDS), frac(HALF, TWO_THIRDS, "BW 2:37: at most 2/3 of the votes cast"), "BW 2:37 lid 4",
        "Majority of the votes cast that removes the binding force of a nomination";
    binding_nomination_override_presence: Option<Fraction> = None, frac(ZERO, TWO_THIRDS, "BW 2:37: at most 2/3 of all votes"), "BW 2:37 lid 4",
        "Share of all votes that must be present for that removal";
    board_dismissal_majority: Majority = Majority::Ordinary, frac(HALF, ONE, "[UNSURE] the law may cap it at 2/3"), "model statutes (BW 2:37 sets no majority)",
        "Majority of the votes cast that dismisses or suspends a board member";
    board_suspension_max_days: u32 = 90, int(1, 366, GUARD), "model statutes (3 months)",
        "Days after which a board member's suspension lapses without a dismissal";
    board_term_years: Option<u32> = Some(3), int(1, 20, GUARD), "model statutes (3 years; BW 2:37 sets no term)",
        "Years of a board term, to the annual meeting of that year (law: none; model statutes: 3)";
    board_max_terms: Count = Count::Unlimited, int(1, 20, GUARD), "model statutes (re-eligible at once; BW 2:37 sets no limit)",
        "Consecutive terms a board member may serve (law: none; model statutes: re-eligible at once)";
    counter_candidates_days_before: Option<u32> = None, int(1, 365, GUARD), "model statutes (the law sets no deadline)",
        "Days before the annual meeting by which counter-candidates for the board may be nominated";
    chair_declaration_decisive: bool = true, NONE, "BW 2:13 lid 3",
        "The chair's declaration of a result is decisive (BW 2:13 lid 3)";
    annual_meeting_deadline_months: u32 = 6, int(1, 6, "BW 2:48 lid 1: within 6 months"), "BW 2:48 lid 1",
        "Months after the financial year's end by which the annual meeting is held";
    kascommissie_min_members: u32 = 2, int(2, 20, "BW 2:48 lid 2: at least 2 non-board members"), "BW 2:48 lid 2",
        "Members of the audit committee (kascommissie)";
    kascommissie_exempt_if_accountant: bool = true, NONE, "BW 2:48 lid 2",
        "No audit committee is needed when an accountant's statement is given";
    supervisory_board: bool = false, NONE, "BW 2:48 lid 2 (model statutes: a raad van toezicht checks the accounts)",
        "The association has a supervisory board (raad van toezicht): no audit committee is needed";
    expulsion_appeal_months: u32 = 1, int(1, 12, "BW 2:35: at least one month"), "BW 2:35 lid 4",
        "Months an expelled member has to appeal to the general meeting";
    resignation_notice_weeks: u32 = 4, int(0, 52, GUARD), "BW 2:36 (4 weeks)",
        "Weeks of notice for a member's resignation";
    resignation_effective_at: ResignationEffect = ResignationEffect::EndOfFinancialYear, NONE, "BW 2:36 (end of the financial year)",
        "When a resignation takes effect: end_of_financial_year or end_of_notice";
    minutes_adopted_by: MinutesAdoption = MinutesAdoption::NextMeeting, NONE, "model statutes",
        "Which meeting adopts the minutes";
    minutes_signatories: MinutesSignatories = MinutesSignatories::ChairAndSecretary, NONE, "model statutes",
        "Who signs the adopted minutes";
    ledenraad: bool = false, NONE, "BW 2:39",
        "General meeting of delegates (ledenraad, BW 2:39); not modelled: quorum holds a members' meeting";
    retention_financial_years: u32 = 7, int(7, 30, "BW 2:10 lid 3: at least 7 years"), "BW 2:10",
        "Years financial records are kept";
    retention_member_core_years: u32 = 1, int(0, 2, "AVG guidance: at most 2 years after leaving"), "AVG art. 5 lid 1 e (sector guidance)",
        "Years a former member's core data is kept after leaving";
}

/// Keys the statutes commonly hold that no command applies yet: `quorum rules` marks them
/// "recorded, not applied" so that nobody mistakes them for rules the program enforces.
pub static RECORDED_ONLY: &[&str] = &[
    "e_participation_allowed",
    "e_participation_requires_debate",
    "e_advance_vote_days",
    "fully_digital_meeting",
    "inspection_days_statute_amendment_delegates",
    "agenda_items_only",
    "ballot_for_persons",
    "ledenraad",
    "retention_financial_years",
];
