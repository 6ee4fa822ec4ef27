//! `--format json` is a contract: every command prints one JSON document on stdout, and its keys
//! stay what docs/reference/json.md lists. The commands are taken from clap's command tree, so
//! a new command fails here until it has an invocation below and its keys are in the snapshot
//! `tests/fixtures/json-keys.txt` (refresh: `QUORUM_UPDATE_JSON_KEYS=1 cargo test --test cli json`).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::common::TestEnv;

/// Commands whose output is a generated file, not data: they are exempt from JSON. `rules export`
/// writes the TOML file `rules import` reads.
const GENERATED: &[&str] = &["quorum completions", "quorum man", "quorum rules export"];

/// `demo` is one JSON document, but its walk-through for a person shows the drafted minutes
/// (Markdown, lines of prose), which no table test measures: it runs only with `--format json`.
const JSON_ONLY: &[&str] = &["quorum demo"];

/// Keys whose value is a record of another kind (the values of a journal entry).
const FREE_FORM: &[&str] = &["old_value", "new_value", "old", "new"];

/// How each command is run in the scenario, in this order, on one database.
fn invocation(path: &str, env: &TestEnv) -> Option<Vec<String>> {
    let root = env!("CARGO_MANIFEST_DIR");
    let backup = env.path("backup.db").display().to_string();
    let args: Vec<String> = match path {
        "quorum init" => return None, // run first, on an empty sandbox (see below)
        "quorum demo" => vec!["demo".into()],
        "quorum member add" => "member add --given-name Jan --family-name Berg --joined 2020-01-01"
            .split(' ')
            .map(String::from)
            .collect(),
        "quorum member list" => words("member list --status all"),
        "quorum member show" => words("member show 1"),
        "quorum member edit" => words("member edit 1 --city Utrecht"),
        "quorum member leave" => words("member leave 1 --date 2025-12-31"),
        "quorum member rejoin" => words("member rejoin 1 --date 2026-02-01"),
        "quorum member suspend" => words("member suspend 1 --reason unpaid --from 2026-02-15"),
        "quorum member unsuspend" => words("member unsuspend 1 --date 2026-02-20"),
        "quorum member arrears" => words("member arrears 1 --since 2026-02-10"),
        "quorum roll" => words("roll --on 2026-03-01"),
        "quorum member data" => words("member data 1"),
        "quorum member import" => vec![
            "member".into(),
            "import".into(),
            format!("{root}/examples/ledenlijst.csv"),
            "--update".into(),
        ],
        "quorum member export" => words("member export --status all"),
        "quorum member erase" => words("member erase 1 --yes"),
        "quorum member delete" => words("member delete 1 --yes"),
        "quorum member jubilees" => words("member jubilees --year 2026 --years 25"),
        "quorum member birthdays" => words("member birthdays --month 7"),
        "quorum category add" => words("category add club --weight 3"),
        "quorum category list" => words("category list"),
        "quorum category edit" => words("category edit club --description Clubs"),
        "quorum journal list" => words("journal list --values"),
        "quorum journal verify" => words("journal verify"),
        "quorum db path" => words("db path"),
        "quorum db backup" => vec!["db".into(), "backup".into(), backup],
        "quorum db check" => words("db check"),
        "quorum db restore" => vec![
            "db".into(),
            "restore".into(),
            env.path("backup.db").display().to_string(),
            "--yes".into(),
        ],
        "quorum rules show" => words("rules show"),
        "quorum rules set" => words("rules set member_request_threshold 1/20"),
        "quorum rules history" => words("rules history"),
        "quorum rules export" => words("rules export"),
        "quorum rules import" => vec![
            "rules".into(),
            "import".into(),
            format!("{root}/docs/rules-example.toml"),
            "--from".into(),
            "2026-09-01".into(),
        ],
        "quorum proposal new" => vec![
            "proposal".into(),
            "new".into(),
            "--title".into(),
            "Budget 2027".into(),
            "--kind".into(),
            "budget".into(),
            "--by-board".into(),
            "--text".into(),
            "Income 1000".into(),
        ],
        "quorum proposal list" => words("proposal list"),
        "quorum proposal show" => words("proposal show 1"),
        "quorum proposal edit" => words("proposal edit 1 --text-open-from 2026-03-10"),
        "quorum proposal amend" => words("proposal amend 1 --title More --by-board"),
        "quorum proposal exclude" => words("proposal exclude 1 2 --reason own --force"),
        "quorum proposal withdraw" => words("proposal withdraw 2"),
        "quorum vote open" => words("vote open 1 --method hands --parallel"),
        "quorum vote count" => words("vote count 2 --for 2 --against 1"),
        "quorum vote cast" => words("vote cast 1 1 for"),
        "quorum vote close" => words("vote close 2 --declare adopted"),
        "quorum vote challenge" => words("vote challenge 2 --by 1"),
        "quorum vote convert" => words("vote convert 3 --method ballot"),
        "quorum vote codes" => words("vote codes 3 --output codes.csv"),
        "quorum vote show" => words("vote show 1"),
        "quorum vote list" => words("vote list --meeting 1"),
        "quorum vote export" => words("vote export"),
        "quorum association show" => words("association show"),
        "quorum association edit" => words("association edit --lang en"),
        "quorum meeting new" => vec![
            "meeting".into(),
            "new".into(),
            "--title".into(),
            "Extra".into(),
            "--date".into(),
            "2026-05-20T19:30".into(),
        ],
        "quorum meeting list" => words("meeting list"),
        "quorum meeting show" => words("meeting show 1"),
        "quorum meeting edit" => words("meeting edit 1 --location Buurthuis"),
        "quorum meeting cancel" => words("meeting cancel 2 --reason moved"),
        "quorum meeting open" => words("meeting open 3 --at 2026-04-20T19:30 --force"),
        "quorum meeting close" => words("meeting close 3 --at 2026-04-20T22:00"),
        "quorum meeting agenda add" => words("meeting agenda 1 add --template"),
        "quorum meeting agenda move" => words("meeting agenda 1 move 1 2"),
        "quorum meeting agenda remove" => words("meeting agenda 1 remove 8"),
        "quorum meeting agenda list" => words("meeting agenda 1 list"),
        "quorum meeting document add" => {
            words("meeting document add 1 --item 1 --title Jaarrekening --where secretaris --force")
        }
        "quorum meeting document list" => words("meeting document list 1"),
        "quorum meeting document remove" => words("meeting document remove 1 1 --force"),
        "quorum meeting document supplement" => {
            words("meeting document supplement 1 --output aanvulling.md")
        }
        "quorum meeting convene" => words("meeting convene 1"),
        "quorum meeting ics" => words("meeting ics 1"),
        "quorum meeting request list" => words("meeting request list"),
        "quorum meeting checkin" => words("meeting checkin 1 1 2"),
        "quorum meeting checkout" => words("meeting checkout 1 2"),
        "quorum meeting apologies" => words("meeting apologies 1 3"),
        "quorum meeting proxy list" => words("meeting proxy list 1"),
        "quorum meeting proxy revoke" => words("meeting proxy revoke 1 --from 4"),
        "quorum meeting attendance" => words("meeting attendance 1"),
        "quorum meeting quorum" => words("meeting quorum 1"),
        "quorum meeting guest add" => words("meeting guest add 1 --name Gast"),
        "quorum meeting guest list" => words("meeting guest list 1"),
        "quorum meeting guest remove" => words("meeting guest remove 1 1"),
        "quorum resolution new" => words("resolution new 2 --board-informed 2026-02-20"),
        "quorum resolution sign" => words("resolution sign 1 1 2 3"),
        "quorum resolution close" => words("resolution close 2"),
        "quorum resolution show" => words("resolution show 1"),
        "quorum resolution list" => words("resolution list"),
        "quorum election new" => words("election new --meeting 1 --title Bestuur --seed 7"),
        "quorum election list" => words("election list"),
        "quorum election show" => words("election show 1"),
        "quorum election candidate add" => words("election candidate 4 add --member 1"),
        "quorum election candidate withdraw" => words("election candidate 4 withdraw 1"),
        "quorum election binding" => words("election binding 2 --for 1 --against 2"),
        "quorum election candidate list" => words("election candidate 1 list"),
        "quorum election ballot" => words("election ballot 1 Z"),
        "quorum election codes" => words("election codes 3 --output election-codes.csv"),
        // The code is read from the file `election codes` wrote (see below).
        "quorum election cast" => words("election cast 3 --choice K --code"),
        "quorum election count" => words("election count 1"),
        "quorum election round" => words("election round 1"),
        "quorum election export" => words("election export 1"),
        "quorum minutes note edit" => words("minutes note edit 1 1 Besproken"),
        "quorum minutes note remove" => words("minutes note remove 1 2"),
        "quorum minutes notes" => words("minutes notes 1"),
        "quorum minutes action" => words("minutes action 1 --who bestuur --what opvolgen"),
        "quorum minutes draft" => words("minutes draft 1"),
        "quorum minutes approve" => words("minutes approve 1 --at 2"),
        "quorum minutes show" => words("minutes show 1 --approved"),
        "quorum minutes verify" => words("minutes verify 1"),
        "quorum actions" => words("actions"),
        "quorum actions list" => words("actions list --open"),
        "quorum actions done" => words("actions done 1"),
        "quorum member delegate add" => {
            words("member delegate add 6 --name Jansen --from 2026-01-01")
        }
        "quorum member delegate list" => words("member delegate list 6"),
        "quorum member delegate end" => words("member delegate end 6 1 --on 2026-02-01"),
        "quorum board" => words("board"),
        "quorum board add" => {
            words("board add 1 --role voorzitter --since 2025-05-20 --before-quorum")
        }
        "quorum board end" => words("board end 2 --on 2026-01-10"),
        "quorum board role" => words("board role 3 penningmeester --on 2026-01-10"),
        "quorum board schedule" => words("board schedule"),
        "quorum board reports" => words("board reports"),
        "quorum board reported" => words("board reported 1 --on 2026-01-12"),
        "quorum kascommissie" => words("kascommissie 2025"),
        "quorum kascommissie show" => words("kascommissie show 2025"),
        "quorum kascommissie set" => words("kascommissie set 2025 --members 4 5 --before-quorum"),
        "quorum kascommissie report" => {
            let file = env.path("kascommissie-2025.txt");
            std::fs::write(&file, "De kascommissie heeft de boeken gecontroleerd.\n").unwrap();
            vec![
                "kascommissie".into(),
                "report".into(),
                "2025".into(),
                "--file".into(),
                file.display().to_string(),
                "--date".into(),
                "2026-02-01".into(),
            ]
        }
        "quorum todo" => words("todo --on 2026-03-01"),
        "quorum decisions show" => words("decisions show 1"),
        "quorum decisions list" => words("decisions list --status adopted"),
        "quorum decisions set" => words("decisions set 2 --status superseded --date 2026-03-20"),
        "quorum tally" => vec![
            "tally".into(),
            format!("{root}/tests/fixtures/tally/board.csv"),
            "--method".into(),
            "plurality".into(),
            "--seed".into(),
            "1".into(),
        ],
        _ => panic!("no --format json invocation for `{path}`: add one to tests/cli/json.rs"),
    };
    Some(args)
}

/// The written resolutions run on a database of their own: three members, two draft proposals,
/// and resolution 1 on proposal 1 made already.
fn resolutions_env() -> TestEnv {
    let env = TestEnv::new();
    for i in 1..=3 {
        let n = format!("N{i}");
        env.ok(&[
            "member",
            "add",
            "--given-name",
            "Lid",
            "--family-name",
            &n,
            "--joined",
            "2020-01-01",
        ]);
    }
    for _ in 0..2 {
        env.ok(&[
            "proposal",
            "new",
            "--title",
            "P",
            "--kind",
            "ordinary",
            "--by-board",
            "--text",
            "T",
        ]);
    }
    env.ok(&["resolution", "new", "1", "--board-informed", "2026-02-20"]);
    env
}

/// The votes run on a database of their own: an open meeting with three members, two
/// proposals, and vote 1 (a roll call on proposal 2) open already.
fn votes_env() -> TestEnv {
    let env = TestEnv::new();
    // Election 2 below has a binding nomination, which exists only where the statutes create it.
    env.ok(&["rules", "set", "binding_nomination_enabled", "true"]);
    for i in 1..=3 {
        let n = format!("N{i}");
        let add = [
            "member",
            "add",
            "--given-name",
            "Lid",
            "--family-name",
            &n,
            "--joined",
            "2020-01-01",
        ];
        env.ok(&add);
    }
    env.ok(
        &words("meeting new --title ALV --date 2026-03-20T19:30 --kind extraordinary")
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    for _ in 0..2 {
        env.ok(&[
            "proposal",
            "new",
            "--title",
            "P",
            "--kind",
            "ordinary",
            "--by-board",
            "--meeting",
            "1",
            "--text",
            "T",
        ]);
    }
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-20T19:30"]);
    env.ok(&["meeting", "checkin", "1", "1", "2", "3"]);
    env.ok(&["vote", "open", "2", "--method", "roll-call"]);
    // Election 1: three candidates and a paper for two of them; one more for Z makes no majority.
    env.ok(&words("election new --meeting 1 --title Raad --seed 3")
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    for n in ["X", "Y", "Z"] {
        env.ok(&["election", "candidate", "1", "add", "--name", n]);
    }
    for n in ["X", "Y"] {
        env.ok(&["election", "ballot", "1", n]);
    }
    // Election 2: the board's binding nomination, not voted on yet.
    env.ok(&words("election new --meeting 1 --title Bestuur --seed 4")
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    env.ok(&[
        "election",
        "candidate",
        "2",
        "add",
        "--name",
        "Q",
        "--nominated-by",
        "board",
    ]);
    // Election 3: voted with codes.
    env.ok(&words("election new --meeting 1 --title Kas --seed 5")
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>());
    for n in ["K", "L"] {
        env.ok(&["election", "candidate", "3", "add", "--name", n]);
    }
    env
}

/// The meetings run on a database of their own: four members and meetings 1 (for the agenda,
/// the convocation and the door), 2 (to cancel) and 3 (to open and close).
fn meetings_env() -> TestEnv {
    let env = TestEnv::new();
    for i in 1..=4 {
        let n = format!("M{i}");
        env.ok(&[
            "member",
            "add",
            "--family-name",
            &n,
            "--joined",
            "2020-01-01",
        ]);
    }
    for (title, date) in [
        ("ALV", "2026-03-20T19:30"),
        ("Later", "2026-04-01T19:30"),
        ("Extra", "2026-04-20T19:30"),
    ] {
        env.ok(&["meeting", "new", "--title", title, "--date", date]);
    }
    env
}

/// The minutes run on a database of their own: meeting 1 held and closed, meeting 2 open.
fn minutes_env() -> TestEnv {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "M1",
        "--joined",
        "2020-01-01",
    ]);
    for (title, date) in [("ALV", "2026-03-20T19:30"), ("Later", "2026-04-01T19:30")] {
        env.ok(&["meeting", "new", "--title", title, "--date", date]);
    }
    env.ready_to_convene("1");
    env.ok(&["meeting", "convene", "1", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", "1", "--at", "2026-03-20T19:30"]);
    env.ok(&["minutes", "note", "1", "Geopend"]);
    env.ok(&["minutes", "note", "1", "Vragen"]);
    env.ok(&["meeting", "close", "1", "--at", "2026-03-20T21:30"]);
    env.ready_to_convene("2");
    env.ok(&["meeting", "convene", "2", "--sent", "2026-01-01", "--quiet"]);
    env.ok(&["meeting", "open", "2", "--at", "2026-04-01T19:30"]);
    env
}

/// Five members, two of them on the board (before quorum) for `board` and `kascommissie`.
fn offices_env() -> TestEnv {
    let env = TestEnv::new();
    for n in 1..=5 {
        env.ok(&[
            "member",
            "add",
            "--family-name",
            &format!("O{n}"),
            "--joined",
            "2020-01-01",
        ]);
    }
    env.ok(&[
        "member",
        "add",
        "--organisation",
        "Bewonerscollectief De Wilgen",
        "--joined",
        "2020-01-01",
    ]);
    for (n, role) in [("2", "secretaris"), ("3", "lid")] {
        env.ok(&[
            "board",
            "add",
            n,
            "--role",
            role,
            "--since",
            "2024-05-20",
            "--before-quorum",
        ]);
    }
    env
}

fn words(s: &str) -> Vec<String> {
    s.split(' ').map(String::from).collect()
}

/// Leaf commands in the tree, as "quorum noun verb", in definition order.
fn leaves(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
    let subs: Vec<_> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        .collect();
    if subs.is_empty() {
        out.push(path.to_string());
    }
    for sub in subs {
        leaves(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

/// The type of a JSON value as the contract names it.
fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Every key path in a document with the types its values had: `number` → number,
/// `periods` → array, `periods[]` → object (the items), `journal_head` → string, …
fn key_paths(v: &Value, prefix: &str, out: &mut BTreeMap<String, BTreeSet<&'static str>>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                out.entry(p.clone()).or_default().insert(type_name(v));
                // Old and new values are whatever the change was about (a member, the rules):
                // their keys belong to that record, not to this command's shape.
                if !FREE_FORM.contains(&k.as_str()) {
                    key_paths(v, &p, out);
                }
            }
        }
        Value::Array(items) => {
            let p = format!("{prefix}[]");
            for item in items {
                out.entry(p.clone()).or_default().insert(type_name(item));
                key_paths(item, &p, out);
            }
        }
        _ => {}
    }
}

/// One line of the contract: `path: key:type key:type|null …`.
fn contract_line(path: &str, doc: &Value) -> String {
    let mut keys = BTreeMap::new();
    key_paths(doc, "", &mut keys);
    let keys: Vec<String> = keys
        .into_iter()
        .map(|(k, types)| format!("{k}:{}", types.into_iter().collect::<Vec<_>>().join("|")))
        .collect();
    format!("{path}: {}\n", keys.join(" "))
}

/// Lists inside a record are arrays of objects: a script reads `roll_call[].member`, never splits
/// a string. These keys still hold a plain array of numbers or names (an array, so nothing to
/// split, but without room for a second field); each is a known remainder of issue 28, most of
/// them in the elections and tally code. Remove a key here when it becomes objects; never add one.
const SCALAR_LISTS: &[&str] = &[
    "candidates",
    "appointed",
    "elected",
    "explanation",
    "among",
    "next",
    "members",
    "notes",
    // `tally` and `election export`: fixed-point figures ("4.50") kept exact as strings.
    "votes",
];

/// Contract rules that hold for every command, whatever the snapshot says.
fn contract_breaches(path: &str, line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in line
        .trim_end()
        .split_once(": ")
        .map_or("", |(_, k)| k)
        .split(' ')
    {
        let Some((key, types)) = entry.split_once(':') else {
            continue;
        };
        let leaf = key.rsplit(['.']).next().unwrap_or(key);
        // Items of a list inside a record (not the rows of a listing, `[]` at the top).
        if key.ends_with("[]")
            && key != "[]"
            && !key.ends_with("changed[]")
            && types != "object"
            && !SCALAR_LISTS.contains(&leaf.trim_end_matches("[]"))
        {
            out.push(format!("{path}: {key} holds {types}, not objects"));
        }
    }
    out
}

/// Runs every leaf command once, in an order that gives each something to work on, with `format`
/// (the flags `--format …`) added, stdout `columns` wide (`COLUMNS`) and the terminal in `lang`
/// (`QUORUM_LANG`: approved minutes refuse `--lang`, they keep the language they were sealed in),
/// and hands each command's stdout to `record`.
fn scenario_at(columns: &str, lang: &str, format: &[&str], mut record: impl FnMut(&str, &str)) {
    let mut paths = Vec::new();
    leaves(&quorum::cli::command(), "quorum", &mut paths);
    let env = TestEnv::empty();
    let with = |args: Vec<String>| -> Vec<String> {
        let mut args = args;
        // The export has no table (a file of personal data); without `--format` it is its CSV.
        let export = args.starts_with(&["member".to_string(), "export".to_string()])
            && format.contains(&"table");
        args.extend(
            format
                .iter()
                .filter(|f| !(export && (**f == "--format" || **f == "table")))
                .map(|s| s.to_string()),
        );
        args
    };
    let run = |env: &TestEnv, args: Vec<String>| -> String {
        let args = with(args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        env.ok_with(&[("COLUMNS", columns), ("QUORUM_LANG", lang)], &args)
    };
    let init = vec![
        "init".into(),
        "--name".into(),
        "Vereniging De Eendracht".into(),
    ];
    record("quorum init", &run(&env, init));
    let votes = votes_env();
    let meetings = meetings_env();
    // Commands that have subcommands and run themselves too (giving a proxy, a request).
    for (path, args) in [
        ("quorum meeting proxy", "meeting proxy 1 --from 4 --to 1"),
        (
            "quorum meeting request",
            "meeting request --by 1 2 --received 2026-03-01",
        ),
    ] {
        record(path, &run(&meetings, words(args)));
    }
    let resolutions = resolutions_env();
    let minutes = minutes_env();
    let offices = offices_env();
    // `minutes note M TEXT` runs itself beside `minutes note edit` and `remove`.
    record(
        "quorum minutes note",
        &run(&minutes, words("minutes note 1 Besproken")),
    );
    for path in &paths {
        if GENERATED.contains(&path.as_str())
            || (JSON_ONLY.contains(&path.as_str()) && !format.contains(&"json"))
        {
            continue;
        }
        let Some(mut args) = invocation(path, &env) else {
            continue;
        };
        if path == "quorum election cast" {
            let codes = std::fs::read_to_string(votes.path("election-codes.csv")).unwrap();
            let first = codes.lines().nth(1).unwrap().rsplit(',').next().unwrap();
            args.push(first.to_string());
        }
        let stdout = if path == "quorum member erase" {
            // Only a former member can be erased, from the day after the leave.
            let other = TestEnv::new();
            let add = words("member add --given-name Piet --family-name Vos --joined 2020-01-01");
            other.ok(&add.iter().map(String::as_str).collect::<Vec<_>>());
            other.ok(&["member", "leave", "1", "--date", "2025-12-31"]);
            run(&other, args)
        } else if path == "quorum meeting document supplement" {
            // Only a document added after the convocation goes out in a supplement.
            let other = TestEnv::new();
            for setup in [
                "meeting new --title ALV --date 2026-03-20T19:30 --location Buurthuis",
                "meeting agenda 1 add --template",
                "meeting convene 1 --sent 2026-02-20",
                "meeting document add 1 --item 4 --title Jaarrekening --where secretaris --force",
            ] {
                other.ok(&words(setup).iter().map(String::as_str).collect::<Vec<_>>());
            }
            run(&other, args)
        } else if path == "quorum demo" {
            // Its temporary database inside the sandbox, so that the test leaves nothing behind.
            let args = with(args);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let tmp = env.dir.path().display().to_string();
            env.ok_with(
                &[
                    ("COLUMNS", columns),
                    ("QUORUM_LANG", lang),
                    ("TMPDIR", &tmp),
                ],
                &args,
            )
        } else if path == "quorum member delete" {
            // Only a record nothing refers to can be deleted.
            let other = TestEnv::new();
            let add = words("member add --given-name Piet --family-name Vos --joined 2020-01-01");
            other.ok(&add.iter().map(String::as_str).collect::<Vec<_>>());
            run(&other, args)
        } else if path.starts_with("quorum vote ")
            || path.starts_with("quorum election ")
            || path.starts_with("quorum decisions ")
        {
            run(&votes, args)
        } else if path.starts_with("quorum meeting ") || path.starts_with("quorum association ") {
            run(&meetings, args)
        } else if path.starts_with("quorum board")
            || path.starts_with("quorum member delegate")
            || path.starts_with("quorum kascommissie")
            || path == "quorum todo"
        {
            run(&offices, args)
        } else if path.starts_with("quorum resolution ") {
            run(&resolutions, args)
        } else if path.starts_with("quorum minutes ") || path.starts_with("quorum actions") {
            run(&minutes, args)
        } else {
            run(&env, args)
        };
        record(path, &stdout);
    }
    // The register runs itself too: vote 2 and election 2 (appointed by the binding nomination)
    // took decisions 1 and 2 above.
    record("quorum decisions", &run(&votes, words("decisions")));
}

/// The contract's lines for every command run with `--format json` in `lang`; panics on a
/// command that does not print one JSON document.
fn json_contract(lang: &str) -> String {
    let mut report = String::new();
    let mut broken = Vec::new();
    scenario_at(
        "120",
        lang,
        &["--format", "json"],
        |path: &str, stdout: &str| match serde_json::from_str::<Value>(stdout) {
            Ok(doc) => report.push_str(&contract_line(path, &doc)),
            Err(e) => broken.push(format!("{path}: {e}")),
        },
    );
    assert!(
        broken.is_empty(),
        "these commands did not print one JSON document with --format json --lang {lang}:\n{}",
        broken.join("\n")
    );
    report
}

#[test]
fn every_command_prints_one_json_document_with_stable_keys_and_types() {
    let report = json_contract("en");
    let snapshot =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/json-keys.txt");
    if std::env::var_os("QUORUM_UPDATE_JSON_KEYS").is_some() {
        std::fs::write(&snapshot, &report).unwrap();
    }
    let breaches: Vec<String> = report
        .lines()
        .flat_map(|l| contract_breaches(l.split_once(": ").map_or(l, |(p, _)| p), l))
        .collect();
    assert!(
        breaches.is_empty(),
        "the JSON contract is broken:\n{}",
        breaches.join("\n")
    );
    let committed = std::fs::read_to_string(&snapshot).unwrap_or_default();
    assert_eq!(
        committed, report,
        "JSON keys or types changed; if on purpose (keys only grow), run \
         `QUORUM_UPDATE_JSON_KEYS=1 cargo test --test cli json`, list the change in CHANGELOG.md, \
         update docs/reference/json.md, commit"
    );
}

/// Keys and enum values stay English: the Dutch terminal prints the same document shape.
#[test]
fn the_json_contract_does_not_depend_on_the_language() {
    let committed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/json-keys.txt"),
    )
    .unwrap();
    let dutch = json_contract("nl");
    let differ: Vec<_> = committed
        .lines()
        .zip(dutch.lines())
        .filter(|(en, nl)| en != nl)
        .map(|(en, nl)| format!("en {en}\nnl {nl}"))
        .collect();
    assert!(
        differ.is_empty() && committed.lines().count() == dutch.lines().count(),
        "--lang nl changes the JSON contract:\n{}",
        differ.join("\n")
    );
}

/// Commands whose table form has no outcome beyond their status: none may be added here without
/// a reason, because `-q` must never leave a person or a script without the result.
const NO_OUTCOME: &[&str] = &[];

#[test]
fn every_command_says_its_outcome_on_stdout_with_quiet() {
    let mut silent = Vec::new();
    for lang in ["en", "nl"] {
        scenario_at(
            "120",
            lang,
            &["--format", "table", "-q"],
            |path: &str, stdout: &str| {
                if stdout.trim().is_empty() && !NO_OUTCOME.contains(&path) {
                    silent.push(format!("{path} (--lang {lang})"));
                }
            },
        );
    }
    assert!(
        silent.is_empty(),
        "these commands print nothing on stdout with --format table -q:\n{}",
        silent.join("\n")
    );
}

/// Commands whose table form is a document, a file's text or a sentence, not a table: their
/// lines are their own (a CSV file of personal data, an iCalendar file, the minutes, the
/// journal's and the quorum's statements).
const NOT_TABLES: &[&str] = &[
    "quorum member export",
    "quorum meeting ics",
    "quorum minutes draft",
    "quorum minutes show",
    "quorum journal verify",
    "quorum meeting quorum",
    "quorum db check",
    "quorum db path",
    // Run here with `--values`: each entry's raw JSON, which wraps inside its keys at 80 columns
    // (without `--values` the journal is an ordinary table).
    "quorum journal list",
];

/// The commands that read (listings and records, not the envelope of a change), from the
/// contract: their table form is a table.
fn reading_commands() -> BTreeSet<String> {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/json-keys.txt"),
    )
    .unwrap()
    .lines()
    .filter(|l| !l.contains(" command:string"))
    .filter_map(|l| l.split_once(": ").map(|(p, _)| p.to_string()))
    .filter(|p| !NOT_TABLES.contains(&p.as_str()))
    .collect()
}

/// Every table fits 80 columns, in English and in Dutch (whose headers are longer), and never
/// splits a date, a number or a key: each word of the table as printed 1000 wide is whole at
/// 80, or gone with a column left out; a word cut in two leaves its first part behind.
#[test]
fn every_table_fits_80_columns_without_splitting_a_word() {
    let reading = reading_commands();
    let mut wrong = Vec::new();
    for lang in ["en", "nl"] {
        let flags = ["--format", "table"];
        let mut wide = BTreeMap::new();
        scenario_at("1000", lang, &flags, |path: &str, stdout: &str| {
            wide.insert(path.to_string(), stdout.to_string());
        });
        scenario_at("80", lang, &flags, |path: &str, narrow: &str| {
            if !reading.contains(path) {
                return;
            }
            // A hash (64 characters) is never split, and beside its field name it is wider
            // than 80: its table may be wider.
            let hash = narrow.split_whitespace().any(|w| w.chars().count() >= 60);
            for line in narrow.lines() {
                if line.chars().count() > 80 && !hash {
                    wrong.push(format!("{path} (--lang {lang}): over 80: {line}"));
                }
            }
            let narrow_words: BTreeSet<&str> = narrow.split_whitespace().collect();
            let wide_text = wide.get(path).cloned().unwrap_or_default();
            // Longer words are not a date, a number or a key (a journal entry's JSON): a
            // listing may break them.
            for word in wide_text
                .split_whitespace()
                .filter(|w| w.chars().count() <= 30)
            {
                if narrow_words.contains(word) {
                    continue;
                }
                let chars: Vec<(usize, char)> = word.char_indices().collect();
                // Cut in two, both parts are words of the narrow table.
                let cut = chars
                    .iter()
                    .skip(3)
                    .map(|&(i, _)| (&word[..i], &word[i..]))
                    .find(|(head, tail)| narrow_words.contains(head) && narrow_words.contains(tail))
                    .map(|(head, _)| head);
                if let Some(prefix) = cut {
                    wrong.push(format!(
                        "{path} (--lang {lang}): `{word}` split after `{prefix}`:\n{narrow}"
                    ));
                }
            }
        });
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
