//! The journal's hash chain, as pure functions: what an entry is, how its hash is made, and how a
//! chain is checked. The store reads and writes rows; this module decides what is intact.

pub mod action;

use serde::Serialize;
use sha2::{Digest as _, Sha256};

/// The hash the first entry points back to.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

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
    /// Internal id of the member concerned, if any.
    pub member_id: Option<i64>,
    pub summary: String,
    /// SHA-256 of the salted payload; None when the entry has no values.
    pub payload_digest: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// The old and new values of a change, with the salt that keeps the digest from confirming guesses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payload {
    pub salt: String,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

/// The hash of an entry: over the previous hash and every field but `hash` itself.
pub fn entry_hash(e: &Entry) -> String {
    let canonical = serde_json::json!([
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
    .to_string();
    sha256_hex(canonical.as_bytes())
}

/// What is wrong with the journal, at the first entry where it goes wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The sequence number of the first broken entry (or where one is missing).
    pub seq: i64,
    pub reason: String,
}

/// Checks a chain read in `seq` order. `payload(seq)` returns the stored payload if there is one;
/// `erased(member_id)` says whether that member was erased, the only reason a payload may be gone.
pub fn verify<'a>(
    entries: impl IntoIterator<Item = &'a Entry>,
    payload: impl Fn(i64) -> Option<Payload>,
    erased: impl Fn(i64) -> bool,
) -> Result<u64, Break> {
    let mut prev = GENESIS.to_string();
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
        if entry_hash(e) != e.hash {
            return fail("its content does not match its hash (edited)".into());
        }
        match (&e.payload_digest, payload(e.seq)) {
            (Some(d), Some(p)) if payload_digest(&p) != *d => {
                return fail("its old/new values do not match the recorded digest (edited)".into());
            }
            (Some(_), None) if !e.member_id.is_some_and(&erased) => {
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
mod tests {
    use super::*;

    fn chain(n: i64) -> (Vec<Entry>, Vec<Payload>) {
        let mut prev = GENESIS.to_string();
        let mut entries = Vec::new();
        let mut payloads = Vec::new();
        for seq in 1..=n {
            let p = Payload {
                salt: format!("s{seq}"),
                old_value: None,
                new_value: Some(format!("v{seq}")),
            };
            let mut e = Entry {
                seq,
                at: "2026-01-01T00:00:00Z".into(),
                actor: "test".into(),
                command: "member add".into(),
                action: "member.add".into(),
                entity: "member".into(),
                entity_id: Some(seq.to_string()),
                member_id: Some(seq),
                summary: format!("added member {seq}"),
                payload_digest: Some(payload_digest(&p)),
                prev_hash: prev.clone(),
                hash: String::new(),
            };
            e.hash = entry_hash(&e);
            prev = e.hash.clone();
            entries.push(e);
            payloads.push(p);
        }
        (entries, payloads)
    }

    fn check(entries: &[Entry], payloads: &[Payload], erased: &[i64]) -> Result<u64, Break> {
        verify(
            entries,
            |s| payloads.iter().find(|p| p.salt == format!("s{s}")).cloned(),
            |m| erased.contains(&m),
        )
    }

    #[test]
    fn intact_chain_verifies() {
        let (e, p) = chain(5);
        assert_eq!(check(&e, &p, &[]), Ok(5));
    }

    #[test]
    fn edited_entry_is_named() {
        let (mut e, p) = chain(5);
        e[2].summary = "something else".into();
        assert_eq!(check(&e, &p, &[]).unwrap_err().seq, 3);
    }

    #[test]
    fn deleted_entry_is_named() {
        let (mut e, p) = chain(5);
        e.remove(1);
        let err = check(&e, &p, &[]).unwrap_err();
        assert_eq!(err.seq, 2);
        assert!(err.reason.contains("missing"));
    }

    #[test]
    fn inserted_entry_with_recomputed_hash_breaks_the_next_link() {
        let (mut e, p) = chain(3);
        let mut forged = e[1].clone();
        forged.summary = "forged".into();
        forged.hash = entry_hash(&forged);
        e.insert(2, forged);
        for (i, x) in e.iter_mut().enumerate() {
            x.seq = i as i64 + 1;
        }
        assert!(check(&e, &p, &[]).is_err());
    }

    #[test]
    fn edited_payload_is_found_and_erased_payload_is_allowed() {
        let (e, mut p) = chain(3);
        p[1].new_value = Some("tampered".into());
        assert_eq!(check(&e, &p, &[]).unwrap_err().seq, 2);
        p.remove(1);
        assert_eq!(check(&e, &p, &[]).unwrap_err().seq, 2);
        assert_eq!(check(&e, &p, &[2]), Ok(3));
    }

    mod laws {
        use super::*;
        use proptest::prelude::*;

        /// One tampering of a stored chain (entries as stored, hashes left as they were).
        #[derive(Debug, Clone)]
        enum Tamper {
            /// Change one field of one entry.
            Edit {
                at: usize,
                field: usize,
            },
            Delete {
                at: usize,
            },
            /// A copy of an entry put back at another place, its hash recomputed by the forger.
            Insert {
                from: usize,
                at: usize,
            },
            /// Swap two entries (their sequence numbers renumbered to look in order).
            Swap {
                a: usize,
                b: usize,
            },
            /// Change a payload value.
            Payload {
                at: usize,
            },
        }

        fn tamper() -> impl Strategy<Value = Tamper> {
            prop_oneof![
                (0usize..64, 0usize..11).prop_map(|(at, field)| Tamper::Edit { at, field }),
                (0usize..64).prop_map(|at| Tamper::Delete { at }),
                (0usize..64, 0usize..64).prop_map(|(from, at)| Tamper::Insert { from, at }),
                (0usize..64, 0usize..64).prop_map(|(a, b)| Tamper::Swap { a, b }),
                (0usize..64).prop_map(|at| Tamper::Payload { at }),
            ]
        }

        fn edit(e: &mut Entry, field: usize) {
            match field {
                0 => e.seq += 100,
                1 => e.at.push('x'),
                2 => e.actor.push('x'),
                3 => e.command.push('x'),
                4 => e.action.push('x'),
                5 => e.entity.push('x'),
                6 => e.entity_id = Some(format!("{}x", e.entity_id.clone().unwrap_or_default())),
                7 => e.member_id = e.member_id.map(|m| m + 1000),
                8 => e.summary.push('x'),
                9 => e.payload_digest = Some(sha256_hex(b"other")),
                _ => e.prev_hash = sha256_hex(b"elsewhere"),
            }
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            #[test]
            fn any_single_tampering_is_detected(n in 2i64..12, t in tamper()) {
                let (mut e, mut p) = chain(n);
                let len = e.len();
                match t {
                    Tamper::Edit { at, field } => edit(&mut e[at % len], field),
                    Tamper::Delete { at } => {
                        // Cutting the end off is caught by the head (store); here the chain
                        // alone must catch every deletion before the last entry.
                        let at = at % (len - 1);
                        e.remove(at);
                    }
                    Tamper::Insert { from, at } => {
                        let mut forged = e[from % len].clone();
                        forged.summary.push_str(" (forged)");
                        forged.hash = entry_hash(&forged);
                        e.insert(at % len, forged);
                        for (i, x) in e.iter_mut().enumerate() {
                            x.seq = i as i64 + 1;
                        }
                    }
                    Tamper::Swap { a, b } => {
                        let (a, b) = (a % len, b % len);
                        prop_assume!(a != b);
                        e.swap(a, b);
                        for (i, x) in e.iter_mut().enumerate() {
                            x.seq = i as i64 + 1;
                        }
                    }
                    Tamper::Payload { at } => {
                        p[at % len].new_value = Some("tampered".into());
                    }
                }
                prop_assert!(check(&e, &p, &[]).is_err());
            }
        }
    }
}
