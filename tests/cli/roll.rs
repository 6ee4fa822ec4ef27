//! `quorum roll` and `quorum member arrears`: the voting roll on a date, every reason a member has
//! no vote, the rule keys that change a vote, and the totals by category.

use serde_json::Value;

use crate::common::TestEnv;
use crate::member::{four_members, json, last_journal, ok, refused};

/// (number, votes, cast_by, reason) of every member on the roll.
fn roll(env: &TestEnv, on: &str) -> Vec<(i64, u64, Option<String>, Option<String>)> {
    let v = json(env, &format!("roll --on {on}"));
    assert_eq!(v["on"], on);
    v["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["number"].as_i64().unwrap(),
                m["votes"].as_u64().unwrap(),
                m["cast_by"].as_str().map(String::from),
                m["reason"].as_str().map(String::from),
            )
        })
        .collect()
}

fn of(env: &TestEnv, on: &str, number: i64) -> (u64, Option<String>, Option<String>) {
    let (_, v, c, r) = roll(env, on)
        .into_iter()
        .find(|m| m.0 == number)
        .expect("the member is on the roll");
    (v, c, r)
}

fn reason(env: &TestEnv, on: &str, number: i64) -> String {
    of(env, on, number).2.unwrap_or_default()
}

#[test]
fn every_reason_on_the_roll() {
    let env = four_members();
    ok(
        &env,
        "member add --family-name Donk --category supporter --joined 2021-01-01",
    );
    ok(&env, "member add --family-name Later --joined 2027-01-01");
    ok(&env, "category add observer --no-vote");
    ok(
        &env,
        "member add --family-name Kijker --category observer --joined 2021-01-01",
    );
    ok(&env, "member leave 4 --date 2025-12-31");
    ok(
        &env,
        "member suspend 2 --reason 'decision of the board' --until 2026-09-30",
    );
    let on = "2026-03-01";
    assert_eq!(of(&env, on, 1), (1, Some("own".into()), None));
    assert_eq!(reason(&env, on, 2), "suspended until 2026-09-30");
    assert_eq!(reason(&env, on, 4), "former member");
    assert_eq!(reason(&env, on, 5), "category supporter has no vote");
    assert_eq!(reason(&env, on, 6), "not a member yet (joins 2027-01-01)");
    assert_eq!(reason(&env, on, 7), "category observer has no vote");
    // Register order, as `member list`: Bakker, Berg, Dijk, Donk, Kijker, Later, Müller.
    let numbers: Vec<i64> = roll(&env, on).iter().map(|m| m.0).collect();
    assert_eq!(numbers, [4, 1, 3, 5, 7, 6, 2]);
    ok(&env, "member unsuspend 2 --date 2026-04-01");
    assert_eq!(reason(&env, on, 2), "suspended until 2026-03-31");
    assert_eq!(of(&env, "2026-04-01", 2).0, 1);
}

#[test]
fn arrears_count_only_where_the_statutes_say_so() {
    let env = four_members();
    ok(&env, "member arrears 1 --since 2026-01-01");
    let (action, summary, _, new) = last_journal(&env);
    assert_eq!(action, "member.arrears");
    assert_eq!(summary, "member 1 in arrears since 2026-01-01");
    assert_eq!(new["since"], "2026-01-01");
    // B13: without a clause, a member who does not pay keeps the vote.
    assert_eq!(of(&env, "2026-03-01", 1), (1, Some("own".into()), None));
    ok(&env, "rules set arrears_suspends_vote true");
    assert_eq!(reason(&env, "2026-03-01", 1), "in arrears since 2026-01-01");
    refused(&env, "member arrears 1 --since 2026-02-01", 1);
    ok(&env, "member arrears 1 --clear --date 2026-05-01");
    assert_eq!(last_journal(&env).0, "member.arrears_clear");
    assert_eq!(reason(&env, "2026-04-30", 1), "in arrears since 2026-01-01");
    assert_eq!(of(&env, "2026-05-01", 1).0, 1);
    refused(&env, "member arrears 1 --clear", 1);
    refused(&env, "member arrears 1", 2);
    refused(&env, "member arrears 99 --since 2026-01-01", 1);
}

#[test]
fn a_minor_votes_through_the_legal_representative() {
    let env = four_members();
    // Anna (3) was born on 2010-04-01: 15 on 2026-03-01.
    assert_eq!(of(&env, "2026-03-01", 3), (1, Some("own".into()), None));
    ok(&env, "rules set min_age_own_vote 16");
    assert_eq!(
        of(&env, "2026-03-01", 3),
        (
            1,
            Some("legal_representative".into()),
            Some("under 16: votes through the legal representative".into())
        )
    );
    assert_eq!(of(&env, "2026-04-01", 3), (1, Some("own".into()), None));
    let table = ok(&env, "roll --on 2026-03-01");
    assert!(table.contains("1 (rep.)"), "{table}");
}

#[test]
fn new_members_wait_the_waiting_period() {
    let env = four_members();
    ok(&env, "member add --family-name Nieuw --joined 2026-02-01");
    assert_eq!(of(&env, "2026-03-01", 5).0, 1);
    ok(
        &env,
        "rules set voting_waiting_period_days 90 --from 2026-03-15",
    );
    // Judged under the rules in force on the date: before the new version, no waiting period.
    assert_eq!(of(&env, "2026-03-14", 5).0, 1);
    assert_eq!(
        reason(&env, "2026-03-15", 5),
        "member for fewer than 90 days (votes from 2026-05-02)"
    );
    assert_eq!(of(&env, "2026-05-02", 5).0, 1);
    // Before the first version of the rules there is no roll: the hint says how to record them.
    let err = refused(&env, "roll --on 2026-02-28", 1);
    assert!(err.contains("no rules are in force on 2026-02-28"), "{err}");
}

#[test]
fn totals_by_category() {
    let env = four_members();
    ok(&env, "category add collective --weight 3");
    ok(
        &env,
        "member add --family-name Huis --category collective --joined 2020-01-01",
    );
    ok(
        &env,
        "member add --family-name Donk --category supporter --joined 2021-01-01",
    );
    ok(&env, "member suspend 2 --reason x");
    let v = json(&env, "roll");
    let totals: Vec<(String, u64, u64, u64)> = v["totals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t: &Value| {
            (
                t["category"].as_str().unwrap().to_string(),
                t["members"].as_u64().unwrap(),
                t["with_vote"].as_u64().unwrap(),
                t["votes"].as_u64().unwrap(),
            )
        })
        .collect();
    let t = |c: &str, m, w, v| (c.to_string(), m, w, v);
    assert_eq!(
        totals,
        [
            t("regular", 3, 2, 2),
            t("honorary", 0, 0, 0),
            t("youth", 1, 1, 1),
            t("supporter", 0, 0, 0),
            t("collective", 1, 1, 3),
        ]
    );
    let member = &v["members"][0];
    for key in [
        "number", "name", "category", "status", "votes", "cast_by", "reason",
    ] {
        assert!(member.get(key).is_some(), "{key} in {member}");
    }
    let csv = ok(&env, "roll --format csv");
    assert_eq!(
        csv.lines().next(),
        Some("number,name,category,status,votes,cast_by,reason")
    );
    let table = ok(&env, "roll");
    assert!(table.lines().all(|l| l.chars().count() <= 80), "{table}");
    assert!(table.contains("total"), "{table}");
}
