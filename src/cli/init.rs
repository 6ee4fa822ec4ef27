//! `quorum init`: a new database with the association's name, the default categories and the
//! statutes' default rules.

use clap::Args;

use crate::app::Ctx;
use crate::domain::category;

/// Create a new database for an association
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The association's name, as in its statutes
    #[arg(long)]
    pub name: Option<String>,
    /// Language of documents for members (letters, agendas, minutes): nl or en
    #[arg(long, value_parser = super::association::lang_arg, default_value = "nl")]
    pub lang: crate::domain::lang::Lang,
}

impl InitArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let name = ctx.required(self.name, "--name", "Name of the association")?;
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(crate::exit::UsageError::new("--name must not be empty").into());
        }
        let mut store = ctx.create_store()?;
        let actor = ctx.actor("init");
        let result = store.write(&actor, |tx| {
            tx.set_association(&name)?;
            if self.lang != crate::domain::lang::Lang::default() {
                tx.set_association_lang(self.lang)?;
            }
            for c in category::defaults() {
                tx.add_category(&c)?;
            }
            tx.init_rules(ctx.clock.today())?;
            Ok(())
        });
        if let Err(e) = result {
            // A database that failed to initialise is of no use; do not leave it behind.
            let path = store.path().to_path_buf();
            drop(store);
            let _ = std::fs::remove_file(&path);
            return Err(e);
        }
        ctx.out.outcome(
            "Created",
            format_args!("the registry of {name} in {}", store.path().display()),
        );
        let db = store.path().display().to_string();
        let changed = serde_json::json!({ "name": name, "db": db });
        crate::cli::report_change(ctx, &mut store, "init", changed)
    }
}
