//! `quorum init` and opening databases: the file, its mode, and refusing what is not ours.

use crate::common::TestEnv;

#[test]
fn init_creates_an_owner_only_database_with_default_categories() {
    let env = TestEnv::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(env.db()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let dump = env.dump();
    for c in ["regular", "honorary", "youth", "supporter"] {
        assert!(dump.contains(c), "category {c} missing");
    }
}

#[test]
fn init_refuses_an_existing_file_and_a_missing_folder() {
    let env = TestEnv::new();
    let before = env.snapshot();
    let err = env.fails(&["init", "--name", "Other"], 1);
    assert!(err.starts_with("error: a file already exists"), "{err}");
    assert_eq!(env.snapshot(), before);
    let err = env.fails(&["--db", "no/such/folder/q.db", "init", "--name", "X"], 1);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!env.path("no").exists());
}

#[test]
fn init_without_name_when_not_interactive_names_the_flag() {
    let env = TestEnv::empty();
    let err = env.fails(&["init"], 2);
    assert!(err.contains("missing --name"), "{err}");
    assert!(!env.db().exists());
}
