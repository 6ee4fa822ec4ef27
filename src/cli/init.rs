//! `quorum init`: a new database with the association's name, the default categories and the
//! statutes' default rules.

use crate::domain::msg::msg;
use clap::Args;

use crate::app::Ctx;

/// Create a new database for an association
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The association's name, as in its statutes
    #[arg(long)]
    pub name: Option<String>,
    /// Language of documents for members (letters, agendas, minutes): nl or en
    #[arg(long, value_parser = crate::cli::choices::LangChoice::parser(), ignore_case = true, default_value = "nl")]
    pub lang: crate::domain::lang::Lang,
}

impl InitArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let name = ctx.required(self.name, "--name", "Name of the association")?;
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(crate::exit::UsageError::new(msg!("init-empty-name")).into());
        }
        let store = ctx.create_store()?;
        let req = crate::ops::association::Init {
            name,
            lang: self.lang,
            today: ctx.clock.today(),
        };
        let changed = crate::ops::association::init(store, &ctx.actor("init"), req)?;
        ctx.out.outcome_msg(&msg!(
            "init-created",
            name = &changed.value.name,
            db = changed.value.db.to_string()
        ));
        crate::cli::report(ctx, "init", changed)
    }
}
