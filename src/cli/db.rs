//! `quorum db path|backup|check`: where the database is, a safe copy of it, and its health.

use crate::domain::msg::msg;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueHint};
use serde::Serialize;

use crate::app::{Ctx, DbSource};
use crate::exit::hinted;

/// Inspect, back up and check the database file
/// What `db check` found: the file and its problems (none, or the command fails).
#[derive(Debug, Serialize)]
struct Checked {
    db: String,
    problems: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Print the database path and where it comes from
    Path,
    /// Copy the database to FILE while it is in use (SQLite online backup)
    Backup(BackupArgs),
    /// Run SQLite's integrity and foreign-key checks
    Check,
    /// Put a backup back: checked first, the current file kept aside
    Restore(RestoreArgs),
}

/// Restore a backup
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to put back (as `quorum db backup` wrote it); it is not changed
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
}

/// Back up the database
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist yet)
    #[arg(value_hint = ValueHint::FilePath)]
    pub file: PathBuf,
}

#[derive(Debug, Default, Serialize)]
struct PathRow {
    path: String,
    source: String,
    exists: bool,
}

impl DbCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            DbCmd::Path => {
                let (path, source) = ctx.db_path()?;
                let source = match source {
                    DbSource::Given if std::env::var_os("QUORUM_DB").is_some() => {
                        "--db or QUORUM_DB"
                    }
                    DbSource::Given => "--db",
                    DbSource::Default => "default",
                };
                if ctx.out.format == crate::output::Format::Table {
                    return ctx.out.text(&format!("{}\n", path.display()));
                }
                ctx.out.record(&PathRow {
                    path: path.display().to_string(),
                    source: source.into(),
                    exists: path.exists(),
                })
            }
            DbCmd::Backup(args) => {
                let changed = crate::ops::db::backup(&mut ctx.open_store()?, &args.file)?;
                ctx.out.outcome_msg(&msg!(
                    "db-backed-up",
                    db = changed.value.db.to_string(),
                    file = changed.value.file.to_string()
                ));
                crate::cli::report(ctx, "db backup", changed)
            }
            DbCmd::Restore(args) => {
                let (db, _) = ctx.db_path()?;
                ctx.confirm(&format!(
                    "Replacing {} by the backup {} (the current file is kept beside it)",
                    db.display(),
                    args.file.display()
                ))?;
                let changed = crate::ops::db::restore(&db, &args.file, &ctx.actor("db restore"))?;
                let r = &changed.value;
                if let Some(v) = r.upgraded_from {
                    ctx.out.note_msg(&msg!("db-restore-upgraded", version = v));
                }
                let restored = msg!(
                    "db-restored",
                    db = r.db.to_string(),
                    file = r.file.to_string(),
                    entries = r.entries
                );
                ctx.out.outcome_msg(&match &r.kept {
                    Some(k) => restored.with("kept", k.to_string()),
                    None => restored.with("kept", "none"),
                });
                crate::cli::report(ctx, "db restore", changed)
            }
            DbCmd::Check => {
                let store = ctx.open_store()?;
                let problems = crate::ops::db::check(&store)?;
                if problems.is_empty() {
                    ctx.out.outcome_msg(&msg!(
                        "db-checked",
                        path = store.path().display().to_string()
                    ));
                    ctx.out.checked(Checked {
                        db: store.path().display().to_string(),
                        problems: Vec::new(),
                    })
                } else {
                    Err(hinted(
                        msg!(
                            "db-problems",
                            path = store.path().display().to_string(),
                            problems = problems.join("\n  ")
                        ),
                        msg!("db-problems-hint"),
                    ))
                }
            }
        }
    }
}
