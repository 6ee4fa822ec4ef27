//! `minutes draft M [--lang nl|en] [--format md|html] [--output FILE] [--names]`.

use std::path::PathBuf;

use clap::Args;

use crate::app::Ctx;
use crate::domain::lang::Lang;
use crate::exit::UsageError;
use crate::ops::minutes as ops;
use crate::output::Format;

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The meeting's number
    pub meeting: i64,
    /// Language of the minutes for this once: nl or en [default: the association's]
    #[arg(long, value_parser = lang_arg)]
    pub lang: Option<Lang>,
    /// Write the minutes to this file (owner-only: they name members) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Name the members present (apologies and proxies are always named)
    #[arg(long)]
    pub names: bool,
}

pub(crate) fn lang_arg(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: crate::domain::DomainError| e.to_string())
}

/// Markdown for `--format md` (and the default table), HTML for `--format html`, and for
/// `--format json` one object with the text; CSV has no form for a document.
pub(crate) fn document_format(ctx: &Ctx, command: &str) -> anyhow::Result<Option<bool>> {
    match ctx.out.format {
        Format::Table | Format::Md => Ok(Some(false)),
        Format::Html => Ok(Some(true)),
        Format::Json => Ok(None),
        Format::Csv => Err(
            UsageError::new(format!("{command} writes a document, not a table"))
                .hint("use --format md (the default), html or json")
                .into(),
        ),
    }
}

impl DraftArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let html = document_format(ctx, "minutes draft")?;
        let mut store = ctx.open_store()?;
        let text = ops::draft(
            &mut store,
            self.meeting,
            self.lang,
            self.names,
            html.unwrap_or(false),
        )?;
        let body = match html {
            Some(_) => text,
            None => {
                let lang = match self.lang {
                    Some(l) => l,
                    None => store.read(|tx| tx.association_lang())?,
                };
                let mut s = serde_json::to_string_pretty(&serde_json::json!({
                    "meeting": self.meeting, "lang": lang.code(), "approved": false,
                    "text": text,
                }))?;
                s.push('\n');
                s
            }
        };
        write(ctx, self.output.as_deref(), &body)?;
        if let Some(p) = &self.output {
            ctx.out.outcome(
                "Wrote",
                format_args!(
                    "the draft minutes of meeting {} to {}",
                    self.meeting,
                    p.display()
                ),
            );
        }
        Ok(())
    }
}

/// A document to stdout, or to a file written atomically and owner-only.
pub(crate) fn write(ctx: &Ctx, path: Option<&std::path::Path>, body: &str) -> anyhow::Result<()> {
    ctx.out.export_to(path, |w| {
        w.write_all(body.as_bytes())?;
        Ok(())
    })
}
