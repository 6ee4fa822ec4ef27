//! Elections: their rows, candidates, rounds, the anonymous paper ballots and the stored count
//! of each round. Ballots are never journaled one by one: an entry says how many papers a
//! command entered in which round, never a choice.

use crate::domain::msg::msg;
use rusqlite::{OptionalExtension as _, params};
use serde_json::json;

use super::votes::n;
use super::{Change, ReadTx, WriteTx};
use crate::domain::DomainError;
use crate::domain::journal::action;

use crate::domain::election::{
    Binding, Candidate, Decided, Election, Kind, PaperStatus, Round, RoundResult, RoundStatus,
    Status, StoredPaper,
};
use crate::tally::Method;

use super::stored::known;

/// A JSON list as the store wrote it (candidate numbers, names); other text is refused as any
/// unknown stored value is, never read as an empty list.
fn json_list<T: serde::de::DeserializeOwned>(text: &str) -> Option<Vec<T>> {
    serde_json::from_str(text).ok()
}

fn election_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Election> {
    let id: i64 = r.get("id")?;
    Ok(Election {
        id,
        meeting_id: r.get("meeting_id")?,
        title: r.get("title")?,
        seats: r.get("seats")?,
        method: known(
            "election",
            id,
            "method",
            &r.get::<_, String>("method")?,
            |m| m.parse::<Method>().ok(),
        )?,
        status: known(
            "election",
            id,
            "status",
            &r.get::<_, String>("status")?,
            Status::parse,
        )?,
        seed: r.get::<_, i64>("seed")? as u64,
        created_at: r.get("created_at")?,
        board: r.get("board")?,
    })
}

impl ReadTx<'_> {
    /// Election `id`, or NotFound naming it.
    pub fn election(&self, id: i64) -> anyhow::Result<Election> {
        self.conn
            .prepare_cached("SELECT * FROM election WHERE id = ?1")?
            .query_row([id], election_from_row)
            .optional()?
            .ok_or_else(|| DomainError::Missing(msg!("lookup-election", id = id)).into())
    }

    pub fn elections(&self, meeting_id: Option<i64>) -> anyhow::Result<Vec<Election>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM election WHERE ?1 IS NULL OR meeting_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([meeting_id], election_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn election_candidates(&self, id: i64) -> anyhow::Result<Vec<Candidate>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.number, c.member_id, m.number AS member_number, c.name, c.nominated_by,
                    c.withdrawn, c.forced
             FROM election_candidate c LEFT JOIN member m ON m.id = c.member_id
             WHERE c.election_id = ?1 ORDER BY c.number",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Candidate {
                number: r.get(0)?,
                member_id: r.get(1)?,
                member_number: r.get(2)?,
                name: r.get(3)?,
                nominated_by: r.get(4)?,
                withdrawn: r.get(5)?,
                forced: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn election_rounds(&self, id: i64) -> anyhow::Result<Vec<Round>> {
        let mut stmt = self.conn.prepare(
            "SELECT number, kind, candidates, status FROM election_round
             WHERE election_id = ?1 ORDER BY number",
        )?;
        let rows = stmt.query_map([id], |r| {
            let number: i64 = r.get(0)?;
            let row = format!("election {id}, round {number}");
            Ok(Round {
                number,
                kind: known(
                    "election_round",
                    &row,
                    "kind",
                    &r.get::<_, String>(1)?,
                    Kind::parse,
                )?,
                candidates: known(
                    "election_round",
                    &row,
                    "candidates",
                    &r.get::<_, String>(2)?,
                    json_list,
                )?,
                status: known(
                    "election_round",
                    &row,
                    "status",
                    &r.get::<_, String>(3)?,
                    RoundStatus::parse,
                )?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The papers of a round, in key order (random: it says nothing about who or when).
    pub fn election_ballots(&self, id: i64, round: i64) -> anyhow::Result<Vec<StoredPaper>> {
        let mut stmt = self.conn.prepare(
            "SELECT choice, status, reason, key FROM election_ballot
             WHERE election_id = ?1 AND round = ?2 ORDER BY key",
        )?;
        let rows = stmt.query_map(params![id, round], |r| {
            // The paper's key is random and names no one.
            let key = format!("key {}", r.get::<_, String>(3)?);
            Ok(StoredPaper {
                choice: known(
                    "election_ballot",
                    &key,
                    "choice",
                    &r.get::<_, String>(0)?,
                    json_list,
                )?,
                status: known(
                    "election_ballot",
                    &key,
                    "status",
                    &r.get::<_, String>(1)?,
                    PaperStatus::parse,
                )?,
                reason: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn election_results(&self, id: i64) -> anyhow::Result<Vec<RoundResult>> {
        let mut stmt = self
            .conn
            .prepare("SELECT * FROM election_result WHERE election_id = ?1 ORDER BY round")?;
        let rows = stmt.query_map([id], |r| {
            let row = format!("election {id}, round {}", r.get::<_, i64>("round")?);
            Ok(RoundResult {
                round: r.get("round")?,
                method: known(
                    "election_result",
                    &row,
                    "method",
                    &r.get::<_, String>("method")?,
                    |m| m.parse::<Method>().ok(),
                )?,
                seed: r.get::<_, i64>("seed")? as u64,
                tally: r.get("tally")?,
                outcome: known(
                    "election_result",
                    &row,
                    "outcome",
                    &r.get::<_, String>("outcome")?,
                    Decided::parse,
                )?,
                elected: known(
                    "election_result",
                    &row,
                    "elected",
                    &r.get::<_, String>("elected")?,
                    json_list,
                )?,
                next: known(
                    "election_result",
                    &row,
                    "next",
                    &r.get::<_, String>("next")?,
                    json_list,
                )?,
                lots: r.get("lots")?,
                counted_at: r.get("counted_at")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// A new election.
#[derive(Debug, Clone)]
pub struct NewElection<'a> {
    pub meeting_id: i64,
    pub title: &'a str,
    pub seats: u32,
    pub method: Method,
    pub seed: u64,
    pub board: bool,
}

/// A new candidate.
#[derive(Debug, Clone)]
pub struct NewCandidate<'a> {
    pub member_id: Option<i64>,
    pub name: &'a str,
    pub nominated_by: Option<&'a str>,
    /// Why the meeting insisted on a candidate outside a kept binding nomination.
    pub forced: Option<&'a str>,
}

/// What a counted round stores.
#[derive(Debug, Clone)]
pub struct NewResult<'a> {
    pub round: i64,
    pub method: Method,
    pub seed: u64,
    pub tally: String,
    pub outcome: Decided,
    pub elected: &'a [i64],
    pub next: &'a [i64],
    pub lots: String,
    pub summary: String,
}

impl WriteTx<'_> {
    pub fn add_election(&self, e: &NewElection<'_>) -> anyhow::Result<i64> {
        self.conn.execute(
            "INSERT INTO election (meeting_id, title, seats, method, seed, created_at, board)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                e.meeting_id,
                e.title,
                e.seats,
                e.method.name(),
                e.seed as i64,
                self.actor().at_rfc3339(),
                e.board
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        self.journal(Change {
            action: action::ELECTION_NEW,
            entity: "election",
            entity_id: Some(id.to_string()),
            summary: format!(
                "election {id} in meeting {}: {} seat(s) by {}, seed {}",
                e.meeting_id, e.seats, e.method, e.seed
            ),
            new: Some(json!({
                "meeting": e.meeting_id, "title": e.title, "seats": e.seats,
                "method": e.method.name(), "seed": e.seed, "board": e.board,
            })),
            ..Default::default()
        })?;
        Ok(id)
    }

    /// Adds a candidate; returns its number in the election.
    pub fn add_candidate(&self, election: i64, c: &NewCandidate<'_>) -> anyhow::Result<i64> {
        let number: i64 = self.conn.query_row(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM election_candidate WHERE election_id = ?1",
            [election],
            |r| r.get(0),
        )?;
        self.conn.execute(
            "INSERT INTO election_candidate (election_id, number, member_id, name, nominated_by, forced)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![election, number, c.member_id, c.name, c.nominated_by, c.forced],
        )?;
        self.journal(Change {
            action: action::ELECTION_CANDIDATE_ADD,
            entity: "election",
            entity_id: Some(election.to_string()),
            member_id: c.member_id,
            summary: match c.forced {
                Some(_) => format!(
                    "candidate {number} added to election {election} outside the kept binding nomination (override: --force)"
                ),
                None => format!("candidate {number} added to election {election}"),
            },
            new: Some(json!({"number": number, "name": c.name, "nominated_by": c.nominated_by, "forced": c.forced})),
            ..Default::default()
        })?;
        Ok(number)
    }

    pub fn withdraw_candidate(&self, election: i64, c: &Candidate) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE election_candidate SET withdrawn = 1 WHERE election_id = ?1 AND number = ?2",
            params![election, c.number],
        )?;
        self.journal(Change {
            action: action::ELECTION_CANDIDATE_WITHDRAW,
            entity: "election",
            entity_id: Some(election.to_string()),
            member_id: c.member_id,
            summary: format!("candidate {} withdrawn from election {election}", c.number),
            ..Default::default()
        })?;
        Ok(())
    }

    pub fn add_round(
        &self,
        election: i64,
        number: i64,
        kind: Kind,
        candidates: &[i64],
    ) -> anyhow::Result<()> {
        let kind = kind.as_str();
        self.conn.execute(
            "INSERT INTO election_round (election_id, number, kind, candidates)
             VALUES (?1, ?2, ?3, ?4)",
            params![election, number, kind, serde_json::to_string(candidates)?],
        )?;
        self.journal(Change {
            action: action::ELECTION_ROUND,
            entity: "election",
            entity_id: Some(election.to_string()),
            summary: format!("round {number} ({kind}) of election {election} opened"),
            new: Some(json!({"round": number, "kind": kind, "candidates": candidates})),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Stores papers under random keys and journals how many, never what they say.
    pub fn add_ballots(
        &self,
        election: i64,
        round: i64,
        papers: &[StoredPaper],
        forced: Option<&str>,
    ) -> anyhow::Result<()> {
        self.insert_ballots(election, round, papers)?;
        self.journal(Change {
            action: action::ELECTION_BALLOTS,
            entity: "election",
            entity_id: Some(election.to_string()),
            summary: format!(
                "{} paper(s) entered in round {round} of election {election}{}",
                papers.len(),
                forced.map(|f| format!(" ({f})")).unwrap_or_default()
            ),
            new: Some(match forced {
                None => json!({"round": round, "papers": n(papers.len() as u64)}),
                Some(f) => json!({"round": round, "papers": n(papers.len() as u64), "forced": f}),
            }),
            ..Default::default()
        })?;
        Ok(())
    }

    /// Stores papers under random keys (16 random bytes each: nothing orders them by entry). A
    /// key taken already is drawn again: with a fixed `QUORUM_SEED` every process draws the
    /// same first keys.
    fn insert_ballots(
        &self,
        election: i64,
        round: i64,
        papers: &[StoredPaper],
    ) -> anyhow::Result<()> {
        let mut stmt = self.conn.prepare_cached(
            // Only a clash of the random key is skipped (another is drawn); OR IGNORE would also
            // swallow the CHECKs on status and reason, and the loop below would draw forever.
            "INSERT INTO election_ballot (key, election_id, round, choice, status, reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO NOTHING",
        )?;
        for p in papers {
            let choice = serde_json::to_string(&p.choice)?;
            loop {
                let mut key = [0u8; 16];
                crate::rng::fill(&mut key)?;
                let key: String = key.iter().map(|b| format!("{b:02x}")).collect();
                let status = p.status.as_str();
                if stmt.execute(params![key, election, round, choice, status, p.reason])? == 1 {
                    break;
                }
            }
        }
        Ok(())
    }

    /// Puts one ballot cast with a code in the round's box under a random key, like a paper but
    /// without a journal entry (by design: an entry has a time, and the order of casting).
    pub fn put_election_ballot(
        &self,
        election: i64,
        round: i64,
        ballot: &StoredPaper,
    ) -> anyhow::Result<()> {
        self.insert_ballots(election, round, std::slice::from_ref(ballot))
    }

    pub fn add_result(
        &self,
        election: i64,
        r: &NewResult<'_>,
        status: Status,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT INTO election_result (election_id, round, method, seed, tally, outcome,
                 elected, next, lots, counted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                election,
                r.round,
                r.method.name(),
                r.seed as i64,
                r.tally,
                r.outcome.as_str(),
                serde_json::to_string(r.elected)?,
                serde_json::to_string(r.next)?,
                r.lots,
                self.actor().at_rfc3339()
            ],
        )?;
        self.conn.execute(
            "UPDATE election_round SET status = ?3 WHERE election_id = ?1 AND number = ?2",
            params![election, r.round, RoundStatus::Counted.as_str()],
        )?;
        self.conn.execute(
            "UPDATE election SET status = ?2 WHERE id = ?1",
            params![election, status.as_str()],
        )?;
        self.journal(Change {
            action: action::ELECTION_COUNT,
            entity: "election",
            entity_id: Some(election.to_string()),
            summary: r.summary.clone(),
            new: Some(json!({
                "round": r.round, "outcome": r.outcome.as_str(), "elected": r.elected,
                "next": r.next, "seed": r.seed,
            })),
            ..Default::default()
        })?;
        Ok(())
    }
}

impl ReadTx<'_> {
    pub fn election_binding(&self, id: i64) -> anyhow::Result<Option<Binding>> {
        Ok(self
            .conn
            .query_row(
                "SELECT votes_for, against, present, total, removed, needed, explanation, appointed
                 FROM election_binding_vote WHERE election_id = ?1",
                [id],
                |r| {
                    Ok(Binding {
                        votes_for: r.get::<_, i64>(0)? as u64,
                        against: r.get::<_, i64>(1)? as u64,
                        present: r.get::<_, i64>(2)? as u64,
                        total: r.get::<_, i64>(3)? as u64,
                        removed: r.get(4)?,
                        needed: r.get::<_, i64>(5)? as u64,
                        explanation: r.get(6)?,
                        appointed: known(
                            "election_binding_vote",
                            id,
                            "appointed",
                            &r.get::<_, String>(7)?,
                            json_list,
                        )?,
                    })
                },
            )
            .optional()?)
    }
}

impl WriteTx<'_> {
    /// Stores the vote on the binding force; with appointees, the election is decided by it.
    pub fn add_binding(&self, election: i64, b: &Binding) -> anyhow::Result<()> {
        self.conn.execute(
            "INSERT INTO election_binding_vote (election_id, votes_for, against, present, total,
                 removed, needed, explanation, appointed, decided_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                election,
                n(b.votes_for),
                n(b.against),
                n(b.present),
                n(b.total),
                b.removed,
                n(b.needed),
                b.explanation,
                serde_json::to_string(&b.appointed)?,
                self.actor().at_rfc3339()
            ],
        )?;
        if !b.appointed.is_empty() {
            self.conn.execute(
                "UPDATE election SET status = ?2 WHERE id = ?1",
                params![election, Status::Elected.as_str()],
            )?;
        }
        self.journal(Change {
            action: action::ELECTION_BINDING,
            entity: "election",
            entity_id: Some(election.to_string()),
            summary: format!(
                "binding nomination in election {election} {}",
                if b.removed {
                    "no longer binding"
                } else {
                    "stays binding"
                }
            ),
            new: Some(json!({
                "for": b.votes_for, "against": b.against, "needed": b.needed,
                "removed": b.removed, "appointed": b.appointed,
            })),
            ..Default::default()
        })?;
        Ok(())
    }
}

impl ReadTx<'_> {
    /// Every candidacy of member `member_id`: (election, candidate number, name).
    pub fn candidacies(&self, member_id: i64) -> anyhow::Result<Vec<(i64, i64, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT election_id, number, name FROM election_candidate
             WHERE member_id = ?1 ORDER BY election_id, number",
        )?;
        let rows = stmt.query_map([member_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl WriteTx<'_> {
    /// Replaces a candidate's name by `new` wherever the election holds it: the candidate, the
    /// names on the papers and the reasons of invalid papers ("names 'X' twice"). For erasure:
    /// not journaled here (the erasure is).
    pub fn rename_candidate(
        &self,
        election: i64,
        number: i64,
        old: &str,
        new: &str,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE election_candidate SET name = ?3 WHERE election_id = ?1 AND number = ?2",
            params![election, number, new],
        )?;
        let papers: Vec<(String, String, Option<String>)> = {
            let mut stmt = self.conn.prepare(
                "SELECT key, choice, reason FROM election_ballot WHERE election_id = ?1",
            )?;
            let rows = stmt.query_map([election], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let quoted = (format!("'{old}'"), format!("'{new}'"));
        let mut update = self
            .conn
            .prepare_cached("UPDATE election_ballot SET choice = ?2, reason = ?3 WHERE key = ?1")?;
        for (key, choice, reason) in papers {
            let names: Vec<String> = serde_json::from_str(&choice).unwrap_or_default();
            let renamed: Vec<&str> = names
                .iter()
                .map(|n| if n == old { new } else { n.as_str() })
                .collect();
            let reason_new = reason.as_ref().map(|r| r.replace(&quoted.0, &quoted.1));
            let choice_new = serde_json::to_string(&renamed)?;
            if choice_new != choice || reason_new != reason {
                update.execute(params![key, choice_new, reason_new])?;
            }
        }
        Ok(())
    }

    /// Restates a counted round's stored engine result and lots (the figures and decision kept),
    /// after a candidate's name was erased.
    pub fn restate_result(
        &self,
        election: i64,
        round: i64,
        tally: &str,
        lots: &str,
    ) -> anyhow::Result<()> {
        self.conn.execute(
            "UPDATE election_result SET tally = ?3, lots = ?4 WHERE election_id = ?1 AND round = ?2",
            params![election, round, tally, lots],
        )?;
        Ok(())
    }
}
