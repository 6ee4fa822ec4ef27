//! `quorum rules …`: the statutes' decision parameters, versioned by the date they take effect.
//! Handlers parse and delegate: values and ranges live in `domain::rules`, versions in
//! `store::rules`.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::app::Ctx;
use crate::cli::args::date as date_arg;
use crate::domain::date::iso;
use crate::domain::rules::version::RulesChanged;
use crate::domain::rules::{self, KEYS};
use crate::ops::rules as ops;

mod file;

/// Show and change the statutes' decision rules (quorum, majorities, notice periods…)
#[derive(Debug, Subcommand)]
pub enum RulesCmd {
    /// Show the rules in force: value, default, allowed values, source and meaning of each key
    Show(ShowArgs),
    /// Change one rule: in the version in force today, or in the version from --from
    Set(SetArgs),
    /// List the versions of the rules and what each one changed
    #[command(visible_alias = "list")]
    History,
    /// Write the rules in force as a commented TOML file to stdout
    Export(file::ExportArgs),
    /// Read rules from a TOML file: every key is checked, and it is all or nothing
    Import(file::ImportArgs),
}

impl RulesCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            RulesCmd::Show(args) => args.run(ctx),
            RulesCmd::Set(args) => args.run(ctx),
            RulesCmd::History => history(ctx),
            RulesCmd::Export(args) => args.run(ctx),
            RulesCmd::Import(args) => args.run(ctx),
        }
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Only these keys (default: all)
    #[arg(value_name = "KEY")]
    pub keys: Vec<String>,
    /// Show the version in force on this date [default: today]
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub on: Option<NaiveDate>,
}

/// One key in `rules show`: a public contract (CSV columns, JSON keys).
#[derive(Debug, Serialize, Default)]
struct RuleRow {
    key: String,
    value: String,
    default: String,
    allowed: String,
    source: String,
    /// "applied", or "recorded, not applied" for a key no command acts on yet.
    status: String,
    /// The statutes' article the secretary recorded for the key ("artikel 18 lid 2"); empty
    /// where none is recorded. Before `meaning`, so that a narrow table keeps the meaning's
    /// place for it only when the source and allowed values are left out too.
    article: String,
    meaning: String,
}

impl ShowArgs {
    fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let defs = self
            .keys
            .iter()
            .map(|k| rules::key(k))
            .collect::<Result<Vec<_>, _>>()?;
        let on = self.on.unwrap_or_else(|| ctx.clock.today());
        let (version, rules) = ops::show(&mut ctx.open_store()?, on)?;
        let defs = if defs.is_empty() {
            KEYS.iter().collect()
        } else {
            defs
        };
        let rows: Vec<RuleRow> = defs
            .into_iter()
            .map(|k| RuleRow {
                key: k.name.into(),
                value: k.value(&rules),
                default: k.default_value(),
                allowed: k.allowed(),
                source: k.source.into(),
                status: k.status().into(),
                article: k.article(&rules).unwrap_or_default().to_string(),
                meaning: k.meaning.into(),
            })
            .collect();
        ctx.out
            .note_msg(&msg!("rules-in-force", on = on, from = version.valid_from));
        ctx.out.list(&rows, "No rules.")
    }
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The rule to change, e.g. notice_days_ordinary (see `quorum rules show`)
    pub key: String,
    /// The new value: a whole number, true/false, a choice, a fraction such as 2/3, or none
    #[arg(required_unless_present = "article")]
    pub value: Option<String>,
    /// The article of the statutes the rule comes from, cited in the minutes after the ground,
    /// e.g. "artikel 18 lid 2"; "none" removes it
    #[arg(long, value_name = "ARTICLE")]
    pub article: Option<String>,
    /// Change the version that takes effect on this date (a new version if none starts then)
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// A note on the version, e.g. the deed or the meeting that decided it
    #[arg(long)]
    pub note: Option<String>,
}

impl SetArgs {
    fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let def = rules::key(&self.key)?;
        let today = ctx.clock.today();
        let mut store = ctx.open_store()?;
        let req = ops::Set {
            key: def,
            value: self.value.as_deref(),
            article: self.article.as_deref(),
            from: self.from,
            note: self.note.as_deref(),
            today,
        };
        let done = ops::set(&mut store, &ctx.actor("rules set"), req).map_err(|e| {
            correction_hint(e, |from| {
                let mut command = format!("quorum rules set {}", def.name);
                if let Some(v) = &self.value {
                    command.push_str(&format!(" {v}"));
                }
                if let Some(a) = &self.article {
                    command.push_str(&format!(" --article \"{a}\""));
                }
                format!("{command} --from {from}")
            })
        })?;
        report(ctx, &done.value);
        crate::cli::report(ctx, "rules set", unchanged_said(done).map(|d| changed(&d)))
    }
}

/// A change refused because it alters pinned rules gets the command that records it as a
/// correction instead (`command` builds it from the first day such a version may start).
pub(super) fn correction_hint(
    err: anyhow::Error,
    command: impl FnOnce(NaiveDate) -> String,
) -> anyhow::Error {
    match err.downcast_ref::<rules::pin::Refusal>() {
        Some(r) => crate::exit::hinted(r.message.clone(), command(r.correction_from)),
        None => err,
    }
}

/// Rules that already had the values asked for changed nothing: the envelope says so.
pub(super) fn unchanged_said(
    mut done: crate::ops::Changed<RulesChanged>,
) -> crate::ops::Changed<RulesChanged> {
    done.nothing_changed |= done.value.is_unchanged();
    done
}

/// A rules change as the `changed` of the JSON result: the version and each key's old and new.
#[derive(Debug, Serialize)]
pub(super) struct Changed {
    valid_from: String,
    copied_from: Option<String>,
    changes: Vec<KeyChanged>,
    later: Vec<String>,
    note_changed: bool,
}

/// One key of the rules with its value before and after, as `rules show` writes them.
#[derive(Debug, Serialize)]
struct KeyChanged {
    key: &'static str,
    old: String,
    new: String,
}

pub(super) fn changed(done: &RulesChanged) -> Changed {
    Changed {
        valid_from: iso(done.valid_from),
        copied_from: done.copied_from.map(iso),
        changes: done
            .changes
            .iter()
            .map(|c| KeyChanged {
                key: c.key,
                old: c.old.clone(),
                new: c.new.clone(),
            })
            .collect(),
        later: done.later.iter().map(|d| iso(*d)).collect(),
        note_changed: done.note_changed,
    }
}

/// Status lines for a change, and a warning when later versions keep their own values.
pub(super) fn report(ctx: &Ctx, done: &RulesChanged) {
    let from = done.valid_from;
    if let Some(copied) = done.copied_from {
        ctx.out
            .outcome_msg(&msg!("rules-version-started", from = from, copied = copied));
    }
    for c in &done.changes {
        // An article is said as the statutes' article of its key, not as the internal
        // `article.<key>` with an empty side.
        if let Some(key) = c.key.strip_prefix("article.") {
            ctx.out
                .outcome_msg(&match (c.old.is_empty(), c.new.is_empty()) {
                    (_, true) => msg!(
                        "rules-article-removed",
                        key = key,
                        old = c.old.to_string(),
                        from = from
                    ),
                    (true, false) => msg!(
                        "rules-article-recorded",
                        key = key,
                        new = c.new.to_string(),
                        from = from
                    ),
                    (false, false) => msg!(
                        "rules-article-changed",
                        key = key,
                        old = c.old.to_string(),
                        new = c.new.to_string(),
                        from = from
                    ),
                });
            continue;
        }
        ctx.out.outcome_msg(&msg!(
            "rules-value-changed",
            key = c.key.to_string(),
            old = c.old.to_string(),
            new = c.new.to_string(),
            from = from
        ));
    }
    if done.note_changed {
        ctx.out
            .outcome_msg(&msg!("rules-note-changed", from = from));
    }
    if done.is_unchanged() {
        ctx.out.outcome_msg(&msg!("rules-unchanged", from = from));
    }
    if !done.changes.is_empty() && !done.later.is_empty() {
        let later: Vec<String> = done.later.iter().map(|d| iso(*d)).collect();
        ctx.out
            .warn_msg(&msg!("rules-later-keep-theirs", later = later.join(", ")));
    }
}

fn history(ctx: &mut Ctx) -> anyhow::Result<()> {
    let rows = ops::history(&mut ctx.open_store()?, ctx.clock.today())?;
    ctx.out.list(&rows, "No rules versions.")
}
