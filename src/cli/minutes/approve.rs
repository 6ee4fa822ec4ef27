//! `minutes approve M --at M2 [--vote V] [--correction]`, `minutes show M [--approved]` and
//! `minutes verify M`.

use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::draft::{Circulated, Document, document_format, json_document, write};
use crate::app::Ctx;
use crate::domain::lang::Lang;
use crate::domain::minutes::SealRow;
use crate::domain::msg::msg;
use crate::ops::minutes as ops;
use crate::output::minutes::Minutes;

#[derive(Debug, Args)]
pub struct ApproveArgs {
    /// The meeting whose minutes are approved
    pub meeting: i64,
    /// The meeting that approves them (the next one, or the same where minutes_adopted_by says so)
    #[arg(long, value_name = "M")]
    pub at: i64,
    /// The vote that adopted them; without it, approved by acclamation (no vote counted)
    #[arg(long, value_name = "V")]
    pub vote: Option<i64>,
    /// Minutes already approved are corrected: a new seal that names the one it corrects
    #[arg(long)]
    pub correction: bool,
    /// Name the members present in the sealed text
    #[arg(long)]
    pub names: bool,
}

/// The approved minutes as one JSON object (`minutes show --approved`): the seal, the text
/// exactly as sealed, and the annotations beside it.
#[derive(Debug, Serialize)]
struct Approved {
    #[serde(flatten)]
    seal: SealOut,
    approved: bool,
    text: String,
    annotations: Vec<String>,
}

/// A seal as scripts see it (the text itself with `minutes show --approved`).
#[derive(Debug, Serialize, Default)]
struct SealOut {
    meeting: i64,
    seal: i64,
    approved_at: i64,
    approved_by: String,
    vote: Option<i64>,
    lang: String,
    sha256: String,
    corrects: Option<i64>,
    journal_seq: Option<i64>,
    sealed_at: String,
}

fn seal_out(s: &SealRow) -> SealOut {
    SealOut {
        meeting: s.meeting_id,
        seal: s.id,
        approved_at: s.approved_at,
        approved_by: s.approved_by.clone(),
        vote: s.vote_id,
        lang: s.lang.clone(),
        sha256: s.sha256.clone(),
        corrects: s.corrects,
        journal_seq: s.journal_seq,
        sealed_at: s.created_at.clone(),
    }
}

impl ApproveArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let changed = ops::approve::<Minutes>(
            &mut store,
            &ctx.actor("minutes approve"),
            ops::Approve {
                meeting: self.meeting,
                at: self.at,
                vote: self.vote,
                names: self.names,
                correction: self.correction,
            },
        )
        .map_err(super::with_flags)?;
        let seal = &changed.value;
        ctx.out.outcome_msg(&match seal.vote_id {
            Some(v) => msg!(
                "minutes-sealed-by-vote",
                meeting = self.meeting,
                at = self.at,
                vote = v,
                sha256 = seal.sha256.as_str()
            ),
            None => msg!(
                "minutes-sealed-by-acclamation",
                meeting = self.meeting,
                at = self.at,
                sha256 = seal.sha256.as_str()
            ),
        });
        crate::cli::report(ctx, "minutes approve", changed.map(|s| seal_out(&s)))
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The meeting's number
    pub meeting: i64,
    /// The approved, sealed text exactly as approved (else the current draft)
    #[arg(long)]
    pub approved: bool,
    /// The version last circulated for approval (`minutes draft --circulate`), exactly as sent
    #[arg(long, conflicts_with = "approved")]
    pub circulated: bool,
    /// Language of a draft for this once: nl or en
    #[arg(long, value_parser = crate::cli::choices::LangChoice::parser(), ignore_case = true, conflicts_with_all = ["approved", "circulated"])]
    pub lang: Option<Lang>,
    /// Write to this file (owner-only) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl ShowArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        if self.circulated {
            let html = document_format(ctx, "minutes show")?;
            let mut store = ctx.open_store()?;
            let c = ops::circulated(&mut store, self.meeting)?;
            let lang: Lang = c.lang.parse()?;
            let body = match html {
                Some(false) => c.text,
                Some(true) => crate::output::minutes::html(&c.text, lang),
                None => json_document(&Document {
                    meeting: self.meeting,
                    lang: c.lang,
                    approved: false,
                    circulated: Some(Circulated {
                        version: None,
                        sha256: c.sha256,
                        on: c.circulated_on,
                    }),
                    text: c.text,
                })?,
            };
            return write(ctx, self.output.as_deref(), &body);
        }
        if !self.approved {
            return super::draft::DraftArgs {
                meeting: self.meeting,
                lang: self.lang,
                output: self.output,
                names: false,
                appendix: false,
                circulate: false,
                cancelled: false,
            }
            .run(ctx);
        }
        let html = document_format(ctx, "minutes show")?;
        let mut store = ctx.open_store()?;
        let seal = ops::approved(&mut store, self.meeting)?;
        let notes = ops::annotations(&mut store, &seal)?;
        // The sealed text stays byte for byte; what is known beside it follows a rule.
        let mut beside = String::new();
        if !notes.is_empty() {
            beside.push_str("\n---\n\n");
            for n in &notes {
                beside.push_str(&format!("*{n}*\n\n"));
            }
        }
        let body = match html {
            Some(false) => format!("{}{beside}", seal.text),
            Some(true) => {
                let lang: Lang = seal.lang.parse()?;
                crate::output::minutes::html(&format!("{}{beside}", seal.text), lang)
            }
            None => json_document(&Approved {
                seal: seal_out(&seal),
                approved: true,
                text: seal.text.clone(),
                annotations: notes,
            })?,
        };
        write(ctx, self.output.as_deref(), &body)
    }
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The meeting whose approved minutes to check
    pub meeting: i64,
}

impl VerifyArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let mut store = ctx.open_store()?;
        let checks = ops::verify(&mut store, self.meeting)?;
        let ok = checks.iter().all(|c| c.ok);
        for c in &checks {
            if c.ok {
                ctx.out.outcome_msg(&msg!(
                    "minutes-seal-verified",
                    seal = c.seal,
                    meeting = c.meeting,
                    sha256 = c.sha256.as_str(),
                    entry = c.journal_seq.unwrap_or(0)
                ));
            } else {
                let id = if !c.text_matches {
                    msg!(
                        "minutes-seal-text-changed",
                        seal = c.seal,
                        meeting = c.meeting
                    )
                } else if !c.journal_matches {
                    msg!(
                        "minutes-seal-not-journaled",
                        seal = c.seal,
                        meeting = c.meeting
                    )
                } else {
                    msg!(
                        "minutes-seal-chain-broken",
                        seal = c.seal,
                        meeting = c.meeting
                    )
                };
                ctx.out.warn_msg(&id);
            }
        }
        ctx.out.list(&checks, "")?;
        if ok {
            Ok(())
        } else {
            Err(crate::domain::DomainError::said(msg!(
                "minutes-seal-mismatch",
                meeting = self.meeting
            ))
            .into())
        }
    }
}
