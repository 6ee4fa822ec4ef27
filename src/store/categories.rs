//! Category rows.

use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::category::Category;
use crate::domain::journal::action;
use crate::domain::roll::status_on;

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, Category)> {
    Ok((
        r.get("id")?,
        Category {
            name: r.get("name")?,
            is_member: r.get("is_member")?,
            has_vote: r.get("has_vote")?,
            weight: r.get("weight")?,
            description: r.get("description")?,
        },
    ))
}

pub(crate) fn category_json(c: &Category) -> serde_json::Value {
    json!({
        "name": c.name, "is_member": c.is_member, "has_vote": c.has_vote,
        "weight": c.weight, "description": c.description,
    })
}

impl ReadTx<'_> {
    /// All categories, by name.
    pub fn categories(&self) -> anyhow::Result<Vec<Category>> {
        let mut stmt = self.conn.prepare("SELECT * FROM category ORDER BY id")?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.map(|r| r.map(|(_, c)| c)).collect::<Result<_, _>>()?)
    }

    /// The category with this name (case-insensitive) and its id.
    pub fn category(&self, name: &str) -> anyhow::Result<Option<(i64, Category)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT * FROM category WHERE name = ?1",
                [name.trim()],
                from_row,
            )
            .optional()?)
    }

    /// The category with this name, or an error that lists the known ones.
    pub fn category_required(&self, name: &str) -> anyhow::Result<(i64, Category)> {
        match self.category(name)? {
            Some(c) => Ok(c),
            None => {
                let known: Vec<String> = self.categories()?.into_iter().map(|c| c.name).collect();
                Err(DomainError::invalid(
                    "category",
                    format!("no category '{}'; known: {}", name.trim(), known.join(", ")),
                )
                .into())
            }
        }
    }

    /// Every category with its number of members on `on` (suspended or not) and its number of
    /// registered people of any status (former and erased included).
    pub fn categories_with_counts(
        &self,
        on: chrono::NaiveDate,
    ) -> anyhow::Result<Vec<(Category, i64, i64)>> {
        // Who is a member on `on` is the roll's rule (`domain::roll::status_on`), not SQL's.
        let mut current: std::collections::HashMap<String, i64> = Default::default();
        self.roll_members(|m| {
            if status_on(&m.periods, &m.suspensions, on).is_member() {
                *current.entry(m.category.clone()).or_default() += 1;
            }
            Ok(())
        })?;
        let registered: std::collections::HashMap<String, i64> =
            self.category_member_counts()?.into_iter().collect();
        Ok(self
            .categories()?
            .into_iter()
            .map(|c| {
                let now = current.get(&c.name).copied().unwrap_or(0);
                let all = registered.get(&c.name).copied().unwrap_or(0);
                (c, now, all)
            })
            .collect())
    }

    /// Number of members (of any status) in each category, by name.
    pub fn category_member_counts(&self) -> anyhow::Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.name, COUNT(m.id) FROM category c LEFT JOIN member m ON m.category_id = c.id
             GROUP BY c.id ORDER BY c.id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Adds a category (journaled).
    pub fn add_category(&self, c: &Category) -> anyhow::Result<i64> {
        c.validate()?;
        if self.category(&c.name)?.is_some() {
            return Err(DomainError::invalid(
                "name",
                format!("a category '{}' exists already", c.name),
            )
            .into());
        }
        self.conn.execute(
            "INSERT INTO category (name, is_member, has_vote, weight, description) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.name.trim(), c.is_member, c.has_vote, c.weight, c.description],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::CATEGORY_ADD,
            entity: "category",
            entity_id: Some(id.to_string()),
            summary: format!("added category '{}'", c.name.trim()),
            new: Some(category_json(c)),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Replaces a category's settings (journaled with old and new values).
    pub fn update_category(&self, name: &str, new: &Category) -> anyhow::Result<()> {
        new.validate()?;
        let (id, old) = self.category_required(name)?;
        if !old.name.eq_ignore_ascii_case(new.name.trim()) && self.category(&new.name)?.is_some() {
            return Err(DomainError::invalid(
                "name",
                format!("a category '{}' exists already", new.name),
            )
            .into());
        }
        if old == *new {
            return Ok(());
        }
        self.conn.execute(
            "UPDATE category SET name = ?2, is_member = ?3, has_vote = ?4, weight = ?5, description = ?6 WHERE id = ?1",
            params![id, new.name.trim(), new.is_member, new.has_vote, new.weight, new.description],
        )?;
        self.journal(Change {
            action: action::CATEGORY_EDIT,
            entity: "category",
            entity_id: Some(id.to_string()),
            summary: format!("changed category '{}'", old.name),
            old: Some(category_json(&old)),
            new: Some(category_json(new)),
            ..Default::default()
        })?;
        Ok(())
    }
}
