//! Rule versions: reading the rules in force on a date, storing the defaults at init, and
//! changing a version or starting a new one (journaled per changed key). Where a change goes is
//! decided by `domain::rules::plan_change`; this file only runs it.

use anyhow::Context as _;
use chrono::NaiveDate;
use rusqlite::params;
use serde_json::json;

use super::{Change, ReadTx, WriteTx};
use crate::domain::date::iso;
use crate::domain::journal::action;
use crate::domain::rules::{Rules, Target, in_force_index, pin, plan_change};
use crate::exit::hinted;

pub use crate::domain::rules::version::{RulesChanged, RulesVersion};

fn parse_day(s: &str) -> anyhow::Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("the database holds a rules version with a bad date '{s}'"))
}

impl ReadTx<'_> {
    /// Every version, oldest first.
    pub fn rules_versions(&self) -> anyhow::Result<Vec<RulesVersion>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, valid_from, note, created_at FROM rules_version ORDER BY valid_from",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get(2)?,
                r.get(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, from, note, created_at) = row?;
            out.push(RulesVersion {
                id,
                valid_from: parse_day(&from)?,
                note,
                created_at,
            });
        }
        Ok(out)
    }

    /// The rules of one version, checked key by key as they are read.
    pub fn rules_of(&self, v: &RulesVersion) -> anyhow::Result<Rules> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM rule_value WHERE version_id = ?1 ORDER BY key")?;
        let pairs: Vec<(String, String)> = stmt
            .query_map([v.id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Rules::from_values(pairs.iter().map(|(k, val)| (k.as_str(), val.as_str()))).map_err(|e| {
            hinted(
                format!(
                    "the rules from {} in the database are not valid: {e}",
                    v.valid_from
                ),
                "a newer quorum may have written them; otherwise restore a backup",
            )
        })
    }

    /// The version in force on `date`, if any.
    pub fn rules_version_on(&self, date: NaiveDate) -> anyhow::Result<Option<RulesVersion>> {
        let versions = self.rules_versions()?;
        let dates: Vec<NaiveDate> = versions.iter().map(|v| v.valid_from).collect();
        Ok(in_force_index(&dates, date).map(|i| versions[i].clone()))
    }

    /// The version in force on `date` with its rules, or an error that says how to record older
    /// statutes. Meeting and vote code calls this with the meeting's date.
    pub fn rules_in_force(&self, date: NaiveDate) -> anyhow::Result<(RulesVersion, Rules)> {
        let Some(v) = self.rules_version_on(date)? else {
            let first = self.rules_versions()?.first().map(|v| v.valid_from);
            let message = match first {
                Some(f) => {
                    format!("no rules are in force on {date}: the first version starts on {f}")
                }
                None => "the database holds no rules".to_string(),
            };
            return Err(hinted(
                message,
                format!(
                    "record the statutes in force then with `quorum rules set KEY VALUE --from {date}` or `quorum rules import FILE --from {date}`"
                ),
            ));
        };
        let rules = self.rules_of(&v)?;
        Ok((v, rules))
    }

    /// The rules in force on `date`.
    pub fn rules_on(&self, date: NaiveDate) -> anyhow::Result<Rules> {
        Ok(self.rules_in_force(date)?.1)
    }
}

impl WriteTx<'_> {
    /// Stores the Dutch defaults as the first version, at init (journaled).
    pub fn init_rules(&self, valid_from: NaiveDate) -> anyhow::Result<()> {
        self.init_rules_as(valid_from, &Rules::default())
    }

    /// The first version of the rules with the statutes' own values where they are not the
    /// defaults (the demo federation's, say).
    pub fn init_rules_as(&self, valid_from: NaiveDate, rules: &Rules) -> anyhow::Result<()> {
        self.insert_version(valid_from, None, rules)?;
        let values: serde_json::Map<String, serde_json::Value> = rules
            .values()
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into()))
            .collect();
        self.journal(Change {
            action: action::RULES_INIT,
            entity: "rules",
            entity_id: Some(iso(valid_from)),
            summary: match rules.changes_from(&Rules::default()).len() {
                0 => format!(
                    "set the rules from {} to the Dutch defaults ({} keys)",
                    iso(valid_from),
                    values.len()
                ),
                n => format!(
                    "set the rules from {} ({} keys, {n} not the Dutch default)",
                    iso(valid_from),
                    values.len()
                ),
            },
            new: Some(values.into()),
            ..Default::default()
        })?;
        Ok(())
    }

    fn insert_version(
        &self,
        valid_from: NaiveDate,
        note: Option<&str>,
        rules: &Rules,
    ) -> anyhow::Result<i64> {
        self.conn.execute(
            "INSERT INTO rules_version (valid_from, note, created_at) VALUES (?1, ?2, ?3)",
            params![iso(valid_from), note, self.actor().at_rfc3339()],
        )?;
        let id = self.conn.last_insert_rowid();
        self.write_values(id, rules)?;
        Ok(id)
    }

    /// Replaces a version's values with the full set of keys, so every version is self-contained.
    fn write_values(&self, version_id: i64, rules: &Rules) -> anyhow::Result<()> {
        self.conn
            .execute("DELETE FROM rule_value WHERE version_id = ?1", [version_id])?;
        let mut stmt = self
            .conn
            .prepare("INSERT INTO rule_value (version_id, key, value) VALUES (?1, ?2, ?3)")?;
        for (k, v) in rules.values() {
            stmt.execute(params![version_id, k, v])?;
        }
        Ok(())
    }

    /// Changes the rules: in the version in force `today` (no `from`), in the version starting on
    /// `from`, or in a new version starting on `from` that copies the one in force then. `edit`
    /// gets the current rules and returns the new ones (or refuses). Journals the new version and
    /// each changed key; with nothing changed in an existing version, writes nothing.
    pub fn change_rules(
        &self,
        from: Option<NaiveDate>,
        today: NaiveDate,
        note: Option<&str>,
        edit: impl FnOnce(&Rules) -> anyhow::Result<Rules>,
    ) -> anyhow::Result<RulesChanged> {
        let versions = self.rules_versions()?;
        let dates: Vec<NaiveDate> = versions.iter().map(|v| v.valid_from).collect();
        let (valid_from, target) = plan_change(&dates, from, today)?;
        let source = match target {
            Target::Existing(i) | Target::New { copy_of: i } => &versions[i],
        };
        let old = self.rules_of(source)?;
        let new = edit(&old)?;
        new.check()?;
        let changes = new.changes_from(&old);
        let later = dates.iter().copied().filter(|d| *d > valid_from).collect();
        let entity_id = Some(iso(valid_from));
        let mut note_changed = false;
        let copied_from = match target {
            Target::New { .. } => {
                self.insert_version(valid_from, note, &new)?;
                self.journal(Change {
                    action: action::RULES_VERSION,
                    entity: "rules",
                    entity_id: entity_id.clone(),
                    summary: format!(
                        "started the rules version from {} as a copy of the one from {}",
                        iso(valid_from),
                        iso(source.valid_from)
                    ),
                    new: Some(json!({"valid_from": iso(valid_from), "copied_from": iso(source.valid_from), "note": note})),
                    ..Default::default()
                })?;
                Some(source.valid_from)
            }
            Target::Existing(_) => {
                note_changed = note.is_some_and(|n| source.note.as_deref() != Some(n));
                if !changes.is_empty() {
                    self.write_values(source.id, &new)?;
                }
                if note_changed {
                    self.conn.execute(
                        "UPDATE rules_version SET note = ?2 WHERE id = ?1",
                        params![source.id, note],
                    )?;
                    self.journal(Change {
                        action: action::RULES_NOTE,
                        entity: "rules",
                        entity_id: entity_id.clone(),
                        summary: format!("changed the note of the rules from {}", iso(valid_from)),
                        old: Some(json!(source.note)),
                        new: Some(json!(note)),
                        ..Default::default()
                    })?;
                }
                None
            }
        };
        for c in &changes {
            self.journal(Change {
                action: action::RULES_SET,
                entity: "rules",
                entity_id: entity_id.clone(),
                summary: format!(
                    "rules from {}: {} {} → {}",
                    iso(valid_from),
                    c.key,
                    c.old,
                    c.new
                ),
                old: Some(json!({"key": c.key, "value": c.old})),
                new: Some(json!({"key": c.key, "value": c.new})),
                ..Default::default()
            })?;
        }
        // Nothing decided may be judged again under rules it never had (issue 7 item 4).
        let hit = self.altered_pins()?;
        if !hit.is_empty() {
            return Err(pin::refusal(&hit, today).into());
        }
        Ok(RulesChanged {
            valid_from,
            copied_from,
            changes,
            later,
            note_changed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Actor, Store};

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn store() -> (tempfile::TempDir, Store, Actor) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("t.db")).unwrap();
        let actor = Actor {
            name: "test".into(),
            command: "rules set".into(),
            at: chrono::DateTime::parse_from_rfc3339("2026-03-01T18:00:00Z")
                .unwrap()
                .to_utc(),
        };
        store
            .write(&actor, |tx| tx.init_rules(ymd(2026, 3, 1)))
            .unwrap();
        (dir, store, actor)
    }

    fn set(key: &str, value: &str) -> impl FnOnce(&Rules) -> anyhow::Result<Rules> {
        move |r| {
            let mut r = r.clone();
            r.set(key, value)?;
            Ok(r)
        }
    }

    #[test]
    fn rules_on_follows_the_version_in_force_on_the_date() {
        let (_dir, mut store, actor) = store();
        let today = ymd(2026, 3, 1);
        // A statute amendment adopted now takes effect at the deed on 1 June.
        let deed = ymd(2026, 6, 1);
        let done = store
            .write(&actor, |tx| {
                tx.change_rules(
                    Some(deed),
                    today,
                    Some("deed"),
                    set("quorum_ordinary", "1/2"),
                )
            })
            .unwrap();
        assert_eq!(done.copied_from, Some(today));
        store
            .read(|tx| {
                assert_eq!(tx.rules_on(today)?.quorum_ordinary, None);
                assert_eq!(tx.rules_on(ymd(2026, 5, 31))?.quorum_ordinary, None);
                let on_deed = tx.rules_on(deed)?;
                assert_eq!(on_deed.get("quorum_ordinary")?, "1/2");
                assert_eq!(tx.rules_on(ymd(2030, 1, 1))?, on_deed);
                let err = tx.rules_on(ymd(2026, 2, 28)).unwrap_err().to_string();
                assert!(err.contains("first version starts on 2026-03-01"), "{err}");
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn a_change_without_a_date_edits_the_version_in_force() {
        let (_dir, mut store, actor) = store();
        let today = ymd(2026, 4, 1);
        let done = store
            .write(&actor, |tx| {
                tx.change_rules(None, today, None, set("notice_days_ordinary", "21"))
            })
            .unwrap();
        assert_eq!(done.valid_from, ymd(2026, 3, 1));
        assert_eq!(done.copied_from, None);
        assert_eq!(done.changes.len(), 1);
        let n = store.read(|tx| Ok(tx.rules_versions()?.len())).unwrap();
        assert_eq!(n, 1);
        // The same value again changes nothing and journals nothing.
        let before = store
            .read(|tx| Ok(tx.journal_entries(&Default::default())?.len()))
            .unwrap();
        let done = store
            .write(&actor, |tx| {
                tx.change_rules(None, today, None, set("notice_days_ordinary", "21"))
            })
            .unwrap();
        assert!(done.changes.is_empty());
        let after = store
            .read(|tx| Ok(tx.journal_entries(&Default::default())?.len()))
            .unwrap();
        assert_eq!(before, after);
    }

    #[test]
    fn bad_stored_values_are_reported_not_guessed() {
        let (_dir, mut store, actor) = store();
        store
            .write(&actor, |tx| {
                tx.conn.execute(
                    "UPDATE rule_value SET value = '3' WHERE key = 'notice_days_statute_amendment'",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        let err = store
            .read(|tx| tx.rules_on(ymd(2026, 3, 1)))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("not valid") && err.contains("notice_days_statute_amendment"),
            "{err}"
        );
    }
}
