//! Every word a person reads at the terminal comes from the catalogues (`i18n/{en,nl}/quorum.ftl`),
//! so that it can be read in Dutch and in English: this test fails on a message written in code,
//! a string literal or `format!` handed to an output call (`ctx.out.status`, `outcome`,
//! `outcome_line`, `warn`, `note`, `wrote`) or to an error constructor (`refused`, `Refused`,
//! `NotFound`, `UsageError::new`, `hinted`, `.hint`, `anyhow!`, `bail!`, `invalid`, `.context`,
//! `with_context`) in `src/cli`, `src/ops` and `src/domain`. Say it with `msg!("id", …)` and the
//! `_msg` output calls (`outcome_msg`, `status_msg`, …) or `DomainError::said`.
//!
//! Files not yet moved to the catalogues are listed in [`NOT_YET`]. The list may only shrink: a
//! listed file without such a message fails the test too, so whoever moves its last message
//! also removes its line.

use std::collections::BTreeMap;
use std::path::Path;

/// Calls whose arguments are words for a person.
const CALLS: &[&str] = &[
    ".status(",
    ".outcome(",
    ".outcome_line(",
    ".warn(",
    ".note(",
    ".wrote(",
    // The note of an empty listing, and a question put to the person.
    ".list(",
    ".list_streamed(",
    ".confirm(",
    ".with_prompt(",
    "refused(",
    "Refused(",
    "NotFound(",
    "UsageError::new(",
    "hinted(",
    ".hint(",
    "anyhow!(",
    "bail!(",
    "invalid(",
    ".context(",
    "with_context(",
];

/// Files that still write messages in code, with who holds them this round. Other helpers
/// rewrite the files marked so (elections, ballots, decisions, resolutions, the member fields,
/// the import, the minutes and the meeting documents); the rest is what is left to move.
const NOT_YET: &[&str] = &[
    // Rewritten this round by the other helpers (elections, ballots, decisions, resolutions,
    // member fields, the import, the minutes, the meeting documents): moved after them.
    "src/domain/import/policy.rs",
    "src/ops/member_import.rs",
    "src/ops/member_import/read.rs",
    // Not yet moved.
    "src/domain/meeting/document.rs",
    "src/domain/rules/tests.rs",
    "src/ops/meeting/document.rs",
];

/// The text of `s` from the `(` at `open` to its matching `)`, string literals kept whole.
fn arguments(s: &str, open: usize) -> &str {
    let bytes = s.as_bytes();
    let mut depth = 0usize;
    let mut i = open;
    let mut in_str = false;
    while i < bytes.len() {
        let c = bytes[i];
        if in_str {
            if c == b'\\' {
                i += 1;
            } else if c == b'"' {
                in_str = false;
            }
        } else if c == b'"' {
            in_str = true;
        } else if c == b'(' {
            depth += 1;
        } else if c == b')' {
            depth -= 1;
            if depth == 0 {
                return &s[open + 1..i];
            }
        }
        i += 1;
    }
    &s[open + 1..]
}

/// The source without its unit tests (a `#[cfg(test)]` module closes the file), its comments and
/// the arguments of `msg!` (a catalogue id is a literal on purpose).
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    let mut code: String = text
        .lines()
        .map(|l| match l.trim_start().starts_with("//") {
            true => "",
            false => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    while let Some(i) = code.find("msg!(") {
        let end = i + 4 + arguments(&code, i + 4).len() + 2;
        // Its lines are kept, so that the lines named below are the file's.
        let lines = "\n".repeat(code[i..end].matches('\n').count());
        code.replace_range(i..end, &format!("MSG{lines}"));
    }
    code
}

/// The messages written in code in one file: (line, the call's first words).
fn written_messages(text: &str) -> Vec<(usize, String)> {
    let code = code_of(text);
    let mut found = Vec::new();
    for call in CALLS {
        let mut from = 0;
        while let Some(at) = code[from..].find(call) {
            let start = from + at;
            from = start + call.len();
            // `fn refused(` and `x.refused_count(` are not calls of a constructor.
            let before = code[..start].trim_end();
            if before.ends_with("fn") {
                continue;
            }
            if call.starts_with(char::is_alphabetic)
                && code[..start]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            // An empty literal says nothing (a listing printed without a note).
            let args = arguments(&code, start + call.len() - 1).replace("\"\"", "");
            if args.contains('"') || args.contains("format!") || args.contains("format_args!") {
                let line = code[..start].lines().count().max(1);
                let words: String = args.split_whitespace().collect::<Vec<_>>().join(" ");
                found.push((
                    line,
                    format!("{call}{}", words.chars().take(60).collect::<String>()),
                ));
            }
        }
    }
    found
}

fn collect(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<(usize, String)>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let found = written_messages(&std::fs::read_to_string(&path).unwrap());
            if !found.is_empty() {
                out.insert(rel, found);
            }
        }
    }
}

#[test]
fn no_message_is_written_in_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = BTreeMap::new();
    for dir in ["src/cli", "src/ops", "src/domain"] {
        collect(&root.join(dir), root, &mut found);
    }
    let new: Vec<String> = found
        .iter()
        .filter(|(file, _)| !NOT_YET.contains(&file.as_str()))
        .flat_map(|(file, at)| {
            at.iter()
                .map(move |(line, words)| format!("{file}:{line}: {words}"))
        })
        .collect();
    let done: Vec<&&str> = NOT_YET
        .iter()
        .filter(|f| !found.contains_key(**f))
        .collect();
    if std::env::var_os("QUORUM_LIST_MESSAGES").is_some() {
        for file in found.keys() {
            println!("    \"{file}\",");
        }
    }
    assert!(
        new.is_empty(),
        "messages written in code (say them with msg!(\"id\", …) and a key in both i18n/*/quorum.ftl):\n{}",
        new.join("\n")
    );
    assert!(
        done.is_empty(),
        "these files have no message in code any more; remove them from NOT_YET: {done:?}"
    );
}

#[test]
fn the_scan_finds_what_it_looks_for() {
    let code = r#"
fn run() {
    ctx.out.outcome("Added", format_args!("member {n}"));
    ctx.out.outcome_msg(&msg!("member-added", number = n));
    return Err(UsageError::new(msg!("x")).hint("a literal hint").into());
    let e = DomainError::said(msg!("y"));
    fn refused(message: String) {}
    ctx.out.warn(line);
    ctx.out.list(&rows, "No members match.")?;
    ctx.out.list(&rows, "")?;
    ctx.out.list(&rows, &ctx.out.say(&msg!("list-empty-members")))?;
    ctx.confirm(&format!("Erasing member {n}"))?;
}
#[cfg(test)]
mod tests { fn t() { ctx.out.note("in a test"); } }
"#;
    let found: Vec<String> = written_messages(code).into_iter().map(|(_, w)| w).collect();
    assert_eq!(
        found,
        vec![
            ".outcome(\"Added\", format_args!(\"member {n}\")".to_string(),
            ".list(&rows, \"No members match.\"".to_string(),
            ".confirm(&format!(\"Erasing member {n}\")".to_string(),
            ".hint(\"a literal hint\"".to_string(),
        ]
    );
}
