//! `quorum journal`: the chain verifies, and any change behind quorum's back is found and named.

use crate::common::TestEnv;

fn sql(env: &TestEnv, statement: &str) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(statement).unwrap();
}

#[test]
fn a_fresh_journal_verifies_and_lists_the_init() {
    let env = TestEnv::new();
    env.ok(&["journal", "verify"]);
    let rows = env.json(&["journal", "list"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows[0]["action"], "association.init");
    assert_eq!(rows[0]["actor"], "tester");
    assert_eq!(rows[0]["at"], "2026-03-01T18:00:00Z");
    assert_eq!(rows[0]["command"], "init");
    assert_eq!(
        rows.len(),
        6,
        "init, the four default categories and the default rules"
    );
    assert_eq!(rows[5]["action"], "rules.init");
}

#[test]
fn an_edited_entry_is_named() {
    let env = TestEnv::new();
    sql(&env, "UPDATE journal SET actor = 'mallory' WHERE seq = 3");
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 3"), "{err}");
    assert!(err.contains("edited"), "{err}");
}

#[test]
fn an_edited_value_is_named() {
    let env = TestEnv::new();
    sql(
        &env,
        "UPDATE journal_payload SET new_value = replace(new_value, 'true', 'false') WHERE seq = 2",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 2"), "{err}");
}

#[test]
fn a_deleted_entry_is_named() {
    let env = TestEnv::new();
    sql(
        &env,
        "DELETE FROM journal_payload WHERE seq = 4; DELETE FROM journal WHERE seq = 4",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 4"), "{err}");
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn a_deleted_last_entry_leaves_its_values_behind_and_is_found() {
    let env = TestEnv::new();
    sql(
        &env,
        "PRAGMA foreign_keys = OFF; DELETE FROM journal WHERE seq = 5",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 5"), "{err}");
}

#[test]
fn a_truncated_tail_is_found() {
    let env = TestEnv::new();
    sql(
        &env,
        "DELETE FROM journal_payload WHERE seq >= 4; DELETE FROM journal WHERE seq >= 4",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 4"), "{err}");
    assert!(err.contains("deleted"), "{err}");
}

#[test]
fn an_inserted_entry_is_named() {
    let env = TestEnv::new();
    sql(
        &env,
        "INSERT INTO journal (seq, at, actor, command, action, entity, summary, prev_hash, hash)
         SELECT 7, at, actor, command, action, entity, 'forged', hash, hash FROM journal WHERE seq = 6",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("broken at entry 7"), "{err}");
}

#[test]
fn values_are_shown_only_on_request() {
    let env = TestEnv::new();
    let plain = env.json(&["journal", "list"]);
    assert!(plain[1].get("new_value").is_none());
    let with = env.json(&["journal", "list", "--values"]);
    assert_eq!(with[1]["new_value"]["name"], "regular");
}

#[test]
fn since_filters_by_date() {
    let env = TestEnv::new();
    let rows = env.json(&["journal", "list", "--since", "02-03-2026"]);
    assert_eq!(rows.as_array().unwrap().len(), 0);
    let rows = env.json(&["journal", "list", "--since", "2026-03-01"]);
    assert_eq!(rows.as_array().unwrap().len(), 6);
}

#[test]
fn values_show_in_table_and_csv_too() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Jan",
        "--family-name",
        "Berg",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&["member", "edit", "1", "--city", "Utrecht"]);
    let csv = env.ok(&["journal", "list", "--values", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",old_value,new_value"), "{header}");
    assert!(csv.contains("Utrecht"), "{csv}");
    let table = env.ok(&["journal", "list", "--values", "--member", "1"]);
    assert!(
        table.contains("new_value") && table.contains("Utrecht"),
        "{table}"
    );
    let plain = env.ok(&["journal", "list", "--format", "csv"]);
    assert!(!plain.contains("new_value"), "values only when asked for");
}

/// The journal salts of a fresh registry with `seed` set (or none).
fn salts_with_seed(seed: Option<&str>) -> Vec<String> {
    let env = crate::common::TestEnv::empty();
    for args in [
        &["init", "--name", "Vereniging De Eendracht"][..],
        &[
            "member",
            "add",
            "--family-name",
            "Jansen",
            "--joined",
            "2020-01-01",
        ][..],
    ] {
        let mut cmd = env.quorum();
        if let Some(s) = seed {
            cmd.env("QUORUM_SEED", s);
        }
        assert!(cmd.args(args).output().unwrap().status.success());
    }
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut stmt = conn
        .prepare("SELECT salt FROM journal_payload ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn the_same_quorum_seed_gives_the_same_salts_and_no_seed_never_does() {
    let a = salts_with_seed(Some("readme"));
    assert!(!a.is_empty());
    assert_eq!(a, salts_with_seed(Some("readme")), "a seed repeats exactly");
    assert_ne!(
        a,
        salts_with_seed(Some("other")),
        "another seed, other salts"
    );
    assert_ne!(
        salts_with_seed(None),
        salts_with_seed(None),
        "without a seed the salts come from the operating system"
    );
}

/// Instruction of the proxy in `with_proxy`: the values an erasure must take away.
const INSTRUCTION: &str = "for item 2, against item 3";

/// Members 1 (the holder), 2 (the giver) and 3, a meeting, and a proxy from 2 to 1 with an
/// instruction. Returns the proxy entry's sequence number.
fn with_proxy() -> (TestEnv, i64) {
    let env = TestEnv::new();
    for name in ["Hendriks", "Gerritsen", "Derksen"] {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            name,
            "--joined",
            "2020-01-01",
        ]);
    }
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    env.ok(&[
        "meeting",
        "proxy",
        "1",
        "--from",
        "2",
        "--to",
        "1",
        "--instruction",
        INSTRUCTION,
    ]);
    let proxy = entries_of(&env, "1", "meeting.proxy");
    assert_eq!(proxy.len(), 1);
    (env, proxy[0]["seq"].as_i64().unwrap())
}

/// `journal list --member N --values` entries with this action.
fn entries_of(env: &TestEnv, member: &str, action: &str) -> Vec<serde_json::Value> {
    env.json(&["journal", "list", "--member", member, "--values"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect()
}

fn leave_and_erase(env: &TestEnv, number: &str) {
    env.ok(&["member", "leave", number, "--date", "2026-02-28"]);
    env.ok(&["member", "erase", number, "--yes"]);
}

fn count(env: &TestEnv, query: &str) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row(query, [], |r| r.get(0)).unwrap()
}

#[test]
fn a_proxy_is_listed_for_its_giver_and_its_holder_and_for_nobody_else() {
    let (env, seq) = with_proxy();
    for member in ["1", "2"] {
        let found = entries_of(&env, member, "meeting.proxy");
        assert_eq!(found.len(), 1, "member {member}");
        assert_eq!(found[0]["seq"], seq);
        assert_eq!(found[0]["new_value"]["instruction"], INSTRUCTION);
    }
    assert!(entries_of(&env, "3", "meeting.proxy").is_empty());
    // In the holder's own data too (GDPR art. 15: everything held about them).
    let data = env.json(&["member", "data", "1"]);
    let actions: Vec<&str> = data["journal"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["member.add", "meeting.proxy"]);
    // Revoking names both as well; the new entries hash the member list (from version 2; 3
    // adds the registry digests).
    env.ok(&["meeting", "proxy", "revoke", "1", "--from", "2"]);
    assert_eq!(entries_of(&env, "1", "meeting.proxy_revoke").len(), 1);
    assert_eq!(
        count(&env, "SELECT COUNT(*) FROM journal WHERE hash_version <> 3"),
        0
    );
    env.ok(&["journal", "verify"]);
}

#[test]
fn erasing_the_holder_takes_the_proxys_values_and_the_journal_still_verifies() {
    let (env, seq) = with_proxy();
    leave_and_erase(&env, "1");
    let proxy = entries_of(&env, "2", "meeting.proxy");
    assert_eq!(proxy.len(), 1, "the entry stays, for the giver too");
    assert!(proxy[0].get("new_value").is_none(), "{proxy:?}");
    assert_eq!(
        count(
            &env,
            &format!("SELECT COUNT(*) FROM journal_payload WHERE seq = {seq}")
        ),
        0
    );
    let giver = env.json(&["member", "data", "2"]);
    let entry = giver["journal"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "meeting.proxy")
        .cloned()
        .unwrap();
    assert!(entry["new"].is_null(), "{entry}");
    // The giver's own entries keep their values: only entries naming the holder lost them.
    assert_eq!(
        entries_of(&env, "2", "member.add")[0]["new_value"]["family_name"],
        "Gerritsen"
    );
    let bytes = String::from_utf8_lossy(&env.snapshot()).to_lowercase();
    assert!(
        !bytes.contains("against item 3"),
        "the instruction is gone from the file"
    );
    env.ok(&["journal", "verify"]);
}

#[test]
fn a_payload_deleted_behind_quorums_back_is_found_unless_a_named_member_was_erased() {
    // Nobody erased.
    let (env, seq) = with_proxy();
    sql(
        &env,
        &format!("DELETE FROM journal_payload WHERE seq = {seq}"),
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains(&format!("broken at entry {seq}")), "{err}");
    assert!(err.contains("no erasure explains it"), "{err}");
    // A member erased who is not named by the entry does not explain it either.
    let (env, seq) = with_proxy();
    leave_and_erase(&env, "3");
    env.ok(&["journal", "verify"]);
    sql(
        &env,
        &format!("DELETE FROM journal_payload WHERE seq = {seq}"),
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains(&format!("broken at entry {seq}")), "{err}");
}

#[test]
fn a_member_added_to_or_removed_from_an_entry_is_found() {
    let (env, seq) = with_proxy();
    sql(
        &env,
        &format!(
            "DELETE FROM journal_member WHERE seq = {seq}
                 AND member_id = (SELECT id FROM member WHERE number = 1)"
        ),
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(
        err.contains(&format!("broken at entry {seq}: its content")),
        "{err}"
    );

    // Named in an entry about someone else, a member's erasure would take its values.
    let (env, _) = with_proxy();
    sql(
        &env,
        "INSERT INTO journal_member (seq, member_id)
         SELECT seq, (SELECT id FROM member WHERE number = 3) FROM journal
         WHERE action = 'member.add' AND entity_id = '2'",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("edited"), "{err}");

    // A member row left behind by a deleted last entry.
    let (env, seq) = with_proxy();
    sql(
        &env,
        &format!(
            "PRAGMA foreign_keys = OFF; DELETE FROM journal_payload WHERE seq = {seq};
             DELETE FROM journal WHERE seq = {seq}"
        ),
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains(&format!("broken at entry {seq}")), "{err}");
}

#[test]
fn a_members_request_names_every_requester() {
    let env = TestEnv::new();
    for name in ["Aarts", "Bos", "Claes"] {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            name,
            "--joined",
            "2020-01-01",
        ]);
    }
    env.ok(&[
        "meeting",
        "request",
        "--received",
        "2026-03-01",
        "--by",
        "1",
        "2",
        "3",
    ]);
    for member in ["1", "2", "3"] {
        assert_eq!(
            entries_of(&env, member, "meeting.request").len(),
            1,
            "{member}"
        );
    }
    env.ok(&["journal", "verify"]);
}

#[test]
fn an_emptied_journal_is_not_intact() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    sql(
        &env,
        "DELETE FROM journal_payload; DELETE FROM journal_member; DELETE FROM journal;
         DELETE FROM journal_head;",
    );
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("the journal is empty"), "{err}");
    assert!(err.contains("1 members"), "{err}");
}

#[test]
fn a_cut_tail_with_a_rewritten_head_is_caught_by_the_noted_head() {
    let env = TestEnv::new();
    for name in ["Jansen", "Bakker", "Visser"] {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            name,
            "--joined",
            "2020-01-01",
        ]);
    }
    let noted = env.json(&["journal", "verify"])["journal_head"]
        .as_str()
        .unwrap()
        .to_string();
    let ok = env.json(&["journal", "verify", "--head", &noted]);
    assert_eq!(ok["anchor_seq"], ok["entries"], "{ok}");
    // Cutting only the last entry leaves its member, whom the journal then never recorded.
    let cut = "DELETE FROM journal_payload WHERE seq = (SELECT MAX(seq) FROM journal);
         DELETE FROM journal_member WHERE seq = (SELECT MAX(seq) FROM journal);
         DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal);
         UPDATE journal_head SET seq = (SELECT MAX(seq) FROM journal),
             hash = (SELECT hash FROM journal ORDER BY seq DESC LIMIT 1);";
    let copy = env.dir.path().join("copy.db");
    std::fs::copy(env.db(), &copy).unwrap();
    sql(&env, cut);
    let err = env.fails(&["journal", "verify"], 1);
    assert!(err.contains("registry digest"), "{err}");
    std::fs::copy(&copy, env.db()).unwrap();
    // Cut it with everything it wrote, the member and the digest too: the file alone cannot
    // tell any more, only the noted head can.
    sql(
        &env,
        "DELETE FROM journal_state WHERE id = (SELECT MAX(id) FROM journal_state);
         DELETE FROM membership_period WHERE member_id = (SELECT MAX(id) FROM member);
         DELETE FROM member WHERE id = (SELECT MAX(id) FROM member);",
    );
    sql(&env, cut);
    env.ok(&["journal", "verify"]);
    let err = env.fails(&["journal", "verify", "--head", &noted], 1);
    assert!(err.contains("does not hold the entry"), "{err}");
}

#[test]
fn a_clock_before_the_last_entry_writes_nothing() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    let before = env.snapshot();
    let out = env
        .quorum()
        .env("QUORUM_NOW", "2019-05-01T10:00:00Z")
        .args([
            "member",
            "add",
            "--family-name",
            "Bakker",
            "--joined",
            "2018-01-01",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("before the journal's last entry"), "{err}");
    assert_eq!(env.snapshot(), before);

    // A writer that waited for another one is a little behind it: it writes, at the last time.
    let out = env
        .quorum()
        .env("QUORUM_NOW", "2026-03-01T17:58:00Z")
        .args([
            "member",
            "add",
            "--family-name",
            "Bakker",
            "--joined",
            "2018-01-01",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = env.json(&["journal", "list"]);
    let last = rows.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["at"], "2026-03-01T18:00:00Z", "{last}");
    env.ok(&["journal", "verify"]);
}

/// `journal list --member N` and `member data N` include the entry that created the member, also
/// when it came in by an import (one entry for the whole file, which names no member).
#[test]
fn the_import_that_made_a_member_is_in_its_journal() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "member_no,family_name,joined_on\n1,Jansen,2020-01-01\n2,Bakker,2020-01-01\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Visser",
        "--joined",
        "2021-01-01",
    ]);
    let of = |n: &str| -> Vec<String> {
        env.json(&["journal", "list", "--member", n])
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(of("1"), ["member.import"]);
    assert_eq!(of("2"), ["member.import"]);
    assert_eq!(of("3"), ["member.add"]);
    let data: serde_json::Value = serde_json::from_str(&env.ok(&["member", "data", "2"])).unwrap();
    assert_eq!(data["journal"][0]["action"], "member.import", "{data}");
}
