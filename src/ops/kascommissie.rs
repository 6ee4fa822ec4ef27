//! The audit committee (kascommissie, BW 2:48 lid 2; rules.md A29): appointed for a financial
//! year by a decision, at least `kascommissie_min_members` members of whom none sat on the board
//! in that year; its report recorded before the vote on the accounts. Discharge (décharge) stays
//! a proposal of its own (rules.md A30): nothing here derives it from the accounts.

use crate::domain::msg::msg;
use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::domain::DomainError;
use crate::domain::office::{self, Candidate};
use crate::domain::rules::Rules;
use crate::ops::Changed;
use crate::ops::board::{Grounds, decision_of};
use crate::store::offices::CommitteeRow;
use crate::store::{Actor, ReadTx, Store};

/// The committee of a year as `kascommissie show` gives it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CommitteeView {
    pub year: i32,
    pub financial_year: String,
    /// Numbers and names of the members.
    pub members: Vec<String>,
    pub appointed_by: Option<String>,
    pub report_file: Option<String>,
    pub report_sha256: Option<String>,
    pub report_date: Option<String>,
    pub accountant: bool,
    /// Why no committee is needed, where none is.
    pub exempt: Option<String>,
}

fn view(rules: &Rules, year: i32, row: Option<CommitteeRow>) -> CommitteeView {
    let (start, end) = office::financial_year(rules, year);
    let row = row.unwrap_or(CommitteeRow {
        year,
        decision: None,
        before_quorum: false,
        members: Vec::new(),
        report_file: None,
        report_sha256: None,
        report_date: None,
        accountant: false,
    });
    CommitteeView {
        year,
        financial_year: format!("{start} to {end}"),
        members: row
            .members
            .iter()
            .map(|(n, name)| format!("{n} {name}").trim().to_string())
            .collect(),
        appointed_by: match (&row.decision, row.before_quorum, row.members.is_empty()) {
            (Some(c), _, _) => Some(c.clone()),
            (None, true, false) => Some("before quorum".to_string()),
            _ => None,
        },
        exempt: office::committee_exemption(rules, row.accountant).map(str::to_string),
        report_file: row.report_file,
        report_sha256: row.report_sha256,
        report_date: row.report_date,
        accountant: row.accountant,
    }
}

/// The rules that judge financial year `year`: those in force at its end.
fn rules_of_year(tx: &ReadTx<'_>, year: i32) -> anyhow::Result<Rules> {
    let (_, end) = office::financial_year(
        &crate::ops::board::rules_for(tx, NaiveDate::default())?,
        year,
    );
    let rules = crate::ops::board::rules_for(tx, end)?;
    Ok(rules)
}

/// `kascommissie show YEAR`.
pub fn show(store: &mut Store, year: i32) -> anyhow::Result<CommitteeView> {
    store.read(|tx| {
        let rules = rules_of_year(tx, year)?;
        Ok(view(&rules, year, tx.kascommissie(year)?))
    })
}

/// `kascommissie set YEAR --members …`: checks and records the committee.
pub fn set(
    store: &mut Store,
    actor: &Actor,
    year: i32,
    numbers: &[i64],
    grounds: &Grounds,
    today: NaiveDate,
) -> anyhow::Result<Changed<CommitteeView>> {
    crate::ops::write(store, actor, |tx| {
        let rules = rules_of_year(tx, year)?;
        let (start, end) = office::financial_year(&rules, year);
        if let Some(k) = tx.kascommissie(year)?
            && k.report_date.is_some()
        {
            return Err(DomainError::said(msg!(
                "kascommissie-committee-kept",
                year = year,
                on = crate::ops::decision::day_arg(&k.report_date.unwrap_or_default())
            ))
            .into());
        }
        let decision = decision_of(tx, grounds, today)?;
        let on = match &grounds.decision {
            Some(c) => crate::ops::decision::find(tx, c)?.decided_on.parse()?,
            None => today,
        };
        let mut seen = std::collections::BTreeSet::new();
        let mut people = Vec::new();
        let mut ids = Vec::new();
        for &n in numbers {
            if !seen.insert(n) {
                return Err(DomainError::invalid_said(
                    "members",
                    msg!("sign-named-twice", number = n),
                )
                .into());
            }
            let m = tx.member(n)?;
            let in_law = tx.category(&m.category)?.is_some_and(|(_, c)| c.is_member);
            let is_member = in_law
                && matches!(
                    m.status_on(on),
                    crate::domain::roll::Status::Active | crate::domain::roll::Status::Suspended
                );
            // Any seat that overlaps the financial year audited, up to the appointment.
            let last = end.max(on).to_string();
            let on_board = tx
                .board_seats(Some(m.id))?
                .iter()
                .filter(|s| {
                    s.since.as_str() <= last.as_str()
                        && s.ended_on
                            .as_deref()
                            .is_none_or(|e| e > start.to_string().as_str())
                })
                .map(|s| {
                    let from = s.since.parse::<NaiveDate>().unwrap_or(start).max(start);
                    let to = s
                        .ended_on
                        .as_deref()
                        .and_then(|e| e.parse::<NaiveDate>().ok())
                        .and_then(|e| e.pred_opt())
                        .unwrap_or(end)
                        .min(end);
                    (from, to)
                })
                .reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)));
            people.push(Candidate {
                number: n,
                name: m.data.full_name(),
                is_member,
                on_board,
            });
            ids.push(m.id);
        }
        office::check_committee(&rules, year, &people)?;
        let text = match &grounds.decision {
            Some(c) => format!("decision {c}"),
            None => "before quorum".to_string(),
        };
        tx.set_kascommissie(year, decision, grounds.before_quorum, &ids, &text)?;
        Ok(view(&rules, year, tx.kascommissie(year)?))
    })
}

/// `kascommissie report YEAR --file F --date D [--accountant]`: the report's file is fingerprinted
/// (SHA-256) so the minutes can name the very text the meeting had.
pub fn report(
    store: &mut Store,
    actor: &Actor,
    year: i32,
    file: &std::path::Path,
    date: NaiveDate,
    accountant: bool,
) -> anyhow::Result<Changed<CommitteeView>> {
    let bytes = std::fs::read(file).map_err(|e| {
        crate::exit::Failed(msg!(
            "kascommissie-report-unreadable",
            file = file.display().to_string(),
            error = e.to_string()
        ))
    })?;
    let sha = crate::domain::journal::hex(&Sha256::digest(&bytes));
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    crate::ops::write(store, actor, |tx| {
        let rules = rules_of_year(tx, year)?;
        let (_, end) = office::financial_year(&rules, year);
        if date <= end {
            return Err(DomainError::invalid_said(
                "date",
                msg!(
                    "kascommissie-report-in-year",
                    date = date,
                    year = year,
                    end = end
                ),
            )
            .into());
        }
        let k = tx.kascommissie(year)?;
        let has_committee = k.as_ref().is_some_and(|k| !k.members.is_empty());
        if !accountant && !has_committee {
            return Err(crate::exit::hinted(
                msg!("kascommissie-none", year = year),
                msg!("kascommissie-none-hint", year = year),
            ));
        }
        tx.kascommissie_report(year, &name, &sha, &date.to_string(), accountant)?;
        Ok(view(&rules, year, tx.kascommissie(year)?))
    })
}

/// The warning for a vote on the accounts at a meeting on `meeting` when the audit committee's
/// report of the year is missing and nothing exempts the association (BW 2:48 lid 2).
pub fn accounts_warning(
    tx: &ReadTx<'_>,
    rules: &Rules,
    meeting: NaiveDate,
) -> anyhow::Result<Option<String>> {
    let year = office::year_before(rules, meeting);
    let k = tx.kascommissie(year)?;
    let accountant = k.as_ref().is_some_and(|k| k.accountant);
    if office::committee_exemption(rules, accountant).is_some() {
        return Ok(None);
    }
    Ok(match k {
        Some(k) if k.report_date.is_some() => None,
        Some(_) => Some(format!(
            "no report of the audit committee for {year} is recorded: the meeting approves the accounts without it (BW 2:48 lid 2); record it with `quorum kascommissie report {year} --file F --date D`"
        )),
        None => Some(format!(
            "no audit committee for {year} is recorded, nor an accountant's statement: the accounts are approved unchecked (BW 2:48 lid 2); `quorum kascommissie set {year} --members N N`"
        )),
    })
}
