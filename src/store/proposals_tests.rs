//! The order of `proposal list`, as a law over any interleaving of proposals and amendments.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::store::{Actor, Store};

fn actor() -> Actor {
    Actor {
        name: "test".into(),
        command: "test".into(),
        at: chrono::DateTime::parse_from_rfc3339("2026-03-01T18:00:00Z")
            .unwrap()
            .to_utc(),
    }
}

fn new(title: &str, amends: Option<i64>) -> NewProposal {
    NewProposal {
        title: title.into(),
        text: None,
        kind: Kind::Ordinary,
        by_board: true,
        meeting_id: None,
        amends,
        today: NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        member_id: None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    /// However proposals and amendments are interleaved, the list shows each proposal
    /// followed by its own amendments, oldest first, and every proposal once.
    #[test]
    fn amendments_follow_their_proposal(picks in proptest::collection::vec(0usize..8, 1..20)) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.db")).unwrap();
        let list = store
            .write(&actor(), |tx| {
                let mut roots: Vec<i64> = Vec::new();
                for pick in &picks {
                    // 0 or no proposal yet: a new proposal; otherwise an amendment of one.
                    let amends = (*pick != 0 && !roots.is_empty())
                        .then(|| roots[pick % roots.len()]);
                    let p = tx.add_proposal(&new("p", amends), &[])?;
                    if amends.is_none() {
                        roots.push(p.id);
                    }
                }
                tx.proposals(None)
            })
            .unwrap();
        prop_assert_eq!(list.len(), picks.len());
        let mut current: Option<i64> = None;
        let mut last_id = 0;
        for p in &list {
            match p.amends {
                None => {
                    prop_assert!(current.is_none_or(|c| c < p.id));
                    current = Some(p.id);
                }
                Some(of) => {
                    prop_assert_eq!(Some(of), current);
                    prop_assert!(p.id > last_id);
                }
            }
            last_id = p.id;
        }
    }
}
