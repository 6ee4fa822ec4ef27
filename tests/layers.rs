//! The layers of docs/design.md ("Which layer may import which"), enforced: every `src/**/*.rs`
//! is mapped to its layer, every `use crate::…` and `crate::…::` path in it to the layer it
//! names, and an import the table does not allow fails this test, naming the file and the line.
//!
//! Imports that still break the table while issue 25 moves handlers are listed in
//! [`EXCEPTIONS`], by file. The list may only shrink: an exception that no longer occurs fails
//! the test too, so whoever removes the last such import also removes its line here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A layer of the program, as docs/design.md names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    /// `main.rs` and `lib.rs`: the roots, which declare and hand over.
    Main,
    Cli,
    /// `app.rs` (the context) and `prompt.rs`.
    App,
    Ops,
    /// `domain/` and the counting engine `tally/`: pure.
    Domain,
    Store,
    Output,
    /// `exit.rs`, `clock.rs`, `files.rs`, `rng.rs`, `i18n` (the terminal's words): leaves
    /// anyone may use, which use nothing above them.
    Base,
}

/// The layer of a file, from its path under `src/`.
fn layer_of_file(rel: &str) -> Layer {
    let first = rel.split('/').next().unwrap_or(rel);
    let module = first.strip_suffix(".rs").unwrap_or(first);
    layer_of_module(module).unwrap_or_else(|| panic!("src/{rel}: no layer for module `{module}`; add it to tests/layers.rs and docs/design.md"))
}

/// The layer of a top-level module of the crate (`crate::X`).
fn layer_of_module(module: &str) -> Option<Layer> {
    Some(match module {
        "main" | "lib" => Layer::Main,
        "cli" => Layer::Cli,
        "app" | "prompt" => Layer::App,
        "ops" => Layer::Ops,
        "domain" | "tally" => Layer::Domain,
        "store" => Layer::Store,
        "output" => Layer::Output,
        "exit" | "clock" | "files" | "rng" | "i18n" => Layer::Base,
        _ => return None,
    })
}

/// May a file of layer `from` import `path` (the part after `crate::`, e.g. `store::Store`)?
/// This is the table of docs/design.md.
fn allowed(from: Layer, path: &str) -> bool {
    let module = path.split("::").next().unwrap_or(path);
    let Some(to) = layer_of_module(module) else {
        // `crate::run` and the like: the root's re-exports, for the binary.
        return from == Layer::Main;
    };
    if from == to {
        return true;
    }
    use Layer::*;
    match from {
        Main => true,
        // A handler sees the store only as the thing it opens and the actor it writes as.
        Cli => match to {
            Store => matches!(path, "store::Store" | "store::Actor"),
            _ => matches!(to, App | Ops | Domain | Output | Base),
        },
        App => matches!(to, Output | Store | Domain | Base),
        Ops => matches!(to, Domain | Store | Base),
        Domain => false,
        // The store reads no clock and no environment (the time is passed in), and words no
        // hint for the command line.
        Store => to == Domain || (to == Base && !matches!(module, "clock" | "exit")),
        Output => matches!(to, Domain | Ops | Base),
        // The leaves may use the pure domain's helpers, never a layer that prints or stores.
        Base => to == Domain,
    }
}

/// Imports that break the table today, by file and path; each is moved by a part of issue 25
/// still under way. May only shrink.
const EXCEPTIONS: &[(&str, &str)] = &[
    // Handlers of the other nouns, moving into ops (issue 25's meeting, members, votes,
    // decisions and imports parts).
];

/// One `crate::` path found in a file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Import {
    line: usize,
    path: String,
}

/// The `crate::…` paths of a source text, one per imported item: `use crate::a::{b, c::D}`
/// gives `a::b` and `a::c::D`; `crate::a::f(…)` in code gives `a::f`. Comments, strings and
/// `#[cfg(test)]` modules are skipped: a unit test may build what it needs from any layer.
fn imports(text: &str) -> Vec<Import> {
    let code = without_test_modules(&strip_comments(text));
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while let Some(at) = code[i..].find("crate::") {
        let start = i + at;
        i = start + "crate::".len();
        // `$crate::` in macros, or part of a longer name (`mycrate::`), is not ours.
        if start > 0 {
            let before = bytes[start - 1];
            if before == b'$' || before == b'_' || before.is_ascii_alphanumeric() {
                continue;
            }
        }
        let line = code[..start].matches('\n').count() + 1;
        let (paths, end) = expand(&code, i);
        for path in paths {
            out.push(Import { line, path });
        }
        i = end.max(i);
    }
    out
}

/// The code with each `#[cfg(test)] mod NAME { … }` blanked (line breaks kept).
fn without_test_modules(code: &str) -> String {
    let mut out = code.to_string();
    let mut from = 0;
    while let Some(at) = out[from..].find("#[cfg(test)]") {
        let start = from + at;
        let rest = out[start + "#[cfg(test)]".len()..].trim_start();
        let Some(open_rel) = rest.starts_with("mod ").then(|| rest.find('{')).flatten() else {
            from = start + 1;
            continue;
        };
        let open = out.len() - rest.len() + open_rel;
        if rest[..open_rel].contains(';') {
            from = start + 1;
            continue;
        }
        let close = matching_brace(&out, open);
        let blanked: String = out[start..=close]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(start..=close, &blanked);
        from = close + 1;
    }
    out
}

/// The paths of a `use` tree starting at `at` (just after `crate::`), and where it ends.
fn expand(code: &str, at: usize) -> (Vec<String>, usize) {
    let bytes = code.as_bytes();
    let mut prefix = String::new();
    let mut i = at;
    loop {
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
            i += 1;
        }
        prefix.push_str(&code[start..i]);
        if code[i..].starts_with("::{") {
            let open = i + 2;
            let close = matching_brace(code, open);
            let mut paths = Vec::new();
            for part in split_top(&code[open + 1..close]) {
                let part = part.trim();
                if part.is_empty() {
                    continue;
                }
                let part = part.split(" as ").next().unwrap_or(part).trim();
                if part == "self" {
                    paths.push(prefix.clone());
                    continue;
                }
                // The part is itself a tree: expand it as if it followed `crate::prefix::`.
                let sub = format!("{part} ");
                let (inner, _) = expand(&sub, 0);
                for p in inner {
                    paths.push(format!("{prefix}::{p}"));
                }
            }
            return (paths, close + 1);
        }
        if code[i..].starts_with("::") {
            let next = bytes.get(i + 2).copied().unwrap_or(b' ');
            if next.is_ascii_alphanumeric() || next == b'_' || next == b'*' {
                prefix.push_str("::");
                i += 2;
                if next == b'*' {
                    prefix.push('*');
                    return (vec![prefix], i + 1);
                }
                continue;
            }
        }
        return (vec![prefix], i);
    }
}

/// The index of the `}` that closes the `{` at `open`.
fn matching_brace(code: &str, open: usize) -> usize {
    let mut depth = 0;
    for (k, c) in code[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + k;
                }
            }
            _ => {}
        }
    }
    code.len() - 1
}

/// `a, b::{c, d}, e` split at the commas outside braces.
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (k, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[from..k]);
                from = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[from..]);
    parts
}

/// The text with comments (doc comments included) and the contents of string literals blanked,
/// keeping line breaks so line numbers stay true: a path named in prose is no import.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let blank = |c: char| if c == '\n' { '\n' } else { ' ' };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        // A raw string r"…" or r#"…"#: it ends at the quote followed by as many hashes.
        if c == 'r' && !ident(prev) {
            let mut j = i + 1;
            while j < chars.len() && chars[j] == '#' {
                j += 1;
            }
            if j < chars.len() && chars[j] == '"' {
                let hashes = j - i - 1;
                out.extend(&chars[i..=j]);
                i = j + 1;
                while i < chars.len() {
                    if chars[i] == '"'
                        && chars[i + 1..]
                            .iter()
                            .take(hashes)
                            .filter(|&&h| h == '#')
                            .count()
                            == hashes
                    {
                        out.push('"');
                        out.extend(std::iter::repeat_n('#', hashes));
                        i += 1 + hashes;
                        break;
                    }
                    out.push(blank(chars[i]));
                    i += 1;
                }
                continue;
            }
        }
        match c {
            '"' => {
                out.push('"');
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        out.push(' ');
                        i += 1;
                    }
                    if i < chars.len() {
                        out.push(blank(chars[i]));
                        i += 1;
                    }
                }
                out.push('"');
                i += 1;
            }
            // A char literal such as '"' or '\'' must not open a string; a lifetime is left as is.
            '\'' if chars.get(i + 2) == Some(&'\'') => {
                out.push_str("' '");
                i += 3;
            }
            '\'' if chars.get(i + 1) == Some(&'\\') && chars.get(i + 3) == Some(&'\'') => {
                out.push_str("'  '");
                i += 4;
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    out.push(blank(chars[i]));
                    i += 1;
                }
                i += 2;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every import the table forbids, as (file under src/, path) with the lines it occurs on.
fn violations(src: &Path) -> BTreeMap<(String, String), Vec<usize>> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut found: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for file in files {
        let rel = file
            .strip_prefix(src)
            .expect("under src")
            .to_string_lossy()
            .replace('\\', "/");
        let from = layer_of_file(&rel);
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        for Import { line, path } in imports(&text) {
            if !allowed(from, &path) {
                found.entry((rel.clone(), path)).or_default().push(line);
            }
        }
    }
    found
}

/// A forbidden import's key as listed in EXCEPTIONS: the file and the top two path segments
/// (`store::members`), so one exception covers the items a file takes from one module.
fn exception_key(path: &str) -> String {
    path.split("::").take(2).collect::<Vec<_>>().join("::")
}

#[test]
fn every_import_between_layers_is_one_the_design_table_allows() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let found = violations(&src);
    let listed: BTreeSet<(&str, &str)> = EXCEPTIONS.iter().copied().collect();
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    for ((file, path), lines) in &found {
        let key = exception_key(path);
        if listed.contains(&(file.as_str(), key.as_str())) {
            used.insert((file.clone(), key));
            continue;
        }
        problems.push(format!(
            "src/{file}:{} imports crate::{path}, which its layer ({:?}) may not (docs/design.md, \"Which layer may import which\")",
            lines[0],
            layer_of_file(file),
        ));
    }
    for (file, key) in &listed {
        if !used.contains(&(file.to_string(), key.to_string())) {
            problems.push(format!(
                "src/{file} no longer imports crate::{key}: remove its line from EXCEPTIONS in tests/layers.rs"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_forbidden_import_is_caught() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let src = dir.path();
    std::fs::create_dir_all(src.join("domain")).unwrap();
    std::fs::create_dir_all(src.join("cli")).unwrap();
    std::fs::write(
        src.join("domain/rule.rs"),
        "//! The domain may name crate::store in a comment.\nuse crate::domain::x;\nuse crate::store::members::Row;\n",
    )
    .unwrap();
    std::fs::write(
        src.join("cli/verb.rs"),
        "use crate::store::{Actor, Store, ReadTx};\nfn f() { crate::output::x(); let s = \"crate::store::y\"; }\n",
    )
    .unwrap();
    let found = violations(src);
    let keys: Vec<(&str, &str)> = found
        .keys()
        .map(|(f, p)| (f.as_str(), p.as_str()))
        .collect();
    assert_eq!(
        keys,
        vec![
            ("cli/verb.rs", "store::ReadTx"),
            ("domain/rule.rs", "store::members::Row"),
        ],
        "only the forbidden imports, each once; comments, strings and allowed paths pass"
    );
    assert_eq!(
        found[&("domain/rule.rs".into(), "store::members::Row".into())],
        vec![3]
    );
}

#[test]
fn use_trees_are_expanded_into_every_item() {
    let paths: Vec<String> = imports(
        "use crate::a::{b, c::{D, E as F}, self};\nfn g() { crate::x::y::z(); }\nuse $crate::no;\nuse crate::m::*;\n",
    )
    .into_iter()
    .map(|i| format!("{}:{}", i.line, i.path))
    .collect();
    assert_eq!(
        paths,
        [
            "1:a::b",
            "1:a::c::D",
            "1:a::c::E",
            "1:a",
            "2:x::y::z",
            "4:m::*"
        ]
    );
}
