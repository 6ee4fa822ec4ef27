use super::*;

/// Member a version 2 entry names besides its own (a proxy's holder), for entry `seq`.
const OTHER: i64 = 500;

/// A chain of `n` entries whose first `v1` are written as before migration 5 (hash version 1,
/// one member), the rest as now (version 2). Every fourth entry is about no member and has no
/// values; among the version 2 entries every other one names a second member, as a proxy does.
fn mixed(n: i64, v1: i64) -> (Vec<Entry>, Vec<Payload>) {
    let mut prev = GENESIS.to_string();
    let mut entries = Vec::new();
    let mut payloads = Vec::new();
    for seq in 1..=n {
        let version = if seq <= v1 { 1 } else { HASH_VERSION };
        let about_nobody = seq % 4 == 0;
        let member_id = (!about_nobody).then_some(seq);
        let mut members = Vec::from_iter(member_id);
        if version >= 2 && !about_nobody && seq % 2 == 1 {
            members.push(seq + OTHER);
        }
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
            action: action::MEMBER_ADD.into(),
            entity: "member".into(),
            entity_id: Some(seq.to_string()),
            member_id,
            members,
            summary: format!("added member {seq}"),
            payload_digest: (!about_nobody).then(|| payload_digest(&p)),
            prev_hash: prev.clone(),
            hash: String::new(),
            hash_version: version,
            state_rows: None,
            state_digest: None,
        };
        e.hash = entry_hash(&e);
        prev = e.hash.clone();
        entries.push(e);
        if !about_nobody {
            payloads.push(p);
        }
    }
    (entries, payloads)
}

/// The chain as every entry was before migration 5: hash version 1 throughout.
fn chain(n: i64) -> (Vec<Entry>, Vec<Payload>) {
    mixed(n, n)
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
    let (e, p) = mixed(9, 4);
    assert_eq!(check(&e, &p, &[]), Ok(9));
}

#[test]
fn a_version_1_entry_hashes_exactly_as_before_migration_5() {
    // Computed from the canonical form of the first release (see tests/fixtures/upgrade).
    let (e, _) = chain(1);
    assert_eq!(
        e[0].payload_digest.as_deref(),
        Some("430371c7d742d6d2a3816c7a362577addeb4ddb0195f4d481f97208adfd603ca")
    );
    assert_eq!(
        e[0].hash,
        "359e062d0b3de60d205c93fed3a32d6dc30351390b772afb8bd09d7b5f5d76e3"
    );
}

#[test]
fn version_2_covers_the_members_and_their_order_does_not_matter() {
    let (e, _) = mixed(3, 0);
    let mut x = e[0].clone();
    assert_eq!(x.members, vec![1, 1 + OTHER]);
    x.members.reverse();
    assert_eq!(entry_hash(&x), e[0].hash, "the list is hashed sorted");
    x.members.pop();
    assert_ne!(entry_hash(&x), e[0].hash, "a member removed");
    x.hash_version = 1;
    assert_ne!(entry_hash(&x), e[0].hash, "another version");
}

#[test]
fn edited_entry_is_named() {
    let (mut e, p) = chain(5);
    e[2].summary = "something else".into();
    assert_eq!(check(&e, &p, &[]).unwrap_err().seq, 3);
}

#[test]
fn a_member_added_to_or_removed_from_an_entry_is_named() {
    // Version 1: the hash does not cover the list, the rule "exactly its member" does.
    let (mut e, p) = mixed(6, 3);
    e[1].members.push(77);
    let err = check(&e, &p, &[]).unwrap_err();
    assert_eq!((err.seq, err.reason.contains("other members")), (2, true));
    // Version 2: the hash covers it.
    let (mut e, p) = mixed(6, 3);
    e[4].members.retain(|m| *m != 5 + OTHER);
    let err = check(&e, &p, &[]).unwrap_err();
    assert_eq!((err.seq, err.reason.contains("edited")), (5, true));
    let (mut e, p) = mixed(6, 3);
    e[5].hash_version = 4;
    assert!(check(&e, &p, &[]).unwrap_err().reason.contains("unknown"));
}

#[test]
fn version_3_covers_the_registry_digests_and_older_versions_claim_none() {
    let (e, p) = mixed(4, 1);
    assert_eq!(e[3].hash_version, 3);
    let mut edited = e.clone();
    edited[3].state_rows = Some(1);
    assert!(
        check(&edited, &p, &[])
            .unwrap_err()
            .reason
            .contains("edited")
    );
    let mut edited = e.clone();
    edited[3].state_digest = Some(sha256_hex(b"rows"));
    assert!(
        check(&edited, &p, &[])
            .unwrap_err()
            .reason
            .contains("edited")
    );
    // A version 1 entry does not cover them: claiming some is an edit too.
    let mut claimed = e.clone();
    claimed[0].state_rows = Some(1);
    claimed[0].state_digest = Some(sha256_hex(b"rows"));
    let err = check(&claimed, &p, &[]).unwrap_err();
    assert_eq!((err.seq, err.reason.contains("digests")), (1, true));
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

#[test]
fn the_erasure_of_any_member_an_entry_names_explains_its_missing_values() {
    // Entry 5 (version 2) is about member 5 and names 505 too.
    let (e, mut p) = mixed(6, 2);
    p.retain(|x| x.salt != "s5");
    assert_eq!(check(&e, &p, &[]).unwrap_err().seq, 5);
    assert_eq!(check(&e, &p, &[5]), Ok(6), "the member it is about");
    assert_eq!(check(&e, &p, &[5 + OTHER]), Ok(6), "the other member");
    assert_eq!(check(&e, &p, &[6, 3 + OTHER]).unwrap_err().seq, 5);
}

mod laws {
    use super::*;
    use proptest::prelude::*;

    /// Fields `edit` can change, one per number.
    const FIELDS: usize = 14;

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
        /// Delete the values of an entry, with nobody erased.
        DropPayload {
            at: usize,
        },
        /// Give values to an entry that recorded none.
        AddPayload {
            at: usize,
        },
    }

    fn tamper() -> impl Strategy<Value = Tamper> {
        prop_oneof![
            (0usize..64, 0..FIELDS).prop_map(|(at, field)| Tamper::Edit { at, field }),
            (0usize..64).prop_map(|at| Tamper::Delete { at }),
            (0usize..64, 0usize..64).prop_map(|(from, at)| Tamper::Insert { from, at }),
            (0usize..64, 0usize..64).prop_map(|(a, b)| Tamper::Swap { a, b }),
            (0usize..64).prop_map(|at| Tamper::Payload { at }),
            (0usize..64).prop_map(|at| Tamper::DropPayload { at }),
            (0usize..64).prop_map(|at| Tamper::AddPayload { at }),
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
            7 => e.member_id = Some(e.member_id.map_or(1000, |m| m + 1000)),
            8 => e.summary.push('x'),
            9 => e.payload_digest = Some(sha256_hex(b"other")),
            10 => e.prev_hash = sha256_hex(b"elsewhere"),
            11 => e.hash_version = if e.hash_version == 1 { 2 } else { 1 },
            12 => e.members.push(9999),
            _ => {
                if e.members.pop().is_none() {
                    e.members.push(9999);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_single_tampering_is_detected(n in 2i64..12, v1 in 0i64..12, t in tamper()) {
            let (mut e, mut p) = mixed(n, v1);
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
                    let at = at % p.len();
                    p[at].new_value = Some("tampered".into());
                }
                Tamper::DropPayload { at } => {
                    p.remove(at % p.len());
                }
                Tamper::AddPayload { at } => {
                    let bare: Vec<i64> =
                        e.iter().filter(|x| x.payload_digest.is_none()).map(|x| x.seq).collect();
                    prop_assume!(!bare.is_empty());
                    let seq = bare[at % bare.len()];
                    p.push(Payload { salt: format!("s{seq}"), old_value: None, new_value: None });
                }
            }
            prop_assert!(check(&e, &p, &[]).is_err());
        }

        /// Values may be missing exactly when a member the entry names was erased.
        #[test]
        fn missing_values_are_excused_only_by_a_named_members_erasure(
            n in 2i64..12,
            v1 in 0i64..12,
            at in 0usize..64,
            pick in 0usize..4,
        ) {
            let (e, mut p) = mixed(n, v1);
            let gone = p.remove(at % p.len());
            let seq: i64 = gone.salt[1..].parse().unwrap();
            let entry = &e[seq as usize - 1];
            let named = &entry.members;
            prop_assert!(check(&e, &p, &[]).is_err());
            prop_assert_eq!(check(&e, &p, &[named[pick % named.len()]]), Ok(n as u64));
            // Someone else's erasure does not explain it, even a member named elsewhere.
            let others: Vec<i64> = e
                .iter()
                .flat_map(|x| x.members.clone())
                .filter(|m| !named.contains(m))
                .collect();
            prop_assert_eq!(check(&e, &p, &others).unwrap_err().seq, seq);
        }
    }
}

/// Re-dates entry `i` (0-based) of a chain and re-hashes it and everything after it, as someone
/// with the algorithm could: only the rule on time can catch it then.
fn redated(mut entries: Vec<Entry>, i: usize, at: &str) -> Vec<Entry> {
    entries[i].at = at.into();
    let mut prev = if i == 0 {
        GENESIS.to_string()
    } else {
        entries[i - 1].hash.clone()
    };
    for e in &mut entries[i..] {
        e.prev_hash = prev;
        e.hash = entry_hash(e);
        prev = e.hash.clone();
    }
    entries
}

#[test]
fn time_running_backwards_breaks_a_version_2_chain_but_not_an_old_one() {
    let (e, p) = mixed(6, 0);
    let back = redated(e, 3, "2025-12-31T23:59:59Z");
    let b = check(&back, &p, &[]).unwrap_err();
    assert_eq!(b.seq, 4);
    assert!(b.reason.contains("time ran backwards"), "{}", b.reason);
    // The same in entries written before the rule (version 1) is accepted, as they were.
    let (e, p) = chain(6);
    let back = redated(e, 3, "2025-12-31T23:59:59Z");
    assert_eq!(check(&back, &p, &[]), Ok(6));
    // Equal times are not backwards.
    assert!(!runs_backwards(
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:00Z"
    ));
    assert!(runs_backwards(
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:01Z"
    ));
}
