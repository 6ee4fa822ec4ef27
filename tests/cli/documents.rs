//! The documents members read and sign, read as a member would (issue 27): the minutes in plain
//! words (no rule keys, no internal numbers, no hashes, no commands in the body), names in the
//! registry's alphabetical order, departures mentioned, an amendment under its proposal before
//! the vote on it, no minutes for a cancelled meeting, and a convocation that names its place,
//! its agenda and the inspection day as recorded.

use crate::common::TestEnv;

/// Five members whose numbers are not in alphabetical order of family name; meeting 1 (annual,
/// on the test clock's day, 1 March 2026 at 16.30, Buurthuis De Kring, template agenda) with a
/// budget on item 7 and an amendment to it; opened with members 1 to 4 present; the amendment
/// is adopted; member 3 leaves (at 18.00, the test clock); then the budget is adopted; chair and
/// minute-taker recorded; closed at 18.00. This part stops when the meeting is open, before the
/// votes.
fn held_meeting_open() -> TestEnv {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in ["Visser", "Bakker", "de Vries", "Jansen", "Aalders"]
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
        "2026-03-01T16:30",
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
    env.ok(&[
        "proposal",
        "amend",
        "1",
        "--title",
        "Tweehonderd euro meer voor het buurtfeest",
        "--by-board",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--sent",
        "2026-02-10",
        "--lang",
        "nl",
        "--letter",
        "brief.md",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--at",
        "2026-03-01T16:35",
        "--quiet",
    ]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3", "4", "--quiet"]);
    env.ok(&["meeting", "apologies", "1", "5", "--quiet"]);
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
    env
}

/// `held_meeting_open`, then the votes and the close (see `held_meeting`).
fn held_meeting() -> TestEnv {
    let env = held_meeting_open();
    env.ok(&["vote", "open", "2", "--method", "hands", "--quiet"]);
    env.ok(&[
        "vote",
        "count",
        "1",
        "--for",
        "3",
        "--against",
        "0",
        "--abstain",
        "1",
        "--quiet",
    ]);
    env.ok(&["vote", "close", "1", "--quiet"]);
    env.ok(&["meeting", "checkout", "1", "3", "--quiet"]);
    env.ok(&["vote", "open", "1", "--method", "hands", "--quiet"]);
    env.ok(&[
        "vote",
        "count",
        "2",
        "--for",
        "2",
        "--against",
        "1",
        "--quiet",
    ]);
    env.ok(&["vote", "close", "2", "--declare", "adopted", "--quiet"]);
    env.ok(&[
        "meeting",
        "close",
        "1",
        "--at",
        "2026-03-01T18:00",
        "--quiet",
    ]);
    env
}

/// Every rule key, from the program itself, so a key added later is covered too.
fn rule_keys(env: &TestEnv) -> Vec<String> {
    env.json(&["rules", "show"])
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap().to_string())
        .collect()
}

/// What a member's document must never carry: a rule key, a `quorum …` command, a 64-hex
/// hash, or the program's internal numbers ("voorstel 2", "stemming 1").
fn insides(text: &str, keys: &[String]) -> Vec<String> {
    let mut found: Vec<String> = keys
        .iter()
        .filter(|k| text.contains(k.as_str()))
        .cloned()
        .collect();
    if text.contains("quorum ") {
        found.push("a `quorum` command".into());
    }
    let hex = text
        .split(|c: char| !c.is_ascii_hexdigit())
        .any(|run| run.len() >= 64);
    if hex {
        found.push("a 64-hex hash".into());
    }
    for internal in [
        "(voorstel ",
        "(stemming ",
        "(proposal ",
        "(vote ",
        "op voorstel 1",
        "to proposal 1",
    ] {
        if text.contains(internal) {
            found.push(internal.to_string());
        }
    }
    found
}

#[test]
fn no_member_document_carries_the_programs_insides() {
    let env = held_meeting();
    let keys = rule_keys(&env);
    assert!(keys.len() > 30, "{keys:?}");
    for args in [
        vec!["minutes", "draft", "1"],
        vec!["minutes", "draft", "1", "--names"],
        vec!["minutes", "draft", "1", "--lang", "en"],
        vec!["minutes", "draft", "1", "--lang", "en", "--names"],
    ] {
        let text = env.ok(&args);
        assert_eq!(
            insides(&text, &keys),
            Vec::<String>::new(),
            "{args:?}:\n{text}"
        );
    }
    let letter = std::fs::read_to_string(env.path("brief.md")).unwrap();
    assert_eq!(insides(&letter, &keys), Vec::<String>::new(), "{letter}");
    // The appendix is where they go, so the check above can fail.
    let appendix = env.ok(&["minutes", "draft", "1", "--appendix"]);
    let found = insides(&appendix, &keys);
    assert!(
        found.iter().any(|f| f == "majority_formula")
            && found.iter().any(|f| f == "a 64-hex hash")
            && found.iter().any(|f| f == "a `quorum` command"),
        "{found:?}\n{appendix}"
    );
    assert!(appendix.contains("## Technische bijlage"), "{appendix}");
}

#[test]
fn votes_read_as_one_sentence_with_their_grounds_in_words() {
    let env = held_meeting();
    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(
        nl.contains(
            "Er wordt gestemd bij handopsteken. Het amendement wordt aangenomen met 3 stemmen voor, 0 tegen en 1 onthouding. Onthoudingen tellen niet mee. Vereist was een volstrekte meerderheid (meer dan de helft) van de uitgebrachte stemmen: ten minste 2 stemmen voor."
        ),
        "{nl}"
    );
    assert!(
        nl.contains("Het voorstel wordt aangenomen met 2 stemmen voor en 1 tegen."),
        "{nl}"
    );
    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    assert!(
        en.contains("The amendment was carried by 3 votes to 0, with 1 abstention. Abstentions do not count as votes cast. A majority (more than half) of the votes cast was required: at least 2 for."),
        "{en}"
    );
}

/// A proposal put on the agenda after the annual template goes before "Rondvraag" and
/// "Sluiting", which stay last, in the agenda, the letter and the minutes; so does an item
/// added by title. An item placed with --position stays where it was put.
#[test]
fn the_closing_items_stay_last() {
    let env = held_meeting();
    let titles = |env: &TestEnv| -> Vec<String> {
        env.json(&["meeting", "agenda", "1", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["title"].as_str().unwrap().to_string())
            .collect()
    };
    let agenda = titles(&env);
    assert_eq!(
        agenda[5..],
        [
            "Bestuursverkiezing",
            "Begroting 2027",
            "Rondvraag",
            "Sluiting"
        ],
        "{agenda:?}"
    );
    let letter = std::fs::read_to_string(env.path("brief.md")).unwrap();
    let at = |text: &str, s: &str| text.find(s).unwrap_or_else(|| panic!("{s:?}:\n{text}"));
    assert!(
        at(&letter, "Begroting 2027") < at(&letter, "Rondvraag")
            && at(&letter, "Rondvraag") < at(&letter, "Sluiting"),
        "{letter}"
    );
    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(
        at(&nl, "## 7. Begroting 2027") < at(&nl, "## 8. Rondvraag")
            && at(&nl, "## 8. Rondvraag") < at(&nl, "## 9. Sluiting"),
        "{nl}"
    );

    let env = TestEnv::new();
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-04-16T20:00",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "agenda",
        "1",
        "add",
        "--template",
        "--lang",
        "en",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "agenda",
        "1",
        "add",
        "Kascommissie 2027",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "agenda",
        "1",
        "add",
        "Afscheid",
        "--position",
        "10",
        "--quiet",
    ]);
    let agenda = titles(&env);
    assert_eq!(
        agenda[6..],
        [
            "Kascommissie 2027",
            "Any other business",
            "Closing",
            "Afscheid"
        ],
        "{agenda:?}"
    );
}

/// The amendment is told under its proposal, and its vote before the vote on the proposal
/// (documents-nl.md: the agenda items in their order, each with what happened under it).
#[test]
fn an_amendment_stands_under_its_proposal_before_the_vote_on_it() {
    let env = held_meeting();
    let nl = env.ok(&["minutes", "draft", "1"]);
    let at = |s: &str| {
        nl.find(s)
            .unwrap_or_else(|| panic!("missing {s:?} in:\n{nl}"))
    };
    let item = at("## 7. Begroting 2027");
    let proposal = at("Voorstel van het bestuur: Begroting 2027.");
    let amendment = at(
        "Amendement van het bestuur op het voorstel ‘Begroting 2027’: Tweehonderd euro meer voor het buurtfeest.",
    );
    let amendment_vote = at("Het amendement wordt aangenomen");
    let proposal_vote = at("Het voorstel wordt aangenomen");
    let next = at("## 8. ");
    assert!(
        item < proposal
            && proposal < amendment
            && amendment < amendment_vote
            && amendment_vote < proposal_vote
            && proposal_vote < next,
        "{nl}"
    );
    assert!(!nl.contains("Verder besproken"), "{nl}");
}

/// Under an item, notes and votes are told in the order they happened: a note written during the
/// meeting where it was written, one written afterwards where its `--at` puts it; the amendment
/// still under its proposal, before the vote on it.
#[test]
fn an_item_is_told_in_the_order_of_the_meeting() {
    let env = held_meeting();
    // Written after the meeting, about the explanation before the votes (they were at 18.00).
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "7",
        "--at",
        "16.40",
        "De penningmeester licht de begroting toe.",
        "--quiet",
    ]);
    // Written now (18.00, after the votes were recorded): it comes after them.
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "7",
        "De voorzitter dankt de penningmeester.",
        "--quiet",
    ]);
    let nl = env.ok(&["minutes", "draft", "1"]);
    let at = |s: &str| {
        nl.find(s)
            .unwrap_or_else(|| panic!("missing {s:?} in:\n{nl}"))
    };
    let order = [
        at("Voorstel van het bestuur: Begroting 2027."),
        at("De penningmeester licht de begroting toe."),
        at("Amendement van het bestuur op het voorstel"),
        at("Het amendement wordt aangenomen"),
        at("Het voorstel wordt aangenomen"),
        at("De voorzitter dankt de penningmeester."),
        at("## 8. "),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}\n{nl}");
    // A time that does not read is refused, naming the flag, and adds nothing.
    let before = env.dump();
    let err = env.fails(
        &["minutes", "note", "1", "--at", "kwart over acht", "Tekst"],
        2,
    );
    assert!(err.contains("--at"), "{err}");
    assert_eq!(env.dump(), before);
}

/// "nemen de benoeming aan" is told after the result of the election it accepts, not before
/// it, though both are under the same item.
#[test]
fn the_acceptance_follows_the_election_result() {
    let env = held_meeting_open();
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "6",
        "De voorzitter licht de procedure toe.",
        "--quiet",
    ]);
    env.ok(&[
        "election",
        "new",
        "--meeting",
        "1",
        "--title",
        "Bestuur 2027",
        "--seed",
        "2027",
        "--quiet",
    ]);
    for n in ["1", "5"] {
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
    for name in ["Lid Visser", "Lid Visser", "Lid Aalders"] {
        env.ok(&["election", "ballot", "1", name, "--quiet"]);
    }
    env.ok(&["election", "count", "1", "--quiet"]);
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "6",
        "Lid Visser neemt de benoeming aan.",
        "--quiet",
    ]);
    let nl = env.ok(&["minutes", "draft", "1"]);
    let at = |s: &str| {
        nl.find(s)
            .unwrap_or_else(|| panic!("missing {s:?} in:\n{nl}"))
    };
    let order = [
        at("## 6. Bestuursverkiezing"),
        at("De voorzitter licht de procedure toe."),
        at("Verkiezing: Bestuur 2027"),
        at("Lid Visser neemt de benoeming aan."),
        at("## 7. "),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}\n{nl}");
}

/// Names in the registry's order (family name without prefix), the list after those present
/// and not after the proxies; a departure during the meeting is mentioned with its time; the
/// action table writes dates as the text does.
#[test]
fn names_are_alphabetical_and_departures_are_mentioned() {
    let env = held_meeting();
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
    let nl = env.ok(&["minutes", "draft", "1", "--names"]);
    assert!(
        nl.contains(
            "**Aanwezig:** 4 leden met samen 4 stemmen (Lid Bakker, Lid Jansen, Lid Visser en Lid de Vries)."
        ),
        "{nl}"
    );
    assert!(
        nl.contains("**Afwezig met kennisgeving:** Lid Aalders."),
        "{nl}"
    );
    assert!(
        nl.contains("**Tijdens de vergadering vertrokken:** Lid de Vries (om 18.00 uur)."),
        "{nl}"
    );
    assert!(
        nl.contains("| 1 | de begroting publiceren | de penningmeester | 1 april 2026 |"),
        "{nl}"
    );
    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    assert!(
        en.contains("**Left during the meeting:** Lid de Vries (at 18:00)."),
        "{en}"
    );
    // The chair, minute-taker and tellers recorded with `meeting edit` are in `meeting show`
    // and the minutes.
    env.ok(&["meeting", "edit", "1", "--tellers", "4", "2", "--quiet"]);
    let show = env.json(&["meeting", "show", "1"]);
    assert_eq!(show["chair"], "Lid Visser");
    assert_eq!(show["minute_taker"], "Lid Bakker");
    assert_eq!(
        show["tellers"],
        serde_json::json!(["Lid Jansen", "Lid Bakker"])
    );
    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(
        nl.contains("**Stemcommissie:** Lid Bakker en Lid Jansen"),
        "{nl}"
    );
    let journal = env.json(&["journal", "list"]);
    let last = journal.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "minutes.tellers");
    assert!(env.ok(&["meeting", "show", "1"]).contains("minute_taker"));
}

/// Meeting `id`, "Najaarsvergadering" on 10 October 2026, planned and cancelled because the hall
/// is not available.
fn cancelled_meeting(env: &TestEnv, id: &str) {
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Najaarsvergadering",
        "--date",
        "2026-10-10T19:30",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "cancel",
        id,
        "--reason",
        "de zaal is niet beschikbaar",
        "--quiet",
    ]);
}

#[test]
fn a_cancelled_meeting_has_no_minutes() {
    let env = TestEnv::new();
    cancelled_meeting(&env, "1");
    let before = env.dump();
    let err = env.fails(&["minutes", "draft", "1"], 1);
    assert!(
        err.contains("meeting 1 was cancelled (de zaal is niet beschikbaar)")
            && err.contains("has no minutes"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    // Instead, the short notice that it does not take place.
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    let notice = env.ok(&["minutes", "draft", "1", "--cancelled"]);
    assert_eq!(
        notice,
        "# Vereniging De Eendracht\n\n## Vervallen: Najaarsvergadering\n\nDe vergadering ‘Najaarsvergadering’ in Buurthuis De Kring, belegd op zaterdag 10 oktober 2026 om 19.30 uur, gaat niet door. De reden: de zaal is niet beschikbaar. Van deze vergadering zijn er daarom geen notulen.\n\nMet vriendelijke groet, namens het bestuur.\n"
    );
    let en = env.ok(&["minutes", "draft", "1", "--cancelled", "--lang", "en"]);
    assert!(en.contains("## Cancelled: Najaarsvergadering"), "{en}");
}

#[test]
fn a_meeting_is_not_convened_without_place_and_agenda_unless_forced() {
    let env = TestEnv::new();
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-04-15T20:00",
        "--quiet",
    ]);
    let before = env.dump();
    let err = env.fails(&["meeting", "convene", "1"], 1);
    assert!(
        err.contains("must name a place") && err.contains("and agenda items"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(env.dump(), before);
    env.ok(&["meeting", "edit", "1", "--location", "Buurthuis", "--quiet"]);
    let err = env.fails(&["meeting", "convene", "1"], 1);
    assert!(
        err.contains("must name agenda items") && !err.contains("a place"),
        "{err}"
    );
    env.ok(&["meeting", "convene", "1", "--force", "--quiet"]);
    let journal = env.json(&["journal", "list"]);
    let last = journal.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "meeting.convene_forced");
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .contains("without agenda (override: --force)"),
        "{last}"
    );
}

/// The letter gives the inspection day recorded on the proposal (1 April), not one computed
/// from the rules (15 April less 5 days), and one pair of brackets per agenda line.
#[test]
fn the_letter_gives_the_inspection_day_as_recorded() {
    let env = TestEnv::new();
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2027-04-15T20:00",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "agenda",
        "1",
        "add",
        "Notulen van de vorige vergadering (16 april 2026)",
        "--decides",
        "ordinary",
        "--quiet",
    ]);
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Wijziging van artikel 12",
        "--kind",
        "statutes",
        "--by-board",
        "--meeting",
        "1",
        "--text",
        "Artikel 12 luidt voortaan: …",
        "--quiet",
    ]);
    env.ok(&[
        "proposal",
        "edit",
        "1",
        "--text-open-from",
        "01-04-2027",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--sent",
        "2027-03-25",
        "--letter",
        "brief.md",
    ]);
    let letter = std::fs::read_to_string(env.path("brief.md")).unwrap();
    assert!(
        letter.contains(
            "ligt van donderdag 1 april 2027 tot en met de dag van de vergadering ter inzage"
        ),
        "{letter}"
    );
    assert!(!letter.contains("10 april"), "{letter}");
    assert!(
        letter.contains("1. Notulen van de vorige vergadering (16 april 2026; ter besluitvorming)\n2. Wijziging van artikel 12 (ter besluitvorming)"),
        "{letter}"
    );
    assert!(!letter.contains(") ("), "{letter}");
}

/// A held meeting with notes, and meeting 2 open to approve its minutes.
fn with_next_meeting() -> TestEnv {
    let env = held_meeting();
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "3",
        "De secretaris licht het jaarverslag toe. Hij zegt dat het goed ging.",
    ]);
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "8",
        "Er zijn geen vragen.",
    ]);
    next_meeting(&env);
    env
}

/// Meeting 2 (10 October 2026) planned and opened, to approve the minutes of meeting 1.
fn next_meeting(env: &TestEnv) {
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Najaarsvergadering",
        "--date",
        "2026-10-10T19:30",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "2",
        "--at",
        "2026-10-10T19:30",
        "--quiet",
    ]);
}

/// What members were sent is what they approve: the seal is the circulated text byte for byte.
#[test]
fn the_seal_is_the_circulated_text() {
    let env = with_next_meeting();
    let sent = env.ok(&["minutes", "draft", "1", "--circulate"]);
    assert!(
        sent.contains(
            "*Concept, rondgestuurd op zondag 1 maart 2026 ter vaststelling door de algemene ledenvergadering.*"
        ),
        "{sent}"
    );
    assert_eq!(env.ok(&["minutes", "show", "1", "--circulated"]), sent);
    let last = env.json(&["journal", "list"]);
    let last = last.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "minutes.circulate");
    env.ok(&["minutes", "approve", "1", "--at", "2", "--quiet"]);
    let seal = env.json(&["minutes", "show", "1", "--approved"]);
    assert_eq!(seal["text"].as_str().unwrap(), sent);
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .contains(seal["sha256"].as_str().unwrap()),
        "{last}"
    );
    assert_eq!(
        seal["annotations"][0],
        "Vastgesteld in de algemene ledenvergadering van zaterdag 10 oktober 2026, bij acclamatie. De tekst hierboven is de op zondag 1 maart 2026 rondgestuurde tekst, ongewijzigd."
    );
    let shown = env.ok(&["minutes", "show", "1", "--approved"]);
    assert!(shown.starts_with(&sent), "{shown}");
    env.ok(&["minutes", "verify", "1"]);
}

/// A fact changed after circulation: approval refuses, names the change and offers a new
/// circulation; the database is as it was.
#[test]
fn a_change_after_circulation_stops_the_approval() {
    let env = with_next_meeting();
    env.ok(&["minutes", "draft", "1", "--circulate", "--quiet"]);
    env.ok(&[
        "minutes",
        "note",
        "edit",
        "1",
        "1",
        "De secretaris licht het jaarverslag toe.",
    ]);
    let before = env.dump();
    let err = env.fails(&["minutes", "approve", "1", "--at", "2"], 1);
    assert!(
        err.contains("changed since they were circulated")
            && err
                .contains("- De secretaris licht het jaarverslag toe. Hij zegt dat het goed ging.")
            && err.contains("+ De secretaris licht het jaarverslag toe.")
            && err.contains("minutes draft 1 --circulate"),
        "{err}"
    );
    assert_eq!(env.dump(), before);
    env.ok(&["minutes", "draft", "1", "--circulate", "--quiet"]);
    env.ok(&["minutes", "approve", "1", "--at", "2", "--quiet"]);
}

/// Notes are listed with numbers, corrected and removed until approval (journaled), and not
/// after the seal.
#[test]
fn notes_are_corrected_until_approval() {
    let env = with_next_meeting();
    let list = env.json(&["minutes", "notes", "1"]);
    assert_eq!(list[0]["number"], 1);
    assert_eq!(list[1]["text"], "Er zijn geen vragen.");
    env.ok(&[
        "minutes",
        "note",
        "edit",
        "1",
        "1",
        "De secretaris licht het jaarverslag toe.",
    ]);
    env.ok(&["minutes", "note", "remove", "1", "2"]);
    let list = env.json(&["minutes", "notes", "1"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["text"], "De secretaris licht het jaarverslag toe.");
    let journal = env.json(&["journal", "list"]);
    let actions: Vec<&str> = journal
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"minutes.note_edit") && actions.contains(&"minutes.note_remove"),
        "{actions:?}"
    );
    let draft = env.ok(&["minutes", "draft", "1"]);
    assert!(
        !draft.contains("Hij zegt") && !draft.contains("Er zijn geen vragen."),
        "{draft}"
    );
    env.fails(&["minutes", "note", "edit", "1", "5", "x"], 1);
    // The old form still adds a note.
    env.ok(&[
        "minutes",
        "note",
        "1",
        "Tot slot dankt de voorzitter de vrijwilligers.",
    ]);
    env.ok(&["minutes", "approve", "1", "--at", "2", "--quiet"]);
    let before = env.dump();
    let err = env.fails(&["minutes", "note", "edit", "1", "1", "Anders."], 1);
    assert!(
        err.contains("sealed") && err.contains("--correction"),
        "{err}"
    );
    env.fails(&["minutes", "note", "remove", "1", "1"], 1);
    assert_eq!(env.dump(), before);
}

/// The notarial deed recorded between circulation and approval does not change the text the
/// members were sent; it stands beside the sealed text as an annotation.
#[test]
fn a_deed_is_an_annotation_beside_the_sealed_text() {
    let env = TestEnv::new();
    for name in ["Jansen", "Bakker", "Visser"] {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            name,
            "--joined",
            "2020-01-01",
            "--quiet",
        ]);
    }
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Ledenvergadering",
        "--date",
        "2026-03-20T19:30",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ok(&[
        "proposal",
        "new",
        "--title",
        "Statutenwijziging artikel 12",
        "--kind",
        "statutes",
        "--by-board",
        "--meeting",
        "1",
        "--text",
        "Artikel 12 lid 2 komt te luiden: …",
        "--quiet",
    ]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--quiet"]);
    env.ok(&[
        "proposal",
        "edit",
        "1",
        "--text-open-from",
        "01-03-2026",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--at",
        "2026-03-20T19:30",
        "--quiet",
    ]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3", "--quiet"]);
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
    env.ok(&["vote", "close", "1", "--quiet"]);
    env.ok(&[
        "meeting",
        "close",
        "1",
        "--at",
        "2026-03-20T21:00",
        "--quiet",
    ]);
    let sent = env.ok(&["minutes", "draft", "1", "--circulate"]);
    assert!(sent.contains("(wacht op de notariële akte)"), "{sent}");
    env.ok(&[
        "decisions",
        "set",
        "ALV-2026-03-20/1",
        "--status",
        "in-force",
        "--date",
        "12-05-2026",
        "--note",
        "akte notaris De Vries",
    ]);
    next_meeting(&env);
    env.ok(&["minutes", "approve", "1", "--at", "2", "--quiet"]);
    let seal = env.json(&["minutes", "show", "1", "--approved"]);
    assert_eq!(seal["text"].as_str().unwrap(), sent);
    assert!(
        seal["annotations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Aantekening: besluit ALV-2026-03-20/1 (‘Statutenwijziging artikel 12’) is op 12 mei 2026 in werking getreden (akte notaris De Vries)."),
        "{seal}"
    );
}

/// The attendance list can be printed before the meeting, to be signed at the door: every
/// member with access in the registry's order of names, a signature column, a totals row, the
/// date in words; a proxy whose holder is not there does not count and is not shown as one.
#[test]
fn the_attendance_list_is_printable_before_the_meeting() {
    let env = TestEnv::new();
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    for (given, family) in [("Kees", "Visser"), ("Anna", "Bakker"), ("Daan", "Jansen")] {
        env.ok(&[
            "member",
            "add",
            "--given-name",
            given,
            "--family-name",
            family,
            "--joined",
            "2020-01-01",
            "--quiet",
        ]);
    }
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2027-04-15T20:00",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    let page = env.ok(&["meeting", "attendance", "1", "--format", "html"]);
    assert!(
        page.contains(
            "<p>Jaarvergadering — donderdag 15 april 2027 om 20.00 uur, in Buurthuis De Kring</p>"
        ),
        "{page}"
    );
    assert!(!page.contains("2027-04-15T20:00"), "{page}");
    let bakker = page.find("Anna Bakker").expect(&page);
    let jansen = page.find("Daan Jansen").expect(&page);
    let visser = page.find("Kees Visser").expect(&page);
    assert!(bakker < jansen && jansen < visser, "{page}");
    assert!(
        page.contains("<td>Totaal: 3 leden met toegang</td><td>3</td>"),
        "{page}"
    );
    assert_eq!(
        page.matches("<td class=\"sign\"></td>").count(),
        4,
        "{page}"
    );
    // A proxy counts only with its holder present.
    env.ok(&[
        "meeting", "proxy", "1", "--from", "2", "--to", "3", "--quiet",
    ]);
    let page = env.ok(&["meeting", "attendance", "1", "--format", "html"]);
    assert!(!page.contains("bij volmacht, door"), "{page}");
}

/// The meeting documents (stukken): recorded under an agenda item with where they lie (or as a
/// file sent along, its SHA-256 recorded), listed in the letter under their item and mentioned in
/// the minutes there; after the convocation only with --force, recorded as late; bad input
/// changes nothing.
#[test]
fn meeting_documents_lie_with_their_item_in_the_letter_and_the_minutes() {
    use sha2::{Digest as _, Sha256};
    let env = TestEnv::new();
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-03-01T16:30",
        "--kind",
        "annual",
        "--quiet",
    ]);
    env.ready_to_convene("1");
    let added = env.json(&[
        "meeting",
        "document",
        "add",
        "1",
        "--item",
        "4",
        "--title",
        "Jaarrekening 2026",
        "--where",
        "ter inzage bij de secretaris",
    ]);
    assert_eq!(added["command"], "meeting document add", "{added}");
    assert_eq!(added["changed"]["late"], false, "{added}");
    assert_eq!(added["changed"]["item"], 4, "{added}");
    let pdf = b"%PDF begroting 2027";
    std::fs::write(env.path("begroting-2027.pdf"), pdf).unwrap();
    let file = env.json(&[
        "meeting",
        "document",
        "add",
        "1",
        "--item",
        "4",
        "--title",
        "Verslag van de kascommissie",
        "--file",
        "begroting-2027.pdf",
    ]);
    let sha: String = Sha256::digest(pdf)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(file["changed"]["sha256"], sha.as_str(), "{file}");
    assert_eq!(file["changed"]["file"], "begroting-2027.pdf", "{file}");

    // Bad input names the flag or the file, and changes nothing.
    let before = env.dump();
    let err = env.fails(
        &[
            "meeting", "document", "add", "1", "--item", "4", "--title", "X",
        ],
        2,
    );
    assert!(err.contains("--where") && err.contains("--file"), "{err}");
    let err = env.fails(
        &[
            "meeting", "document", "add", "1", "--item", "99", "--title", "X", "--where", "hier",
        ],
        1,
    );
    assert!(
        err.contains("--item") && err.contains("no agenda item 99"),
        "{err}"
    );
    let err = env.fails(
        &[
            "meeting", "document", "add", "1", "--item", "4", "--title", "X", "--file", "weg.pdf",
        ],
        1,
    );
    assert!(err.contains("weg.pdf"), "{err}");
    let err = env.fails(
        &[
            "meeting", "document", "add", "1", "--item", "4", "--title", " ", "--where", "hier",
        ],
        1,
    );
    assert!(err.contains("--title"), "{err}");
    assert_eq!(env.dump(), before);

    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--sent",
        "2026-02-10",
        "--letter",
        "brief.md",
        "--quiet",
    ]);
    let letter = std::fs::read_to_string(env.path("brief.md")).unwrap();
    assert!(
        letter.contains(
            "4. Jaarrekening en verslag van de kascommissie (ter besluitvorming)\n   - Stuk: Jaarrekening 2026, ter inzage bij de secretaris\n   - Stuk: Verslag van de kascommissie, bijgevoegd (begroting-2027.pdf)\n5. "
        ),
        "{letter}"
    );

    // After the convocation: refused, then recorded as late with --force.
    let before = env.dump();
    let err = env.fails(
        &[
            "meeting",
            "document",
            "add",
            "1",
            "--item",
            "5",
            "--title",
            "Toelichting",
            "--where",
            "op de website",
        ],
        1,
    );
    assert!(
        err.contains("--force") && err.contains("2026-02-10"),
        "{err}"
    );
    let err = env.fails(&["meeting", "document", "remove", "1", "1"], 1);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(env.dump(), before);
    let late = env.json(&[
        "meeting",
        "document",
        "add",
        "1",
        "--item",
        "5",
        "--title",
        "Toelichting",
        "--where",
        "op de website",
        "--force",
    ]);
    assert_eq!(late["changed"]["late"], true, "{late}");
    let journal = env.ok(&["journal", "list", "--format", "csv"]);
    assert!(
        journal.contains("added document 3 to item 5 of meeting 1 after the convocation"),
        "{journal}"
    );
    let list = env.json(&["meeting", "document", "list", "1"]);
    assert_eq!(list.as_array().unwrap().len(), 3, "{list}");
    env.ok(&[
        "meeting", "document", "remove", "1", "2", "--force", "--quiet",
    ]);

    let nl = env.ok(&["minutes", "draft", "1"]);
    assert!(
        nl.contains("## 4. Jaarrekening en verslag van de kascommissie\n\n**Stukken:** Jaarrekening 2026, ter inzage bij de secretaris.")
            && nl.contains("**Stukken:** Toelichting, op de website (na de oproeping toegevoegd)."),
        "{nl}"
    );
    assert!(!nl.contains("Verslag van de kascommissie,"), "{nl}");
    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    assert!(
        en.contains("**Documents:** Toelichting, op de website (added after the convocation)."),
        "{en}"
    );
}

/// An agenda without an item "Opening" (documents-nl.md: the opening and the count come before
/// the items): the chair's opening sentence and the votes present stand under their own heading
/// before item 1, and item 1 tells only what happened under it.
#[test]
fn the_opening_precedes_the_first_item_when_the_agenda_has_none() {
    let env = TestEnv::new();
    let mut csv = String::from("member_no,given_name,family_name,joined_on\n");
    for (i, name) in ["Visser", "Bakker", "Jansen"].iter().enumerate() {
        csv.push_str(&format!("{},Lid,{name},2020-01-01\n", i + 1));
    }
    std::fs::write(env.path("leden.csv"), csv).unwrap();
    env.ok(&["member", "import", "leden.csv", "--quiet"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Ledenvergadering",
        "--date",
        "2026-03-01T16:30",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    for title in ["Nieuw clubhuis", "Rondvraag"] {
        env.ok(&["meeting", "agenda", "1", "add", title, "--quiet"]);
    }
    env.ok(&["meeting", "convene", "1", "--sent", "2026-02-10", "--quiet"]);
    env.ok(&[
        "meeting",
        "open",
        "1",
        "--at",
        "2026-03-01T16:35",
        "--quiet",
    ]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "--quiet"]);
    env.ok(&[
        "minutes",
        "note",
        "1",
        "--item",
        "1",
        "Het bestuur toont de tekeningen.",
        "--quiet",
    ]);
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    let nl = env.ok(&["minutes", "draft", "1"]);
    let at = |s: &str| {
        nl.find(s)
            .unwrap_or_else(|| panic!("'{s}' missing in:\n{nl}"))
    };
    let opening = at("De voorzitter opent om 16.35 uur de vergadering");
    assert!(at("## Opening") < opening, "{nl}");
    assert!(opening < at("## 1. Nieuw clubhuis"), "{nl}");
    assert!(
        at("Er zijn 2 van de 3 stemmen aanwezig") < at("## 1. Nieuw clubhuis"),
        "{nl}"
    );
    let item1 = &nl[at("## 1. Nieuw clubhuis")..at("## 2. Rondvraag")];
    assert!(
        item1.contains("Het bestuur toont de tekeningen.") && !item1.contains("opent"),
        "{item1}"
    );
    assert_eq!(nl.matches("De voorzitter opent").count(), 1, "{nl}");
    let en = env.ok(&["minutes", "draft", "1", "--lang", "en"]);
    let (open, first) = (
        en.find("The chair opened the meeting at 16:35").expect(&en),
        en.find("## 1. Nieuw clubhuis").expect(&en),
    );
    assert!(
        en.find("## Opening").expect(&en) < open && open < first,
        "{en}"
    );
}

/// `meeting convene --mail-merge FILE`: one letter per member convened by post, in the register's
/// order of names (family name without prefix; an organisation by its name), each with the
/// addressee block a window envelope shows; a member convened by post without an address gets no
/// letter and is named on stderr (count and who), and one who consented to e-mail gets none.
#[test]
fn the_mail_merge_addresses_one_letter_per_member_by_post() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "member_no,given_name,name_prefix,family_name,organisation,street,postcode,city,country,email,email_consent,joined_on\n\
         1,Jan,van der,Berg,,Dorpsstraat 1,1234 ab,Utrecht,,,,2020-01-01\n\
         2,Anna,,Aalders,,Kerkweg 2,3511 AA,Utrecht,Nederland,,,2020-01-01\n\
         3,,,,Bewonerscollectief De Wilgen,Rue Haute 5,1000,Bruxelles,België,,,2020-01-01\n\
         4,Piet,,Zonderadres,,,,,,,,2020-01-01\n\
         5,Els,,Mail,,,,,,els@example.org,2020-01-01,2020-01-01\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv", "--quiet"]);
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-04-15T20:00",
        "--kind",
        "annual",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template", "--quiet"]);
    let out = env
        .quorum()
        .args([
            "meeting",
            "convene",
            "1",
            "--sent",
            "2026-03-01",
            "--letter",
            "brief.md",
            "--mail-merge",
            "brieven.md",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 member to convene by post has no postal address and no letter in brieven.md: 4 Piet Zonderadres"),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["changed"]["without_address"],
        serde_json::json!([{"member": 4, "name": "Piet Zonderadres"}])
    );
    assert_eq!(json["changed"]["mail_merge"], "brieven.md");

    let merged = std::fs::read_to_string(env.path("brieven.md")).unwrap();
    let letters: Vec<&str> = merged
        .split("<div style=\"page-break-after: always\"></div>")
        .collect();
    assert_eq!(letters.len(), 3, "{merged}");
    let blocks: Vec<&str> = letters
        .iter()
        .map(|l| {
            let l = l.trim_start();
            let after_heading = &l[l.find("\n\n").unwrap() + 2..];
            &after_heading[..after_heading.find("\n\n").unwrap()]
        })
        .collect();
    assert_eq!(
        blocks,
        [
            "Anna Aalders\\\nKerkweg 2\\\n3511 AA  UTRECHT",
            "Jan van der Berg\\\nDorpsstraat 1\\\n1234 AB  UTRECHT",
            "Bewonerscollectief De Wilgen\\\nRue Haute 5\\\n1000  BRUXELLES\\\nBELGIË",
        ]
    );
    // Each letter greets its addressee (a person by name, an organisation by its own name),
    // not "Beste leden," under a personal address.
    for (letter, name) in letters.iter().zip([
        "Anna Aalders",
        "Jan van der Berg",
        "Bewonerscollectief De Wilgen",
    ]) {
        assert!(
            letter.contains(&format!("1 maart 2026\n\nBeste {name},\n\n")),
            "{letter}"
        );
    }
    assert!(!merged.contains("Beste leden"), "{merged}");
    // Each letter is the letter as sent, under its addressee block and salutation.
    let plain = std::fs::read_to_string(env.path("brief.md")).unwrap();
    assert!(plain.contains("Beste leden,\n\n"), "{plain}");
    let body = &plain[plain.find("Het bestuur nodigt").unwrap()..];
    assert!(letters.iter().all(|l| l.contains(body)), "{merged}");
    // In English the letter greets the same way.
    env.ok(&["association", "edit", "--lang", "en", "--quiet"]);
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--mail-merge",
        "letters.md",
        "--quiet",
    ]);
    let english = std::fs::read_to_string(env.path("letters.md")).unwrap();
    assert!(english.contains("\n\nDear Anna Aalders,\n\n"), "{english}");
    assert!(!english.contains("Dear members"), "{english}");
    assert!(!merged.contains("Els Mail") && !merged.contains("Zonderadres"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.path("brieven.md"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the letters with addresses are readable by others"
        );
    }
    let keys = rule_keys(&env);
    assert_eq!(insides(&merged, &keys), Vec::<String>::new(), "{merged}");
}

/// A document added after the convocation is not in a reprint of the letter (the letter as
/// sent); it goes out in a supplement, whose day is recorded on the document and kept when the
/// supplement is printed again. Refused before the convocation and with nothing late.
#[test]
fn a_late_document_goes_out_in_a_supplement_and_the_letter_stays_as_sent() {
    let env = TestEnv::new();
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "Jaarvergadering",
        "--date",
        "2026-04-15T20:00",
        "--kind",
        "annual",
        "--location",
        "Buurthuis De Kring",
        "--quiet",
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template", "--quiet"]);
    env.ok(&[
        "meeting",
        "document",
        "add",
        "1",
        "--item",
        "3",
        "--title",
        "Jaarverslag 2025",
        "--where",
        "ter inzage bij de secretaris",
        "--quiet",
    ]);
    let before = env.dump();
    let err = env.fails(
        &["meeting", "document", "supplement", "1", "--output", "a.md"],
        1,
    );
    assert!(err.contains("has not been convened"), "{err}");
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--sent",
        "2026-03-01",
        "--letter",
        "brief.md",
        "--quiet",
    ]);
    let err = env.fails(
        &["meeting", "document", "supplement", "1", "--output", "a.md"],
        1,
    );
    assert!(
        err.contains("no document was added to meeting 1 after its convocation"),
        "{err}"
    );
    assert!(!env.path("a.md").exists());
    assert_ne!(env.dump(), before);
    env.ok(&[
        "meeting",
        "document",
        "add",
        "1",
        "--item",
        "4",
        "--title",
        "Jaarrekening 2025",
        "--where",
        "op de website",
        "--force",
        "--quiet",
    ]);
    let sent_letter = std::fs::read_to_string(env.path("brief.md")).unwrap();
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--letter",
        "opnieuw.md",
        "--quiet",
    ]);
    let reprint = std::fs::read_to_string(env.path("opnieuw.md")).unwrap();
    assert_eq!(
        reprint, sent_letter,
        "the reprint is not the letter as sent"
    );
    assert!(!reprint.contains("Jaarrekening 2025"), "{reprint}");

    let out = env.json(&[
        "meeting",
        "document",
        "supplement",
        "1",
        "--output",
        "aanvulling.md",
        "--sent",
        "10-03-2026",
    ]);
    assert_eq!(out["changed"][0]["supplement_sent"], "2026-03-10", "{out}");
    assert_eq!(out["nothing_changed"], serde_json::Value::Null, "{out}");
    let text = std::fs::read_to_string(env.path("aanvulling.md")).unwrap();
    assert_eq!(
        text,
        "# Vereniging De Eendracht\n\n10 maart 2026\n\n## Aanvulling op de oproeping\n\nBeste leden,\n\nOp zondag 1 maart 2026 ontving u de oproeping voor de vergadering ‘Jaarvergadering’ op woensdag 15 april 2026. Na het versturen daarvan zijn de volgende stukken toegevoegd. Zij liggen ter inzage zoals hieronder staat; u had er minder tijd voor dan voor de stukken bij de oproeping.\n\n4. Jaarrekening en verslag van de kascommissie\n   - Stuk: Jaarrekening 2025, op de website\n\nMet vriendelijke groet,\nnamens het bestuur,\n\nde secretaris\n"
    );
    let keys = rule_keys(&env);
    assert_eq!(insides(&text, &keys), Vec::<String>::new());
    // Printed again later: the same supplement, its day kept, nothing recorded.
    let again = env.json(&[
        "meeting",
        "document",
        "supplement",
        "1",
        "--output",
        "nogmaals.md",
        "--sent",
        "2026-03-20",
    ]);
    assert_eq!(again["nothing_changed"], true, "{again}");
    assert_eq!(again["changed"][0]["supplement_sent"], "2026-03-10");
    assert_eq!(
        std::fs::read_to_string(env.path("nogmaals.md")).unwrap(),
        text
    );
    let journal = env.json(&["journal", "list"]);
    let sent: Vec<&serde_json::Value> = journal
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "meeting.supplement")
        .collect();
    assert_eq!(sent.len(), 1, "{journal}");
}

/// The documents a member reads besides the minutes and the letter (checked above): the mail
/// merge, the supplement, the attendance list, the ballot paper and the notice of a cancelled meeting carry no rule key, no `quorum` command and
/// no 64-hex hash either, in Dutch and in English.
#[test]
fn no_other_member_document_carries_the_programs_insides() {
    let env = held_meeting_open();
    let keys = rule_keys(&env);
    env.ok(&[
        "member",
        "edit",
        "1",
        "--street",
        "Kerkstraat 1",
        "--postcode",
        "3511 AA",
        "--city",
        "Utrecht",
        "--quiet",
    ]);
    env.ok(&[
        "meeting",
        "document",
        "add",
        "1",
        "--item",
        "7",
        "--title",
        "Toelichting",
        "--where",
        "op de website",
        "--force",
        "--quiet",
    ]);
    let mut documents: Vec<(String, String)> = Vec::new();
    for lang in ["nl", "en"] {
        env.ok(&["association", "edit", "--lang", lang, "--quiet"]);
        let merge = format!("brieven-{lang}.md");
        env.ok(&["meeting", "convene", "1", "--mail-merge", &merge, "--quiet"]);
        let supplement = format!("aanvulling-{lang}.md");
        env.ok(&[
            "meeting",
            "document",
            "supplement",
            "1",
            "--output",
            &supplement,
            "--quiet",
        ]);
        for file in [merge, supplement] {
            documents.push((
                file.clone(),
                std::fs::read_to_string(env.path(&file)).unwrap(),
            ));
        }
        documents.push((
            format!("attendance {lang}"),
            env.ok(&["meeting", "attendance", "1", "--format", "html"]),
        ));
    }
    assert!(
        documents[0].1.contains("3511 AA  UTRECHT"),
        "{}",
        documents[0].1
    );
    env.ok(&["vote", "open", "2", "--method", "ballot", "--quiet"]);
    env.ok(&[
        "vote",
        "codes",
        "1",
        "--output",
        "codes.csv",
        "--html",
        "papers.html",
        "--quiet",
    ]);
    let papers = std::fs::read_to_string(env.path("papers.html")).unwrap();
    assert!(papers.contains("Ballot paper"), "{papers}");
    documents.push(("ballot paper".into(), papers));
    cancelled_meeting(&env, "2");
    for lang in ["nl", "en"] {
        documents.push((
            format!("cancelled {lang}"),
            env.ok(&["minutes", "draft", "2", "--cancelled", "--lang", lang]),
        ));
    }
    for (what, text) in &documents {
        assert!(!text.trim().is_empty(), "{what} is empty");
        assert_eq!(
            insides(text, &keys),
            Vec::<String>::new(),
            "{what}:\n{text}"
        );
    }
}

/// The letter names the candidates standing in each election of the meeting (issue 27: "board
/// seats with … candidates"), a withdrawn candidate not, in the letter's language.
#[test]
fn the_letter_names_the_candidates_standing() {
    let env = TestEnv::new();
    env.ok(&["association", "edit", "--lang", "nl", "--quiet"]);
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--at",
        "2027-04-15T20:00",
        "--quiet",
    ]);
    for family in ["Aalders", "Bakker", "Claes"] {
        env.ok(&[
            "member",
            "add",
            "--given-name",
            "Anna",
            "--family-name",
            family,
            "--joined",
            "2020-01-01",
            "--quiet",
        ]);
    }
    env.ready_to_convene("1");
    env.ok(&[
        "election",
        "new",
        "--meeting",
        "1",
        "--title",
        "Bestuur 2027",
        "--seats",
        "2",
        "--quiet",
    ]);
    let members = env.json(&["member", "list"]);
    let numbers: Vec<String> = members
        .as_array()
        .unwrap()
        .iter()
        .take(3)
        .map(|m| m["number"].to_string())
        .collect();
    for n in &numbers {
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
    env.ok(&["election", "candidate", "1", "withdraw", "3", "--quiet"]);
    let name = |i: usize| members[i]["name"].as_str().unwrap().to_string();
    let letter = env.path("oproeping.md");
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--on",
        "2027-03-01",
        "--letter",
        letter.to_str().unwrap(),
        "--quiet",
    ]);
    let nl = std::fs::read_to_string(&letter).unwrap();
    let line = format!(
        "- Kandidaten voor ‘Bestuur 2027’ (2 zetels): {} en {}.",
        name(0),
        name(1)
    );
    assert!(nl.contains("## Verkiezingen"), "{nl}");
    assert!(nl.contains(&line), "{nl}");
    assert!(
        !nl.contains(&name(2)),
        "a withdrawn candidate is not named: {nl}"
    );
    env.ok(&[
        "meeting",
        "convene",
        "1",
        "--letter",
        letter.to_str().unwrap(),
        "--lang",
        "en",
        "--quiet",
    ]);
    let en = std::fs::read_to_string(&letter).unwrap();
    assert!(
        en.contains(&format!(
            "- Candidates for ‘Bestuur 2027’ (2 seats): {} and {}.",
            name(0),
            name(1)
        )),
        "{en}"
    );
}
