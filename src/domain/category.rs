//! Member categories: who is a member in law, who has a vote, and with what weight.

use crate::domain::msg::msg;
use serde::Serialize;

use super::DomainError;

/// A category of the registry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Category {
    pub name: String,
    /// False for supporters (donateurs): registered, but not members in law.
    pub is_member: bool,
    pub has_vote: bool,
    /// Votes per member; federations whose members are collectives may give several.
    pub weight: u32,
    pub description: Option<String>,
}

/// The categories `quorum init` makes: the common Dutch model statutes (rules.md §2).
pub fn defaults() -> Vec<Category> {
    let c = |name: &str, is_member, has_vote, description: &str| Category {
        name: name.into(),
        is_member,
        has_vote,
        weight: 1,
        description: Some(description.into()),
    };
    vec![
        c("regular", true, true, "Regular member (lid): one vote"),
        c(
            "honorary",
            true,
            true,
            "Honorary member (erelid): a member with a vote",
        ),
        c(
            "youth",
            true,
            true,
            "Youth member (jeugdlid): votes under the statutes' age rule",
        ),
        c(
            "supporter",
            false,
            false,
            "Supporter (donateur): not a member in law, no vote",
        ),
    ]
}

/// The largest weight accepted: a guard against typos, far above any real federation's.
pub const MAX_WEIGHT: u32 = 1_000_000;

impl Category {
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.name.trim().is_empty() {
            return Err(DomainError::invalid_said("name", msg!("field-required")));
        }
        if self.weight > MAX_WEIGHT {
            return Err(DomainError::invalid_said(
                "weight",
                msg!("weight-above-max", weight = self.weight, max = MAX_WEIGHT),
            ));
        }
        if self.has_vote && self.weight == 0 {
            return Err(DomainError::invalid_said("weight", msg!("weight-zero")));
        }
        if !self.is_member && self.has_vote {
            return Err(DomainError::invalid_said(
                "has_vote",
                msg!("category-non-member-vote"),
            ));
        }
        Ok(())
    }

    /// Votes a member of this category casts: 0 without a vote.
    pub fn votes(&self) -> u32 {
        if self.has_vote { self.weight } else { 0 }
    }
}

/// What `category edit` asks: each flag as given (both of a pair are never set together).
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub name: Option<String>,
    pub vote: bool,
    pub no_vote: bool,
    pub member: bool,
    /// Not a member in law, which takes the vote away too.
    pub not_member: bool,
    pub weight: Option<u32>,
    /// `Some("")` clears the description.
    pub description: Option<String>,
}

impl Edit {
    /// `old` with the edit applied; names and descriptions trimmed, an empty description none.
    pub fn apply(&self, old: &Category) -> Category {
        let mut c = old.clone();
        if let Some(n) = &self.name {
            c.name = n.trim().to_string();
        }
        if self.member {
            c.is_member = true;
        }
        if self.not_member {
            c.is_member = false;
            c.has_vote = false;
        }
        if self.vote {
            c.has_vote = true;
        }
        if self.no_vote {
            c.has_vote = false;
        }
        if let Some(w) = self.weight {
            c.weight = w;
        }
        if let Some(d) = &self.description {
            c.description = Some(d.trim().to_string()).filter(|d| !d.is_empty());
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_supporters_do_not_vote() {
        for c in defaults() {
            c.validate().unwrap();
        }
        let supporter = defaults()
            .into_iter()
            .find(|c| c.name == "supporter")
            .unwrap();
        assert_eq!(supporter.votes(), 0);
    }

    #[test]
    fn a_non_member_category_cannot_vote() {
        let c = Category {
            name: "x".into(),
            is_member: false,
            has_vote: true,
            weight: 1,
            description: None,
        };
        assert_eq!(c.validate().unwrap_err().field(), Some("has_vote"));
    }

    #[test]
    fn a_voting_category_has_at_least_one_vote() {
        let mut c = Category {
            name: "club".into(),
            is_member: true,
            has_vote: true,
            weight: 0,
            description: None,
        };
        assert_eq!(c.validate().unwrap_err().field(), Some("weight"));
        c.weight = 5;
        assert_eq!(c.votes(), 5);
        c.validate().unwrap();
        c.has_vote = false;
        c.weight = 0;
        c.validate().unwrap();
        assert_eq!(c.votes(), 0);
    }

    #[test]
    fn edit_not_member_takes_the_vote_and_empty_description_clears() {
        let old = Category {
            name: "regular".into(),
            is_member: true,
            has_vote: true,
            weight: 1,
            description: Some("x".into()),
        };
        let e = Edit {
            not_member: true,
            description: Some("  ".into()),
            ..Default::default()
        };
        let new = e.apply(&old);
        assert!(!new.is_member && !new.has_vote);
        assert_eq!(new.description, None);
        assert_eq!(Edit::default().apply(&old), old);
    }
}
