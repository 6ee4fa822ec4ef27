//! The context a command runs in: the global flags resolved into what they mean (which database,
//! whether quorum may ask, who is acting), output, clock and how to reach the store.
//!
//! `cli` builds it from the clap structs (as ripgrep turns low-level args into high-level ones);
//! nothing here knows about clap, so `app` never imports `cli`.

use std::io::IsTerminal as _;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::clock::Clock;
use crate::domain::lang::Lang;
use crate::domain::msg::msg;
use crate::output::Output;
use crate::store::{Actor, Store};

pub mod lang;

/// How long a command waits for an import that has the file to itself.
const DEFAULT_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// Where the database path came from, for `quorum db path`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbSource {
    /// `--db` or `QUORUM_DB` (clap reads both into the same flag).
    Given,
    /// The platform data directory.
    Default,
}

/// Everything a command handler needs besides its own arguments.
pub struct Ctx {
    /// `--db` or `QUORUM_DB`; `None` means the platform data directory.
    pub db: Option<PathBuf>,
    /// `--yes`: destructive actions are confirmed already.
    pub yes: bool,
    /// Who is recorded in the journal: `--actor`, `QUORUM_ACTOR`, else the OS user.
    pub actor: String,
    pub out: Output,
    pub clock: Clock,
    /// True when quorum may ask questions: stdin and stderr are terminals and `--no-input` is off.
    pub interactive: bool,
    /// The language of the terminal (`lang::resolve`): help, table headers. Documents for
    /// members follow the association's language, whatever this says.
    pub lang: Lang,
}

/// The global settings as given, before they are resolved into a `Ctx`.
pub struct Settings {
    pub db: Option<PathBuf>,
    pub out: Output,
    pub yes: bool,
    pub no_input: bool,
    pub actor: Option<String>,
    /// `--lang` or `QUORUM_LANG`.
    pub lang: Option<Lang>,
}

/// Who runs the process: `$USER` (`$USERNAME` on Windows) when set, else the login name of the
/// process's user from the system's user database, so a cron job or a container without `$USER`
/// still records a name.
fn login_name() -> Option<String> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    env("USER")
        .or_else(|| env("LOGNAME"))
        .or_else(|| env("USERNAME"))
        .or_else(user_of_process)
}

#[cfg(unix)]
fn user_of_process() -> Option<String> {
    use std::os::unix::fs::MetadataExt as _;
    // The owner of /proc/self is the process's user; without /proc there is no uid to look up.
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    user_in_passwd(&passwd, uid)
}

#[cfg(not(unix))]
fn user_of_process() -> Option<String> {
    None
}

/// The name of `uid` in an `/etc/passwd` text (`name:x:uid:gid:…`).
pub fn user_in_passwd(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id: u32 = fields.nth(1)?.parse().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_string())
    })
}

/// The database path `--db` gives, else the platform data directory's.
fn db_path_of(given: Option<&std::path::Path>) -> anyhow::Result<(PathBuf, DbSource)> {
    if let Some(p) = given {
        return Ok((p.to_path_buf(), DbSource::Given));
    }
    let dirs = directories::ProjectDirs::from("nl", "quorum", "quorum")
        .context("no home directory to keep the database in; pass --db PATH")?;
    Ok((dirs.data_dir().join("quorum.db"), DbSource::Default))
}

/// The terminal language for what clap prints before a `Ctx` exists (help, usage errors): the
/// same order as `Ctx::new`, read from the raw arguments and the environment.
pub fn lang_before_parsing(args: &[std::ffi::OsString]) -> Lang {
    let given = match lang::flag_in(args, "lang") {
        Some(v) => v.parse().ok(),
        None => lang::from_env().ok().flatten(),
    };
    let db = lang::flag_in(args, "db")
        .or_else(|| lang::env_var("QUORUM_DB"))
        .map(PathBuf::from);
    lang::resolve(
        given,
        || Store::stored_lang(&db_path_of(db.as_deref()).ok()?.0),
        lang::env_var,
    )
    .0
}

impl Ctx {
    /// Resolves the settings against the environment: terminals, the OS user, the clock.
    pub fn new(settings: Settings) -> anyhow::Result<Self> {
        let interactive =
            !settings.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        let actor = settings
            .actor
            .filter(|a| !a.trim().is_empty())
            .or_else(login_name)
            .unwrap_or_else(|| "unknown".to_string());
        let db = settings.db;
        let given = match settings.lang {
            Some(lang) => Some(lang),
            None => lang::from_env()?,
        };
        let (lang, _) = lang::resolve(
            given,
            || Store::stored_lang(&db_path_of(db.as_deref()).ok()?.0),
            lang::env_var,
        );
        let mut out = settings.out;
        out.lang = lang;
        crate::i18n::set_terminal_lang(lang);
        Ok(Ctx {
            lang,
            db,
            yes: settings.yes,
            actor,
            out,
            clock: Clock::from_env()?,
            interactive,
        })
    }

    /// The database path and where it came from.
    pub fn db_path(&self) -> anyhow::Result<(PathBuf, DbSource)> {
        db_path_of(self.db.as_deref())
    }

    /// Opens the existing database (never creates one), upgrading an old schema.
    pub fn open_store(&self) -> anyhow::Result<Store> {
        let (path, _) = self.db_path()?;
        let store = self.open_waiting(&path)?;
        if let Some((from, copy)) = &store.upgraded {
            self.out.status(
                "Upgraded",
                format_args!(
                    "{} from schema {from}; the old file was copied to {}",
                    path.display(),
                    copy.display()
                ),
            );
        }
        Ok(store)
    }

    /// Opens the database, waiting while an import has it to itself (saying so on a terminal),
    /// up to `QUORUM_WAIT` seconds (default 60), then fails with "busy" rather than a message
    /// that reads like a damaged file.
    fn open_waiting(&self, path: &std::path::Path) -> anyhow::Result<Store> {
        let bound = std::env::var("QUORUM_WAIT")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
            .map_or(DEFAULT_WAIT, std::time::Duration::from_secs);
        let start = std::time::Instant::now();
        let mut said = false;
        loop {
            match Store::open(path, self.clock.now()) {
                Err(e) if crate::store::is_busy(&e) => {
                    if start.elapsed() >= bound {
                        return Err(crate::exit::hinted(
                            format!("busy: an import is running on {}", path.display()),
                            "wait until it has finished, then run the command again",
                        ));
                    }
                    if !said && std::io::stderr().is_terminal() {
                        self.out.status(
                            "Waiting",
                            format_args!("for an import to finish with {}", path.display()),
                        );
                        said = true;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
                other => return other,
            }
        }
    }

    /// Creates a new database; the platform data directory is made if needed, a given folder not.
    pub fn create_store(&self) -> anyhow::Result<Store> {
        let (path, source) = self.db_path()?;
        if source == DbSource::Default
            && let Some(dir) = path.parent()
        {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        Store::create(&path)
    }

    /// The journal's who/when/what for a writing command such as `member add`.
    pub fn actor(&self, command: &str) -> Actor {
        Actor {
            name: self.actor.clone(),
            command: command.to_string(),
            at: self.clock.now(),
        }
    }

    /// `--yes` or, on a terminal, a confirmation; otherwise a usage error naming `--yes`.
    pub fn confirm(&self, question: &str) -> anyhow::Result<()> {
        if self.yes {
            return Ok(());
        }
        if !self.interactive {
            return Err(crate::exit::UsageError::new(msg!(
                "confirm-not-a-terminal",
                question = question
            ))
            .hint(msg!("confirm-not-a-terminal-hint"))
            .into());
        }
        let ok = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()?;
        if ok {
            Ok(())
        } else {
            Err(crate::exit::Failed(msg!("confirm-cancelled")).into())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_login_name_comes_from_the_user_database() {
        let passwd =
            "root:x:0:0:root:/root:/bin/bash\n# comment\nsecretaris:x:1000:1000::/home/s:/bin/sh\n";
        assert_eq!(
            super::user_in_passwd(passwd, 1000).as_deref(),
            Some("secretaris")
        );
        assert_eq!(super::user_in_passwd(passwd, 0).as_deref(), Some("root"));
        assert_eq!(super::user_in_passwd(passwd, 42), None);
    }
}
