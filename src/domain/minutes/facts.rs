//! What the minutes are made from: the facts `ops::minutes` gathers in one transaction and
//! `output::minutes` composes into the document. Plain data in the words the document needs.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::lang::Lang;
use crate::domain::meeting::Meeting;
use crate::domain::meeting::agenda::Item;
use crate::domain::rules::Rules;
use crate::domain::rules::decide::Tally;
use crate::domain::vote::Method;

/// When something happened in the meeting, and its journal entry's number where two moments are
/// the same (a fixed clock, or a note written in the same minute as a vote): the minutes tell the
/// notes, votes and elections of an agenda item in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment {
    pub at: chrono::DateTime<chrono::Utc>,
    pub seq: i64,
}

impl Moment {
    /// From a stored RFC 3339 time and a journal number; None when the time does not read.
    pub fn new(at: &str, seq: Option<i64>) -> Option<Moment> {
        let at = chrono::DateTime::parse_from_rfc3339(at).ok()?.to_utc();
        Some(Moment {
            at,
            seq: seq.unwrap_or(i64::MAX),
        })
    }
}

/// A member as the minutes name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub number: i64,
    pub name: String,
    /// The registry's sort key (`domain::text::sort_name`).
    pub sort: String,
}

/// Who was there: counted from the meeting's snapshot of voters and its attendance list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presence {
    /// Members who checked in (also those who left before the end), in number order.
    pub present: Vec<Person>,
    /// Of them, those with a vote, and their votes.
    pub present_voters: u64,
    pub present_votes: u64,
    /// Active proxies: giver, holder.
    pub proxies: Vec<(Person, Person)>,
    pub represented_votes: u64,
    pub apologies: Vec<Person>,
    /// Guests (donateurs, invited non-members): named, never counted.
    pub guests: Vec<String>,
    /// Members who checked out before the end, and when.
    pub left: Vec<(Person, Option<NaiveDateTime>)>,
    /// Members with a vote on the meeting date, and their votes.
    pub voters: u64,
    pub total_votes: u64,
}

/// A vote, with its explanation and declaration written in the document's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteFacts {
    pub id: i64,
    /// When it was opened.
    pub at: Option<Moment>,
    pub method: Method,
    pub tally: Option<Tally>,
    /// adopted, rejected, no_quorum, postponed (the computed result); None while open.
    pub result: Option<String>,
    /// The result in a member's words (the body of the minutes).
    pub explanation: Option<String>,
    /// The same with the rule keys applied (the technical appendix only).
    pub technical: Option<String>,
    pub declaration: Option<String>,
    /// Why the vote was opened despite a rule (`--force`), as recorded.
    pub forced: Option<String>,
    /// The vote that replaced this one after a challenge, and how many challenged.
    pub superseded_by: Option<i64>,
    pub challengers: usize,
    /// A roll call's casts by name (with `--names`): who, with how many votes, for what.
    pub roll: Vec<RollCast>,
}

/// One roll-call cast: the member's name, their votes, and how many went to each choice.
pub type RollCast = (String, u64, Vec<(crate::domain::vote::Choice, u64)>);

/// A proposal put to the meeting, with its votes in the order taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalFacts {
    pub id: i64,
    pub title: String,
    pub text: Option<String>,
    pub by_board: bool,
    pub amends: Option<i64>,
    pub withdrawn: bool,
    /// The agenda position that puts it to the meeting.
    pub item: Option<u32>,
    pub votes: Vec<VoteFacts>,
}

/// One round of an election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundFacts {
    pub number: i64,
    pub runoff: bool,
    /// "zetel 2, eerste stemming": the seat and its ballot, in the document's language, where
    /// seats are filled one by one.
    pub label: Option<String>,
    /// The last candidates tied: a new ballot between them followed.
    pub tie: bool,
    pub candidates: Vec<String>,
    pub papers: u64,
    pub blank: u64,
    pub invalid: u64,
    /// Votes per candidate, where the method gives whole votes (majority, plurality, approval).
    pub votes: Vec<(String, u64)>,
    pub counted: bool,
    pub elected: Vec<String>,
    pub next: Vec<String>,
    /// (among, chosen) for every lot drawn.
    pub lots: Vec<(Vec<String>, String)>,
}

/// An election held in the meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionFacts {
    pub id: i64,
    /// When its first round was counted (or, before that, when it was set up).
    pub at: Option<Moment>,
    pub title: String,
    pub seats: i64,
    pub method: crate::tally::Method,
    pub status: crate::domain::election::Status,
    pub candidates: Vec<String>,
    pub withdrawn: Vec<String>,
    /// Appointed on a binding nomination that the meeting kept (BW 2:37).
    pub appointed: Vec<String>,
    pub binding_explanation: Option<String>,
    pub rounds: Vec<RoundFacts>,
    pub elected: Vec<String>,
}

/// An entry of the decision register taken at this meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionFacts {
    pub code: String,
    pub number: i64,
    pub title: String,
    /// adopted, rejected, elected.
    pub outcome: crate::domain::decision::Outcome,
    /// Its status in the register now (superseded after a challenge, awaiting-deed, …).
    pub status: crate::domain::decision::Status,
    pub vote: Option<i64>,
    pub election: Option<i64>,
    /// The grounds of its standing in law, and the decision that confirmed it (BW 2:14, 2:15).
    pub grounds: Vec<crate::domain::decision::standing::Ground>,
    pub confirmed_by: Option<String>,
}

/// A note of the secretary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteFacts {
    pub item: Option<u32>,
    /// The moment in the meeting it tells of.
    pub at: Option<Moment>,
    pub text: String,
    pub correction: bool,
}

/// An action item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionFacts {
    pub id: i64,
    pub item: Option<u32>,
    pub who: String,
    pub what: String,
    pub due: Option<NaiveDate>,
}

/// How and where approved minutes were approved, for the approval line of the sealed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalFacts {
    pub at: NaiveDate,
    pub same_meeting: bool,
    pub vote: Option<i64>,
    /// The seal this approval corrects.
    pub corrects: Option<NaiveDate>,
}

/// Everything the minutes are made from.
#[derive(Debug, Clone)]
pub struct Facts {
    pub association: String,
    pub lang: Lang,
    pub meeting: Meeting,
    pub opened: Option<NaiveDateTime>,
    pub closed: Option<NaiveDateTime>,
    pub items: Vec<Item>,
    pub rules: Rules,
    pub chair: Option<String>,
    pub secretary: Option<String>,
    /// The tellers (stemcommissie), in the registry's order of names.
    pub tellers: Vec<String>,
    pub presence: Presence,
    /// Print the names of those present (`--names`); apologies and proxies are always named.
    pub names: bool,
    pub notes: Vec<NoteFacts>,
    /// The meeting documents (stukken), mentioned at their agenda item.
    pub documents: Vec<crate::domain::meeting::document::Document>,
    pub actions: Vec<ActionFacts>,
    pub proposals: Vec<ProposalFacts>,
    pub elections: Vec<ElectionFacts>,
    pub decisions: Vec<DecisionFacts>,
    /// The journal's last entry when the text was made: its number and hash.
    pub journal: Option<(i64, String)>,
    /// None for a draft.
    pub approval: Option<ApprovalFacts>,
    /// Add the technical appendix (internal numbers, rule keys, the journal anchor).
    pub appendix: bool,
    /// The day a draft is circulated for approval (`minutes draft --circulate`).
    pub circulated: Option<NaiveDate>,
}
