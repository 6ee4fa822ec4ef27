//! The statutes' article recorded per rule key and cited in the minutes after the ground it
//! supports (issue 27): set, held under a meeting, read in Dutch and English, and kept by the
//! meeting when the rules change later.

use crate::common::TestEnv;

/// Three members; meeting 1 held on 14 March 2026 with a budget adopted by hands 2 to 1, under
/// rules whose ordinary majority the secretary traced to "artikel 15 lid 1".
fn held_with_article() -> TestEnv {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "member_no,given_name,family_name,joined_on\n1,Lid,Jansen,2020-01-01\n2,Lid,Bakker,2020-01-01\n3,Lid,Visser,2020-01-01\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv", "--quiet"]);
    env.ok(&[
        "rules",
        "set",
        "majority_formula",
        "--article",
        "artikel 15 lid 1",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-03-14T19:30",
        "--kind",
        "annual",
        "--quiet",
    ]);
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Begroting 2027",
        "--kind",
        "budget",
        "--by-board",
        "--meeting",
        "1",
        "--quiet",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-02-20", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--at",
        "2026-03-14T19:35",
        "--quiet",
    ]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3", "--quiet"]);
    env.ok(&["vote", "open", "1", "--method", "hands", "--quiet"]);
    env.ok(&[
        "vote",
        "count",
        "1",
        "--for",
        "2",
        "--against",
        "1",
        "--quiet",
    ]);
    env.ok(&["vote", "close", "1", "--declare", "adopted", "--quiet"]);
    env.ok(&[
        "meeting",
        "close",
        "1",
        "--at",
        "2026-03-14T21:45",
        "--quiet",
    ]);
    env
}

#[test]
fn the_minutes_cite_the_recorded_article_after_the_ground() {
    let env = held_with_article();
    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(
        nl.contains(
            "Vereist was een volstrekte meerderheid (meer dan de helft) van de uitgebrachte stemmen (artikel 15 lid 1 van de statuten): ten minste 2 stemmen voor."
        ),
        "{nl}"
    );
    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    assert!(
        en.contains("of the votes cast (article 15(1) of the statutes) was required"),
        "{en}"
    );
    // The key that records no article cites none, and no key name reaches the body.
    assert_eq!(nl.matches("van de statuten)").count(), 1, "{nl}");
    assert!(!nl.contains("majority_formula"), "{nl}");
}

#[test]
fn a_meeting_keeps_the_articles_it_was_held_under() {
    let env = held_with_article();
    let before = env.json(&["vote", "show", "1"])["rules_digest"].clone();
    // Another article for the meeting's date would judge its decision again: refused, with
    // the command that records it from a later date; the database is unchanged.
    let err = env.fails(
        &[
            "rules",
            "set",
            "majority_formula",
            "--article",
            "artikel 16",
        ],
        1,
    );
    assert!(err.contains("article.majority_formula"), "{err}");
    assert!(err.contains("--article \"artikel 16\" --from"), "{err}");
    let export = env.ok(&["rules", "export", "--on", "2026-03-14"]);
    assert!(
        export.contains("majority_formula = \"artikel 15 lid 1\""),
        "{export}"
    );
    // Recorded from a later date, the new article leaves the held meeting's minutes alone.
    env.ok(&[
        "rules",
        "set",
        "majority_formula",
        "--article",
        "artikel 16",
        "--from",
        "2026-06-01",
    ]);
    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(nl.contains("(artikel 15 lid 1 van de statuten)"), "{nl}");
    assert_eq!(env.json(&["vote", "show", "1"])["rules_digest"], before);
}

#[test]
fn articles_go_out_and_come_back_with_the_rules_file() {
    let env = TestEnv::new();
    env.ok(&[
        "rules",
        "set",
        "statute_amendment_majority",
        "3/4",
        "--article",
        "artikel 18 lid 2",
    ]);
    let text = env.ok(&["rules", "export"]);
    assert!(
        text.contains("[articles]\nstatute_amendment_majority = \"artikel 18 lid 2\"\n"),
        "{text}"
    );
    // Removing the article, then importing the export, brings it back as one change.
    env.ok(&[
        "rules",
        "set",
        "statute_amendment_majority",
        "--article",
        "none",
    ]);
    assert!(!env.ok(&["rules", "export"]).contains("artikel 18"));
    std::fs::write(env.path("regels.toml"), &text).unwrap();
    let done = env.json(&["rules", "import", "regels.toml"]);
    assert_eq!(
        done["changed"]["changes"][0]["key"],
        "article.statute_amendment_majority"
    );
    assert_eq!(env.ok(&["rules", "export"]), text);
    // A bad article in the file names its line and changes nothing.
    std::fs::write(
        env.path("fout.toml"),
        "[articles]\nquorum_ordinary = \"de statuten\"\n",
    )
    .unwrap();
    let err = env.fails(&["rules", "import", "fout.toml"], 1);
    assert!(err.contains("2:19"), "{err}");
    assert_eq!(env.ok(&["rules", "export"]), text);
    // Neither a value nor an article: a usage error.
    env.fails(&["rules", "set", "quorum_ordinary"], 2);
}

/// A database from before articles (schema 18) reads: its rules export an empty `[articles]`
/// table, its minutes cite nothing, and an article can be recorded from a later date.
#[test]
fn an_old_database_without_articles_still_reads() {
    let (env, _) = TestEnv::upgraded_fixture(
        "v18.db",
        "d3e5aaf2d5f1697ea5f829754ab6d7eb0be57de1cbd50f52ae6f935b1bf268e6",
    );
    let export = env.ok(&["rules", "export", "--on", "2026-03-20"]);
    assert!(export.ends_with("[articles]\n"), "{export}");
    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(nl.contains("Vereist was"), "{nl}");
    assert!(!nl.contains("van de statuten)"), "{nl}");
    // The fixture's journal runs to October 2026; the secretary records it after that.
    env.ok_with(
        &[("QUORUM_NOW", "2026-12-07T20:00:00Z")],
        &[
            "rules",
            "set",
            "majority_formula",
            "--article",
            "artikel 15 lid 1",
            "--from",
            "2027-01-01",
        ],
    );
    let later = env.ok(&["rules", "export", "--on", "2027-01-01"]);
    assert!(
        later.ends_with("[articles]\nmajority_formula = \"artikel 15 lid 1\"\n"),
        "{later}"
    );
    // The meeting held before keeps what it was decided under.
    assert_eq!(env.ok(&["minutes", "draft", "1"]), nl);
}

/// An election's grounds cite the statutes' articles as a vote's do: the runoff after a round
/// without a majority (runoff_size) and the lot for a tied runoff place (tie_for_runoff_place),
/// in Dutch and English; no key name reaches the body.
#[test]
fn the_minutes_cite_the_articles_of_an_elections_grounds() {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in [
        "Anna,Aalbers",
        "Bram,Bakker",
        "Cor,Claassen",
        "Dirk,Dijk",
        "Eva,Eijk",
        "Fem,Faber",
        "Gijs,Goes",
    ]
    .iter()
    .enumerate()
    {
        csv.push_str(&format!("{},{name},2020-01-01\n", i + 1));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv", "--quiet"]);
    for (key, article) in [
        ("runoff_size", "artikel 14 lid 2"),
        ("tie_for_runoff_place", "artikel 14 lid 3"),
    ] {
        env.ok(&["rules", "set", key, "--article", article, "--quiet"]);
    }
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-01T20:00",
        "--kind",
        "extraordinary",
        "--quiet",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--at",
        "2026-03-01T20:00",
        "--quiet",
    ]);
    env.ok(&[
        "meeting", "checkin", "1", "1", "2", "3", "4", "5", "6", "7", "--quiet",
    ]);
    env.ok(&[
        "election",
        "new",
        "--meeting",
        "1",
        "--title",
        "Bestuurslid",
        "--seed",
        "2026",
        "--quiet",
    ]);
    for n in ["1", "2", "3"] {
        env.ok(&[
            "election",
            "candidate",
            "1",
            "add",
            "--member",
            n,
            "--quiet",
        ]);
    }
    let ballot = |file: &str, rows: &[(&str, u32)]| {
        let mut text = String::from("# candidates: Anna Aalbers, Bram Bakker, Cor Claassen\n");
        for (name, n) in rows {
            for _ in 0..*n {
                text.push_str(&format!("{name}\n"));
            }
        }
        std::fs::write(env.path(file), text).unwrap();
        env.ok(&["election", "ballot", "1", "--file", file, "--quiet"]);
    };
    // 7 votes cast, 4 needed: nobody has a majority, and B and C tie for the runoff's place.
    ballot(
        "r1.csv",
        &[("Anna Aalbers", 3), ("Bram Bakker", 2), ("Cor Claassen", 2)],
    );
    let count = env.json(&["election", "count", "1"])["changed"].clone();
    let drawn = count["lots"][0]["chosen"].as_str().unwrap().to_string();
    env.ok(&["election", "round", "1", "--quiet"]);
    ballot("r2.csv", &[("Anna Aalbers", 4), (&drawn, 3)]);
    env.ok(&["election", "count", "1", "--quiet"]);
    env.ok(&[
        "meeting",
        "close",
        "1",
        "--at",
        "2026-03-01T21:00",
        "--quiet",
    ]);

    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(
        nl.contains(&format!(
            "Tussen Bram Bakker en Cor Claassen beslist het lot (artikel 14 lid 3 van de statuten): {drawn}."
        )),
        "{nl}"
    );
    assert!(
        nl.contains(&format!(
            "Niemand behaalt de vereiste meerderheid; er volgt een herstemming tussen Anna Aalbers en {drawn} (artikel 14 lid 2 van de statuten)."
        )),
        "{nl}"
    );
    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    assert!(
        en.contains(
            "Between Bram Bakker and Cor Claassen the lot (article 14(3) of the statutes) fell on"
        ),
        "{en}"
    );
    assert!(
        en.contains("a runoff followed between Anna Aalbers and")
            && en.contains(" (article 14(2) of the statutes)."),
        "{en}"
    );
    for body in [&nl, &en] {
        assert!(!body.contains("runoff_size") && !body.contains("tie_for_runoff_place"));
    }
    // One decision runs in order: no word on the register's numbering.
    assert!(!nl.contains("De besluiten zijn genummerd"), "{nl}");
}

/// `rules set K --article A` says what was recorded in a plain line (not the internal
/// `article.K` with an empty side), and `rules show` lists the article beside the value.
#[test]
fn recording_an_article_reads_as_a_sentence_and_rules_show_lists_it() {
    let env = TestEnv::new();
    let said = |args: &[&str]| {
        let out = env.quorum().args(args).output().unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let key = "statute_amendment_majority";
    assert_eq!(
        said(&[
            "rules",
            "set",
            key,
            "--article",
            "artikel 18 lid 2",
            "--lang",
            "en"
        ]),
        format!("Recorded the article of {key}: artikel 18 lid 2 (rules from 2026-03-01)")
    );
    assert_eq!(
        said(&[
            "rules",
            "set",
            key,
            "--article",
            "artikel 19",
            "--lang",
            "nl"
        ]),
        format!(
            "Gewijzigd het artikel bij {key}: artikel 19, was artikel 18 lid 2 (regels vanaf 1 maart 2026)"
        )
    );
    let shown = env.json(&["rules", "show", key]);
    assert_eq!(shown[0]["article"], "artikel 19");
    assert_eq!(
        env.json(&["rules", "show", "quorum_ordinary"])[0]["article"],
        ""
    );
    let table = env.ok(&["rules", "show", key, "--format", "csv"]);
    assert!(
        table.starts_with("key,value,default,allowed,source,status,article,meaning\n"),
        "{table}"
    );
    assert_eq!(
        said(&["rules", "set", key, "--article", "none", "--lang", "en"]),
        format!("Removed the article of {key} (artikel 19) from the rules from 2026-03-01")
    );
    assert_eq!(env.json(&["rules", "show", key])[0]["article"], "");
}
