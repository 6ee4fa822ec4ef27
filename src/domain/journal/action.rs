//! Every journal action, written once. The stored strings are a contract: old entries keep
//! them and their hashes cover them, so a constant's value never changes; a new kind of change
//! gets a new constant here and in `ALL`.

pub const ASSOCIATION_INIT: &str = "association.init";
pub const ASSOCIATION_LANG: &str = "association.lang";

pub const CATEGORY_ADD: &str = "category.add";
pub const CATEGORY_EDIT: &str = "category.edit";

pub const MEMBER_ADD: &str = "member.add";
pub const MEMBER_EDIT: &str = "member.edit";
pub const MEMBER_IMPORT: &str = "member.import";
pub const MEMBER_LEAVE: &str = "member.leave";
pub const MEMBER_LEAVE_UNDO: &str = "member.leave.undo";
pub const MEMBER_REJOIN: &str = "member.rejoin";
pub const MEMBER_SUSPEND: &str = "member.suspend";
pub const MEMBER_UNSUSPEND: &str = "member.unsuspend";
pub const MEMBER_ARREARS: &str = "member.arrears";
pub const MEMBER_ARREARS_CLEAR: &str = "member.arrears_clear";
/// A member's erasure: the one reason recorded values may be missing (`journal verify`).
pub const MEMBER_ERASE: &str = "member.erase";
/// A record added by mistake, removed while nothing referred to it: the values of its own
/// add and edit entries are forgotten, as an erasure forgets them (`journal verify`).
pub const MEMBER_DELETE: &str = "member.delete";
/// The registry recorded as it stood, after an upgrade from a release that kept no digests of it.
pub const REGISTRY_BASELINE: &str = "registry.baseline";

pub const RULES_INIT: &str = "rules.init";
pub const RULES_VERSION: &str = "rules.version";
pub const RULES_NOTE: &str = "rules.note";
pub const RULES_SET: &str = "rules.set";

pub const MEETING_NEW: &str = "meeting.new";
pub const MEETING_EDIT: &str = "meeting.edit";
pub const MEETING_CANCEL: &str = "meeting.cancel";
pub const MEETING_CONVENE: &str = "meeting.convene";
pub const MEETING_CONVENE_FORCED: &str = "meeting.convene_forced";
pub const MEETING_OPEN: &str = "meeting.open";
pub const MEETING_CLOSE: &str = "meeting.close";
/// An opening taken back while nothing was recorded in the meeting.
pub const MEETING_OPEN_UNDO: &str = "meeting.open_undo";
pub const MEETING_AGENDA_ADD: &str = "meeting.agenda_add";
pub const MEETING_AGENDA_MOVE: &str = "meeting.agenda_move";
pub const MEETING_AGENDA_REMOVE: &str = "meeting.agenda_remove";
/// A meeting document (stuk) recorded or removed; `late` in the values when after the
/// convocation (`--force`).
pub const MEETING_DOCUMENT_ADD: &str = "meeting.document_add";
pub const MEETING_DOCUMENT_REMOVE: &str = "meeting.document_remove";
pub const MEETING_SUPPLEMENT: &str = "meeting.supplement";
pub const MEETING_CHECKIN: &str = "meeting.checkin";
pub const MEETING_CHECKOUT: &str = "meeting.checkout";
pub const MEETING_APOLOGIES: &str = "meeting.apologies";
/// Names both the giver (the entry's member) and the holder.
pub const MEETING_PROXY: &str = "meeting.proxy";
pub const MEETING_PROXY_REVOKE: &str = "meeting.proxy_revoke";
pub const MEETING_PROXY_CANCELLED: &str = "meeting.proxy_cancelled";
pub const MEETING_REQUEST: &str = "meeting.request";

pub const PROPOSAL_ADD: &str = "proposal.add";
pub const PROPOSAL_AMEND: &str = "proposal.amend";
pub const PROPOSAL_EDIT: &str = "proposal.edit";
pub const PROPOSAL_WITHDRAW: &str = "proposal.withdraw";
pub const PROPOSAL_EXCLUDE: &str = "proposal.exclude";
pub const PROPOSAL_LINK: &str = "proposal.link";
pub const PROPOSAL_UNLINK: &str = "proposal.unlink";
pub const PROPOSAL_STATUS: &str = "proposal.status";

/// A roll-call cast names the voter; a secret ballot is never journaled per ballot.
pub const VOTE_OPEN: &str = "vote.open";
pub const VOTE_COUNT: &str = "vote.count";
pub const VOTE_CAST: &str = "vote.cast";
pub const VOTE_RECAST: &str = "vote.recast";
pub const VOTE_CLOSE: &str = "vote.close";
pub const VOTE_SUPERSEDE: &str = "vote.supersede";
pub const VOTE_CONVERT: &str = "vote.convert";
/// Codes issued for a secret ballot: the counts only, never a code or a voter's choice.
pub const VOTE_CODES: &str = "vote.codes";

/// A written resolution outside a meeting (BW 2:40): a signature names the member.
pub const RESOLUTION_NEW: &str = "resolution.new";
pub const RESOLUTION_SIGN: &str = "resolution.sign";
pub const RESOLUTION_CLOSE: &str = "resolution.close";

pub const ELECTION_NEW: &str = "election.new";
pub const ELECTION_CANDIDATE_ADD: &str = "election.candidate_add";
pub const ELECTION_CANDIDATE_WITHDRAW: &str = "election.candidate_withdraw";
/// Papers entered in a round: one entry per command, with the number, never a choice.
pub const ELECTION_BALLOTS: &str = "election.ballots";
pub const ELECTION_COUNT: &str = "election.count";
pub const ELECTION_ROUND: &str = "election.round";
pub const ELECTION_BINDING: &str = "election.binding";
pub const ELECTION_CODES: &str = "election.codes";
pub const MEMBER_BOARD_TERM: &str = "member.board_term";
/// Offices (issue 30): a board seat recorded, ended, continued in another role; a board change
/// reported to the Handelsregister; the audit committee of a year and its report; guests.
pub const BOARD_ADD: &str = "board.add";
pub const BOARD_END: &str = "board.end";
pub const BOARD_ROLE: &str = "board.role";
pub const BOARD_REPORTED: &str = "board.reported";
pub const KASCOMMISSIE_SET: &str = "kascommissie.set";
pub const KASCOMMISSIE_REPORT: &str = "kascommissie.report";
pub const MEETING_GUEST_ADD: &str = "meeting.guest_add";
pub const MEETING_GUEST_REMOVE: &str = "meeting.guest_remove";
pub const MEMBER_DELEGATE_ADD: &str = "member.delegate_add";
pub const MEMBER_DELEGATE_END: &str = "member.delegate_end";
pub const MEETING_CHECKIN_DELEGATE: &str = "meeting.checkin_delegate";

/// A database put back from a backup (the entry is the first after the backup's own).
pub const DB_RESTORE: &str = "db.restore";

pub const MINUTES_NOTE: &str = "minutes.note";
pub const MINUTES_ACTION: &str = "minutes.action";
pub const MINUTES_ACTION_DONE: &str = "minutes.action_done";
pub const MINUTES_OFFICERS: &str = "minutes.officers";
/// The seal of approved minutes: its summary carries the SHA-256 of the text, under the chain.
pub const MINUTES_SEAL: &str = "minutes.seal";
/// Minutes circulated for approval: the summary carries the SHA-256 of the frozen text.
pub const MINUTES_CIRCULATE: &str = "minutes.circulate";
/// A note of the minutes corrected or removed before approval.
pub const MINUTES_NOTE_EDIT: &str = "minutes.note_edit";
pub const MINUTES_NOTE_REMOVE: &str = "minutes.note_remove";
/// The tellers (stemcommissie) of a meeting recorded.
pub const MINUTES_TELLERS: &str = "minutes.tellers";
/// The decision register: a decision recorded with its code, and a change of its status.
pub const DECISION_RECORD: &str = "decision.record";
pub const DECISION_STATUS: &str = "decision.status";
/// When a voidable decision was made known (BW 2:15 lid 5), and its confirmation (lid 6).
pub const DECISION_MADE_KNOWN: &str = "decision.made_known";
pub const DECISION_CONFIRM: &str = "decision.confirm";

/// Every action above: the store refuses (in debug builds) to journal any other string, so a
/// literal that slipped past review shows in the first test that writes it.
pub const ALL: &[&str] = &[
    ASSOCIATION_INIT,
    ASSOCIATION_LANG,
    CATEGORY_ADD,
    CATEGORY_EDIT,
    MEMBER_ADD,
    MEMBER_EDIT,
    MEMBER_IMPORT,
    MEMBER_LEAVE,
    MEMBER_LEAVE_UNDO,
    MEMBER_REJOIN,
    MEMBER_SUSPEND,
    MEMBER_UNSUSPEND,
    MEMBER_ARREARS,
    MEMBER_ARREARS_CLEAR,
    MEMBER_ERASE,
    MEMBER_DELETE,
    REGISTRY_BASELINE,
    RULES_INIT,
    RULES_VERSION,
    RULES_NOTE,
    RULES_SET,
    MEETING_NEW,
    MEETING_EDIT,
    MEETING_CANCEL,
    MEETING_CONVENE,
    MEETING_CONVENE_FORCED,
    MEETING_OPEN,
    MEETING_CLOSE,
    MEETING_OPEN_UNDO,
    MEETING_AGENDA_ADD,
    MEETING_AGENDA_MOVE,
    MEETING_AGENDA_REMOVE,
    MEETING_DOCUMENT_ADD,
    MEETING_DOCUMENT_REMOVE,
    MEETING_SUPPLEMENT,
    MEETING_CHECKIN,
    MEETING_CHECKOUT,
    MEETING_APOLOGIES,
    MEETING_PROXY,
    MEETING_PROXY_REVOKE,
    MEETING_PROXY_CANCELLED,
    MEETING_REQUEST,
    PROPOSAL_ADD,
    PROPOSAL_AMEND,
    PROPOSAL_EDIT,
    PROPOSAL_WITHDRAW,
    PROPOSAL_EXCLUDE,
    PROPOSAL_LINK,
    PROPOSAL_UNLINK,
    PROPOSAL_STATUS,
    VOTE_OPEN,
    VOTE_COUNT,
    VOTE_CAST,
    VOTE_RECAST,
    VOTE_CLOSE,
    VOTE_SUPERSEDE,
    VOTE_CONVERT,
    VOTE_CODES,
    RESOLUTION_NEW,
    RESOLUTION_SIGN,
    RESOLUTION_CLOSE,
    ELECTION_NEW,
    ELECTION_CANDIDATE_ADD,
    ELECTION_CANDIDATE_WITHDRAW,
    ELECTION_BALLOTS,
    ELECTION_COUNT,
    ELECTION_ROUND,
    ELECTION_BINDING,
    DB_RESTORE,
    MINUTES_NOTE,
    MINUTES_ACTION,
    MINUTES_ACTION_DONE,
    MINUTES_OFFICERS,
    MINUTES_SEAL,
    DECISION_RECORD,
    DECISION_STATUS,
    DECISION_MADE_KNOWN,
    DECISION_CONFIRM,
    ELECTION_CODES,
    MEMBER_BOARD_TERM,
    BOARD_ADD,
    BOARD_END,
    BOARD_ROLE,
    BOARD_REPORTED,
    KASCOMMISSIE_SET,
    KASCOMMISSIE_REPORT,
    MEETING_GUEST_ADD,
    MEETING_GUEST_REMOVE,
    MEMBER_DELEGATE_ADD,
    MEMBER_DELEGATE_END,
    MEETING_CHECKIN_DELEGATE,
    MINUTES_CIRCULATE,
    MINUTES_NOTE_EDIT,
    MINUTES_NOTE_REMOVE,
    MINUTES_TELLERS,
];

/// True for an action this binary writes.
pub fn is_known(action: &str) -> bool {
    ALL.contains(&action)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_distinct_and_shaped_noun_dot_verb() {
        let mut seen = std::collections::HashSet::new();
        for a in ALL {
            assert!(seen.insert(a), "{a} is listed twice");
            let (noun, verb) = a.split_once('.').expect("noun.verb");
            assert!(!noun.is_empty() && !verb.is_empty(), "{a}");
            assert!(
                a.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'),
                "{a}"
            );
        }
        assert!(is_known(MEMBER_ERASE) && !is_known("member.Erase"));
    }
}
