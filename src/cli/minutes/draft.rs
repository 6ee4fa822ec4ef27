//! `minutes draft M [--lang nl|en] [--format md|html] [--output FILE] [--names] [--appendix]
//! [--circulate]`.

use std::path::PathBuf;

use clap::Args;

use crate::app::Ctx;
use crate::domain::lang::Lang;
use crate::domain::msg::msg;
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
            UsageError::new(msg!("minutes-not-a-table", command = command))
                .hint(msg!("minutes-not-a-table-hint"))
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
                None => json_document(&Cancelled {
                    meeting: self.meeting,
                    cancelled: true,
                    text,
                })?,
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
            ctx.out.status_msg(&msg!(
                "minutes-circulated",
                version = c.version,
                meeting = self.meeting,
                sha256 = c.sha256.as_str()
            ));
            circulated = Some(Circulated {
                version: Some(c.version),
                sha256: c.sha256.clone(),
                on: ctx.clock.today().to_string(),
            });
            c.draft
        } else {
            ops::draft::<Minutes>(&mut store, self.meeting, options)?
        };
        if d.no_chair {
            ctx.out
                .warn_msg(&msg!("minutes-no-chair", meeting = self.meeting));
        }
        if d.no_secretary {
            ctx.out
                .warn_msg(&msg!("minutes-no-secretary", meeting = self.meeting));
        }
        let body = match html {
            Some(_) => d.text,
            None => json_document(&Document {
                meeting: self.meeting,
                lang: d.lang.code().to_string(),
                approved: false,
                circulated,
                text: d.text,
            })?,
        };
        write(ctx, self.output.as_deref(), &body)?;
        if let Some(p) = &self.output {
            ctx.out.outcome_msg(&msg!(
                "minutes-draft-wrote",
                meeting = self.meeting,
                path = p.display().to_string()
            ));
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

/// The minutes as one JSON object (`minutes draft`, `minutes show` of a draft or of the version
/// circulated): the text with what it is.
#[derive(Debug, serde::Serialize)]
pub(crate) struct Document {
    pub meeting: i64,
    pub lang: String,
    pub approved: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub circulated: Option<Circulated>,
    pub text: String,
}

/// The version sent to members for approval: its number (where just frozen), SHA-256 and day.
#[derive(Debug, serde::Serialize)]
pub(crate) struct Circulated {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<usize>,
    pub sha256: String,
    pub on: String,
}

/// The notice of a cancelled meeting as JSON.
#[derive(Debug, serde::Serialize)]
struct Cancelled {
    meeting: i64,
    cancelled: bool,
    text: String,
}

/// A document's JSON object, pretty-printed with a final newline.
pub(crate) fn json_document(v: &impl serde::Serialize) -> anyhow::Result<String> {
    let mut s = serde_json::to_string_pretty(v)?;
    s.push('\n');
    Ok(s)
}
