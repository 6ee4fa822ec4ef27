//! Member lists in the layouts of the systems associations already use (issue 29): each numbered
//! failure of the issue, through the binary.

use crate::common::TestEnv;

fn import(env: &TestEnv, name: &str, text: &str, args: &[&str]) -> (String, i32) {
    std::fs::write(env.path(name), text).unwrap();
    let mut all = vec!["member", "import", name];
    all.extend_from_slice(args);
    let out = env.quorum().args(&all).output().unwrap();
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Failure 1: "Naam" beside "Voornaam" is the family name, and a prefix written in a family
/// name is taken out of it, counted, never dropped.
#[test]
fn names_are_read_for_what_they_are_and_nothing_of_them_is_dropped() {
    let env = TestEnv::new();
    // Conscribo's "Naam" beside "Voornaam"; no prefix column.
    let (said, code) = import(
        &env,
        "conscribo.csv",
        "Relatienummer;Voornaam;Naam;Lid sinds\n\
         1;Samira;el Amrani;01-01-2020\n\
         2;Tjitske;Hoekstra-de Boer;01-01-2020\n\
         3;Jeroen;op de Weegh;01-01-2020\n\
         4;Kees;Vries, de;01-01-2020\n\
         5;Joop;Hof van 't;01-01-2020\n\
         6;Piet;van der Berg;01-01-2020\n",
        &[],
    );
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("column \"Naam\" is read as the family name, beside \"Voornaam\""),
        "{said}"
    );
    assert!(
        said.contains("took the prefix (tussenvoegsel) out of 4 family names written with it, as the file has no prefix column: line 4 \"op de Weegh\", line 5 \"Vries, de\", line 6 \"Hof van 't\", line 7 \"van der Berg\""),
        "{said}"
    );
    let all = env.json(&["member", "export", "--status", "all"]);
    let names: Vec<(String, String, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let s = |k: &str| m[k].as_str().unwrap_or("").to_string();
            (s("given_name"), s("name_prefix"), s("family_name"))
        })
        .collect();
    let want = [
        ("Samira", "", "el Amrani"),
        ("Tjitske", "", "Hoekstra-de Boer"),
        ("Jeroen", "op de", "Weegh"),
        ("Kees", "de", "Vries"),
        ("Joop", "van 't", "Hof"),
        ("Piet", "van der", "Berg"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(names, want);

    // "Naam" and "Achternaam" both: refused at the header, nothing written, the way out named.
    let before = env.dump();
    let (said, code) = import(
        &env,
        "beide.csv",
        "Naam;Achternaam;Lid sinds\nPiet Jansen;Jansen;01-01-2020\n",
        &[],
    );
    assert_eq!(code, 1, "{said}");
    assert!(
        said.contains("both \"Naam\" and \"Achternaam\" hold a name; import one and ignore the other with --map \"Naam=-\""),
        "{said}"
    );
    assert_eq!(env.dump(), before);
}
