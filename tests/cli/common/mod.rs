//! The test sandbox: a temporary directory holding the database, a cleared environment, a fixed
//! clock (`QUORUM_NOW`), no color, and a fixed terminal width.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The moment every test runs at, unless it says otherwise.
pub const NOW: &str = "2026-03-01T18:00:00Z";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

impl TestEnv {
    /// A sandbox with no database yet.
    pub fn empty() -> Self {
        TestEnv {
            dir: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    /// A sandbox with a database made by `quorum init`.
    pub fn new() -> Self {
        let env = Self::empty();
        env.ok(&["init", "--name", "Vereniging De Eendracht"]);
        env
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("test.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `quorum` with the sandbox's environment; nothing leaks in from the developer's shell.
    pub fn quorum(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same as a plain process, for a test that talks to quorum while it runs (assert_cmd
    /// waits for the end).
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("quorum"));
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("QUORUM_DB", self.db())
            .env("QUORUM_NOW", NOW)
            .env("QUORUM_ACTOR", "tester")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "120")
            .env("TZ", "UTC")
            // The expectations are English; tests of the Dutch terminal pass --lang nl.
            .env("QUORUM_LANG", "en")
            .current_dir(self.dir.path());
        cmd
    }

    /// Runs quorum with `args`, asserts success, returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_with(&[], args)
    }

    /// As `ok`, with environment variables `vars` set over the sandbox's (`COLUMNS`, …).
    pub fn ok_with(&self, vars: &[(&str, &str)], args: &[&str]) -> String {
        let out = self
            .quorum()
            .envs(vars.iter().copied())
            .args(args)
            .output()
            .expect("quorum runs");
        assert!(
            out.status.success(),
            "quorum {args:?} failed: {}\nstderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
    }

    /// What a person at the terminal reads of a command that succeeds: the outcome (stdout) and
    /// the status lines and warnings (stderr), one after the other.
    pub fn said(&self, args: &[&str]) -> String {
        let out = self.quorum().args(args).output().expect("quorum runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("stdout is UTF-8")
            + &String::from_utf8(out.stderr).expect("stderr is UTF-8")
    }

    /// Runs quorum with `args`, asserts the exit code, returns stderr.
    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let out = self.quorum().args(args).output().expect("quorum runs");
        assert_eq!(
            out.status.code(),
            Some(code),
            "quorum {args:?}: expected exit {code}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("stderr is UTF-8")
    }

    /// A sandbox holding a copy of `tests/fixtures/upgrade/NAME` (a file written by an earlier
    /// release), opened with `journal verify --head HEAD`, which must pass: returns what it said
    /// (stdout and stderr), the upgrade's own lines among them.
    pub fn upgraded_fixture(name: &str, head: &str) -> (Self, String) {
        let env = Self::empty();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/upgrade")
            .join(name);
        std::fs::copy(&fixture, env.db()).expect("copy the fixture");
        let out = env
            .quorum()
            .args(["journal", "verify", "--head", head])
            .output()
            .expect("quorum runs");
        let said = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{said}");
        (env, said)
    }

    /// Gives meeting `m` what a convocation must name (issue 27): a place where it has none and the
    /// standard agenda where it has no items, so scenarios about other rules can convene it.
    pub fn ready_to_convene(&self, m: &str) {
        let show = self.json(&["meeting", "show", m]);
        if show["location"].as_str().unwrap_or("").is_empty() {
            self.ok(&[
                "meeting",
                "edit",
                m,
                "--location",
                "Buurthuis De Kring",
                "--quiet",
            ]);
        }
        let items = self.json(&["meeting", "agenda", m, "list"]);
        if items.as_array().is_none_or(|a| a.is_empty()) {
            self.ok(&["meeting", "agenda", m, "add", "--template", "--quiet"]);
        }
    }

    /// Runs quorum with `args` and parses its `--format json` stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&all)).expect("valid JSON")
    }

    /// Bytes of the database file and its WAL: equal before and after means nothing changed.
    pub fn snapshot(&self) -> Vec<u8> {
        let mut bytes = std::fs::read(self.db()).unwrap_or_default();
        bytes.extend(std::fs::read(wal(&self.db())).unwrap_or_default());
        bytes
    }

    /// A dump of every table's content, to compare logical state independent of file layout.
    pub fn dump(&self) -> String {
        let conn = rusqlite::Connection::open(self.db()).expect("open db");
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        tables.retain(|t| !t.starts_with("sqlite_"));
        let mut out = String::new();
        for t in tables {
            // A WITHOUT ROWID table (the secret ballot's) is in the order of its key.
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {t} ORDER BY rowid"))
                .or_else(|_| conn.prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2")))
                .unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    Ok((0..n)
                        .map(|i| show(r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap();
            out.push_str(&format!("== {t}\n"));
            for r in rows {
                out.push_str(&r.unwrap());
                out.push('\n');
            }
        }
        out
    }
}

fn wal(db: &Path) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push("-wal");
    PathBuf::from(s)
}

fn show(v: rusqlite::types::ValueRef<'_>) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => "NULL".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => format!("{b:?}"),
    }
}
