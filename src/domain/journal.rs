//! The journal's hash chain, as pure functions: what an entry is, how its hash is made, and how a
//! chain is checked. The store reads and writes rows; this module decides what is intact.
//!
//! An entry may concern several members (a proxy names giver and holder). `members` lists them
//! all; from hash version 2 on the hash covers that list, so adding or removing a member of an
//! entry is found, and an erasure of ANY of them explains the entry's missing values.

pub mod action;
pub mod state;

use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// The hash the first entry points back to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash version of entries written now. Version 1 (before migration 5) hashes the fields
/// without the member list; version 2 (before migration 17) without the registry digests the
/// entry recorded (see [`state`]). Older entries keep theirs, so their stored hashes still verify.
pub const HASH_VERSION: u32 = 3;

/// Filters for `journal list`.
#[derive(Debug, Clone, Default)]
pub struct JournalFilter {
    pub member_id: Option<i64>,
    /// RFC 3339 or date prefix: entries at or after it.
    pub since: Option<String>,
}

/// One journal entry, as stored. `summary` never holds personal data (field names, numbers and
/// counts only), because entries outlive a member's erasure; values go in the payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Entry {
    pub seq: i64,
    /// RFC 3339 UTC.
    pub at: String,
    pub actor: String,
    /// The subcommand path, e.g. `member edit`; never its arguments, which may be personal data.
    pub command: String,
    /// What happened, e.g. `member.add`.
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    /// Internal id of the member the entry is chiefly about, if any.
    pub member_id: Option<i64>,
    /// Internal ids of every member the entry concerns, `member_id` included, ascending.
    pub members: Vec<i64>,
    pub summary: String,
    /// SHA-256 of the salted payload; None when the entry has no values.
    pub payload_digest: Option<String>,
    pub prev_hash: String,
    pub hash: String,
    /// How `hash` is made (see `entry_hash`): 1, 2 or 3.
    pub hash_version: u32,
    /// From version 3: how many registry digests the entry recorded (`journal_state` rows since
    /// the entry before it), and the SHA-256 over them; None when it recorded none.
    pub state_rows: Option<i64>,
    pub state_digest: Option<String>,
}

/// The old and new values of a change, with the salt that keeps the digest from confirming guesses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub salt: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// SHA-256 of arbitrary bytes, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The digest stored in the entry for a payload.
pub fn payload_digest(p: &Payload) -> String {
    // JSON array: unambiguous field boundaries, and None differs from "".
    let canonical = serde_json::json!([p.salt, p.old_value, p.new_value]).to_string();
    sha256_hex(canonical.as_bytes())
}

/// The hash of an entry: over the previous hash and every field but `hash` itself. Version 1
/// is the form entries had before they named several members, kept byte for byte; later
/// versions put the version first and add the sorted member list.
pub fn entry_hash(e: &Entry) -> String {
    let canonical = if e.hash_version == 1 {
        serde_json::json!([
            e.prev_hash,
            e.seq,
            e.at,
            e.actor,
            e.command,
            e.action,
            e.entity,
            e.entity_id,
            e.member_id,
            e.summary,
            e.payload_digest,
        ])
    } else {
        let mut members = e.members.clone();
        members.sort_unstable();
        members.dedup();
        let mut fields = serde_json::json!([
            e.hash_version,
            e.prev_hash,
            e.seq,
            e.at,
            e.actor,
            e.command,
            e.action,
            e.entity,
            e.entity_id,
            e.member_id,
            members,
            e.summary,
            e.payload_digest,
        ]);
        if e.hash_version >= 3
            && let Some(list) = fields.as_array_mut()
        {
            list.push(serde_json::json!(e.state_rows));
            list.push(serde_json::json!(e.state_digest));
        }
        fields
    };
    sha256_hex(canonical.to_string().as_bytes())
}

/// Why an entry's member list cannot be trusted, if so. A version 1 hash does not cover the
/// list, so such an entry must name exactly the one member it was written with.
fn members_problem(e: &Entry) -> Option<String> {
    match e.hash_version {
        1 if e.members != Vec::from_iter(e.member_id) => {
            Some("it names other members than it was written with (edited)".into())
        }
        1 | 2 if e.state_rows.is_some() || e.state_digest.is_some() => {
            Some("it claims registry digests its hash version does not cover (edited)".into())
        }
        1..=3 => None,
        v => Some(format!(
            "its hash version {v} is unknown to this quorum (edited, or written by a newer one)"
        )),
    }
}

/// What is wrong with the journal, at the first entry where it goes wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The sequence number of the first broken entry (or where one is missing).
    pub seq: i64,
    pub reason: String,
}

/// Checks a chain read in `seq` order. `payload(seq)` returns the stored payload if there is one;
/// `erased(member_id)` says whether that member was erased, the only reason a payload may be gone:
/// the erasure of any member an entry names explains it.
/// How many seconds `at` lies before `last` (both RFC 3339; negative when after), or None when
/// either does not read.
fn seconds_before(at: &str, last: &str) -> Option<i64> {
    let at = chrono::DateTime::parse_from_rfc3339(at).ok()?;
    let last = chrono::DateTime::parse_from_rfc3339(last).ok()?;
    Some((last - at).num_seconds())
}

/// True when `at` lies before `prev`: time ran backwards between two entries.
pub fn runs_backwards(at: &str, prev: &str) -> bool {
    match seconds_before(at, prev) {
        Some(s) => s > 0,
        // Unreadable dates are compared as written: the hash check judges the entry anyway.
        None => at < prev,
    }
}

/// How far behind the last entry a writer's clock may be and still write (taking the last
/// entry's time): the longest a command waits for another writer, with room to spare.
pub const WAIT_SLACK_SECONDS: i64 = 300;

/// True when `at` lies at most `seconds` before `last`.
pub fn behind_by_at_most(at: &str, last: &str, seconds: i64) -> bool {
    seconds_before(at, last).is_some_and(|s| s <= seconds)
}

pub fn verify<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
    payload: impl Fn(i64) -> Option<Payload>,
    erased: impl Fn(i64) -> bool,
) -> Result<u64, Break> {
    let mut prev = GENESIS.to_string();
    let mut prev_at: Option<&str> = None;
    let mut count = 0;
    for (expected_seq, e) in (1..).zip(entries) {
        let fail = |reason: String| Err(Break { seq: e.seq, reason });
        if e.seq != expected_seq {
            return Err(Break {
                seq: expected_seq.min(e.seq),
                reason: format!("entry {expected_seq} is missing (next entry is {})", e.seq),
            });
        }
        if e.prev_hash != prev {
            return fail("it does not point to the entry before it (inserted or reordered)".into());
        }
        if let Some(reason) = members_problem(e) {
            return fail(reason);
        }
        if entry_hash(e) != e.hash {
            return fail("its content does not match its hash (edited)".into());
        }
        // Entries of hash version 2 were written under the rule that time never runs backwards;
        // older ones were not, and some legitimately do.
        if e.hash_version >= 2
            && let Some(p) = prev_at
            && runs_backwards(&e.at, p)
        {
            return fail(format!(
                "it is dated {}, before the entry before it ({p}): time ran backwards",
                e.at
            ));
        }
        prev_at = Some(&e.at);
        let named_erased = || e.member_id.iter().chain(&e.members).any(|m| erased(*m));
        match (&e.payload_digest, payload(e.seq)) {
            (Some(d), Some(p)) if payload_digest(&p) != *d => {
                return fail("its old/new values do not match the recorded digest (edited)".into());
            }
            (Some(_), None) if !named_erased() => {
                return fail("its old/new values were deleted, and no erasure explains it".into());
            }
            (None, Some(_)) => return fail("it has values but recorded none (inserted)".into()),
            _ => {}
        }
        prev = e.hash.clone();
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests;
