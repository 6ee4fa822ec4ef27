//! The rows of the registry commands: `member list`, `member show` (and `add`), `member edit`,
//! `member data` and `category list`. Field names are the CSV columns and JSON keys, in this
//! order; they are documented in docs/guide/01-registry.md and only ever grow.

use chrono::NaiveDate;
use serde::Serialize;

use super::Output;
use crate::domain::category::Category;
use crate::domain::journal::{Entry, Payload};
use crate::domain::member::{Joined, Member, MemberData, Period, Suspension, fields};
use crate::domain::member_change::FieldChange;

/// One line of `member list`. Status, `joined` and `left` are judged on the listing's date.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MemberRow {
    pub number: i64,
    /// Full name as written: "Jan van der Berg". Empty for an erased member.
    pub name: String,
    pub email: Option<String>,
    pub city: Option<String>,
    pub category: String,
    /// active, suspended or former.
    pub status: String,
    /// First day of the membership period that tells the status on the date; null when
    /// unknown (a table says so in words).
    pub joined: Option<NaiveDate>,
    /// Last day of that period, if it ends.
    pub left: Option<NaiveDate>,
}

impl MemberRow {
    pub fn new(m: &Member, on: NaiveDate) -> Self {
        let period = m.period_on(on);
        MemberRow {
            number: m.number,
            name: m.data.full_name(),
            email: m.data.email.clone(),
            city: m.data.city.clone(),
            category: m.category.clone(),
            status: m.status_on(on).as_str().to_string(),
            joined: period.and_then(|p| p.joined.date()),
            left: period.and_then(|p| p.left),
        }
    }
}

/// `member show` and `member add`: every field of one member, flat. The member fields are the
/// field table's, in its order, with the membership (category, status, joined, left) after the
/// birth date; dates as ISO 8601.
#[derive(Debug, Clone, Default)]
pub struct MemberRecord {
    pub number: i64,
    pub name: String,
    /// The field table's values (`domain::member::fields::TABLE`), in its order.
    pub fields: [Option<String>; fields::COUNT],
    pub category: String,
    /// Status today: active, suspended or former.
    pub status: String,
    /// Start of the current (or last) membership period; null when unknown.
    pub joined: Option<NaiveDate>,
    /// End of the last period, when the member has left.
    pub left: Option<NaiveDate>,
    /// Every period, oldest first: "2019-01-01..2021-12-31; 2023-01-01.." ("..": still running).
    pub periods: String,
    /// Every suspension: "2025-01-01..2025-06-30: reason", with " (lifted 2025-03-01)" if so.
    pub suspensions: String,
    pub source: String,
    pub erased: bool,
    pub erased_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Every board term: "board member since 2026-03-20 (election 1)"; filled by `member show`
    /// (last, so that the CSV columns before it keep their places).
    pub board: String,
}

impl Serialize for MemberRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let mut r = s.serialize_struct("MemberRecord", fields::COUNT + 14)?;
        r.serialize_field("number", &self.number)?;
        r.serialize_field("name", &self.name)?;
        for (i, (f, v)) in fields::TABLE.iter().zip(&self.fields).enumerate() {
            r.serialize_field(f.name, v)?;
            if i == MEMBERSHIP_AFTER {
                r.serialize_field("category", &self.category)?;
                r.serialize_field("status", &self.status)?;
                r.serialize_field("joined", &self.joined)?;
                r.serialize_field("left", &self.left)?;
            }
        }
        r.serialize_field("periods", &self.periods)?;
        r.serialize_field("suspensions", &self.suspensions)?;
        r.serialize_field("source", &self.source)?;
        r.serialize_field("erased", &self.erased)?;
        r.serialize_field("erased_at", &self.erased_at)?;
        r.serialize_field("created_at", &self.created_at)?;
        r.serialize_field("updated_at", &self.updated_at)?;
        r.serialize_field("board", &self.board)?;
        r.end()
    }
}

/// The field the membership columns follow, in the record as in the export: the birth date.
const MEMBERSHIP_AFTER: usize = fields::place("birth_date");

fn period_text(p: &Period) -> String {
    let end = p.left.map(|l| l.to_string()).unwrap_or_default();
    // An unknown start is left empty, as the export's periods cell writes it.
    let start = p.joined.date().map(|d| d.to_string()).unwrap_or_default();
    format!("{start}..{end}")
}

fn suspension_text(s: &Suspension) -> String {
    let end = s.until.map(|u| u.to_string()).unwrap_or_default();
    let mut t = format!("{}..{end}", s.starts);
    if !s.reason.is_empty() {
        t.push_str(&format!(": {}", s.reason));
    }
    if let Some(l) = s.lifted_on {
        t.push_str(&format!(" (lifted {l})"));
    }
    t
}

impl MemberRecord {
    pub fn new(m: &Member, today: NaiveDate) -> Self {
        let d = &m.data;
        MemberRecord {
            number: m.number,
            name: d.full_name(),
            fields: fields::TABLE.map(|f| f.text(d)),
            category: m.category.clone(),
            status: m.status_on(today).as_str().to_string(),
            joined: m.joined().and_then(Joined::date),
            left: m.left(),
            periods: m
                .periods
                .iter()
                .map(period_text)
                .collect::<Vec<_>>()
                .join("; "),
            suspensions: m
                .suspensions
                .iter()
                .map(suspension_text)
                .collect::<Vec<_>>()
                .join("; "),
            source: m.source.clone(),
            erased: m.erased_at.is_some(),
            erased_at: m.erased_at.clone(),
            created_at: m.created_at.clone(),
            updated_at: m.updated_at.clone(),
            board: String::new(),
        }
    }
}

/// One changed field of `member edit`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ChangeRow {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl From<&FieldChange> for ChangeRow {
    fn from(c: &FieldChange) -> Self {
        ChangeRow {
            field: c.field.to_string(),
            old: c.old.clone(),
            new: c.new.clone(),
        }
    }
}

/// One line of `category list`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CategoryRow {
    pub name: String,
    /// A member in law (false for supporters).
    pub is_member: bool,
    pub has_vote: bool,
    /// Votes per member when the category has a vote.
    pub weight: u32,
    /// Members on the date (today), suspended ones included.
    pub members: i64,
    /// Everyone ever registered in the category, former and erased included.
    pub registered: i64,
    pub description: Option<String>,
}

impl CategoryRow {
    pub fn new(c: Category, members: i64, registered: i64) -> Self {
        CategoryRow {
            name: c.name,
            is_member: c.is_member,
            has_vote: c.has_vote,
            weight: c.weight,
            members,
            registered,
            description: c.description,
        }
    }
}

/// `member data`: everything held about one member, for an access or portability request
/// (GDPR art. 15 and 20). Nested, so JSON only.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectData {
    /// The controller: the association the registry belongs to.
    pub association: Option<String>,
    /// When this copy was made (RFC 3339 UTC).
    pub generated_at: String,
    pub number: i64,
    /// The personal fields, at the top level of the document, in `domain::member::FIELDS` order.
    #[serde(flatten)]
    pub data: MemberData,
    pub status: String,
    pub category: Category,
    pub periods: Vec<Period>,
    pub suspensions: Vec<Suspension>,
    pub source: String,
    pub erased_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// The board terms kept on the member (`election new --board`).
    pub board_terms: Vec<crate::domain::office::BoardTerm>,
    /// Every journal entry about the member, oldest first, with the recorded values.
    pub journal: Vec<SubjectJournalEntry>,
}

/// A journal entry in `member data`.
#[derive(Debug, Clone, Serialize)]
pub struct SubjectJournalEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub command: String,
    pub action: String,
    pub summary: String,
    /// Values before the change (null: none recorded, or erased).
    pub old: Option<serde_json::Value>,
    /// Values after the change.
    pub new: Option<serde_json::Value>,
}

impl SubjectData {
    pub fn new(
        association: Option<String>,
        generated_at: String,
        m: Member,
        category: Category,
        today: NaiveDate,
        journal: Vec<(Entry, Option<Payload>)>,
    ) -> Self {
        let status = m.status_on(today).as_str().to_string();
        let value = |s: Option<String>| {
            s.map(|s| serde_json::from_str(&s).unwrap_or(serde_json::Value::String(s)))
        };
        let journal = journal
            .into_iter()
            .map(|(e, p)| {
                let (old, new) =
                    p.map_or((None, None), |p| (value(p.old_value), value(p.new_value)));
                SubjectJournalEntry {
                    seq: e.seq,
                    at: e.at,
                    actor: e.actor,
                    command: e.command,
                    action: e.action,
                    summary: e.summary,
                    old,
                    new,
                }
            })
            .collect();
        SubjectData {
            association,
            generated_at,
            number: m.number,
            data: m.data,
            status,
            category,
            periods: m.periods,
            suspensions: m.suspensions,
            source: m.source,
            erased_at: m.erased_at,
            created_at: m.created_at,
            updated_at: m.updated_at,
            board_terms: Vec::new(),
            journal,
        }
    }
}

impl Output {
    /// A nested document as pretty JSON on stdout, whatever `--format` says: it has no flat form.
    pub fn json_document<T: Serialize>(&self, doc: &T) -> anyhow::Result<()> {
        let mut text = serde_json::to_string_pretty(doc)?;
        text.push('\n');
        self.text(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_holds_every_field_with_the_membership_after_the_birth_date() {
        let m = Member {
            number: 7,
            data: MemberData {
                family_name: Some("Berg".into()),
                birth_date: NaiveDate::from_ymd_opt(1980, 2, 1),
                ..Default::default()
            },
            ..Default::default()
        };
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let json = serde_json::to_value(MemberRecord::new(&m, day)).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        for f in &fields::TABLE {
            assert!(keys.contains(&f.name), "{}", f.name);
        }
        let at = |k: &str| keys.iter().position(|x| *x == k).unwrap();
        assert_eq!(at("category"), at("birth_date") + 1);
        assert_eq!(at("email_consent"), at("left") + 1);
        assert_eq!(json["birth_date"], "1980-02-01");
        assert_eq!(keys.len(), fields::COUNT + 14);
    }
}
