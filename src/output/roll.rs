//! Rendering the voting roll: the members with their votes or the reason they have none, then the
//! totals by category. Table (80 columns), CSV (the member lines) or one JSON object.

use std::io::Write as _;

use comfy_table::ContentArrangement;

use super::{Format, Output, html};
use crate::domain::roll::{Roll, Totals};

impl Output {
    pub fn roll(&self, roll: &Roll) -> anyhow::Result<()> {
        match self.format {
            Format::Json => {
                let mut out = std::io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, roll)?;
                writeln!(out)?;
                Ok(())
            }
            // Scripts get the member lines; they sum what they need.
            Format::Csv => self.list(&roll.members, ""),
            Format::Table | Format::Html | Format::Md => {
                let (lines, totals) = roll_cells(roll);
                let mut out = std::io::stdout().lock();
                let title = format!("Voting roll on {}", roll.on);
                let line_header =
                    ["number", "name", "category", "votes", "reason"].map(String::from);
                let total_header =
                    ["category", "members", "with a vote", "votes"].map(String::from);
                if self.format == Format::Md {
                    let s = format!(
                        "# {title}\n\n{}\n{}",
                        super::md_table(&line_header, &lines),
                        super::md_table(&total_header, &totals)
                    );
                    out.write_all(s.as_bytes())?;
                    return Ok(());
                }
                if self.format == Format::Html {
                    let body = format!(
                        "<h1>{}</h1>\n{}{}",
                        html::escape(&title),
                        html::table(&line_header, &lines, &[]),
                        html::table(&total_header, &totals, &[])
                    );
                    out.write_all(html::page("en", &title, &body).as_bytes())?;
                    return Ok(());
                }
                writeln!(out, "{title}")?;
                let mut t = self.table();
                t.set_content_arrangement(ContentArrangement::Dynamic);
                t.set_width(80);
                t.set_header(&line_header);
                for l in lines {
                    t.add_row(l);
                }
                writeln!(out, "{}", super::unsplit(&mut t))?;
                let mut t = self.table();
                t.set_header(&total_header);
                for x in totals {
                    t.add_row(x);
                }
                writeln!(out, "{}", super::unsplit(&mut t))?;
                Ok(())
            }
        }
    }
}

/// The roll's member lines and category totals (with a total row) as cells.
fn roll_cells(roll: &Roll) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    let lines = roll
        .members
        .iter()
        .map(|l| {
            let votes = match l.cast_by.as_deref() {
                Some("legal_representative") => format!("{} (rep.)", l.votes),
                _ => l.votes.to_string(),
            };
            vec![
                l.number.to_string(),
                l.name.clone(),
                l.category.clone(),
                votes,
                l.reason.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut sum = Totals::default();
    let mut totals: Vec<Vec<String>> = roll
        .totals
        .iter()
        .map(|x| {
            sum.members += x.members;
            sum.with_vote += x.with_vote;
            sum.votes += x.votes;
            vec![
                x.category.clone(),
                x.members.to_string(),
                x.with_vote.to_string(),
                x.votes.to_string(),
            ]
        })
        .collect();
    totals.push(vec![
        "total".to_string(),
        sum.members.to_string(),
        sum.with_vote.to_string(),
        sum.votes.to_string(),
    ]);
    (lines, totals)
}
