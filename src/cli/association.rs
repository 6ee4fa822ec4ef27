//! `quorum association show|edit --lang`: the association's name and language.

use crate::domain::msg::msg;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::Ctx;
use crate::domain::lang::Lang;

/// Show or change the association's settings
#[derive(Debug, Subcommand)]
pub enum AssociationCmd {
    /// Print the name and the language of documents for members
    Show,
    /// Change the language of documents for members (journaled)
    Edit(EditArgs),
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// nl (Dutch) or en (English)
    #[arg(long, value_parser = crate::cli::choices::LangChoice::parser(), ignore_case = true)]
    pub lang: Lang,
}

#[derive(Debug, Default, Serialize)]
struct Row {
    name: String,
    lang: String,
    language: String,
}

impl Row {
    fn new(name: String, lang: Lang) -> Self {
        Row {
            name,
            lang: lang.code().into(),
            language: lang.name().into(),
        }
    }
}

impl AssociationCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        match self {
            AssociationCmd::Show => {
                let (name, lang) = crate::ops::association::show(&mut store)?;
                ctx.out.record(&Row::new(name, lang))
            }
            AssociationCmd::Edit(a) => {
                let changed = crate::ops::association::edit(
                    &mut store,
                    &ctx.actor("association edit"),
                    a.lang,
                )?;
                if !changed.nothing_changed {
                    ctx.out
                        .outcome_msg(&msg!("association-lang-changed", lang = a.lang.name()));
                } else {
                    ctx.out.outcome_line_msg(&msg!(
                        "association-lang-unchanged",
                        lang = a.lang.name()
                    ));
                }
                let changed = changed.map(|(name, lang)| Row::new(name, lang));
                crate::cli::report(ctx, "association edit", changed)
            }
        }
    }
}
