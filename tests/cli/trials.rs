//! Property trials through the binary: whatever bytes the member CSV reader or the rules-file
//! reader is given, quorum answers with a result or a refusal (exit 0 or 1), never a panic; and
//! a refused import leaves the database exactly as it was.

use proptest::prelude::*;

use crate::common::TestEnv;

const GOOD_CSV: &[u8] = include_bytes!("../fixtures/import/members-utf8-bom.csv");

/// Random bytes, and a good file with a few bytes changed, inserted or cut (nearer to what a
/// spreadsheet mangles, so the reader gets past its first checks).
fn hostile(good: &'static [u8]) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        (
            prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..6),
            any::<prop::sample::Index>(),
        )
            .prop_map(move |(edits, cut)| {
                let mut bytes = good.to_vec();
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
                if cut.index(4) == 0 {
                    let keep = cut.index(bytes.len() + 1);
                    bytes.truncate(keep);
                }
                bytes
            }),
    ]
}

fn run_on(env: &TestEnv, args: &[&str], bytes: &[u8]) -> Result<(), TestCaseError> {
    let file = env.path("input");
    std::fs::write(&file, bytes).unwrap();
    let before = env.dump();
    let out = env.quorum().args(args).arg(&file).output().unwrap();
    let code = out.status.code();
    let stderr = String::from_utf8_lossy(&out.stderr);
    prop_assert!(
        matches!(code, Some(0 | 1)),
        "{args:?} exited {code:?}: {stderr}"
    );
    prop_assert!(!stderr.contains("panicked"), "{stderr}");
    if code == Some(1) {
        prop_assert_eq!(
            env.dump(),
            before,
            "a refused {:?} changed the database",
            args
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn the_member_csv_reader_refuses_or_imports_and_a_refusal_changes_nothing(
        bytes in hostile(GOOD_CSV)
    ) {
        let env = TestEnv::new();
        run_on(&env, &["member", "import"], &bytes)?;
    }

    #[test]
    fn the_rules_file_reader_refuses_or_imports_and_a_refusal_changes_nothing(
        bytes in hostile(include_bytes!("../fixtures/rules/default.toml"))
    ) {
        let env = TestEnv::new();
        run_on(&env, &["rules", "import", "--from", "01-01-2026"], &bytes)?;
    }
}
