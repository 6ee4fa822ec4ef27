//! Statutes that act (issue 26): every rule key changes what a command does, or `quorum rules`
//! says it is recorded only. The walk takes the keys from `quorum rules show`, so a new key
//! without a case here fails; and the statute-amendment rules of BW 2:43 lid 5.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::common::TestEnv;

/// Keys the statutes commonly hold that no command applies yet: `quorum rules` must say so.
const RECORDED_ONLY: &[&str] = &[
    "e_participation_allowed",
    "e_participation_requires_debate",
    "e_advance_vote_days",
    "fully_digital_meeting",
    "inspection_days_statute_amendment_delegates",
    "agenda_items_only",
    "ballot_for_persons",
    "board_dismissal_majority",
    "board_suspension_max_days",
    "ledenraad",
    "retention_financial_years",
];

/// Keys the law fixes: the only value allowed is the law's, so `rules set` refuses another.
const FIXED_BY_LAW: &[(&str, &str)] = &[
    ("proxy_holder_must_have_vote", "false"),
    ("member_request_self_convene_days", "21"),
    ("member_request_meeting_days", "35"),
];

/// Ten members, one born in 2015 (11) and one who joined nine days ago (12).
fn registry() -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("number,given_name,family_name,birth_date,category,joined\n");
    for i in 1..=10 {
        csv.push_str(&format!(
            "{i},Lid,Nummer{i},1980-01-01,regular,2020-01-01\n"
        ));
    }
    csv.push_str("11,Jong,Lid,2015-01-01,regular,2020-01-01\n");
    csv.push_str("12,Nieuw,Lid,1980-01-01,regular,2026-02-20\n");
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env
}

/// A meeting on 2026-04-01 with a board proposal of `kind`, opened with members 1..=10 present.
const MEETING: &[&str] = &[
    "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary",
    "meeting convene 1 --quiet",
    "meeting open 1 --at 2026-04-01T20:00",
    "meeting checkin 1 1 2 3 4 5 6 7 8 9 10",
];

fn vote(kind: &str, counts: &str) -> Vec<String> {
    vec![
        "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary"
            .into(),
        format!("proposal new --title Voorstel --kind {kind} --by-board --meeting 1 --text Tekst"),
        "meeting convene 1 --quiet".into(),
        "meeting open 1 --at 2026-04-01T20:00".into(),
        "meeting checkin 1 1 2 3 4 5 6 7 8 9 10".into(),
        "vote open 1 --method hands --force".into(),
        format!("vote count 1 {counts}"),
        "vote close 1".into(),
        "vote show 1 --format json".into(),
        "decisions --format json".into(),
    ]
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn with(mut a: Vec<String>, b: &[&str]) -> Vec<String> {
    a.extend(b.iter().map(|s| s.to_string()));
    a
}

/// Example 3's election of one board member from three candidates, with 90 members present.
fn election(round1: &str, then: &[&str]) -> Vec<String> {
    let mut s = vec![
        "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary"
            .to_string(),
        "meeting convene 1 --quiet".into(),
        "meeting open 1 --at 2026-04-01T20:00".into(),
        "@checkin90".into(),
        "election new --meeting 1 --title Bestuur --seed 2027".into(),
        "election candidate 1 add --name A".into(),
        "election candidate 1 add --name B".into(),
        "election candidate 1 add --name C".into(),
        format!("@papers r1.csv {round1}"),
        "election ballot 1 --file r1.csv".into(),
        "election count 1 --format json".into(),
    ];
    s.extend(then.iter().map(|x| x.to_string()));
    s
}

/// A binding nomination of the board: A by the board, B by members, for one board seat; where
/// `statutes`, the statutes create the binding nomination.
fn binding(statutes: bool, then: &[&str]) -> Vec<String> {
    let first = if statutes {
        "rules set binding_nomination_enabled true"
    } else {
        "rules show binding_nomination_enabled --format csv"
    };
    with(
        lines(&[
            first,
            "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary",
            "meeting convene 1 --quiet",
            "meeting open 1 --at 2026-04-01T20:00",
            "meeting checkin 1 1 2 3 4 5 6",
            "election new --meeting 1 --title Bestuur --seed 1 --board",
            "election candidate 1 add --member 1 --nominated-by board",
            "election candidate 1 add --member 2 --nominated-by members",
        ]),
        then,
    )
}

/// The case for each applied key: a value other than the default, and the commands whose output
/// changes with it.
fn cases() -> BTreeMap<&'static str, (&'static str, Vec<String>)> {
    let notice = |kind: &str| {
        vec![
            "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary"
                .to_string(),
            format!(
                "proposal new --title Voorstel --kind {kind} --by-board --meeting 1 --text Tekst"
            ),
            "meeting convene 1 --sent 2026-03-22 --channel email".into(),
            "meeting show 1 --format json".into(),
        ]
    };
    let second = lines(&[
        "rules set statute_amendment_quorum 2/3",
        "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary",
        "proposal new --title Statuten --kind statutes --by-board --meeting 1 --text Tekst",
        "meeting convene 1 --quiet",
        "meeting open 1 --at 2026-04-01T20:00",
        "meeting checkin 1 1 2",
        "vote open 1 --method hands --force",
    ]);
    let mut c: BTreeMap<&'static str, (&'static str, Vec<String>)> = BTreeMap::new();
    let mut add = |k: &'static str, v: &'static str, s: Vec<String>| {
        assert!(c.insert(k, (v, s)).is_none(), "two cases for {k}");
    };
    add(
        "financial_year_start_month",
        "7",
        lines(&["meeting new --title Jaar --date 2026-09-01T20:00 --location Zaal --kind annual"]),
    );
    add(
        "annual_meeting_deadline_months",
        "3",
        lines(&["meeting new --title Jaar --date 2026-05-01T20:00 --location Zaal --kind annual"]),
    );
    add(
        "legal_capacity",
        "limited",
        vote("statutes", "--for 10 --against 0"),
    );
    add(
        "min_age_own_vote",
        "16",
        lines(&["roll --on 2026-03-01 --format csv"]),
    );
    add(
        "arrears_suspends_vote",
        "true",
        lines(&[
            "member arrears 3 --since 2026-01-01",
            "roll --on 2026-03-01 --format csv",
        ]),
    );
    add(
        "voting_waiting_period_days",
        "30",
        lines(&["roll --on 2026-03-01 --format csv"]),
    );
    add(
        "proxy_allowed",
        "false",
        with(lines(&MEETING[..1]), &["meeting proxy 1 --from 1 --to 2"]),
    );
    add(
        "max_proxies_per_holder",
        "1",
        with(
            lines(&MEETING[..1]),
            &[
                "meeting proxy 1 --from 1 --to 2",
                "meeting proxy 1 --from 3 --to 2",
            ],
        ),
    );
    add(
        "vote_exclusion_enabled",
        "true",
        with(
            vote("ordinary", "")[..2].to_vec(),
            &["proposal exclude 1 2 --reason eigen-contract"],
        ),
    );
    let board = |extra: &[&str]| {
        with(
            lines(&[
                "board add 1 --role voorzitter --since 2025-06-01 --before-quorum",
                "board add 2 --role secretaris --since 2023-06-01 --before-quorum",
            ]),
            extra,
        )
    };
    add("board_term_years", "2", board(&["board --format csv"]));
    add(
        "board_max_terms",
        "1",
        board(&[
            "board end 2 --on 2026-02-01 --before-quorum",
            "board add 2 --role lid --since 2026-02-02 --before-quorum",
        ]),
    );
    add(
        "counter_candidates_days_before",
        "10",
        board(&[
            "meeting new --title Jaar --date 2026-05-10T19:30 --location Zaal --kind annual",
            "meeting convene 1 --format json",
        ]),
    );
    add(
        "kascommissie_min_members",
        "3",
        lines(&["kascommissie set 2025 --members 3 4 --before-quorum"]),
    );
    add(
        "supervisory_board",
        "true",
        lines(&["kascommissie show 2025 --format json"]),
    );
    add(
        "kascommissie_exempt_if_accountant",
        "false",
        lines(&[
            "kascommissie report 2024 --file leden.csv --date 2025-03-01 --accountant",
            "kascommissie show 2024 --format json",
        ]),
    );
    add(
        "retention_member_core_years",
        "2",
        lines(&[
            "member leave 3 --date 2025-01-15",
            "todo --on 2026-01-01 --format csv",
        ]),
    );
    add(
        "proxy_form",
        "paper",
        with(
            lines(&MEETING[..1]),
            &["meeting proxy 1 --from 1 --to 2 --form electronic"],
        ),
    );
    add("notice_days_ordinary", "7", notice("ordinary"));
    add("notice_days_statute_amendment", "7", notice("statutes"));
    add("notice_days_dissolution", "7", notice("dissolution"));
    add(
        "notice_day_counting",
        "include_sending_day",
        notice("ordinary"),
    );
    add(
        "inspection_days_statute_amendment",
        "10",
        lines(&[
            "meeting new --title ALV --date 2026-04-01T20:00 --location Zaal --kind extraordinary",
            "proposal new --title Statuten --kind statutes --by-board --meeting 1 --text Tekst",
            "proposal edit 1 --text-open-from 2026-03-25",
            "proposal show 1 --format json",
        ]),
    );
    add(
        "member_request_threshold",
        "1/20",
        lines(&["meeting request --by 1 --received 2026-03-01"]),
    );
    add(
        "quorum_ordinary",
        "2/3",
        with(
            lines(&MEETING[..3]),
            &["meeting checkin 1 1 2", "meeting quorum 1 --format json"],
        ),
    );
    add(
        "statute_amendment_quorum",
        "2/3",
        with(
            lines(&MEETING[..3]),
            &["meeting checkin 1 1 2", "meeting quorum 1 --format json"],
        ),
    );
    add(
        "dissolution_quorum",
        "2/3",
        with(
            lines(&MEETING[..3]),
            &["meeting checkin 1 1 2", "meeting quorum 1 --format json"],
        ),
    );
    add(
        "majority_ordinary_base",
        "present",
        vote("ordinary", "--for 4 --against 3 --blank 3"),
    );
    add(
        "majority_formula",
        "half_plus_one",
        vote("ordinary", "--for 4 --against 3"),
    );
    add(
        "blank_counts_as_cast",
        "true",
        vote("ordinary", "--for 4 --against 3 --blank 1"),
    );
    add(
        "invalid_counts_as_cast",
        "true",
        vote("ordinary", "--for 4 --against 3 --invalid 1"),
    );
    add(
        "abstention_counts_as_cast",
        "true",
        vote("ordinary", "--for 4 --against 3 --abstain 1"),
    );
    add(
        "tie_matters",
        "postpone_then_reject",
        vote("ordinary", "--for 3 --against 3"),
    );
    add(
        "statute_amendment_majority",
        "3/5",
        vote("statutes", "--for 6 --against 4"),
    );
    add(
        "dissolution_majority",
        "3/5",
        vote("dissolution", "--for 6 --against 4"),
    );
    add(
        "chair_declaration_decisive",
        "false",
        with(
            vote("ordinary", "--for 3 --against 4")[..7].to_vec(),
            &["vote close 1 --declare adopted", "decisions --format json"],
        ),
    );
    add(
        "written_vote_on_request",
        "3",
        with(
            vote("ordinary", "")[..6].to_vec(),
            &["vote convert 1 --method ballot --requested-by 1"],
        ),
    );
    add(
        "free_rounds_before_runoff",
        "1",
        election("A:38,B:30,C:17", &[]),
    );
    add("runoff_size", "3", election("A:38,B:30,C:17", &[]));
    add(
        "tie_for_runoff_place",
        "revote",
        election("A:38,B:24,C:24", &[]),
    );
    add(
        "runoff_tie",
        "postpone",
        election(
            "A:40,B:30,C:20",
            &[
                "election round 1",
                "@papers r2.csv A:42,B:42",
                "election ballot 1 --file r2.csv",
                "election count 1 --format json",
                "election round 1",
                "@papers r3.csv A:43,B:43",
                "election ballot 1 --file r3.csv",
                "election count 1 --format json",
            ],
        ),
    );
    add(
        "election_tie",
        "at_once",
        election(
            "A:40,B:30,C:20",
            &[
                "election round 1",
                "@papers r2.csv A:42,B:42",
                "election ballot 1 --file r2.csv",
                "election count 1 --format json",
            ],
        ),
    );
    add(
        "runoff_drops_candidates",
        "false",
        election("A:38,B:30,C:17", &[]),
    );
    add("second_meeting_window_days", "14", second.clone());
    add("second_meeting_min_gap_days", "7", second.clone());
    add("second_meeting_quorum", "1/2", second.clone());
    add(
        "second_meeting_majority",
        "3/5",
        lines(&[
            "meeting new --title ALV --date 2026-03-10T20:00 --location Zaal --kind extraordinary",
            "meeting convene 1 --quiet",
            "meeting open 1 --at 2026-03-10T20:00",
            "meeting close 1 --at 2026-03-10T22:00",
            "meeting new --title Tweede --date 2026-04-01T20:00 --location Zaal --kind extraordinary --second-of 1",
            "proposal new --title Statuten --kind statutes --by-board --meeting 2 --text Tekst",
            "meeting convene 2 --quiet",
            "meeting open 2 --at 2026-04-01T20:00",
            "meeting checkin 2 1 2 3 4 5 6 7 8 9 10",
            "vote open 1 --method hands --force",
            "vote count 1 --for 6 --against 4",
            "vote close 1",
            "vote show 1 --format json",
        ]),
    );
    add(
        "binding_nomination_enabled",
        "true",
        binding(false, &["election binding 1 --for 1 --against 5"]),
    );
    add(
        "binding_nomination_by_members",
        "5",
        binding(true, &["election binding 1 --for 1 --against 5"]),
    );
    add(
        "binding_nomination_override_majority",
        "ordinary",
        binding(true, &["election binding 1 --for 3 --against 2"]),
    );
    add(
        "binding_nomination_override_presence",
        "2/3",
        binding(true, &["election binding 1 --for 4 --against 1"]),
    );
    add(
        "board_members_from_outside",
        "true",
        binding(true, &["election candidate 1 add --name Buiten"]),
    );
    add(
        "minutes_adopted_by",
        "same_meeting",
        with(lines(MEETING), &["minutes approve 1 --at 1"]),
    );
    add(
        "minutes_signatories",
        "chair_and_minute_taker",
        with(
            lines(MEETING),
            &["meeting close 1 --at 2026-04-01T22:00", "minutes draft 1"],
        ),
    );
    add(
        "expulsion_appeal_months",
        "2",
        lines(&[
            "member suspend 3 --reason ontzetting --from 2026-03-10 --appeal-term",
            "member show 3 --format json",
        ]),
    );
    add(
        "resignation_notice_weeks",
        "8",
        lines(&[
            "member leave 1 --resigned 2026-11-15",
            "member show 1 --format json",
        ]),
    );
    add(
        "resignation_effective_at",
        "end_of_notice",
        lines(&[
            "member leave 1 --resigned 2026-11-15",
            "member show 1 --format json",
        ]),
    );
    c
}

/// Runs `script` in a fresh registry, first setting `key` to `value` where given (before any
/// meeting pins the rules); returns every command's exit code, stdout and stderr.
fn run(set: Option<(&str, &str)>, script: &[String]) -> String {
    let env = registry();
    let mut out = String::new();
    if let Some((k, v)) = set {
        env.ok(&["rules", "set", k, v]);
    }
    if script.iter().any(|l| l == "@checkin90") {
        let mut csv = String::from("number,given_name,family_name,joined\n");
        for i in 13..=90 {
            csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01\n"));
        }
        std::fs::write(env.path("meer.csv"), csv).unwrap();
        env.ok(&["member", "import", "meer.csv"]);
    }
    for line in script {
        if line == "@checkin90" {
            let present: String = (1..=90).map(|n| format!("{n}\n")).collect();
            let o = env
                .quorum()
                .args(["meeting", "checkin", "1", "-"])
                .write_stdin(present)
                .output()
                .unwrap();
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            continue;
        }
        if let Some(rest) = line.strip_prefix("@papers ") {
            let (file, spec) = rest.split_once(' ').unwrap();
            let mut csv = String::from("# candidates: A, B, C\n");
            for part in spec.split(',') {
                let (name, n) = part.split_once(':').unwrap();
                for _ in 0..n.parse::<u32>().unwrap() {
                    csv.push_str(name);
                    csv.push('\n');
                }
            }
            std::fs::write(env.path(file), csv).unwrap();
            continue;
        }
        let args: Vec<&str> = line.split_whitespace().collect();
        // A convocation names a place and an agenda (issue 27); the cases here are about other
        // rules, so each meeting gets the standard agenda before it is convened.
        if let ["meeting", "convene", m, ..] = args[..] {
            env.ready_to_convene(m);
        }
        let o = env.quorum().args(&args).output().unwrap();
        out.push_str(&format!(
            "$ {line}\nexit {:?}\n{}{}",
            o.status.code(),
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    out
}

#[test]
fn every_rule_key_changes_what_a_command_does_or_says_it_is_recorded_only() {
    let env = TestEnv::new();
    let rows: Value = env.json(&["rules", "show"]);
    let rows = rows.as_array().unwrap();
    let cases = cases();
    let guide = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide/statutes-that-act.md"),
    )
    .unwrap();
    let mut walked = Vec::new();
    for row in rows {
        let key = row["key"].as_str().unwrap();
        let source = row["source"].as_str().unwrap();
        // The guide's table of keys says what `rules show` says.
        let applied = if row["status"] == "applied" {
            "yes"
        } else {
            "recorded, not applied"
        };
        let line = format!(
            "| `{key}` | `{}` | {source} | {applied} |",
            row["default"].as_str().unwrap()
        );
        assert!(
            guide.contains(&line),
            "docs/guide/statutes-that-act.md lacks: {line}"
        );
        assert!(
            source.starts_with("BW 2:")
                || source.starts_with("model statutes")
                || source.starts_with("AVG"),
            "{key}: the source names the law or the model statutes, not a research note: {source}"
        );
        if RECORDED_ONLY.contains(&key) {
            assert_eq!(row["status"], "recorded, not applied", "{key}");
            assert!(
                !cases.contains_key(key),
                "{key} is recorded only, yet has a case"
            );
            continue;
        }
        assert_eq!(row["status"], "applied", "{key}");
        if let Some((_, other)) = FIXED_BY_LAW.iter().find(|(k, _)| *k == key) {
            let err = env.fails(&["rules", "set", key, other], 1);
            assert!(err.contains("BW 2:"), "{key}: {err}");
            continue;
        }
        let Some((value, script)) = cases.get(key) else {
            panic!(
                "rule key {key} has no case: add one that shows a command whose output changes with it, or mark it recorded, not applied"
            );
        };
        let plain = run(None, script);
        let changed = run(Some((key, value)), script);
        assert_ne!(
            plain, changed,
            "{key} = {value} changes nothing in:\n{plain}"
        );
        walked.push(key);
    }
    for k in cases.keys() {
        assert!(
            walked.contains(k),
            "a case for {k}, which `quorum rules show` does not list"
        );
    }
}

/// BW 2:43 lid 5 (Corrections of 2026-12-07): a vereniging with limited legal capacity does not
/// wait for a notarial deed; one with full capacity does.
#[test]
fn an_adopted_statute_amendment_waits_for_a_deed_only_with_full_legal_capacity() {
    for (capacity, status) in [("full", "awaiting-deed"), ("limited", "adopted")] {
        let env = registry();
        env.ok(&["rules", "set", "legal_capacity", capacity]);
        for line in vote("statutes", "--for 10 --against 0") {
            let args: Vec<&str> = line.split_whitespace().collect();
            env.quorum().args(&args).assert().success();
        }
        let d = env.json(&["decisions"]);
        assert_eq!(d[0]["status"], status, "{capacity}: {d}");
        if capacity == "limited" {
            let shown = env.ok(&["decisions", "show", d[0]["code"].as_str().unwrap()]);
            assert!(
                shown.contains("needs no notarial deed (BW 2:43 lid 5"),
                "{shown}"
            );
        }
    }
}

/// Plans a general meeting "ALV" at `at`.
fn plan(env: &TestEnv, at: &str) {
    env.ok(&["meeting", "new", "--title", "ALV", "--date", at]);
    env.ready_to_convene("1");
}

/// BW 2:41 lid 5: e-mail convenes only the members who consented to it; `--channel email` says how
/// many are convened by post, and the post list holds them.
#[test]
fn an_email_convocation_names_the_members_convened_by_post() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "number,given_name,family_name,joined,email,email_consent\n\
         1,Anna,Aalbers,2020-01-01,anna@example.nl,2020-01-01\n\
         2,Bram,Bakker,2020-01-01,bram@example.nl,\n\
         3,Cor,Claassen,2020-01-01,,\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    plan(&env, "2026-04-01T20:00");
    let out = env
        .quorum()
        .args([
            "meeting",
            "convene",
            "1",
            "--sent",
            "2026-03-01",
            "--channel",
            "email",
            "--mail-list",
            "mail.csv",
            "--post-list",
            "post.csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2 members did not consent to convocation by e-mail (BW 2:41 lid 5) and are convened by post: they are in post.csv"),
        "{err}"
    );
    let post = std::fs::read_to_string(env.path("post.csv")).unwrap();
    let numbers: Vec<&str> = post.lines().skip(1).map(|l| &l[..1]).collect();
    assert_eq!(numbers, ["2", "3"], "{post}");
    let mail = std::fs::read_to_string(env.path("mail.csv")).unwrap();
    assert_eq!(mail.lines().count(), 2, "{mail}");
}

/// BW 2:38 lid 1 (Corrections of 2026-12-07; ECLI:NL:GHARL:2021:4710): a suspended member has
/// access to the meeting that deals with the own suspension or expulsion, so the convocation lists
/// hold the member for that meeting only; the vote stays suspended.
#[test]
fn a_suspended_member_is_convened_for_the_meeting_on_the_own_suspension() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "number,given_name,family_name,joined\n\
         1,Anna,Aalbers,2020-01-01\n\
         2,Bram,Bakker,2020-01-01\n\
         3,Cor,Claassen,2020-01-01\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env.ok(&[
        "member",
        "suspend",
        "3",
        "--reason",
        "wanbetaling",
        "--from",
        "2026-02-01",
    ]);
    let post = |meeting: &str| {
        let file = format!("post-{meeting}.csv");
        env.ready_to_convene(meeting);
        env.ok(&[
            "meeting",
            "convene",
            meeting,
            "--sent",
            "2026-03-01",
            "--channel",
            "post",
            "--post-list",
            &file,
        ]);
        let text = std::fs::read_to_string(env.path(&file)).unwrap();
        text.lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // An ordinary meeting: the suspended member is not convened.
    plan(&env, "2026-04-01T20:00");
    env.ok(&["meeting", "agenda", "1", "add", "Begroting"]);
    assert_eq!(post("1"), ["1", "2"]);
    // The meeting that decides on Cor's expulsion convenes him.
    plan(&env, "2026-04-02T20:00");
    let before = env.snapshot();
    env.fails(
        &[
            "meeting",
            "agenda",
            "2",
            "add",
            "Ontzetting",
            "--about-member",
            "99",
        ],
        1,
    );
    assert_eq!(env.snapshot(), before);
    env.ok(&[
        "meeting",
        "agenda",
        "2",
        "add",
        "Ontzetting van lid 3",
        "--about-member",
        "3",
    ]);
    assert_eq!(post("2"), ["1", "2", "3"]);
    // Still no vote.
    let roll: Value = env.json(&["roll", "--on", "2026-04-02"]);
    let cor = roll["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["number"] == 3)
        .unwrap()
        .clone();
    assert_eq!(cor["votes"], 0, "{cor}");
}

/// BW 2:36 (rules.md A13): a resignation takes effect at the end of the financial year with four
/// weeks' notice; given later, at the end of the next one.
#[test]
fn a_resignation_ends_the_membership_when_the_statutes_say() {
    let env = registry();
    env.ok(&["member", "leave", "1", "--resigned", "15-11-2026"]);
    let left = |n: &str| env.json(&["member", "show", n])["left"].clone();
    assert_eq!(left("1"), "2026-12-31");
    env.ok(&["member", "leave", "2", "--resigned", "2026-12-04"]);
    assert_eq!(left("2"), "2027-12-31");
    let before = env.snapshot();
    env.fails(
        &[
            "member",
            "leave",
            "3",
            "--resigned",
            "2026-12-04",
            "--date",
            "2026-12-31",
        ],
        2,
    );
    assert_eq!(env.snapshot(), before);
}
