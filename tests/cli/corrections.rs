//! Correcting mistakes in the registry: a leave withdrawn (`member leave --undo`, `member edit
//! --left none`) or redated (`--left DATE`), a rejoin the day after leaving that continues the
//! period, and the `future` status of a membership that starts later.

use serde_json::json;

use crate::member::{four_members, json as json_of, last_journal, ok, refused};

#[test]
fn a_leave_is_withdrawn_and_the_period_runs_on() {
    let env = four_members();
    ok(&env, "member leave 1 --date 2024-12-31 --reason verhuisd");
    ok(&env, "member leave 1 --undo");
    let (action, summary, old, _) = last_journal(&env);
    assert_eq!(action, "member.leave.undo");
    assert_eq!(summary, "member 1's leave withdrawn");
    assert_eq!(old, json!({"left": "2024-12-31", "reason": "verhuisd"}));
    let m = json_of(&env, "member show 1");
    assert_eq!(m["periods"], "2020-01-01..");
    assert_eq!(m["status"], "active");
    // Nothing left to withdraw now; --undo takes no date.
    let err = refused(&env, "member leave 1 --undo", 1);
    assert!(err.contains("member 1 has not left"), "{err}");
    refused(&env, "member leave 1 --undo --date 2025-01-01", 2);
}

#[test]
fn edit_left_redates_or_withdraws_the_last_leave() {
    let env = four_members();
    ok(&env, "member leave 4 --date 2024-12-31");
    let out = ok(&env, "member edit 4 --left 31-03-2025 --format json");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        doc["changed"],
        json!([{"field": "left", "old": "2024-12-31", "new": "2025-03-31"}])
    );
    assert_eq!(
        json_of(&env, "member show 4")["periods"],
        "2019-03-01..2025-03-31"
    );
    let err = refused(&env, "member edit 4 --left 2019-01-01", 1);
    assert!(
        err.contains("before that membership began (2019-03-01)"),
        "{err}"
    );
    ok(&env, "member edit 4 --left none");
    assert_eq!(json_of(&env, "member show 4")["periods"], "2019-03-01..");
    // Joined and left corrected in one edit, checked against each other.
    ok(&env, "member edit 4 --joined 2019-04-01 --left 2019-04-30");
    assert_eq!(
        json_of(&env, "member show 4")["periods"],
        "2019-04-01..2019-04-30"
    );
    refused(
        &env,
        "member edit 4 --joined 2019-05-01 --left 2019-04-30",
        1,
    );
}

#[test]
fn rejoining_the_day_after_leaving_continues_the_period() {
    let env = four_members();
    ok(&env, "member leave 2 --date 2023-12-31");
    ok(&env, "member rejoin 2 --date 2024-01-01");
    let (_, _, _, new) = last_journal(&env);
    assert_eq!(
        new,
        json!({"joined": "2024-01-01", "continues": "2021-06-15"})
    );
    assert_eq!(json_of(&env, "member show 2")["periods"], "2021-06-15..");
    // With a gap it is a second period.
    ok(&env, "member leave 2 --date 2024-12-31");
    ok(&env, "member rejoin 2 --date 2025-01-02");
    assert_eq!(
        json_of(&env, "member show 2")["periods"],
        "2021-06-15..2024-12-31; 2025-01-02.."
    );
}

#[test]
fn a_membership_that_starts_later_is_future_not_former() {
    let env = four_members();
    ok(&env, "member leave 4 --date 2021-12-31");
    let status = |on: &str, n: i64| {
        let rows = json_of(
            &env,
            &format!("member list --status all --as-of {on} --sort number"),
        );
        rows.as_array().unwrap()[(n - 1) as usize]["status"].clone()
    };
    assert_eq!(status("2022-06-01", 3), "future");
    assert_eq!(status("2022-06-01", 4), "former");
    assert_eq!(status("2022-09-01", 3), "active");
    let future = json_of(&env, "member list --status future --as-of 2022-06-01");
    assert_eq!(future.as_array().unwrap().len(), 1);
    let csv = ok(
        &env,
        "member export --status future --as-of 2022-06-01 --columns number,status",
    );
    assert_eq!(csv, "number,status\n3,future\n");
}
