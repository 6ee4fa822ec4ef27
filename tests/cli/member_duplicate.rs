//! `member add` and a likely duplicate: the same e-mail address, or the same name and birth date
//! as a registered member. Without a terminal it is refused (exit 1) naming `--allow-duplicate`,
//! with the database unchanged; `--allow-duplicate` adds anyway.

use crate::common::TestEnv;

fn with_jan() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--given-name",
        "Jan",
        "--prefix",
        "van der",
        "--family-name",
        "Berg",
        "--birth-date",
        "1960-01-01",
        "--email",
        "jan@example.nl",
        "--joined",
        "2020-01-01",
    ]);
    env
}

#[test]
fn the_same_email_or_name_and_birth_date_is_refused_without_a_terminal() {
    let env = with_jan();
    let before = env.dump();
    let err = env.fails(
        &[
            "member",
            "add",
            "--family-name",
            "Anders",
            "--email",
            "JAN@example.nl",
        ],
        1,
    );
    assert!(
        err.contains("member 1 (Jan van der Berg) has the same e-mail address"),
        "{err}"
    );
    assert!(err.contains("--allow-duplicate"), "{err}");
    assert!(err.contains("member show 1"), "{err}");
    // Case and accents aside, and the birth date in Dutch order.
    let err = env.fails(
        &[
            "member",
            "add",
            "--given-name",
            "JAN",
            "--prefix",
            "van der",
            "--family-name",
            "Berg",
            "--birth-date",
            "01-01-1960",
        ],
        1,
    );
    assert!(err.contains("the same name and birth date"), "{err}");
    assert_eq!(env.dump(), before, "nothing was added");
}

#[test]
fn allow_duplicate_adds_and_other_people_are_not_held_up() {
    let env = with_jan();
    // Same name, another birth date or none: another person.
    for birth in [&["--birth-date", "1990-05-05"][..], &[][..]] {
        let mut args = vec![
            "member",
            "add",
            "--given-name",
            "Jan",
            "--prefix",
            "van der",
            "--family-name",
            "Berg",
        ];
        args.extend_from_slice(birth);
        env.ok(&args);
    }
    let added = env.json(&[
        "member",
        "add",
        "--family-name",
        "Berg",
        "--email",
        "jan@example.nl",
        "--allow-duplicate",
    ])["changed"]
        .clone();
    assert_eq!(added["number"], 4);
    // An erased member is no duplicate: nothing of them is left to compare.
    let env = with_jan();
    env.ok(&["member", "leave", "1", "--date", "2025-12-31"]);
    env.ok(&["member", "erase", "1", "--yes"]);
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Berg",
        "--email",
        "jan@example.nl",
    ]);
}
