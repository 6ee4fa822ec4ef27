//! What the program cites must be there to read: every `BW 2:NN` it prints has a section in
//! docs/reference/law.md, every file it names is in the repository, and nothing points to the
//! research note the rules were drawn from (`rules.md` and its row codes such as `A28` or `B13`
//! are not shipped). Checked in every leaf command's `--help`, the demo's output and the
//! `source` column of `quorum rules show`. Also keeps docs/reference/rules.md what `quorum rules
//! show` prints (`QUORUM_UPDATE_DOCS=1` rewrites it).

use crate::common::TestEnv;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The article numbers ("2:42", "2:24d", "1:233") that law.md has a heading for.
fn law_text() -> String {
    std::fs::read_to_string(root().join("docs/reference/law.md")).unwrap()
}

fn law_sections() -> Vec<String> {
    let law = std::fs::read_to_string(root().join("docs/reference/law.md")).unwrap();
    law.lines()
        .filter(|l| l.starts_with('#'))
        .flat_map(|l| articles(l).into_iter().map(|(_, a)| a))
        .collect()
}

/// Every `N:NN[a-z]` in `text` that follows "BW " (the form the program prints), with its
/// position; in a heading, every article number.
fn articles(text: &str) -> Vec<(usize, String)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (i, _) in text.match_indices(':') {
        let start = text[..i]
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |p| p + 1);
        if start == i || !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let mut end = i + 1;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if bytes.get(end).is_some_and(u8::is_ascii_lowercase)
            && !bytes.get(end + 1).is_some_and(u8::is_ascii_alphabetic)
        {
            end += 1;
        }
        let cited = text[..start].ends_with("BW ") || text.starts_with('#');
        if cited {
            found.push((start, text[start..end].to_string()));
        }
    }
    found
}

/// The research note's row codes: a capital A–D and one or two digits standing alone ("A28",
/// "B13"). A4 is also a paper size, which the minutes' help names; it is no citation.
fn note_codes(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| {
            let mut cs = w.chars();
            matches!(cs.next(), Some('A'..='D'))
                && (2..=3).contains(&w.len())
                && cs.all(|c| c.is_ascii_digit())
        })
        .filter(|w| *w != "A4")
        .map(str::to_string)
        .collect()
}

/// Every reference in `text` that does not resolve, each named with `place`.
fn unresolved(place: &str, text: &str, sections: &[String]) -> Vec<String> {
    let mut bad = Vec::new();
    for line in text.lines() {
        for (_, article) in articles(line) {
            if !sections.contains(&article) {
                bad.push(format!(
                    "{place}: BW {article} has no section in docs/reference/law.md: {line}"
                ));
            }
        }
        for word in line.split(|c: char| c.is_whitespace() || "()\"'`,;".contains(c)) {
            let word = word.trim_end_matches(['.', ':']);
            let file = word.split('#').next().unwrap();
            if !file.ends_with(".md") {
                continue;
            }
            if file == "rules.md" {
                bad.push(format!(
                    "{place}: cites the research note rules.md, which is not shipped: {line}"
                ));
            } else if file.contains('/') && !root().join(file).is_file() {
                bad.push(format!("{place}: {file} is not in the repository: {line}"));
            }
        }
    }
    bad
}

/// The leaf commands, as paths of names, found by reading the `Commands:` list of each help.
fn leaf_commands(env: &TestEnv) -> Vec<Vec<String>> {
    let mut leaves = Vec::new();
    let mut pending = vec![Vec::<String>::new()];
    while let Some(path) = pending.pop() {
        let mut args = path.clone();
        args.push("--help".into());
        let help = env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let subs: Vec<String> = help
            .lines()
            .skip_while(|l| l.trim() != "Commands:")
            .skip(1)
            .take_while(|l| !l.trim().is_empty())
            .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .filter(|name| name != "help")
            .collect();
        if subs.is_empty() {
            leaves.push(path);
        } else {
            for s in subs {
                let mut p = path.clone();
                p.push(s);
                pending.push(p);
            }
        }
    }
    leaves
}

#[test]
fn help_texts_cite_only_what_is_shipped() {
    let env = TestEnv::empty();
    let sections = law_sections();
    let leaves = leaf_commands(&env);
    assert!(leaves.len() > 50, "found only {} commands", leaves.len());
    let mut bad = Vec::new();
    for path in &leaves {
        let mut args = path.clone();
        args.push("--help".into());
        let help = env.ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let place = format!("quorum {} --help", path.join(" "));
        bad.extend(unresolved(&place, &help, &sections));
        for code in note_codes(&help) {
            bad.push(format!("{place}: the research note's row {code}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_demo_cites_only_what_is_shipped() {
    let env = TestEnv::empty();
    let out = env.quorum().arg("demo").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    assert!(text.contains("BW 2:"), "the demo cites the law");
    let mut bad = unresolved("quorum demo", &text, &law_sections());
    bad.extend(
        note_codes(&text)
            .into_iter()
            .map(|c| format!("quorum demo: the research note's row {c}")),
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

fn rules_rows() -> Vec<serde_json::Value> {
    let env = TestEnv::new();
    env.json(&["rules", "show"]).as_array().unwrap().clone()
}

/// The `source` column names an article of the law ("BW 2:42 lid 1", with a section in law.md)
/// or "model statutes", never a row of the research note.
#[test]
fn every_rule_source_is_the_law_or_model_statutes() {
    let sections = law_sections();
    let mut bad = Vec::new();
    for row in rules_rows() {
        let key = row["key"].as_str().unwrap();
        let source = row["source"].as_str().unwrap();
        let place = format!("rules show {key}");
        bad.extend(unresolved(&place, source, &sections));
        bad.extend(
            note_codes(source)
                .into_iter()
                .map(|c| format!("{place}: the research note's row {c}")),
        );
        // The GDPR (AVG) is the one source outside Book 2; law.md explains it in its own section.
        let gdpr = source.starts_with("AVG ") && law_text().contains("\n## GDPR");
        let cited = !articles(source).is_empty() || source.contains("model statutes") || gdpr;
        if !cited {
            bad.push(format!(
                "{place}: source {source:?} names neither BW, the AVG nor model statutes"
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// docs/reference/rules.md as `quorum rules show` gives it: every key with its default, the
/// values it allows, its source and meaning.
fn rules_reference() -> String {
    let mut out = String::from(
        "# Every rule key\n\n\
         The statutes' decision rules as `quorum rules show` lists them on a new registry: the\n\
         Dutch default, what a value may be (with the legal floor or ceiling where the law sets\n\
         one), where the rule comes from (an article of Book 2 BW, explained in\n\
         [the law](law.md), or model statutes) and what it means. How to see and change them:\n\
         [chapter 4 of the guide](../guide/04-statutes.md).\n\n\
         `rules show` also has an `article` column: the article of the association's own statutes\n\
         a key comes from, as the secretary records it (`quorum rules set KEY --article \"artikel\n\
         18 lid 2\"`), cited in the minutes after the ground it supports. A new registry records\n\
         none, so the column below is empty until the statutes are entered.\n\n\
         This page is generated from the program by `tests/cli/references.rs`\n\
         (`QUORUM_UPDATE_DOCS=1 cargo test --test cli references` rewrites it); a test fails\n\
         when it differs from what quorum prints.\n\n\
         | key | default | allowed | source | article | meaning |\n\
         | --- | --- | --- | --- | --- | --- |\n",
    );
    for row in rules_rows() {
        let cell = |k: &str| row[k].as_str().unwrap().replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            cell("key"),
            cell("default"),
            cell("allowed"),
            cell("source"),
            cell("article"),
            cell("meaning")
        ));
    }
    out
}

#[test]
fn the_rules_reference_is_what_quorum_prints() {
    let path = root().join("docs/reference/rules.md");
    let want = rules_reference();
    if std::env::var_os("QUORUM_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/reference/rules.md differs from `quorum rules show`; rewrite it with \
         `QUORUM_UPDATE_DOCS=1 cargo test --test cli references` and review the diff"
    );
}

#[test]
fn references_are_found_as_documented() {
    let sections = vec!["2:42".to_string(), "2:24d".to_string()];
    assert!(unresolved("t", "notice (BW 2:42 lid 1) and BW 2:24d", &sections).is_empty());
    assert_eq!(unresolved("t", "see BW 2:43", &sections).len(), 1);
    assert_eq!(unresolved("t", "(rules.md B10)", &sections).len(), 1);
    assert_eq!(
        unresolved("t", "see docs/nothing-here.md", &sections).len(),
        1
    );
    assert!(unresolved("t", "see docs/reference/law.md#bw-242", &sections).is_empty());
    assert_eq!(note_codes("(A28, B13) on A4 paper"), ["A28", "B13"]);
    assert_eq!(articles("# BW 2:24d — who")[0].1, "2:24d");
}
