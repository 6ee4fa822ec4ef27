//! Property tests of the readers: whatever bytes they are given, they read the file or refuse
//! it naming a line of it, never panic; and what they read can be counted by every method
//! without a panic (a refusal is fine).

use proptest::prelude::*;

use super::{InputFormat, read};
use crate::tally::{Method, TallyError, TallyOptions, count, limits};

const SEEDS: [&str; 6] = [
    include_str!("../../../tests/fixtures/tally/perth_kinross_2016_by_election_ward9.blt"),
    include_str!("../../../tests/fixtures/tally/aberdeenshire_2022_ward19.blt"),
    include_str!("../../../tests/fixtures/tally/burlington-2009-mayor.abif"),
    include_str!("../../../tests/fixtures/tally/debian-2006-dpl-tally.txt"),
    include_str!("../../../tests/fixtures/tally/board.csv"),
    "2,1\n3,1,2,0\n1,2\n0\nAnn\nBob,Lab\nWard 1\n",
];

/// Random bytes, or a real file of each format with a few bytes changed, inserted or cut, so
/// that the reader gets past its first checks.
fn hostile() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        (
            0..SEEDS.len(),
            prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(seed, edits, cut)| {
                let mut bytes = SEEDS[seed].as_bytes().to_vec();
                for (at, byte, kind) in edits {
                    let i = at.index(bytes.len().max(1)).min(bytes.len());
                    match kind {
                        0 if i < bytes.len() => bytes[i] = byte,
                        1 => bytes.insert(i, byte),
                        _ if i < bytes.len() => {
                            bytes.remove(i);
                        }
                        _ => {}
                    }
                }
                if cut.index(3) == 0 {
                    bytes.truncate(cut.index(bytes.len() + 1));
                }
                bytes
            }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn every_reader_reads_or_refuses_naming_a_line_and_every_method_counts_or_refuses(
        bytes in hostile(),
        format in 0..=InputFormat::ALL.len(),
    ) {
        let text = String::from_utf8_lossy(&bytes);
        // `None` (the last index) lets detection choose.
        let forced = InputFormat::ALL.get(format).copied();
        let lines = text.split(['\n', '\r']).count().max(1);
        match read(&text, forced) {
            Err(failure) => match failure.error {
                TallyError::Parse { line, reason } => {
                    prop_assert!((1..=lines).contains(&line), "line {line} of {lines}: {reason}");
                    prop_assert!(!reason.is_empty());
                }
                other => prop_assert!(false, "a reader refused without a line: {other}"),
            },
            Ok(reading) => {
                let e = &reading.election;
                let opts = TallyOptions { seats: None, seed: 1 };
                if limits::check_candidates(e, limits::MAX_CANDIDATES).is_ok()
                    && limits::check_seats(e, &opts).is_ok()
                {
                    for method in Method::ALL {
                        let _ = count(e, method, &opts);
                    }
                }
            }
        }
    }
}
