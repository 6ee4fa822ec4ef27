//! The rules kept by what was decided under them (meetings convened or held), read back so
//! that a rules change can be checked against every one of them (`domain::rules::pin`).

use anyhow::Context as _;
use chrono::NaiveDate;

use super::ReadTx;
use crate::domain::rules::pin::{Altered, Pin, altered, pinned_pairs};

impl ReadTx<'_> {
    /// Every pin: each meeting that was convened or opened and not cancelled, with the values it
    /// keeps. (Votes keep their meeting's rules, so the meeting's pin covers them.)
    pub fn rules_pins(&self) -> anyhow::Result<Vec<Pin>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, title, starts_at, rules_values FROM meeting
             WHERE rules_values IS NOT NULL AND cancelled_at IS NULL ORDER BY starts_at, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut pins = Vec::new();
        for row in rows {
            let (id, title, starts_at, values) = row?;
            let on = NaiveDate::parse_from_str(starts_at.get(..10).unwrap_or(""), "%Y-%m-%d")
                .with_context(|| format!("meeting {id}: bad date {starts_at:?}"))?;
            let values =
                pinned_pairs(&values).with_context(|| format!("meeting {id}: its pinned rules"))?;
            pins.push(Pin {
                what: format!("meeting {id} ({title})"),
                on,
                values,
            });
        }
        Ok(pins)
    }

    /// The pins whose date the rules now in the database give other values, with those values.
    pub fn altered_pins(&self) -> anyhow::Result<Vec<(Pin, Vec<Altered>)>> {
        let mut hit = Vec::new();
        for pin in self.rules_pins()? {
            let keys = match self.rules_version_on(pin.on)? {
                Some(v) => altered(&pin, &self.rules_of(&v)?),
                // No version covers the date any more: every pinned value is gone.
                None => pin
                    .values
                    .iter()
                    .map(|(k, v)| Altered {
                        key: k.clone(),
                        pinned: v.clone(),
                        now: "none".into(),
                    })
                    .collect(),
            };
            if !keys.is_empty() {
                hit.push((pin, keys));
            }
        }
        Ok(hit)
    }
}
