//! Minutes through the binary: notes, action items, the chair and minute-taker, the draft in
//! Dutch and English (Markdown and HTML), approval at the next meeting that seals the text, the
//! seal checked (and a byte changed found), the triggers that refuse any change from the sqlite3
//! shell, corrections, and every refusal with the database unchanged.

use crate::common::TestEnv;

/// Four members; meeting 1 (annual, 14 March 2026, template agenda and a budget on item 7)
/// opened with members 1, 2 and 3 present, the budget adopted by show of hands 3 to 0, members
/// 1 and 2 as chair and minute-taker, and closed. Meeting 2 (10 October 2026) is planned.
fn held_meeting() -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in ["Jansen", "Bakker", "Visser", "De Vries"]
        .iter()
        .enumerate()
    {
        csv.push_str(&format!("{},Lid,{name},2020-01-01\n", i + 1));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv", "--quiet"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-03-14T19:30",
        "--kind",
        "annual",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template", "--quiet"]);
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
    env.ok(&["meeting", "apologies", "1", "4", "--quiet"]);
    env.ok(&[
        "meeting",
        "edit",
        "1",
        "--chair",
        "1",
        "--secretary",
        "2",
        "--quiet",
    ]);
    env.ok(&["vote", "open", "1", "--method", "hands", "--quiet"]);
    env.ok(&[
        "vote",
        "count",
        "1",
        "--for",
        "3",
        "--against",
        "0",
        "--quiet",
    ]);
    env.ok(&["vote", "close", "1", "--declare", "adopted", "--quiet"]);
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "3",
        "De secretaris licht het jaarverslag toe.",
    ]);
    env.ok(&[
        "minutes",
        "action",
        "1",
        "--item",
        "7",
        "--who",
        "de penningmeester",
        "--what",
        "de begroting publiceren",
        "--due",
        "01-04-2026",
    ]);
    env.ok(&[
        "meeting",
        "close",
        "1",
        "--at",
        "2026-03-14T21:45",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Najaarsvergadering",
        "--date",
        "2026-10-10T19:30",
        "--quiet",
    ]);
    env
}

#[test]
fn the_draft_is_the_minutes_a_secretary_would_write() {
    let env = held_meeting();
    let md = env.ok(&["minutes", "draft", "1"]);
    for part in [
        "# Notulen van de algemene ledenvergadering (jaarvergadering) van Vereniging De Eendracht",
        "Gehouden op zaterdag 14 maart 2026 in Buurthuis De Kring, van 19.35 tot 21.45 uur",
        "*Concept: nog niet vastgesteld door de algemene ledenvergadering.*",
        "**Aanwezig:** 3 leden met samen 3 stemmen.",
        "**Afwezig met kennisgeving:** Lid De Vries.",
        "**Voorzitter:** Lid Jansen",
        "**Notulist:** Lid Bakker",
        "## 1. Opening en mededelingen\n\nDe voorzitter opent om 19.35 uur de vergadering en heet de aanwezigen welkom. Er zijn 3 van de 4 stemmen aanwezig of vertegenwoordigd. De statuten stellen geen quorum; de vergadering kan besluiten.",
        "## 3. Jaarverslag\n\nDe secretaris licht het jaarverslag toe.",
        "## 7. Begroting 2027\n\nVoorstel van het bestuur: Begroting 2027.\n\nEr wordt gestemd bij handopsteken. Het voorstel wordt aangenomen met 3 stemmen voor en 0 tegen.",
        "De voorzitter verklaart het voorstel aangenomen",
        "**Besluit ALV-2026-03-14/1:** het voorstel ‘Begroting 2027’ is aangenomen.",
        "## Besluitenlijst\n\n| Nr. | Besluit | Uitslag |\n|---|---|---|\n| ALV-2026-03-14/1 | Begroting 2027 | aangenomen |",
        "**Actiepunt 1:** de begroting publiceren (de penningmeester, uiterlijk 1 april 2026).",
        "## 9. Sluiting\n\nDe voorzitter sluit om 21.45 uur de vergadering",
        "| 1 | de begroting publiceren | de penningmeester | 1 april 2026 |",
        "Aldus vastgesteld in de algemene ledenvergadering van",
        "| Voorzitter | Secretaris |\n|---|---|\n| Lid Jansen | Lid Bakker |",
    ] {
        assert!(md.contains(part), "missing {part:?} in:\n{md}");
    }
    // The journal anchor is for whoever checks the register: in the appendix only.
    assert!(!md.contains("Kenmerk van het journaal"), "{md}");
    let appendix = env.ok(&["minutes", "draft", "1", "--appendix"]);
    assert!(
        appendix.contains("Kenmerk van het journaal bij het opstellen van deze tekst: vermelding"),
        "{appendix}"
    );
    assert!(
        !md.contains("Lid Visser"),
        "names of those present only with --names: {md}"
    );
    let named = env.ok(&["minutes", "draft", "1", "--names"]);
    assert!(
        named.contains(
            "**Aanwezig:** 3 leden met samen 3 stemmen (Lid Bakker, Lid Jansen en Lid Visser)."
        ),
        "{named}"
    );

    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    for part in [
        "# Minutes of the annual general meeting of Vereniging De Eendracht",
        "Held on Saturday 14 March 2026 at Buurthuis De Kring, from 19:35 to 21:45",
        "**Present:** 3 members with a vote, holding 3 votes.",
        "**Apologies:** Lid De Vries.",
        "The chair opened the meeting at 19:35 and welcomed those present. 3 of the 4 votes were present or represented.",
        "A vote was taken by show of hands. The motion was carried by 3 votes to 0.",
        "**Resolved (ALV-2026-03-14/1):** the motion ‘Begroting 2027’ was carried.",
        "There being no other business, the chair closed the meeting at 21:45",
        "| Chair | Secretary |",
    ] {
        assert!(en.contains(part), "missing {part:?} in:\n{en}");
    }

    let html = env.ok(&["minutes", "draft", "1", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<html lang=\"nl\">") && html.contains("counter(page)"));
    assert!(html.contains("<h2>7. Begroting 2027</h2>"), "{html}");
    assert!(
        html.contains("<th>Voorzitter</th>"),
        "signature lines: {html}"
    );

    let json = env.json(&["minutes", "draft", "1"]);
    assert_eq!(json["approved"], false);
    assert_eq!(json["text"].as_str().unwrap(), md);

    env.ok(&["minutes", "draft", "1", "--output", "notulen.md"]);
    assert_eq!(std::fs::read_to_string(env.path("notulen.md")).unwrap(), md);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.path("notulen.md"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the minutes name members: owner only");
    }
    env.fails(&["minutes", "draft", "1", "--format", "csv"], 2);
}

#[test]
fn approval_at_the_next_meeting_seals_the_text() {
    let env = held_meeting();
    let before = env.dump();
    // Not before the meeting that approves is held, not at the meeting itself by default.
    let e = env.fails(&["minutes", "approve", "1", "--at", "2"], 1);
    assert!(e.contains("quorum meeting open 2"), "{e}");
    let e = env.fails(&["minutes", "approve", "1", "--at", "1"], 1);
    assert!(e.contains("minutes_adopted_by = next_meeting"), "{e}");
    assert_eq!(env.dump(), before, "a refused approval changes nothing");

    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "2",
        "--at",
        "2026-10-10T19:35",
        "--quiet",
    ]);
    let e = env.fails(&["minutes", "approve", "2", "--at", "1"], 1);
    assert!(e.contains("was held before meeting 2"), "{e}");
    let draft = env.ok(&["minutes", "draft", "1"]);
    let sealed = env.json(&["minutes", "approve", "1", "--at", "2"]);
    assert_eq!(sealed["command"], "minutes approve");
    let seal = &sealed["changed"];
    assert_eq!(seal["approved_by"], "acclamation");
    assert_eq!(seal["approved_at"], 2);
    let sha = seal["sha256"].as_str().unwrap().to_string();

    let text = env.ok(&["minutes", "show", "1", "--approved"]);
    assert!(!text.contains("Concept"), "{text}");
    assert!(
        text.contains("Aldus vastgesteld in de algemene ledenvergadering van zaterdag 10 oktober 2026, bij acclamatie."),
        "{text}"
    );
    // The sealed text is the draft with the approval line in place of the blank one.
    assert_eq!(
        text.lines().count(),
        draft.lines().count() - 2,
        "only the concept mark and its blank line went:\n{text}"
    );
    let hash = {
        use sha2::Digest as _;
        let d = sha2::Sha256::digest(text.as_bytes());
        d.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    assert_eq!(hash, sha, "the seal is the SHA-256 of the text shown");

    let journal = env.ok(&["journal", "list", "--format", "csv"]);
    assert!(
        journal.contains(&format!(
            "minutes.seal,minutes_seal,1,sealed the minutes of meeting 1 as approved at meeting 2 by acclamation (sha256 {sha})"
        )),
        "{journal}"
    );
    env.ok(&["journal", "verify"]);
    let out = env
        .quorum()
        .args(["minutes", "verify", "1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Verified"));

    // Sealed: a second approval, a new note or action, refused; a correction is a new approval.
    let before = env.dump();
    let e = env.fails(&["minutes", "approve", "1", "--at", "2"], 1);
    assert!(e.contains("--correction"), "{e}");
    let e = env.fails(&["minutes", "note", "1", "Nog iets"], 1);
    assert!(e.contains("approved and sealed"), "{e}");
    env.fails(&["minutes", "action", "1", "--who", "x", "--what", "y"], 1);
    assert_eq!(env.dump(), before);
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "3",
        "--correction",
        "De penningmeester, niet de secretaris, lichtte het jaarverslag toe.",
    ]);
    let fixed = env.json(&["minutes", "approve", "1", "--at", "2", "--correction"]);
    assert_eq!(fixed["changed"]["corrects"], 1);
    let text = env.ok(&["minutes", "show", "1", "--approved"]);
    assert!(
        text.contains("**Correctie:** De penningmeester, niet de secretaris")
            && text.contains("met verbetering van de op 10 oktober 2026 vastgestelde tekst"),
        "{text}"
    );
    env.ok(&["minutes", "verify", "1"]);
}

#[test]
fn a_sealed_text_cannot_change_and_a_changed_byte_is_found() {
    let env = held_meeting();
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "2",
        "--at",
        "2026-10-10T19:35",
        "--quiet",
    ]);
    env.ok(&["minutes", "approve", "1", "--at", "2", "--quiet"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    for sql in [
        "UPDATE minutes_seal SET text = 'anders'",
        "DELETE FROM minutes_seal",
        "UPDATE minutes_note SET text = 'anders'",
        "DELETE FROM minutes_note",
        "INSERT INTO minutes_note (meeting_id, text, created_at) VALUES (1, 'later', 'x')",
        "UPDATE action_item SET what = 'anders'",
    ] {
        let e = conn.execute(sql, []).unwrap_err().to_string();
        assert!(e.contains("sealed"), "{sql}: {e}");
    }
    // Someone who drops the trigger, edits one byte and puts the trigger back is found out by
    // `minutes verify` (a missing trigger alone already stops quorum opening the file).
    let trigger: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'minutes_seal_no_update'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch(&format!(
        "DROP TRIGGER minutes_seal_no_update;
         UPDATE minutes_seal SET text = replace(text, 'Jaarverslag', 'Jaarversla9');
         {trigger};"
    ))
    .unwrap();
    drop(conn);
    let e = env.fails(&["minutes", "verify", "1"], 1);
    assert!(e.contains("no longer matches its SHA-256"), "{e}");
}

#[test]
fn the_same_meeting_approves_where_the_statutes_say_so() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
        "--quiet",
    ]);
    env.ok(&[
        "rules",
        "set",
        "minutes_adopted_by",
        "same_meeting",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-14T19:30",
        "--quiet",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--at",
        "2026-03-14T19:30",
        "--quiet",
    ]);
    env.ok(&[
        "minutes",
        "note",
        "1",
        "Vergadering in één avond afgehandeld.",
    ]);
    let sealed = env.json(&["minutes", "approve", "1", "--at", "1"]);
    assert_eq!(sealed["changed"]["approved_at"], 1);
    let text = env.ok(&["minutes", "show", "1", "--approved"]);
    assert!(
        text.contains("Aldus vastgesteld aan het einde van deze vergadering, bij acclamatie."),
        "{text}"
    );
}

#[test]
fn approval_by_vote_needs_a_vote_that_adopted_them() {
    let env = held_meeting();
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Notulen 14 maart",
        "--kind",
        "ordinary",
        "--by-board",
        "--meeting",
        "2",
        "--quiet",
    ]);
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "2",
        "--at",
        "2026-10-10T19:35",
        "--quiet",
    ]);
    env.ok(&["meeting", "checkin", "2", "1", "2", "--quiet"]);
    env.ok(&["vote", "open", "2", "--method", "hands", "--quiet"]);
    let e = env.fails(&["minutes", "approve", "1", "--at", "2", "--vote", "2"], 1);
    assert!(e.contains("still open"), "{e}");
    env.ok(&[
        "vote",
        "count",
        "2",
        "--for",
        "0",
        "--against",
        "2",
        "--quiet",
    ]);
    env.ok(&["vote", "close", "2", "--quiet"]);
    let e = env.fails(&["minutes", "approve", "1", "--at", "2", "--vote", "2"], 1);
    assert!(e.contains("did not adopt"), "{e}");
    let e = env.fails(&["minutes", "approve", "1", "--at", "2", "--vote", "1"], 1);
    assert!(e.contains("was taken at meeting 1"), "{e}");
    assert!(env.ok(&["minutes", "show", "1"]).contains("Concept"));
}

#[test]
fn notes_from_stdin_and_the_editor_and_their_refusals() {
    let env = held_meeting();
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "2",
        "--at",
        "2026-10-10T19:35",
        "--quiet",
    ]);
    let out = env
        .quorum()
        .args(["minutes", "note", "2", "-"])
        .write_stdin("Welkom aan de nieuwe leden.\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(
        env.path("editor.sh"),
        "#!/bin/sh\nprintf 'Uit de editor.\\n' > \"$1\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(
            env.path("editor.sh"),
            std::fs::Permissions::from_mode(0o700),
        )
        .unwrap();
    }
    let editor = env.path("editor.sh").display().to_string();
    let out = env
        .quorum()
        .env("EDITOR", &editor)
        .args(["minutes", "note", "2", "--edit"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let draft = env.ok(&["minutes", "draft", "2"]);
    assert!(draft.contains("Welkom aan de nieuwe leden."), "{draft}");
    assert!(draft.contains("Uit de editor."), "{draft}");

    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Vervalt",
        "--date",
        "2026-11-10T19:30",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "cancel",
        "3",
        "--reason",
        "te weinig agendapunten",
        "--quiet",
    ]);
    let before = env.dump();
    let out = env
        .quorum()
        .env("EDITOR", "false")
        .args(["minutes", "note", "2", "--edit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no note was added"));
    let e = env.fails(&["minutes", "note", "2", "--item", "12", "Waar?"], 1);
    assert!(e.contains("no agenda item 12"), "{e}");
    env.fails(&["minutes", "note", "9", "Welke vergadering?"], 1);
    env.fails(&["minutes", "note", "2", "  "], 2);
    env.fails(&["minutes", "action", "2", "--who", "x"], 2);
    let e = env.fails(
        &[
            "minutes",
            "action",
            "2",
            "--who",
            "x",
            "--what",
            "y",
            "--due",
            "01-01-2026",
        ],
        1,
    );
    assert!(e.contains("--due"), "{e}");
    let e = env.fails(&["minutes", "note", "3", "Iets"], 1);
    assert!(e.contains("cancelled"), "{e}");
    assert_eq!(env.dump(), before, "refusals change nothing");
}

#[test]
fn actions_are_listed_across_meetings_and_closed() {
    let env = held_meeting();
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "2",
        "--at",
        "2026-10-10T19:35",
        "--quiet",
    ]);
    env.ok(&[
        "minutes",
        "action",
        "2",
        "--who",
        "het bestuur",
        "--what",
        "een kascommissie zoeken",
    ]);
    let all = env.json(&["actions"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["meeting"], 1);
    assert_eq!(all[0]["due"], "2026-04-01");
    assert_eq!(all[1]["who"], "het bestuur");
    let done = env.json(&["actions", "done", "1", "--on", "2026-03-30"]);
    assert_eq!(done["changed"]["done"], "2026-03-30");
    let open = env.json(&["actions", "--open"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"], 2);
    let e = env.fails(&["actions", "done", "1"], 1);
    assert!(e.contains("done already"), "{e}");
    let e = env.fails(&["actions", "done", "7"], 1);
    assert!(e.contains("no action item 7"), "{e}");
    let csv = env.ok(&["actions", "--meeting", "1", "--format", "csv"]);
    assert!(
        csv.starts_with("id,meeting,meeting_date,item,who,what,due,done\n"),
        "{csv}"
    );
}

/// The text with the journal's hash (which differs from run to run: salts are random) as `[..]`.
fn without_hashes(text: &str) -> String {
    let mut s = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(|c: char| c.is_ascii_hexdigit()) {
        let run = rest[i..]
            .find(|c: char| !c.is_ascii_hexdigit())
            .map_or(rest.len() - i, |n| n);
        s.push_str(&rest[..i]);
        if run == 64 {
            s.push_str("[..]");
        } else {
            s.push_str(&rest[i..i + run]);
        }
        rest = &rest[i + run..];
    }
    s.push_str(rest);
    s
}

/// Compares `text` with the committed snapshot; `QUORUM_UPDATE_MINUTES=1` rewrites it.
fn snapshot(name: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/minutes")
        .join(name);
    let text = without_hashes(text);
    if std::env::var_os("QUORUM_UPDATE_MINUTES").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed,
        text,
        "the minutes of the demo meeting changed; read them as a member would, then \
         `QUORUM_UPDATE_MINUTES=1 cargo test --test cli minutes` and commit {}",
        path.display()
    );
}

/// The minutes of the demo meeting (the README's first command), whole, in Dutch as the demo
/// prints them and in English, and its convocation letter in both: documents people sign and
/// act on, so every word is under test.
#[test]
fn the_demo_minutes_read_as_written() {
    let env = TestEnv::empty();
    let out = env.quorum().arg("demo").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let nl = &stdout[stdout
        .find("# Notulen")
        .expect("the demo ends with the minutes")..];
    snapshot("demo.nl.md", nl);
    let db = stderr
        .lines()
        .find_map(|l| l.strip_prefix("The demo database is "))
        .and_then(|l| l.strip_suffix(". Look around, for example:"))
        .expect("the demo names its database")
        .to_string();
    let en = env.ok(&["--db", &db, "minutes", "draft", "1", "--lang", "en"]);
    snapshot("demo.en.md", &en);
    // The convocation letter of the same meeting, reprinted after it as it was sent: what the
    // members acted on, whole, in both languages.
    for lang in ["nl", "en"] {
        let path = env.path(&format!("letter.{lang}.md"));
        let path = path.to_str().unwrap();
        env.ok(&[
            "--db", &db, "meeting", "convene", "1", "--letter", path, "--lang", lang,
        ]);
        let letter = std::fs::read_to_string(path).unwrap();
        snapshot(&format!("letter.{lang}.md"), &letter);
    }
    // With --names, a roll call says who voted how, in the registry's order of names; a split
    // vote is named in each list.
    let named = env.ok(&["--db", &db, "minutes", "draft", "1", "--names"]);
    assert!(
        named.contains("Hoofdelijk uitgebracht, voor: Anna van der Berg, Bewonerscollectief De Wilgen (1), Fatima El Amrani, Daan de Vries en Woongroep 't Hofje (2); tegen: Bewonerscollectief De Wilgen (2), Émile Müller en Woongroep 't Hofje (1)."),
        "{named}"
    );
    let _ = std::fs::remove_dir_all(std::path::Path::new(&db).parent().unwrap());
}

/// A Dutch terminal (QUORUM_LANG, the association's language or the locale; `--lang` of
/// `minutes draft` is the document's) hears in Dutch that the chair and minute-taker are not
/// recorded (it was told in English), English stays as it was, and a refusal of the minutes'
/// rules is Dutch too. The draft's JSON is one typed object.
#[test]
fn the_minutes_commands_speak_dutch_under_lang_nl() {
    let env = held_meeting();
    let stderr = |terminal: &str, args: &[&str]| {
        let out = env
            .quorum()
            .env("QUORUM_LANG", terminal)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    // Meeting 2 is planned, with no chair or minute-taker recorded yet.
    let nl = stderr("nl", &["minutes", "draft", "2", "--lang", "nl"]);
    assert!(
        nl.contains("de voorzitter van vergadering 2 is niet vastgelegd; de notulen zeggen dat (`quorum meeting edit 2 --chair N`)"),
        "{nl}"
    );
    assert!(
        nl.contains("de notulist van vergadering 2 is niet vastgelegd"),
        "{nl}"
    );
    let en = stderr("en", &["minutes", "draft", "2", "--lang", "nl"]);
    assert!(
        en.contains("warning: the chair of meeting 2 is not recorded; the minutes say so (`quorum meeting edit 2 --chair N`)"),
        "{en}"
    );
    assert!(
        en.contains("warning: the minute-taker of meeting 2 is not recorded; the minutes say so (`quorum meeting edit 2 --secretary N`)"),
        "{en}"
    );
    let refused = env
        .quorum()
        .args([
            "minutes",
            "note",
            "1",
            "--correction",
            "Te laat",
            "--lang",
            "nl",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.stderr)
            .contains("de notulen van vergadering 1 zijn nog niet verzegeld; schrijf de notitie zonder --correction"),
        "{refused:?}"
    );
    let json = env.json(&["minutes", "draft", "1", "--circulate", "--lang", "en"]);
    assert_eq!(json["meeting"], 1);
    assert_eq!(json["approved"], false);
    assert_eq!(json["circulated"]["version"], 1);
    assert_eq!(json["circulated"]["on"], "2026-03-01");
    assert_eq!(json["circulated"]["sha256"].as_str().unwrap().len(), 64);
    let shown = env.json(&["minutes", "show", "1", "--circulated"]);
    assert_eq!(shown["circulated"]["sha256"], json["circulated"]["sha256"]);
    assert!(shown["circulated"].get("version").is_none(), "{shown}");
    assert_eq!(shown["text"], json["text"]);
}

/// A draft of a meeting that was never opened says so, and no more: no count of votes present
/// and no "the meeting could decide" (found in the audit: "0 van de 4 stemmen … de vergadering
/// kan besluiten").
#[test]
fn a_draft_of_a_meeting_not_opened_claims_no_count() {
    let env = held_meeting();
    let nl = env.ok(&["minutes", "draft", "2", "--lang", "nl"]);
    assert!(nl.contains("De vergadering is (nog) niet geopend."), "{nl}");
    assert!(!nl.contains("kan besluiten"), "{nl}");
    assert!(!nl.contains("aanwezig of vertegenwoordigd"), "{nl}");
    let en = env.ok(&["minutes", "draft", "2", "--lang", "en"]);
    assert!(
        en.contains("The meeting has not (yet) been opened."),
        "{en}"
    );
    assert!(!en.contains("could decide"), "{en}");
}
