//! `quorum journal list|verify`: the association's evidence of every change.

use crate::domain::msg::msg;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::Ctx;
use crate::cli::args::date as parse_date;
use crate::exit::hinted;

/// Show and verify the journal of changes
#[derive(Debug, Subcommand)]
pub enum JournalCmd {
    /// List journal entries, oldest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Check the hash chain: detects any entry edited, deleted or inserted outside quorum
    Verify(VerifyArgs),
}

/// Check the journal's hash chain
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A head hash written down earlier (in minutes, a backup's record): the chain must still hold
    /// that entry, which catches a tail cut off and a chain rebuilt since
    #[arg(long, value_name = "HASH")]
    pub head: Option<String>,
}

/// List journal entries
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only entries naming this member, in any role (member number)
    #[arg(long)]
    pub member: Option<i64>,
    /// Only entries on or after this date (YYYY-MM-DD or DD-MM-YYYY)
    #[arg(long = "from", visible_alias = "since", value_parser = parse_date)]
    pub since: Option<chrono::NaiveDate>,
    /// Include the old and new values (personal data: mind where the output goes)
    #[arg(long)]
    pub values: bool,
}

/// One journal line as listed. Columns are a stable contract.
#[derive(Debug, Default, Serialize)]
struct Row {
    seq: i64,
    at: String,
    actor: String,
    command: String,
    action: String,
    entity: String,
    entity_id: Option<String>,
    summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    old_value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_value: Option<serde_json::Value>,
}

/// A journal line with its values as columns, for tables and CSV (`--values`): each value as
/// compact JSON, empty when the entry has none. JSON output keeps them as typed values in `Row`.
#[derive(Debug, Default, Serialize)]
struct ValuesRow {
    #[serde(flatten)]
    entry: Row,
    old_value: String,
    new_value: String,
}

/// JSON with a space after each `:` and `,`, so that a table wraps it between fields rather than
/// inside a value.
fn spaced(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", serde_json::Value::from(k.as_str()), spaced(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        serde_json::Value::Array(items) => format!(
            "[{}]",
            items.iter().map(spaced).collect::<Vec<_>>().join(", ")
        ),
        other => other.to_string(),
    }
}

impl ValuesRow {
    /// The entry with its values as text: compact JSON for CSV, `spaced` for a table.
    fn new(mut entry: Row, table: bool) -> Self {
        let text = |v: Option<serde_json::Value>| {
            v.map(|v| if table { spaced(&v) } else { v.to_string() })
                .unwrap_or_default()
        };
        let old_value = text(entry.old_value.take());
        let new_value = text(entry.new_value.take());
        ValuesRow {
            entry,
            old_value,
            new_value,
        }
    }
}

impl JournalCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            JournalCmd::List(args) => args.run(ctx),
            JournalCmd::Verify(a) => verify(ctx, a.head.as_deref()),
        }
    }
}

impl ListArgs {
    fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let entries = crate::ops::journal::list(&mut ctx.open_store()?, self.member, self.since)
            .map_err(
                |e| match e.downcast_ref::<crate::ops::journal::NoMember>() {
                    Some(n) => hinted(n.msg(), msg!("journal-no-member-hint")),
                    None => e,
                },
            )?;
        let parse = |v: Option<String>| v.and_then(|s| serde_json::from_str(&s).ok());
        let rows: Vec<Row> = entries
            .into_iter()
            .map(|(e, p)| {
                let (old_value, new_value) = match (self.values, p) {
                    (true, Some(p)) => (parse(p.old_value), parse(p.new_value)),
                    _ => (None, None),
                };
                Row {
                    seq: e.seq,
                    at: e.at,
                    actor: e.actor,
                    command: e.command,
                    action: e.action,
                    entity: e.entity,
                    entity_id: e.entity_id,
                    summary: e.summary,
                    old_value,
                    new_value,
                }
            })
            .collect();
        let empty = &ctx.out.say(&msg!("list-empty-journal"));
        if self.values && ctx.out.format != crate::output::Format::Json {
            let table = ctx.out.format == crate::output::Format::Table;
            let rows: Vec<ValuesRow> = rows.into_iter().map(|r| ValuesRow::new(r, table)).collect();
            return ctx.out.list(&rows, empty);
        }
        ctx.out.list(&rows, empty)
    }
}

/// What `journal verify` found, as JSON or CSV.
#[derive(Debug, Serialize)]
struct Verified {
    intact: bool,
    entries: u64,
    journal_head: String,
    /// The entry `--head` names, else null.
    anchor_seq: Option<i64>,
    registry: Option<Registry>,
}

/// The registry counts that matched what the journal last recorded.
#[derive(Debug, Serialize)]
struct Registry {
    members: u64,
    categories: u64,
    rules_versions: u64,
}

fn verify(ctx: &mut Ctx, anchor: Option<&str>) -> anyhow::Result<()> {
    let result = crate::ops::journal::verify(&mut ctx.open_store()?, anchor)?;
    match result {
        Ok(v) => {
            let n = v.entries;
            let head = v.head.unwrap_or_default();
            let anchored_at = match (anchor, v.anchored) {
                (Some(h), Some(None)) => {
                    return Err(hinted(
                        msg!("journal-anchor-missing", hash = h.to_string()),
                        msg!("journal-anchor-missing-hint"),
                    ));
                }
                (_, Some(Some(seq))) => Some(seq),
                _ => None,
            };
            ctx.out
                .outcome_msg(&msg!("journal-verified", entries = n, head = head.as_str()));
            if let Some(seq) = anchored_at {
                ctx.out.outcome_msg(&msg!(
                    "journal-anchor-found",
                    seq = seq,
                    after = n.saturating_sub(seq.max(0) as u64)
                ));
            }
            if let Some((members, categories, rules_versions)) = v.registry {
                ctx.out.outcome_msg(&msg!(
                    "journal-registry-compared",
                    members = members,
                    categories = categories,
                    rules = rules_versions
                ));
            }
            ctx.out.checked(Verified {
                intact: true,
                entries: n,
                journal_head: head,
                anchor_seq: anchored_at,
                registry: v
                    .registry
                    .map(|(members, categories, rules_versions)| Registry {
                        members,
                        categories,
                        rules_versions,
                    }),
            })
        }
        Err(b) => Err(hinted(
            msg!("journal-broken", seq = b.seq, reason = b.reason.to_string()),
            msg!("journal-broken-hint"),
        )),
    }
}
