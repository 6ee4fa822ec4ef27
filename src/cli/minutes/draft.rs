//! `minutes draft M [--lang nl|en] [--format md|html] [--output FILE] [--names] [--appendix]
//! [--circulate]`.

use std::path::PathBuf;

use clap::Args;

use crate::app::Ctx;
use crate::domain::lang::Lang;
use crate::exit::UsageError;
use crate::ops::minutes as ops;
use crate::output::Format;
use crate::output::minutes::Minutes;

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The meeting's number
    pub meeting: i64,
    /// Language of the minutes for this once: nl or en [default: the association's]
    #[arg(long, value_parser = crate::cli::choices::LangChoice::parser(), ignore_case = true)]
    pub lang: Option<Lang>,
    /// Write the minutes to this file (owner-only: they name members) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Name the members present (apologies and proxies are always named)
    #[arg(long)]
    pub names: bool,
    /// Add a technical appendix: internal numbers, the rules applied by key, the journal anchor
    #[arg(long, conflicts_with = "circulate")]
    pub appendix: bool,
    /// Freeze this text as the version sent to members for approval (journaled with its
    /// SHA-256); `minutes approve` then seals exactly this text
    #[arg(long)]
    pub circulate: bool,
    /// For a cancelled meeting: the short notice that it does not take place ("vervallen")
    #[arg(long, conflicts_with_all = ["circulate", "appendix", "names"])]
    pub cancelled: bool,
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
        if self.cancelled {
            let (text, lang) =
                ops::cancelled_notice::<Minutes>(&mut store, self.meeting, self.lang)?;
            let body = match html {
                Some(false) => text,
                Some(true) => crate::output::minutes::html(&text, lang),
                None => {
                    let mut s = serde_json::to_string_pretty(&serde_json::json!({
                        "meeting": self.meeting, "cancelled": true, "text": text,
                    }))?;
                    s.push('\n');
                    s
                }
            };
            return write(ctx, self.output.as_deref(), &body);
        }
        let options = ops::DraftOptions {
            lang: self.lang,
            names: self.names,
            html: html.unwrap_or(false),
            appendix: self.appendix,
        };
        let mut circulated = None;
        let d = if self.circulate {
            let c = ops::circulate::<Minutes>(
                &mut store,
                &ctx.actor("minutes draft"),
                self.meeting,
                options,
                ctx.clock.today(),
            )?;
            ctx.out.status(
                "Circulated",
                format_args!(
                    "version {} of the minutes of meeting {} for approval (sha256 {})",
                    c.version, self.meeting, c.sha256
                ),
            );
            circulated = Some(serde_json::json!({
                "version": c.version, "sha256": c.sha256,
                "on": ctx.clock.today().to_string(),
            }));
            c.draft
        } else {
            ops::draft::<Minutes>(&mut store, self.meeting, options)?
        };
        if d.no_chair {
            ctx.out.warn(format_args!(
                "the chair of meeting {} is not recorded; the minutes say so (`quorum meeting edit {} --chair N`)",
                self.meeting, self.meeting
            ));
        }
        if d.no_secretary {
            ctx.out.warn(format_args!(
                "the minute-taker of meeting {} is not recorded; the minutes say so (`quorum meeting edit {} --secretary N`)",
                self.meeting, self.meeting
            ));
        }
        let body = match html {
            Some(_) => d.text,
            None => {
                let mut v = serde_json::json!({
                    "meeting": self.meeting, "lang": d.lang.code(), "approved": false,
                    "text": d.text,
                });
                if let Some(c) = circulated {
                    v["circulated"] = c;
                }
                let mut s = serde_json::to_string_pretty(&v)?;
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
