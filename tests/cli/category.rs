//! `quorum category add | list | edit`: who is a member in law, who votes, with what weight.

use serde_json::{Value, json};

use crate::common::TestEnv;
use crate::member::{both, journal_len, json as json_of, last_journal, ok, refused};

/// The row of `category list` for `name`.
fn category(env: &TestEnv, name: &str) -> Value {
    json_of(env, "category list")
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no category {name}"))
}

/// (is_member, has_vote, weight) of a category.
fn rights(env: &TestEnv, name: &str) -> (Value, Value, Value) {
    let c = category(env, name);
    (
        c["is_member"].clone(),
        c["has_vote"].clone(),
        c["weight"].clone(),
    )
}

fn r(is_member: bool, has_vote: bool, weight: u32) -> (Value, Value, Value) {
    (json!(is_member), json!(has_vote), json!(weight))
}

#[test]
fn init_makes_the_four_default_categories() {
    let env = TestEnv::new();
    for name in ["regular", "honorary", "youth"] {
        assert_eq!(rights(&env, name), r(true, true, 1), "{name}");
    }
    assert_eq!(rights(&env, "supporter"), r(false, false, 1));
    let list = json_of(&env, "category list");
    let keys: Vec<&String> = list[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "name",
            "is_member",
            "has_vote",
            "weight",
            "members",
            "registered",
            "description"
        ]
    );
    let csv = ok(&env, "category list --format csv");
    assert!(
        csv.starts_with(
            "name,is_member,has_vote,weight,members,registered,description\nregular,yes,yes,1,0,0,"
        ),
        "{csv}"
    );
}

#[test]
fn add_a_weighted_and_a_non_voting_category() {
    let env = TestEnv::new();
    let before = journal_len(&env);
    let (stdout, stderr) = both(
        &env,
        "category add club --weight 3 --description 'Member club of the federation'",
    );
    // The outcome is on stdout, where `-q` cannot hide it from a script.
    assert_eq!(stdout.trim(), "Added category club (3 votes per member)");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(journal_len(&env), before + 1);
    assert_eq!(last_journal(&env).0, "category.add");
    ok(&env, "category add observer --no-vote");
    ok(&env, "category add friend --not-member");
    assert_eq!(rights(&env, "club"), r(true, true, 3));
    assert_eq!(rights(&env, "observer"), r(true, false, 1));
    assert_eq!(rights(&env, "friend"), r(false, false, 1));
    assert_eq!(
        category(&env, "club")["description"],
        "Member club of the federation"
    );

    let err = refused(&env, "category add CLUB", 1);
    assert!(err.contains("a category 'CLUB' exists already"), "{err}");
    let err = refused(&env, "category add zero --weight 0", 1);
    assert!(
        err.starts_with("error: --weight: 0 votes per member"),
        "{err}"
    );
    refused(&env, "category add neg --weight -1", 2);
    refused(&env, "category add huge --weight 1000001", 2);
    let err = refused(&env, "category add ' '", 1);
    assert!(err.contains("name: is required"), "{err}");
}

#[test]
fn list_counts_current_and_registered_members() {
    let env = TestEnv::new();
    ok(&env, "member add --family-name A --joined 2020-01-01");
    ok(&env, "member add --family-name B --joined 2020-01-01");
    ok(&env, "member add --family-name C --category supporter");
    ok(&env, "member leave 2 --date 2025-12-31");
    ok(&env, "member suspend 1 --reason arrears");
    let regular = category(&env, "regular");
    assert_eq!(
        (&regular["members"], &regular["registered"]),
        (&json!(1), &json!(2))
    );
    let supporter = category(&env, "supporter");
    assert_eq!(
        (&supporter["members"], &supporter["registered"]),
        (&json!(1), &json!(1))
    );
    assert_eq!(category(&env, "youth")["members"], 0);
}

#[test]
fn edit_changes_a_category_and_says_when_nothing_changed() {
    let env = TestEnv::new();
    ok(&env, "member add --family-name A --category youth");
    ok(
        &env,
        "category edit youth --name junior --no-vote --description ''",
    );
    let (action, summary, old, new) = last_journal(&env);
    assert_eq!(
        (action.as_str(), summary.as_str()),
        ("category.edit", "changed category 'youth'")
    );
    assert_eq!(
        (&old["has_vote"], &new["has_vote"]),
        (&json!(true), &json!(false))
    );
    assert_eq!(new["description"], Value::Null);
    assert_eq!(json_of(&env, "member show 1")["category"], "junior");
    ok(&env, "member add --family-name B --category junior");

    let before = env.dump();
    let (stdout, _) = both(&env, "category edit junior --no-vote");
    assert!(stdout.contains("nothing changed"), "{stdout}");
    assert_eq!(env.dump(), before);

    ok(&env, "category edit junior --vote --weight 2");
    assert_eq!(rights(&env, "junior"), r(true, true, 2));
    // A category that is not a member in law cannot vote; the flag that would break it is named.
    let err = refused(&env, "category edit supporter --vote", 1);
    assert!(
        err.starts_with("error: --vote: a category that is not a member in law cannot have a vote"),
        "{err}"
    );
    ok(&env, "category edit junior --not-member");
    assert_eq!(
        rights(&env, "junior"),
        r(false, false, 2),
        "--not-member implies --no-vote"
    );
    let err = refused(&env, "category edit junior --name Regular", 1);
    assert!(err.contains("exists already"), "{err}");
    let err = refused(&env, "category edit senior --vote", 1);
    assert!(
        err.contains("no category 'senior'; known: regular, honorary, junior, supporter"),
        "{err}"
    );
}
