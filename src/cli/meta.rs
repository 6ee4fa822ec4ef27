//! `quorum completions` and `quorum man`: generated from the same clap definition as the parser,
//! so they cannot drift. The committed files under `completions/` are checked by a test.

use crate::domain::msg::msg;
use crate::exit::Failed;
use std::path::PathBuf;

use clap::{Args, ValueHint};
use clap_complete::Shell;

use crate::app::Ctx;
use crate::cli::examples;

/// Print the completion script for a shell
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

impl CompletionsArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        ctx.out.text(&completion_script(self.shell))
    }
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn completion_script(shell: Shell) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "quorum", &mut buf);
    String::from_utf8(buf).expect("clap_complete writes UTF-8")
}

/// Print the man page of quorum, or write one page per command into a folder
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write `quorum.1`, `quorum-member.1`, `quorum-member-add.1`, … into this folder (made if
    /// missing) instead of printing `quorum.1`
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

impl ManArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut cmd = super::command().disable_help_subcommand(true);
        // Built, so that every subcommand carries the global options on its own page.
        cmd.build();
        let Some(dir) = self.dir else {
            return ctx.out.text(&man_page(&cmd, "quorum")?);
        };
        std::fs::create_dir_all(&dir).map_err(|e| {
            Failed(msg!(
                "man-cannot-create",
                path = dir.display().to_string(),
                why = e.to_string()
            ))
        })?;
        let pages = man_pages(&cmd)?;
        for (file, page) in &pages {
            let path = dir.join(file);
            std::fs::write(&path, page).map_err(|e| {
                Failed(msg!(
                    "man-cannot-write",
                    path = path.display().to_string(),
                    why = e.to_string()
                ))
            })?;
        }
        ctx.out.outcome_msg(&msg!(
            "man-pages-wrote",
            count = pages.len(),
            path = dir.display().to_string()
        ));
        Ok(())
    }
}

/// Every page: `(file name, roff)` for the command and each visible subcommand, depth first.
pub fn man_pages(cmd: &clap::Command) -> anyhow::Result<Vec<(String, String)>> {
    fn walk(
        cmd: &clap::Command,
        path: &str,
        pages: &mut Vec<(String, String)>,
    ) -> anyhow::Result<()> {
        pages.push((
            format!("{}.1", path.replace(' ', "-")),
            man_page(cmd, path)?,
        ));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            if sub.get_name() != "help" {
                walk(sub, &format!("{path} {}", sub.get_name()), pages)?;
            }
        }
        Ok(())
    }
    let mut pages = Vec::new();
    walk(cmd, "quorum", &mut pages)?;
    Ok(pages)
}

/// The page of one command: clap's sections, then the ones a reader looks for in a man page.
fn man_page(cmd: &clap::Command, path: &str) -> anyhow::Result<String> {
    // Titled and named by the whole command (`quorum-member-add(1)`, not `add(1)`), with the
    // synopsis as it is typed.
    let named = cmd
        .clone()
        .display_name(path.replace(' ', "-"))
        .bin_name(path);
    let man = clap_mangen::Man::new(named);
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut buf)?;
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut buf)?;
    }
    let mut page = String::from_utf8(buf)?;
    page.push_str(COMMON_SECTIONS);
    if let Some(ex) = examples::for_path(path) {
        page.push_str(".SH EXAMPLES\n.nf\n");
        for line in ex.lines() {
            page.push_str(&roff_line(line.trim_start()));
            page.push('\n');
        }
        page.push_str(".fi\n");
    }
    page.push_str(&format!(
        ".SH SEE ALSO\n{}\n",
        roff_line("quorum(1), and `quorum COMMAND --help` for each command")
    ));
    Ok(page)
}

/// Text as one roff line: backslashes and hyphens escaped, a leading control character guarded.
fn roff_line(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// What every command shares: exit codes, environment and files (as in docs/reference/).
const COMMON_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Success (also when the reader of stdout went away, as with \fBhead\fR).
.TP
\fB1\fR
The operation failed: refused by a rule, not found, bad data, an I/O or database error. Nothing was changed.
.TP
\fB2\fR
Usage error: a bad flag or value, a format the command has no form for, a missing value when quorum cannot ask, \fB\-\-yes\fR required. Nothing was changed.
.SH ENVIRONMENT
.TP
\fBQUORUM_DB\fR
The database file, as \fB\-\-db\fR.
.TP
\fBQUORUM_ACTOR\fR
The name recorded in the journal, as \fB\-\-actor\fR; otherwise \fBUSER\fR, else the login name of the process.
.TP
\fBQUORUM_NO_INPUT\fR
Never prompt, as \fB\-\-no\-input\fR: \fB1\fR, \fBtrue\fR, \fByes\fR or \fBon\fR (\fB0\fR, \fBfalse\fR, \fBno\fR, \fBoff\fR: prompt on a terminal).
.TP
\fBQUORUM_LANG\fR
\fBnl\fR or \fBen\fR: the language of the terminal (help, status lines, errors, table headers), as \fB\-\-lang\fR; otherwise the association\*(Aqs language, else the locale.
.TP
\fBLC_ALL\fR, \fBLC_MESSAGES\fR, \fBLANG\fR
The locale: when neither \fB\-\-lang\fR, \fBQUORUM_LANG\fR nor the database says otherwise, a value starting with \fBnl\fR makes the terminal Dutch.
.TP
\fBNO_COLOR\fR
When set and not empty, no colour unless \fB\-\-color always\fR.
.TP
\fBCOLUMNS\fR
The width tables are fitted to when stdout is a terminal.
.TP
\fBQUORUM_WAIT\fR
Seconds to wait for a bulk import that has the database to itself before failing with "busy" (default 60).
.TP
\fBQUORUM_NOW\fR
An RFC 3339 time used as "now", for reproducible examples and tests; leave it unset.
.TP
\fBQUORUM_SEED\fR
Fixes the random source (journal salts, lots, ballot codes) so that tests repeat exactly; leave it unset.
.SH FILES
.TP
\fIquorum.db\fR in the platform data directory
The database when neither \fB\-\-db\fR nor \fBQUORUM_DB\fR is given (on Linux \fI~/.local/share/quorum/quorum.db\fR); \fBquorum db path\fR prints it. Files with personal data are written readable by their owner only.
"#;
