//! `quorum db` and opening files that are not what they should be.

use crate::common::TestEnv;

#[test]
fn commands_other_than_init_do_not_create_a_database() {
    let env = TestEnv::empty();
    let err = env.fails(&["journal", "list"], 1);
    assert!(err.starts_with("error: no database at"), "{err}");
    assert!(err.contains("help: create one with `quorum init"), "{err}");
    assert!(!env.db().exists());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let env = TestEnv::empty();
    std::fs::write(env.db(), "Lidnummer;Naam\n1;Jan\n").unwrap();
    let err = env.fails(&["journal", "list"], 1);
    assert!(err.contains("is not a quorum database"), "{err}");
    assert_eq!(std::fs::read(env.db()).unwrap(), b"Lidnummer;Naam\n1;Jan\n");
}

#[test]
fn an_sqlite_file_of_another_program_is_refused() {
    let env = TestEnv::empty();
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let err = env.fails(&["journal", "list"], 1);
    assert!(err.contains("not a quorum database"), "{err}");
}

#[test]
fn a_database_from_a_newer_quorum_is_refused() {
    let env = TestEnv::new();
    rusqlite::Connection::open(env.db())
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let before = env.dump();
    let err = env.fails(&["journal", "list"], 1);
    assert!(err.contains("written by a newer quorum"), "{err}");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_read_only_database_can_be_read_but_not_written() {
    let env = TestEnv::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Checkpoint first so the read-only file holds everything.
        rusqlite::Connection::open(env.db())
            .unwrap()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o400)).unwrap();
        env.ok(&["journal", "verify"]);
        assert!(!env.ok(&["journal", "list", "--format", "csv"]).is_empty());
        let before = env.snapshot();
        let err = env.fails(&["category", "add", "collective", "--weight", "3"], 1);
        assert!(err.contains("is read-only"), "{err}");
        assert!(err.contains("help: make it writable"), "{err}");
        assert_eq!(env.snapshot(), before);
        // `chmod u+w`, as the hint says, and writing works again (the `-shm` the read-only
        // run made is not left blocking it).
        std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o600)).unwrap();
        env.ok(&["category", "add", "collective", "--weight", "3"]);
    }
}

/// A plain SQLite file in rollback-journal mode, so that any change to its header shows.
fn plain_sqlite(path: &std::path::Path, app_id: i32, version: u32) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        .unwrap();
    conn.pragma_update(None, "application_id", app_id).unwrap();
    conn.pragma_update(None, "user_version", version).unwrap();
}

#[test]
fn foreign_and_too_new_files_are_refused_before_any_byte_changes() {
    for (app_id, version, says) in [
        (7, 2, "not a quorum database"),
        (
            i32::from_be_bytes(*b"QRM1"),
            999,
            "written by a newer quorum",
        ),
    ] {
        let env = TestEnv::empty();
        plain_sqlite(&env.db(), app_id, version);
        let before = std::fs::read(env.db()).unwrap();
        let err = env.fails(&["member", "list"], 1);
        assert!(err.contains(says), "{err}");
        assert_eq!(std::fs::read(env.db()).unwrap(), before, "{says}");
        assert!(!env.path("test.db-wal").exists());
    }
}

#[test]
fn a_schema_that_lacks_what_its_version_promises_is_named() {
    let env = TestEnv::new();
    // The first build's migration 1 was edited later to add journal_head: a file from before
    // that edit says schema 1 and has no such table.
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute_batch("DROP TABLE journal_head")
        .unwrap();
    let before = env.snapshot();
    let err = env.fails(&["member", "list"], 1);
    assert!(
        err.contains("lacks what that schema has: table journal_head"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}

#[test]
fn new_databases_carry_quorum_s_application_id() {
    let env = TestEnv::new();
    let id: i32 = rusqlite::Connection::open(env.db())
        .unwrap()
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id, i32::from_be_bytes(*b"QRM1"));
}

#[test]
fn path_reports_the_database_in_use() {
    let env = TestEnv::empty();
    let out = env.ok(&["db", "path"]);
    assert_eq!(out.trim(), env.db().display().to_string());
    let row = env.json(&["db", "path"]);
    assert_eq!(row["exists"], false);
    let mut cmd = env.quorum();
    cmd.env_remove("QUORUM_DB").args(["db", "path"]);
    let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    assert!(
        out.contains("quorum"),
        "the default lives in the platform data directory: {out}"
    );
}

#[test]
fn backup_makes_an_owner_only_copy_that_verifies() {
    let env = TestEnv::new();
    env.ok(&["db", "backup", "copy.db"]);
    let copy = env.path("copy.db");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let mut cmd = env.quorum();
    cmd.env("QUORUM_DB", &copy)
        .args(["journal", "verify"])
        .assert()
        .success();
    let err = env.fails(&["db", "backup", "copy.db"], 1);
    assert!(err.contains("already exists"), "{err}");
    // Nothing but the copy itself appears beside it: no temporary file, no `-journal`.
    let mut names: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("copy") || n.starts_with(".copy"))
        .collect();
    names.sort();
    assert_eq!(names, ["copy.db"]);
}

#[test]
fn a_failed_backup_leaves_nothing_behind() {
    let env = TestEnv::new();
    // The folder does not exist: nothing can be made, and nothing is.
    let err = env.fails(&["db", "backup", "nope/copy.db"], 1);
    assert!(err.contains("nope/copy.db"), "{err}");
    assert!(!env.path("nope").exists());
    // A leftover of a killed backup is cleared by the next one.
    std::fs::write(env.path(".copy.db.999999999.tmp"), "half a copy").unwrap();
    env.ok(&["db", "backup", "copy.db"]);
    #[cfg(target_os = "linux")]
    assert!(!env.path(".copy.db.999999999.tmp").exists());
}

#[test]
fn the_first_release_s_file_upgrades_with_an_owner_only_copy_aside() {
    let env = TestEnv::empty();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/upgrade/v1.db"),
        env.db(),
    )
    .unwrap();
    let out = env.quorum().args(["journal", "verify"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("Upgraded"), "{stderr}");
    let copy = env.path("test.v1.bak");
    assert!(copy.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(
            std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let members = env.json(&["member", "list", "--status", "all"]);
    assert_eq!(members.as_array().unwrap().len(), 9);
}

#[test]
fn check_passes_on_a_healthy_database_and_fails_on_a_dangling_reference() {
    let env = TestEnv::new();
    env.ok(&["db", "check"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO member (number, family_name, category_id, created_at, updated_at)
         VALUES (1, 'X', 99, 'now', 'now');",
    )
    .unwrap();
    drop(conn);
    let err = env.fails(&["db", "check"], 1);
    assert!(err.contains("foreign key"), "{err}");
}

/// Holds the file the way a bulk import does: rollback journal, exclusive lock.
fn hold_like_an_import(env: &TestEnv) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
    conn
}

#[test]
fn while_an_import_has_the_file_others_wait_then_say_busy() {
    let env = TestEnv::new();
    let lock = hold_like_an_import(&env);
    let out = env
        .quorum()
        .env("QUORUM_WAIT", "1")
        .args(["member", "list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("busy: an import is running"), "{err}");
    assert!(!err.contains("not a usable database"), "{err}");
    // Released within the bound: the waiting command goes ahead.
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(500));
        lock.execute_batch("COMMIT").unwrap();
    });
    let out = env
        .quorum()
        .env("QUORUM_WAIT", "20")
        .args(["category", "add", "collective", "--weight", "3"])
        .output()
        .unwrap();
    release.join().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A database on a read-only filesystem (a backup on a write-protected stick) can be read: list,
/// show, export, journal verify; a write is refused with the reason. The read-only mount is made in
/// a user and mount namespace (`unshare -rm`), so no privileges are needed; where the machine
/// allows no namespaces the test says so and checks nothing else.
#[test]
fn a_database_on_a_read_only_filesystem_can_be_read() {
    if !std::process::Command::new("unshare")
        .args(["-rm", "true"])
        .status()
        .is_ok_and(|s| s.success())
    {
        eprintln!("skipped: this machine allows no user namespaces (unshare -rm)");
        return;
    }
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    let ro = env.path("stick");
    std::fs::create_dir(&ro).unwrap();
    let bin = assert_cmd::cargo::cargo_bin!("quorum");
    let script = format!(
        "mount --bind '{dir}' '{ro}' && mount -o remount,ro,bind '{ro}' && cd '{ro}' && \
         Q='{bin}' && \
         \"$Q\" member list --format csv && \"$Q\" member show 1 --format csv && \
         \"$Q\" member export --status all && \"$Q\" journal verify && \
         {{ \"$Q\" member add --family-name Bakker --joined 2020-01-01; echo \"add exit $?\"; }}",
        dir = env.dir.path().display(),
        ro = ro.display(),
        bin = bin.display()
    );
    let out = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("QUORUM_DB", "test.db")
        .env("QUORUM_NOW", crate::common::NOW)
        .env("QUORUM_ACTOR", "tester")
        .env("NO_COLOR", "1")
        .env("HOME", env.dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1,Jansen,"), "listing: {stdout}");
    assert!(
        stdout.contains("Verified the journal is intact"),
        "{stdout}"
    );
    assert!(
        stdout.contains("add exit 1"),
        "the write is refused: {stdout}"
    );
    assert!(
        stderr.contains("is on a read-only filesystem"),
        "with the reason: {stderr}"
    );
    // Nothing was written: the registry still has one member.
    let csv = env.ok(&["member", "list", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 2, "{csv}");

    // A copy taken with changes still in its -wal is refused there, not read without them.
    let copy = env.path("copy");
    std::fs::create_dir(&copy).unwrap();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        conn.execute("UPDATE association SET name = name || ' (kopie)'", [])
            .unwrap();
        std::fs::copy(env.db(), copy.join("test.db")).unwrap();
        std::fs::copy(env.path("test.db-wal"), copy.join("test.db-wal")).unwrap();
    }
    let script = format!(
        "mount --bind '{copy}' '{ro}' && mount -o remount,ro,bind '{ro}' && cd '{ro}' && \
         '{bin}' member list",
        copy = copy.display(),
        ro = ro.display(),
        bin = bin.display()
    );
    let out = std::process::Command::new("unshare")
        .args(["-rm", "sh", "-c", &script])
        .env_clear()
        .env("QUORUM_DB", "test.db")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("changes still in its -wal file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `db restore FILE`: the backup is checked in a copy, the current file is kept aside, the
/// backup is put in its place with a journal entry; a damaged or foreign file is refused with
/// the database as it was; the backup itself is never changed.
#[test]
fn a_backup_is_restored_after_it_is_checked() {
    let env = TestEnv::new();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Jansen",
        "--joined",
        "2020-01-01",
    ]);
    env.ok(&["db", "backup", "backup.db"]);
    let backup = std::fs::read(env.path("backup.db")).unwrap();
    env.ok(&[
        "member",
        "add",
        "--family-name",
        "Bakker",
        "--joined",
        "2020-01-01",
    ]);

    // Without a terminal it needs --yes; a missing, foreign or damaged file is refused.
    let e = env.fails(&["db", "restore", "backup.db"], 2);
    assert!(e.contains("--yes"), "{e}");
    let before = env.dump();
    let e = env.fails(&["db", "restore", "nope.db", "--yes"], 1);
    assert!(e.contains("no backup at nope.db"), "{e}");
    std::fs::write(env.path("notes.txt"), "not a database").unwrap();
    let e = env.fails(&["db", "restore", "notes.txt", "--yes"], 1);
    assert!(e.contains("cannot be restored"), "{e}");
    // A backup whose journal was edited (an entry's summary changed) is refused by the chain.
    std::fs::copy(env.path("backup.db"), env.path("tampered.db")).unwrap();
    rusqlite::Connection::open(env.path("tampered.db"))
        .unwrap()
        .execute("UPDATE journal SET summary = 'anders' WHERE seq = 2", [])
        .unwrap();
    let e = env.fails(&["db", "restore", "tampered.db", "--yes"], 1);
    assert!(
        e.contains("cannot be restored: its journal is broken at entry 2"),
        "{e}"
    );
    // A file cut in half is refused as damaged.
    std::fs::write(env.path("cut.db"), &backup[..backup.len() / 2]).unwrap();
    let e = env.fails(&["db", "restore", "cut.db", "--yes"], 1);
    assert!(e.contains("cannot be restored"), "{e}");
    assert_eq!(env.dump(), before, "a refused restore changes nothing");

    let out = env.json(&["db", "restore", "backup.db", "--yes"]);
    assert_eq!(out["command"], "db restore");
    let kept = out["changed"]["kept"].as_str().unwrap().to_string();
    assert!(kept.contains("test.db.before-restore-"), "{kept}");
    let list = env.ok(&["member", "list", "--format", "csv"]);
    assert!(
        list.contains("Jansen") && !list.contains("Bakker"),
        "{list}"
    );
    env.ok(&["journal", "verify"]);
    let journal = env.json(&["journal", "list"]);
    let last = journal.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "db.restore", "{last}");
    assert!(
        last["summary"]
            .as_str()
            .unwrap()
            .starts_with("restored the database from a backup (sha256 "),
        "{last}"
    );
    assert_eq!(
        std::fs::read(env.path("backup.db")).unwrap(),
        backup,
        "the backup is not changed"
    );
    // The file before is whole: it still has the member added after the backup.
    let old = env.ok(&["--db", &kept, "member", "list", "--format", "csv"]);
    assert!(old.contains("Bakker"), "{old}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
