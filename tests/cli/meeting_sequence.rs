//! The meeting as a guarded sequence (issue 26) and every decision's standing in law, through
//! the binary: an unconvened or other-day opening refused (and forced, recorded), the opening
//! undone, cancel of an opened meeting refused, close with an open vote refused, nothing after
//! close, one question at a time, the proposal named in every vote line and `--proposal`, an item
//! added while open, short notice forced; a valid, a voidable and a void decision in the
//! register, its JSON, CSV and the minutes; made known and confirmed.

use serde_json::Value;

use crate::common::TestEnv;

/// Members 1..=5.
fn registry() -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for i in 1..=5 {
        csv.push_str(&format!("{i},Lid,Nummer{i},2020-01-01\n"));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env
}

fn new_meeting(env: &TestEnv, date: &str) -> String {
    env.json(&["meeting", "new", "--title", "ALV", "--date", date])["changed"]["id"].to_string()
}

fn proposal(env: &TestEnv, m: &str, title: &str) -> String {
    env.json(&[
        "proposal",
        "new",
        "--title",
        title,
        "--kind",
        "ordinary",
        "--by-board",
        "--meeting",
        m,
        "--text",
        "Tekst.",
    ])["changed"]["id"]
        .to_string()
}

fn checkin_all(env: &TestEnv, m: &str) {
    env.ok(&["meeting", "checkin", m, "1", "2", "3", "4", "5"]);
}

/// Convenes meeting `m` today for `at`, opens it then, and checks every member in.
fn hold(env: &TestEnv, m: &str, at: &str) {
    env.ready_to_convene(m);
    env.ok(&["meeting", "convene", m, "--channel", "post", "--quiet"]);
    env.ok(&["meeting", "open", m, "--at", at]);
    checkin_all(env, m);
}

/// Counts and closes the open vote on proposal `p`, named by the proposal: `n` for, 0 against.
fn carry(env: &TestEnv, p: &str, n: &str) {
    env.ok(&[
        "vote",
        "count",
        "--proposal",
        p,
        "--for",
        n,
        "--against",
        "0",
    ]);
    env.ok(&["vote", "close", "--proposal", p]);
}

/// Runs, expects `code`, the message to contain every one of `says`, and the database unchanged.
fn refused(env: &TestEnv, args: &[&str], code: i32, says: &[&str]) -> String {
    let before = env.dump();
    let err = env.fails(args, code);
    for s in says {
        assert!(err.contains(s), "{args:?}: expected '{s}' in:\n{err}");
    }
    assert_eq!(env.dump(), before, "{args:?} changed the database");
    err
}

/// What a person at the terminal reads: the outcome (stdout) and the warnings (stderr).
fn stderr_of(env: &TestEnv, args: &[&str]) -> String {
    env.said(args)
}

fn decision(env: &TestEnv, code: &str) -> Value {
    env.json(&["decisions", "show", code])
}

#[test]
fn a_meeting_opens_convened_on_its_day_and_closes_with_nothing_open() {
    let env = registry();
    let m = new_meeting(&env, "2026-03-20T19:30");
    let a = proposal(&env, &m, "Voorstel A");
    let b = proposal(&env, &m, "Voorstel B");
    let c = proposal(&env, &m, "Voorstel C");
    // Not convened: refused, naming the problem and the way out.
    refused(
        &env,
        &["meeting", "open", &m, "--at", "2026-03-20T19:30"],
        1,
        &["meeting 1 was not convened", "meeting convene 1", "--force"],
    );
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--channel", "post", "--quiet"]);
    // Another day than planned: refused.
    refused(
        &env,
        &["meeting", "open", &m, "--at", "2026-03-19T19:30"],
        1,
        &["planned for 2026-03-20, not 2026-03-19"],
    );
    refused(&env, &["meeting", "open", &m, "--undo"], 1, &["not open"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-20T19:30"]);
    // Opened by mistake: undone while nothing is recorded, then opened again.
    let undone = env.json(&["meeting", "open", &m, "--undo"]);
    assert_eq!(undone["changed"]["state"], "convened");
    env.ok(&["meeting", "open", &m, "--at", "2026-03-20T19:35"]);
    checkin_all(&env, &m);
    // An opened meeting is not cancelled.
    refused(
        &env,
        &["meeting", "cancel", &m, "--reason", "zaal niet beschikbaar"],
        1,
        &["an opened meeting is not cancelled", "--note"],
    );
    // Every vote line names its proposal.
    let said = stderr_of(&env, &["vote", "open", &a, "--method", "hands"]);
    assert!(
        said.contains("vote 1 on proposal 1 \u{2018}Voorstel A\u{2019}"),
        "{said}"
    );
    // One question at a time, unless --parallel.
    refused(
        &env,
        &["vote", "open", &b, "--method", "hands"],
        1,
        &[
            "one question at a time",
            "vote 1 on proposal 1",
            "--parallel",
        ],
    );
    // Closing with an open vote: refused, listing it.
    refused(
        &env,
        &["meeting", "close", &m, "--at", "2026-03-20T21:00"],
        1,
        &[
            "cannot close",
            "vote 1 on proposal 1 \u{2018}Voorstel A\u{2019}",
        ],
    );
    // Something has been recorded: the opening stays.
    refused(&env, &["meeting", "open", &m, "--undo"], 1, &["1 vote(s)"]);
    let said = stderr_of(
        &env,
        &[
            "vote",
            "count",
            "--proposal",
            &a,
            "--for",
            "4",
            "--against",
            "1",
        ],
    );
    assert!(said.contains("vote 1 on proposal 1"), "{said}");
    env.ok(&["vote", "close", "--proposal", &a]);
    refused(
        &env,
        &["vote", "close", "--proposal", &a],
        1,
        &["proposal 1 has no open vote"],
    );
    let v2 = env.json(&["vote", "open", &b, "--method", "hands"])["changed"]["id"].to_string();
    let v3 = env.json(&["vote", "open", &c, "--method", "hands", "--parallel"])["changed"]["id"]
        .to_string();
    assert_eq!((v2.as_str(), v3.as_str()), ("2", "3"));
    env.ok(&["vote", "count", &v2, "--for", "1", "--against", "4"]);
    let said = stderr_of(&env, &["vote", "close", &v2]);
    assert!(
        said.contains("vote 2 on proposal 2 \u{2018}Voorstel B\u{2019}: rejected"),
        "{said}"
    );
    env.ok(&[
        "vote",
        "count",
        "--proposal",
        &c,
        "--for",
        "5",
        "--against",
        "0",
    ]);
    env.ok(&["vote", "close", "--proposal", &c]);
    env.ok(&["meeting", "close", &m, "--at", "2026-03-20T21:00"]);
    // After closing nothing about votes, attendance or proxies changes.
    refused(
        &env,
        &["vote", "close", "1"],
        1,
        &["vote 1 on proposal 1 \u{2018}Voorstel A\u{2019} was closed already"],
    );
    for args in [
        &["meeting", "checkin", &m, "1"][..],
        &["meeting", "checkout", &m, "1"][..],
        &["meeting", "proxy", &m, "--from", "1", "--to", "2"][..],
    ] {
        refused(&env, args, 1, &["closed"]);
    }
    let rows = env.json(&["decisions"]);
    let standing: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["standing"].as_str().unwrap())
        .collect();
    assert_eq!(standing, ["valid", "valid", "valid"]);
}

#[test]
fn an_opened_meeting_that_did_not_take_place_is_closed_with_a_note() {
    let env = registry();
    let m = new_meeting(&env, "2026-03-20T19:30");
    env.ready_to_convene(&m);
    env.ok(&["meeting", "convene", &m, "--channel", "post", "--quiet"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-20T19:30"]);
    let c = env.json(&[
        "meeting",
        "close",
        &m,
        "--at",
        "2026-03-20T19:40",
        "--note",
        "de zaal werd ontruimd",
    ]);
    assert_eq!(c["changed"]["state"], "closed");
    assert_eq!(c["changed"]["close_note"], "de zaal werd ontruimd");
    let journal = env.ok(&["journal", "list", "--format", "json"]);
    assert!(journal.contains("meeting.close"), "{journal}");
}

/// A forced opening of an unconvened meeting, short notice forced, an item added while the
/// meeting is open: each decision is voidable with its grounds, said before the vote too.
#[test]
fn forced_procedure_makes_decisions_voidable_with_their_grounds() {
    let env = registry();
    // Short notice forced: convened on 2026-03-01 for 2026-03-05, and without a place.
    let m = new_meeting(&env, "2026-03-05T19:30");
    let a = proposal(&env, &m, "Begroting");
    env.fails(&["meeting", "convene", &m, "--channel", "post"], 1);
    env.ok(&[
        "meeting",
        "convene",
        &m,
        "--channel",
        "post",
        "--force",
        "--quiet",
    ]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-05T19:30"]);
    checkin_all(&env, &m);
    // An item added while the meeting is open: allowed, marked, and warned about before the vote.
    let said = stderr_of(
        &env,
        &[
            "proposal",
            "new",
            "--title",
            "Nieuw clubhuis",
            "--kind",
            "ordinary",
            "--by-board",
            "--meeting",
            &m,
            "--text",
            "Tekst.",
        ],
    );
    assert!(said.contains("not in the convocation"), "{said}");
    let opened = env.json(&["vote", "open", &a, "--method", "hands"]);
    assert_eq!(opened["changed"]["standing"], "voidable");
    let w = opened["changed"]["warnings"].to_string();
    assert!(w.contains("less notice than the statutes require"), "{w}");
    env.ok(&["vote", "count", "1", "--for", "5", "--against", "0"]);
    env.ok(&["vote", "close", "1"]);
    let said = stderr_of(&env, &["vote", "open", "2", "--method", "hands"]);
    assert!(
        said.contains("will be voidable") && said.contains("not in the convocation"),
        "{said}"
    );
    env.ok(&["vote", "count", "2", "--for", "5", "--against", "0"]);
    env.ok(&["vote", "close", "2"]);
    env.ok(&["meeting", "close", &m, "--at", "2026-03-05T21:00"]);

    let d1 = decision(&env, "ALV-2026-03-05/1");
    assert_eq!(d1["standing"], "voidable");
    assert_eq!(d1["grounds"][0]["code"], "short-notice");
    let d2 = decision(&env, "ALV-2026-03-05/2");
    let codes: Vec<&str> = d2["grounds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "short-notice",
            "convocation-incomplete",
            "not-in-convocation"
        ]
    );
    assert!(
        d2["grounds"][2]["explanation"]
            .as_str()
            .unwrap()
            .contains("niet in de oproeping"),
        "{d2}"
    );
    let csv = env.ok(&["decisions", "--format", "csv"]);
    assert!(
        csv.contains(",voidable,short-notice;convocation-incomplete;not-in-convocation,"),
        "{csv}"
    );

    // Not convened at all: opening is forced, and recorded.
    let m2 = new_meeting(&env, "2026-04-01T19:30");
    let p = proposal(&env, &m2, "Contributie");
    let said = stderr_of(
        &env,
        &[
            "meeting",
            "open",
            &m2,
            "--at",
            "2026-04-01T19:30",
            "--force",
        ],
    );
    assert!(said.contains("voidable"), "{said}");
    assert_eq!(
        env.json(&["meeting", "show", &m2])["open_forced"],
        "not-convened"
    );
    checkin_all(&env, &m2);
    env.ok(&["vote", "open", &p, "--method", "hands"]);
    carry(&env, &p, "5");
    let d = decision(&env, "ALV-2026-04-01/1");
    assert_eq!(d["standing"], "voidable");
    assert_eq!(d["grounds"][0]["code"], "not-convened");

    // Made known, and the year to claim annulment; then confirmed (BW 2:15 lid 5, 6).
    refused(
        &env,
        &[
            "decisions",
            "set",
            "ALV-2026-04-01/1",
            "--made-known",
            "2026-03-01",
        ],
        1,
        &["before the decision was taken"],
    );
    let s = env.json(&[
        "decisions",
        "set",
        "ALV-2026-03-05/1",
        "--made-known",
        "12-3-2026",
    ]);
    assert_eq!(s["changed"]["annulment_deadline"], "2027-03-12");
    refused(
        &env,
        &[
            "decisions",
            "set",
            "ALV-2026-03-05/1",
            "--confirmed-by",
            "ALV-2026-04-01/1",
        ],
        1,
        &["voidable itself"],
    );
    refused(
        &env,
        &[
            "decisions",
            "set",
            "ALV-2026-03-05/1",
            "--confirmed-by",
            "ALV-2026-03-05/2",
        ],
        1,
        &["voidable itself"],
    );
    let m3 = new_meeting(&env, "2026-03-30T19:30");
    let p3 = proposal(&env, &m3, "Bevestiging van de begroting");
    hold(&env, &m3, "2026-03-30T19:30");
    env.ok(&["vote", "open", &p3, "--method", "hands"]);
    carry(&env, &p3, "5");
    let c = env.json(&[
        "decisions",
        "set",
        "ALV-2026-03-05/1",
        "--confirmed-by",
        "ALV-2026-03-30/1",
    ]);
    assert_eq!(c["changed"]["standing"], "valid");
    assert_eq!(c["changed"]["confirmed_by"], "ALV-2026-03-30/1");
    assert_eq!(c["changed"]["grounds"][0]["code"], "short-notice");
    refused(
        &env,
        &[
            "decisions",
            "set",
            "ALV-2026-03-05/1",
            "--confirmed-by",
            "ALV-2026-03-30/1",
        ],
        1,
        &["confirmed by ALV-2026-03-30/1 already"],
    );
    // The minutes say it in one plain sentence each.
    let md = env.ok(&["minutes", "draft", &m]);
    assert!(
        md.contains("Besluit ALV-2026-03-05/2 is vernietigbaar: de oproeping is verstuurd met een kortere termijn dan de statuten eisen (BW 2:15); de oproeping noemde geen plaats of geen agenda, zoals de statuten eisen (BW 2:15); het onderwerp stond niet in de oproeping (BW 2:15)."),
        "{md}"
    );
    assert!(
        md.contains("Besluit ALV-2026-03-05/1 was vernietigbaar")
            && md.contains("bevestigd door besluit ALV-2026-03-30/1"),
        "{md}"
    );
    let journal = env.ok(&["journal", "list", "--format", "json"]);
    assert!(journal.contains("decision.made_known") && journal.contains("decision.confirm"));
    env.ok(&["journal", "verify"]);
}

/// An appointment outside a binding nomination that kept its force is void (BW 2:37 lid 4, 2:14).
/// The statutes' rule acts before the count: adding someone outside the nomination is refused,
/// and papers naming a candidate outside it are invalid, so the nominee is elected (valid). Where
/// the meeting insists, `candidate add --force` records it, the papers count, and the decision
/// is void with its ground. One meeting holds a valid, a voidable and a void decision, each shown
/// in `decisions`, `decisions show`, JSON and the minutes.
#[test]
fn a_valid_a_voidable_and_a_void_decision_in_the_register_and_the_minutes() {
    let env = registry();
    env.ok(&["rules", "set", "binding_nomination_enabled", "true"]);
    let m = new_meeting(&env, "2026-03-20T19:30");
    let valid = proposal(&env, &m, "Begroting 2026");
    hold(&env, &m, "2026-03-20T19:30");
    // Added while the meeting is open: not in the convocation, so voidable (BW 2:15).
    let late = proposal(&env, &m, "Vlaggenmast");
    for p in [&valid, &late] {
        env.ok(&["vote", "open", p, "--method", "hands"]);
        carry(&env, p, "5");
    }
    let board = |title: &str, seed: &str| {
        let e = env.json(&[
            "election",
            "new",
            "--meeting",
            &m,
            "--title",
            title,
            "--seed",
            seed,
        ])["changed"]["id"]
            .to_string();
        for (n, by) in [("1", Some("board")), ("2", Some("board")), ("3", None)] {
            let mut args = vec!["election", "candidate", &e, "add", "--member", n];
            if let Some(by) = by {
                args.extend(["--nominated-by", by]);
            }
            env.ok(&args);
        }
        env.ok(&["election", "binding", &e, "--for", "1", "--against", "4"]);
        e
    };
    // First election: member 3 stood outside the nomination; papers for him are invalid.
    let e1 = board("Penningmeester", "1");
    std::fs::write(
        env.path("r1.csv"),
        "Lid Nummer3\nLid Nummer3\nLid Nummer3\nLid Nummer1\n",
    )
    .unwrap();
    env.ok(&["election", "ballot", &e1, "--file", "r1.csv"]);
    let count = env.json(&["election", "count", &e1])["changed"].clone();
    assert_eq!(
        count["elected"],
        serde_json::json!(["Lid Nummer1"]),
        "{count}"
    );
    // Second election: member 4 is added outside the kept nomination. Refused, and forced.
    let e2 = board("Secretaris", "2");
    refused(
        &env,
        &["election", "candidate", &e2, "add", "--member", "4"],
        1,
        &[
            "kept the binding nomination",
            "BW 2:37 lid 4",
            "--force",
            "void (BW 2:14)",
        ],
    );
    env.ok(&[
        "election",
        "candidate",
        &e2,
        "add",
        "--member",
        "4",
        "--force",
    ]);
    let show = env.json(&["election", "show", &e2]);
    assert!(
        show["candidates"][3]["forced"]
            .as_str()
            .unwrap()
            .contains("insisted"),
        "{show}"
    );
    std::fs::write(
        env.path("r2.csv"),
        "Lid Nummer4\nLid Nummer4\nLid Nummer4\nLid Nummer1\n",
    )
    .unwrap();
    env.ok(&["election", "ballot", &e2, "--file", "r2.csv"]);
    let count = env.json(&["election", "count", &e2])["changed"].clone();
    assert_eq!(
        count["elected"],
        serde_json::json!(["Lid Nummer4"]),
        "{count}"
    );
    env.ok(&["meeting", "close", &m, "--at", "2026-03-20T21:00"]);

    let list = env.json(&["decisions"]);
    let standing: Vec<(&str, &str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["title"].as_str().unwrap(),
                d["standing"].as_str().unwrap(),
                d["ground_codes"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        standing,
        [
            ("Begroting 2026", "valid", ""),
            ("Vlaggenmast", "voidable", "not-in-convocation"),
            ("Penningmeester", "valid", ""),
            ("Secretaris", "void", "outside-binding-nomination"),
        ],
        "{list}"
    );
    let void = decision(&env, "ALV-2026-03-20/4");
    assert_eq!(void["standing"], "void", "{void}");
    assert_eq!(void["grounds"][0]["code"], "outside-binding-nomination");
    assert!(
        void["grounds"][0]["explanation"]
            .as_str()
            .unwrap()
            .contains("BW 2:37 lid 4, 2:14"),
        "{void}"
    );
    let table = env.ok(&["decisions", "show", "ALV-2026-03-20/4"]);
    assert!(table.contains("void"), "{table}");
    let minutes = env.ok(&["minutes", "draft", &m]);
    assert!(
        minutes.contains("Besluit ALV-2026-03-20/4 is nietig: benoemd is iemand buiten een bindende voordracht die haar bindend karakter behield (BW 2:37 lid 4, 2:14)."),
        "{minutes}"
    );
    assert!(
        minutes.contains("Besluit ALV-2026-03-20/2 is vernietigbaar: het onderwerp stond niet in de oproeping (BW 2:15)."),
        "{minutes}"
    );
    assert!(
        !minutes.contains("Besluit ALV-2026-03-20/1 is"),
        "{minutes}"
    );
    // `todo` lists the voidable decision (its ground is the agenda, not a forced vote), and
    // neither the valid nor the void one.
    let todo = env.json(&["todo", "--on", "2026-03-21"]);
    let voidable: Vec<&str> = todo
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "voidable")
        .map(|d| d["what"].as_str().unwrap())
        .collect();
    assert_eq!(voidable.len(), 1, "{todo}");
    assert!(voidable[0].contains("ALV-2026-03-20/2"), "{todo}");
    let journal = env.ok(&["journal", "list", "--format", "csv"]);
    assert!(
        journal.contains("outside the kept binding nomination (override: --force)"),
        "{journal}"
    );
    env.ok(&["journal", "verify"]);
}

/// BW 2:12: an exclusion from the vote without a basis in the statutes is refused; forced, it
/// is recorded and the decision is voidable on that ground, said before the vote.
#[test]
fn an_exclusion_without_a_statutory_basis_makes_the_decision_voidable() {
    let env = registry();
    let m = new_meeting(&env, "2026-03-20T19:30");
    let p = proposal(&env, &m, "Huurcontract met lid 3");
    refused(
        &env,
        &[
            "proposal",
            "exclude",
            &p,
            "3",
            "--reason",
            "eigen huurcontract",
        ],
        1,
        &["vote_exclusion_enabled = false", "BW 2:12", "--force"],
    );
    env.ok(&[
        "proposal",
        "exclude",
        &p,
        "3",
        "--reason",
        "eigen huurcontract",
        "--force",
    ]);
    hold(&env, &m, "2026-03-20T19:30");
    let said = stderr_of(&env, &["vote", "open", &p, "--method", "roll-call"]);
    assert!(
        said.contains("excluded from the vote without a basis"),
        "{said}"
    );
    // A roll call named by the proposal: the words shift, and the line names both numbers.
    for n in ["1", "2", "4", "5"] {
        let said = stderr_of(&env, &["vote", "cast", "--proposal", &p, n, "for"]);
        assert!(said.contains("vote 1 on proposal 1"), "{said}");
    }
    refused(
        &env,
        &["vote", "cast", "--proposal", &p, "3", "for"],
        1,
        &["excluded"],
    );
    env.fails(&["vote", "cast", "--proposal", &p, "for"], 2);
    env.ok(&["vote", "close", "--proposal", &p]);
    let d = decision(&env, "ALV-2026-03-20/1");
    assert_eq!(d["standing"], "voidable");
    assert_eq!(d["grounds"][0]["code"], "wrongly-excluded");
}

/// BW 2:15: a convocation forced without a place (`meeting convene --force`) is not as the
/// statutes say; the decisions of that meeting are voidable on that ground, shown with them.
#[test]
fn a_convocation_forced_without_a_place_makes_the_decisions_voidable() {
    let env = registry();
    let m = new_meeting(&env, "2026-03-20T19:30");
    let p = proposal(&env, &m, "Begroting 2026");
    refused(
        &env,
        &["meeting", "convene", &m, "--quiet"],
        1,
        &["a place", "--force"],
    );
    env.ok(&["meeting", "convene", &m, "--quiet", "--force"]);
    env.ok(&["meeting", "open", &m, "--at", "2026-03-20T19:30"]);
    checkin_all(&env, &m);
    let said = stderr_of(&env, &["vote", "open", &p, "--method", "hands"]);
    assert!(said.contains("named no place or no agenda"), "{said}");
    carry(&env, &p, "5");
    let d = decision(&env, "ALV-2026-03-20/1");
    assert_eq!(d["standing"], "voidable", "{d}");
    assert_eq!(d["grounds"][0]["code"], "convocation-incomplete", "{d}");
    env.ok(&["meeting", "close", &m, "--at", "2026-03-20T21:00"]);
    let minutes = env.ok(&["minutes", "draft", &m]);
    assert!(
        minutes.contains("Besluit ALV-2026-03-20/1 is vernietigbaar: de oproeping noemde geen plaats of geen agenda, zoals de statuten eisen (BW 2:15)."),
        "{minutes}"
    );
}
