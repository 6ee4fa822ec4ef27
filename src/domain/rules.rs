//! The statutes' decision parameters ("rules"): typed values per key, their validation, and the
//! versioning rules. A statute amendment takes effect only at the notarial deed, so the rules come
//! in versions, each in force from a date; meeting and vote code asks for the version in force on
//! the meeting's date (`store::ReadTx::rules_on`) and computes with the pure helpers in `decide`.
//!
//! Pure: no SQL, no clock (callers pass `today`), no printing.

use crate::domain::msg::msg;
use chrono::NaiveDate;

use super::DomainError;

pub mod article;
pub mod decide;
pub mod file;
mod keys;
pub mod pin;
pub mod types;
pub mod version;

pub use keys::{KEYS, KeyDef, Rules};
pub use types::{Count, Fraction, Majority};

impl KeyDef {
    /// The allowed values, with the reason for the limit where there is one.
    pub fn allowed(&self) -> String {
        let range = (self.describe)(&self.limits);
        match self.limits.why() {
            "" => range,
            why => format!("{range} ({why})"),
        }
    }

    /// This key's value in `rules`, as canonical text.
    /// False for a key no command applies yet (`keys::RECORDED_ONLY`).
    pub fn applied(&self) -> bool {
        !keys::RECORDED_ONLY.contains(&self.name)
    }

    /// How `quorum rules` states whether the key acts.
    pub fn status(&self) -> &'static str {
        if self.applied() {
            "applied"
        } else {
            "recorded, not applied"
        }
    }

    pub fn value(&self, rules: &Rules) -> String {
        (self.get)(rules)
    }

    /// The Dutch default, as canonical text.
    pub fn default_value(&self) -> String {
        (self.get)(&Rules::default())
    }

    /// The value as a TOML literal, for `rules export`.
    pub fn toml_value(&self, rules: &Rules) -> String {
        (self.toml)(rules)
    }

    /// The article of the statutes this key comes from, where one is recorded.
    pub fn article<'r>(&self, rules: &'r Rules) -> Option<&'r str> {
        rules.articles.get(self.name).map(String::as_str)
    }

    /// Records the article of the statutes this key comes from; empty or `none` removes it.
    pub fn set_article(&self, rules: &mut Rules, text: &str) -> Result<(), DomainError> {
        match article::check(text) {
            Ok(Some(a)) => {
                rules.articles.insert(self.name, a);
            }
            Ok(None) => {
                rules.articles.remove(self.name);
            }
            Err(why) => {
                return Err(DomainError::invalid_said(
                    self.article_key,
                    msg!("rule-article-invalid", why = why),
                ));
            }
        }
        Ok(())
    }

    /// Sets this key from text; a refusal names the key and the allowed range.
    pub fn set(&self, rules: &mut Rules, text: &str) -> Result<(), DomainError> {
        (self.set)(rules, text, &self.limits).map_err(|why| {
            DomainError::invalid_said(
                self.name,
                msg!("rule-value-invalid", why = why, allowed = self.allowed()),
            )
        })
    }
}

/// The key with this name, or an error that suggests the nearest one.
pub fn key(name: &str) -> Result<&'static KeyDef, DomainError> {
    let name = name.trim();
    if let Some(k) = KEYS.iter().find(|k| k.name == name) {
        return Ok(k);
    }
    let by_distance = KEYS
        .iter()
        .map(|k| (edit_distance(name, k.name), k.name))
        .min()
        .filter(|(d, _)| *d <= 3.max(name.len() / 4))
        .map(|(_, n)| n);
    let by_part = KEYS
        .iter()
        .find(|k| name.len() >= 4 && k.name.contains(name))
        .map(|k| k.name);
    Err(DomainError::Missing(match by_distance.or(by_part) {
        Some(n) => msg!("rule-key-unknown-near", name = name, near = n),
        None => msg!("rule-key-unknown", name = name),
    }))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// One key whose value differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChange {
    pub key: &'static str,
    pub old: String,
    pub new: String,
}

impl Rules {
    /// The value of `key` as canonical text.
    pub fn get(&self, key_name: &str) -> Result<String, DomainError> {
        Ok(key(key_name)?.value(self))
    }

    /// Sets `key` from text, checking its type and range (not the combination with other keys).
    pub fn set(&mut self, key_name: &str, text: &str) -> Result<(), DomainError> {
        key(key_name)?.set(self, text)
    }

    /// Every key with its canonical text, in table order, then each recorded article as
    /// `article.<key>`: what a version stores and a decision pins, so that the digest changes
    /// with a citation as with a value.
    pub fn values(&self) -> Vec<(&'static str, String)> {
        let values = KEYS.iter().map(|k| (k.name, k.value(self)));
        let articles = KEYS
            .iter()
            .filter_map(|k| Some((k.article_key, k.article(self)?.to_string())));
        values.chain(articles).collect()
    }

    /// Rules from stored (key, text) pairs; a key that is missing keeps its Dutch default, so
    /// that versions written before a key existed still read.
    pub fn from_values<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Rules, DomainError> {
        let mut rules = Rules::default();
        for (k, v) in pairs {
            match k.strip_prefix("article.") {
                Some(name) => key(name)?.set_article(&mut rules, v)?,
                None => rules.set(k, v)?,
            }
        }
        rules.check()?;
        Ok(rules)
    }

    /// The keys whose values differ from `earlier`, in table order, then the articles that
    /// differ (as `article.<key>`, empty where none is recorded).
    pub fn changes_from(&self, earlier: &Rules) -> Vec<KeyChange> {
        let values = KEYS.iter().filter_map(|k| {
            let (old, new) = (k.value(earlier), k.value(self));
            (old != new).then_some(KeyChange {
                key: k.name,
                old,
                new,
            })
        });
        let articles = KEYS.iter().filter_map(|k| {
            let (old, new) = (k.article(earlier), k.article(self));
            (old != new).then(|| KeyChange {
                key: k.article_key,
                old: old.unwrap_or_default().to_string(),
                new: new.unwrap_or_default().to_string(),
            })
        });
        values.chain(articles).collect()
    }

    /// Checks combinations of keys that are each valid on their own.
    pub fn check(&self) -> Result<(), DomainError> {
        if self.second_meeting_min_gap_days > self.second_meeting_window_days {
            return Err(DomainError::invalid_said(
                "second_meeting_min_gap_days",
                msg!(
                    "rule-gap-above-window",
                    gap = self.second_meeting_min_gap_days,
                    window = self.second_meeting_window_days
                ),
            ));
        }
        Ok(())
    }
}

/// Which version a change goes into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The version at this index changes in place.
    Existing(usize),
    /// A new version starts at the date, as a copy of the version at this index.
    New { copy_of: usize },
}

/// Decides where a change goes. `versions` are the valid-from dates, ascending.
///
/// * With `from`: the version starting that day changes; if none starts then, a new version
///   starts that day, copying the one in force then; before the first version, a copy of the first
///   (quorum knows nothing older, and the likeliest reason to go back is that the statutes are
///   older than the database).
/// * Without `from`: the version in force `today` changes.
///
/// Later versions keep their own values either way.
pub fn plan_change(
    versions: &[NaiveDate],
    from: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<(NaiveDate, Target), DomainError> {
    let first = *versions
        .first()
        .ok_or_else(|| DomainError::Missing(msg!("rules-none-stored")))?;
    match from {
        Some(d) => match versions.iter().position(|v| *v == d) {
            Some(i) => Ok((d, Target::Existing(i))),
            None => Ok((
                d,
                Target::New {
                    copy_of: in_force_index(versions, d).unwrap_or(0),
                },
            )),
        },
        None => match in_force_index(versions, today) {
            Some(i) => Ok((versions[i], Target::Existing(i))),
            None => Err(DomainError::said(msg!(
                "rules-none-in-force-today",
                today = today,
                first = first
            ))),
        },
    }
}

/// The index of the version in force on `date`: the last one starting on or before it.
pub fn in_force_index(versions: &[NaiveDate], date: NaiveDate) -> Option<usize> {
    versions.iter().rposition(|v| *v <= date)
}

#[cfg(test)]
mod tests;
