//! What an import reads of a member whose number is taken, and how it writes the merge that
//! `domain::import::policy::merge` made of it (`--update`).

use chrono::NaiveDate;
use rusqlite::params;

use super::{Importer, Merge, Registered, search_keys};
use crate::domain::import::iso_date;
use crate::domain::member::{MemberData, Period, Suspension};

impl Importer<'_, '_> {
    /// The member with this number, which an insert found taken.
    pub fn registered(&self, number: i64) -> anyhow::Result<Registered> {
        let mut stmt = self.tx.conn.prepare_cached(
            "SELECT m.id, m.source, m.erased_at IS NOT NULL, m.given_name, m.name_prefix,
                    m.family_name, m.email, m.phone, m.street, m.postcode, m.city, m.country,
                    m.birth_date, m.email_consent, m.notes, m.category_id, c.name,
                    p.id, p.joined, p.left_on, m.phone2, m.external_code, m.organisation
             FROM member m JOIN category c ON c.id = m.category_id
             LEFT JOIN membership_period p ON p.id = (SELECT id FROM membership_period
                 WHERE member_id = m.id ORDER BY joined DESC, id DESC LIMIT 1)
             WHERE m.number = ?1",
        )?;
        let date = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
        Ok(stmt.query_row([number], |r| {
            let period = match r.get::<_, Option<i64>>(17)? {
                Some(pid) => Some((pid, date(r.get(18)?).unwrap_or_default(), date(r.get(19)?))),
                None => None,
            };
            let source: String = r.get(1)?;
            Ok(Registered {
                id: r.get(0)?,
                added_by_line: source
                    .strip_prefix(&self.prefix)
                    .and_then(|l| l.parse::<u64>().ok()),
                erased: r.get(2)?,
                data: MemberData {
                    given_name: r.get(3)?,
                    name_prefix: r.get(4)?,
                    family_name: r.get(5)?,
                    organisation: r.get(22)?,
                    email: r.get(6)?,
                    phone: r.get(7)?,
                    phone2: r.get(20)?,
                    external_code: r.get(21)?,
                    street: r.get(8)?,
                    postcode: r.get(9)?,
                    city: r.get(10)?,
                    country: r.get(11)?,
                    birth_date: date(r.get(12)?),
                    email_consent: date(r.get(13)?),
                    notes: r.get(14)?,
                },
                category_id: r.get(15)?,
                category: r.get(16)?,
                period,
            })
        })?)
    }

    /// The periods and suspensions of the member with internal id `id`.
    pub fn history(&self, id: i64) -> anyhow::Result<(Vec<Period>, Vec<Suspension>)> {
        let date = |s: Option<String>| s.and_then(|s| s.parse::<NaiveDate>().ok());
        let mut stmt = self.tx.conn.prepare_cached(
            "SELECT joined, left_on, leave_reason FROM membership_period WHERE member_id = ?1 ORDER BY joined",
        )?;
        let periods = stmt
            .query_map([id], |r| {
                Ok(Period {
                    joined: date(r.get(0)?).unwrap_or_default(),
                    left: date(r.get(1)?),
                    reason: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut stmt = self.tx.conn.prepare_cached(
            "SELECT starts, until, reason, lifted_on FROM suspension WHERE member_id = ?1 ORDER BY starts",
        )?;
        let suspensions = stmt
            .query_map([id], |r| {
                Ok(Suspension {
                    starts: date(r.get(0)?).unwrap_or_default(),
                    until: date(r.get(1)?),
                    reason: r.get(2)?,
                    lifted_on: date(r.get(3)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok((periods, suspensions))
    }

    /// Writes `merge` over the member `old` (as `number`, in category `category_id`); the caller
    /// journals it.
    pub fn update(
        &mut self,
        number: i64,
        category_id: i64,
        old: &Registered,
        merge: &Merge<'_>,
    ) -> anyhow::Result<()> {
        self.write_update(
            number,
            category_id,
            old,
            &merge.data,
            merge.joined,
            merge.left,
        )?;
        if let Some(periods) = merge.periods {
            self.tx.conn.execute(
                "DELETE FROM membership_period WHERE member_id = ?1",
                [old.id],
            )?;
            self.insert_history(old.id, periods, &[])?;
        }
        if let Some(suspensions) = merge.suspensions {
            self.tx
                .conn
                .execute("DELETE FROM suspension WHERE member_id = ?1", [old.id])?;
            self.insert_history(old.id, &[], suspensions)?;
        }
        Ok(())
    }

    fn write_update(
        &self,
        number: i64,
        category_id: i64,
        old: &Registered,
        d: &MemberData,
        joined: NaiveDate,
        left: Option<NaiveDate>,
    ) -> anyhow::Result<()> {
        let keys = search_keys(number, d);
        self.tx.conn.execute(
            "UPDATE member SET given_name = ?2, name_prefix = ?3, family_name = ?4, email = ?5,
                 phone = ?6, street = ?7, postcode = ?8, city = ?9, country = ?10, birth_date = ?11,
                 category_id = ?12, email_consent = ?13, notes = ?14, search_text = ?15,
                 sort_name = ?16, updated_at = ?17, phone2 = ?18, external_code = ?19,
                 organisation = ?20
             WHERE id = ?1",
            params![
                old.id,
                d.given_name,
                d.name_prefix,
                d.family_name,
                d.email,
                d.phone,
                d.street,
                d.postcode,
                d.city,
                d.country,
                d.birth_date.map(iso_date),
                category_id,
                d.email_consent.map(iso_date),
                d.notes,
                keys.0,
                keys.1,
                self.at,
                d.phone2,
                d.external_code,
                d.organisation,
            ],
        )?;
        let (joined, left) = (iso_date(joined), left.map(iso_date));
        match old.period {
            Some((pid, _, _)) => self.tx.conn.execute(
                "UPDATE membership_period SET joined = ?2, left_on = ?3 WHERE id = ?1",
                params![pid, joined, left],
            )?,
            None => self.tx.conn.execute(
                "INSERT INTO membership_period (member_id, joined, left_on) VALUES (?1, ?2, ?3)",
                params![old.id, joined, left],
            )?,
        };
        Ok(())
    }
}
