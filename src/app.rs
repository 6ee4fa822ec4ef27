//! The context a command runs in: resolved global flags, output, clock and how to reach the store.

use std::io::IsTerminal as _;

use crate::cli::{Cli, GlobalArgs};
use crate::clock::Clock;
use crate::output::Output;

/// Everything a command handler needs besides its own arguments.
pub struct Ctx {
    pub global: GlobalArgs,
    pub out: Output,
    pub clock: Clock,
    /// True when quorum may ask questions: stdin and stderr are terminals and `--no-input` is off.
    pub interactive: bool,
}

impl Ctx {
    pub fn new(global: GlobalArgs) -> anyhow::Result<Self> {
        let out = Output::new(global.format, global.color, global.quiet);
        let interactive =
            !global.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Ok(Ctx {
            out,
            clock: Clock::from_env()?,
            interactive,
            global,
        })
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let mut ctx = Ctx::new(cli.global)?;
    cli.command.run(&mut ctx)
}
