//! What the journal records of the registry itself, so that `journal verify` can tell whether the
//! tables still hold what the journal last wrote down.
//!
//! Every entry that changes a registry row (a member with its periods, suspensions and arrears;
//! a category; a rules version) records a digest of that row as it stands after the change, in
//! `journal_state`. From hash version 3 an entry's hash covers the digests recorded since the
//! entry before it (their number and a SHA-256 over them), so the digests cannot be edited
//! without breaking the chain; and `verify` compares each row in the tables with its latest
//! digest, naming the first one that differs.
//!
//! A member's digest is salted with a salt kept on the member's row. Erasure replaces the salt,
//! so the digests of the member's earlier states, which stay in the journal, can no longer
//! confirm a guess at what was erased.

use sha2::{Digest as _, Sha256};

use super::{Break, Entry, hex};
use crate::domain::member::fields;

/// A row's digest: SHA-256 shortened to 128 bits, enough against finding another row with the
/// same digest, and half the space for a registry of a million members.
pub type RowDigest = [u8; 16];

/// The digest recorded for a row that no longer exists (a mistaken record deleted).
pub const ABSENT: RowDigest = [0; 16];

/// Which registry table a recorded digest is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Member,
    Category,
    Rules,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Member, Kind::Category, Kind::Rules];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Member => "member",
            Kind::Category => "category",
            Kind::Rules => "rules",
        }
    }

    /// How the kind is stored: one byte a row instead of its name.
    pub fn code(self) -> i64 {
        match self {
            Kind::Member => 1,
            Kind::Category => 2,
            Kind::Rules => 3,
        }
    }
}

/// A member as its digest covers it: every field of the row that is a fact about the member
/// (not the derived search and sort texts, nor the row's own timestamps), with its history.
/// Owned as the store reads it back, or borrowed (`S = &str`) from the values an import has
/// just written, which then need no copy; both give the same digest.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberState<S = String> {
    pub number: i64,
    /// The member field table's values, in its order (`domain::member::fields::TABLE`); dates as
    /// the ISO 8601 text they are stored as.
    pub fields: [Option<S>; fields::COUNT],
    pub category_id: i64,
    pub source: S,
    pub erased_at: Option<S>,
    /// (joined, left, reason), in the order they were written; joined is None when unknown
    /// (hashed as JSON null; a known date hashes as before, so older digests stay valid).
    pub periods: Vec<(Option<S>, Option<S>, Option<S>)>,
    /// (starts, until, reason, lifted on), in the order they were written.
    pub suspensions: Vec<(S, Option<S>, S, Option<S>)>,
    /// (since, cleared on), in the order they were written.
    pub arrears: Vec<(S, Option<S>)>,
}

/// The place of the field `name` in the field table.
const fn at(name: &str) -> usize {
    fields::place(name)
}

/// The fields a member's digest held when digests began (schema 17), in the places it held
/// them, which never change: every digest recorded since must still match its row. Any other
/// field (organisation, and every field added later) is hashed after them as `(name, value)`,
/// and only when it has a value, so a member without it keeps the digest it had before.
const CONTACT: [usize; 11] = [
    at("given_name"),
    at("name_prefix"),
    at("family_name"),
    at("email"),
    at("phone"),
    at("phone2"),
    at("street"),
    at("postcode"),
    at("city"),
    at("country"),
    at("birth_date"),
];
const STANDING: [usize; 3] = [at("email_consent"), at("notes"), at("external_code")];

/// Whether the field at each place is one of `CONTACT` or `STANDING`.
const FIRST_FIELDS: [bool; fields::COUNT] = {
    let mut first = [false; fields::COUNT];
    let mut i = 0;
    while i < CONTACT.len() {
        first[CONTACT[i]] = true;
        i += 1;
    }
    let mut i = 0;
    while i < STANDING.len() {
        first[STANDING[i]] = true;
        i += 1;
    }
    first
};

/// The row followed by the later fields that have a value: hashed as one JSON array.
struct WithLater<'a, R, S>(&'a R, &'a [(&'static str, &'a S)]);

impl<R: serde::Serialize, S: serde::Serialize> serde::Serialize for WithLater<'_, R, S> {
    fn serialize<T: serde::Serializer>(&self, s: T) -> Result<T::Ok, T::Error> {
        use serde::ser::SerializeSeq as _;
        let mut seq = s.serialize_seq(Some(1 + self.1.len()))?;
        seq.serialize_element(self.0)?;
        for later in self.1 {
            seq.serialize_element(later)?;
        }
        seq.end()
    }
}

/// A category as its digest covers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryState {
    pub name: String,
    pub is_member: bool,
    pub has_vote: bool,
    pub weight: i64,
    pub description: Option<String>,
}

/// A rules version as its digest covers it: its first day, note and every key with its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulesState {
    pub valid_from: String,
    pub note: Option<String>,
    pub values: Vec<(String, String)>,
}

/// Feeds serialized JSON straight into the hash, without building a document first: a bulk
/// import computes a digest per member.
struct HashWriter(Sha256);

impl std::io::Write for HashWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.update(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// SHA-256 of the value's canonical JSON (a JSON array: unambiguous field boundaries, and None
/// differs from ""), shortened to 128 bits: enough against finding another row with the same
/// digest, and half the space for a registry of a million members.
fn short_digest(canonical: &impl serde::Serialize) -> RowDigest {
    salted_digest(&[], canonical)
}

/// [`short_digest`] with a salt hashed first (length, then bytes).
fn salted_digest(salt: &[u8], canonical: &impl serde::Serialize) -> RowDigest {
    let mut w = HashWriter(Sha256::new());
    w.0.update((salt.len() as u64).to_be_bytes());
    w.0.update(salt);
    // Writing to a hasher cannot fail, and these values always serialize.
    let _ = serde_json::to_writer(&mut w, canonical);
    let mut out = [0; 16];
    out.copy_from_slice(&w.0.finalize()[..16]);
    out
}

/// The rows sorted by their first field with a stable sort; borrowed as they are when they
/// already are (the usual case: written in date order).
fn by_date<T: Clone, K: Ord>(rows: &[T], key: impl Fn(&T) -> &K) -> std::borrow::Cow<'_, [T]> {
    if rows.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        std::borrow::Cow::Borrowed(rows)
    } else {
        let mut sorted = rows.to_vec();
        sorted.sort_by(|a, b| key(a).cmp(key(b)));
        std::borrow::Cow::Owned(sorted)
    }
}

/// The digest of a member's state. The history is sorted by its dates (a stable sort, so rows of
/// the same day keep the order they were written in), which is the order the store reads them.
pub fn member_digest<S>(salt: &[u8], m: &MemberState<S>) -> RowDigest
where
    S: Ord + Clone + serde::Serialize,
{
    let periods = by_date(&m.periods, |p| &p.0);
    let suspensions = by_date(&m.suspensions, |s| &s.0);
    let arrears = by_date(&m.arrears, |a| &a.0);
    let contact = CONTACT.map(|i| &m.fields[i]);
    let [consent, notes, code] = STANDING.map(|i| &m.fields[i]);
    let standing = (m.category_id, consent, notes, code, &m.source, &m.erased_at);
    let row = (
        "member",
        m.number,
        contact,
        standing,
        &*periods,
        &*suspensions,
        &*arrears,
    );
    let later: Vec<(&'static str, &S)> = fields::TABLE
        .iter()
        .zip(&m.fields)
        .zip(FIRST_FIELDS)
        .filter(|(_, first)| !first)
        .filter_map(|((f, v), _)| v.as_ref().map(|v| (f.name, v)))
        .collect();
    if later.is_empty() {
        salted_digest(salt, &row)
    } else {
        salted_digest(salt, &WithLater(&row, &later))
    }
}

/// The digest of a category.
pub fn category_digest(c: &CategoryState) -> RowDigest {
    short_digest(&(
        "category",
        &c.name,
        c.is_member,
        c.has_vote,
        c.weight,
        &c.description,
    ))
}

/// The digest of a rules version; its values in key order.
pub fn rules_digest(r: &RulesState) -> RowDigest {
    let mut values = r.values.clone();
    values.sort();
    short_digest(&("rules", &r.valid_from, &r.note, values))
}

/// One recorded digest, as stored: `id` numbers them in the order they were recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateRow {
    pub id: i64,
    /// [`Kind::code`].
    pub kind: i64,
    pub key: i64,
    /// A [`RowDigest`], unless edited.
    pub digest: Vec<u8>,
}

/// Sums up the digests recorded for one entry, in the order they were recorded; the entry's
/// hash covers the count and the result.
#[derive(Clone, Default)]
pub struct StateHasher {
    rows: i64,
    hasher: Sha256,
}

impl StateHasher {
    pub fn add(&mut self, row: &StateRow) {
        self.rows += 1;
        // Fixed widths and a length: no two different rows feed the same bytes.
        let h = &mut self.hasher;
        h.update(row.id.to_be_bytes());
        h.update(row.kind.to_be_bytes());
        h.update(row.key.to_be_bytes());
        h.update((row.digest.len() as u64).to_be_bytes());
        h.update(&row.digest);
    }

    pub fn rows(&self) -> i64 {
        self.rows
    }

    /// The count and the SHA-256 (hex) of what was added; None when nothing was.
    pub fn finish(self) -> Option<(i64, String)> {
        (self.rows > 0).then(|| (self.rows, hex(&self.hasher.finalize())))
    }
}

/// Which entry recorded which digests: entry `seq` recorded the rows after the previous entry's
/// last one, up to its own last one.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    /// (last row id, entry seq), ascending.
    ends: Vec<(i64, i64)>,
    last_seq: i64,
}

impl Coverage {
    /// The entry that recorded the digest with this row id.
    pub fn entry_of(&self, id: i64) -> Option<i64> {
        let i = self.ends.partition_point(|(end, _)| *end < id);
        self.ends.get(i).map(|(_, seq)| *seq)
    }

    /// The last entry of the journal.
    pub fn last_seq(&self) -> i64 {
        self.last_seq
    }

    /// Whether any entry recorded digests: a journal written before they were kept has none,
    /// and its registry cannot be compared.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// Checks that the recorded digests, read in id order, are exactly the ones the entries (in seq
/// order, their chain already verified) say they recorded: none edited, deleted, inserted or
/// moved. Returns which entry recorded which.
pub fn verify_rows<E>(
    entries: &[Entry],
    rows: impl IntoIterator<Item = Result<StateRow, E>>,
) -> Result<Result<Coverage, Break>, E> {
    let mut rows = rows.into_iter();
    let mut next_id = 1;
    let mut coverage = Coverage {
        last_seq: entries.last().map_or(0, |e| e.seq),
        ..Default::default()
    };
    for e in entries {
        let Some(n) = e.state_rows else { continue };
        let mut hasher = StateHasher::default();
        for _ in 0..n {
            let Some(row) = rows.next().transpose()? else {
                return Ok(Err(Break {
                    seq: e.seq,
                    reason: "registry digests it recorded were deleted".into(),
                }));
            };
            if row.id != next_id {
                return Ok(Err(Break {
                    seq: e.seq,
                    reason: format!(
                        "registry digest {next_id} it recorded was deleted or renumbered (next is {})",
                        row.id
                    ),
                }));
            }
            next_id += 1;
            hasher.add(&row);
        }
        if hasher.finish().map(|(_, d)| d) != e.state_digest {
            return Ok(Err(Break {
                seq: e.seq,
                reason: "the registry digests it recorded were changed".into(),
            }));
        }
        coverage.ends.push((next_id - 1, e.seq));
    }
    if let Some(row) = rows.next().transpose()? {
        return Ok(Err(Break {
            seq: entries.last().map_or(1, |e| e.seq),
            reason: format!(
                "registry digest {} is recorded by no entry (inserted behind quorum's back)",
                row.id
            ),
        }));
    }
    Ok(Ok(coverage))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member() -> MemberState {
        let mut fields: [Option<String>; fields::COUNT] = Default::default();
        fields[at("given_name")] = Some("Anna".into());
        fields[at("family_name")] = Some("Jansen".into());
        MemberState {
            number: 7,
            fields,
            category_id: 1,
            source: "cli".into(),
            periods: vec![
                (Some("2020-01-01".into()), Some("2021-01-01".into()), None),
                (Some("2022-05-01".into()), None, None),
            ],
            ..Default::default()
        }
    }

    #[test]
    fn a_member_digest_changes_with_every_fact_and_with_the_salt() {
        let base = member_digest(b"s", &member());
        assert_ne!(base, ABSENT);
        assert_eq!(base, member_digest(b"s", &member()));
        assert_ne!(base, member_digest(b"t", &member()), "the salt");
        type Change = Box<dyn Fn(&mut MemberState)>;
        let changes: Vec<Change> = vec![
            Box::new(|m| m.number = 8),
            Box::new(|m| m.fields[at("given_name")] = None),
            Box::new(|m| m.fields[at("email")] = Some(String::new())),
            Box::new(|m| m.fields[at("external_code")] = Some("J-012".into())),
            Box::new(|m| m.fields[at("organisation")] = Some("De Wilgen".into())),
            Box::new(|m| m.category_id = 2),
            Box::new(|m| m.source = "import:1:2".into()),
            Box::new(|m| m.periods[1].1 = Some("2023-01-01".into())),
            Box::new(|m| m.periods.pop().map(drop).unwrap_or_default()),
            Box::new(|m| {
                m.suspensions
                    .push(("2024-01-01".into(), None, "x".into(), None))
            }),
            Box::new(|m| m.arrears.push(("2024-01-01".into(), None))),
        ];
        for change in changes {
            let mut m = member();
            change(&mut m);
            assert_ne!(base, member_digest(b"s", &m), "{m:?}");
        }
    }

    #[test]
    fn a_member_without_an_organisation_keeps_the_digest_it_had_before_the_column() {
        // The digest as hash version 3 computed it before migration 22, written out by hand:
        // every digest an older registry recorded must still match its row.
        let m = member();
        let periods = vec![
            ("2020-01-01", Some("2021-01-01"), None::<&str>),
            ("2022-05-01", None, None),
        ];
        let none = None::<String>;
        let before = salted_digest(
            b"s",
            &(
                "member",
                7,
                (
                    &none, &none, &none, &none, &none, &none, &none, &none, &none, &none, &none,
                ),
                (1, &none, &none, &none, "cli", &none),
                periods,
                Vec::<(String, Option<String>, String, Option<String>)>::new(),
                Vec::<(String, Option<String>)>::new(),
            ),
        );
        let mut bare = m.clone();
        bare.fields = Default::default();
        assert_eq!(member_digest(b"s", &bare), before);
        let mut org = bare.clone();
        org.fields[at("organisation")] = Some("Bewonerscollectief De Wilgen".into());
        let with_organisation = member_digest(b"s", &org);
        assert_ne!(with_organisation, before, "an organisation counts");
        // As migration 22's digest wrote it: the row, then the organisation as a pair.
        let by_hand = salted_digest(
            b"s",
            &(
                (
                    "member",
                    7,
                    (
                        &none, &none, &none, &none, &none, &none, &none, &none, &none, &none, &none,
                    ),
                    (1, &none, &none, &none, "cli", &none),
                    vec![
                        ("2020-01-01", Some("2021-01-01"), None::<&str>),
                        ("2022-05-01", None, None),
                    ],
                    Vec::<(String, Option<String>, String, Option<String>)>::new(),
                    Vec::<(String, Option<String>)>::new(),
                ),
                ("organisation", "Bewonerscollectief De Wilgen"),
            ),
        );
        assert_eq!(with_organisation, by_hand);
    }

    #[test]
    fn each_field_keeps_its_place_in_the_digest() {
        // Every field with a value of its own, hashed as hash version 3 placed them (written out
        // by hand): the field table's order is not the digest's.
        let mut m = member();
        for (i, f) in fields::TABLE.iter().enumerate() {
            m.fields[i] = Some(f.name.to_string());
        }
        let v = |name: &'static str| Some(name.to_string());
        let by_hand = salted_digest(
            b"s",
            &(
                (
                    "member",
                    7,
                    (
                        v("given_name"),
                        v("name_prefix"),
                        v("family_name"),
                        v("email"),
                        v("phone"),
                        v("phone2"),
                        v("street"),
                        v("postcode"),
                        v("city"),
                        v("country"),
                        v("birth_date"),
                    ),
                    (
                        1,
                        v("email_consent"),
                        v("notes"),
                        v("external_code"),
                        "cli",
                        None::<String>,
                    ),
                    vec![
                        ("2020-01-01", Some("2021-01-01"), None::<&str>),
                        ("2022-05-01", None, None),
                    ],
                    Vec::<(String, Option<String>, String, Option<String>)>::new(),
                    Vec::<(String, Option<String>)>::new(),
                ),
                ("organisation", "organisation"),
            ),
        );
        assert_eq!(member_digest(b"s", &m), by_hand);
    }

    #[test]
    fn the_history_is_compared_in_date_order_whatever_order_it_is_read_in() {
        let mut m = member();
        m.periods.reverse();
        assert_eq!(member_digest(b"s", &member()), member_digest(b"s", &m));
    }

    #[test]
    fn none_and_empty_differ_and_fields_do_not_run_together() {
        let mut a = member();
        a.fields[at("given_name")] = Some("An".into());
        a.fields[at("name_prefix")] = Some("na".into());
        let mut b = member();
        b.fields[at("given_name")] = Some("Anna".into());
        b.fields[at("name_prefix")] = Some(String::new());
        let mut c = member();
        c.fields[at("given_name")] = Some("Anna".into());
        c.fields[at("name_prefix")] = None;
        let digests = [a, b, c].map(|m| member_digest(b"s", &m));
        assert_ne!(digests[0], digests[1]);
        assert_ne!(digests[1], digests[2]);
    }

    #[test]
    fn category_and_rules_digests_see_each_value() {
        let c = CategoryState {
            name: "regular".into(),
            is_member: true,
            has_vote: true,
            weight: 1,
            description: None,
        };
        let heavier = CategoryState {
            weight: 2,
            ..c.clone()
        };
        assert_ne!(category_digest(&c), category_digest(&heavier));
        let r = RulesState {
            valid_from: "2026-01-01".into(),
            note: None,
            values: vec![("a".into(), "1".into()), ("b".into(), "2".into())],
        };
        let mut reordered = r.clone();
        reordered.values.reverse();
        assert_eq!(rules_digest(&r), rules_digest(&reordered));
        let mut changed = r.clone();
        changed.values[1].1 = "3".into();
        assert_ne!(rules_digest(&r), rules_digest(&changed));
    }

    fn rows(n: i64) -> Vec<StateRow> {
        (1..=n)
            .map(|id| StateRow {
                id,
                kind: Kind::Member.code(),
                key: id,
                digest: vec![id as u8; 16],
            })
            .collect()
    }

    /// Entries recording 2, none, then 3 digests of `rows`.
    fn entries(rows: &[StateRow]) -> Vec<Entry> {
        let mut out = Vec::new();
        let mut at = 0;
        for (seq, n) in [(1, 2), (2, 0), (3, 3)] {
            let mut h = StateHasher::default();
            for r in &rows[at..at + n] {
                h.add(r);
            }
            at += n;
            let (state_rows, state_digest) = h.finish().unzip();
            out.push(Entry {
                seq,
                hash_version: 3,
                state_rows,
                state_digest,
                ..Default::default()
            });
        }
        out
    }

    fn check(entries: &[Entry], rows: Vec<StateRow>) -> Result<Coverage, Break> {
        verify_rows::<()>(entries, rows.into_iter().map(Ok)).unwrap()
    }

    #[test]
    fn recorded_digests_verify_and_name_their_entry() {
        let rows = rows(5);
        let c = check(&entries(&rows), rows).unwrap();
        assert_eq!(c.entry_of(1), Some(1));
        assert_eq!(c.entry_of(2), Some(1));
        assert_eq!(c.entry_of(3), Some(3));
        assert_eq!(c.entry_of(5), Some(3));
        assert_eq!(c.entry_of(6), None);
    }

    #[test]
    fn an_edited_deleted_or_inserted_digest_is_found() {
        let good = rows(5);
        let e = entries(&good);
        let mut edited = good.clone();
        edited[3].digest = vec![9; 16];
        assert_eq!(check(&e, edited).unwrap_err().seq, 3);
        let mut deleted = good.clone();
        deleted.remove(1);
        assert_eq!(check(&e, deleted).unwrap_err().seq, 1);
        let mut cut = good.clone();
        cut.pop();
        assert_eq!(check(&e, cut).unwrap_err().seq, 3);
        let mut more = good.clone();
        more.extend(rows(6).pop());
        assert!(check(&e, more).unwrap_err().reason.contains("no entry"));
        let mut moved = good.clone();
        moved[0].key = 9;
        assert_eq!(check(&e, moved).unwrap_err().seq, 1);
    }

    #[test]
    fn the_state_hasher_covers_order_and_content() {
        let row = |id, digest: u8| StateRow {
            id,
            kind: Kind::Member.code(),
            key: id,
            digest: vec![digest; 16],
        };
        let sum = |rows: &[StateRow]| {
            let mut h = StateHasher::default();
            rows.iter().for_each(|r| h.add(r));
            h.finish()
        };
        assert_eq!(sum(&[]), None);
        let a = sum(&[row(1, 1), row(2, 2)]).unwrap();
        assert_eq!(a.0, 2);
        assert_ne!(a, sum(&[row(2, 2), row(1, 1)]).unwrap());
        assert_ne!(a, sum(&[row(1, 1), row(2, 3)]).unwrap());
    }
}
