//! `quorum member delete N`: a record added by mistake goes, journaled, while nothing refers to it
//! but its own creation; anything else (a leave, a suspension, arrears, a meeting) is refused with
//! exit 1 and the way to `member erase`, the database unchanged.

use crate::common::TestEnv;

fn two_members() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Dubbel",
        "--email",
        "dubbel@example.nl",
        "--joined",
        "2026-02-01",
    ]);
    env.ok(&["member", "edit", "2", "--city", "Ede"]);
    env
}

#[test]
fn a_mistaken_record_is_deleted_journaled_and_its_values_forgotten() {
    let env = two_members();
    let json = env.json(&["member", "delete", "2", "--yes"]);
    assert_eq!(json["command"], "member delete");
    assert_eq!(json["changed"]["number"], 2);
    assert!(json["journal_head"].is_string());
    let err = env.fails(&["member", "show", "2"], 1);
    assert!(err.contains("2"), "{err}");
    let journal = env.ok(&["journal", "list", "--values"]);
    assert!(journal.contains("member.delete"), "{journal}");
    assert!(
        !journal.contains("dubbel@example.nl") && !journal.contains("Ede"),
        "the values of its add and edit are forgotten: {journal}"
    );
    assert_eq!(
        env.json(&["journal", "verify"])["intact"],
        true,
        "the chain still verifies, the missing values explained by the delete"
    );
    // The number is free again.
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Bakker",
        "--joined",
        "2026-02-01",
    ]);
    let shown = env.json(&["member", "show", "2"]);
    assert_eq!(shown["family_name"], "Bakker");
    assert_eq!(env.json(&["member", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn an_imported_record_can_be_deleted_too() {
    let env = TestEnv::new();
    std::fs::write(
        env.path("leden.csv"),
        "Lidnummer,Achternaam,Lid sinds\n1,Jansen,1-1-2020\n2,Jansen,1-1-2020\n",
    )
    .unwrap();
    env.ok(&["member", "import", "leden.csv"]);
    env.ok(&["member", "delete", "2", "--yes"]);
    let list = env.json(&["member", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn a_member_who_took_part_is_refused_and_pointed_to_erase() {
    let env = two_members();
    env.ok(&["member", "leave", "1", "--date", "2025-12-31"]);
    env.ok(&[
        "member",
        "suspend",
        "2",
        "--reason",
        "x",
        "--from",
        "2026-02-10",
    ]);
    let before = env.dump();
    let err = env.fails(&["member", "delete", "1", "--yes"], 1);
    assert!(err.contains("1 member.leave journal entries"), "{err}");
    assert!(err.contains("member erase 1"), "{err}");
    let err = env.fails(&["member", "delete", "2", "--yes"], 1);
    assert!(err.contains("1 suspension rows"), "{err}");
    assert!(err.contains("1 member.suspend journal entries"), "{err}");
    assert_eq!(env.dump(), before, "refusals change nothing");

    // Apologies sent to a meeting: refused as well.
    let env = two_members();
    env.ok(&[
        "meeting",
        "new",
        "--title",
        "ALV",
        "--date",
        "2026-03-20T19:30",
        "--location",
        "Buurthuis",
    ]);
    env.ok(&["meeting", "agenda", "1", "add", "--template"]);
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1"]);
    env.ok(&["meeting", "apologies", "1", "1"]);
    let before = env.dump();
    let err = env.fails(&["member", "delete", "1", "--yes"], 1);
    assert!(err.contains("1 attendance rows"), "{err}");
    assert!(err.contains("1 meeting.apologies journal entries"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn without_a_terminal_it_needs_yes_and_an_unknown_number_is_refused() {
    let env = two_members();
    let before = env.dump();
    let err = env.fails(&["member", "delete", "2"], 2);
    assert!(err.contains("--yes"), "{err}");
    env.fails(&["member", "delete", "9", "--yes"], 1);
    env.fails(&["member", "delete", "Jansen", "--yes"], 2);
    assert_eq!(env.dump(), before);
}
