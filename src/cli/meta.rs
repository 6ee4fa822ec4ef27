//! `quorum completions` and `quorum man`: generated from the same clap definition as the parser,
//! so they cannot drift. The committed files under `completions/` are checked by a test.

use clap::{Args, CommandFactory as _};
use clap_complete::Shell;

use crate::app::Ctx;
use crate::cli::Cli;

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
    clap_complete::generate(shell, &mut Cli::command(), "quorum", &mut buf);
    String::from_utf8(buf).expect("clap_complete writes UTF-8")
}

/// Prints the roff man page.
pub fn man(ctx: &mut Ctx) -> anyhow::Result<()> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    ctx.out.text(&String::from_utf8(buf)?)
}
