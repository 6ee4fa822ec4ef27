//! A database written by the release of stop 15 (schema 4, `tests/fixtures/upgrade/v4.db`, made
//! by `make-v4.sh`): it opens, upgrades through every later migration and keeps its members,
//! its held meeting (roll, attendance, proxy, pinned rules), the members' request and the journal.

use crate::common::TestEnv;

const HEAD: &str = "6a64df582326fe5aaa2b60ca35c35333ccf344b9507ce22834a3645ca70e64fe";

fn opened() -> (TestEnv, String) {
    TestEnv::upgraded_fixture("v4.db", HEAD)
}

#[test]
fn a_schema_4_file_opens_and_its_journal_verifies_with_the_old_head() {
    let (env, said) = opened();
    assert!(
        said.contains("Upgraded") && said.contains("from schema 4"),
        "{said}"
    );
    assert!(
        env.path("test.v4.bak").exists(),
        "the old file is kept aside: {said}"
    );
    assert!(
        said.contains("intact") && said.contains("41 entries"),
        "{said}"
    );
    // The old chain keeps its head; the upgrade recorded the registry after it.
    assert!(
        said.contains("noted head as entry 40"),
        "the old chain keeps its head: {said}"
    );
    let last = env.json(&["journal", "list"]);
    let last = last.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "registry.baseline", "{last}");
    assert!(
        said.contains("7 members, 5 categories and 1 rules version match"),
        "{said}"
    );
}

#[test]
fn a_schema_4_file_keeps_its_members_meeting_proxy_request_and_rules() {
    let (env, _) = opened();
    let members = env.json(&["member", "list", "--status", "all"]);
    let mut numbers: Vec<i64> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["number"].as_i64().unwrap())
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6, 7]);

    let meeting = env.json(&["meeting", "show", "1"]);
    let text = meeting.to_string();
    assert!(text.contains("Jaarvergadering 2026"), "{text}");
    assert!(text.contains("2026-03-20T22:00"), "closed: {text}");
    assert!(text.contains("2026-02-20"), "convened: {text}");

    let attendance = env.ok(&["meeting", "attendance", "1", "--format", "csv"]);
    for n in ["1", "2", "4"] {
        assert!(
            attendance.lines().any(|l| l.starts_with(&format!("{n},"))),
            "member {n} present: {attendance}"
        );
    }
    let proxies = env.ok(&["meeting", "proxy", "list", "1", "--format", "csv"]);
    assert!(proxies.contains("voor agendapunt 3"), "{proxies}");

    let requests = env.ok(&["meeting", "request", "list", "--format", "csv"]);
    assert_eq!(requests.lines().count(), 2, "{requests}");

    // The rules set before the upgrade are still in force, and pinned to the held meeting.
    let rules = env.ok(&["rules", "show", "--on", "2026-03-20", "--format", "csv"]);
    assert!(
        rules
            .lines()
            .any(|l| l.starts_with("notice_days_ordinary,21")),
        "{rules}"
    );
    // The file's entries run to 2026-04-02; a later clock writes after them.
    let later = |args: &[&str]| {
        env.quorum()
            .env("QUORUM_NOW", "2026-04-10T12:00:00Z")
            .args(args)
            .output()
            .unwrap()
    };
    let refused = later(&["rules", "set", "notice_days_ordinary", "14"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("meeting 1 (Jaarvergadering 2026)"), "{err}");

    // A new write extends the old chain, which still verifies.
    let cleared = later(&["member", "arrears", "7", "--clear", "--date", "2026-04-10"]);
    assert!(
        cleared.status.success(),
        "{}",
        String::from_utf8_lossy(&cleared.stderr)
    );
    env.ok(&["journal", "verify"]);
    assert_eq!(env.json(&["journal", "list"]).as_array().unwrap().len(), 42);
}
