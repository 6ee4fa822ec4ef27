//! The names and title at the end of a BLT file, as real files write them.
//!
//! The textbook form is one double-quoted string per candidate, then the quoted title. Files as
//! councils publish them (the `mggg/scot-elex` collection of Scottish wards) also write:
//! - names without quotes (`Miles BRIGGS   (Con)`): the line, trimmed, runs of spaces collapsed;
//! - a CSV-quoted field (`"Grn ""Richie BRIAN"""`): unquoted the CSV way first;
//! - name and party as two quoted strings (`"Yvonne ALLAN" "Scottish Labour Party"`), or inside a
//!   CSV field a quoted name with the party outside the quotes: kept as `Name (Party)`;
//! - `# ALTERNATIVE NAME n: …` comment lines standing for candidate n.
//!
//! Names never change what is counted, but a reading must still fit the whole section: exactly
//! one name per candidate and at most one title, every candidate line in one style (quoted or
//! not). Anything else is refused with its line. Every repair is reported once.

use super::blt::err;
use crate::tally::TallyError;

pub(super) struct Names {
    /// `(line, name)` for each candidate, in number order.
    pub candidates: Vec<(usize, String)>,
    pub title: Option<String>,
    /// What was read other than the textbook way, for the user.
    pub repairs: Vec<String>,
}

/// How one name line was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Quoted,
    Unquoted,
    CsvQuoted,
    NameAndParty,
}

pub(super) fn read(
    lines: &[(usize, &str)],
    n: usize,
    last_line: usize,
) -> Result<Names, TallyError> {
    let mut alternatives: Vec<(usize, usize, String)> = Vec::new();
    let mut body: Vec<(usize, &str)> = Vec::new();
    for &(line, content) in lines {
        if let Some(rest) = content.strip_prefix('#') {
            if let Some((k, name)) = alternative_name(rest) {
                alternatives.push((line, k, name));
            }
            // Other `#` lines are comments, as in every BLT reader that accepts them.
            continue;
        }
        body.push((line, content));
    }

    if !alternatives.is_empty() && body.len() <= 1 {
        return from_alternatives(&alternatives, &body, n, last_line);
    }

    // The textbook reading: only quoted strings, several to a line allowed, n or n + 1 of them.
    let mut strict: Option<Vec<(usize, String)>> = Some(Vec::new());
    for &(line, content) in &body {
        let strings = if has_doubled_quote(content) {
            None
        } else {
            quoted_strings(content)
        };
        match (strings, strict.as_mut()) {
            (Some(strings), Some(all)) => all.extend(strings.into_iter().map(|s| (line, s))),
            _ => {
                strict = None;
                break;
            }
        }
    }
    if let Some(strings) = strict
        && (strings.len() == n || strings.len() == n + 1)
    {
        let mut strings = strings;
        let title = (strings.len() > n)
            .then(|| strings.pop().map(|(_, t)| t))
            .flatten();
        return Ok(Names {
            candidates: strings,
            title,
            repairs: Vec::new(),
        });
    }

    // One name a line, in one of the styles real files use.
    if body.len() > n + 1 {
        let (line, extra) = body[n + 1];
        return Err(err(
            line,
            format!(
                "unexpected `{extra}` after the title: {n} candidate names and a title were expected after the `0` line"
            ),
        ));
    }
    if body.len() < n {
        let line = body.last().map_or(last_line, |(l, _)| *l);
        return Err(err(
            line,
            format!(
                "expected {n} candidate names after the `0` line (one a line, or quoted), found {}",
                body.len()
            ),
        ));
    }
    let mut read: Vec<(usize, String, Style)> = Vec::with_capacity(body.len());
    for &(line, content) in &body {
        let (name, style) = one_name(line, content)?;
        read.push((line, name, style));
    }
    let title = (read.len() > n).then(|| read.pop()).flatten();
    let unquoted = read.iter().filter(|r| r.2 == Style::Unquoted).count();
    if unquoted > 0 && unquoted < read.len() {
        let (line, _, style) = read
            .iter()
            .find(|r| (r.2 == Style::Unquoted) != (read[0].2 == Style::Unquoted))
            .expect("a line of the other style");
        let which = if *style == Style::Unquoted {
            "not quoted, unlike the names before it"
        } else {
            "quoted, unlike the names before it"
        };
        return Err(err(
            *line,
            format!(
                "this candidate name is {which}: a name section must be written in one style; quote every name, or none"
            ),
        ));
    }
    let mut repairs = Vec::new();
    for (style, what) in [
        (Style::Unquoted, "unquoted (runs of spaces collapsed)"),
        (Style::CsvQuoted, "CSV-quoted (`\"\"` for `\"`)"),
        (
            Style::NameAndParty,
            "as two quoted strings, name and party, kept as `Name (Party)`",
        ),
    ] {
        let count = read.iter().filter(|r| r.2 == style).count();
        let in_title = title.as_ref().is_some_and(|t| t.2 == style);
        if count == 0 && !in_title {
            continue;
        }
        let names = match count {
            0 => String::new(),
            1 => "1 candidate name".to_string(),
            c => format!("{c} candidate names"),
        };
        let and = if count > 0 && in_title { " and " } else { "" };
        let title_part = if in_title { "the title" } else { "" };
        repairs.push(format!("read {names}{and}{title_part} {what}"));
    }
    Ok(Names {
        candidates: read.into_iter().map(|(l, s, _)| (l, s)).collect(),
        title: title.map(|(_, t, _)| t),
        repairs,
    })
}

fn from_alternatives(
    alternatives: &[(usize, usize, String)],
    body: &[(usize, &str)],
    n: usize,
    last_line: usize,
) -> Result<Names, TallyError> {
    let mut names: Vec<Option<(usize, String)>> = vec![None; n];
    for (line, k, name) in alternatives {
        if !(1..=n).contains(k) {
            return Err(err(
                *line,
                format!("`# ALTERNATIVE NAME {k}` names no candidate: candidates are 1 to {n}"),
            ));
        }
        if names[k - 1].is_some() {
            return Err(err(
                *line,
                format!("`# ALTERNATIVE NAME {k}` is given twice"),
            ));
        }
        names[k - 1] = Some((*line, name.clone()));
    }
    let candidates: Option<Vec<(usize, String)>> = names.iter().cloned().collect();
    let Some(candidates) = candidates else {
        let missing = names.iter().position(Option::is_none).unwrap_or(0) + 1;
        let line = alternatives.last().map_or(last_line, |a| a.0);
        return Err(err(
            line,
            format!("no name for candidate {missing}: no `# ALTERNATIVE NAME {missing}:` line"),
        ));
    };
    let title = match body.first() {
        Some(&(line, content)) => Some(one_name(line, content)?.0),
        None => None,
    };
    Ok(Names {
        candidates,
        title,
        repairs: vec![format!(
            "read {n} candidate names from `# ALTERNATIVE NAME n:` comment lines"
        )],
    })
}

/// `ALTERNATIVE NAME 3: Stephen Dornan (Lab)` after the `#`: candidate 3 and the name.
fn alternative_name(rest: &str) -> Option<(usize, String)> {
    let rest = rest.trim_start();
    let prefix = "ALTERNATIVE NAME";
    if rest.len() < prefix.len() || !rest[..prefix.len()].eq_ignore_ascii_case(prefix) {
        return None;
    }
    let (k, name) = rest[prefix.len()..].split_once(':')?;
    let k = k.trim().parse().ok()?;
    Some((k, collapse(name)))
}

/// One name a line, with the style it was written in.
fn one_name(line: usize, content: &str) -> Result<(String, Style), TallyError> {
    if !content.starts_with('"') {
        if content.contains('"') {
            return Err(err(
                line,
                format!("`{content}` mixes quoted and unquoted text in a name"),
            ));
        }
        // A trailing comma is the exporter's (see the numeric lines), never part of a name.
        let text = content.strip_suffix(',').unwrap_or(content);
        return Ok((collapse(text), Style::Unquoted));
    }
    if has_doubled_quote(content)
        && let Some(inner) = csv_field(content)
    {
        return Ok((
            inner_name(&inner).unwrap_or_else(|| collapse(&inner)),
            Style::CsvQuoted,
        ));
    }
    match quoted_strings(content).as_deref() {
        Some([name]) => Ok((name.clone(), Style::Quoted)),
        Some([name, party]) => Ok((with_party(name, party), Style::NameAndParty)),
        Some(more) => Err(err(
            line,
            format!(
                "{} quoted strings on one name line; a line holds a name, or a name and its party",
                more.len()
            ),
        )),
        None => Err(err(
            line,
            format!("`{content}`: a quoted name is not closed, or text follows its closing quote"),
        )),
    }
}

/// The name inside an unquoted CSV field: `"Robert BARR" "Independent"` (name and party) or
/// `Grn "Richie BRIAN"` (party, then the quoted name). `None` when it is plain text.
fn inner_name(inner: &str) -> Option<String> {
    let inner = inner.trim();
    if let Some(strings) = quoted_strings(inner) {
        return match strings.as_slice() {
            [name] => Some(collapse(name)),
            [name, party] => Some(with_party(name, party)),
            _ => None,
        };
    }
    let open = inner.find('"')?;
    let close = open + 1 + inner[open + 1..].find('"')?;
    if inner[close + 1..].contains('"') {
        return None;
    }
    let name = collapse(&inner[open + 1..close]);
    let party = collapse(&format!("{} {}", &inner[..open], &inner[close + 1..]));
    Some(if party.is_empty() {
        name
    } else {
        with_party(&name, &party)
    })
}

fn with_party(name: &str, party: &str) -> String {
    let (name, party) = (collapse(name), collapse(party));
    if party.is_empty() {
        name
    } else {
        format!("{name} ({party})")
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_doubled_quote(s: &str) -> bool {
    s.len() > 2 && s[1..s.len() - 1].contains("\"\"")
}

/// A whole line as one CSV field: `"…"` with every inner `"` doubled. Returns the unquoted text.
fn csv_field(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '"' && chars.next() != Some('"') {
            return None;
        }
        out.push(c);
    }
    Some(out)
}

/// The quoted strings on a line when it holds nothing else, each kept as written.
pub(super) fn quoted_strings(content: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = content.trim_start();
    while !rest.is_empty() {
        let body = rest.strip_prefix('"')?;
        let close = body.find('"')?;
        out.push(body[..close].to_string());
        rest = body[close + 1..].trim_start();
    }
    Some(out)
}
