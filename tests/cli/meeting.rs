//! General assemblies through the binary: rules.md Examples 2 and 5, proxies, notice, the
//! snapshot of voters, check-in from stdin.

use crate::common::TestEnv;

/// A registry of `regular` members 1..=n and `supporters` donateurs after them, joined in 2020,
/// with members `suspended` suspended from 2026-01-01.
fn registry(n: u32, supporters: u32, suspended: &[u32]) -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from(
        "member_no,given_name,family_name,email,street,postcode,city,joined_on,category\n",
    );
    for i in 1..=n + supporters {
        let cat = if i <= n { "regular" } else { "supporter" };
        csv.push_str(&format!(
            "{i},Lid,Nummer{i},lid{i}@example.nl,Dorpsstraat {i},1234 AB,Utrecht,2020-01-01,{cat}\n"
        ));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    for s in suspended {
        env.ok(&[
            "member",
            "suspend",
            &s.to_string(),
            "--from",
            "2026-01-01",
            "--reason",
            "arrears",
        ]);
    }
    env
}

fn checkin_stdin(
    env: &TestEnv,
    meeting: &str,
    numbers: impl Iterator<Item = u32>,
) -> std::process::Output {
    let input: String = numbers.map(|n| format!("{n}\n")).collect();
    env.quorum()
        .args(["meeting", "checkin", meeting, "-"])
        .write_stdin(input)
        .output()
        .unwrap()
}

fn quorum_line(env: &TestEnv, meeting: &str, key: &str) -> serde_json::Value {
    let q = env.json(&["meeting", "quorum", meeting]);
    q["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["key"] == key)
        .cloned()
        .unwrap()
}

#[test]
fn example_2_statute_amendment_first_and_second_meeting() {
    // 200 members, 6 suspended, 30 donateurs: 194 votes.
    let env = registry(200, 30, &[195, 196, 197, 198, 199, 200]);
    env.ok(&["rules", "set", "statute_amendment_quorum", "2/3"]);
    env.ok(&["rules", "set", "max_proxies_per_holder", "1"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Statutenwijziging",
        "--date",
        "2026-03-20T19:30",
        "--kind",
        "extraordinary",
        "--location",
        "Buurthuis",
    ]);
    env.ok(&[
        "meeting",
        "agenda",
        "1",
        "add",
        "Wijziging van de statuten",
        "--decides",
        "statute-amendment",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1"]);
    let out = checkin_stdin(&env, "1", 1..=101);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for i in 0..20 {
        let (from, to) = ((102 + i).to_string(), (1 + i).to_string());
        env.ok(&["meeting", "proxy", "1", "--from", &from, "--to", &to]);
    }
    let line = quorum_line(&env, "1", "statute_amendment_quorum");
    assert_eq!(
        line["text"],
        "121 of 194 votes present or represented; 2/3 needs 130: not met"
    );
    assert_eq!(line["met"], false);
    // Opening fixes the roll; the figures stay.
    env.ok(&["meeting", "open", "1", "--at", "2026-03-20T19:35"]);
    let q = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(q["snapshot"], true);
    assert_eq!(q["total_votes"], 194);
    assert_eq!(q["present_votes"], 101);
    assert_eq!(q["represented_votes"], 20);
    assert_eq!(q["rules"][1]["needed"], 130);
    env.ok(&["meeting", "close", "1", "--at", "2026-03-20T21:45"]);

    // The second meeting: within 28 days of 20 March, so 17 April at the latest.
    let err = env.fails(
        &[
            "meeting",
            "new",
            "--title",
            "Tweede vergadering",
            "--date",
            "2026-04-18T19:30",
            "--second-of",
            "1",
        ],
        1,
    );
    assert!(
        err.contains("second_meeting_window_days = 28") && err.contains("to 2026-04-17"),
        "{err}"
    );
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Tweede vergadering",
        "--date",
        "2026-04-17T19:30",
        "--second-of",
        "1",
        "--location",
        "Buurthuis",
    ]);
    let list = env.json(&["meeting", "list"]);
    assert_eq!(list[1]["id"], 2);
    assert_eq!(list[1]["second_of"], 1);
    env.ok(&[
        "meeting",
        "agenda",
        "2",
        "add",
        "Wijziging van de statuten",
        "--decides",
        "statute-amendment",
    ]);
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2"]);
    assert!(checkin_stdin(&env, "2", 1..=60).status.success());
    for i in 0..8 {
        env.ok(&[
            "meeting",
            "proxy",
            "2",
            "--from",
            &(61 + i).to_string(),
            "--to",
            &(1 + i).to_string(),
        ]);
    }
    let second = quorum_line(&env, "2", "second_meeting_quorum");
    assert_eq!(second["applies"], true);
    assert_eq!(second["met"], true);
    assert_eq!(
        second["text"],
        "68 of 194 votes present or represented; no quorum in the statutes: met"
    );
    assert_eq!(
        quorum_line(&env, "2", "statute_amendment_quorum")["applies"],
        false
    );
}

#[test]
fn example_5_members_request() {
    // 230 members, 5 suspended: 225 votes; 1/10 needs 23.
    let env = registry(230, 0, &[226, 227, 228, 229, 230]);
    let nums: Vec<String> = (1..=23).map(|n| n.to_string()).collect();
    let mut short = vec!["meeting", "request", "--received", "2026-03-03", "--by"];
    short.extend(nums[..22].iter().map(String::as_str));
    let before = env.dump();
    let err = env.fails(&short, 1);
    assert!(err.contains("22 of 225 votes: 23 needed"), "{err}");
    assert_eq!(env.dump(), before, "a refused request changes nothing");
    let mut enough = vec!["meeting", "request", "--received", "03-03-2026", "--by"];
    enough.extend(nums.iter().map(String::as_str));
    let o = env.json(&enough)["changed"].clone();
    assert_eq!(o["met"], true);
    assert_eq!(o["board_acts_by"], "2026-03-17");
    assert_eq!(o["meeting_by"], "2026-03-31");
    let list = env.json(&["meeting", "request", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["requester_votes"], 23);
    assert_eq!(list[0]["total_votes"], 225);
}

#[test]
fn proxy_limit_chain_self_non_voter_and_giver_present() {
    let env = registry(6, 1, &[6]);
    env.ok(&["rules", "set", "max_proxies_per_holder", "1"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    env.ok(&["meeting", "proxy", "1", "--from", "2", "--to", "1"]);
    let before = env.dump();
    let err = env.fails(&["meeting", "proxy", "1", "--from", "3", "--to", "1"], 1);
    assert!(err.contains("max_proxies_per_holder = 1"), "{err}");
    // Chains: the holder of a proxy cannot give one, a giver cannot hold one.
    let err = env.fails(&["meeting", "proxy", "1", "--from", "1", "--to", "4"], 1);
    assert!(err.contains("no chains"), "{err}");
    let err = env.fails(&["meeting", "proxy", "1", "--from", "4", "--to", "2"], 1);
    assert!(err.contains("no chains"), "{err}");
    let err = env.fails(&["meeting", "proxy", "1", "--from", "4", "--to", "4"], 1);
    assert!(err.contains("--to") && err.contains("own proxy"), "{err}");
    // To a suspended member, and to a donateur: no vote.
    let err = env.fails(&["meeting", "proxy", "1", "--from", "4", "--to", "6"], 1);
    assert!(err.contains("proxy_holder_must_have_vote"), "{err}");
    let err = env.fails(&["meeting", "proxy", "1", "--from", "4", "--to", "7"], 1);
    assert!(err.contains("proxy_holder_must_have_vote"), "{err}");
    let err = env.fails(&["meeting", "proxy", "1", "--from", "4", "--to", "99"], 1);
    assert!(err.contains("no member with number 99"), "{err}");
    assert_eq!(env.dump(), before, "refused proxies change nothing");
    // The giver checks in himself: the proxy lapses, with a message.
    let out = env
        .quorum()
        .args(["meeting", "checkin", "1", "2"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("the proxy to member 1 is cancelled"));
    assert_eq!(
        env.json(&["meeting", "proxy", "list", "1"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    env.ok(&["meeting", "proxy", "1", "--from", "3", "--to", "1"]);
    env.ok(&["meeting", "proxy", "revoke", "1", "--from", "3"]);
    let actions: Vec<String> = env
        .json(&["journal", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    assert!(actions.contains(&"meeting.proxy_cancelled".to_string()));
    assert!(actions.contains(&"meeting.proxy_revoke".to_string()));
    let closed = TestEnv::new();
    closed.ok(&["rules", "set", "proxy_allowed", "false"]);
}

#[test]
fn notice_too_short_is_an_error_unless_forced() {
    let env = registry(3, 0, &[]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-10T19:30",
    ]);
    let before = env.dump();
    let err = env.fails(&["meeting", "convene", "1"], 1);
    assert!(
        err.contains("notice_days_ordinary = 14")
            && err.contains("last lawful day to send was 2026-02-23"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(env.dump(), before);
    let err = env.fails(&["meeting", "convene", "1", "--sent", "2026-03-11"], 1);
    assert!(
        err.contains("--sent") && err.contains("after the meeting"),
        "{err}"
    );
    let out = env
        .quorum()
        .args(["meeting", "convene", "1", "--force"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning: notice too short"));
    assert_eq!(env.json(&["meeting", "show", "1"])["notice_forced"], true);
    let journal = env.json(&["journal", "list"]);
    let last = journal.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "meeting.convene_forced");
    assert!(last["summary"].as_str().unwrap().contains("override"));
    // Items added later are marked as not in the convocation.
    let out = env
        .quorum()
        .args([
            "meeting",
            "agenda",
            "1",
            "add",
            "Contributie",
            "--decides",
            "ordinary",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("voidable"));
    let agenda = env.json(&["meeting", "agenda", "1", "list"]);
    assert_eq!(agenda[0]["in_convocation"], false);
}

#[test]
fn registry_changes_after_opening_do_not_change_the_meeting() {
    let env = registry(10, 0, &[]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-01T19:30",
    ]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3"]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-01T19:35"]);
    let before = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(before["total_votes"], 10);
    // After opening: a suspension, a new member, a weight change, a rules change.
    env.ok(&[
        "member",
        "suspend",
        "4",
        "--from",
        "2026-03-01",
        "--reason",
        "appeal",
    ]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Nieuw",
        "--joined",
        "2026-03-01",
    ]);
    env.ok(&["category", "edit", "regular", "--weight", "3"]);
    // A rules change for the meeting's date is refused (the meeting keeps its rules); the same
    // change from the next day goes in.
    let err = env.fails(&["rules", "set", "quorum_ordinary", "1/2"], 1);
    assert!(err.contains("meeting 1 (ALV)"), "{err}");
    env.ok(&[
        "rules",
        "set",
        "quorum_ordinary",
        "1/2",
        "--from",
        "2026-03-02",
    ]);
    let after = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(after["total_votes"], before["total_votes"]);
    assert_eq!(after["present_votes"], before["present_votes"]);
    assert_eq!(after["rules"], before["rules"]);
    // The suspended member is on the meeting's roll with their vote; the newcomer is not on it.
    let out = env
        .quorum()
        .args(["meeting", "checkin", "1", "4", "11"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("not on the roll of meeting 1"), "{stdout}");
    assert_eq!(env.json(&["meeting", "quorum", "1"])["present_votes"], 4);
    // A closed meeting refuses every change.
    env.ok(&["meeting", "close", "1", "--at", "2026-03-01T21:45"]);
    let err = env.fails(&["meeting", "checkin", "1", "5"], 1);
    assert!(err.contains("closed"), "{err}");
}

#[test]
fn checkin_of_a_thousand_numbers_from_stdin() {
    let env = registry(1000, 0, &[]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    let out = checkin_stdin(&env, "1", (1..=1000).chain([17, 1001]));
    assert_eq!(out.status.code(), Some(1), "1001 is refused");
    // Read from a scanner, every scan is said as it is recorded, on stdout.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Member 1001: refused ("), "{stdout}");
    assert!(
        stdout.contains("Member 17: present (1 vote; already present)"),
        "{stdout}"
    );
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("Member ")).count(),
        1002
    );
    assert!(
        stdout.contains("Checked in 1001 of 1002 scans at meeting 1"),
        "{stdout}"
    );
    let q = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(q["present_members"], 1000);
    let att = env.json(&["meeting", "attendance", "1"]);
    assert_eq!(att.as_array().unwrap().len(), 1000);
}

#[test]
fn language_letter_lists_and_ics() {
    let env = TestEnv::empty();
    env.ok(&["init", "--name", "Club", "--lang", "en"]);
    assert_eq!(env.json(&["association", "show"])["lang"], "en");
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--email",
        "j@example.nl",
        "--email-consent",
        "2026-01-01",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Bakker",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "AGM",
        "--date",
        "2026-03-20T19:30",
        "--location",
        "Town hall",
        "--kind",
        "annual",
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template"]);
    assert_eq!(
        env.json(&["meeting", "agenda", "1", "list"])[6]["title"],
        "Any other business"
    );
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--letter",
        "letter.md",
        "--mail-list",
        "mail.csv",
        "--post-list",
        "post.csv",
    ]);
    let letter = std::fs::read_to_string(env.path("letter.md")).unwrap();
    assert!(
        letter.contains("Friday 20 March 2026 at 19:30 at Town hall"),
        "{letter}"
    );
    assert!(letter.contains("7. Any other business"));
    env.ok(&[
        "meeting", "convene", "1", "--lang", "nl", "--letter", "brief.md",
    ]);
    let mail = std::fs::read_to_string(env.path("mail.csv")).unwrap();
    assert!(
        mail.contains("1,Jansen,j@example.nl") && !mail.contains("Bakker"),
        "{mail}"
    );
    assert!(
        std::fs::read_to_string(env.path("post.csv"))
            .unwrap()
            .contains("Bakker")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.path("mail.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let ics = env.ok(&["meeting", "ics", "1"]);
    assert!(ics.contains("BEGIN:VEVENT\r\n") && ics.contains("DTSTART:20260320T193000\r\n"));
    env.ok(&["association", "edit", "--lang", "nl"]);
    assert_eq!(env.json(&["association", "show"])["lang"], "nl");
}

#[test]
fn the_meeting_takes_its_votes_from_the_voting_roll_waiting_period_arrears_and_minors() {
    let env = registry(3, 0, &[]);
    env.ok(&["rules", "set", "voting_waiting_period_days", "30"]);
    env.ok(&["rules", "set", "arrears_suspends_vote", "true"]);
    env.ok(&["rules", "set", "min_age_own_vote", "16"]);
    env.ok(&["member", "arrears", "2", "--since", "2026-01-01"]);
    // Joined 14 days before the meeting: may attend, no vote yet.
    env.ok(&[
        "member",
        "add",
        "--number",
        "4",
        "--family-name",
        "Nieuw",
        "--joined",
        "2026-03-06",
    ]);
    // Twelve years old: keeps the vote, cast by the legal representative.
    env.ok(&[
        "member",
        "add",
        "--number",
        "5",
        "--family-name",
        "Jong",
        "--joined",
        "2020-01-01",
        "--birth-date",
        "2014-01-01",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    let out = env.ok(&[
        "meeting", "checkin", "1", "1", "2", "4", "5", "--format", "csv",
    ]);
    let line = |n: &str| {
        out.lines()
            .find(|l| l.starts_with(&format!("{n},")))
            .unwrap_or_else(|| panic!("member {n} in {out}"))
            .to_string()
    };
    assert!(line("1").starts_with("1,present,1,"), "{out}");
    assert!(line("2").starts_with("2,present,0,"), "{out}");
    assert!(line("2").contains("in arrears since 2026-01-01"), "{out}");
    assert!(line("4").starts_with("4,present,0,"), "{out}");
    assert!(line("4").contains("fewer than 30 days"), "{out}");
    assert!(line("5").starts_with("5,present,1,"), "{out}");
    // The quorum counts what the roll gives: members 1, 3 and 5 have a vote, 1 and 5 are here.
    let q = env.json(&["meeting", "quorum", "1"]);
    assert_eq!(q["total_votes"], 3, "{q}");
    assert_eq!(q["present_votes"], 2, "{q}");
}

#[test]
fn the_attendance_list_prints_as_html_in_the_associations_language_with_a_signature_column() {
    let env = registry(3, 0, &[]);
    env.ok(&["member", "edit", "1", "--family-name", "Jansen & <Zn>"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
    ]);
    env.ok(&["meeting", "checkin", "1", "1", "2"]);
    env.ok(&["meeting", "apologies", "1", "3"]);
    let page = env.ok(&["meeting", "attendance", "1", "--format", "html"]);
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("lang=\"nl\""),
        "{page}"
    );
    assert!(page.contains("Presentielijst"), "{page}");
    assert!(page.contains("<th>Handtekening</th>"), "{page}");
    assert!(
        page.contains("Jansen &amp; &lt;Zn&gt;"),
        "names are escaped: {page}"
    );
    assert!(page.contains("afwezig met kennisgeving"), "{page}");
    // One line to sign per member with access, and the totals row.
    assert_eq!(
        page.matches("<td class=\"sign\"></td>").count(),
        4,
        "{page}"
    );
    assert!(
        page.contains(
            "Totaal: 3 leden met toegang; aanwezig 2 (2 stemmen), bij volmacht 0 (0 stemmen)"
        ),
        "{page}"
    );
    assert_eq!(
        page,
        env.ok(&["meeting", "attendance", "1", "--as", "html"]),
        "--as html is the same page"
    );
    env.ok(&["association", "edit", "--lang", "en"]);
    let page = env.ok(&["meeting", "attendance", "1", "--format", "html"]);
    assert!(
        page.contains("Attendance list") && page.contains("<th>Signature</th>"),
        "{page}"
    );

    // Any listing prints as an HTML table; a count has no HTML form (a usage error).
    let list = env.ok(&["member", "list", "--format", "html"]);
    assert!(
        list.contains("<th>number</th>") && list.contains("Jansen &amp;"),
        "{list}"
    );
    std::fs::write(env.path("b.blt"), "2 1\n1 1 0\n0\n\"A\"\n\"B\"\n\"t\"\n").unwrap();
    let err = env.fails(
        &[
            "tally",
            "b.blt",
            "--method",
            "plurality",
            "--format",
            "html",
        ],
        2,
    );
    assert!(err.contains("no HTML form"), "{err}");
}
