//! `quorum member leave | rejoin | suspend | unsuspend` and what `member list --status/--as-of`
//! makes of them: the history of periods and suspensions answers "who was a member on …".

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::member::{
    four_members, journal_len, json as json_of, last_journal, numbers, ok, refused,
};

fn numbers_on(env: &TestEnv, status: &str, on: &str) -> Vec<i64> {
    numbers(&json_of(
        env,
        &format!("member list --status {status} --as-of {on} --sort number"),
    ))
}

#[test]
fn leave_and_rejoin_answer_as_of_exactly() {
    let env = four_members();
    // Member 4 joined 2019-03-01, leaves on 2021-12-31 (last day), rejoins 2023-01-01.
    ok(
        &env,
        "member leave 4 --date 31-12-2021 --reason 'moved abroad'",
    );
    let (action, summary, _, new) = last_journal(&env);
    assert_eq!(
        (action.as_str(), summary.as_str()),
        ("member.leave", "member 4 left")
    );
    assert_eq!(new, json!({"left": "2021-12-31", "reason": "moved abroad"}));
    ok(&env, "member rejoin 4 --date 2023-01-01");
    assert_eq!(last_journal(&env).1, "member 4 rejoined");

    assert_eq!(numbers_on(&env, "current", "2019-02-28"), [] as [i64; 0]);
    assert_eq!(numbers_on(&env, "current", "2019-03-01"), [4]);
    assert_eq!(
        numbers_on(&env, "current", "2021-12-31"),
        [1, 2, 4],
        "the last day counts"
    );
    assert_eq!(numbers_on(&env, "current", "2022-01-01"), [1, 2]);
    // 3 has not joined yet and 4 rejoins later: both are members from a later date.
    assert_eq!(numbers_on(&env, "former", "2022-06-01"), [] as [i64; 0]);
    assert_eq!(numbers_on(&env, "future", "2022-06-01"), [3, 4]);
    assert_eq!(numbers_on(&env, "current", "2023-01-01"), [1, 2, 3, 4]);
    assert_eq!(numbers_on(&env, "all", "2000-01-01"), [1, 2, 3, 4]);

    // The row shows the period that decides the date.
    let rows = json_of(
        &env,
        "member list --status all --as-of 2022-06-01 --search piet",
    );
    assert_eq!(rows[0]["status"], "future");
    assert_eq!(rows[0]["joined"], "2019-03-01");
    assert_eq!(rows[0]["left"], "2021-12-31");
    let m = json_of(&env, "member show 4");
    assert_eq!(m["periods"], "2019-03-01..2021-12-31; 2023-01-01..");
    assert_eq!(m["joined"], "2023-01-01");
    assert_eq!(m["left"], Value::Null);

    // A leave date ahead (end of the year): a member until then, former after.
    ok(&env, "member leave 2 --date 2026-12-31");
    assert_eq!(numbers_on(&env, "current", "2026-12-31"), [1, 2, 3, 4]);
    assert_eq!(numbers_on(&env, "current", "2027-01-01"), [1, 3, 4]);
}

#[test]
fn leave_and_rejoin_refuse_impossible_histories() {
    let env = four_members();
    let err = refused(&env, "member leave 1 --date 2019-12-31", 1);
    assert!(
        err.starts_with("error: --date: 2019-12-31 is before the member joined (2020-01-01)"),
        "{err}"
    );
    let err = refused(&env, "member rejoin 1", 1);
    assert!(
        err.starts_with("error: member 1 is still a member; nothing to rejoin"),
        "{err}"
    );
    ok(&env, "member leave 1 --date 2024-06-30");
    let err = refused(&env, "member leave 1", 1);
    assert!(err.starts_with("error: member 1 has already left"), "{err}");
    let err = refused(&env, "member rejoin 1 --date 2024-06-30", 1);
    assert!(
        err.contains("--date: 2024-06-30 is not after the end of the last membership"),
        "{err}"
    );
    refused(&env, "member leave 2 --date 31-06-2024", 2);
    refused(&env, "member leave 99", 1);
}

#[test]
fn a_suspended_member_is_current_but_not_active() {
    let env = four_members();
    let before = journal_len(&env);
    ok(
        &env,
        "member suspend 2 --reason 'contribution arrears' --from 2026-01-01 --until 2026-06-30",
    );
    assert_eq!(journal_len(&env), before + 1);
    let (action, summary, _, new) = last_journal(&env);
    assert_eq!(
        (action.as_str(), summary.as_str()),
        ("member.suspend", "suspended member 2")
    );
    assert_eq!(new["reason"], "contribution arrears");
    assert_eq!(new["until"], "2026-06-30");

    assert_eq!(numbers_on(&env, "current", "2026-03-01"), [1, 2, 3, 4]);
    assert_eq!(numbers_on(&env, "active", "2026-03-01"), [1, 3, 4]);
    assert_eq!(numbers_on(&env, "suspended", "2026-03-01"), [2]);
    assert_eq!(numbers_on(&env, "suspended", "2025-12-31"), [] as [i64; 0]);
    assert_eq!(
        numbers_on(&env, "active", "2026-07-01"),
        [1, 2, 3, 4],
        "until is the last day"
    );
    assert_eq!(json_of(&env, "member show 2")["status"], "suspended");

    // No second suspension over the first; no suspension of a former member.
    let err = refused(&env, "member suspend 2 --reason again --from 2026-06-01", 1);
    assert!(
        err.starts_with("error: member 2 is already suspended from 2026-01-01 to 2026-06-30"),
        "{err}"
    );
    let err = refused(
        &env,
        "member suspend 2 --reason before --from 2025-12-01",
        1,
    );
    assert!(err.contains("already suspended"), "{err}");
    let err = refused(&env, "member suspend 1 --reason x --until 2026-02-01", 1);
    assert!(
        err.starts_with("error: --until: 2026-02-01 is before the suspension starts"),
        "{err}"
    );
    let err = refused(&env, "member suspend 1", 2);
    assert!(err.starts_with("error: missing --reason"), "{err}");
    ok(&env, "member leave 1 --date 2025-12-31");
    let err = refused(&env, "member suspend 1 --reason x", 1);
    assert!(
        err.starts_with("error: member 1 is not a member on 2026-03-01"),
        "{err}"
    );

    // Lifting: from that day on the member is active again.
    ok(&env, "member unsuspend 2 --date 2026-04-01");
    assert_eq!(numbers_on(&env, "suspended", "2026-03-31"), [2]);
    assert_eq!(numbers_on(&env, "suspended", "2026-04-01"), [] as [i64; 0]);
    let (action, _, old, new) = last_journal(&env);
    assert_eq!(action, "member.unsuspend");
    assert_eq!(
        (&old["lifted_on"], &new["lifted_on"]),
        (&Value::Null, &json!("2026-04-01"))
    );
    let err = refused(&env, "member unsuspend 2 --date 2026-05-01", 1);
    assert!(
        err.starts_with("error: member 2 is not suspended on 2026-05-01; nothing to lift"),
        "{err}"
    );
    assert_eq!(
        json_of(&env, "member show 2")["suspensions"],
        "2026-01-01..2026-06-30: contribution arrears (lifted 2026-04-01)"
    );
    // A new suspension may start once the lifted one has ended, and not before.
    refused(
        &env,
        "member suspend 2 --reason appeal --from 2026-03-31",
        1,
    );
    ok(
        &env,
        "member suspend 2 --reason 'expulsion appeal' --from 2026-04-01",
    );
    assert_eq!(
        numbers_on(&env, "suspended", "2027-01-01"),
        [2],
        "no end date"
    );
}
