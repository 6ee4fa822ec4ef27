//! `quorum category add | list | edit`: member categories, which decide who is a member in law,
//! who has a vote and with what weight. `quorum init` makes regular, honorary, youth and
//! supporter.

use crate::domain::msg::msg;
use clap::{Args, Subcommand};

use crate::app::Ctx;
use crate::domain::category::{Category, Edit, MAX_WEIGHT};
use crate::output::member::CategoryRow;

/// Manage member categories
#[derive(Debug, Subcommand)]
pub enum CategoryCmd {
    /// Add a category
    Add(AddArgs),
    /// List the categories with their number of members
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Change a category's name, vote, weight or description
    Edit(EditArgs),
}

impl CategoryCmd {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        match self {
            CategoryCmd::Add(args) => args.run(ctx),
            CategoryCmd::List(args) => args.run(ctx),
            CategoryCmd::Edit(args) => args.run(ctx),
        }
    }
}

fn weight_arg() -> clap::builder::RangedU64ValueParser<u32> {
    clap::builder::RangedU64ValueParser::<u32>::new().range(0..=u64::from(MAX_WEIGHT))
}

/// Domain field names as the flags of these commands.
fn with_flag_names(err: anyhow::Error) -> anyhow::Error {
    crate::cli::args::field_to_flag(err, |field| {
        Some(match field {
            "has_vote" => "--vote".to_string(),
            "is_member" => "--not-member".to_string(),
            "weight" => "--weight".to_string(),
            "description" => "--description".to_string(),
            other => other.to_string(),
        })
    })
}

/// Add a category
#[derive(Debug, Args)]
pub struct AddArgs {
    /// Name of the category, e.g. "club" or "student"
    pub name: String,
    /// Members of this category have no vote
    #[arg(long)]
    pub no_vote: bool,
    /// Not members in law, e.g. supporters (donateurs); implies --no-vote
    #[arg(long)]
    pub not_member: bool,
    /// Votes per member, e.g. for a federation whose members are clubs
    #[arg(long, default_value_t = 1, value_parser = weight_arg())]
    pub weight: u32,
    /// What the category is for
    #[arg(long)]
    pub description: Option<String>,
}

impl AddArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let c = Category {
            name: self.name.trim().to_string(),
            is_member: !self.not_member,
            has_vote: !(self.no_vote || self.not_member),
            weight: self.weight,
            description: self
                .description
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty()),
        };
        let mut store = ctx.open_store()?;
        let changed = crate::ops::category::add(&mut store, &ctx.actor("category add"), c)
            .map_err(with_flag_names)?;
        let c = &changed.value;
        ctx.out.outcome_msg(&if c.has_vote {
            msg!("category-added", name = &c.name, votes = c.weight)
        } else {
            msg!("category-added-no-vote", name = &c.name)
        });
        crate::cli::report(ctx, "category add", changed)
    }
}

/// List the categories
#[derive(Debug, Args)]
pub struct ListArgs {}

impl ListArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let today = ctx.clock.today();
        let rows: Vec<CategoryRow> = crate::ops::category::list(&mut ctx.open_store()?, today)?
            .into_iter()
            .map(|(c, members, registered)| CategoryRow::new(c, members, registered))
            .collect();
        ctx.out
            .list(&rows, &ctx.out.say(&msg!("list-empty-categories")))
    }
}

/// Change a category
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The category to change
    pub name: String,
    /// A new name
    #[arg(long = "name", value_name = "NEW")]
    pub new_name: Option<String>,
    /// Members of this category have a vote
    #[arg(long, overrides_with = "no_vote")]
    pub vote: bool,
    /// Members of this category have no vote
    #[arg(long)]
    pub no_vote: bool,
    /// Members of this category are members in law
    #[arg(long, overrides_with = "not_member")]
    pub member: bool,
    /// Not members in law (supporters); implies --no-vote
    #[arg(long)]
    pub not_member: bool,
    /// Votes per member
    #[arg(long, value_parser = weight_arg())]
    pub weight: Option<u32>,
    /// What the category is for ("" clears it)
    #[arg(long)]
    pub description: Option<String>,
}

impl EditArgs {
    pub fn run(self, ctx: &mut Ctx) -> anyhow::Result<()> {
        let edit = Edit {
            name: self.new_name,
            vote: self.vote,
            no_vote: self.no_vote,
            member: self.member,
            not_member: self.not_member,
            weight: self.weight,
            description: self.description,
        };
        let mut store = ctx.open_store()?;
        let changed =
            crate::ops::category::edit(&mut store, &ctx.actor("category edit"), &self.name, &edit)
                .map_err(with_flag_names)?;
        match &changed.value.0 {
            Some(c) => ctx
                .out
                .outcome_msg(&msg!("category-changed", name = &c.name)),
            None => ctx
                .out
                .outcome_line_msg(&msg!("category-unchanged", name = self.name.trim())),
        }
        // Unchanged: the category as it is, so a script always gets the same shape.
        crate::cli::report(ctx, "category edit", changed.map(|(_, c)| c))
    }
}
